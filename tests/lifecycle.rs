//! Lifecycle tiering through real FUSE mounts on the virtual clock (skipped, with the reason
//! printed, where /dev/fuse is unusable): files cool to IA and Archive, sizes and metrics
//! follow, contents read back byte-identical, AFTER_1_ACCESS brings a file back, and `kill -9`
//! in the middle of sweeps loses nothing.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{BIN, Daemon, MountDir, create_and_mount, efsctl, fuse_skip, http, ok, run_value, status_of};

const DAY: u64 = 86_400;

/// Compressible text, like logs or source.
fn text(len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 64);
    let mut i = 0u64;
    while out.len() < len {
        out.extend_from_slice(
            format!("{i:08} INFO request served path=/data/{} status=200 bytes={}\n", i % 97, i * 7919 % 65536)
                .as_bytes(),
        );
        i += 1;
    }
    out.truncate(len);
    out
}

/// Incompressible bytes (xorshift), different for each seed.
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

fn advance(d: &Daemon, seconds: u64) {
    let r = http(&d.url, "POST", efsctl_control::api::paths::CLOCK, &format!(r#"{{"AdvanceSeconds": {seconds}}}"#));
    assert_eq!(status_of(&r), 200, "{r}");
}

fn json(out: String) -> Value {
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

fn status(d: &Daemon, fs: &str) -> Value {
    json(ok(efsctl(d, &["lifecycle", "status", fs, "-o", "json"])))
}

/// Files in `class` according to a `lifecycle status` document (or one of its outlooks).
fn files(v: &Value, class: &str) -> u64 {
    v["Classes"].as_array().unwrap().iter().find(|c| c["StorageClass"] == class).unwrap()["Files"].as_u64().unwrap()
}

fn size_in(d: &Daemon, fs: &str, field: &str) -> i64 {
    let v = json(ok(efsctl(d, &["describe", fs, "-o", "json"])));
    v["SizeInBytes"][field].as_i64().unwrap_or_else(|| panic!("no SizeInBytes.{field}: {v}"))
}

/// The latest StorageBytes of `class` (CloudWatch SDK), waiting for the sampler to record one
/// after a clock move.
fn storage_bytes(d: &Daemon, fs: &str, class: &str, at_least: f64) -> f64 {
    use aws_sdk_cloudwatch::primitives::DateTime;
    use aws_sdk_cloudwatch::types::{Dimension, Statistic};
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        advance(d, 60);
        std::thread::sleep(Duration::from_millis(1200));
        let now = d.now();
        let latest = run_value(async {
            let out = d
                .cloudwatch()
                .get_metric_statistics()
                .namespace("AWS/EFS")
                .metric_name("StorageBytes")
                .dimensions(Dimension::builder().name("FileSystemId").value(fs).build())
                .dimensions(Dimension::builder().name("StorageClass").value(class).build())
                .start_time(DateTime::from_secs(now as i64 - 3600))
                .end_time(DateTime::from_secs(now as i64 + 60))
                .period(900)
                .statistics(Statistic::Maximum)
                .send()
                .await
                .unwrap();
            out.datapoints()
                .iter()
                .max_by_key(|p| p.timestamp().map(|t| t.secs()))
                .and_then(|p| p.maximum())
                .unwrap_or(0.0)
        });
        if latest >= at_least || Instant::now() > deadline {
            return latest;
        }
    }
}

fn stored_forms(d: &Daemon, fs: &str, area: &str) -> Vec<u64> {
    let dir = d.dir.path().join("fs").join(fs).join(area);
    std::fs::read_dir(&dir).map(|r| r.map(|e| e.unwrap().metadata().unwrap().len()).collect()).unwrap_or_default()
}

fn fsck_clean(d: &Daemon, fs: &str) {
    ok(efsctl(d, &["emulator", "fsck", fs]));
}

const ELASTIC: &[&str] = &["--throughput-mode", "elastic"];

#[test]
fn files_cool_to_ia_then_archive_and_read_back_identical() {
    if fuse_skip("files_cool_to_ia_then_archive_and_read_back_identical") {
        return;
    }
    let d = Daemon::start();
    let m = MountDir::new();
    let fs = create_and_mount(&d, "cold", ELASTIC, &m);
    let (log, blob, small) = (text(2 << 20), noise(300 << 10, 1), text(10 << 10));
    std::fs::write(m.path().join("app.log"), &log).unwrap();
    std::fs::write(m.path().join("blob.bin"), &blob).unwrap();
    std::fs::write(m.path().join("small.txt"), &small).unwrap();
    ok(efsctl(&d, &["lifecycle", "set", "cold", "--ia", "7d", "--archive", "30d"]));

    // Nothing is due yet; a dry run of a shorter policy shows what it would move.
    ok(efsctl(&d, &["emulator", "sweep", &fs]));
    let now = status(&d, "cold");
    assert_eq!((files(&now, "Standard"), files(&now, "IA")), (3, 0), "{now}");
    let dry = json(ok(efsctl(&d, &["lifecycle", "set", "cold", "--ia", "1d", "--dry-run", "-o", "json"])));
    assert_eq!(dry["DryRun"], true);
    // Small files move too (AWS, for policies set since 2023-11-26), billed as 128 KiB.
    assert_eq!(dry["Outlook"][0]["ToIA"]["Files"], 3, "all three files move after a day: {dry}");
    let week = &now["Outlook"][1];
    assert_eq!(week["Days"], 7);
    assert_eq!(week["ToIA"]["Files"], 3, "the current policy moves them within 7 days: {now}");
    assert_eq!(
        json(ok(efsctl(&d, &["lifecycle", "get", "cold", "-o", "json"])))["LifecyclePolicies"]
            .as_array()
            .unwrap()
            .len(),
        2,
        "a dry run sets nothing"
    );

    // Eight days later: the files are in IA, compressed in their own area; the small one
    // meters its 12 KiB and bills 128 KiB.
    advance(&d, 8 * DAY);
    ok(efsctl(&d, &["emulator", "sweep", &fs]));
    let ia = status(&d, "cold");
    assert_eq!((files(&ia, "Standard"), files(&ia, "IA"), files(&ia, "Archive")), (0, 3, 0), "{ia}");
    let cold_bytes = ((2 << 20) + (300 << 10) + (12 << 10)) as i64;
    assert_eq!(size_in(&d, "cold", "ValueInIA"), cold_bytes);
    let class = |s: &serde_json::Value, name: &str, field: &str| {
        s["Classes"].as_array().unwrap().iter().find(|c| c["StorageClass"] == name).unwrap()[field].as_i64().unwrap()
    };
    assert_eq!(class(&ia, "IA", "BilledBytes") - class(&ia, "IA", "MeteredBytes"), (128 - 12) << 10, "{ia}");
    assert!(stored_forms(&d, &fs, "data").is_empty() && stored_forms(&d, &fs, "ia").len() == 3);
    let compressed: u64 = stored_forms(&d, &fs, "ia").into_iter().min().unwrap();
    assert!(compressed < (log.len() / 4) as u64, "the log compresses in IA: {compressed} bytes stored");
    assert!(storage_bytes(&d, &fs, "IA", 1.0) >= ((2 << 20) + (300 << 10)) as f64);

    // Reads come from IA (no AFTER_1_ACCESS: the files stay there) and are billed.
    assert_eq!(std::fs::read(m.path().join("app.log")).unwrap(), log);
    assert_eq!(std::fs::read(m.path().join("blob.bin")).unwrap(), blob);
    let read = status(&d, "cold");
    assert_eq!(files(&read, "IA"), 3);
    assert!(read["Counters"]["IaReadBytes"].as_u64().unwrap() >= (log.len() + blob.len()) as u64, "{read}");

    // A month after those reads, on to Archive.
    advance(&d, 31 * DAY);
    ok(efsctl(&d, &["emulator", "sweep", &fs]));
    let archived = status(&d, "cold");
    assert_eq!((files(&archived, "IA"), files(&archived, "Archive")), (0, 3), "{archived}");
    assert_eq!(size_in(&d, "cold", "ValueInArchive"), cold_bytes);
    assert_eq!(size_in(&d, "cold", "ValueInIA"), 0);
    assert!(storage_bytes(&d, &fs, "Archive", 1.0) > 0.0);
    assert_eq!(std::fs::read(m.path().join("app.log")).unwrap(), log);
    assert_eq!(std::fs::read(m.path().join("blob.bin")).unwrap(), blob);
    assert_eq!(std::fs::read(m.path().join("small.txt")).unwrap(), small);
    fsck_clean(&d, &fs);

    // Archive data blocks leaving Elastic, as on EFS.
    let out = efsctl(&d, &["tune", "cold", "--throughput-mode", "bursting", "--yes"]);
    assert!(!out.status.success(), "switching away from Elastic with Archive data must fail");
}

#[test]
fn a_read_brings_a_file_back_to_standard_with_after_1_access() {
    if fuse_skip("a_read_brings_a_file_back_to_standard_with_after_1_access") {
        return;
    }
    let d = Daemon::start();
    let m = MountDir::new();
    let fs = create_and_mount(&d, "warm", ELASTIC, &m);
    let (a, b) = (noise(200 << 10, 2), text(500 << 10));
    std::fs::write(m.path().join("a.bin"), &a).unwrap();
    std::fs::write(m.path().join("b.txt"), &b).unwrap();
    ok(efsctl(&d, &["lifecycle", "set", "warm", "--ia", "1d", "--back-on-access"]));
    advance(&d, 2 * DAY);
    ok(efsctl(&d, &["emulator", "sweep", &fs]));
    assert_eq!(files(&status(&d, "warm"), "IA"), 2);

    assert_eq!(std::fs::read(m.path().join("a.bin")).unwrap(), a);
    let after = status(&d, "warm");
    assert_eq!((files(&after, "Standard"), files(&after, "IA")), (1, 1), "the read file is back in Standard: {after}");
    // A write to a cold file also brings it back (cold forms are not rewritten in place).
    let mut f = std::fs::OpenOptions::new().append(true).open(m.path().join("b.txt")).unwrap();
    f.write_all(b"tail\n").unwrap();
    drop(f);
    let mut expected = b.clone();
    expected.extend_from_slice(b"tail\n");
    assert_eq!(std::fs::read(m.path().join("b.txt")).unwrap(), expected);
    assert_eq!(files(&status(&d, "warm"), "IA"), 0);
    fsck_clean(&d, &fs);
}

fn name(i: usize) -> String {
    format!("f{i:04}.bin")
}

#[test]
fn kill_9_in_the_middle_of_sweeps_loses_nothing() {
    if fuse_skip("kill_9_in_the_middle_of_sweeps_loses_nothing") {
        return;
    }
    const FILES: usize = 300;
    let mut d = Daemon::start();
    let m = MountDir::new();
    let fs = create_and_mount(&d, "crash", ELASTIC, &m);
    let content = |i: usize| if i.is_multiple_of(2) { noise(140 << 10, i as u64) } else { text((140 << 10) + i) };
    for i in 0..FILES {
        std::fs::write(m.path().join(name(i)), content(i)).unwrap();
    }
    ok(efsctl(&d, &["lifecycle", "set", "crash", "--ia", "1d", "--archive", "7d"]));
    // Each round: let the background sweeper and an explicit sweep run, kill -9 at a random
    // point, restart, and check the store. Half-way, the clock moves on towards Archive.
    for round in 0..8 {
        advance(&d, if round == 4 { 6 * DAY } else { DAY + 60 });
        // Pinned to this daemon: once it is killed, the command must fail, not start its own.
        let mut sweep = Command::new(BIN)
            .env("EFSCTL_DATA_DIR", d.dir.path())
            .env("EFSCTL_CONFIG", d.dir.path().join("none.toml"))
            .args(["--endpoint-url", &d.url, "emulator", "sweep", &fs])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rand::random::<u64>() % 400));
        d.kill_and_restart();
        let _ = sweep.wait();
        fsck_clean(&d, &fs);
    }
    let log = std::fs::read_to_string(d.dir.path().join("emulator.log")).unwrap_or_default();
    eprintln!(
        "recoveries after kill -9 that cleaned up an interrupted move: {}",
        log.matches("recovery removed").count()
    );
    ok(efsctl(&d, &["emulator", "sweep", &fs]));
    let done = status(&d, "crash");
    assert_eq!(files(&done, "Archive"), FILES as u64, "every file reached Archive: {done}");
    wait_for_mount(m.path());
    for i in 0..FILES {
        assert!(std::fs::read(m.path().join(name(i))).unwrap() == content(i), "{} differs after the crashes", name(i));
    }
    fsck_clean(&d, &fs);
}

/// After a restart the daemon mounts again; wait until the mount answers.
fn wait_for_mount(dir: &Path) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::fs::read_dir(dir).map(|r| r.count()).unwrap_or(0) == 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
}
