//! Service quotas and field limits of EFS (docs/efs-model.md, "Quotas and field limits").

pub const MAX_FILE_SYSTEMS_PER_REGION: usize = 1000;
/// [quotas] "Number of access points per file system: 10,000" (older pages: 1,000).
pub const MAX_ACCESS_POINTS_PER_FILE_SYSTEM: usize = 10_000;
pub const MAX_SECURITY_GROUPS_PER_MOUNT_TARGET: usize = 5;
/// EC2's default quota of inbound (and, separately, outbound) rules per security group.
pub const MAX_RULES_PER_SECURITY_GROUP: usize = 60;
pub const MAX_TAGS_PER_RESOURCE: usize = 50;
pub const MAX_TOKEN_LEN: usize = 64;
pub const MAX_POLICY_LEN: usize = 20_000;
pub const MAX_LIFECYCLE_POLICIES: usize = 3;
pub const MAX_SECONDARY_GIDS: usize = 16;
pub const MAX_POSIX_ID: i64 = 4_294_967_295;
pub const MIN_PROVISIONED_MIBPS: f64 = 1.0;
pub const MAX_PROVISIONED_MIBPS: f64 = 3414.0;
/// Decreases of provisioned throughput and mode changes are allowed once per this period.
pub const THROUGHPUT_CHANGE_COOLDOWN_SECS: f64 = 24.0 * 3600.0;
/// Page sizes the API uses when the caller gives none (or, for some calls, ignores the caller).
pub const DEFAULT_PAGE_FILE_SYSTEMS: usize = 100;
pub const DEFAULT_PAGE_MOUNT_TARGETS: usize = 10;
pub const DEFAULT_PAGE: usize = 100;
/// Size a new, empty file system meters (EFS reports 6 KiB for its root directory).
pub const EMPTY_FILE_SYSTEM_BYTES: i64 = 6144;
