//! When efsctl last changed each file system's throughput (a small JSON file in the data dir):
//! EFS allows a mode change or a decrease once in 24 hours, and its API does not say when the
//! last one was, so `tune` records it and `tune` and the dashboard read it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn ledger_path(dir: &Path) -> PathBuf {
    dir.join("throughput-changes.json")
}

fn read_ledger(dir: &Path) -> BTreeMap<String, f64> {
    std::fs::read(ledger_path(dir)).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
}

/// When efsctl last changed the throughput of `arn` (the 24-hour rule counts from there).
pub fn last_change(dir: &Path, arn: &str) -> Option<f64> {
    read_ledger(dir).get(arn).copied()
}

pub fn record_change(dir: &Path, arn: &str, at: f64) {
    let mut ledger = read_ledger(dir);
    ledger.insert(arn.to_string(), at);
    let _ = std::fs::create_dir_all(dir);
    if let Ok(text) = serde_json::to_vec_pretty(&ledger) {
        let _ = std::fs::write(ledger_path(dir), text);
    }
}
