//! `efsctl mount`, `umount`, `mounts`. Locally the emulator daemon serves the mount over FUSE
//! after checking what AWS would; on AWS, efsctl runs the efs-utils or NFS mount command after
//! the same checks through the API.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::resolve;
use crate::cli::{Backend, MountArgs, UmountArgs};
use crate::clients::{self, Clients};
use crate::error::{CliError, ExitCode, from_sdk};
use crate::output::{self, Rendered};
use crate::settings::Settings;
use efsctl_control::api::{self, MountRequest, MountSpec};
use efsctl_control::{Control, ControlError};
use efsctl_core::model::policy::{self, ClientContext};

/// The recommended NFS options for EFS (docs/efs-model.md, "Mounting").
pub const NFS_OPTIONS: &str = "nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport";

fn absolute(dir: &Path) -> Result<PathBuf, CliError> {
    std::fs::canonicalize(dir).map_err(|e| {
        CliError::usage(format!("mount point {}: {e}", dir.display()))
            .with_hint("create the directory first (mkdir -p)")
    })
}

fn root_view(squashed: bool) -> &'static str {
    if squashed { "squashed to 65534 (the policy grants no elasticfilesystem:ClientRootAccess)" } else { "root" }
}

fn mount_view(spec: &MountSpec, verb: &str) -> Rendered {
    output::record(
        serde_json::to_value(spec).unwrap_or_default(),
        format!("{verb} {} on {}", spec.file_system_id, spec.directory),
        vec![
            ("mount target", format!("{} ({})", spec.mount_target_id, spec.availability_zone)),
            ("access point", spec.access_point_id.clone().unwrap_or_else(|| "-".into())),
            ("read-only", spec.read_only.to_string()),
            ("root", root_view(spec.root_squashed).into()),
        ],
        Some(spec.directory.clone()),
    )
}

/// A failed mount's error with the first failing `efsctl doctor` check, when one fails.
async fn with_diagnosis(e: CliError, args: &MountArgs, c: &Clients) -> CliError {
    match super::doctor::first_failure(args, c).await {
        Some(f) => {
            let fix = f.fix.map(|x| format!(" (fix: {x})")).unwrap_or_default();
            let line = format!("first failing doctor check: {} — {}{fix}", f.check, f.evidence);
            let hint = match &e.hint {
                Some(h) => format!("{h}\n{line}"),
                None => line,
            };
            CliError { hint: Some(hint), ..e }
        }
        None => e,
    }
}

pub async fn mount(args: MountArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let fs = resolve::file_system(c, &args.file_system).await?;
    let dir = absolute(&args.directory)?;
    if settings.backend == Backend::Aws {
        if args.allow_other {
            return Err(CliError::usage(
                "--allow-other applies to local mounts; an NFS mount of EFS is open to every local user already",
            ));
        }
        return aws_mount(&args, c, fs.file_system_id(), &dir).await;
    }
    if args.print || args.persist {
        return Err(CliError::usage(
            "--print and --persist apply to the aws backend; local mounts are served by the emulator and come back after it restarts",
        ));
    }
    let control = c.control().ok_or_else(|| CliError::other("the local backend has no emulator endpoint"))?;
    let request = MountRequest {
        file_system_id: fs.file_system_id().to_string(),
        directory: dir.to_string_lossy().into_owned(),
        region: c.region.clone(),
        access_point_id: args.access_point.clone(),
        availability_zone: args.az.clone(),
        client_security_group: args.client_sg.clone(),
        read_only: args.read_only,
        tls: args.tls,
        iam: args.iam,
        allow_other: args.allow_other,
        mount_target_ip: args.mount_target_ip.map(|ip| ip.to_string()),
        no_preflight: args.no_preflight,
        timeout_secs: Some(args.timeout.as_secs_f64()),
    };
    let spec = match control.mount_within(&request, args.timeout).await {
        Ok(spec) => spec,
        Err(e) => return Err(with_diagnosis(CliError::from(e), &args, c).await),
    };
    output::print(settings, &mount_view(&spec, "mounted"))
}

pub async fn umount(args: UmountArgs, settings: &Settings) -> Result<(), CliError> {
    let dir = std::fs::canonicalize(&args.directory).unwrap_or(args.directory.clone());
    if settings.backend == Backend::Aws {
        let status = std::process::Command::new("umount")
            .arg(&dir)
            .status()
            .map_err(|e| CliError::other(format!("cannot run umount: {e}")))?;
        return if status.success() {
            Ok(())
        } else {
            Err(CliError::other(format!("umount {} failed ({status})", dir.display())))
        };
    }
    let control = clients::local_control(settings).await?;
    let dir = dir.to_string_lossy().into_owned();
    let spec = control
        .unmount(&dir)
        .await
        .map_err(|e| naming_holders(e, std::slice::from_ref(&dir), "run `efsctl umount` again"))?;
    output::print(settings, &mount_view(&spec, "unmounted"))
}

/// `e` as the CLI reports it; when a mount was busy, the hint names what holds the mounts on
/// `dirs` and says to close them and then `again`.
pub fn naming_holders(e: ControlError, dirs: &[String], again: &str) -> CliError {
    let busy = matches!(&e, ControlError::Refused(r) if r.refusal.error_code == "Busy");
    let held: Vec<String> = if busy { dirs.iter().flat_map(|d| holders(Path::new(d))).collect() } else { Vec::new() };
    let e = CliError::from(e);
    if held.is_empty() {
        return e;
    }
    e.with_hint(format!("held by {}; end or close them and {again}", held.join(", ")))
}

/// Processes that hold `dir`'s mount, as far as this user may look (`fuser -vm` lists the
/// same): each with what it holds there, its working directory, root, an open file or a
/// mapped file; at most `HOLDERS_SHOWN`, then how many more.
fn holders(dir: &Path) -> Vec<String> {
    let Ok(procs) = std::fs::read_dir("/proc") else { return Vec::new() };
    let mut held = Vec::new();
    for pid in procs.flatten().filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok()) {
        let proc = PathBuf::from(format!("/proc/{pid}"));
        let link = |p: &Path| std::fs::read_link(p).ok().filter(|to| to.starts_with(dir));
        let open = || {
            let fds = std::fs::read_dir(proc.join("fd")).ok()?;
            fds.flatten().find_map(|fd| link(&fd.path())).map(|f| format!("open file {}", f.display()))
        };
        let mapped = || {
            let maps = std::fs::read_to_string(proc.join("maps")).ok()?;
            // address perms offset dev inode path: the path is the rest of the line.
            let path = maps
                .lines()
                .find_map(|l| l.splitn(6, ' ').nth(5).map(str::trim).filter(|p| Path::new(p).starts_with(dir)));
            path.map(|p| format!("mapped file {p}"))
        };
        let what = link(&proc.join("cwd"))
            .map(|_| "working directory".to_string())
            .or_else(|| link(&proc.join("root")).map(|_| "root directory".to_string()))
            .or_else(open)
            .or_else(mapped);
        if let Some(what) = what {
            let name = std::fs::read_to_string(proc.join("comm")).unwrap_or_default();
            held.push(format!("pid {pid} ({}: {what})", name.trim()));
        }
    }
    if held.len() > HOLDERS_SHOWN {
        let more = held.len() - HOLDERS_SHOWN;
        held.truncate(HOLDERS_SHOWN);
        held.push(format!("{more} more (`fuser -vm {}` lists them)", dir.display()));
    }
    held
}

const HOLDERS_SHOWN: usize = 5;

/// The directories of the emulator's mounts that `affected` picks (none if it cannot say):
/// what an operation about to run will detach, to tell the user.
pub async fn local_mounts_where(control: &Control, affected: impl Fn(&MountSpec) -> bool) -> Vec<String> {
    let mounts = control.mounts().await.unwrap_or_default();
    mounts.into_iter().filter(|m| affected(m)).map(|m| m.directory).collect()
}

/// `local_mounts_where` on the emulator the settings name; none on the aws backend.
pub async fn mounts_affected(settings: &Settings, affected: impl Fn(&MountSpec) -> bool) -> Vec<String> {
    if settings.backend == Backend::Aws {
        return Vec::new();
    }
    match clients::local_control(settings).await {
        Ok(control) => local_mounts_where(&control, affected).await,
        Err(_) => Vec::new(),
    }
}

/// Says on stderr which local mounts an operation detached, and why.
pub fn tell_detached(dirs: &[String], why: &str) {
    for dir in dirs {
        eprintln!("note: the local mount on {dir} is detached ({why})");
    }
}

pub async fn mounts(settings: &Settings) -> Result<(), CliError> {
    if settings.backend == Backend::Local {
        let mounts = clients::local_control(settings).await?.mounts().await?;
        let rows: Vec<Vec<String>> = mounts
            .iter()
            .map(|m| {
                vec![
                    m.directory.clone(),
                    m.file_system_id.clone(),
                    m.availability_zone.clone(),
                    m.access_point_id.clone().unwrap_or_else(|| "-".into()),
                    m.read_only.to_string(),
                ]
            })
            .collect();
        let mut view = Rendered::new(serde_json::to_value(api::MountList { mounts }).unwrap_or_default());
        view.headers = vec!["DIRECTORY", "FILE SYSTEM", "ZONE", "ACCESS POINT", "READ-ONLY"];
        view.ids = rows.iter().map(|r| r[0].clone()).collect();
        view.rows = rows;
        return output::print(settings, &view);
    }
    // NFS and efs-utils mounts of EFS on this machine.
    let list: Vec<Value> = std::fs::read_to_string("/proc/mounts")
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (f.len() > 3 && (f[2] == "efs" || (f[2].starts_with("nfs4") && f[0].contains(".efs."))))
                .then(|| json!({"FileSystemId": f[0], "Directory": f[1], "Type": f[2], "Options": f[3]}))
        })
        .collect();
    let mut view = Rendered::new(json!({"Mounts": list}));
    view.headers = vec!["DIRECTORY", "FILE SYSTEM", "ZONE", "ACCESS POINT", "READ-ONLY"];
    for m in &list {
        let s = |k: &str| m[k].as_str().unwrap_or("-").to_string();
        view.rows.push(vec![s("Directory"), s("FileSystemId"), "-".into(), "-".into(), "-".into()]);
        view.ids.push(s("Directory"));
    }
    output::print(settings, &view)
}

fn efs_utils_installed() -> bool {
    ["/sbin/mount.efs", "/usr/sbin/mount.efs", "/usr/bin/mount.efs"].iter().any(|p| Path::new(p).exists())
}

/// The instance's AZ from IMDS (EC2 only).
async fn instance_az() -> Result<String, CliError> {
    let imds = aws_config::imds::Client::builder().build();
    imds.get("/latest/meta-data/placement/availability-zone").await.map(|s| s.as_ref().to_string()).map_err(|e| {
        CliError::usage(format!("cannot read this instance's Availability Zone from IMDS ({e})"))
            .with_hint("pass --az AZ")
    })
}

/// The client as the file-system policy sees it. With --iam the caller is taken to be in the
/// file system's account (its identity is not known without STS); the access point by ARN,
/// which the policy's conditions compare.
async fn client_context(args: &MountArgs, c: &Clients, fs_id: &str) -> Result<ClientContext, CliError> {
    let described = c
        .efs
        .describe_file_systems()
        .file_system_id(fs_id)
        .send()
        .await
        .map_err(|e| from_sdk("describing the file system", e))?;
    let arn = described.file_systems().first().and_then(|f| f.file_system_arn()).unwrap_or_default();
    Ok(policy_context(arn, args.access_point.as_deref(), args.tls, args.iam))
}

/// The policy's view of a client of file system `fs_arn`: with `iam`, a principal of its
/// account; the access point (id or ARN) as an ARN, which the policy's conditions compare.
pub(super) fn policy_context(fs_arn: &str, access_point: Option<&str>, tls: bool, iam: bool) -> ClientContext {
    let account = fs_arn.split(':').nth(4).unwrap_or_default();
    let access_point_arn = access_point.map(|ap| match fs_arn.rsplit_once(":file-system/") {
        Some((base, _)) if !ap.starts_with("arn:") => format!("{base}:access-point/{ap}"),
        _ => ap.to_string(),
    });
    ClientContext {
        principal: iam.then(|| format!("arn:aws:iam::{account}:root")),
        secure_transport: tls,
        access_point_arn,
    }
}

/// The mount command for AWS, after checking the mount target, security groups and policy.
pub async fn aws_command(
    args: &MountArgs,
    c: &Clients,
    fs_id: &str,
    dir: &Path,
    efs_utils: bool,
) -> Result<(Vec<String>, String), CliError> {
    let az = match &args.az {
        Some(az) => az.clone(),
        None => instance_az().await?,
    };
    let mts = c
        .efs
        .describe_mount_targets()
        .file_system_id(fs_id)
        .send()
        .await
        .map_err(|e| from_sdk("listing mount targets", e))?;
    if let Some(ip) = args.mount_target_ip {
        let ip = ip.to_string();
        match mts.mount_targets().iter().find(|m| m.ip_address() == Some(ip.as_str())) {
            None => {
                return Err(CliError::new(
                    ExitCode::NotFound,
                    format!("no mount target of {fs_id} has the address {ip}"),
                )
                .with_hint(format!("`efsctl mount-target ls {fs_id}` lists them")));
            }
            Some(m) if m.availability_zone_name() != Some(az.as_str()) => {
                return Err(CliError::usage(format!(
                    "mount target {} at {ip} is in {}, not the client's {az}",
                    m.mount_target_id(),
                    m.availability_zone_name().unwrap_or("another AZ")
                )));
            }
            Some(_) => {}
        }
    }
    let mt = mts.mount_targets().iter().find(|m| m.availability_zone_name() == Some(az.as_str())).ok_or_else(|| {
        CliError::new(ExitCode::NotFound, format!("{fs_id} has no mount target in {az}"))
            .with_hint(format!("create one: `efsctl mount-target create {fs_id} --az {az}`"))
    })?;
    if mt.life_cycle_state().as_str() != "available" {
        return Err(CliError::new(
            ExitCode::NotReady,
            format!("mount target {} is {}", mt.mount_target_id(), mt.life_cycle_state().as_str()),
        )
        .with_hint("wait until it is available (about 90 seconds after creation)"));
    }
    let groups = c
        .efs
        .describe_mount_target_security_groups()
        .mount_target_id(mt.mount_target_id())
        .send()
        .await
        .map_err(|e| from_sdk("mount target security groups", e))?;
    let sgs = c
        .ec2
        .describe_security_groups()
        .set_group_ids(Some(groups.security_groups().to_vec()))
        .send()
        .await
        .map_err(|e| from_sdk("describing security groups", e))?;
    // Any client (no --client-sg) or the named group; any address: the doctor's rule.
    let client: Vec<&str> = args.client_sg.iter().map(String::as_str).collect();
    let admits = |perms: &[aws_sdk_ec2::types::IpPermission]| {
        super::doctor::rules(perms)
            .iter()
            .any(|r| efsctl_core::doctor::sg_rule_admits(r, efsctl_core::doctor::NFS_PORT, None, &client))
    };
    if !sgs.security_groups().iter().any(|g| admits(g.ip_permissions())) {
        return Err(CliError::other(format!(
            "the security groups of mount target {} ({}) do not admit TCP 2049 from the client",
            mt.mount_target_id(),
            groups.security_groups().join(", ")
        ))
        .with_hint(format!("run `efsctl sg setup {fs_id} --client-sg YOUR_INSTANCE_SG` (or --cidr)")));
    }
    if let Ok(p) = c.efs.describe_file_system_policy().file_system_id(fs_id).send().await
        && let Some(parsed) = p.policy().and_then(|t| policy::parse(t).ok())
    {
        let ctx = client_context(args, c, fs_id).await?;
        if !policy::client_grants(Some(&parsed), &ctx).mount {
            return Err(CliError::other(
                "the file-system policy would deny this mount (elasticfilesystem:ClientMount)",
            )
            .with_hint("it may require --tls and/or --iam; see `efsctl policy get FS`"));
        }
    }
    let d = dir.to_string_lossy().to_string();
    if efs_utils {
        let mut opts = vec![format!("az={az}")];
        if args.tls || args.iam || args.access_point.is_some() {
            opts.push("tls".into());
        }
        if args.iam {
            opts.push("iam".into());
        }
        if let Some(ap) = &args.access_point {
            opts.push(format!("accesspoint={ap}"));
        }
        if let Some(ip) = args.mount_target_ip {
            opts.push(format!("mounttargetip={ip}"));
        }
        if args.read_only {
            opts.push("ro".into());
        }
        let o = opts.join(",");
        Ok((
            vec!["mount".into(), "-t".into(), "efs".into(), "-o".into(), o.clone(), format!("{fs_id}:/"), d.clone()],
            format!("{fs_id}:/ {d} efs _netdev,{o} 0 0"),
        ))
    } else {
        if args.tls || args.iam || args.access_point.is_some() {
            return Err(CliError::usage("--tls, --iam and --access-point need amazon-efs-utils (mount -t efs)")
                .with_hint("install amazon-efs-utils, or mount without them"));
        }
        let ip = mt.ip_address().unwrap_or_default();
        let o = if args.read_only { format!("{NFS_OPTIONS},ro") } else { NFS_OPTIONS.to_string() };
        Ok((
            vec!["mount".into(), "-t".into(), "nfs4".into(), "-o".into(), o.clone(), format!("{ip}:/"), d.clone()],
            format!("{ip}:/ {d} nfs4 {o},_netdev 0 0"),
        ))
    }
}

async fn aws_mount(args: &MountArgs, c: &Clients, fs_id: &str, dir: &Path) -> Result<(), CliError> {
    let (cmd, fstab) = aws_command(args, c, fs_id, dir, efs_utils_installed()).await?;
    if args.print {
        println!("{}", cmd.join(" "));
        if args.persist {
            println!("# /etc/fstab\n{fstab}");
        }
        return Ok(());
    }
    // Decided before mounting, so a refused --persist changes nothing.
    let existing = std::fs::read_to_string(FSTAB).unwrap_or_default();
    let change = if args.persist {
        fstab_change(&existing, &fstab).map_err(|e| {
            CliError::new(ExitCode::Conflict, e)
                .with_hint("remove that line from /etc/fstab, or mount without --persist")
        })?
    } else {
        FstabChange::Keep
    };
    let mut child = tokio::process::Command::new(&cmd[0])
        .args(&cmd[1..])
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| CliError::other(format!("cannot run mount: {e}")))?;
    let status = match tokio::time::timeout(args.timeout, child.wait()).await {
        Ok(status) => status.map_err(|e| CliError::other(format!("cannot run mount: {e}")))?,
        Err(_) => {
            let _ = child.kill().await;
            // Whatever the mount got as far as goes: nothing is left half-mounted.
            let _ = std::process::Command::new("umount").args(["-f", "-l"]).arg(dir).status();
            let e = CliError::other(format!(
                "`{}` did not complete within {}",
                cmd.join(" "),
                crate::output::duration(args.timeout.as_secs_f64())
            ));
            return Err(with_diagnosis(e, args, c).await);
        }
    };
    if !status.success() {
        let e = CliError::other(format!("`{}` failed ({status})", cmd.join(" ")))
            .with_hint("run it as root; `efsctl mount … --print` shows the command");
        return Err(with_diagnosis(e, args, c).await);
    }
    let cannot = |e: std::io::Error| CliError::other(format!("cannot update {FSTAB}: {e}"));
    match change {
        FstabChange::Append => {
            use std::io::Write;
            let mut f = std::fs::OpenOptions::new().append(true).open(FSTAB).map_err(cannot)?;
            writeln!(f, "{fstab}").map_err(cannot)?;
        }
        FstabChange::Replace(old) => {
            // Written beside it and renamed over it: a crash leaves the old fstab or the new.
            let text: String =
                existing.lines().map(|l| if l == old { format!("{fstab}\n") } else { format!("{l}\n") }).collect();
            let tmp = format!("{FSTAB}.efsctl");
            std::fs::write(&tmp, text).map_err(cannot)?;
            if let Ok(meta) = std::fs::metadata(FSTAB) {
                std::fs::set_permissions(&tmp, meta.permissions()).map_err(cannot)?;
            }
            std::fs::rename(&tmp, FSTAB).map_err(cannot)?;
            eprintln!("note: replaced the {FSTAB} line `{old}` for {}", dir.display());
        }
        FstabChange::Keep if args.persist => eprintln!("note: {FSTAB} already has this mount"),
        FstabChange::Keep => {}
    }
    eprintln!("mounted {fs_id} on {}", dir.display());
    Ok(())
}

const FSTAB: &str = "/etc/fstab";

/// What --persist does to /etc/fstab.
#[derive(Debug, PartialEq, Eq)]
enum FstabChange {
    /// The same entry is there: mounting again must not add a second one.
    Keep,
    Append,
    /// An older EFS entry for the directory (another file system, other options) gives way.
    Replace(String),
}

/// What entry `line` needs in fstab text `existing`; refused when something other than an EFS
/// mount is on the same directory.
fn fstab_change(existing: &str, line: &str) -> Result<FstabChange, String> {
    let fields = |l: &str| l.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let wanted = fields(line);
    // What efsctl writes: `fs-…:/ DIR efs …` (efs-utils), or `IP:/ DIR nfs4` with EFS's
    // recommended NFS options.
    let is_efs = |f: &[String]| match (f.first(), f.get(2), f.get(3)) {
        (Some(src), Some(t), _) if t == "efs" => src.starts_with("fs-"),
        (Some(_), Some(t), Some(o)) if t == "nfs4" => o.contains("rsize=1048576") && o.contains("noresvport"),
        _ => false,
    };
    for entry in existing.lines().filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#')) {
        let have = fields(entry);
        if have == wanted {
            return Ok(FstabChange::Keep);
        }
        if have.get(1) == wanted.get(1) {
            return if is_efs(&have) {
                Ok(FstabChange::Replace(entry.to_string()))
            } else {
                Err(format!("{FSTAB} already mounts something else on {}: {entry}", wanted[1]))
            };
        }
    }
    Ok(FstabChange::Append)
}

#[cfg(test)]
mod tests {
    use super::{FstabChange, fstab_change};

    #[test]
    fn persist_leaves_one_line_per_mount() {
        let line = "fs-1:/ /mnt/efs efs _netdev,tls 0 0";
        assert_eq!(fstab_change("", line), Ok(FstabChange::Append));
        let fstab = "# static\nUUID=abc / ext4 defaults 0 1\n";
        assert_eq!(fstab_change(fstab, line), Ok(FstabChange::Append));
        let with = format!("{fstab}fs-1:/   /mnt/efs  efs  _netdev,tls 0 0\n");
        assert_eq!(fstab_change(&with, line), Ok(FstabChange::Keep), "the same entry, spaced otherwise");
        // An older EFS line for the directory is replaced: another file system, or NFS options.
        let older = "10.0.1.5:/ /mnt/efs nfs4 nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport,_netdev 0 0";
        assert_eq!(fstab_change(&format!("{fstab}{older}\n"), line), Ok(FstabChange::Replace(older.into())));
        for other in ["/dev/sdb1 /mnt/efs ext4 defaults 0 2", "nas:/export /mnt/efs nfs4 defaults,_netdev 0 0"] {
            let text = format!("{fstab}{other}\n");
            assert!(fstab_change(&text, line).unwrap_err().contains("/mnt/efs"), "something else is refused: {other}");
        }
        assert_eq!(
            fstab_change("# fs-2:/ /mnt/efs efs _netdev 0 0\n", line),
            Ok(FstabChange::Append),
            "a comment is no entry"
        );
    }
}
