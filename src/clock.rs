//! Time as the emulator sees it. Everything time-dependent in the emulator (lifecycle states,
//! the 24-hour throughput rule, timestamps) asks a `Clock` instead of the OS, so tests and the
//! virtual clock can move time without waiting for it.

use std::time::{SystemTime, UNIX_EPOCH};

pub trait Clock: Send + Sync {
    /// Seconds since the Unix epoch.
    fn now(&self) -> f64;
}

/// Wall-clock time.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> f64 {
        SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
    }
}
