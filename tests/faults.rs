//! Fault injection: API throttling the CLI rides out with retries (and says so), an AZ outage
//! that blocks a mount as a hard NFS mount blocks and refuses new ones (or lets them hang until
//! `--timeout` without preflight), I/O errors and a full file system — and clearing each
//! brings service back with nothing lost.

use std::io::Read;
use std::sync::mpsc;
use std::time::Duration;

use crate::cli::fails;
use crate::support::{Daemon, MountDir, create_and_mount, efsctl, fuse_skip, ok};

#[test]
fn throttled_calls_complete_with_retries_and_say_so() {
    let d = Daemon::start();
    ok(efsctl(&d, &["create", "busy", "--wait", "-q"]));
    let added = ok(efsctl(&d, &["emulator", "fault", "add", "throttle", "--rate", "0.5", "-q"]));
    let id = added.trim().to_string();
    let mut warned = false;
    for args in
        [&["ls"][..], &["describe", "busy"], &["mount-target", "ls", "busy"], &["alarm", "ls"], &["ls", "-o", "json"]]
    {
        let out = efsctl(&d, args);
        assert!(out.status.success(), "{args:?} under 50% throttling: {}", String::from_utf8_lossy(&out.stderr));
        warned |= String::from_utf8_lossy(&out.stderr).contains("retrying with backoff");
    }
    assert!(warned, "five commands of several calls each at 50% throttling: some retried and said so");
    let listed = ok(efsctl(&d, &["emulator", "fault", "ls"]));
    assert!(listed.contains(&id) && listed.contains("throttle"), "{listed}");
    ok(efsctl(&d, &["emulator", "fault", "clear", &id]));
    let quiet = efsctl(&d, &["ls"]);
    assert!(!String::from_utf8_lossy(&quiet.stderr).contains("retrying"), "cleared: no more throttling");

    // Bad input: named, exit 2 or 3, nothing added.
    fails(&efsctl(&d, &["emulator", "fault", "add", "az-outage", "us-east-9z"]), 3, "us-east-9z");
    fails(&efsctl(&d, &["emulator", "fault", "add", "throttle", "s3"]), 2, "efs, ec2, cloudwatch");
    fails(&efsctl(&d, &["emulator", "fault", "add", "io-error", "no-such-fs"]), 3, "no-such-fs");
    fails(&efsctl(&d, &["emulator", "fault", "add", "latency", "busy"]), 2, "latency");
    fails(&efsctl(&d, &["emulator", "fault", "add", "io-error", "busy", "--rate", "1.5"]), 2, "rate");
    fails(&efsctl(&d, &["emulator", "fault", "add", "az-outage"]), 2, "needs a target");
    fails(&efsctl(&d, &["emulator", "fault", "clear", "fault-99"]), 3, "fault-99");
    fails(&efsctl(&d, &["emulator", "fault", "clear"]), 2, "<ID>");
    assert_eq!(ok(efsctl(&d, &["emulator", "fault", "ls", "-q"])).trim(), "", "nothing was added");
}

#[test]
fn an_az_outage_blocks_mounts_until_cleared_and_loses_nothing() {
    if fuse_skip("an_az_outage_blocks_mounts_until_cleared_and_loses_nothing") {
        return;
    }
    let d = Daemon::start();
    let m = MountDir::new();
    let fs = create_and_mount(&d, "zonal", &["--mount-targets", "us-east-1a,us-east-1b"], &m);
    let data: Vec<u8> = (0..1_000_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(m.path().join("before"), &data).unwrap();
    let id = ok(efsctl(&d, &["emulator", "fault", "add", "az-outage", "us-east-1a", "-q"])).trim().to_string();

    // The mount through us-east-1a blocks, as a hard NFS mount does: a read waits.
    let (tx, rx) = mpsc::channel();
    let path = m.path().join("before");
    let reader = std::thread::spawn(move || {
        let mut got = Vec::new();
        let r = std::fs::File::open(&path).and_then(|mut f| f.read_to_end(&mut got));
        let _ = tx.send(r.map(|_| got));
    });
    assert!(
        rx.recv_timeout(Duration::from_millis(500)).is_err(),
        "a read through a mount target that does not answer waits"
    );
    // CloudWatch sees the client gone, as AWS would.
    crate::support::next_minute_recorded(&d, &fs);
    let connections = crate::support::run_value(async {
        let now = d.now();
        let out = d
            .cloudwatch()
            .get_metric_statistics()
            .namespace("AWS/EFS")
            .metric_name("ClientConnections")
            .dimensions(aws_sdk_cloudwatch::types::Dimension::builder().name("FileSystemId").value(&fs).build())
            .start_time(aws_sdk_cloudwatch::primitives::DateTime::from_secs_f64(now - 120.0))
            .end_time(aws_sdk_cloudwatch::primitives::DateTime::from_secs_f64(now))
            .period(60)
            .statistics(aws_sdk_cloudwatch::types::Statistic::Maximum)
            .send()
            .await
            .unwrap();
        let mut points = out.datapoints().to_vec();
        points.sort_by_key(|p| p.timestamp().map(|t| t.secs()));
        points.last().and_then(|p| p.maximum())
    });
    assert_eq!(connections, Some(0.0), "the only client's mount target is out");

    // A new mount there is refused at once, naming the outage and the doctor's check; another
    // AZ still mounts; without preflight the mount hangs until --timeout.
    let other = MountDir::new();
    let refused = efsctl(&d, &["mount", "zonal", other.s(), "--az", "us-east-1a"]);
    fails(&refused, 1, "does not answer");
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains(&id) && said.contains("first failing doctor check: mount target answers"), "{said}");
    fails(
        &efsctl(&d, &["mount", "zonal", other.s(), "--az", "us-east-1a", "--no-preflight", "--timeout", "1s"]),
        1,
        "timed out",
    );
    let (code, v) = {
        let out = efsctl(&d, &["doctor", "zonal", "--az", "us-east-1a", "-o", "json"]);
        (out.status.code(), serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap())
    };
    assert_eq!(code, Some(1));
    assert!(
        v["Findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["Check"] == "mount target answers" && f["Verdict"] == "Fail"),
        "{v:#}"
    );
    ok(efsctl(&d, &["mount", "zonal", other.s(), "--az", "us-east-1b"]));
    ok(efsctl(&d, &["umount", other.s()]));

    // Cleared: the blocked read completes with the data intact, and new mounts work.
    ok(efsctl(&d, &["emulator", "fault", "clear", &id]));
    let got = rx.recv_timeout(Duration::from_secs(60)).expect("the read completes once the AZ is back").unwrap();
    assert!(got == data, "the data written before the outage reads back intact");
    reader.join().unwrap();
    ok(efsctl(&d, &["mount", "zonal", other.s(), "--az", "us-east-1a"]));
    assert_eq!(std::fs::read(other.path().join("before")).unwrap(), data);
    ok(efsctl(&d, &["umount", other.s()]));
}

#[test]
fn io_errors_and_a_full_file_system_then_recovery() {
    if fuse_skip("io_errors_and_a_full_file_system_then_recovery") {
        return;
    }
    let d = Daemon::start();
    let m = MountDir::new();
    let fs = create_and_mount(&d, "flaky", &[], &m);
    std::fs::write(m.path().join("kept"), b"acknowledged").unwrap();
    let eio =
        ok(efsctl(&d, &["emulator", "fault", "add", "io-error", "flaky", "--rate", "1", "-q"])).trim().to_string();
    let listed = ok(efsctl(&d, &["emulator", "fault", "ls", "-o", "json"]));
    assert!(listed.contains(&fs), "the fault names the file system by id: {listed}");
    let err = std::fs::read(m.path().join("kept")).unwrap_err();
    assert_eq!(err.raw_os_error(), Some(libc::EIO));
    ok(efsctl(&d, &["emulator", "fault", "clear", &eio]));
    assert_eq!(std::fs::read(m.path().join("kept")).unwrap(), b"acknowledged");

    ok(efsctl(&d, &["emulator", "fault", "add", "no-space", "flaky"]));
    let full = std::fs::write(m.path().join("more"), vec![1u8; 4096]).unwrap_err();
    assert_eq!(full.raw_os_error(), Some(libc::ENOSPC));
    assert_eq!(std::fs::read(m.path().join("kept")).unwrap(), b"acknowledged", "reads still work");
    ok(efsctl(&d, &["emulator", "fault", "clear", "--all"]));
    std::fs::write(m.path().join("more"), vec![1u8; 4096]).unwrap();
    assert_eq!(std::fs::read(m.path().join("more")).unwrap().len(), 4096);
    ok(efsctl(&d, &["umount", m.s()]));
}
