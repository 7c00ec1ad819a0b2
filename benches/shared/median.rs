//! The median wall time of a command over runs (shared by the benches that time commands).

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// `None` if a run fails to start or exits non-zero.
pub fn median_of(runs: usize, mut cmd: impl FnMut() -> Command) -> Option<Duration> {
    let mut times = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        let status = cmd().stdout(Stdio::null()).stderr(Stdio::null()).status().ok()?;
        let took = start.elapsed();
        if !status.success() {
            return None;
        }
        times.push(took);
    }
    times.sort();
    Some(times[times.len() / 2])
}
