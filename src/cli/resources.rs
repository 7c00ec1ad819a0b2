use clap::{Args, Subcommand};

use super::file_systems::{
    ThroughputArg, parse_access_point_id, parse_age, parse_mibps, parse_mount_target_id, parse_security_group_id,
    parse_subnet_id, parse_tag, parse_tag_key,
};
use efsctl_core::model::modes::TransitionAge;
use efsctl_core::model::policy::Preset;

#[derive(Debug, Args)]
pub struct FsArg {
    /// File system id, ARN or Name
    pub file_system: String,
}

#[derive(Debug, Args)]
pub struct TuneArgs {
    /// File system id, ARN or Name
    pub file_system: String,
    #[arg(long, value_enum)]
    pub throughput_mode: Option<ThroughputArg>,
    /// Provisioned throughput in MiB/s (1–3414)
    #[arg(long, value_name = "MIBPS", value_parser = parse_mibps)]
    pub provisioned: Option<f64>,
    /// Show the change and its cost without making it
    #[arg(long)]
    pub dry_run: bool,
    /// Replay the file system's metrics under Bursting, Elastic and the smallest Provisioned
    /// amount that keeps up; recommend the cheapest that would not have throttled
    #[arg(long, conflicts_with_all = ["throughput_mode", "provisioned", "dry_run"])]
    pub recommend: bool,
    /// Days of history --recommend replays (CloudWatch keeps 1-minute data 15 days)
    #[arg(long, default_value_t = 14, value_parser = clap::value_parser!(u32).range(1..=15))]
    pub days: u32,
}

#[derive(Debug, Subcommand)]
pub enum MountTargetCommand {
    /// List the mount targets of a file system
    Ls(FsArg),
    /// Create a mount target (default: the default subnet of --az, or of the first AZ without one)
    Create {
        /// File system id, ARN or Name
        file_system: String,
        #[arg(long, conflicts_with = "az", value_parser = parse_subnet_id)]
        subnet: Option<String>,
        /// Availability Zone whose default subnet to use
        #[arg(long)]
        az: Option<String>,
        /// IPv4 address in the subnet (default: the next free one)
        #[arg(long)]
        ip: Option<String>,
        /// Security groups (comma-separated or repeated; default: efsctl-nfs)
        #[arg(long = "security-group", value_name = "SG", value_delimiter = ',', value_parser = parse_security_group_id)]
        security_groups: Vec<String>,
    },
    /// Delete mount targets
    Delete {
        #[arg(required = true, value_name = "MOUNT_TARGET_ID", value_parser = parse_mount_target_id)]
        mount_targets: Vec<String>,
    },
    /// Show or replace (--set) the security groups of a mount target
    Sg {
        #[arg(value_name = "MOUNT_TARGET_ID", value_parser = parse_mount_target_id)]
        mount_target: String,
        /// The new security groups (comma-separated or repeated; up to 5)
        #[arg(long = "set", value_name = "SG", value_delimiter = ',', value_parser = parse_security_group_id)]
        set: Vec<String>,
    },
}

fn parse_gid(g: &str) -> Result<i64, String> {
    g.trim()
        .parse::<i64>()
        .ok()
        .filter(|v| (0..=efsctl_core::model::limits::MAX_POSIX_ID).contains(v))
        .ok_or_else(|| format!("'{g}' is not a gid (0–4294967295)"))
}

fn parse_permissions(s: &str) -> Result<String, String> {
    if (3..=4).contains(&s.len()) && s.chars().all(|c| ('0'..='7').contains(&c)) {
        Ok(s.to_string())
    } else {
        Err(format!("'{s}' is not 3 or 4 octal digits like 0755"))
    }
}

#[derive(Debug, Subcommand)]
pub enum AccessPointCommand {
    /// List the access points of a file system
    Ls(FsArg),
    /// Create an access point with an enforced identity and root directory
    Create {
        /// File system id, ARN or Name
        file_system: String,
        #[arg(long)]
        name: Option<String>,
        /// Enforced user id
        #[arg(long, requires = "gid")]
        uid: Option<u32>,
        /// Enforced group id
        #[arg(long, requires = "uid")]
        gid: Option<u32>,
        /// Enforced secondary group ids, comma-separated
        #[arg(long, value_delimiter = ',', value_parser = parse_gid, requires = "uid")]
        secondary_gids: Vec<i64>,
        /// Root directory the access point exposes
        #[arg(long, default_value = "/")]
        path: String,
        /// Owner of the root directory if EFS creates it
        #[arg(long, requires_all = ["owner_gid", "permissions"])]
        owner_uid: Option<u32>,
        #[arg(long, requires_all = ["owner_uid", "permissions"])]
        owner_gid: Option<u32>,
        /// Mode of the root directory if EFS creates it, e.g. 0755
        #[arg(long, value_parser = parse_permissions, requires_all = ["owner_uid", "owner_gid"])]
        permissions: Option<String>,
    },
    /// Delete access points
    Delete {
        #[arg(required = true, value_name = "ACCESS_POINT_ID", value_parser = parse_access_point_id)]
        access_points: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum SgCommand {
    /// Make every mount target of FS admit NFS (TCP 2049) from a client group or CIDR
    Setup {
        /// File system id, ARN or Name
        file_system: String,
        /// Security group of the clients (default: the VPC's default group)
        #[arg(long, conflicts_with = "cidr", value_parser = parse_security_group_id)]
        client_sg: Option<String>,
        /// Admit clients from this CIDR block instead
        #[arg(long)]
        cidr: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum LifecycleCommand {
    /// Show the lifecycle transitions
    Get(FsArg),
    /// Set the lifecycle transitions (replaces the configuration)
    Set {
        /// File system id, ARN or Name
        file_system: String,
        /// Move files to Infrequent Access after this many days without access (e.g. 30d)
        #[arg(long, value_name = "AGE", value_parser = parse_age)]
        ia: Option<TransitionAge>,
        /// Move files to Archive after this many days without access (Elastic throughput only)
        #[arg(long, value_name = "AGE", value_parser = parse_age)]
        archive: Option<TransitionAge>,
        /// Move files back to Standard on their first access
        #[arg(long)]
        back_on_access: bool,
        /// Show what the policy would move and cost (like `lifecycle status`) without setting it
        #[arg(long)]
        dry_run: bool,
    },
    /// Bytes and files per storage class, what moves in the next 1/7/30 days, monthly cost
    Status(FsArg),
    /// Remove every transition
    Clear(FsArg),
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Print the file-system policy
    Get(FsArg),
    /// Set the policy from a file or presets
    #[command(group(clap::ArgGroup::new("source").required(true).args(["file", "preset"])))]
    Set {
        /// File system id, ARN or Name
        file_system: String,
        /// Policy JSON file (- for stdin)
        #[arg(long)]
        file: Option<String>,
        /// Presets, comma-separated: enforce-tls, deny-anonymous, read-only
        #[arg(long, value_delimiter = ',', value_parser = clap::builder::ValueParser::new(|s: &str| s.parse::<Preset>()))]
        preset: Vec<Preset>,
        /// Apply a policy even if it denies everyone later policy changes (EFS's lockout check)
        #[arg(long)]
        bypass_lockout_check: bool,
    },
    /// Remove the policy
    Delete(FsArg),
}

#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// Show whether automatic backups are on
    Get(FsArg),
    Enable(FsArg),
    Disable(FsArg),
}

#[derive(Debug, Subcommand)]
pub enum ReplicationCommand {
    /// List replication configurations (of one file system, or all in the region)
    Ls { file_system: Option<String> },
    /// Replicate a file system to another region, AZ or existing file system
    Create {
        /// File system id, ARN or Name
        file_system: String,
        /// Destination region (default: the same region)
        #[arg(long)]
        to_region: Option<String>,
        /// Destination One Zone Availability Zone
        #[arg(long)]
        to_az: Option<String>,
        /// Existing destination file system id (its overwrite protection must be off)
        #[arg(long, conflicts_with = "to_az")]
        to_file_system: Option<String>,
        #[arg(long)]
        kms_key: Option<String>,
    },
    /// Delete the replication configuration of a source or destination file system
    Delete(FsArg),
}

#[derive(Debug, Args)]
pub struct TagArgs {
    /// File system id, ARN or Name
    pub file_system: String,
    #[arg(required = true, value_name = "KEY=VALUE", value_parser = parse_tag)]
    pub tags: Vec<(String, String)>,
}

#[derive(Debug, Args)]
pub struct UntagArgs {
    /// File system id, ARN or Name
    pub file_system: String,
    #[arg(required = true, value_name = "KEY", value_parser = parse_tag_key)]
    pub keys: Vec<String>,
}

#[derive(Debug, Args)]
pub struct MetricsArgs {
    /// File system id, ARN or Name
    pub file_system: String,
    /// How far back, e.g. 30m, 3h, 2d
    #[arg(long, default_value = "3h")]
    pub since: String,
    /// Datapoint period, a multiple of 1m
    #[arg(long, default_value = "1m")]
    pub period: String,
    /// Only these metrics (repeat), e.g. --metric BurstCreditBalance
    #[arg(long)]
    pub metric: Vec<String>,
}

#[derive(Debug, Args)]
pub struct DashArgs {
    /// Open this file system (id, ARN or Name) instead of the fleet view
    pub file_system: Option<String>,
    /// How often to poll the APIs, e.g. 5s, 1m; at least 1s (default: 5s locally, 1m on aws,
    /// CloudWatch's resolution: every poll is billed there)
    #[arg(long, value_parser = efsctl_core::units::parse_duration)]
    pub interval: Option<std::time::Duration>,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    /// File systems (id, ARN or Name); none: every file system
    pub file_systems: Vec<String>,
    /// Every file system (the default when none is named)
    #[arg(long, conflicts_with = "file_systems")]
    pub all: bool,
    /// Time between lines, e.g. 1m, 30s; at least 1s (default: 1m, CloudWatch's resolution)
    #[arg(long, value_parser = efsctl_core::units::parse_duration)]
    pub interval: Option<std::time::Duration>,
    /// Print only what needs attention now or within --horizon, and exit 1 if anything does
    #[arg(long)]
    pub check: bool,
    /// With --check: how far ahead to look at the current rates, e.g. 24h, 7d
    #[arg(long, default_value = "24h", value_parser = efsctl_core::units::parse_duration)]
    pub horizon: std::time::Duration,
    /// Stop after this many rounds (default: until interrupted)
    #[arg(long)]
    pub count: Option<u64>,
}

#[derive(Debug, Subcommand)]
pub enum AlarmCommand {
    /// Create a CloudWatch alarm on a file system from a preset of AWS's guidance
    Create(AlarmCreateArgs),
    /// List the alarms on EFS metrics (of one file system, or all) with their states
    Ls {
        /// File system id, ARN or Name; none: every alarm on AWS/EFS metrics
        file_system: Option<String>,
    },
    /// Delete alarms by name
    Delete {
        /// Alarm names (`efsctl alarm ls` lists them)
        #[arg(required = true)]
        names: Vec<String>,
    },
}

#[derive(Debug, Args)]
pub struct AlarmCreateArgs {
    /// File system id, ARN or Name
    pub file_system: String,
    /// What to watch
    #[arg(long, value_enum)]
    pub preset: AlarmPreset,
    /// Threshold in the preset's unit: credits-low GiB of credits (default: an hour of
    /// bursting), throughput-saturated percent of permitted (90), io-limit percent (100),
    /// storage-growth GiB per day (50)
    #[arg(long)]
    pub threshold: Option<f64>,
    /// Periods in a row that must breach (one minute each; one hour for storage-growth)
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=24))]
    pub periods: Option<u32>,
    /// ARN to notify or act on when the alarm fires (an SNS topic, …); repeat for several
    #[arg(long = "action")]
    pub actions: Vec<String>,
    /// Alarm name (default: efsctl-FS-PRESET)
    #[arg(long)]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AlarmPreset {
    /// BurstCreditBalance below a level (Bursting file systems)
    CreditsLow,
    /// Metered throughput near the permitted throughput (metric math)
    ThroughputSaturated,
    /// PercentIOLimit high (General Purpose file systems)
    IoLimit,
    /// StorageBytes growing faster than a rate (metric math)
    StorageGrowth,
}

#[derive(Debug, Subcommand)]
pub enum K8sCommand {
    /// Manifests for the EFS CSI driver: a static PersistentVolume and claim (of the file
    /// system, an access point or a path), or a StorageClass for access-point provisioning
    Manifests(K8sManifestsArgs),
    /// What a pod (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob YAML)
    /// will and will not be able to do on the volume — read, write, chown — and why
    Check(K8sCheckArgs),
}

#[derive(Debug, Args)]
pub struct K8sManifestsArgs {
    /// File system id, ARN or Name
    pub file_system: String,
    /// A static volume through this access point (volumeHandle fs-…::fsap-…)
    #[arg(long, conflicts_with_all = ["path", "dynamic"])]
    pub access_point: Option<String>,
    /// A static volume of this directory (volumeHandle fs-…:/path)
    #[arg(long, conflicts_with = "dynamic")]
    pub path: Option<String>,
    /// A StorageClass whose claims each get an access point (provisioningMode efs-ap)
    #[arg(long)]
    pub dynamic: bool,
    /// Namespace of the claim
    #[arg(long, default_value = "default")]
    pub namespace: String,
    /// Name of the objects (default: efs-NAME)
    #[arg(long)]
    pub name: Option<String>,
    /// Requested size (EFS does not enforce it; Kubernetes needs one)
    #[arg(long, default_value = "5Gi")]
    pub size: String,
    /// Mount with TLS (mountOptions: tls)
    #[arg(long)]
    pub tls: bool,
    /// Mount with IAM (mountOptions: iam)
    #[arg(long)]
    pub iam: bool,
    /// With --dynamic: the POSIX ids the driver gives access points, e.g. 50000-60000
    #[arg(long, requires = "dynamic")]
    pub uid_range: Option<String>,
    /// With --dynamic: where access points' directories go, e.g. /dynamic_provisioning
    #[arg(long, requires = "dynamic")]
    pub base_path: Option<String>,
    /// With --dynamic: the mode of each new directory
    #[arg(long, default_value = "700")]
    pub directory_perms: String,
}

#[derive(Debug, Args)]
pub struct K8sCheckArgs {
    /// File system id, ARN or Name
    pub file_system: String,
    /// The workload's YAML
    #[arg(long)]
    pub pod: std::path::PathBuf,
    /// The access point its volume mounts through
    #[arg(long)]
    pub access_point: Option<String>,
    /// Local backend, as root: mount the volume and try the reads, writes and chowns as the
    /// pod's users
    #[arg(long)]
    pub trial: bool,
    /// The cluster nodes' subnet: adds `efsctl doctor`'s network checks for the nodes
    #[arg(long)]
    pub subnet: Option<String>,
    /// The nodes' security groups (repeat for several), for the network checks
    #[arg(long = "node-sg", value_parser = super::file_systems::parse_security_group_id)]
    pub node_sgs: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CreditsArgs {
    /// File system id, ARN or Name
    pub file_system: String,
}
