//! The daemon's life through the CLI: start on demand, one daemon per data dir, status, stop,
//! reset, loopback only.

use std::process::Command;

use crate::support::{BIN, Daemon};

fn efsctl(dir: &std::path::Path) -> Command {
    let mut c = Command::new(BIN);
    c.env("EFSCTL_DATA_DIR", dir).env("EFSCTL_CONFIG", dir.join("absent.toml")).env_remove("EFSCTL_BACKEND").env_remove("EFSCTL_ENDPOINT_URL");
    c
}

#[test]
fn start_status_stop() {
    let dir = tempfile::tempdir().unwrap();
    let status = efsctl(dir.path()).args(["emulator", "status"]).output().unwrap();
    assert_eq!(status.status.code(), Some(3), "{status:?}");

    // Two commands racing to start the daemon end up sharing one.
    let a = efsctl(dir.path()).args(["emulator", "start"]).spawn().unwrap();
    let b = efsctl(dir.path()).args(["emulator", "start"]).output().unwrap();
    let a = a.wait_with_output().unwrap();
    assert!(a.status.success() && b.status.success(), "{a:?} {b:?}");
    let status = efsctl(dir.path()).args(["emulator", "status", "-o", "json"]).output().unwrap();
    assert!(status.status.success());
    let json: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(json["running"], true);
    let url = json["endpoint"].as_str().unwrap().to_string();
    let quiet = efsctl(dir.path()).args(["emulator", "status", "-q"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&quiet.stdout).trim(), url);

    // A second foreground daemon on the same data dir refuses to start.
    let second = efsctl(dir.path()).args(["emulator", "serve", "--data-dir"]).arg(dir.path()).output().unwrap();
    assert_eq!(second.status.code(), Some(4), "{second:?}");
    assert!(String::from_utf8_lossy(&second.stderr).contains("already serving"));

    let reset = efsctl(dir.path()).args(["emulator", "reset"]).output().unwrap();
    assert!(reset.status.success(), "{reset:?}");
    let stop = efsctl(dir.path()).args(["emulator", "stop"]).output().unwrap();
    assert!(stop.status.success(), "{stop:?}");
    let status = efsctl(dir.path()).args(["emulator", "status"]).output().unwrap();
    assert_eq!(status.status.code(), Some(3));
    assert!(dir.path().join("emulator.log").exists());
}

#[test]
fn refuses_non_loopback_without_allow_remote() {
    let dir = tempfile::tempdir().unwrap();
    let out = efsctl(dir.path()).args(["emulator", "serve", "--addr", "0.0.0.0:0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--allow-remote"));
    let bad = efsctl(dir.path()).args(["emulator", "serve", "--create-delay", "3 parsecs"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn start_failure_names_the_log() {
    let d = Daemon::start();
    // The port is taken by the running daemon: a start on it fails with the log path.
    let addr = d.url.trim_start_matches("http://").to_string();
    let other = tempfile::tempdir().unwrap();
    let out = efsctl(other.path()).args(["emulator", "start", "--addr", &addr]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("emulator.log") && err.contains("cannot listen"), "{err}");
}
