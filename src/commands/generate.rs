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

/// The top page on stdout, or every page into `dir` (the top page names the subcommands'
/// pages, which exist only then).
pub fn man(dir: Option<&std::path::Path>) -> Result<(), CliError> {
    if let Some(dir) = dir {
        let failed = |e: std::io::Error| CliError::other(format!("cannot write man pages to {}: {e}", dir.display()));
        std::fs::create_dir_all(dir).map_err(failed)?;
        clap_mangen::generate_to(Cli::command(), dir).map_err(failed)?;
        eprintln!("man pages written to {}", dir.display());
        return Ok(());
    }
    // Built as generate_to builds it, so this page is the same as the one it writes.
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut buf)
        .map_err(|e| CliError::other(format!("cannot render the man page: {e}")))?;
    std::io::stdout().write_all(&buf).map_err(|e| CliError::other(format!("cannot write the man page: {e}")))
}
