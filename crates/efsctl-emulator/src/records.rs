//! The emulator's resources as stored: one serde record per resource, persisted as JSON in
//! SQLite and held in memory. Lifecycle states are derived from timestamps on read, so no
//! background task is needed to move a resource from `creating` to `available`.

use serde::{Deserialize, Serialize};

pub use efsctl_control::api::MountSpec;
use efsctl_core::model::modes::{
    BackupStatus, LifeCycleState, PerformanceMode, ReplicationOverwriteProtection, ReplicationStatus, ResourceIdType,
    ThroughputMode, TransitionAge, TransitionToPrimary,
};
use efsctl_core::model::tags::Tag;

/// Creation and deletion times shared by resources that pass through `creating` and `deleting`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Lifespan {
    pub created_at: f64,
    /// Until this time the resource is `creating`.
    pub ready_at: f64,
    /// Set by a delete: the resource is `deleting` until then, and gone after.
    pub gone_at: Option<f64>,
}

impl Lifespan {
    pub fn new(now: f64, delay: f64) -> Self {
        Lifespan { created_at: now, ready_at: now + delay, gone_at: None }
    }

    pub fn state(&self, now: f64) -> LifeCycleState {
        match self.gone_at {
            Some(t) if now >= t => LifeCycleState::Deleted,
            Some(_) => LifeCycleState::Deleting,
            None if now < self.ready_at => LifeCycleState::Creating,
            None => LifeCycleState::Available,
        }
    }

    pub fn is_gone(&self, now: f64) -> bool {
        self.gone_at.is_some_and(|t| now >= t)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StorageSize {
    pub standard: i64,
    pub ia: i64,
    pub archive: i64,
    /// What IA and Archive bill beyond their metered size (the 128 KiB minimum per file).
    #[serde(default)]
    pub ia_overhead: i64,
    #[serde(default)]
    pub archive_overhead: i64,
}

impl StorageSize {
    /// An empty file system: its root directory.
    pub fn empty() -> Self {
        StorageSize { standard: efsctl_core::model::limits::EMPTY_FILE_SYSTEM_BYTES, ..Default::default() }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LifecyclePolicy {
    #[serde(rename = "TransitionToIA", skip_serializing_if = "Option::is_none")]
    pub transition_to_ia: Option<TransitionAge>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transition_to_primary_storage_class: Option<TransitionToPrimary>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transition_to_archive: Option<TransitionAge>,
}

/// The lifecycle decisions' view of a lifecycle configuration.
pub fn lifecycle_policy(policies: &[LifecyclePolicy]) -> efsctl_core::lifecycle::Policy {
    let mut p = efsctl_core::lifecycle::Policy::default();
    for l in policies {
        p.ia = p.ia.or(l.transition_to_ia);
        p.archive = p.archive.or(l.transition_to_archive);
        p.back_on_access |= l.transition_to_primary_storage_class.is_some();
    }
    p
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileSystem {
    pub seq: u64,
    pub id: String,
    pub region: String,
    pub creation_token: String,
    pub life: Lifespan,
    /// After UpdateFileSystem the file system is `updating` until then.
    pub updating_until: f64,
    pub performance_mode: PerformanceMode,
    pub encrypted: bool,
    pub kms_key_id: Option<String>,
    pub throughput_mode: ThroughputMode,
    pub provisioned_mibps: Option<f64>,
    /// One Zone file systems live in one AZ (name).
    pub availability_zone: Option<String>,
    pub tags: Vec<Tag>,
    pub policy: Option<String>,
    pub lifecycle: Vec<LifecyclePolicy>,
    pub backup: BackupStatus,
    pub protection: ReplicationOverwriteProtection,
    /// Last throughput-mode change or provisioned decrease (the 24-hour rule counts from it).
    pub last_restricted_throughput_change: Option<f64>,
    pub size: StorageSize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MountTarget {
    pub seq: u64,
    pub id: String,
    pub region: String,
    pub file_system_id: String,
    pub subnet_id: String,
    pub vpc_id: String,
    pub availability_zone: String,
    pub ip_address: String,
    pub network_interface_id: String,
    pub life: Lifespan,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct PosixUser {
    pub uid: i64,
    pub gid: i64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub secondary_gids: Vec<i64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct CreationInfo {
    pub owner_uid: i64,
    pub owner_gid: i64,
    pub permissions: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct RootDirectory {
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creation_info: Option<CreationInfo>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AccessPoint {
    pub seq: u64,
    pub id: String,
    pub region: String,
    pub file_system_id: String,
    pub client_token: String,
    pub tags: Vec<Tag>,
    pub posix_user: Option<PosixUser>,
    pub root_directory: RootDirectory,
    pub life: Lifespan,
}

/// A replication configuration, keyed by its source file system.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Replication {
    pub seq: u64,
    pub source_id: String,
    pub source_region: String,
    pub destination_id: String,
    pub destination_region: String,
    pub role_arn: Option<String>,
    pub created_at: f64,
    pub ready_at: f64,
}

impl Replication {
    pub fn status(&self, now: f64) -> ReplicationStatus {
        if now < self.ready_at { ReplicationStatus::Enabling } else { ReplicationStatus::Enabled }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Vpc {
    pub seq: u64,
    pub id: String,
    pub region: String,
    pub cidr: String,
    pub is_default: bool,
    pub tags: Vec<Tag>,
    /// `enableDnsSupport`, `enableDnsHostnames` as set; `None`: AWS's default (support on,
    /// hostnames on in a default VPC only). Absent in state written before they existed.
    #[serde(default)]
    pub dns_support: Option<bool>,
    #[serde(default)]
    pub dns_hostnames: Option<bool>,
}

impl Vpc {
    pub fn dns_support(&self) -> bool {
        self.dns_support.unwrap_or(true)
    }

    pub fn dns_hostnames(&self) -> bool {
        self.dns_hostnames.unwrap_or(self.is_default)
    }
}

/// A network-ACL entry: rules are evaluated by number, the first match decides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaclEntry {
    pub rule_number: i32,
    pub egress: bool,
    /// `-1` or an IP protocol number.
    pub protocol: String,
    pub allow: bool,
    pub cidr: String,
    pub ports: Option<(i32, i32)>,
}

/// A subnet's explicit association with a network ACL.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaclAssociation {
    pub id: String,
    pub subnet_id: String,
}

/// A network ACL. A subnet no ACL names explicitly belongs to its VPC's default ACL.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NetworkAcl {
    pub seq: u64,
    pub id: String,
    pub region: String,
    pub vpc_id: String,
    pub is_default: bool,
    pub entries: Vec<NaclEntry>,
    pub associations: Vec<NaclAssociation>,
    pub tags: Vec<Tag>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Subnet {
    pub seq: u64,
    pub id: String,
    pub region: String,
    pub vpc_id: String,
    pub cidr: String,
    pub availability_zone: String,
    pub availability_zone_id: String,
    pub default_for_az: bool,
    pub tags: Vec<Tag>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SecurityGroupRule {
    pub id: String,
    pub egress: bool,
    /// `tcp`, `udp`, `icmp` or `-1` (all).
    pub protocol: String,
    pub from_port: i32,
    pub to_port: i32,
    pub cidr: Option<String>,
    pub group_id: Option<String>,
    pub description: Option<String>,
}

impl SecurityGroupRule {
    /// Same permission regardless of id and description (duplicates are refused).
    pub fn same_permission(&self, other: &SecurityGroupRule) -> bool {
        self.egress == other.egress
            && self.protocol == other.protocol
            && self.from_port == other.from_port
            && self.to_port == other.to_port
            && self.cidr == other.cidr
            && self.group_id == other.group_id
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SecurityGroup {
    pub seq: u64,
    pub id: String,
    pub region: String,
    pub vpc_id: String,
    pub name: String,
    pub description: String,
    pub rules: Vec<SecurityGroupRule>,
    pub tags: Vec<Tag>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NetworkInterface {
    pub seq: u64,
    pub id: String,
    pub region: String,
    pub subnet_id: String,
    pub vpc_id: String,
    pub availability_zone: String,
    pub ip_address: String,
    pub description: String,
    pub groups: Vec<String>,
    pub tags: Vec<Tag>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AccountPreferences {
    pub region: String,
    pub resource_id_type: ResourceIdType,
}

/// A metric a CloudWatch alarm or one of its queries reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MetricRef {
    pub namespace: String,
    pub metric_name: String,
    pub dimensions: Vec<(String, String)>,
}

/// One query of a metric-math alarm: a metric's statistic, or an expression over other queries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlarmQuery {
    pub id: String,
    pub stat: Option<(MetricRef, i64, String)>,
    pub expression: Option<String>,
    pub label: Option<String>,
    pub return_data: bool,
    pub period: Option<i64>,
}

/// What an alarm watches.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum AlarmSource {
    Metric { metric: MetricRef, statistic: String, period: i64 },
    Math(Vec<AlarmQuery>),
}

/// A CloudWatch metric alarm: its settings and where evaluation left it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Alarm {
    pub seq: u64,
    pub arn: String,
    pub region: String,
    pub name: String,
    pub description: Option<String>,
    pub actions_enabled: bool,
    pub ok_actions: Vec<String>,
    pub alarm_actions: Vec<String>,
    pub insufficient_data_actions: Vec<String>,
    pub source: AlarmSource,
    pub unit: Option<String>,
    pub evaluation_periods: usize,
    pub datapoints_to_alarm: Option<usize>,
    pub threshold: f64,
    /// The anomaly-detection band it compares with (the id of an ANOMALY_DETECTION_BAND query).
    #[serde(default)]
    pub threshold_metric_id: Option<String>,
    pub comparison: efsctl_core::alarms::Comparison,
    pub treat_missing: efsctl_core::alarms::TreatMissing,
    pub tags: Vec<Tag>,
    pub configuration_updated: f64,
    pub state: efsctl_core::alarms::State,
    pub state_reason: String,
    pub state_reason_data: Option<String>,
    pub state_updated: f64,
    pub state_transitioned: f64,
    /// The last minute boundary it was evaluated at.
    pub evaluated_until: f64,
}

/// An entry of an alarm's history (DescribeAlarmHistory).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AlarmHistoryItem {
    pub seq: u64,
    /// `region/zero-padded seq`: unique, and in the order the items were written.
    pub id: String,
    pub region: String,
    pub alarm_name: String,
    pub timestamp: f64,
    pub item_type: String,
    pub summary: String,
    pub data: String,
}

/// Everything the store persists, one variant per table-like kind.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind")]
pub enum Record {
    FileSystem(FileSystem),
    MountTarget(MountTarget),
    AccessPoint(AccessPoint),
    Replication(Replication),
    Vpc(Vpc),
    Subnet(Subnet),
    SecurityGroup(SecurityGroup),
    NetworkInterface(NetworkInterface),
    AccountPreferences(AccountPreferences),
    Mount(MountSpec),
    Alarm(Alarm),
    AlarmHistory(AlarmHistoryItem),
    NetworkAcl(NetworkAcl),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    FileSystem,
    MountTarget,
    AccessPoint,
    Replication,
    Vpc,
    Subnet,
    SecurityGroup,
    NetworkInterface,
    AccountPreferences,
    Mount,
    Alarm,
    AlarmHistory,
    NetworkAcl,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::FileSystem => "FileSystem",
            Kind::MountTarget => "MountTarget",
            Kind::AccessPoint => "AccessPoint",
            Kind::Replication => "Replication",
            Kind::Vpc => "Vpc",
            Kind::Subnet => "Subnet",
            Kind::SecurityGroup => "SecurityGroup",
            Kind::NetworkInterface => "NetworkInterface",
            Kind::AccountPreferences => "AccountPreferences",
            Kind::Mount => "Mount",
            Kind::Alarm => "Alarm",
            Kind::AlarmHistory => "AlarmHistory",
            Kind::NetworkAcl => "NetworkAcl",
        }
    }
}

impl Record {
    pub fn key(&self) -> (Kind, &str) {
        match self {
            Record::FileSystem(r) => (Kind::FileSystem, &r.id),
            Record::MountTarget(r) => (Kind::MountTarget, &r.id),
            Record::AccessPoint(r) => (Kind::AccessPoint, &r.id),
            Record::Replication(r) => (Kind::Replication, &r.source_id),
            Record::Vpc(r) => (Kind::Vpc, &r.id),
            Record::Subnet(r) => (Kind::Subnet, &r.id),
            Record::SecurityGroup(r) => (Kind::SecurityGroup, &r.id),
            Record::NetworkInterface(r) => (Kind::NetworkInterface, &r.id),
            Record::AccountPreferences(r) => (Kind::AccountPreferences, &r.region),
            Record::Mount(r) => (Kind::Mount, &r.directory),
            Record::Alarm(r) => (Kind::Alarm, &r.arn),
            Record::AlarmHistory(r) => (Kind::AlarmHistory, &r.id),
            Record::NetworkAcl(r) => (Kind::NetworkAcl, &r.id),
        }
    }

    pub fn seq(&self) -> u64 {
        match self {
            Record::FileSystem(r) => r.seq,
            Record::MountTarget(r) => r.seq,
            Record::AccessPoint(r) => r.seq,
            Record::Replication(r) => r.seq,
            Record::Vpc(r) => r.seq,
            Record::Subnet(r) => r.seq,
            Record::SecurityGroup(r) => r.seq,
            Record::NetworkInterface(r) => r.seq,
            Record::Alarm(r) => r.seq,
            Record::AlarmHistory(r) => r.seq,
            Record::NetworkAcl(r) => r.seq,
            Record::AccountPreferences(_) | Record::Mount(_) => 0,
        }
    }
}
