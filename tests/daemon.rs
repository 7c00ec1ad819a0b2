//! The daemon's life through the CLI: start on demand, one daemon per data dir, status, stop,
//! reset, loopback only.

use std::process::Command;

use crate::support::{BIN, Daemon};

fn efsctl(dir: &std::path::Path) -> Command {
    let mut c = Command::new(BIN);
    c.env("EFSCTL_DATA_DIR", dir)
        .env("EFSCTL_CONFIG", dir.join("absent.toml"))
        .env_remove("EFSCTL_BACKEND")
        .env_remove("EFSCTL_ENDPOINT_URL");
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
    assert_eq!(json["Running"], true);
    let url = json["Endpoint"].as_str().unwrap().to_string();
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

#[test]
fn virtual_clock_moves_the_24_hour_rule() {
    let d = Daemon::start();
    let fs = crate::support::run_value(async {
        let efs = d.efs();
        let fs = efs
            .create_file_system()
            .creation_token("clock")
            .throughput_mode(aws_sdk_efs::types::ThroughputMode::Elastic)
            .send()
            .await
            .unwrap()
            .file_system_id()
            .to_string();
        efs.update_file_system()
            .file_system_id(&fs)
            .throughput_mode(aws_sdk_efs::types::ThroughputMode::Bursting)
            .send()
            .await
            .unwrap();
        let err = efs
            .update_file_system()
            .file_system_id(&fs)
            .throughput_mode(aws_sdk_efs::types::ThroughputMode::Elastic)
            .send()
            .await
            .unwrap_err();
        assert_eq!(aws_sdk_efs::error::ProvideErrorMetadata::code(&err), Some("TooManyRequests"));
        fs
    });
    let clock = |args: &[&str]| {
        let mut c = efsctl(d.dir.path());
        c.args(["emulator", "clock"]).args(args);
        c.output().unwrap()
    };
    let before: serde_json::Value = serde_json::from_slice(&clock(&["-o", "json"]).stdout).unwrap();
    let moved = clock(&["--advance", "25h", "-o", "json"]);
    assert!(moved.status.success(), "{moved:?}");
    let after: serde_json::Value = serde_json::from_slice(&moved.stdout).unwrap();
    assert!(after["Now"].as_f64().unwrap() - before["Now"].as_f64().unwrap() >= 25.0 * 3600.0);
    let back = clock(&["--advance", "-1h"]);
    assert_eq!(back.status.code(), Some(2), "the clock cannot go backwards");
    crate::support::run(async {
        let efs = d.efs();
        efs.update_file_system()
            .file_system_id(&fs)
            .throughput_mode(aws_sdk_efs::types::ThroughputMode::Elastic)
            .send()
            .await
            .unwrap();
    });
    // Sped up, time runs faster than real time; reset returns to real speed.
    let fast: serde_json::Value = serde_json::from_slice(&clock(&["--speed", "3600", "-o", "json"]).stdout).unwrap();
    assert_eq!(fast["Speed"], 3600.0);
    let reset: serde_json::Value = serde_json::from_slice(&clock(&["--reset", "-o", "json"]).stdout).unwrap();
    assert_eq!(reset["Speed"], 1.0);
}

#[test]
fn credits_accrue_on_the_virtual_clock_as_the_formula_says() {
    let d = Daemon::start();
    let fs = crate::support::run_value(async {
        d.efs()
            .create_file_system()
            .creation_token("accrue")
            .throughput_mode(aws_sdk_efs::types::ThroughputMode::Bursting)
            .send()
            .await
            .unwrap()
            .file_system_id()
            .to_string()
    });
    let run = |args: &[&str]| efsctl(d.dir.path()).args(args).output().unwrap();
    let set = run(&["emulator", "credits", &fs, "--set", "0"]);
    assert!(set.status.success(), "{set:?}");
    assert_eq!(run(&["emulator", "credits", &fs, "--set", "99TiB"]).status.code(), Some(2), "above the cap");
    assert_eq!(run(&["emulator", "credits", "fs-0123456789abcdef0", "--set", "1GiB"]).status.code(), Some(3));
    // An hour with no I/O earns the baseline: 1 MiB/s for a small file system.
    assert!(run(&["emulator", "clock", "--advance", "1h"]).status.success());
    // The sampler's next tick records the balance.
    let expected = 3600.0 * 1024.0 * 1024.0;
    crate::support::eventually("an hour's credits", || {
        let out = run(&["credits", &fs, "-o", "json"]);
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned()); // no datapoint yet
        }
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let got = v["BurstCreditBalance"].as_f64().unwrap_or_default();
        if (got - expected).abs() / expected < 0.02 { Ok(()) } else { Err(format!("balance {got} vs {expected}")) }
    });
}
