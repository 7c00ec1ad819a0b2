//! Wall time of `efsctl describe FS -o json` against the emulator, next to the AWS CLI's
//! `aws efs describe-file-systems` against the same emulator, measured in the same run.
//!
//! Run: `cargo bench --bench cli` (the AWS CLI comes from scripts/install.sh).

#[path = "shared/median.rs"]
mod median;

use std::process::Command;

use median::median_of;

fn main() {
    let bin = env!("CARGO_BIN_EXE_efsctl");
    let dir = tempfile::tempdir().expect("temp dir");
    let efsctl = || {
        let mut c = Command::new(bin);
        c.env("EFSCTL_DATA_DIR", dir.path()).env("EFSCTL_CONFIG", dir.path().join("none.toml"));
        c
    };
    let out = efsctl().args(["create", "bench", "--wait", "-q"]).output().expect("efsctl create");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let id = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let url = std::fs::read_to_string(dir.path().join("daemon.url")).expect("daemon url").trim().to_string();

    let ours = median_of(30, || {
        let mut c = efsctl();
        c.args(["describe", &id, "-o", "json"]);
        c
    })
    .expect("efsctl describe");
    println!(
        "efsctl describe FS -o json (4 API calls):        median {:>8.1} ms over 30 runs",
        ours.as_secs_f64() * 1e3
    );

    let aws = median_of(10, || {
        let mut c = Command::new("aws");
        c.args([
            "--endpoint-url",
            &url,
            "--region",
            "us-east-1",
            "efs",
            "describe-file-systems",
            "--file-system-id",
            &id,
        ])
        .env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test");
        c
    });
    match aws {
        Some(t) => {
            println!(
                "aws efs describe-file-systems (1 API call, ref):  median {:>8.1} ms over 10 runs",
                t.as_secs_f64() * 1e3
            );
            println!("efsctl is {:.0}x faster", t.as_secs_f64() / ours.as_secs_f64());
        }
        None => println!("aws CLI not found or failed: install it (scripts/install.sh) for the reference figure"),
    }
    let _ = efsctl().args(["emulator", "stop"]).status();
}
