//! Throughput through a real FUSE mount as EFS would allow it, measured in one run:
//! a Provisioned file system at 10 MiB/s written for 20 s (target 10 MiB/s ± 5%), and a small
//! Bursting file system given 200 MiB of credits: it bursts at 100 MiB/s until they are spent,
//! then drops to its 1 MiB/s baseline; the emulator's BurstCreditBalance is shown next to the
//! formula's value. Last, the time of a metadata operation (create + unlink of an empty file)
//! in General Purpose and in Max I/O mode, which adds latency to each one.
//!
//! Run: `cargo bench --bench throttle` (root or fuse3, /dev/fuse).

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const MIB: f64 = 1024.0 * 1024.0;

/// Writes 1 MiB chunks for up to `secs` seconds or `limit_mib` MiB (then fsyncs); returns the
/// time at which each MiB was written.
fn write_for(path: &Path, secs: f64, limit_mib: usize) -> Vec<f64> {
    let chunk = vec![1u8; 1 << 20];
    let mut f = std::fs::File::create(path).expect("create");
    let start = Instant::now();
    let mut times = Vec::new();
    while start.elapsed().as_secs_f64() < secs && times.len() < limit_mib {
        f.write_all(&chunk).expect("write");
        times.push(start.elapsed().as_secs_f64());
    }
    f.sync_all().expect("fsync");
    times
}

/// MiB/s between the `from`-th and `to`-th MiB.
fn rate(times: &[f64], from: usize, to: usize) -> f64 {
    let to = to.min(times.len() - 1);
    (to - from) as f64 / (times[to] - times[from])
}

fn main() {
    let work = tempfile::tempdir().expect("temp dir");
    let data = work.path().join("emulator");
    let efsctl = |args: &[&str]| -> String {
        let out = Command::new(env!("CARGO_BIN_EXE_efsctl"))
            .env("EFSCTL_DATA_DIR", &data)
            .env("EFSCTL_CONFIG", data.join("none.toml"))
            .args(args)
            .output()
            .expect("efsctl");
        assert!(out.status.success(), "efsctl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };

    let prov = work.path().join("prov");
    std::fs::create_dir_all(&prov).expect("mkdir");
    efsctl(&[
        "create",
        "prov",
        "--throughput-mode",
        "provisioned",
        "--provisioned",
        "10",
        "--mount-targets",
        "us-east-1a",
        "--wait",
        "-q",
    ]);
    efsctl(&["mount", "prov", prov.to_str().expect("utf-8")]);
    let times = write_for(&prov.join("f"), 20.0, usize::MAX);
    println!(
        "Provisioned 10 MiB/s, written for 20 s: {:.2} MiB/s ({} MiB; target 10 ± 0.5)",
        times.len() as f64 / times[times.len() - 1],
        times.len()
    );
    efsctl(&["umount", prov.to_str().expect("utf-8")]);

    let burst = work.path().join("burst");
    std::fs::create_dir_all(&burst).expect("mkdir");
    let id =
        efsctl(&["create", "burst", "--throughput-mode", "bursting", "--mount-targets", "us-east-1a", "--wait", "-q"]);
    efsctl(&["mount", "burst", burst.to_str().expect("utf-8")]);
    efsctl(&["emulator", "credits", &id, "--set", "200MiB"]);
    // At 100 MiB/s with a 1 MiB/s baseline, 200 MiB of credits last 200/99 s: ~202 MiB of data.
    let times = write_for(&burst.join("f"), 20.0, 212);
    println!(
        "Bursting, 200 MiB of credits: {:.1} MiB/s over the first 150 MiB (formula: 100), then {:.2} MiB/s from MiB 204 on (baseline: 1.00)",
        rate(&times, 0, 150),
        rate(&times, 204, 211)
    );
    // The balance is 0 when the writes end; it then earns 1 MiB/s. Move the clock a minute so
    // the next datapoint is recorded, and compare with that.
    let done: f64 = efsctl(&["emulator", "clock", "-q"]).parse().expect("clock");
    efsctl(&["emulator", "clock", "--advance", "60s"]);
    std::thread::sleep(Duration::from_millis(1500));
    let v: serde_json::Value = serde_json::from_str(&efsctl(&["credits", &id, "-o", "json"])).expect("json");
    let sampled: f64 = efsctl(&["emulator", "clock", "-q"]).parse().expect("clock");
    println!(
        "BurstCreditBalance: {:.1} MiB reported; formula ≤ {:.1} MiB (1 MiB/s for the {:.0} s since the credits ran out)",
        v["BurstCreditBalance"].as_f64().unwrap_or(f64::NAN) / MIB,
        sampled - done,
        sampled - done
    );
    efsctl(&["umount", burst.to_str().expect("utf-8")]);

    let mut per_op = Vec::new();
    for mode in ["general-purpose", "max-io"] {
        let dir = work.path().join(mode);
        std::fs::create_dir_all(&dir).expect("mkdir");
        efsctl(&[
            "create",
            mode,
            "--performance-mode",
            mode,
            "--throughput-mode",
            "bursting",
            "--mount-targets",
            "us-east-1a",
            "--wait",
            "-q",
        ]);
        efsctl(&["mount", mode, dir.to_str().expect("utf-8")]);
        let n = 500;
        let start = Instant::now();
        for i in 0..n {
            let path = dir.join(format!("f{i}"));
            drop(std::fs::File::create(&path).expect("create"));
            std::fs::remove_file(&path).expect("unlink");
        }
        per_op.push(start.elapsed().as_secs_f64() * 1e3 / n as f64);
        efsctl(&["umount", dir.to_str().expect("utf-8")]);
    }
    println!(
        "create + unlink of an empty file (5 metadata operations): Max I/O {:.2} ms   General Purpose {:.2} ms   (Max I/O adds 1 ms per metadata operation)",
        per_op[1], per_op[0]
    );
    efsctl(&["emulator", "stop"]);
}
