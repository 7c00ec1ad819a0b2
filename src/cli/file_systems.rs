use clap::{Args, ValueEnum};

use efsctl_core::model::ids::{IdKind, is_id, parse_id_or_arn};
use efsctl_core::model::modes::{PerformanceMode, ThroughputMode, TransitionAge};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PerformanceArg {
    GeneralPurpose,
    MaxIo,
}

impl From<PerformanceArg> for PerformanceMode {
    fn from(p: PerformanceArg) -> Self {
        match p {
            PerformanceArg::GeneralPurpose => PerformanceMode::GeneralPurpose,
            PerformanceArg::MaxIo => PerformanceMode::MaxIo,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ThroughputArg {
    Bursting,
    Provisioned,
    Elastic,
}

impl From<ThroughputArg> for ThroughputMode {
    fn from(t: ThroughputArg) -> Self {
        match t {
            ThroughputArg::Bursting => ThroughputMode::Bursting,
            ThroughputArg::Provisioned => ThroughputMode::Provisioned,
            ThroughputArg::Elastic => ThroughputMode::Elastic,
        }
    }
}

/// `30d` → AFTER_30_DAYS; only the ages EFS offers.
pub fn parse_age(s: &str) -> Result<TransitionAge, String> {
    let allowed = || TransitionAge::ALL.iter().map(|t| format!("{}d", t.days())).collect::<Vec<_>>().join(", ");
    let days = s
        .strip_suffix('d')
        .and_then(|d| d.parse::<u32>().ok())
        .ok_or_else(|| format!("use a number of days like 30d; allowed: {}", allowed()))?;
    TransitionAge::from_days(days).ok_or_else(|| format!("EFS offers only {}", allowed()))
}

/// Provisioned MiB/s within EFS's range.
pub fn parse_mibps(s: &str) -> Result<f64, String> {
    let v: f64 = s.parse().map_err(|_| format!("'{s}' is not a number of MiB/s"))?;
    efsctl_core::model::rules::check_provisioned(v).map_err(|e| e.to_string())?;
    Ok(v)
}

/// Resource ids are checked before any API call: a malformed one (empty, huge, with control
/// characters) is a usage error naming the shape expected.
fn parse_id(kind: IdKind, what: &str, s: &str) -> Result<String, String> {
    if is_id(kind, s) || (kind == IdKind::AccessPoint && parse_id_or_arn(kind, s).is_some()) {
        Ok(s.to_string())
    } else {
        let mut shown: String = s.chars().take(40).flat_map(char::escape_debug).collect();
        if s.chars().count() > 40 {
            shown.push('…');
        }
        Err(format!("'{shown}' is not {what} ({}-…)", kind.prefix()))
    }
}

pub fn parse_mount_target_id(s: &str) -> Result<String, String> {
    parse_id(IdKind::MountTarget, "a mount target id", s)
}

pub fn parse_access_point_id(s: &str) -> Result<String, String> {
    parse_id(IdKind::AccessPoint, "an access point id or ARN", s)
}

pub fn parse_security_group_id(s: &str) -> Result<String, String> {
    parse_id(IdKind::SecurityGroup, "a security group id", s)
}

pub fn parse_subnet_id(s: &str) -> Result<String, String> {
    parse_id(IdKind::Subnet, "a subnet id", s)
}

pub fn parse_tag_key(s: &str) -> Result<String, String> {
    efsctl_core::model::tags::validate_key(s, efsctl_core::model::tags::Rules::Efs).map(|()| s.to_string())
}

/// `KEY=VALUE` tags.
pub fn parse_tag(s: &str) -> Result<(String, String), String> {
    let (k, v) = s.split_once('=').ok_or_else(|| format!("'{s}' is not KEY=VALUE"))?;
    efsctl_core::model::tags::validate_key(k, efsctl_core::model::tags::Rules::Efs)?;
    efsctl_core::model::tags::validate_value(v, efsctl_core::model::tags::Rules::Efs)?;
    Ok((k.to_string(), v.to_string()))
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name of the file system (its Name tag)
    pub name: Option<String>,
    #[arg(long, value_enum, default_value = "general-purpose")]
    pub performance_mode: PerformanceArg,
    #[arg(long, value_enum, default_value = "elastic")]
    pub throughput_mode: ThroughputArg,
    /// Provisioned throughput in MiB/s (1–3414), with --throughput-mode provisioned
    #[arg(long, value_name = "MIBPS", value_parser = parse_mibps)]
    pub provisioned: Option<f64>,
    /// Create a One Zone file system in this Availability Zone
    #[arg(long, value_name = "AZ")]
    pub one_zone: Option<String>,
    /// Encrypt at rest (default on; --encrypted=false turns it off)
    #[arg(long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub encrypted: bool,
    /// KMS key id, alias/NAME or ARN (default: the AWS-managed key)
    #[arg(long, value_name = "KEY")]
    pub kms_key: Option<String>,
    /// Turn on automatic backups
    #[arg(long)]
    pub backup: bool,
    /// Tag KEY=VALUE (repeat)
    #[arg(long = "tag", value_name = "KEY=VALUE", value_parser = parse_tag)]
    pub tags: Vec<(String, String)>,
    /// Idempotency token (default: a new one per call)
    #[arg(long)]
    pub creation_token: Option<String>,
    /// Move files to Infrequent Access after this many days without access (e.g. 30d)
    #[arg(long, value_name = "AGE", value_parser = parse_age)]
    pub ia: Option<TransitionAge>,
    /// Move files to Archive after this many days without access (Elastic throughput only)
    #[arg(long, value_name = "AGE", value_parser = parse_age)]
    pub archive: Option<TransitionAge>,
    /// Move files back to Standard on their first access
    #[arg(long)]
    pub back_on_access: bool,
    /// Where to create mount targets: all (every default subnet), none, or a comma list of AZs
    #[arg(long, value_name = "all|none|AZ,…", default_value = "all", conflicts_with = "subnet")]
    pub mount_targets: String,
    /// Create mount targets in these subnets instead (repeat)
    #[arg(long, value_name = "SUBNET", value_parser = parse_subnet_id)]
    pub subnet: Vec<String>,
    /// Security groups for the mount targets, comma-separated or repeated (default: an `efsctl-nfs` group admitting NFS from the VPC's default group)
    #[arg(long, value_name = "SG", value_delimiter = ',', value_parser = parse_security_group_id)]
    pub security_group: Vec<String>,
    /// Wait until the file system and its mount targets are available
    #[arg(long)]
    pub wait: bool,
}

#[derive(Debug, Args)]
pub struct DescribeArgs {
    /// File system id, ARN or Name
    pub file_system: String,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// File system ids, ARNs or Names
    #[arg(required = true)]
    pub file_systems: Vec<String>,
    /// Also delete replication, access points and mount targets first
    #[arg(long)]
    pub force: bool,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}
