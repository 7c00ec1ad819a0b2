use std::path::PathBuf;

use clap::builder::TypedValueParser;
use clap::{Args, Subcommand};
use efsctl_control::api::FaultKind;

#[derive(Debug, Args)]
pub struct EmulatorArgs {
    #[command(subcommand)]
    pub command: EmulatorCommand,
}

#[derive(Debug, Clone, Args)]
pub struct StartArgs {
    /// Address to listen on (port 0 picks a free port)
    #[arg(long, default_value = "127.0.0.1:0")]
    pub addr: String,
    /// How long new resources stay `creating` and deleted ones `deleting`, e.g. 3s, 500ms
    #[arg(long, value_parser = parse_delay)]
    pub create_delay: Option<String>,
    /// Listen on non-loopback addresses too (requests must then be signed with --credentials' keys)
    #[arg(long)]
    pub allow_remote: bool,
    /// Require requests signed (SigV4) with a key pair from this file (AWS credentials-file
    /// format; every profile's keys are accepted)
    #[arg(long, value_name = "FILE")]
    pub credentials: Option<PathBuf>,
    /// Require signed requests on loopback too (keys from --credentials, else
    /// AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)
    #[arg(long)]
    pub verify_signatures: bool,
    /// With --allow-remote: accept unsigned requests from anyone who can reach the port
    #[arg(long, requires = "allow_remote", conflicts_with_all = ["credentials", "verify_signatures"])]
    pub insecure_no_auth: bool,
    /// Accept requests addressed to this host name too (besides localhost and IP addresses),
    /// e.g. a container's service name; repeatable
    #[arg(long = "allow-host", value_name = "NAME")]
    pub allow_hosts: Vec<String>,
    /// Accept requests from web pages of this origin (e.g. http://localhost:3000, or *); repeatable
    #[arg(long = "allow-origin", value_name = "ORIGIN")]
    pub allow_origins: Vec<String>,
    /// Never delay reads and writes of mounts (credits and metrics still follow the model):
    /// for fast local tests, or measuring the data plane itself
    #[arg(long)]
    pub no_throughput_limits: bool,
    /// Directory for the emulator's state and log [env: EFSCTL_DATA_DIR]
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub start: StartArgs,
}

#[derive(Debug, Clone, Args)]
pub struct DataDirArg {
    /// Directory for the emulator's state and log [env: EFSCTL_DATA_DIR]
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum EmulatorCommand {
    /// Run the emulator in the foreground (Ctrl-C stops it)
    Serve(ServeArgs),
    /// Start the emulator in the background and print its endpoint
    Start(StartArgs),
    /// Stop the background emulator
    Stop(DataDirArg),
    /// Show whether the emulator runs, its endpoint, pid and data dir
    Status(DataDirArg),
    /// Delete every emulated resource (file systems, networks return to their defaults)
    Reset(DataDirArg),
    /// Show or move the emulator's virtual clock (lifecycle ages, credits, the 24-hour rule)
    Clock {
        /// Jump forward, e.g. 36h, 30d
        #[arg(long, value_parser = parse_delay)]
        advance: Option<String>,
        /// Virtual seconds per real second from now on, e.g. 60
        #[arg(long, value_parser = parse_speed)]
        speed: Option<f64>,
        /// Back to real speed (time stays where it is when ahead)
        #[arg(long, conflicts_with_all = ["advance", "speed"])]
        reset: bool,
        #[command(flatten)]
        dir: DataDirArg,
    },
    /// Set a file system's burst-credit balance, e.g. to rehearse running out of credits
    Credits {
        /// File system id, ARN or Name
        file_system: String,
        /// New balance: bytes, or with a unit (500MiB, 1.5TiB)
        #[arg(long, value_parser = efsctl_core::units::parse_size)]
        set: f64,
        #[command(flatten)]
        dir: DataDirArg,
    },
    /// Apply lifecycle policies now: move due files to IA or Archive (the daemon also does this
    /// every second, a little at a time)
    Sweep {
        /// File system id, ARN or Name (default: every file system)
        file_system: Option<String>,
        #[command(flatten)]
        dir: DataDirArg,
    },
    /// Inject faults to rehearse failures: an AZ outage, a mount target down, API throttling,
    /// I/O errors, latency, a full file system
    #[command(subcommand)]
    Fault(FaultCommand),
    /// Check a file system's stored data for inconsistencies (link counts, orphans, data files)
    Fsck {
        /// File system id, ARN or Name
        file_system: String,
        #[command(flatten)]
        dir: DataDirArg,
    },
}

#[derive(Debug, Subcommand)]
pub enum FaultCommand {
    /// Add a fault: `az-outage us-east-1a`, `mount-target-down fsmt-…`, `throttle [efs|ec2|cloudwatch]
    /// --rate 0.5`, `io-error FS --rate 0.1`, `latency FS --latency 200ms`, `no-space FS`
    Add {
        #[arg(value_parser = fault_kind())]
        kind: FaultKind,
        /// What it hits: an AZ, a mount target, a service, or a file system (id, ARN or Name)
        target: Option<String>,
        /// Share of calls or I/Os it hits, from 0 (exclusive) to 1 (default 1)
        #[arg(long)]
        rate: Option<f64>,
        /// Extra time per read or write (latency faults), e.g. 200ms
        #[arg(long, value_parser = efsctl_core::units::parse_duration)]
        latency: Option<std::time::Duration>,
        #[command(flatten)]
        dir: DataDirArg,
    },
    /// List the faults in force
    Ls {
        #[command(flatten)]
        dir: DataDirArg,
    },
    /// End a fault (or every fault with --all); service comes back with nothing lost
    Clear {
        /// Fault id (`fault ls` shows them)
        #[arg(required_unless_present = "all")]
        id: Option<String>,
        #[arg(long, conflicts_with = "id")]
        all: bool,
        #[command(flatten)]
        dir: DataDirArg,
    },
}

/// The kinds the control API knows, by their wire names (help and completions list them).
fn fault_kind() -> impl TypedValueParser<Value = FaultKind> {
    clap::builder::PossibleValuesParser::new(FaultKind::ALL.map(FaultKind::as_str)).try_map(|s| s.parse::<FaultKind>())
}
/// A clock speed: a finite number from 0.001 to 1,000,000 (NaN or inf would be dropped on the
/// wire and silently change nothing).
fn parse_speed(s: &str) -> Result<f64, String> {
    s.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| (0.001..=1_000_000.0).contains(v))
        .ok_or_else(|| format!("'{s}' is not a speed from 0.001 to 1000000 (virtual seconds per real second)"))
}

/// Parses `3s`, `500ms`, `2m`, `0` into a duration (kept as text for the daemon command line).
pub fn parse_delay(s: &str) -> Result<String, String> {
    efsctl_core::units::parse_duration(s).map(|_| s.to_string())
}
