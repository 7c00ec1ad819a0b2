use std::path::PathBuf;

use clap::{Args, Subcommand};

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
    /// Listen on non-loopback addresses too (the emulator has no authentication)
    #[arg(long)]
    pub allow_remote: bool,
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
        #[arg(long)]
        speed: Option<f64>,
        /// Back to real speed (time stays where it is when ahead)
        #[arg(long)]
        reset: bool,
        #[command(flatten)]
        dir: DataDirArg,
    },
    /// Check a file system's stored data for inconsistencies (link counts, orphans, data files)
    Fsck {
        /// File system id
        file_system: String,
        #[command(flatten)]
        dir: DataDirArg,
    },
}

/// Parses `3s`, `500ms`, `2m`, `0` into a duration (kept as text for the daemon command line).
pub fn parse_delay(s: &str) -> Result<String, String> {
    crate::settings::parse_duration(s).map(|_| s.to_string())
}
