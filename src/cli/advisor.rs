use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

#[derive(Debug, Args)]
pub struct CostArgs {
    /// File systems (id, ARN or Name); or --all
    pub file_systems: Vec<String>,
    /// Every file system in the region
    #[arg(long, conflicts_with = "file_systems")]
    pub all: bool,
    /// Days of history the findings look back over (CloudWatch keeps 5-minute data 63 days)
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=63))]
    pub days: u32,
    /// Report a file system idle after this many days without a client connection
    #[arg(long, default_value_t = 7, value_parser = clap::value_parser!(u32).range(1..=63))]
    pub idle_days: u32,
}

#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// Workload file (TOML): the file system and phases of clients; see examples/*.toml
    pub workload: PathBuf,
    /// Change a value of the file, e.g. --set phase.0.clients=16 --set file_system.credits=1TiB
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
    /// Simulated time per step (10ms to 1h)
    #[arg(long, default_value = "1s", value_parser = parse_step)]
    pub step: Duration,
    /// Also draw the charts (data moved per mode, Bursting's credits) into this SVG file
    #[arg(long, value_name = "FILE")]
    pub svg: Option<PathBuf>,
}

fn parse_step(s: &str) -> Result<Duration, String> {
    let d = efsctl_core::units::parse_duration(s)?;
    if d < Duration::from_millis(10) || d > Duration::from_secs(3600) {
        return Err(format!("'{s}' is not a step from 10ms to 1h"));
    }
    Ok(d)
}
