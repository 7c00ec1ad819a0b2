//! The figures of the EFS throughput, credit, IOPS and metering model, as AWS documents them
//! (read 2026-12-04; docs/efs-model.md, "Throughput and IOPS limits", cites each page):
//! - [perf] Amazon EFS performance specifications, https://docs.aws.amazon.com/efs/latest/ug/performance.html
//! - [quotas] Amazon EFS quotas, https://docs.aws.amazon.com/efs/latest/ug/limits.html
//! - [sizes] How Amazon EFS reports file system and object sizes, https://docs.aws.amazon.com/efs/latest/ug/metered-sizes.html
//! - [metrics] CloudWatch metrics for Amazon EFS, https://docs.aws.amazon.com/efs/latest/ug/efs-metrics.html
//!
//! `crate::throughput` computes with them; nothing else hard-codes them. Where AWS varies a
//! figure by region, the region decides here.

use super::modes::{PerformanceMode, ThroughputMode};

const KIB: f64 = 1024.0;
const MIB: f64 = 1024.0 * KIB;
const GIB: f64 = 1024.0 * MIB;
const TIB: f64 = 1024.0 * GIB;

/// Bursting baseline: bytes/s earned per GiB of Standard storage, and the floor. [perf]
pub const BASELINE_PER_GIB: f64 = 50.0 * KIB;
pub const MIN_BASELINE: f64 = MIB;
/// Bursting burst rate: bytes/s per TiB of Standard storage, and the floor. [perf]
pub const BURST_PER_TIB: f64 = 100.0 * MIB;
pub const MIN_BURST: f64 = 100.0 * MIB;
/// Credits a new file system starts with, and the cap below 1 TiB stored. [perf]
pub const INITIAL_CREDITS: f64 = 2.1 * TIB;
/// The cap at 1 TiB and above: credit bytes per byte of Standard storage. [perf]
pub const CREDIT_CAP_PER_BYTE: f64 = 2.1;

/// Regions where Elastic file systems reach 60 GiB/s read and 5 GiB/s write (elsewhere 20 and 1). [quotas]
pub const ELASTIC_LARGE_REGIONS: &[&str] = &[
    "us-east-1",
    "us-east-2",
    "us-west-2",
    "ap-south-1",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "eu-central-1",
    "eu-west-1",
    "eu-west-2",
];
/// Regions where Provisioned file systems reach 10 GiB/s read and 3.33 GiB/s write (elsewhere 3 and 1). [quotas]
pub const PROVISIONED_LARGE_REGIONS: &[&str] = &["us-east-1", "us-east-2", "us-west-2", "eu-west-1"];
/// Regions where Bursting file systems reach 5 GiB/s read and 3 GiB/s write (elsewhere 3 and 1),
/// Regional and One Zone alike. [quotas]
pub const BURSTING_LARGE_REGIONS: &[&str] = &["us-east-1", "us-east-2", "us-west-2", "ap-southeast-2", "eu-west-1"];

/// A file system's maximum throughput (bytes/s), read and write; reads and writes share it
/// ("a combined 100%": a third of the read limit leaves two thirds of the write limit). [perf]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ThroughputLimits {
    pub read: f64,
    pub write: f64,
}

/// The per-file-system throughput limits of a throughput mode in a region. [quotas]
pub fn throughput_limits(region: &str, mode: ThroughputMode, one_zone: bool) -> ThroughputLimits {
    let pick = |large: &[&str], big: (f64, f64), small: (f64, f64)| {
        let (read, write) = if large.contains(&region) { big } else { small };
        ThroughputLimits { read: read * GIB, write: write * GIB }
    };
    match mode {
        // One Zone Bursting has Regional Bursting's limits; One Zone Elastic and Provisioned 3 / 1.
        ThroughputMode::Bursting => pick(BURSTING_LARGE_REGIONS, (5.0, 3.0), (3.0, 1.0)),
        _ if one_zone => ThroughputLimits { read: 3.0 * GIB, write: GIB },
        ThroughputMode::Elastic => pick(ELASTIC_LARGE_REGIONS, (60.0, 5.0), (20.0, 1.0)),
        ThroughputMode::Provisioned => pick(PROVISIONED_LARGE_REGIONS, (10.0, 3.33), (3.0, 1.0)),
    }
}

/// IOPS limits of a file system: reads (of IA or Archive data apart, for Elastic) and writes. [perf] [quotas]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IopsLimits {
    pub read: f64,
    /// Reads of data in IA or Archive.
    pub cold_read: f64,
    pub write: f64,
}

/// The default IOPS limits for General Purpose; Max I/O has none (it trades them for latency).
pub fn iops_limits(mode: ThroughputMode, performance: PerformanceMode, one_zone: bool) -> Option<IopsLimits> {
    let same = |read: f64, write: f64| IopsLimits { read, cold_read: read, write };
    match (performance, mode) {
        (PerformanceMode::MaxIo, _) => None,
        (_, _) if one_zone => Some(same(35_000.0, 7_000.0)),
        (_, ThroughputMode::Elastic) => Some(IopsLimits { read: 250_000.0, cold_read: 90_000.0, write: 50_000.0 }),
        (_, ThroughputMode::Provisioned) => Some(same(55_000.0, 25_000.0)),
        (_, ThroughputMode::Bursting) => Some(same(35_000.0, 7_000.0)),
    }
}

/// Combined read and write throughput of one client (bytes/s): 1,500 MiB/s on Elastic with a
/// current client (efs-utils 2.0+ or the EFS CSI driver, as the emulator's mounts are), else
/// 500 MiB/s. [perf] [quotas]
pub fn per_client(mode: ThroughputMode, current_client: bool) -> f64 {
    if mode == ThroughputMode::Elastic && current_client { 1500.0 * MIB } else { 500.0 * MIB }
}

/// Metering: every NFS request counts at least 4 KiB, after the one-third read discount on
/// Bursting and Provisioned. [quotas] [perf]
pub const MIN_REQUEST_BYTES: f64 = 4.0 * KIB;
pub const READ_METERING_FACTOR: f64 = 1.0 / 3.0;
/// Elastic meters data operations at 32 KiB at least and metadata operations at 4 KiB, then
/// per KiB. [sizes] [metrics]
pub const ELASTIC_MIN_DATA_BYTES: f64 = 32.0 * KIB;
pub const ELASTIC_MIN_METADATA_BYTES: f64 = 4.0 * KIB;
/// Past the minimum, operations are metered per KiB. [metrics]
pub const METERING_STEP: f64 = KIB;

/// Extra latency of each metadata operation in Max I/O mode (seconds). AWS says only that Max
/// I/O has "higher per-operation latencies" than General Purpose for metadata; this figure is
/// the emulator's estimate (General Purpose operations get none), so the difference shows.
pub const MAX_IO_METADATA_LATENCY: f64 = 0.001;

#[cfg(test)]
mod tests {
    //! One test per documented figure, named after the fact; each cites its page.
    use super::*;
    use ThroughputMode::*;

    /// [quotas] "Regional Elastic throughput": 60 GiBps / 5 GiBps in 11 regions, 20 / 1 elsewhere.
    #[test]
    fn elastic_is_60_read_5_write_gib_in_the_large_regions_and_20_1_elsewhere() {
        assert_eq!(
            throughput_limits("us-east-1", Elastic, false),
            ThroughputLimits { read: 60.0 * GIB, write: 5.0 * GIB }
        );
        assert_eq!(
            throughput_limits("eu-west-2", Elastic, false),
            ThroughputLimits { read: 60.0 * GIB, write: 5.0 * GIB }
        );
        assert_eq!(throughput_limits("sa-east-1", Elastic, false), ThroughputLimits { read: 20.0 * GIB, write: GIB });
        assert_eq!(ELASTIC_LARGE_REGIONS.len(), 11);
    }

    /// [quotas] "Regional Provisioned throughput": 10 / 3.33 GiBps in 4 regions, 3 / 1 elsewhere.
    #[test]
    fn provisioned_is_10_read_3_33_write_gib_in_four_regions_and_3_1_elsewhere() {
        assert_eq!(
            throughput_limits("us-west-2", Provisioned, false),
            ThroughputLimits { read: 10.0 * GIB, write: 3.33 * GIB }
        );
        assert_eq!(
            throughput_limits("ap-south-1", Provisioned, false),
            ThroughputLimits { read: 3.0 * GIB, write: GIB }
        );
    }

    /// [quotas] Bursting "up to the AWS Region limit": 5 / 3 GiBps in 5 regions, 3 / 1 elsewhere,
    /// Regional and One Zone.
    #[test]
    fn bursting_is_capped_at_5_read_3_write_gib_in_five_regions_and_3_1_elsewhere() {
        assert_eq!(
            throughput_limits("ap-southeast-2", Bursting, true),
            ThroughputLimits { read: 5.0 * GIB, write: 3.0 * GIB }
        );
        assert_eq!(
            throughput_limits("eu-central-1", Bursting, false),
            ThroughputLimits { read: 3.0 * GIB, write: GIB }
        );
    }

    /// [quotas] One Zone Elastic and Provisioned: 3 / 1 GiBps in every region.
    #[test]
    fn one_zone_elastic_and_provisioned_are_3_read_1_write_gib() {
        for mode in [Elastic, Provisioned] {
            assert_eq!(throughput_limits("us-east-1", mode, true), ThroughputLimits { read: 3.0 * GIB, write: GIB });
        }
    }

    /// [perf] IOPS: Elastic 250,000 read (90,000 from IA/Archive) / 50,000 write; Provisioned
    /// 55,000 / 25,000; Bursting 35,000 / 7,000; One Zone 35,000 / 7,000 in every mode; Max I/O none.
    #[test]
    fn iops_limits_by_mode_and_storage() {
        let gp = PerformanceMode::GeneralPurpose;
        assert_eq!(
            iops_limits(Elastic, gp, false),
            Some(IopsLimits { read: 250_000.0, cold_read: 90_000.0, write: 50_000.0 })
        );
        assert_eq!(iops_limits(Provisioned, gp, false).map(|l| (l.read, l.write)), Some((55_000.0, 25_000.0)));
        assert_eq!(iops_limits(Bursting, gp, false).map(|l| (l.read, l.write)), Some((35_000.0, 7_000.0)));
        for mode in [Elastic, Provisioned, Bursting] {
            assert_eq!(
                iops_limits(mode, gp, true).map(|l| (l.read, l.cold_read, l.write)),
                Some((35_000.0, 35_000.0, 7_000.0))
            );
        }
        assert_eq!(iops_limits(Bursting, PerformanceMode::MaxIo, false), None);
    }

    /// [perf] footnote 4: 1,500 MiBps per client on Elastic with efs-utils 2.0+ or the CSI
    /// driver; 500 MiBps for all other file systems.
    #[test]
    fn a_client_gets_1500_mib_on_elastic_with_current_clients_else_500() {
        assert_eq!(per_client(Elastic, true), 1500.0 * MIB);
        assert_eq!(per_client(Elastic, false), 500.0 * MIB);
        assert_eq!(per_client(Provisioned, true), 500.0 * MIB);
    }

    /// [perf] Bursting: 50 KiBps per GiB baseline (at least 1 MiBps), 100 MiBps per TiB burst (at
    /// least 100 MiBps), 2.1 TiB of credits to start and as the cap below 1 TiB.
    #[test]
    fn bursting_earns_50_kib_per_gib_and_bursts_100_mib_per_tib() {
        assert_eq!(
            (BASELINE_PER_GIB, MIN_BASELINE, BURST_PER_TIB, MIN_BURST),
            (50.0 * KIB, MIB, 100.0 * MIB, 100.0 * MIB)
        );
        assert_eq!((INITIAL_CREDITS, CREDIT_CAP_PER_BYTE), (2.1 * TIB, 2.1));
    }

    /// [quotas] "a minimum NFS request size of 4 KB (after applying a 1/3 metering rate for read
    /// requests)"; [metrics] Elastic: data 32 KiB, other operations 4 KiB, then per KiB.
    #[test]
    fn requests_meter_at_least_4_kib_and_elastic_data_32_kib() {
        assert_eq!((MIN_REQUEST_BYTES, READ_METERING_FACTOR), (4096.0, 1.0 / 3.0));
        assert_eq!((ELASTIC_MIN_DATA_BYTES, ELASTIC_MIN_METADATA_BYTES, METERING_STEP), (32768.0, 4096.0, 1024.0));
    }
}
