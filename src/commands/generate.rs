//! `efsctl completions SHELL` and `efsctl man`: generated from the clap definitions, so they
//! never drift from the real flags. The copies under completions/ and man/ are checked by a test.

use std::io::Write;

use clap::CommandFactory;

use crate::cli::{Cli, Shell};
use crate::error::CliError;

pub fn completions(shell: Shell) -> Result<(), CliError> {
    let mut cmd = Cli::command();
    let mut out = std::io::stdout();
    match shell {
        Shell::Bash => clap_complete::generate(clap_complete::Shell::Bash, &mut cmd, "efsctl", &mut out),
        Shell::Zsh => clap_complete::generate(clap_complete::Shell::Zsh, &mut cmd, "efsctl", &mut out),
        Shell::Fish => clap_complete::generate(clap_complete::Shell::Fish, &mut cmd, "efsctl", &mut out),
        Shell::Powershell => clap_complete::generate(clap_complete::Shell::PowerShell, &mut cmd, "efsctl", &mut out),
        Shell::Elvish => clap_complete::generate(clap_complete::Shell::Elvish, &mut cmd, "efsctl", &mut out),
    }
    out.flush().map_err(|e| CliError::other(format!("cannot write completions: {e}")))
}

pub fn man() -> Result<(), CliError> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut buf).map_err(|e| CliError::other(format!("cannot render the man page: {e}")))?;
    std::io::stdout().write_all(&buf).map_err(|e| CliError::other(format!("cannot write the man page: {e}")))
}
