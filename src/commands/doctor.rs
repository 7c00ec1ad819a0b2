//! `efsctl doctor FS`: gathers, through the same API calls on both backends, what a mount
//! depends on — the file system, its mount targets, their subnets' network ACLs and security
//! groups, the VPC's DNS attributes, the policy, the access point — hands it to
//! `efsctl_core::doctor::diagnose`, adds what only this machine can tell (the client tools, a
//! TCP connection to the mount target, mounts of the file system that no longer answer), and
//! prints a verdict per check with the fix to copy. Exit 1 when a check fails.

use std::collections::HashMap;
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::path::Path;
use std::time::Duration;

use aws_sdk_ec2::types::{Filter, IpPermission, VpcAttributeName};
use efsctl_core::doctor::{self, AclEntry, Client, Finding, Group, MountTarget, SgRule, Situation, Verdict, Vpc};
use efsctl_core::model::network::Cidr;
use efsctl_core::model::policy;
use serde_json::json;

use super::resolve;
use crate::cli::{Backend, DoctorArgs};
use crate::clients::Clients;
use crate::error::{CliError, ExitCode, from_sdk};
use crate::output::{self, Rendered};
use crate::settings::Settings;
use efsctl_control::api::FaultKind;

/// How long a TCP connection to a mount target, or a `stat` of a mount, may take.
const PROBE_TIMEOUT: Duration = Duration::from_secs(3);

/// Security-group rules as the doctor reads them: one per peer (CIDR or group).
pub(super) fn rules(perms: &[IpPermission]) -> Vec<SgRule> {
    perms
        .iter()
        .flat_map(|p| {
            let base = SgRule {
                protocol: p.ip_protocol().unwrap_or("-1").to_string(),
                from_port: p.from_port().unwrap_or(0),
                to_port: p.to_port().unwrap_or(65535),
                cidr: None,
                group: None,
            };
            let cidrs = p.ip_ranges().iter().filter_map(|r| r.cidr_ip()?.parse::<Cidr>().ok());
            let groups = p.user_id_group_pairs().iter().filter_map(|g| g.group_id());
            cidrs
                .map(|c| SgRule { cidr: Some(c), ..base.clone() })
                .chain(groups.map(|g| SgRule { group: Some(g.to_string()), ..base.clone() }))
                .collect::<Vec<_>>()
        })
        .collect()
}

async fn groups(c: &Clients, ids: &[String]) -> Result<HashMap<String, Group>, CliError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let out = c
        .ec2
        .describe_security_groups()
        .set_group_ids(Some(ids.to_vec()))
        .send()
        .await
        .map_err(|e| from_sdk("describing security groups", e))?;
    Ok(out
        .security_groups()
        .iter()
        .map(|g| {
            let id = g.group_id().unwrap_or_default().to_string();
            (id.clone(), Group { id, ingress: rules(g.ip_permissions()), egress: rules(g.ip_permissions_egress()) })
        })
        .collect())
}

/// Subnets with their network ACLs, by id.
async fn subnets(c: &Clients, ids: &[String]) -> Result<HashMap<String, doctor::Subnet>, CliError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let described = c
        .ec2
        .describe_subnets()
        .set_subnet_ids(Some(ids.to_vec()))
        .send()
        .await
        .map_err(|e| from_sdk("describing subnets", e))?;
    let acls = c
        .ec2
        .describe_network_acls()
        .filters(Filter::builder().name("association.subnet-id").set_values(Some(ids.to_vec())).build())
        .send()
        .await
        .map_err(|e| from_sdk("describing network ACLs", e))?;
    let mut out = HashMap::new();
    for s in described.subnets() {
        let id = s.subnet_id().unwrap_or_default().to_string();
        let acl = acls.network_acls().iter().find(|a| a.associations().iter().any(|x| x.subnet_id() == Some(&id)));
        let entries = acl
            .map(|a| {
                a.entries()
                    .iter()
                    .filter_map(|e| {
                        Some(AclEntry {
                            rule_number: e.rule_number()?,
                            egress: e.egress().unwrap_or(false),
                            protocol: e.protocol().unwrap_or("-1").to_string(),
                            allow: e.rule_action().map(|r| r.as_str()) == Some("allow"),
                            cidr: e.cidr_block()?.parse().ok()?,
                            ports: e.port_range().map(|p| (p.from().unwrap_or(0), p.to().unwrap_or(65535))),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let Some(cidr) = s.cidr_block().and_then(|c| c.parse().ok()) else { continue };
        out.insert(
            id.clone(),
            doctor::Subnet {
                id,
                vpc_id: s.vpc_id().unwrap_or_default().to_string(),
                az: s.availability_zone().unwrap_or_default().to_string(),
                cidr,
                acl_id: acl.and_then(|a| a.network_acl_id()).unwrap_or("-").to_string(),
                acl: entries,
            },
        );
    }
    Ok(out)
}

async fn vpc(c: &Clients, id: &str) -> Result<Vpc, CliError> {
    let attribute = |name: VpcAttributeName| {
        let ec2 = c.ec2.clone();
        let id = id.to_string();
        async move { ec2.describe_vpc_attribute().vpc_id(id).attribute(name).send().await }
    };
    let support = attribute(VpcAttributeName::EnableDnsSupport)
        .await
        .map_err(|e| from_sdk("reading the VPC's DNS support", e))?;
    let hostnames = attribute(VpcAttributeName::EnableDnsHostnames)
        .await
        .map_err(|e| from_sdk("reading the VPC's DNS hostnames", e))?;
    Ok(Vpc {
        id: id.to_string(),
        dns_support: support.enable_dns_support().and_then(|v| v.value()).unwrap_or(true),
        dns_hostnames: hostnames.enable_dns_hostnames().and_then(|v| v.value()).unwrap_or(true),
    })
}

/// The client as `--instance` describes it: its AZ's subnet, address and security groups.
async fn instance(c: &Clients, id: &str) -> Result<(String, Cidr, Vec<String>), CliError> {
    let out =
        c.ec2.describe_instances().instance_ids(id).send().await.map_err(|e| from_sdk("describing the instance", e))?;
    let i = out
        .reservations()
        .iter()
        .flat_map(|r| r.instances())
        .next()
        .ok_or_else(|| CliError::new(ExitCode::NotFound, format!("instance {id} does not exist")))?;
    let subnet = i.subnet_id().unwrap_or_default().to_string();
    let ip: Ipv4Addr = i
        .private_ip_address()
        .and_then(|a| a.parse().ok())
        .ok_or_else(|| CliError::other(format!("instance {id} has no private IPv4 address")))?;
    let groups = i.security_groups().iter().filter_map(|g| g.group_id().map(str::to_string)).collect();
    Ok((subnet, Cidr::new(ip, 32).expect("a /32"), groups))
}

/// What the APIs say, as the core's checks read it.
async fn situation(args: &DoctorArgs, c: &Clients) -> Result<Situation, CliError> {
    let fs = resolve::file_system(c, &args.file_system).await?;
    let fs_id = fs.file_system_id().to_string();
    let (mut client_subnet, mut client_cidr, mut client_groups) = (args.subnet.clone(), None, args.client_sgs.clone());
    if let Some(id) = &args.instance {
        let (subnet, ip, groups) = instance(c, id).await?;
        client_subnet = Some(subnet);
        client_cidr = Some(ip);
        client_groups.extend(groups);
    }
    if let Some(text) = &args.cidr {
        client_cidr = Some(text.parse().map_err(|e| CliError::usage(format!("--cidr {text}: {e}")))?);
    }
    let mts = c
        .efs
        .describe_mount_targets()
        .file_system_id(&fs_id)
        .send()
        .await
        .map_err(|e| from_sdk("listing mount targets", e))?;
    let mut mt_groups = HashMap::new();
    for m in mts.mount_targets() {
        let g = c
            .efs
            .describe_mount_target_security_groups()
            .mount_target_id(m.mount_target_id())
            .send()
            .await
            .map_err(|e| from_sdk("mount target security groups", e))?;
        mt_groups.insert(m.mount_target_id().to_string(), g.security_groups().to_vec());
    }
    let mut subnet_ids: Vec<String> = mts.mount_targets().iter().map(|m| m.subnet_id().to_string()).collect();
    subnet_ids.extend(client_subnet.clone());
    subnet_ids.sort();
    subnet_ids.dedup();
    let subnets = subnets(c, &subnet_ids).await?;
    if let Some(s) = &client_subnet
        && !subnets.contains_key(s)
    {
        return Err(CliError::new(ExitCode::NotFound, format!("subnet {s} does not exist")));
    }
    let mut group_ids: Vec<String> =
        mt_groups.values().flatten().cloned().chain(client_groups.iter().cloned()).collect();
    group_ids.sort();
    group_ids.dedup();
    let groups = groups(c, &group_ids).await?;
    if let Some(missing) = client_groups.iter().find(|g| !groups.contains_key(*g)) {
        return Err(CliError::new(ExitCode::NotFound, format!("security group {missing} does not exist")));
    }
    let mount_targets: Vec<MountTarget> = mts
        .mount_targets()
        .iter()
        .filter_map(|m| {
            Some(MountTarget {
                id: m.mount_target_id().to_string(),
                state: m.life_cycle_state().as_str().to_string(),
                ip: m.ip_address()?.parse().ok()?,
                subnet: subnets.get(m.subnet_id())?.clone(),
                groups: mt_groups
                    .get(m.mount_target_id())
                    .map(|ids| ids.iter().filter_map(|g| groups.get(g).cloned()).collect())
                    .unwrap_or_default(),
            })
        })
        .collect();
    let vpc = match mount_targets.first() {
        Some(m) => Some(vpc(c, &m.subnet.vpc_id).await?),
        None => None,
    };
    let policy = match c.efs.describe_file_system_policy().file_system_id(&fs_id).send().await {
        Ok(p) => p
            .policy()
            .map(policy::parse)
            .transpose()
            .map_err(|e| CliError::other(format!("the file-system policy: {e}")))?,
        Err(e) if aws_sdk_efs::error::ProvideErrorMetadata::code(&e) == Some("PolicyNotFound") => None,
        Err(e) => return Err(from_sdk("reading the file-system policy", e)),
    };
    let access_point = match &args.access_point {
        None => None,
        Some(ap) => {
            let a = resolve::access_point_of(c, &fs_id, ap).await?;
            let root = a.root_directory();
            Some(doctor::AccessPoint {
                id: a.access_point_id().unwrap_or_default().to_string(),
                state: a.life_cycle_state().map(|s| s.as_str()).unwrap_or("available").to_string(),
                posix_user: a
                    .posix_user()
                    .map(|u| (u.uid() as u32, u.gid() as u32, u.secondary_gids().iter().map(|g| *g as u32).collect())),
                path: root.and_then(|r| r.path()).unwrap_or("/").to_string(),
                creation: root.and_then(|r| r.creation_info()).map(|ci| {
                    (
                        ci.owner_uid() as u32,
                        ci.owner_gid() as u32,
                        u32::from_str_radix(ci.permissions(), 8).unwrap_or(0o755),
                    )
                }),
                root: None,
                root_known: false,
            })
        }
    };
    // The emulator can show the root directory as it is (AWS's API cannot).
    let access_point = match access_point {
        Some(mut ap) => {
            if let Some(root) = resolve::seen_directory(c, &fs_id, &ap.path).await? {
                ap.root = root;
                ap.root_known = true;
            }
            Some(ap)
        }
        None => None,
    };
    let context = super::mount::policy_context(
        fs.file_system_arn().unwrap_or_default(),
        access_point.as_ref().map(|ap| ap.id.as_str()),
        args.tls,
        args.iam,
    );
    let client_subnet = client_subnet.and_then(|s| subnets.get(&s).cloned());
    Ok(Situation {
        fs_id,
        fs_state: fs.life_cycle_state().as_str().to_string(),
        mount_targets,
        vpc,
        policy,
        context,
        account: fs.file_system_arn().and_then(|a| a.split(':').nth(4)).unwrap_or_default().to_string(),
        access_point,
        client: Client {
            az: args.az.clone(),
            cidr: client_cidr.or(client_subnet.as_ref().map(|s| s.cidr)),
            subnet: client_subnet,
            groups: client_groups.iter().filter_map(|g| groups.get(g).cloned()).collect(),
            tls: args.tls,
            iam: args.iam,
            user: args.uid.zip(args.gid),
        },
    })
}

fn program_exists(names: &[&str]) -> bool {
    let dirs = ["/sbin", "/usr/sbin", "/bin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"];
    names.iter().any(|n| dirs.iter().any(|d| Path::new(d).join(n).exists()))
}

/// Whether a directory answers a `stat` within the probe timeout (a hung NFS mount does not).
fn answers(dir: &str) -> bool {
    let (tx, rx) = std::sync::mpsc::channel();
    let d = dir.to_string();
    std::thread::spawn(move || {
        let _ = tx.send(std::fs::metadata(&d).is_ok());
    });
    rx.recv_timeout(PROBE_TIMEOUT).unwrap_or(false)
}

/// Mount points of this file system in /proc/mounts (NFS by DNS name or address, or efs-utils'
/// local TLS tunnel noted by the file-system id in its options).
fn nfs_mounts_of(fs_id: &str, ips: &[Ipv4Addr]) -> Vec<String> {
    let table = std::fs::read_to_string("/proc/mounts").unwrap_or_default();
    table
        .lines()
        .filter_map(|l| {
            let fields: Vec<&str> = l.split_whitespace().collect();
            let (source, dir, kind) = (fields.first()?, fields.get(1)?, fields.get(2)?);
            (kind.starts_with("nfs")
                && (source.contains(fs_id) || ips.iter().any(|ip| source.starts_with(&ip.to_string()))))
            .then(|| dir.to_string())
        })
        .collect()
}

/// What only this machine can tell.
async fn on_this_machine(args: &DoctorArgs, c: &Clients, settings: &Settings, s: &Situation) -> Vec<Finding> {
    let mut out = Vec::new();
    let f = |check, verdict, evidence: String, fix: Option<String>| Finding { check, verdict, evidence, fix };
    let fs = &s.fs_id;
    if settings.backend == Backend::Aws && settings.endpoint_url.is_some() {
        // The API is an emulator or a proxy: this machine is not a client in the VPC.
        out.push(f(
            "this machine",
            Verdict::Warn,
            "not checked: --endpoint-url points the API elsewhere, so NFS reachability from here says nothing".into(),
            None,
        ));
    } else if settings.backend == Backend::Aws {
        let nfs = program_exists(&["mount.nfs4", "mount.nfs"]);
        out.push(if nfs {
            f("NFS client", Verdict::Pass, "mount.nfs4 is installed".into(), None)
        } else {
            f(
                "NFS client",
                Verdict::Fail,
                "mount.nfs4 is not installed".into(),
                Some("sudo apt-get install nfs-common  # or: sudo yum install nfs-utils".into()),
            )
        });
        if args.tls || args.iam || args.access_point.is_some() {
            out.push(if program_exists(&["mount.efs"]) {
                f("efs-utils", Verdict::Pass, "amazon-efs-utils (mount.efs) is installed".into(), None)
            } else {
                f(
                    "efs-utils",
                    Verdict::Fail,
                    "--tls, --iam and access points need amazon-efs-utils (mount -t efs)".into(),
                    Some("install amazon-efs-utils: https://github.com/aws/efs-utils#installation".into()),
                )
            });
        }
        if args.tls {
            out.push(if program_exists(&["stunnel", "stunnel5"]) {
                f("stunnel", Verdict::Pass, "stunnel is installed (efs-utils' TLS tunnel)".into(), None)
            } else {
                f("stunnel", Verdict::Fail, "--tls needs stunnel".into(), Some("sudo apt-get install stunnel4".into()))
            });
        }
        let az = args.az.clone().or_else(|| s.client.subnet.as_ref().map(|n| n.az.clone()));
        let target = s.mount_targets.iter().find(|m| az.as_ref().is_none_or(|a| &m.subnet.az == a));
        if let Some(m) = target {
            let addr = SocketAddr::from((m.ip, 2049));
            let reached = tokio::task::spawn_blocking(move || TcpStream::connect_timeout(&addr, PROBE_TIMEOUT).is_ok())
                .await
                .unwrap_or(false);
            out.push(if reached {
                f("TCP 2049 to the mount target", Verdict::Pass, format!("{addr} accepts connections"), None)
            } else {
                f(
                    "TCP 2049 to the mount target",
                    Verdict::Fail,
                    format!(
                        "no answer from {addr} within {}s (not in its VPC, or dropped on the way)",
                        PROBE_TIMEOUT.as_secs()
                    ),
                    Some(format!("run doctor on the client with --instance ID, or check routing to {}", m.ip)),
                )
            });
        }
        let ips: Vec<Ipv4Addr> = s.mount_targets.iter().map(|m| m.ip).collect();
        let hung: Vec<String> = nfs_mounts_of(fs, &ips).into_iter().filter(|d| !answers(d)).collect();
        out.push(stale(fs, hung, "sudo umount -f -l"));
    } else {
        out.push(if Path::new("/dev/fuse").exists() {
            f("FUSE", Verdict::Pass, "/dev/fuse is present (the emulator serves mounts over FUSE)".into(), None)
        } else {
            f(
                "FUSE",
                Verdict::Fail,
                "/dev/fuse is missing: local mounts need FUSE".into(),
                Some("sudo apt-get install fuse3 && sudo modprobe fuse".into()),
            )
        });
        let dirs = match c.control() {
            Some(control) => super::mount::local_mounts_where(&control, |m| &m.file_system_id == fs).await,
            None => vec![],
        };
        let hung: Vec<String> = dirs.into_iter().filter(|d| !answers(d)).collect();
        out.push(stale(fs, hung, "efsctl umount"));
    }
    out
}

fn stale(fs: &str, hung: Vec<String>, clear: &str) -> Finding {
    if hung.is_empty() {
        Finding {
            check: "mounts that hang",
            verdict: Verdict::Pass,
            evidence: format!("no mount of {fs} here stops answering"),
            fix: None,
        }
    } else {
        Finding {
            check: "mounts that hang",
            verdict: Verdict::Fail,
            evidence: format!("{} do not answer a stat within {}s", hung.join(", "), PROBE_TIMEOUT.as_secs()),
            fix: Some(hung.iter().map(|d| format!("{clear} {d}")).collect::<Vec<_>>().join(" && ")),
        }
    }
}

/// The emulator's injected faults that a mount of this file system meets (local backend).
async fn faults(c: &Clients, s: &Situation) -> Vec<Finding> {
    let Some(control) = c.control() else { return vec![] };
    let Ok(faults) = control.faults().await else { return vec![] };
    let az = s.client.az.clone().or_else(|| s.client.subnet.as_ref().map(|n| n.az.clone()));
    let mt = s.mount_targets.iter().find(|m| az.as_ref().is_none_or(|a| &m.subnet.az == a));
    let hits: Vec<&efsctl_control::api::Fault> = faults
        .iter()
        .filter(|f| {
            let t = f.request.target.as_deref();
            match f.request.kind {
                FaultKind::AzOutage => mt.is_some_and(|m| t == Some(m.subnet.az.as_str())),
                FaultKind::MountTargetDown => mt.is_some_and(|m| t == Some(m.id.as_str())),
                FaultKind::Throttle => true,
                _ => t == Some(s.fs_id.as_str()),
            }
        })
        .collect();
    let mut out = Vec::new();
    for f in hits {
        let blocking = matches!(f.request.kind, FaultKind::AzOutage | FaultKind::MountTargetDown);
        out.push(Finding {
            check: if blocking { "mount target answers" } else { "injected fault" },
            verdict: if blocking { Verdict::Fail } else { Verdict::Warn },
            evidence: format!(
                "{} {}{} since {}",
                f.id,
                f.request.kind.as_str(),
                f.request.target.as_deref().map(|t| format!(" on {t}")).unwrap_or_default(),
                crate::output::utc(f.since)
            ),
            fix: Some(format!("efsctl emulator fault clear {}", f.id)),
        });
    }
    out
}

/// The API's verdicts (no checks of this machine) for a client described by `args`.
pub async fn findings(args: &DoctorArgs, c: &Clients) -> Result<Vec<Finding>, CliError> {
    let s = situation(args, c).await?;
    let mut findings = doctor::diagnose(&s);
    findings.extend(faults(c, &s).await);
    Ok(findings)
}

/// The first check that fails for a mount with these arguments, if any (to explain a mount
/// that failed or timed out).
pub async fn first_failure(m: &crate::cli::MountArgs, c: &Clients) -> Option<Finding> {
    let args = DoctorArgs {
        file_system: m.file_system.clone(),
        az: m.az.clone(),
        subnet: None,
        instance: None,
        client_sgs: m.client_sg.iter().cloned().collect(),
        cidr: None,
        access_point: m.access_point.clone(),
        uid: None,
        gid: None,
        tls: m.tls,
        iam: m.iam,
    };
    findings(&args, c).await.ok()?.into_iter().find(|f| f.verdict == Verdict::Fail)
}

pub async fn run(args: DoctorArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let s = situation(&args, c).await?;
    let mut findings = doctor::diagnose(&s);
    findings.extend(faults(c, &s).await);
    findings.extend(on_this_machine(&args, c, settings, &s).await);
    let failed = doctor::failed(&findings);
    let mut view = Rendered::new(json!({"FileSystemId": s.fs_id, "Findings": findings, "Failed": failed}));
    view.headers = vec!["CHECK", "", "EVIDENCE", "FIX"];
    for f in &findings {
        let mark = match f.verdict {
            Verdict::Pass => "✔",
            Verdict::Warn => "⚠",
            Verdict::Fail => "✘",
        };
        view.rows.push(vec![f.check.to_string(), mark.into(), f.evidence.clone(), f.fix.clone().unwrap_or_default()]);
    }
    output::print(settings, &view)?;
    if failed {
        let first = findings.iter().find(|f| f.verdict == Verdict::Fail).map(|f| f.check).unwrap_or_default();
        return Err(CliError::other(format!("{}: a mount would fail ({first})", s.fs_id)));
    }
    Ok(())
}
