//! Why a mount fails, as a pure function: given what the APIs say about a file system, its mount
//! targets and their network (security groups, network ACLs, the VPC's DNS attributes), its
//! policy and access point, and what is known of the client, the verdict of every check EFS
//! users trip over, with the evidence and the fix as a command. `efsctl doctor` gathers the
//! situation through the API on either backend; the emulator's mount preflight asks the same
//! predicates, so a refused mount and the doctor agree.

use std::net::Ipv4Addr;

use serde::Serialize;

use crate::model::network::Cidr;
use crate::model::policy::{ClientContext, Policy, client_grants};

pub const NFS_PORT: i32 = 2049;
/// Ports an NFS client's replies go back to (efs-utils and the kernel use non-reserved ports
/// with `noresvport`): a network ACL must let the whole range through.
pub const EPHEMERAL: (i32, i32) = (1024, 65535);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Verdict {
    Pass,
    Warn,
    Fail,
}

/// One check's outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Finding {
    pub check: &'static str,
    pub verdict: Verdict,
    pub evidence: String,
    /// A command that fixes it.
    pub fix: Option<String>,
}

/// A security-group rule: protocol (`-1` all, `tcp`/`6`), ports, and a CIDR or group peer.
#[derive(Debug, Clone, PartialEq)]
pub struct SgRule {
    pub protocol: String,
    pub from_port: i32,
    pub to_port: i32,
    pub cidr: Option<Cidr>,
    pub group: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub id: String,
    pub ingress: Vec<SgRule>,
    pub egress: Vec<SgRule>,
}

/// A network-ACL entry; entries are evaluated by rule number, the first match decides, and no
/// match denies.
#[derive(Debug, Clone, PartialEq)]
pub struct AclEntry {
    pub rule_number: i32,
    pub egress: bool,
    /// `-1` (all) or an IP protocol number (`6` TCP).
    pub protocol: String,
    pub allow: bool,
    pub cidr: Cidr,
    /// Inclusive; `None`: every port.
    pub ports: Option<(i32, i32)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Subnet {
    pub id: String,
    pub vpc_id: String,
    pub az: String,
    pub cidr: Cidr,
    pub acl_id: String,
    pub acl: Vec<AclEntry>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MountTarget {
    pub id: String,
    pub state: String,
    pub ip: Ipv4Addr,
    pub subnet: Subnet,
    pub groups: Vec<Group>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Vpc {
    pub id: String,
    pub dns_support: bool,
    pub dns_hostnames: bool,
}

/// An access point as the API describes it, and, where the backend can see it, its root
/// directory's owner and mode.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessPoint {
    pub id: String,
    pub state: String,
    pub posix_user: Option<(u32, u32, Vec<u32>)>,
    pub path: String,
    /// (owner uid, owner gid, permissions) the root directory is created with.
    pub creation: Option<(u32, u32, u32)>,
    /// (uid, gid, mode) of the root directory as it is now; `None` when it does not exist yet
    /// or the backend cannot see it.
    pub root: Option<(u32, u32, u32)>,
    /// Whether `root` could be looked at (the emulator can; AWS's API cannot).
    pub root_known: bool,
}

/// What is known of the client.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Client {
    pub az: Option<String>,
    pub subnet: Option<Subnet>,
    /// The client's address block (`--cidr`), or its subnet's.
    pub cidr: Option<Cidr>,
    /// The client's security groups (`--client-sg`).
    pub groups: Vec<Group>,
    pub tls: bool,
    pub iam: bool,
    /// The user who will write (`--uid/--gid`); root when not given.
    pub user: Option<(u32, u32)>,
}

/// Everything the checks read.
#[derive(Debug, Clone, PartialEq)]
pub struct Situation {
    pub fs_id: String,
    pub fs_state: String,
    pub mount_targets: Vec<MountTarget>,
    /// The mount targets' VPC.
    pub vpc: Option<Vpc>,
    pub policy: Option<Policy>,
    /// The policy's view of the client (principal, TLS, access point).
    pub context: ClientContext,
    /// The file system's account: the principal an IAM mount presents.
    pub account: String,
    pub access_point: Option<AccessPoint>,
    pub client: Client,
}

fn tcp(protocol: &str) -> bool {
    matches!(protocol, "-1" | "tcp" | "6" | "all")
}

/// Whether a group rule lets TCP `port` through to or from `peer` (an address block) or a
/// member of one of `peer_groups`.
pub fn sg_rule_admits(r: &SgRule, port: i32, peer: Option<Cidr>, peer_groups: &[&str]) -> bool {
    let ports = r.protocol == "-1" || (tcp(&r.protocol) && r.from_port <= port && r.to_port >= port);
    let from_peer = match (&r.cidr, &r.group) {
        (Some(c), _) => peer.is_none_or(|p| c.contains_cidr(&p)),
        (None, Some(g)) => peer_groups.is_empty() || peer_groups.contains(&g.as_str()),
        (None, None) => false,
    };
    ports && from_peer
}

/// The rule number that decides TCP traffic to `port` with `peer` in one direction, and
/// whether it allows it (`None`: no rule matches, and the implicit last rule denies).
pub fn acl_decides(entries: &[AclEntry], egress: bool, port: i32, peer: Ipv4Addr) -> (bool, Option<i32>) {
    let mut ordered: Vec<&AclEntry> = entries.iter().filter(|e| e.egress == egress).collect();
    ordered.sort_by_key(|e| e.rule_number);
    ordered
        .into_iter()
        .find(|e| tcp(&e.protocol) && e.cidr.contains(peer) && e.ports.is_none_or(|(a, b)| a <= port && port <= b))
        .map_or((false, None), |e| (e.allow, Some(e.rule_number)))
}

/// The first port of `ports` an ACL denies in one direction for `peer`, with the rule.
fn acl_denies_range(
    entries: &[AclEntry],
    egress: bool,
    ports: (i32, i32),
    peer: Ipv4Addr,
) -> Option<(i32, Option<i32>)> {
    // Where the decision can change: each rule's port bounds within the range.
    let mut probes = vec![ports.0, ports.1];
    for e in entries.iter().filter(|e| e.egress == egress) {
        if let Some((a, b)) = e.ports {
            probes.extend([a - 1, a, b, b + 1]);
        }
    }
    probes.retain(|p| (ports.0..=ports.1).contains(p));
    probes.sort_unstable();
    probes.dedup();
    probes.into_iter().find_map(|p| {
        let (allowed, rule) = acl_decides(entries, egress, p, peer);
        (!allowed).then_some((p, rule))
    })
}

/// The rule number a fixing entry can take: below the denying rule, on a free number.
fn free_rule_below(entries: &[AclEntry], egress: bool, denying: Option<i32>) -> i32 {
    let limit = denying.unwrap_or(32767).min(32767);
    let used: Vec<i32> = entries.iter().filter(|e| e.egress == egress).map(|e| e.rule_number).collect();
    (1..limit)
        .rev()
        .find(|n| !used.contains(n) && n % 10 == 0)
        .or_else(|| (1..limit).rev().find(|n| !used.contains(n)))
        .unwrap_or(1)
}

fn finding(check: &'static str, verdict: Verdict, evidence: impl Into<String>, fix: Option<String>) -> Finding {
    Finding { check, verdict, evidence: evidence.into(), fix }
}

/// A representative address of a block: its first usable one.
fn representative(b: Cidr) -> Ipv4Addr {
    if b.prefix() >= 31 { b.network() } else { b.assignable().next().unwrap_or(b.network()) }
}

/// Every check, in the order a mount meets them.
pub fn diagnose(s: &Situation) -> Vec<Finding> {
    let fs = &s.fs_id;
    let mut out = Vec::new();
    out.push(if s.fs_state == "available" || s.fs_state == "updating" {
        finding("file system", Verdict::Pass, format!("{fs} is {}", s.fs_state), None)
    } else {
        finding(
            "file system",
            Verdict::Fail,
            format!("{fs} is {}", s.fs_state),
            Some(format!("efsctl describe {fs}  # wait until it is available")),
        )
    });
    let client = &s.client;
    let az = client.az.clone().or_else(|| client.subnet.as_ref().map(|n| n.az.clone()));
    let mt = match &az {
        None => {
            let first = s.mount_targets.first();
            out.push(finding(
                "mount target in the client's AZ",
                if first.is_some() { Verdict::Warn } else { Verdict::Fail },
                match first {
                    Some(m) => format!(
                        "no client AZ given (--az, --subnet or --instance); checking {} in {}",
                        m.id, m.subnet.az
                    ),
                    None => format!("{fs} has no mount targets"),
                },
                first.is_none().then(|| format!("efsctl mount-target create {fs} --az AZ")),
            ));
            first
        }
        Some(az) => match s.mount_targets.iter().find(|m| &m.subnet.az == az) {
            None => {
                out.push(finding(
                    "mount target in the client's AZ",
                    Verdict::Fail,
                    format!(
                        "{fs} has no mount target in {az} (it has {})",
                        if s.mount_targets.is_empty() {
                            "none".to_string()
                        } else {
                            s.mount_targets.iter().map(|m| m.subnet.az.as_str()).collect::<Vec<_>>().join(", ")
                        }
                    ),
                    Some(format!("efsctl mount-target create {fs} --az {az}")),
                ));
                None
            }
            Some(m) if m.state != "available" => {
                out.push(finding(
                    "mount target in the client's AZ",
                    Verdict::Fail,
                    format!("{} in {az} is {}", m.id, m.state),
                    Some(format!("efsctl mount-target ls {fs}  # mount targets take about 90 s to become available")),
                ));
                Some(m)
            }
            Some(m) => {
                out.push(finding(
                    "mount target in the client's AZ",
                    Verdict::Pass,
                    format!("{} in {az} at {}, available", m.id, m.ip),
                    None,
                ));
                Some(m)
            }
        },
    };
    let Some(mt) = mt else {
        out.extend(policy_and_access_point(s));
        return out;
    };
    if let Some(subnet) = &client.subnet
        && subnet.vpc_id != mt.subnet.vpc_id
    {
        out.push(finding(
            "same VPC",
            Verdict::Fail,
            format!("the client is in {} and the mount target in {}", subnet.vpc_id, mt.subnet.vpc_id),
            Some(format!(
                "peer the VPCs (aws ec2 create-vpc-peering-connection --vpc-id {} --peer-vpc-id {}) and mount by IP: efsctl mount {fs} DIR --mount-target-ip {}",
                subnet.vpc_id, mt.subnet.vpc_id, mt.ip
            )),
        ));
    }
    out.push(security_groups(s, mt));
    if !client.groups.is_empty() {
        out.push(client_egress(s, mt));
    }
    out.extend(acls(s, mt));
    out.push(match &s.vpc {
        Some(v) if v.dns_support && v.dns_hostnames => {
            finding("VPC DNS", Verdict::Pass, format!("{} resolves mount-target DNS names", v.id), None)
        }
        Some(v) => {
            let off: Vec<(&str, &str)> = [
                (v.dns_support, "enableDnsSupport", "--enable-dns-support"),
                (v.dns_hostnames, "enableDnsHostnames", "--enable-dns-hostnames"),
            ]
            .into_iter()
            .filter(|(on, _, _)| !on)
            .map(|(_, name, flag)| (name, flag))
            .collect();
            finding(
                "VPC DNS",
                Verdict::Fail,
                format!(
                    "{} off in {}: {fs}.efs.REGION.amazonaws.com does not resolve",
                    off.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(" and "),
                    v.id
                ),
                Some(format!(
                    "{}  # or mount by address: efsctl mount {fs} DIR --mount-target-ip {}",
                    off.iter()
                        .map(|(_, f)| format!("aws ec2 modify-vpc-attribute --vpc-id {} {f}", v.id))
                        .collect::<Vec<_>>()
                        .join(" && "),
                    mt.ip
                )),
            )
        }
        None => finding("VPC DNS", Verdict::Warn, "the VPC's DNS attributes could not be read", None),
    });
    out.extend(policy_and_access_point(s));
    out
}

fn security_groups(s: &Situation, mt: &MountTarget) -> Finding {
    let fs = &s.fs_id;
    let client = &s.client;
    let client_groups: Vec<&str> = client.groups.iter().map(|g| g.id.as_str()).collect();
    let names = mt.groups.iter().map(|g| g.id.as_str()).collect::<Vec<_>>().join(", ");
    let admitted =
        mt.groups.iter().any(|g| g.ingress.iter().any(|r| sg_rule_admits(r, NFS_PORT, client.cidr, &client_groups)));
    let who = match (client.groups.first(), client.cidr) {
        (Some(g), _) => g.id.clone(),
        (None, Some(c)) => c.to_string(),
        (None, None) => "any client".into(),
    };
    if admitted {
        let verdict = if client.groups.is_empty() && client.cidr.is_none() { Verdict::Warn } else { Verdict::Pass };
        let note =
            if verdict == Verdict::Warn { " (name the client with --client-sg or --cidr to be sure)" } else { "" };
        return finding("security groups", verdict, format!("{names} admit TCP 2049 from {who}{note}"), None);
    }
    let fix = match (client.groups.first(), client.cidr) {
        (Some(g), _) => format!("efsctl sg setup {fs} --client-sg {}", g.id),
        (None, Some(c)) => format!("efsctl sg setup {fs} --cidr {c}"),
        (None, None) => format!("efsctl sg setup {fs} --client-sg YOUR_INSTANCE_SG"),
    };
    finding("security groups", Verdict::Fail, format!("{names} of {} admit no TCP 2049 from {who}", mt.id), Some(fix))
}

fn client_egress(s: &Situation, mt: &MountTarget) -> Finding {
    let mt_groups: Vec<&str> = mt.groups.iter().map(|g| g.id.as_str()).collect();
    let to_mt = Cidr::new(mt.ip, 32);
    let out_ok =
        s.client.groups.iter().any(|g| g.egress.iter().any(|r| sg_rule_admits(r, NFS_PORT, to_mt, &mt_groups)));
    let first = &s.client.groups[0].id;
    if out_ok {
        finding("client egress", Verdict::Pass, format!("{first} lets TCP 2049 out to {}", mt.ip), None)
    } else {
        finding(
            "client egress",
            Verdict::Fail,
            format!("no group of the client lets TCP 2049 out to {}", mt.ip),
            Some(format!(
                "aws ec2 authorize-security-group-egress --group-id {first} --protocol tcp --port 2049 --cidr {}/32",
                mt.ip
            )),
        )
    }
}

/// The network ACLs of the mount target's subnet and, when known, the client's.
fn acls(s: &Situation, mt: &MountTarget) -> Vec<Finding> {
    // Without the client's address, the mount target's own subnet stands in (the usual case:
    // clients in the same subnet as the mount target of their AZ).
    let client = s.client.cidr.or(s.client.subnet.as_ref().map(|n| n.cidr)).unwrap_or(mt.subnet.cidr);
    network_acl_findings(&mt.subnet, s.client.subnet.as_ref(), mt.ip, client)
}

/// The network ACLs between clients in `client` and a mount target at `mt_ip`: NFS in and the
/// replies out on the mount target's subnet; NFS out and the replies in on the client's.
pub fn network_acl_findings(
    mt_subnet: &Subnet,
    client_subnet: Option<&Subnet>,
    mt_ip: Ipv4Addr,
    client: Cidr,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let client_ip = representative(client);
    let client_block = client.to_string();
    let mt_block = format!("{mt_ip}/32");
    let entry = |acl: &Subnet, egress: bool, denying: Option<i32>, from: i32, to: i32, cidr: &str| {
        format!(
            "aws ec2 create-network-acl-entry --network-acl-id {} --{} --rule-number {} --protocol tcp --port-range From={from},To={to} --cidr-block {cidr} --rule-action allow",
            acl.acl_id,
            if egress { "egress" } else { "ingress" },
            free_rule_below(&acl.acl, egress, denying)
        )
    };
    // The mount target's subnet: 2049 in from the client, replies out to its ephemeral ports.
    let check = |acl: &Subnet, name: &'static str, sides: [(bool, (i32, i32), Ipv4Addr, String); 2]| -> Finding {
        for (egress, ports, peer, cidr) in sides {
            if let Some((port, rule)) = acl_denies_range(&acl.acl, egress, ports, peer) {
                return finding(
                    name,
                    Verdict::Fail,
                    format!(
                        "{} denies TCP {} {} {peer} (port {port}, {})",
                        acl.acl_id,
                        if ports.0 == ports.1 { ports.0.to_string() } else { format!("{}-{}", ports.0, ports.1) },
                        if egress { "out to" } else { "in from" },
                        rule.map_or("no rule matches: the last rule, *, denies".to_string(), |r| format!("rule {r}"))
                    ),
                    Some(entry(acl, egress, rule, ports.0, ports.1, &cidr)),
                );
            }
        }
        finding(name, Verdict::Pass, format!("{} lets NFS and its replies through", acl.acl_id), None)
    };
    out.push(check(
        mt_subnet,
        "network ACL (mount target subnet)",
        [
            (false, (NFS_PORT, NFS_PORT), client_ip, client_block.clone()),
            (true, EPHEMERAL, client_ip, client_block.clone()),
        ],
    ));
    if let Some(c) = client_subnet.filter(|c| c.id != mt_subnet.id) {
        out.push(check(
            c,
            "network ACL (client subnet)",
            [(true, (NFS_PORT, NFS_PORT), mt_ip, mt_block.clone()), (false, EPHEMERAL, mt_ip, mt_block)],
        ));
    }
    out
}

fn policy_and_access_point(s: &Situation) -> Vec<Finding> {
    let fs = &s.fs_id;
    let mut out = Vec::new();
    let grants = client_grants(s.policy.as_ref(), &s.context);
    out.push(if s.policy.is_none() {
        finding(
            "file-system policy",
            Verdict::Pass,
            "no policy: every client that reaches a mount target may mount, write and act as root",
            None,
        )
    } else if !grants.mount {
        // Which flags would make the policy grant the mount.
        let with = |tls: bool, iam: bool| {
            let mut ctx = s.context.clone();
            ctx.secure_transport |= tls;
            if iam && ctx.principal.is_none() {
                ctx.principal = Some(format!("arn:aws:iam::{}:root", s.account));
            }
            client_grants(s.policy.as_ref(), &ctx).mount
        };
        let needs = [(true, false, "--tls"), (false, true, "--iam"), (true, true, "--tls --iam")]
            .into_iter()
            .find(|(t, i, _)| !(*t && s.client.tls || *i && s.client.iam) && with(*t, *i))
            .map(|(_, _, f)| f);
        finding(
            "file-system policy",
            Verdict::Fail,
            match needs {
                Some(f) => format!("the policy grants elasticfilesystem:ClientMount only with {f}"),
                None => "the policy does not grant elasticfilesystem:ClientMount to this client".into(),
            },
            Some(match needs {
                Some(f) => format!("efsctl mount {fs} DIR {f}"),
                None => format!(
                    "efsctl policy get {fs}  # then grant ClientMount: efsctl policy set {fs} --file policy.json"
                ),
            }),
        )
    } else if !grants.write {
        finding(
            "file-system policy",
            Verdict::Warn,
            "the policy grants ClientMount but not ClientWrite: the mount is read-only",
            Some(format!("efsctl policy get {fs}")),
        )
    } else {
        finding(
            "file-system policy",
            Verdict::Pass,
            format!("grants mount and write{}", if grants.root { " and root" } else { "; root is squashed to 65534" }),
            None,
        )
    });
    if let Some(ap) = &s.access_point {
        out.push(access_point(fs, ap, s.client.user));
    }
    out
}

/// Whether `(uid, gid, groups)` may list a directory of `(owner, group, mode)` (read and
/// search).
pub fn may_read(user: (u32, u32, &[u32]), dir: (u32, u32, u32)) -> bool {
    let (uid, gid, groups) = user;
    let (owner, group, mode) = dir;
    let bits = if uid == 0 {
        return true;
    } else if uid == owner {
        mode >> 6
    } else if gid == group || groups.contains(&group) {
        mode >> 3
    } else {
        mode
    };
    bits & 0o5 == 0o5
}

/// Whether `(uid, gid, groups)` may write a directory of `(owner, group, mode)`.
pub fn may_write(user: (u32, u32, &[u32]), dir: (u32, u32, u32)) -> bool {
    let (uid, gid, groups) = user;
    let (owner, group, mode) = dir;
    uid == 0
        || if uid == owner {
            mode & 0o200 != 0
        } else if gid == group || groups.contains(&group) {
            mode & 0o020 != 0
        } else {
            mode & 0o002 != 0
        }
}

fn access_point(fs: &str, ap: &AccessPoint, user: Option<(u32, u32)>) -> Finding {
    if ap.state != "available" {
        return finding(
            "access point",
            Verdict::Fail,
            format!("{} is {}", ap.id, ap.state),
            Some(format!("efsctl access-point ls {fs}")),
        );
    }
    // The access point's POSIX user replaces the client's identity when it has one.
    let (uid, gid, groups) = match (&ap.posix_user, user) {
        (Some((u, g, more)), _) => (*u, *g, more.clone()),
        (None, Some((u, g))) => (u, g, vec![]),
        (None, None) => (0, 0, vec![]),
    };
    let who = format!("{uid}:{gid}");
    // A new path: EFS creates it owned by the user.
    let fix = format!(
        "efsctl access-point create {fs} --path {} --uid {uid} --gid {gid} --owner-uid {uid} --owner-gid {gid} --permissions 0755",
        if ap.path == "/" { "/data".to_string() } else { format!("{}-{uid}", ap.path) }
    );
    let dir = ap.root.or(if ap.root_known { ap.creation } else { None });
    match (dir, ap.creation) {
        (Some(d), _) if may_write((uid, gid, &groups), d) => finding(
            "access point",
            Verdict::Pass,
            format!("{} roots at {} ({}:{} {:o}); {who} may write", ap.id, ap.path, d.0, d.1, d.2),
            None,
        ),
        (Some(d), _) => finding(
            "access point",
            Verdict::Fail,
            format!("{} roots at {} owned by {}:{} mode {:o}: {who} cannot write there", ap.id, ap.path, d.0, d.1, d.2),
            Some(fix),
        ),
        (None, Some(c)) if may_write((uid, gid, &groups), c) => finding(
            "access point",
            Verdict::Warn,
            format!(
                "{} roots at {}, made as {}:{} {:o} if missing, which {who} may write (the API does not show whether it exists already, owned by someone else)",
                ap.id, ap.path, c.0, c.1, c.2
            ),
            None,
        ),
        (None, Some(c)) => finding(
            "access point",
            Verdict::Fail,
            format!("{} roots at {}, made as {}:{} {:o}: {who} cannot write there", ap.id, ap.path, c.0, c.1, c.2),
            Some(fix),
        ),
        (None, None) => finding(
            "access point",
            if ap.path == "/" { Verdict::Pass } else { Verdict::Warn },
            format!(
                "{} roots at {} with no creation info: the directory must exist and be writable by {who}",
                ap.id, ap.path
            ),
            None,
        ),
    }
}

/// Whether any check failed.
pub fn failed(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.verdict == Verdict::Fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cidr(s: &str) -> Cidr {
        s.parse().unwrap()
    }

    fn allow_all(egress: bool) -> AclEntry {
        AclEntry { rule_number: 100, egress, protocol: "-1".into(), allow: true, cidr: cidr("0.0.0.0/0"), ports: None }
    }

    fn subnet(id: &str, az: &str, block: &str) -> Subnet {
        Subnet {
            id: id.into(),
            vpc_id: "vpc-1".into(),
            az: az.into(),
            cidr: cidr(block),
            acl_id: "acl-1".into(),
            acl: vec![allow_all(false), allow_all(true)],
        }
    }

    fn nfs_from(group: &str) -> Group {
        Group {
            id: "sg-mt".into(),
            ingress: vec![SgRule {
                protocol: "tcp".into(),
                from_port: 2049,
                to_port: 2049,
                cidr: None,
                group: Some(group.into()),
            }],
            egress: vec![],
        }
    }

    fn situation() -> Situation {
        Situation {
            fs_id: "fs-1".into(),
            fs_state: "available".into(),
            mount_targets: vec![MountTarget {
                id: "fsmt-1".into(),
                state: "available".into(),
                ip: "172.31.0.4".parse().unwrap(),
                subnet: subnet("subnet-a", "us-east-1a", "172.31.0.0/20"),
                groups: vec![nfs_from("sg-client")],
            }],
            vpc: Some(Vpc { id: "vpc-1".into(), dns_support: true, dns_hostnames: true }),
            policy: None,
            context: ClientContext::default(),
            account: crate::model::ACCOUNT_ID.into(),
            access_point: None,
            client: Client {
                az: Some("us-east-1a".into()),
                groups: vec![Group {
                    id: "sg-client".into(),
                    ingress: vec![],
                    egress: vec![SgRule {
                        protocol: "-1".into(),
                        from_port: 0,
                        to_port: 0,
                        cidr: Some(cidr("0.0.0.0/0")),
                        group: None,
                    }],
                }],
                ..Default::default()
            },
        }
    }

    #[test]
    fn a_healthy_setup_passes_every_check() {
        let f = diagnose(&situation());
        assert!(f.iter().all(|f| f.verdict == Verdict::Pass), "{f:#?}");
        assert!(!failed(&f));
    }

    #[test]
    fn each_break_is_named_with_its_fix() {
        let mut s = situation();
        s.client.az = Some("us-east-1b".into());
        let f = diagnose(&s);
        assert_eq!(f[1].verdict, Verdict::Fail);
        assert_eq!(f[1].fix.as_deref(), Some("efsctl mount-target create fs-1 --az us-east-1b"));

        let mut s = situation();
        s.mount_targets[0].groups = vec![nfs_from("sg-other")];
        let sg = diagnose(&s).into_iter().find(|f| f.check == "security groups").unwrap();
        assert_eq!(
            (sg.verdict, sg.fix.as_deref()),
            (Verdict::Fail, Some("efsctl sg setup fs-1 --client-sg sg-client"))
        );

        let mut s = situation();
        s.mount_targets[0].subnet.acl.insert(
            0,
            AclEntry {
                rule_number: 50,
                egress: false,
                protocol: "6".into(),
                allow: false,
                cidr: cidr("0.0.0.0/0"),
                ports: Some((2049, 2049)),
            },
        );
        let acl = diagnose(&s).into_iter().find(|f| f.check == "network ACL (mount target subnet)").unwrap();
        assert_eq!(acl.verdict, Verdict::Fail);
        assert!(acl.evidence.contains("rule 50"), "{}", acl.evidence);
        assert!(
            acl.fix
                .as_deref()
                .unwrap()
                .contains("--ingress --rule-number 40 --protocol tcp --port-range From=2049,To=2049"),
            "{:?}",
            acl.fix
        );

        let mut s = situation();
        s.vpc = Some(Vpc { id: "vpc-1".into(), dns_support: false, dns_hostnames: true });
        let dns = diagnose(&s).into_iter().find(|f| f.check == "VPC DNS").unwrap();
        assert!(dns.fix.unwrap().starts_with("aws ec2 modify-vpc-attribute --vpc-id vpc-1 --enable-dns-support"));
    }

    #[test]
    fn iam_is_suggested_for_the_file_systems_own_account() {
        let mut s = situation();
        s.account = "999999999999".into();
        s.policy = Some(
            crate::model::policy::parse(
                r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::999999999999:root"},"Action":"elasticfilesystem:ClientMount"}]}"#,
            )
            .unwrap(),
        );
        let f = diagnose(&s).into_iter().find(|f| f.check == "file-system policy").unwrap();
        assert_eq!(f.fix.as_deref(), Some("efsctl mount fs-1 DIR --iam"), "{f:?}");
    }

    #[test]
    fn a_client_in_another_vpc_needs_peering_and_the_address() {
        let mut s = situation();
        let mut other = subnet("subnet-b", "us-east-1a", "10.1.0.0/24");
        other.vpc_id = "vpc-2".into();
        s.client.subnet = Some(other);
        let f = diagnose(&s).into_iter().find(|f| f.check == "same VPC").unwrap();
        assert_eq!(f.verdict, Verdict::Fail);
        assert!(f.fix.unwrap().contains("--mount-target-ip 172.31.0.4"));
    }

    #[test]
    fn replies_need_the_ephemeral_ports_out() {
        let mut s = situation();
        // Only 2049 allowed out: the replies to the client's ports are dropped.
        s.mount_targets[0].subnet.acl = vec![
            allow_all(false),
            AclEntry {
                rule_number: 100,
                egress: true,
                protocol: "6".into(),
                allow: true,
                cidr: cidr("0.0.0.0/0"),
                ports: Some((2049, 2049)),
            },
        ];
        let acl = diagnose(&s).into_iter().find(|f| f.check == "network ACL (mount target subnet)").unwrap();
        assert_eq!(acl.verdict, Verdict::Fail);
        assert!(acl.evidence.contains("out to") && acl.evidence.contains("1024-65535"), "{}", acl.evidence);
    }

    #[test]
    fn the_first_matching_rule_decides() {
        let ip: Ipv4Addr = "10.0.0.5".parse().unwrap();
        let entries = vec![
            AclEntry {
                rule_number: 200,
                egress: false,
                protocol: "-1".into(),
                allow: true,
                cidr: cidr("0.0.0.0/0"),
                ports: None,
            },
            AclEntry {
                rule_number: 100,
                egress: false,
                protocol: "6".into(),
                allow: false,
                cidr: cidr("10.0.0.0/24"),
                ports: Some((2000, 2100)),
            },
        ];
        assert_eq!(acl_decides(&entries, false, 2049, ip), (false, Some(100)));
        assert_eq!(acl_decides(&entries, false, 22, ip), (true, Some(200)));
        assert_eq!(acl_decides(&entries, true, 22, ip), (false, None), "nothing matches: denied");
    }

    proptest::proptest! {
        /// Probing only where rules start and end finds a denied port whenever one exists.
        #[test]
        fn probing_rule_bounds_finds_every_denied_range(
            rules in proptest::collection::vec((1i32..300, proptest::bool::ANY, 1000i32..66000, 0i32..5000), 0..6),
        ) {
            let entries: Vec<AclEntry> = rules
                .iter()
                .map(|(n, allow, from, len)| AclEntry {
                    rule_number: *n,
                    egress: true,
                    protocol: "6".into(),
                    allow: *allow,
                    cidr: cidr("0.0.0.0/0"),
                    ports: Some((*from, from + len)),
                })
                .collect();
            let ip: Ipv4Addr = "10.0.0.1".parse().unwrap();
            let any_denied = (EPHEMERAL.0..=EPHEMERAL.1).any(|p| !acl_decides(&entries, true, p, ip).0);
            proptest::prop_assert_eq!(acl_denies_range(&entries, true, EPHEMERAL, ip).is_some(), any_denied);
        }
    }

    #[test]
    fn writability_follows_the_mode_bits() {
        assert!(may_write((1000, 1000, &[]), (1000, 0, 0o755)));
        assert!(!may_write((1001, 1000, &[]), (1000, 1000, 0o755)));
        assert!(may_write((1001, 1000, &[]), (1000, 1000, 0o775)));
        assert!(may_write((1001, 5, &[1000]), (1000, 1000, 0o770)));
        assert!(may_write((0, 0, &[]), (1000, 1000, 0o700)), "root writes anywhere (unless squashed)");
    }
}
