//! The advisor's two budgets, with references measured in the same run:
//! - `efsctl simulate examples/ml-training.toml` (1-second steps, every mode) next to
//!   `efsctl --version` (starting the process alone);
//! - `efsctl cost --all` over 1,000 file systems on a release-build emulator with minutes of
//!   metrics on record, next to `efsctl ls` and the AWS CLI's `aws efs describe-file-systems`
//!   over the same file systems.
//!
//! Run: `cargo bench --bench advisor`.

#[path = "shared/efs_client.rs"]
mod efs_client;
#[path = "shared/median.rs"]
mod median;

use std::process::Command;
use std::time::Duration;

const FILE_SYSTEMS: usize = 1000;

use median::median_of;

fn line(what: &str, took: Option<Duration>, runs: usize) {
    let took = took.map_or("failed".into(), |d| format!("{:>8.1} ms", d.as_secs_f64() * 1e3));
    println!("{what:<64} median {took} over {runs} runs");
}

fn main() {
    let bin = env!("CARGO_BIN_EXE_efsctl");
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = tempfile::tempdir().expect("temp dir");
    let efsctl = || {
        let mut c = Command::new(bin);
        c.current_dir(root).env("EFSCTL_DATA_DIR", dir.path()).env("EFSCTL_CONFIG", dir.path().join("none.toml"));
        c
    };

    let simulate = median_of(5, || {
        let mut c = efsctl();
        c.args(["simulate", "examples/ml-training.toml", "-o", "json"]);
        c
    });
    let start = median_of(5, || {
        let mut c = efsctl();
        c.arg("--version");
        c
    });
    line("efsctl simulate examples/ml-training.toml (1 s steps, 4 modes)", simulate, 5);
    line("efsctl --version (process start, ref)", start, 5);

    // 1,000 file systems (a tenth Provisioned, a tenth Elastic), then minutes of metrics.
    let out = efsctl().args(["emulator", "start"]).output().expect("emulator start");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let url = std::fs::read_to_string(dir.path().join("daemon.url")).expect("daemon url").trim().to_string();
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    let efs = efs_client::efs_client(&url);
    rt.block_on(async {
        for i in 0..FILE_SYSTEMS {
            let mut req = efs.create_file_system().creation_token(format!("bench-{i}"));
            req = match i % 10 {
                0 => req.throughput_mode("provisioned".into()).provisioned_throughput_in_mibps(64.0),
                1 => req.throughput_mode("elastic".into()),
                _ => req,
            };
            req.send().await.expect("create file system");
        }
    });
    let out = efsctl().args(["emulator", "clock", "--advance", "3m"]).output().expect("clock");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    std::thread::sleep(Duration::from_secs(3));

    let cost = median_of(3, || {
        let mut c = efsctl();
        c.args(["cost", "--all", "-o", "json"]);
        c
    });
    let ls = median_of(3, || {
        let mut c = efsctl();
        c.args(["ls", "-o", "json"]);
        c
    });
    let aws = median_of(3, || {
        let mut c = Command::new("aws");
        c.args(["--endpoint-url", &url, "--region", "us-east-1", "efs", "describe-file-systems"])
            .env("AWS_ACCESS_KEY_ID", "test")
            .env("AWS_SECRET_ACCESS_KEY", "test");
        c
    });
    line(&format!("efsctl cost --all over {FILE_SYSTEMS} file systems"), cost, 3);
    line("efsctl ls over the same (ref)", ls, 3);
    line("aws efs describe-file-systems over the same (ref)", aws, 3);
    let _ = efsctl().args(["emulator", "stop"]).status();
}
