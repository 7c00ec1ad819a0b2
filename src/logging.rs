//! Diagnostics go to stderr (commands) or the data dir's log file (the emulator daemon).

use std::path::Path;

use tracing_subscriber::EnvFilter;

fn filter(default: &str) -> EnvFilter {
    EnvFilter::try_from_env("EFSCTL_LOG").unwrap_or_else(|_| EnvFilter::new(default))
}

/// Commands: warnings (or more with -v) on stderr, coloured only on a terminal and unless
/// `--no-color` or NO_COLOR says otherwise.
pub fn to_stderr(verbose: u8, color: bool) {
    // aws-config warns, with Debug dumps, about every provider it tried (IMDS off EC2, say);
    // the command's own error says what went wrong, so those show only with -v.
    let level = match verbose {
        0 => "warn,aws_config=error",
        1 => "info",
        _ => "debug",
    };
    let ansi = color && std::io::IsTerminal::is_terminal(&std::io::stderr()) && std::env::var_os("NO_COLOR").is_none();
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter(level))
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(ansi)
        .try_init();
}

/// The daemon: appends to its log file; falls back to stderr if the file cannot be opened.
pub fn to_file(path: &Path) {
    match std::fs::OpenOptions::new().create(true).append(true).open(path) {
        Ok(file) => {
            let _ = tracing_subscriber::fmt()
                .with_env_filter(filter("info"))
                .with_writer(std::sync::Mutex::new(file))
                .with_ansi(false)
                .try_init();
        }
        Err(e) => {
            eprintln!("warning: cannot open log file {}: {e}; logging to stderr", path.display());
            to_stderr(1, true);
        }
    }
}
