//! The local data plane: FUSE mounts served by the daemon. `plan` checks what AWS would
//! before a client can mount (mount target in the AZ, security groups admitting NFS, the
//! file-system policy); `DataPlane` owns the storage engines and FUSE sessions.

use std::collections::HashMap;
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use efsctl_control::api::{MountRequest, MountSpec, RefusalKind, Refused};
use efsctl_core::lifecycle::Policy;
use serde::{Deserialize, Serialize};

use super::faults::Faults;
use super::mountpoint::{MountPoint, abort, detach, is_busy, is_mount_point, unmount_dir, users_may_allow_other};
use super::records::Record;
use super::store::{Store, World};
use efsctl_core::clock::Clock;
use efsctl_core::model::ids::{IdKind, access_point_arn, parse_id_or_arn};
use efsctl_core::model::modes::{LifeCycleState, PerformanceMode};
use efsctl_core::model::network::Cidr;
use efsctl_core::model::policy::{self, ClientContext};
use efsctl_core::throughput::{self, Bucket, ClientPipe, IopsPipes, Op, Profile};
use efsctl_fs::fuse::{FuseFs, Peers};
use efsctl_fs::storage::Storage;
use efsctl_fs::vfs::{Errno, Groups, Identity, Io, IoCounters, Meta, MountContext, Throttle, Vfs, access_point_root};

/// Read-ahead for EFS mounts, as efs-utils sets it (its udev rule raises an NFS mount's to
/// 15 MiB): sequential reads then reach storage as 1 MiB requests, several in flight.
const READ_AHEAD_KB: u32 = 15 * 1024;

/// Raises the read-ahead of the FUSE mount on `dir` to `READ_AHEAD_KB`. FUSE starts at 128 KiB
/// and cannot ask for more in its handshake; the kernel's knob is root's (elsewhere it stays).
fn raise_readahead(dir: &Path) {
    use std::os::unix::fs::MetadataExt;
    // The stat also waits for the session's handshake, whose reply would lower it again.
    let dev = match std::fs::metadata(dir) {
        Ok(m) => m.dev(),
        Err(e) => return tracing::debug!("read-ahead of {}: {e}", dir.display()),
    };
    let knob = format!("/sys/class/bdi/{}:{}/read_ahead_kb", libc::major(dev), libc::minor(dev));
    if let Err(e) = std::fs::write(&knob, READ_AHEAD_KB.to_string()) {
        tracing::debug!("read-ahead of {}: {knob}: {e}", dir.display());
    }
}

/// The kernel offers FUSE over io_uring (Linux 6.14+) to FUSE servers only while this is on, and
/// it starts off. Mounts ask for it (`FuseFs::init`): each request is then answered by a thread
/// on the CPU that made it. Servers that do not ask are unaffected. Root's knob; elsewhere, or
/// on older kernels, mounts use /dev/fuse.
const IO_URING_KNOB: &str = "/sys/module/fuse/parameters/enable_uring";

fn offer_io_uring() {
    match std::fs::read_to_string(IO_URING_KNOB) {
        Ok(v) if v.trim() == "N" => match std::fs::write(IO_URING_KNOB, "Y") {
            Ok(()) => tracing::info!("FUSE over io_uring turned on ({IO_URING_KNOB})"),
            Err(e) => tracing::debug!("FUSE over io_uring stays off: {IO_URING_KNOB}: {e}"),
        },
        Ok(_) => {}
        Err(e) => tracing::debug!("no FUSE over io_uring in this kernel: {IO_URING_KNOB}: {e}"),
    }
}

/// Ends a session whose mount is gone or going. EINVAL: already unmounted (by `unmount`, or by
/// hand); the session's threads end as the kernel closes it.
fn end_session(dir: &str, session: fuser::BackgroundSession) {
    if let Err(e) = session.umount_and_join()
        && e.raw_os_error() != Some(libc::EINVAL)
    {
        tracing::warn!("unmounting {dir}: {e}");
    }
}

/// Why a mount was refused: an efs-utils-like message, a hint and the kind of refusal.
pub type MountError = Refused;

fn refuse(code: &str, kind: RefusalKind, message: impl Into<String>, hint: impl Into<String>) -> MountError {
    Refused::new(kind, code, message).with_hint(hint)
}

/// What a permitted mount looks like: the spec to persist and how the mount sees files.
#[derive(Debug, Clone)]
pub struct MountPlan {
    pub spec: MountSpec,
    pub enforced: Option<Identity>,
    /// Access point root path and, if EFS may create it, (uid, gid, mode).
    pub root_path: String,
    pub creation: Option<(u32, u32, u32)>,
    pub profile: Profile,
    /// Max I/O adds latency to every metadata operation.
    pub performance: PerformanceMode,
}

/// Does `group` admit TCP 2049 from `client_group` or from `client_ip`?
/// Whether group `g` admits NFS from the client: the doctor's rule, on the stored group.
fn admits_nfs(g: &super::records::SecurityGroup, client_group: &str, client_ip: Ipv4Addr) -> bool {
    use efsctl_core::doctor::{NFS_PORT, SgRule, sg_rule_admits};
    g.rules.iter().filter(|r| !r.egress).any(|r| {
        let rule = SgRule {
            protocol: r.protocol.clone(),
            from_port: r.from_port,
            to_port: r.to_port,
            cidr: r.cidr.as_deref().and_then(|c| c.parse::<Cidr>().ok()),
            group: r.group_id.clone(),
        };
        sg_rule_admits(&rule, NFS_PORT, Cidr::new(client_ip, 32), &[client_group])
    })
}

/// Checks a mount request the way AWS and efs-utils would, against the current state.
pub fn plan(world: &World, req: &MountRequest, now: f64) -> Result<MountPlan, MountError> {
    let dns = |az: Option<&str>| {
        format!(
            "{}{}.efs.{}.amazonaws.com",
            az.map(|a| format!("{a}.")).unwrap_or_default(),
            req.file_system_id,
            req.region
        )
    };
    let fs_id = parse_id_or_arn(IdKind::FileSystem, &req.file_system_id).ok_or_else(|| {
        refuse(
            "InvalidFileSystemId",
            RefusalKind::Invalid,
            format!("mount.efs: '{}' is not a file system id", req.file_system_id),
            "name the file system by id (fs-…)",
        )
    })?;
    let fs =
        world.file_systems.get(&fs_id).filter(|f| f.region == req.region && !f.life.is_gone(now)).ok_or_else(|| {
            refuse(
                "FileSystemNotFound",
                RefusalKind::NotFound,
                format!("mount.efs: Failed to resolve \"{}\" - check that your file system ID is correct", dns(None)),
                "list file systems with `efsctl ls`",
            )
        })?;
    let state = super::efs::file_system_state(fs, now);
    if state != LifeCycleState::Available && state != LifeCycleState::Updating {
        return Err(refuse(
            "IncorrectFileSystemLifeCycleState",
            RefusalKind::Conflict,
            format!("mount.efs: file system {fs_id} is {state}"),
            "wait until it is available (`efsctl describe FS`)",
        ));
    }
    let mut targets: Vec<&super::records::MountTarget> =
        world.mount_targets.values().filter(|m| m.file_system_id == fs_id && !m.life.is_gone(now)).collect();
    targets.sort_by(|a, b| a.availability_zone.cmp(&b.availability_zone));
    let az = match &req.availability_zone {
        Some(az) => {
            let zones: Vec<String> = efsctl_core::model::regions::find(&req.region).map(|r| r.zones().into_iter().map(|z| z.name).collect()).unwrap_or_default();
            if !zones.contains(az) {
                return Err(refuse("InvalidAvailabilityZone", RefusalKind::Invalid, format!("mount.efs: '{}' is not an Availability Zone of {}", efsctl_core::model::clipped(az, 64), req.region), format!("give one of {}", zones.join(", "))));
            }
            az.clone()
        }
        None => targets.first().map(|m| m.availability_zone.clone()).ok_or_else(|| {
            refuse(
                "NoMountTarget",
                RefusalKind::Conflict,
                format!("mount.efs: Failed to resolve \"{}\" - check that your file system ID is correct, and ensure that the VPC has an EFS mount target for this file system ID.", dns(None)),
                format!("create a mount target: `efsctl mount-target create {fs_id}`"),
            )
        })?,
    };
    // By address: the mount target at that IP, which must be in the client's AZ.
    if let Some(ip) = &req.mount_target_ip {
        let by_ip = targets.iter().find(|m| &m.ip_address == ip).ok_or_else(|| {
            refuse(
                "NoMountTarget",
                RefusalKind::Conflict,
                format!(
                    "mount.nfs4: Connection timed out (no mount target of {fs_id} has the address {})",
                    efsctl_core::model::clipped(ip, 64)
                ),
                format!("list the mount targets and their addresses: `efsctl mount-target ls {fs_id}`"),
            )
        })?;
        if by_ip.availability_zone != az {
            return Err(refuse(
                "MountTargetInOtherAz",
                RefusalKind::Invalid,
                format!("mount target {} at {ip} is in {}, not the client's {az}", by_ip.id, by_ip.availability_zone),
                format!("mount the address of the mount target in {az}, or pass --az {}", by_ip.availability_zone),
            ));
        }
    }
    let mt = targets.iter().find(|m| m.availability_zone == az).ok_or_else(|| {
        refuse(
            "NoMountTarget",
            RefusalKind::Conflict,
            format!(
                "mount.efs: Failed to resolve \"{}\" - there is no mount target for {fs_id} in {az}",
                dns(Some(&az))
            ),
            format!(
                "create one: `efsctl mount-target create {fs_id} --az {az}`, or mount from an AZ that has one (--az)"
            ),
        )
    })?;
    if mt.life.state(now) != LifeCycleState::Available {
        return Err(refuse(
            "MountTargetNotAvailable",
            RefusalKind::Conflict,
            format!("mount.efs: mount target {} is {}", mt.id, mt.life.state(now)),
            "wait until it is available (EFS mount targets take about 90 seconds)",
        ));
    }
    let groups: Vec<&super::records::SecurityGroup> = world
        .network_interfaces
        .get(&mt.network_interface_id)
        .map(|e| e.groups.iter().filter_map(|g| world.security_groups.get(g)).collect())
        .unwrap_or_default();
    let client_group = match &req.client_security_group {
        Some(g) => {
            world.security_groups.get(g).filter(|sg| sg.vpc_id == mt.vpc_id).map(|sg| sg.id.clone()).ok_or_else(
                || {
                    refuse(
                        "SecurityGroupNotFound",
                        RefusalKind::Invalid,
                        format!("security group {g} does not exist in {}", mt.vpc_id),
                        "pass a group of the mount target's VPC with --client-sg",
                    )
                },
            )?
        }
        None => world
            .security_groups
            .values()
            .find(|g| g.vpc_id == mt.vpc_id && g.name == "default")
            .map(|g| g.id.clone())
            .unwrap_or_default(),
    };
    // The client is an instance in the mount target's subnet; it takes the subnet's last address.
    let client_ip = world
        .subnets
        .get(&mt.subnet_id)
        .and_then(|s| s.cidr.parse::<Cidr>().ok())
        .and_then(|c| c.assignable().last())
        .unwrap_or(Ipv4Addr::UNSPECIFIED);
    if !groups.iter().any(|g| admits_nfs(g, &client_group, client_ip)) {
        return Err(refuse(
            "SecurityGroupBlocksNfs",
            RefusalKind::Denied,
            format!(
                "mount.nfs4: Connection timed out (mount target {} at {} does not admit TCP 2049 from {client_group} / {client_ip})",
                mt.id, mt.ip_address
            ),
            format!(
                "its security groups ({}) need an inbound rule for TCP 2049 from the client; run `efsctl sg setup {fs_id} --client-sg {client_group}`",
                groups.iter().map(|g| g.id.as_str()).collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    // The network ACLs of the mount target's subnet, and the VPC's DNS: a blocked mount times
    // out, as a real one would, and says why.
    let mt_ip: Ipv4Addr = mt.ip_address.parse().unwrap_or(Ipv4Addr::UNSPECIFIED);
    let network = world
        .subnets
        .get(&mt.subnet_id)
        .and_then(|s| super::ec2::acls::doctor_subnet(world, s))
        .map(|s| efsctl_core::doctor::network_acl_findings(&s, None, mt_ip, s.cidr))
        .unwrap_or_default();
    if let Some(f) = network.into_iter().find(|f| f.verdict == efsctl_core::doctor::Verdict::Fail) {
        return Err(refuse(
            "NetworkAclBlocksNfs",
            RefusalKind::Denied,
            format!("mount.nfs4: Connection timed out ({}: {})", f.check, f.evidence),
            f.fix.unwrap_or_default(),
        ));
    }
    if let Some(v) = world.vpcs.get(&mt.vpc_id)
        && req.mount_target_ip.is_none()
        && !(v.dns_support() && v.dns_hostnames())
    {
        let flag = if v.dns_support() { "--enable-dns-hostnames" } else { "--enable-dns-support" };
        return Err(refuse(
            "DnsNotResolved",
            RefusalKind::Denied,
            format!(
                "mount.efs: Failed to resolve \"{}\" - the VPC {} has DNS {} off",
                dns(Some(&az)),
                v.id,
                if v.dns_support() { "hostnames" } else { "support" }
            ),
            format!(
                "turn it on: `aws ec2 modify-vpc-attribute --vpc-id {} {flag}`, or mount by address: --mount-target-ip {}",
                v.id, mt.ip_address
            ),
        ));
    }
    let ap = match &req.access_point_id {
        None => None,
        Some(ap) => {
            let id = parse_id_or_arn(IdKind::AccessPoint, ap).unwrap_or_default();
            let found = world.access_points.get(&id).filter(|a| a.region == req.region && !a.life.is_gone(now));
            match found {
                Some(a) if a.file_system_id == fs_id => Some(a),
                Some(a) => {
                    return Err(refuse(
                        "AccessPointMismatch",
                        RefusalKind::Invalid,
                        format!("mount.efs: access point {} belongs to {}, not {fs_id}", a.id, a.file_system_id),
                        "use an access point of this file system",
                    ));
                }
                None => {
                    return Err(refuse(
                        "AccessPointNotFound",
                        RefusalKind::NotFound,
                        format!("mount.efs: access point {ap} does not exist"),
                        format!("list access points with `efsctl access-point ls {fs_id}`"),
                    ));
                }
            }
        }
    };
    let ctx = ClientContext {
        principal: req.iam.then(|| format!("arn:aws:iam::{}:root", efsctl_core::model::ACCOUNT_ID)),
        secure_transport: req.tls,
        access_point_arn: ap.map(|a| access_point_arn(&a.region, &a.id)),
    };
    // A stored policy this version cannot read (put by an older one) denies rather than
    // being taken for no policy at all.
    let parsed = fs.policy.as_deref().map(policy::parse).transpose().map_err(|e| {
        refuse(
            "AccessDenied",
            RefusalKind::Denied,
            format!("mount.nfs4: access denied by server while mounting (the file-system policy cannot be read: {e})"),
            format!("put a valid policy again: `efsctl policy get {fs_id}` shows it, `efsctl policy set` replaces it"),
        )
    })?;
    let grants = policy::client_grants(parsed.as_ref(), &ctx);
    if !grants.mount {
        let mut needs = Vec::new();
        if !req.tls {
            needs.push("--tls");
        }
        if !req.iam {
            needs.push("--iam");
        }
        return Err(refuse(
            "AccessDenied",
            RefusalKind::Denied,
            "mount.nfs4: access denied by server while mounting (the file-system policy does not grant elasticfilesystem:ClientMount)",
            if needs.is_empty() {
                format!("review the policy: `efsctl policy get {fs_id}`")
            } else {
                format!("the policy may require {}; see `efsctl policy get {fs_id}`", needs.join(" and "))
            },
        ));
    }
    let enforced = ap.and_then(|a| a.posix_user.as_ref()).map(|u| Identity {
        uid: u.uid as u32,
        gid: u.gid as u32,
        groups: Groups::Known(u.secondary_gids.iter().map(|g| *g as u32).collect()),
    });
    let creation = ap
        .and_then(|a| a.root_directory.creation_info.as_ref())
        .map(|c| (c.owner_uid as u32, c.owner_gid as u32, u32::from_str_radix(&c.permissions, 8).unwrap_or(0o755)));
    Ok(MountPlan {
        spec: MountSpec {
            directory: req.directory.clone(),
            file_system_id: fs_id,
            region: req.region.clone(),
            mount_target_id: mt.id.clone(),
            availability_zone: az,
            access_point_id: ap.map(|a| a.id.clone()),
            // Read-only as asked, or because the policy grants no ClientWrite.
            read_only: req.read_only || !grants.write,
            root_squashed: !grants.root,
            tls: req.tls,
            iam: req.iam,
            allow_other: req.allow_other,
            client_security_group: req.client_security_group.clone(),
            mount_target_ip: req.mount_target_ip.clone(),
            mounted_at: now,
        },
        enforced,
        root_path: ap.map(|a| a.root_directory.path.clone()).unwrap_or_else(|| "/".into()),
        creation,
        profile: profile_of(fs),
        performance: fs.performance_mode,
    })
}

/// Storage engine, I/O counters and throughput state of one file system, shared by all its
/// mounts (credits and limits are per file system, as on EFS).
pub struct FileSystemData {
    pub storage: Arc<Storage>,
    pub counters: Arc<IoCounters>,
    pub bucket: Mutex<Bucket>,
    pub profile: Mutex<Profile>,
    /// Its lifecycle configuration, as the API last set it: what sweeps move, and whether a
    /// read through a mount moves a file back to Standard.
    pub lifecycle: Arc<Mutex<Policy>>,
    /// Its mounts, which keep each other's cached names current.
    pub peers: Arc<Peers>,
    /// Its operations against its IOPS limits.
    pub iops: Mutex<IopsPipes>,
    /// What its operations metered since it was opened.
    pub metered: Mutex<Metered>,
}

/// Bytes a file system's operations metered, summed (the sampler reports what they grew by):
/// with EFS's minimums (TotalIOBytes), after the read discount (MeteredIOBytes), and the
/// metadata part of the first by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Metered {
    pub total: f64,
    pub metered: f64,
    pub metadata_read: f64,
    pub metadata_write: f64,
}

/// A file system's burst-credit balance and when it was taken, kept beside its storage
/// (`fs/<id>/credits.json`) so credits carry over a restart.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
struct SavedCredits {
    balance: f64,
    at: f64,
}

impl SavedCredits {
    const FILE: &str = "credits.json";

    fn load(dir: &Path) -> Option<Self> {
        let text = std::fs::read(dir.join(Self::FILE)).ok()?;
        serde_json::from_slice(&text).ok().filter(|c: &Self| c.balance.is_finite() && c.at.is_finite())
    }

    /// Replaces the saved balance whole (a crash leaves the old one or the new one).
    fn save(&self, dir: &Path) -> std::io::Result<()> {
        let tmp = dir.join("credits.json.tmp");
        std::fs::write(&tmp, serde_json::to_vec(self).map_err(std::io::Error::other)?)?;
        std::fs::rename(tmp, dir.join(Self::FILE))
    }
}

/// The throughput model as the data plane's throttle: each read or write waits as EFS would
/// make it wait (virtual seconds scaled to real ones by the clock's speed).
/// One mount is one client: besides the file system's limits, it has EFS's per-client limit.
struct ModelThrottle {
    data: Arc<FileSystemData>,
    client: Mutex<ClientPipe>,
    clock: Arc<dyn Clock>,
    /// `false` (`--no-throughput-limits`): account as usual, never wait.
    enforce: bool,
    /// Extra latency of a metadata operation (virtual seconds), by performance mode.
    metadata_latency: f64,
    /// Injected faults, and what of them this mount meets: its file system, AZ and mount target.
    faults: Arc<Faults>,
    file_system_id: String,
    availability_zone: String,
    mount_target_id: String,
}

impl Throttle for ModelThrottle {
    fn admit(&self, io: Io, bytes: u64) -> std::time::Duration {
        let op = match io {
            Io::Read => Op::Read,
            Io::ColdRead => Op::ColdRead,
            Io::Write => Op::Write,
        };
        let now = self.clock.now();
        let (profile, fs_wait) = self.charge(op, bytes, now);
        let client_wait =
            self.client.lock().unwrap_or_else(|e| e.into_inner()).admit(now, bytes as f64, profile.per_client());
        self.real(if self.enforce { fs_wait.max(client_wait) } else { 0.0 })
    }

    fn metadata(&self, kind: Meta) {
        let op = match kind {
            Meta::Read => Op::MetadataRead,
            Meta::Write => Op::MetadataWrite,
        };
        self.charge(op, 0, self.clock.now());
    }

    fn metadata_wait(&self) -> std::time::Duration {
        if !self.enforce {
            return std::time::Duration::ZERO;
        }
        let now = self.clock.now();
        let busy = self.data.bucket.lock().unwrap_or_else(|e| e.into_inner()).busy_until;
        let iops = self.data.iops.lock().unwrap_or_else(|e| e.into_inner()).busy_until();
        self.real((busy.max(iops) - now).max(0.0) + self.metadata_latency)
    }

    fn inject(&self, write: bool) -> Result<std::time::Duration, Errno> {
        // A hard NFS mount waits for its mount target to answer again.
        while self.faults.unreachable(&self.availability_zone, &self.mount_target_id).is_some() {
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        self.faults.on_io(&self.file_system_id, write).map_err(Errno)
    }
}

impl ModelThrottle {
    /// Meters operation `op` of `bytes` at `now` and queues it behind the file system's
    /// throughput and IOPS; returns the profile it was judged by and how long it must wait.
    fn charge(&self, op: Op, bytes: u64, now: f64) -> (Profile, f64) {
        let d = &self.data;
        let profile = *d.profile.lock().unwrap_or_else(|e| e.into_inner());
        let metered = throughput::metered_bytes(&profile, op, bytes);
        let total = throughput::total_bytes(profile.mode, op, bytes);
        {
            let mut m = d.metered.lock().unwrap_or_else(|e| e.into_inner());
            m.total += total;
            m.metered += metered;
            match op {
                Op::MetadataRead => m.metadata_read += total,
                Op::MetadataWrite => m.metadata_write += total,
                _ => {}
            }
        }
        let read_bytes = if matches!(op, Op::Read | Op::ColdRead) { bytes as f64 } else { 0.0 };
        let fs_wait = d.bucket.lock().unwrap_or_else(|e| e.into_inner()).admit(&profile, now, metered, read_bytes);
        let iops_wait =
            profile.iops.map_or(0.0, |l| d.iops.lock().unwrap_or_else(|e| e.into_inner()).admit(&l, now, op));
        (profile, fs_wait.max(iops_wait))
    }

    /// A wait on the virtual clock in real time.
    fn real(&self, virtual_secs: f64) -> std::time::Duration {
        std::time::Duration::from_secs_f64((virtual_secs / self.clock.speed()).min(3600.0))
    }
}

/// The model's view of a file system record.
pub fn profile_of(fs: &super::records::FileSystem) -> Profile {
    Profile::new(
        &fs.region,
        fs.throughput_mode,
        fs.provisioned_mibps,
        fs.size.standard as f64,
        fs.availability_zone.is_some(),
        fs.performance_mode,
    )
}

pub struct DataPlane {
    dir: PathBuf,
    throughput_limits: bool,
    /// Faults injected into mounts and the API (`efsctl emulator fault`).
    pub faults: Arc<Faults>,
    file_systems: Mutex<HashMap<String, Arc<FileSystemData>>>,
    sessions: Mutex<HashMap<String, fuser::BackgroundSession>>,
    /// The daemon's runtime: its timers send the replies the model holds back.
    runtime: tokio::runtime::Handle,
}

fn internal(message: String) -> MountError {
    refuse(
        "MountFailed",
        RefusalKind::Unavailable,
        message,
        "see the emulator log (`efsctl emulator status` shows where)",
    )
}

/// Why this process cannot use FUSE, with what to do, if it cannot: the kernel device must
/// exist and open for the emulator's user (fusermount3 opens it as that user too), and a user
/// other than root needs fuse3's setuid fusermount3 to mount.
fn fuse_unavailable() -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::metadata("/dev/fuse") else {
        return Some("there is no /dev/fuse: load the fuse module (modprobe fuse) or, in a container, pass the device in (--device /dev/fuse)".into());
    };
    // SAFETY: geteuid has no preconditions.
    let uid = unsafe { libc::geteuid() };
    if std::fs::OpenOptions::new().read(true).write(true).open("/dev/fuse").is_err() {
        let mode = meta.permissions().mode() & 0o777;
        return Some(format!(
            "/dev/fuse (mode {mode:o}) does not open for the emulator's user (uid {uid}): run efsctl as root, or open FUSE to users as Debian does (as root: chmod 0666 /dev/fuse)"
        ));
    }
    let helper = ["/usr/bin/fusermount3", "/bin/fusermount3", "/usr/local/bin/fusermount3"];
    (uid != 0 && !helper.iter().any(|p| std::path::Path::new(p).exists()))
        .then(|| "mounting as a user other than root needs fusermount3: install fuse3 (apt-get install fuse3), or run efsctl as root".into())
}

/// What to hand the FUSE mount: as root (mount(2) here) the opened directory itself; else
/// fusermount3, another process, takes the path and checks the caller's rights on it again.
fn mount_target(point: &MountPoint, dir: &Path) -> PathBuf {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 { point.handle() } else { dir.to_path_buf() }
}

impl DataPlane {
    pub fn new(data_dir: &Path, throughput_limits: bool) -> Self {
        let runtime = tokio::runtime::Handle::current();
        offer_io_uring();
        DataPlane {
            dir: data_dir.join("fs"),
            throughput_limits,
            faults: Arc::new(Faults::default()),
            file_systems: Mutex::new(HashMap::new()),
            sessions: Mutex::new(HashMap::new()),
            runtime,
        }
    }

    /// The storage of `fs_id`, opened on first use.
    pub fn file_system(
        &self,
        fs_id: &str,
        profile: Profile,
        now: f64,
    ) -> Result<Arc<FileSystemData>, efsctl_fs::storage::StorageError> {
        let mut map = self.file_systems.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(d) = map.get(fs_id) {
            return Ok(d.clone());
        }
        let dir = self.dir.join(fs_id);
        let storage = Arc::new(Storage::open(&dir, now)?);
        // Credits carry over a daemon restart: the saved balance, accrued to now.
        let mut bucket = Bucket::new(now);
        if let Some(saved) = SavedCredits::load(&dir) {
            bucket = Bucket { balance: saved.balance, last: saved.at, busy_until: saved.at };
            bucket.balance = bucket.balance_at(&profile, now);
            bucket.last = now;
            bucket.busy_until = now;
        }
        let d = Arc::new(FileSystemData {
            storage,
            counters: Arc::new(IoCounters::default()),
            bucket: Mutex::new(bucket),
            profile: Mutex::new(profile),
            lifecycle: Arc::default(),
            peers: Arc::default(),
            iops: Mutex::new(IopsPipes::new(now)),
            metered: Mutex::default(),
        });
        map.insert(fs_id.to_string(), d.clone());
        Ok(d)
    }

    /// The storage of `fs_id` if it has any on disk (it was mounted at least once).
    pub fn existing(
        &self,
        fs_id: &str,
        profile: Profile,
        now: f64,
    ) -> Result<Option<Arc<FileSystemData>>, efsctl_fs::storage::StorageError> {
        let known = self.file_systems.lock().unwrap_or_else(|e| e.into_inner()).contains_key(fs_id);
        if !known && !self.dir.join(fs_id).join("meta.db").exists() {
            return Ok(None);
        }
        self.file_system(fs_id, profile, now).map(Some)
    }

    /// Opened file systems and their data, for size metering.
    pub fn opened(&self) -> Vec<(String, Arc<FileSystemData>)> {
        self.file_systems
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// Starts the FUSE session of a checked mount on `target` (the directory, or a handle of it).
    fn serve(&self, plan: &MountPlan, target: &Path, clock: Arc<dyn Clock>) -> Result<(), MountError> {
        let dir = Path::new(&plan.spec.directory);
        let data = self
            .file_system(&plan.spec.file_system_id, plan.profile, clock.now())
            .map_err(|e| internal(format!("cannot open the file system's storage: {e}")))?;
        let root = access_point_root(&data.storage, &plan.root_path, plan.creation, clock.now()).map_err(|e| internal(format!("cannot prepare the access point root: {e}")))?.ok_or_else(|| {
            refuse(
                "AccessDenied",
                RefusalKind::Denied,
                format!("mount.nfs4: access denied by server while mounting (the access point's root {} does not exist)", plan.root_path),
                "create the directory, or give the access point CreationInfo so EFS creates it",
            )
        })?;
        let vfs = Vfs::new(
            data.storage.clone(),
            MountContext {
                read_only: plan.spec.read_only,
                squash_root: plan.spec.root_squashed,
                enforced: plan.enforced.clone(),
                root,
            },
            data.counters.clone(),
            Arc::new(ModelThrottle {
                data: data.clone(),
                client: Mutex::new(ClientPipe::new(clock.now())),
                clock: clock.clone(),
                enforce: self.throughput_limits,
                metadata_latency: throughput::metadata_latency(plan.performance),
                faults: self.faults.clone(),
                file_system_id: plan.spec.file_system_id.clone(),
                availability_zone: plan.spec.availability_zone.clone(),
                mount_target_id: plan.spec.mount_target_id.clone(),
            }),
            clock,
            data.lifecycle.clone(),
        );
        let mut options = vec![
            fuser::MountOption::FSName(format!("{}:/", plan.spec.file_system_id)),
            fuser::MountOption::Subtype("efs".into()),
            fuser::MountOption::NoDev,
            fuser::MountOption::NoSuid,
        ];
        if plan.spec.read_only {
            options.push(fuser::MountOption::RO);
        }
        let mut config = fuser::Config::default();
        config.mount_options = options;
        // Others use the mount only when asked (and allowed, which `mount` checked).
        config.acl = if plan.spec.allow_other { fuser::SessionACL::All } else { fuser::SessionACL::Owner };
        // Two /dev/fuse request loops: while one works, the other is already waiting, so a
        // request does not wait for a sleeping thread to wake (a round trip drops from ~70 to
        // ~16 us here). With io_uring they carry only FORGETs and interrupts. The kernel orders
        // what must be ordered (it waits for a write's reply before the next read of the same
        // data); storage state is behind its own locks.
        config.n_threads = Some(2);
        let notifier = Arc::new(std::sync::OnceLock::new());
        let fs = FuseFs::new(Arc::new(vfs), self.runtime.clone(), notifier.clone(), data.peers.clone());
        let session = fuser::spawn_mount(fs, target, &config).map_err(|e| {
            let message = format!("mount.efs: FUSE mount on {} failed: {e}", dir.display());
            match fuse_unavailable() {
                Some(why) => refuse("FuseUnavailable", RefusalKind::Unavailable, message, why),
                None => internal(message),
            }
        })?;
        let _ = notifier.set(session.notifier());
        self.sessions.lock().unwrap_or_else(|e| e.into_inner()).insert(plan.spec.directory.clone(), session);
        raise_readahead(dir);
        Ok(())
    }

    /// Checks, mounts and records a new mount for local user `uid`.
    pub fn mount(
        &self,
        store: &Store,
        clock: Arc<dyn Clock>,
        mut req: MountRequest,
        uid: u32,
    ) -> Result<MountSpec, MountError> {
        let bad = |message: String, hint: &str| refuse("BadDirectory", RefusalKind::Invalid, message, hint);
        if !Path::new(&req.directory).is_absolute() {
            return Err(bad(
                format!("mount point {} is not an absolute path", req.directory),
                "give the full path (efsctl does)",
            ));
        }
        let dir = std::fs::canonicalize(&req.directory)
            .map_err(|e| bad(format!("mount point {}: {e}", req.directory), "create the directory first (mkdir -p)"))?;
        req.directory = dir.to_string_lossy().into_owned();
        // Opened once: every check below and the mount itself use this descriptor.
        let point = MountPoint::open(&dir).map_err(|e| match e.raw_os_error() {
            Some(libc::ENOTDIR) => {
                bad(format!("mount point {} is not a directory", dir.display()), "mount on an empty directory")
            }
            Some(libc::ELOOP) => bad(
                format!("mount point {} changed into a symbolic link while it was being mounted", dir.display()),
                "mount on a directory nobody else can replace",
            ),
            _ => bad(format!("mount point {}: {e}", dir.display()), "create the directory first (mkdir -p)"),
        })?;
        let owner = point.owner().map_err(|e| internal(format!("cannot read the owner of {}: {e}", dir.display())))?;
        if uid != 0 && owner != uid {
            return Err(refuse(
                "AccessDenied",
                RefusalKind::Denied,
                format!(
                    "mount point {} belongs to uid {owner}; you (uid {uid}) may mount only on directories you own",
                    dir.display()
                ),
                "mount on a directory of yours, e.g. mkdir -p ~/efs",
            ));
        }
        if req.allow_other && uid != 0 && !users_may_allow_other() {
            return Err(refuse(
                "AccessDenied",
                RefusalKind::Denied,
                "only root may let other users use a mount (--allow-other) unless /etc/fuse.conf has user_allow_other",
                "mount without --allow-other, or add user_allow_other to /etc/fuse.conf (as root)",
            ));
        }
        // A mount inside the emulator's own storage would serve the file system from itself.
        if let Some(data) = self.dir.parent().and_then(|d| std::fs::canonicalize(d).ok())
            && dir.starts_with(&data)
        {
            return Err(bad(
                format!("mount point {} is inside the emulator's data directory {}", dir.display(), data.display()),
                "mount somewhere outside it, e.g. /mnt/efs",
            ));
        }
        self.forget_unmounted(store);
        if self.sessions.lock().unwrap_or_else(|e| e.into_inner()).contains_key(&req.directory) || is_mount_point(&dir)
        {
            return Err(refuse(
                "Busy",
                RefusalKind::Conflict,
                format!("mount point {} is busy (something is mounted there)", dir.display()),
                "unmount it first: `efsctl umount DIR`",
            ));
        }
        if !point.is_empty() {
            return Err(bad(format!("mount point {} is not empty", dir.display()), "mount on an empty directory"));
        }
        let planned = plan(&store.read(), &req, clock.now()).and_then(|p| {
            match self.faults.unreachable(&p.spec.availability_zone, &p.spec.mount_target_id) {
                None => Ok(p),
                Some(f) => Err(refuse(
                    "MountTargetUnreachable",
                    RefusalKind::Denied,
                    format!(
                        "mount.nfs4: Connection timed out (mount target {} in {} does not answer: {} {})",
                        p.spec.mount_target_id,
                        p.spec.availability_zone,
                        f.id,
                        f.request.kind.as_str()
                    ),
                    format!("mount from another AZ (--az), or end the fault: `efsctl emulator fault clear {}`", f.id),
                )),
            }
        });
        let plan = match planned {
            Ok(p) => p,
            // Without preflight a blocked mount does what a real one does: nothing, until the
            // client gives up.
            Err(e) if req.no_preflight && e.kind == RefusalKind::Denied => {
                let wait = std::time::Duration::from_secs_f64(req.timeout_secs.unwrap_or(30.0).clamp(0.0, 600.0));
                std::thread::sleep(wait);
                return Err(refuse(
                    "MountTimedOut",
                    RefusalKind::Unavailable,
                    format!("mount.nfs4: timed out after {}s", wait.as_secs()),
                    format!("{} ({})", e.refusal.message, e.refusal.hint.unwrap_or_default()),
                ));
            }
            Err(e) => return Err(e),
        };
        self.serve(&plan, &mount_target(&point, &dir), clock)?;
        let spec = plan.spec.clone();
        let record = store.write(|_, changes| {
            changes.put(Record::Mount(spec.clone()));
            Ok::<_, super::db::DbError>(())
        });
        if let Err(e) = record {
            self.unmount_session(&spec.directory);
            return Err(internal(format!("cannot record the mount: {e}")));
        }
        Ok(spec)
    }

    fn unmount_session(&self, dir: &str) {
        let session = self.sessions.lock().unwrap_or_else(|e| e.into_inner()).remove(dir);
        if let Some(s) = session {
            end_session(dir, s);
        }
    }

    /// Forgets the mounts that were unmounted behind the daemon's back (a plain `umount DIR`,
    /// `fusermount -u`): their sessions end and their records go, so `efsctl mounts` shows
    /// what is really mounted and the directory can be mounted again.
    pub fn forget_unmounted(&self, store: &Store) {
        let gone: Vec<String> = {
            // Held while looking: a stat of a mount's root uses the mount until FUSE answers,
            // and `unmount` would find it busy (it waits for the sessions instead).
            let sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
            sessions.keys().filter(|dir| !is_mount_point(Path::new(dir))).cloned().collect()
        };
        for dir in gone {
            tracing::info!(%dir, "unmounted outside efsctl; its mount is forgotten");
            self.unmount_session(&dir);
            // A connection the kernel aborted leaves a dead mount that does not even stat.
            detach(Path::new(&dir));
            let forgotten = store.write(|_, changes| {
                changes.delete(super::records::Kind::Mount, &dir);
                Ok::<_, super::db::DbError>(())
            });
            if let Err(e) = forgotten {
                tracing::warn!(%dir, "cannot forget the mount record: {e}");
            }
        }
    }

    pub fn unmount(&self, store: &Store, directory: &str) -> Result<MountSpec, MountError> {
        let dir = std::fs::canonicalize(directory)
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_else(|_| directory.to_string());
        let spec = store.read().mounts.get(&dir).cloned().ok_or_else(|| {
            refuse(
                "NotMounted",
                RefusalKind::NotFound,
                format!("umount: {directory}: not mounted by efsctl"),
                "list mounts with `efsctl mounts`",
            )
        })?;
        let session = {
            // With the sessions held, the daemon's own look at its mount points
            // (`forget_unmounted`) cannot be the use that makes this one busy.
            let mut sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
            // Unmounted here first, as umount(8) would: a busy mount stays mounted, served and
            // recorded. (Anything else, e.g. someone already unmounted it by hand, goes on.)
            if unmount_dir(Path::new(&dir)).is_err_and(|e| e.raw_os_error() == Some(libc::EBUSY)) {
                return Err(refuse(
                    "Busy",
                    RefusalKind::Conflict,
                    format!("umount: {dir}: target is busy (a process has a file, or its working directory, on it)"),
                    format!("close what uses it (`fuser -vm {dir}` lists the processes) and run `efsctl umount` again"),
                ));
            }
            sessions.remove(&dir)
        };
        if let Some(s) = session {
            end_session(&dir, s);
        }
        store
            .write(|_, changes| {
                changes.delete(super::records::Kind::Mount, &dir);
                Ok::<_, super::db::DbError>(())
            })
            .map_err(|e| internal(format!("cannot record the unmount: {e}")))?;
        Ok(spec)
    }

    /// Mounts recorded before a restart come back (stale FUSE mounts of a killed daemon are detached first).
    pub fn restore(&self, store: &Store, clock: Arc<dyn Clock>) {
        let specs: Vec<MountSpec> = store.read().mounts.values().cloned().collect();
        for spec in specs {
            // A daemon killed while serving leaves a dead FUSE mount behind ("transport endpoint
            // is not connected"), which does not even stat; detach whatever is there.
            detach(Path::new(&spec.directory));
            let req = MountRequest {
                file_system_id: spec.file_system_id.clone(),
                directory: spec.directory.clone(),
                region: spec.region.clone(),
                access_point_id: spec.access_point_id.clone(),
                availability_zone: Some(spec.availability_zone.clone()),
                client_security_group: spec.client_security_group.clone(),
                read_only: spec.read_only,
                tls: spec.tls,
                iam: spec.iam,
                allow_other: spec.allow_other,
                mount_target_ip: spec.mount_target_ip.clone(),
                no_preflight: false,
                timeout_secs: None,
            };
            let dir = Path::new(&spec.directory);
            let result = plan(&store.read(), &req, clock.now()).and_then(|p| {
                let point =
                    MountPoint::open(dir).map_err(|e| internal(format!("cannot open {}: {e}", dir.display())))?;
                self.serve(&p, &mount_target(&point, dir), clock.clone())
                    .map(|()| (p.spec.read_only, p.spec.root_squashed))
            });
            match result {
                Ok((read_only, root_squashed)) => {
                    // The policy may have changed since: the record says what the mount is now.
                    if (read_only, root_squashed) != (spec.read_only, spec.root_squashed) {
                        let updated = MountSpec { read_only, root_squashed, ..spec.clone() };
                        if let Err(e) = store.write(|_, changes| {
                            changes.put(Record::Mount(updated));
                            Ok::<_, super::db::DbError>(())
                        }) {
                            tracing::warn!(dir = %spec.directory, "cannot record the restored mount: {e}");
                        }
                    }
                    tracing::info!(dir = %spec.directory, fs = %spec.file_system_id, "mount restored");
                }
                Err(e) => tracing::warn!(dir = %spec.directory, "mount not restored: {}", e.refusal.message),
            }
        }
    }

    /// Saves every opened file system's credit balance (each minute and at shutdown).
    pub fn save_credits(&self, now: f64) {
        for (id, d) in self.opened() {
            let profile = *d.profile.lock().unwrap_or_else(|e| e.into_inner());
            let balance = d.bucket.lock().unwrap_or_else(|e| e.into_inner()).balance_at(&profile, now);
            if let Err(e) = (SavedCredits { balance, at: now }).save(d.storage.dir()) {
                tracing::warn!("saving the credits of {id}: {e}");
            }
        }
    }

    /// Unmounts every session (daemon shutdown keeps the records; reset removes them).
    pub fn unmount_all(&self) {
        let dirs: Vec<String> = self.sessions.lock().unwrap_or_else(|e| e.into_inner()).keys().cloned().collect();
        for d in dirs {
            self.unmount_session(&d);
        }
    }

    /// Drops a deleted file system's mounts and stored data.
    pub fn remove_file_system(&self, store: &Store, fs_id: &str) {
        self.cut_off(store, |m| m.file_system_id == fs_id);
        self.file_systems.lock().unwrap_or_else(|e| e.into_inner()).remove(fs_id);
        let _ = std::fs::remove_dir_all(self.dir.join(fs_id));
    }

    /// Ends the mounts through a deleted mount target.
    pub fn remove_mount_target(&self, store: &Store, mount_target_id: &str) {
        self.cut_off(store, |m| m.mount_target_id == mount_target_id);
    }

    /// Ends the mounts `which` selects, as clients lose a mount target or file system that is
    /// deleted: each connection is aborted (whatever still uses it, open files or a working
    /// directory, fails with ENOTCONN), the mount detached even if busy, and forgotten. They
    /// served the deleted file system before.
    fn cut_off(&self, store: &Store, which: impl Fn(&MountSpec) -> bool) {
        let dirs: Vec<String> =
            store.read().mounts.values().filter(|m| which(m)).map(|m| m.directory.clone()).collect();
        for dir in dirs {
            abort(Path::new(&dir));
            self.unmount_session(&dir);
            let forgotten = store.write(|_, changes| {
                changes.delete(super::records::Kind::Mount, &dir);
                Ok::<_, super::db::DbError>(())
            });
            match forgotten {
                Ok(()) => tracing::info!(%dir, "unmounted: its mount target or file system was deleted"),
                Err(e) => tracing::warn!(%dir, "cannot forget the mount: {e}"),
            }
        }
    }

    /// Unmounts every recorded mount, as a reset must before it wipes. If one is busy, none is
    /// unmounted and nothing is reset (as `efsctl umount` refuses), instead of the mount
    /// staying up and serving deleted data.
    pub fn unmount_recorded(&self, store: &Store) -> Result<(), MountError> {
        let dirs: Vec<String> = store.read().mounts.keys().cloned().collect();
        let busy = {
            let _own_looks_wait = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
            dirs.iter().find(|d| is_busy(Path::new(d))).cloned()
        };
        if let Some(dir) = busy {
            return Err(refuse(
                "Busy",
                RefusalKind::Conflict,
                format!("{dir} is busy (a process has a file, or its working directory, on it); nothing was reset"),
                format!("close what uses it (`fuser -vm {dir}` lists the processes) and reset again"),
            ));
        }
        for dir in dirs {
            self.unmount(store, &dir)?;
        }
        Ok(())
    }

    /// Removes all stored file-system data (after a reset).
    pub fn wipe(&self) {
        self.unmount_all();
        self.file_systems.lock().unwrap_or_else(|e| e.into_inner()).clear();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use efsctl_core::model::modes::ThroughputMode;

    /// A clock that stands still: every operation arrives at the same instant.
    struct Still;

    impl Clock for Still {
        fn now(&self) -> f64 {
            1_000.0
        }
    }

    fn throttle(mode: ThroughputMode, one_zone: bool) -> (tempfile::TempDir, ModelThrottle) {
        let dir = tempfile::tempdir().unwrap();
        let profile = Profile::new("us-east-1", mode, Some(100.0), 0.0, one_zone, PerformanceMode::GeneralPurpose);
        let data = Arc::new(FileSystemData {
            storage: Arc::new(Storage::open(dir.path(), 0.0).unwrap()),
            counters: Arc::default(),
            bucket: Mutex::new(Bucket::new(1_000.0)),
            profile: Mutex::new(profile),
            lifecycle: Arc::default(),
            peers: Arc::default(),
            iops: Mutex::new(IopsPipes::new(1_000.0)),
            metered: Mutex::default(),
        });
        let clock: Arc<dyn Clock> = Arc::new(Still);
        let t = ModelThrottle {
            data,
            client: Mutex::new(ClientPipe::new(1_000.0)),
            clock,
            enforce: true,
            metadata_latency: 0.0,
            faults: Arc::new(Faults::default()),
            file_system_id: "fs-1".into(),
            availability_zone: "us-east-1a".into(),
            mount_target_id: "fsmt-1".into(),
        };
        (dir, t)
    }

    /// [perf] Bursting: 7,000 write IOPS. 14,000 one-byte writes at once: the last waits 2 s,
    /// though their bytes would pass in a moment.
    #[test]
    fn a_file_system_at_its_write_iops_limit_waits() {
        let (_dir, t) = throttle(ThroughputMode::Bursting, false);
        let waits: Vec<f64> = (0..14_000).map(|_| t.admit(Io::Write, 1).as_secs_f64()).collect();
        assert!((waits[13_999] - 2.0).abs() < 0.01, "{}", waits[13_999]);
        assert!(waits[6_999] < 1.01, "{}", waits[6_999]);
    }

    /// [perf] One Zone: 7,000 write IOPS in every mode, also Elastic (Regional Elastic: 50,000).
    #[test]
    fn one_zone_elastic_has_7000_write_iops() {
        let (_dir, one_zone) = throttle(ThroughputMode::Elastic, true);
        let (_dir2, regional) = throttle(ThroughputMode::Elastic, false);
        let last = |t: &ModelThrottle| (0..7_000).map(|_| t.admit(Io::Write, 1).as_secs_f64()).last().unwrap();
        assert!((last(&one_zone) - 1.0).abs() < 0.01);
        assert!(last(&regional) < 0.2, "7,000 of 50,000 IOPS");
    }

    /// [sizes] Elastic data operations meter 32 KiB at least; metadata 4 KiB, by kind.
    #[test]
    fn the_throttle_sums_what_operations_metered() {
        let (_dir, t) = throttle(ThroughputMode::Elastic, false);
        t.admit(Io::Write, 1);
        t.metadata(Meta::Read);
        t.metadata(Meta::Write);
        let m = *t.data.metered.lock().unwrap();
        assert_eq!((m.total, m.metadata_read, m.metadata_write), (32768.0 + 8192.0, 4096.0, 4096.0));
        // The metadata read counts at Elastic's read discount (5 / 60 in us-east-1).
        assert!((m.metered - (32768.0 + 4096.0 + 4096.0 / 12.0)).abs() < 1e-6);
        assert!(t.metadata_wait() > std::time::Duration::ZERO, "it waits its turn behind the write");
    }
}
