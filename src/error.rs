//! Errors at the CLI edge: each has an exit code (DESIGN.md) and, where we know one, a hint.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    Error = 1,
    Usage = 2,
    NotFound = 3,
    Conflict = 4,
    NotReady = 5,
}

#[derive(Debug)]
pub struct CliError {
    pub exit: ExitCode,
    pub message: String,
    pub hint: Option<String>,
}

impl CliError {
    pub fn new(exit: ExitCode, message: impl Into<String>) -> Self {
        CliError { exit, message: message.into(), hint: None }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Usage, message)
    }

    pub fn other(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Error, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error: {}", self.message)?;
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {h}")?;
        }
        Ok(())
    }
}

impl From<crate::emulator::daemon::DaemonError> for CliError {
    fn from(e: crate::emulator::daemon::DaemonError) -> Self {
        CliError::other(e.to_string()).with_hint("check the log, or run `efsctl emulator serve` in the foreground to see what fails")
    }
}

impl From<crate::emulator::ServeError> for CliError {
    fn from(e: crate::emulator::ServeError) -> Self {
        let exit = match e {
            crate::emulator::ServeError::NotLoopback(_) => ExitCode::Usage,
            crate::emulator::ServeError::AlreadyRunning(_) => ExitCode::Conflict,
            _ => ExitCode::Error,
        };
        CliError::new(exit, e.to_string())
    }
}
