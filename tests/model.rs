//! EFS's documented figures, seen from outside: through the API, CloudWatch and real mounts.

use std::process::Command;

use aws_sdk_cloudwatch::primitives::DateTime;
use aws_sdk_cloudwatch::types::{Dimension, Statistic};
use efsctl_control::api::paths;

use crate::support::{Daemon, MountDir, create_and_mount, eventually, fuse_skip, http, run_value, status_of};

const GIB: f64 = 1024.0 * 1024.0 * 1024.0;

/// Moves the virtual clock a minute on, so the sampler closes one.
fn next_minute(d: &Daemon) {
    let r = http(&d.url, "POST", paths::CLOCK, r#"{"AdvanceSeconds": 60}"#);
    assert_eq!(status_of(&r), 200, "{r}");
}

/// The datapoints of `metric` for `fs` over the last 12 hours of virtual time: (sum, maximum) of each.
fn points(d: &Daemon, region: &str, fs: &str, metric: &str) -> Vec<(f64, f64)> {
    let cw = d.cloudwatch_in(region);
    let now = d.now();
    run_value(async {
        let out = cw
            .get_metric_statistics()
            .namespace("AWS/EFS")
            .metric_name(metric)
            .dimensions(Dimension::builder().name("FileSystemId").value(fs).build())
            .start_time(DateTime::from_secs(now as i64 - 12 * 3600))
            .end_time(DateTime::from_secs(now as i64 + 60))
            .period(60)
            .statistics(Statistic::Sum)
            .statistics(Statistic::Maximum)
            .send()
            .await
            .unwrap();
        out.datapoints().iter().map(|p| (p.sum().unwrap_or(0.0), p.maximum().unwrap_or(0.0))).collect()
    })
}

fn total(d: &Daemon, fs: &str, metric: &str) -> f64 {
    points(d, "us-east-1", fs, metric).iter().map(|p| p.0).sum()
}

/// [metrics] "For file systems using Elastic throughput, this value reflects the maximum write
/// throughput of the file system"; [quotas] 5 GiBps in us-east-1, 1 GiBps in sa-east-1.
#[test]
fn elastic_permitted_throughput_is_its_regions_write_limit() {
    let d = Daemon::start();
    let made = |region: &str| {
        run_value(async {
            d.efs_in(region)
                .create_file_system()
                .creation_token(region)
                .throughput_mode(aws_sdk_efs::types::ThroughputMode::Elastic)
                .send()
                .await
                .unwrap()
                .file_system_id()
                .to_string()
        })
    };
    for (region, limit) in [("us-east-1", 5.0 * GIB), ("sa-east-1", GIB)] {
        let fs = made(region);
        let permitted = eventually(&format!("PermittedThroughput of {fs} in {region}"), || {
            next_minute(&d);
            points(&d, region, &fs, "PermittedThroughput")
                .first()
                .map(|p| p.1)
                .ok_or_else(|| "no point yet".to_string())
        });
        assert_eq!(permitted, limit, "{region}");
    }
}

/// [quotas] "Number of access points per file system: 10,000": the 1,001st is created.
#[test]
fn a_file_system_takes_more_than_1000_access_points() {
    let d = Daemon::start();
    run_value(async {
        let efs = d.efs();
        let fs = efs.create_file_system().creation_token("many").send().await.unwrap().file_system_id().to_string();
        for i in 0..1_001 {
            efs.create_access_point()
                .file_system_id(&fs)
                .client_token(format!("ap-{i}"))
                .send()
                .await
                .unwrap_or_else(|e| panic!("access point {}: {e:?}", i + 1));
        }
        let listed = efs.describe_access_points().file_system_id(&fs).max_results(2000).send().await.unwrap();
        assert!(listed.access_points().len() + usize::from(listed.next_token().is_some()) >= 100);
    });
}

/// Waits until the metered sums of `fs` show what `expected` looks for, closing minutes as it goes.
fn settled(d: &Daemon, fs: &str, what: &str, expected: f64, measure: impl Fn() -> f64) {
    let got = eventually(what, || {
        next_minute(d);
        let v = measure();
        if v == expected { Ok(v) } else { Err(format!("{v} so far (metered {})", total(d, fs, "MeteredIOBytes"))) }
    });
    assert_eq!(got, expected, "{what}");
}

/// [quotas] "a minimum NFS request size of 4 KB (after applying a 1/3 metering rate for read
/// requests)": 1,000 direct reads of 4 KiB on Provisioned meter 1,000 × 4 KiB, not a third of it.
#[test]
fn direct_4_kib_reads_on_provisioned_meter_4_kib_each() {
    if fuse_skip("direct_4_kib_reads_on_provisioned_meter_4_kib_each") {
        return;
    }
    let d = Daemon::start();
    let m = MountDir::new();
    let fs = create_and_mount(&d, "prov", &["--throughput-mode", "provisioned", "--provisioned", "100"], &m);
    let file = m.path().join("data");
    std::fs::write(&file, vec![7u8; 4 << 20]).unwrap();
    // What the write metered (the kernel may add a request of its own), once recorded.
    let reads_metered = || total(&d, &fs, "MeteredIOBytes") - total(&d, &fs, "MetadataIOBytes");
    settled(&d, &fs, "the write recorded", (4 << 20) as f64, || total(&d, &fs, "DataWriteIOBytes"));
    next_minute(&d);
    let before = eventually("the sampler is idle", || {
        next_minute(&d);
        let (a, b) = (reads_metered(), reads_metered());
        if a == b { Ok(a) } else { Err(format!("{a} then {b}")) }
    });
    let dd = Command::new("dd")
        .arg(format!("if={}", file.display()))
        .args(["of=/dev/null", "bs=4096", "count=1000", "iflag=direct"])
        .output()
        .unwrap();
    assert!(dd.status.success(), "{dd:?}");
    // Metered = data + metadata (in full on Provisioned): what the reads added to the data part.
    settled(&d, &fs, "metered data reads", 1000.0 * 4096.0, || reads_metered() - before);
    assert_eq!(total(&d, &fs, "DataReadIOBytes"), 1000.0 * 4096.0);
}

/// [metrics] TotalIOBytes: "Data operations are metered at 32 KiB and other operations are
/// metered at 4 KiB"; [sizes] Elastic data "in 1 KiB increments after the first 32 KiB".
#[test]
fn a_one_byte_write_on_elastic_meters_32_kib() {
    if fuse_skip("a_one_byte_write_on_elastic_meters_32_kib") {
        return;
    }
    let d = Daemon::start();
    let m = MountDir::new();
    let fs = create_and_mount(&d, "tiny", &["--throughput-mode", "elastic"], &m);
    std::fs::write(m.path().join("one"), b"x").unwrap();
    settled(&d, &fs, "data bytes in TotalIOBytes", 32768.0, || {
        total(&d, &fs, "TotalIOBytes") - total(&d, &fs, "MetadataIOBytes")
    });
    assert_eq!(total(&d, &fs, "DataWriteIOBytes"), 1.0, "the actual bytes");
    assert!(total(&d, &fs, "MetadataReadIOBytes") + total(&d, &fs, "MetadataWriteIOBytes") > 0.0);
}

/// [metrics] The Minimum and Maximum of an I/O metric are the smallest and largest operation of
/// the period, not the period's total: a 4 KiB and a 1 MiB direct write in one minute.
#[test]
fn io_metrics_minimum_and_maximum_are_the_smallest_and_largest_operation() {
    if fuse_skip("io_metrics_minimum_and_maximum_are_the_smallest_and_largest_operation") {
        return;
    }
    let d = Daemon::start();
    let m = MountDir::new();
    let fs = create_and_mount(&d, "extremes", &["--throughput-mode", "provisioned", "--provisioned", "100"], &m);
    for (bs, name) in [("4096", "small"), ("1M", "big")] {
        let dd = Command::new("dd")
            .args(["if=/dev/zero", &format!("of={}/{name}", m.s()), &format!("bs={bs}"), "count=1", "oflag=direct"])
            .output()
            .unwrap();
        assert!(dd.status.success(), "{dd:?}");
    }
    let cw = d.cloudwatch();
    let extremes = || {
        let now = d.now();
        run_value(async {
            let out = cw
                .get_metric_statistics()
                .namespace("AWS/EFS")
                .metric_name("DataWriteIOBytes")
                .dimensions(Dimension::builder().name("FileSystemId").value(&fs).build())
                .start_time(aws_sdk_cloudwatch::primitives::DateTime::from_secs_f64(now - 3600.0))
                .end_time(aws_sdk_cloudwatch::primitives::DateTime::from_secs_f64(now + 60.0))
                .period(3600)
                .statistics(Statistic::Minimum)
                .statistics(Statistic::Maximum)
                .statistics(Statistic::Sum)
                .send()
                .await
                .unwrap();
            // Over the hours the minutes fall in: the smallest minimum, the largest maximum.
            out.datapoints().iter().fold((f64::INFINITY, 0.0f64, 0.0), |(lo, hi, sum), p| {
                (
                    lo.min(p.minimum().unwrap_or(f64::INFINITY)),
                    hi.max(p.maximum().unwrap_or(0.0)),
                    sum + p.sum().unwrap_or(0.0),
                )
            })
        })
    };
    let got = eventually("the writes recorded", || {
        next_minute(&d);
        match extremes() {
            (min, max, sum) if sum >= (1 << 20) as f64 + 4096.0 => Ok((min, max)),
            other => Err(format!("{other:?}")),
        }
    });
    assert_eq!(got, (4096.0, (1 << 20) as f64));
}
