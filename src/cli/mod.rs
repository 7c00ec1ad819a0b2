//! Command-line definitions (clap) — no logic here; `commands/` does the work.

mod advisor;
mod emulator;
mod file_systems;
mod mount;
mod resources;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use advisor::{CostArgs, SimulateArgs};
pub use emulator::{EmulatorArgs, EmulatorCommand, FaultCommand, ServeArgs, StartArgs};
pub use file_systems::{CreateArgs, DeleteArgs, DescribeArgs};
pub use mount::{DoctorArgs, MountArgs, UmountArgs};
pub use resources::*;

#[derive(Debug, Parser)]
#[command(
    name = "efsctl",
    version,
    about = "Create, tune, mount and observe Amazon EFS file systems — on AWS or a faithful local emulator",
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    /// The local emulator (started on demand)
    Local,
    /// Real AWS, through the AWS SDK's default credential chain
    Aws,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    Table,
    Json,
    Text,
}

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]
    #[arg(long, global = true, env = "EFSCTL_BACKEND", value_enum, hide_env = true)]
    pub backend: Option<Backend>,
    /// AWS profile (aws backend) [env: EFSCTL_PROFILE]
    #[arg(long, global = true, env = "EFSCTL_PROFILE", hide_env = true)]
    pub profile: Option<String>,
    /// Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK's choice on aws]
    #[arg(long, global = true, env = "EFSCTL_REGION", hide_env = true)]
    pub region: Option<String>,
    /// Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]
    #[arg(long, global = true, env = "EFSCTL_ENDPOINT_URL", hide_env = true)]
    pub endpoint_url: Option<String>,
    /// Output format [env: EFSCTL_OUTPUT] [default: table]
    #[arg(short = 'o', long, global = true, env = "EFSCTL_OUTPUT", value_enum, hide_env = true)]
    pub output: Option<OutputFormat>,
    /// Filter JSON output with a JMESPath expression (as `aws --query`)
    #[arg(long, global = true)]
    pub query: Option<String>,
    /// Print only ids, one per line
    #[arg(short = 'q', long, global = true, conflicts_with = "query")]
    pub quiet: bool,
    /// Never show progress bars
    #[arg(long, global = true)]
    pub no_progress: bool,
    /// More diagnostics on stderr (repeat for more)
    #[arg(short = 'v', long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// No colour in output
    #[arg(long, global = true)]
    pub no_color: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a file system, by default with a mount target in every default subnet
    Create(CreateArgs),
    /// List file systems
    Ls,
    /// Show a file system with its mount targets and access points
    Describe(DescribeArgs),
    /// Delete file systems (--force removes what they depend on first)
    Delete(DeleteArgs),
    /// Change the throughput mode or provisioned throughput, with the cost difference;
    /// --recommend: replay the history under each mode and name the cheapest that keeps up
    Tune(TuneArgs),
    /// What file systems cost this month and will by its end, and what would save money
    Cost(CostArgs),
    /// Simulate a workload (TOML) in each throughput mode: time, throttling, credits, cost
    Simulate(SimulateArgs),
    /// Mount targets: ls, create, delete, sg
    #[command(subcommand)]
    MountTarget(MountTargetCommand),
    /// Access points: ls, create, delete
    #[command(subcommand)]
    AccessPoint(AccessPointCommand),
    /// Security groups for NFS access to mount targets
    #[command(subcommand)]
    Sg(SgCommand),
    /// Lifecycle transitions to IA and Archive: get, set, clear
    #[command(subcommand)]
    Lifecycle(LifecycleCommand),
    /// File-system policy: get, set (file or presets), delete
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// Automatic backups: get, enable, disable
    #[command(subcommand)]
    Backup(BackupCommand),
    /// Replication: ls, create, delete
    #[command(subcommand)]
    Replication(ReplicationCommand),
    /// Mount a file system (locally: served by the emulator over FUSE; on AWS: NFS / efs-utils)
    Mount(MountArgs),
    /// Unmount a directory mounted with `efsctl mount`
    Umount(UmountArgs),
    /// List mounts made with `efsctl mount`
    Mounts,
    /// CloudWatch metrics of a file system: throughput, credits, IOPS, connections
    Metrics(MetricsArgs),
    /// Burst credits: balance, baseline and burst rates, and when they run out or refill
    Credits(CreditsArgs),
    /// Live dashboard: every file system's throughput, credits, IOPS and tiering; Enter for one in depth
    Dash(DashArgs),
    /// One line per file system per interval (throughput against permitted, credits, IOPS);
    /// --check: what needs attention now or soon, exit 1 if anything (for cron and CI)
    Watch(WatchArgs),
    /// Why a mount fails: every check from the mount target to the policy, with the fix
    Doctor(DoctorArgs),
    /// Kubernetes: EFS CSI manifests, and what a pod can do on the volume
    #[command(subcommand)]
    K8s(K8sCommand),
    /// CloudWatch alarms on a file system: create from presets, list with states, delete
    #[command(subcommand)]
    Alarm(AlarmCommand),
    /// Add or replace tags: efsctl tag FS KEY=VALUE…
    Tag(TagArgs),
    /// Remove tags: efsctl untag FS KEY…
    Untag(UntagArgs),
    /// Run and control the local emulator
    Emulator(EmulatorArgs),
    /// Print shell completions (bash, zsh, fish, powershell, elvish)
    Completions {
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the man page (roff), or write every page (one per subcommand) to a directory
    Man {
        /// Write efsctl.1 and an efsctl-SUBCOMMAND.1 page per subcommand here
        #[arg(long, value_name = "DIR")]
        dir: Option<std::path::PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

#[cfg(test)]
mod tests {
    #[test]
    fn definitions_are_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
