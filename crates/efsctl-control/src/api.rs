//! The emulator's control endpoints (`/_efsctl/…`) as types: every path, every request and
//! every reply. The daemon routes and answers with these and the client sends and reads them,
//! so the two sides cannot drift apart. Field names are the wire's (PascalCase, as AWS's
//! JSON APIs; `Health` keeps the camelCase it always had).

use std::path::PathBuf;

use efsctl_core::lifecycle::{Policy, Projection, SweepReport, TieringCounters};
use efsctl_core::model::modes::{TransitionAge, TransitionToPrimary};
use serde::{Deserialize, Serialize};

/// The paths of the control endpoints.
pub mod paths {
    /// Every control path starts with this.
    pub const PREFIX: &str = "/_efsctl/";
    /// `GET`: `Health` once the daemon accepts requests.
    pub const HEALTH: &str = "/_efsctl/health";
    /// `GET`: the virtual clock (`ClockReading`); `POST` a `ClockChange`.
    pub const CLOCK: &str = "/_efsctl/clock";
    /// `POST`: wipes all state (`Reset`).
    pub const RESET: &str = "/_efsctl/reset";
    /// `POST`: the reset that moto-based test suites call between tests.
    pub const MOTO_RESET: &str = "/moto-api/reset";
    /// `GET`: `MountList`; `POST` a `MountRequest`; `DELETE ?Directory=` (`Unmount`).
    pub const MOUNTS: &str = "/_efsctl/mounts";
    /// `POST ?FileSystemId=&Balance=` (`SetCredits`).
    pub const CREDITS: &str = "/_efsctl/credits";
    /// `GET ?FileSystemId=[&TransitionToIA=…]` (`LifecycleQuery`): a `LifecycleReport`.
    pub const LIFECYCLE: &str = "/_efsctl/lifecycle";
    /// `POST [?FileSystemId=]` (`Sweep`): a `SweepReply`.
    pub const SWEEP: &str = "/_efsctl/lifecycle/sweep";
    /// `POST ?FileSystemId=` (`Fsck`): an `FsckReply`.
    pub const FSCK: &str = "/_efsctl/fsck";
    /// `POST`: stops the daemon (`Stopping`).
    pub const SHUTDOWN: &str = "/_efsctl/shutdown";
    /// `GET`: `FaultList`; `POST` a `FaultRequest` (a `Fault`); `DELETE [?Id=]` (`FaultClear`).
    pub const FAULTS: &str = "/_efsctl/faults";
    /// `GET ?FileSystemId=&Path=` (`StatQuery`): a directory's owner and mode (`PathStat`).
    pub const STAT: &str = "/_efsctl/stat";
}

/// Which path of which file system to look at.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StatQuery {
    pub file_system_id: String,
    pub path: String,
}

/// A path's owner and permission bits, if it exists.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct PathStat {
    pub exists: bool,
    pub uid: u32,
    pub gid: u32,
    /// Permission bits (0o7777).
    pub mode: u32,
}

/// What an injected fault breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FaultKind {
    /// The mount targets of an AZ stop answering: mounts through them block, new ones time out;
    /// the API still answers.
    AzOutage,
    /// One mount target stops answering.
    MountTargetDown,
    /// API calls of a service (`efs`, `ec2`, `cloudwatch`; all without a target) are throttled
    /// at `Rate`.
    Throttle,
    /// Reads and writes of a file system fail with EIO at `Rate`.
    IoError,
    /// Reads and writes of a file system take `LatencyMs` longer.
    Latency,
    /// Writes to a file system fail with ENOSPC.
    NoSpace,
}

impl FaultKind {
    pub const ALL: [FaultKind; 6] = [
        FaultKind::AzOutage,
        FaultKind::MountTargetDown,
        FaultKind::Throttle,
        FaultKind::IoError,
        FaultKind::Latency,
        FaultKind::NoSpace,
    ];

    /// Its name on the command line and the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            FaultKind::AzOutage => "az-outage",
            FaultKind::MountTargetDown => "mount-target-down",
            FaultKind::Throttle => "throttle",
            FaultKind::IoError => "io-error",
            FaultKind::Latency => "latency",
            FaultKind::NoSpace => "no-space",
        }
    }
}

impl std::str::FromStr for FaultKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        FaultKind::ALL.into_iter().find(|k| k.as_str() == s).ok_or_else(|| format!("no fault kind '{s}'"))
    }
}

/// A fault to inject: its kind, what it hits (AZ, mount target, service or file system), and
/// its rate or latency.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct FaultRequest {
    pub kind: FaultKind,
    #[serde(default)]
    pub target: Option<String>,
    #[serde(default)]
    pub rate: Option<f64>,
    #[serde(default)]
    pub latency_ms: Option<u64>,
}

/// A fault in force.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct Fault {
    pub id: String,
    #[serde(flatten)]
    pub request: FaultRequest,
    /// Virtual time it was added.
    pub since: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FaultList {
    pub faults: Vec<Fault>,
}

/// Clears one fault by id, or every fault.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FaultClear {
    #[serde(default)]
    pub id: Option<String>,
}

/// What the daemon reports about itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Health {
    pub status: String,
    pub pid: u32,
    pub data_dir: PathBuf,
    pub version: String,
}

/// The virtual clock as the daemon reads it.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ClockReading {
    /// Seconds since the epoch on the virtual clock.
    pub now: f64,
    /// Virtual seconds per real second.
    pub speed: f64,
    /// How far the virtual clock is ahead of the system clock, in seconds.
    pub offset_seconds: f64,
}

/// A change of the virtual clock: any of reset, advance, speed (applied in that order).
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ClockChange {
    #[serde(default)]
    pub reset: bool,
    #[serde(default)]
    pub advance_seconds: Option<f64>,
    #[serde(default)]
    pub speed: Option<f64>,
}

/// The reply to a reset.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct Reset {
    pub reset: bool,
}

/// The reply to a shutdown request.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct Stopping {
    pub stopping: bool,
}

/// A mount request from `efsctl mount`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MountRequest {
    pub file_system_id: String,
    pub directory: String,
    pub region: String,
    #[serde(default)]
    pub access_point_id: Option<String>,
    #[serde(default)]
    pub availability_zone: Option<String>,
    #[serde(default)]
    pub client_security_group: Option<String>,
    #[serde(default)]
    pub read_only: bool,
    #[serde(default)]
    pub tls: bool,
    #[serde(default)]
    pub iam: bool,
    /// Let other local users use the mount (FUSE's allow_other), as they could an NFS mount.
    #[serde(default)]
    pub allow_other: bool,
    /// Mount the mount target at this address instead of resolving its DNS name (clients of a
    /// VPC without DNS).
    #[serde(default)]
    pub mount_target_ip: Option<String>,
    /// Skip the checks a blocked network would fail: the mount then hangs, as a real one does,
    /// for `timeout_secs` and fails.
    #[serde(default)]
    pub no_preflight: bool,
    #[serde(default)]
    pub timeout_secs: Option<f64>,
}

/// A FUSE mount the daemon serves; the daemon persists it so mounts come back after a restart.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct MountSpec {
    pub directory: String,
    pub file_system_id: String,
    pub region: String,
    pub mount_target_id: String,
    pub availability_zone: String,
    #[serde(default)]
    pub access_point_id: Option<String>,
    pub read_only: bool,
    /// Root acts as nfsnobody (65534): the policy grants no ClientRootAccess.
    #[serde(default)]
    pub root_squashed: bool,
    pub tls: bool,
    pub iam: bool,
    #[serde(default)]
    pub client_security_group: Option<String>,
    #[serde(default)]
    pub allow_other: bool,
    /// Mounted by the mount target's address rather than its DNS name.
    #[serde(default)]
    pub mount_target_ip: Option<String>,
    pub mounted_at: f64,
}

/// The mounts the daemon serves.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MountList {
    pub mounts: Vec<MountSpec>,
}

/// The query of an unmount.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Unmount {
    pub directory: String,
}

/// The query that sets a file system's burst-credit balance (a file system's id or Name).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SetCredits {
    pub file_system_id: String,
    /// Bytes of burst credit.
    pub balance: f64,
}

/// The balance a `SetCredits` left.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Credits {
    pub file_system_id: String,
    pub burst_credit_balance: f64,
}

/// The query of a lifecycle report: the file system's policy, or a proposed one when any
/// transition is given.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LifecycleQuery {
    pub file_system_id: String,
    #[serde(rename = "TransitionToIA", default, skip_serializing_if = "Option::is_none")]
    pub transition_to_ia: Option<TransitionAge>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transition_to_archive: Option<TransitionAge>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transition_to_primary_storage_class: Option<TransitionToPrimary>,
}

impl LifecycleQuery {
    /// The report under the file system's own policy, or under `proposed`.
    pub fn new(file_system_id: &str, proposed: Option<Policy>) -> Self {
        let mut q = LifecycleQuery { file_system_id: file_system_id.to_string(), ..Default::default() };
        if let Some(p) = proposed {
            q.transition_to_ia = p.ia;
            q.transition_to_archive = p.archive;
            q.transition_to_primary_storage_class = p.back_on_access.then_some(TransitionToPrimary::After1Access);
        }
        q
    }

    /// The policy the query proposes, if it proposes one.
    pub fn proposed(&self) -> Option<Policy> {
        (self.transition_to_ia.is_some() || self.transition_to_archive.is_some()).then_some(Policy {
            ia: self.transition_to_ia,
            archive: self.transition_to_archive,
            back_on_access: self.transition_to_primary_storage_class.is_some(),
        })
    }
}

/// A lifecycle policy as the report states it.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReportPolicy {
    #[serde(rename = "TransitionToIA")]
    pub transition_to_ia: Option<TransitionAge>,
    pub transition_to_archive: Option<TransitionAge>,
    pub back_on_access: bool,
}

impl From<Policy> for ReportPolicy {
    fn from(p: Policy) -> Self {
        ReportPolicy { transition_to_ia: p.ia, transition_to_archive: p.archive, back_on_access: p.back_on_access }
    }
}

impl From<ReportPolicy> for Policy {
    fn from(p: ReportPolicy) -> Self {
        Policy { ia: p.transition_to_ia, archive: p.transition_to_archive, back_on_access: p.back_on_access }
    }
}

/// Files and bytes by class now and in the coming days, and what tiering has cost so far.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LifecycleReport {
    pub file_system_id: String,
    pub now: f64,
    pub proposed: bool,
    pub policy: ReportPolicy,
    pub projection: Projection,
    pub counters: TieringCounters,
}

/// The query of a sweep: one file system, or all of them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Sweep {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_system_id: Option<String>,
}

/// What a sweep of one file system did.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FileSystemSweep {
    pub file_system_id: String,
    pub report: SweepReport,
}

/// What a sweep did, per file system with a lifecycle policy and stored data.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SweepReply {
    pub sweeps: Vec<FileSystemSweep>,
}

/// The query of a consistency check of one file system's storage.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Fsck {
    pub file_system_id: String,
}

/// What a consistency check found (nothing when clean).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FsckReply {
    pub file_system_id: String,
    pub problems: Vec<String>,
}

/// Why the daemon refused a control request: the body of every non-200 reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Refusal {
    pub error_code: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

/// What kind of refusal: the HTTP status the daemon answers with, and the class of error the
/// CLI reports (its exit code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalKind {
    /// The request is malformed or a value is out of range (400).
    Invalid,
    /// The network or the file-system policy would not let this client do it (403).
    Denied,
    /// The file system, mount or directory named does not exist (404).
    NotFound,
    /// The request conflicts with the current state, e.g. a busy mount point (409).
    Conflict,
    /// The daemon could not do it (503): storage unavailable, a failed reset.
    Unavailable,
}

impl RefusalKind {
    pub fn status(self) -> u16 {
        match self {
            RefusalKind::Invalid => 400,
            RefusalKind::Denied => 403,
            RefusalKind::NotFound => 404,
            RefusalKind::Conflict => 409,
            RefusalKind::Unavailable => 503,
        }
    }

    pub fn from_status(status: u16) -> Self {
        match status {
            400 => RefusalKind::Invalid,
            403 => RefusalKind::Denied,
            404 => RefusalKind::NotFound,
            409 => RefusalKind::Conflict,
            _ => RefusalKind::Unavailable,
        }
    }
}

/// A refusal and its kind: what a control handler returns and what the client gets back.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", refusal.message)]
pub struct Refused {
    pub kind: RefusalKind,
    pub refusal: Refusal,
}

impl Refused {
    pub fn new(kind: RefusalKind, code: &str, message: impl Into<String>) -> Self {
        Refused { kind, refusal: Refusal { error_code: code.to_string(), message: message.into(), hint: None } }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.refusal.hint = Some(hint.into());
        self
    }

    /// A control request that names no file system, or one that does not exist.
    pub fn file_system_not_found(id: Option<&str>) -> Self {
        match id {
            Some(id) => {
                Refused::new(RefusalKind::NotFound, "FileSystemNotFound", format!("File system '{id}' does not exist."))
            }
            None => Refused::new(RefusalKind::Invalid, "BadRequest", "FileSystemId is required"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use efsctl_core::model::modes::TransitionAge;

    #[test]
    fn a_proposed_policy_survives_the_query_string() {
        let p = Policy { ia: Some(TransitionAge::After30Days), archive: None, back_on_access: true };
        let q = LifecycleQuery::new("fs-1", Some(p));
        let text = serde_urlencoded::to_string(&q).unwrap();
        assert_eq!(
            text,
            "FileSystemId=fs-1&TransitionToIA=AFTER_30_DAYS&TransitionToPrimaryStorageClass=AFTER_1_ACCESS"
        );
        let back: LifecycleQuery = serde_urlencoded::from_str(&text).unwrap();
        assert_eq!(back.proposed(), Some(p));
        assert_eq!(LifecycleQuery::new("fs-1", None).proposed(), None);
    }

    #[test]
    fn statuses_and_kinds_agree() {
        for kind in [
            RefusalKind::Invalid,
            RefusalKind::Denied,
            RefusalKind::NotFound,
            RefusalKind::Conflict,
            RefusalKind::Unavailable,
        ] {
            assert_eq!(RefusalKind::from_status(kind.status()), kind);
        }
    }

    #[test]
    fn fault_kinds_are_named_as_on_the_wire() {
        for kind in FaultKind::ALL {
            assert_eq!(kind.as_str().parse::<FaultKind>(), Ok(kind));
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        }
        assert!("bogus".parse::<FaultKind>().is_err());
    }
}
