//! One module per command: each takes parsed arguments and settings and does the work.

pub mod emulator;

use crate::cli::{Cli, Command};
use crate::error::CliError;
use crate::settings::Settings;

pub async fn run(cli: Cli) -> Result<(), CliError> {
    let settings = Settings::resolve(&cli.global)?;
    match cli.command {
        Command::Emulator(args) => emulator::run(args.command, &settings).await,
    }
}
