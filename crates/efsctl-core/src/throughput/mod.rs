//! The EFS throughput and burst-credit model, pure: no I/O, time is an argument. It answers
//! what throughput a file system is permitted now, how long an I/O must wait, and what the
//! credit balance is. Its numbers are the table in `model::throughput` (docs/efs-model.md, "Throughput modes").

use crate::model::modes::{PerformanceMode, ThroughputMode};
use crate::model::throughput::{self as table, IopsLimits, ThroughputLimits};

pub const KIB: f64 = 1024.0;
pub const MIB: f64 = 1024.0 * KIB;
pub const GIB: f64 = 1024.0 * MIB;
pub const TIB: f64 = 1024.0 * GIB;

/// Bursting baseline: 50 KiB/s per GiB of Standard storage, at least 1 MiB/s.
pub fn baseline_rate(standard_bytes: f64) -> f64 {
    (standard_bytes / GIB * table::BASELINE_PER_GIB).max(table::MIN_BASELINE)
}

/// Bursting burst rate: 100 MiB/s per TiB, at least 100 MiB/s.
pub fn burst_rate(standard_bytes: f64) -> f64 {
    (standard_bytes / TIB * table::BURST_PER_TIB).max(table::MIN_BURST)
}

/// New file systems start with 2.1 TiB of credits.
pub const INITIAL_CREDITS: f64 = table::INITIAL_CREDITS;

/// The cap: 2.1 TiB under 1 TiB stored, else 2.1 TiB per TiB stored.
pub fn max_credits(standard_bytes: f64) -> f64 {
    if standard_bytes < TIB { INITIAL_CREDITS } else { table::CREDIT_CAP_PER_BYTE * standard_bytes }
}

/// Where a Bursting balance is heading at a steady metered rate (bytes/s).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CreditOutlook {
    /// Spending faster than the baseline earns: empty after `seconds`, then the baseline only.
    Depleting {
        seconds: f64,
    },
    /// Below the baseline: the balance grows, full after `seconds`.
    Filling {
        seconds: f64,
    },
    Full,
}

pub fn credit_outlook(balance: f64, use_rate: f64, p: &Profile) -> CreditOutlook {
    let (baseline, burst, max) = (p.baseline(), p.burst(), max_credits(p.standard_bytes));
    if use_rate > baseline {
        CreditOutlook::Depleting { seconds: balance.max(0.0) / (use_rate.min(burst) - baseline).max(1.0) }
    } else if balance < max {
        CreditOutlook::Filling { seconds: (max - balance) / (baseline - use_rate).max(1.0) }
    } else {
        CreditOutlook::Full
    }
}

/// How far the admission queue may lag behind real time: a client's own per-request overhead
/// (up to this much) is not added to the time its data takes, as with a token bucket of that
/// depth. Without it, a sequential client would get less than its permitted throughput.
pub const QUEUE_SLACK_SECS: f64 = 0.05;

/// Extra latency (seconds) of one metadata operation in a performance mode.
pub fn metadata_latency(performance: PerformanceMode) -> f64 {
    match performance {
        PerformanceMode::GeneralPurpose => 0.0,
        PerformanceMode::MaxIo => table::MAX_IO_METADATA_LATENCY,
    }
}

/// What one operation is, for metering and IOPS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Read,
    /// A read of data in IA or Archive (Elastic limits these IOPS apart).
    ColdRead,
    Write,
    MetadataRead,
    MetadataWrite,
}

impl Op {
    pub fn is_read(self) -> bool {
        matches!(self, Op::Read | Op::ColdRead | Op::MetadataRead)
    }

    fn is_data(self) -> bool {
        matches!(self, Op::Read | Op::ColdRead | Op::Write)
    }
}

fn per_kib(bytes: u64) -> f64 {
    (bytes.div_ceil(table::METERING_STEP as u64) as f64) * table::METERING_STEP
}

/// The bytes one operation of `bytes` counts in TotalIOBytes: at least the minimum (Elastic:
/// 32 KiB for data, 4 KiB for metadata; otherwise 4 KiB), per KiB above it.
pub fn total_bytes(mode: ThroughputMode, op: Op, bytes: u64) -> f64 {
    let min = match (mode, op.is_data()) {
        (ThroughputMode::Elastic, true) => table::ELASTIC_MIN_DATA_BYTES,
        (ThroughputMode::Elastic, false) => table::ELASTIC_MIN_METADATA_BYTES,
        _ => table::MIN_REQUEST_BYTES,
    };
    per_kib(bytes).max(min)
}

/// The bytes one operation counts toward the permitted throughput (MeteredIOBytes). Reads are
/// discounted: by a third on Bursting and Provisioned, with the 4 KiB minimum applied after the
/// discount (a 4 KiB read meters 4 KiB); on Elastic by the ratio of its write and read limits,
/// so that the permitted throughput (the write limit) carries reads at the read limit.
pub fn metered_bytes(p: &Profile, op: Op, bytes: u64) -> f64 {
    let total = total_bytes(p.mode, op, bytes);
    match (p.mode, op.is_read()) {
        (_, false) => total,
        (ThroughputMode::Elastic, true) => total * p.limits.write / p.limits.read,
        (_, true) => (per_kib(bytes) * table::READ_METERING_FACTOR).max(table::MIN_REQUEST_BYTES),
    }
}

/// What one file system is configured as, for the model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Profile {
    pub mode: ThroughputMode,
    pub provisioned: Option<f64>,
    pub standard_bytes: f64,
    pub one_zone: bool,
    /// The region's per-file-system limits for this mode and storage.
    pub limits: ThroughputLimits,
    /// `None` in Max I/O mode.
    pub iops: Option<IopsLimits>,
}

impl Profile {
    pub fn new(
        region: &str,
        mode: ThroughputMode,
        provisioned: Option<f64>,
        standard_bytes: f64,
        one_zone: bool,
        performance: PerformanceMode,
    ) -> Self {
        Profile {
            mode,
            provisioned,
            standard_bytes,
            one_zone,
            limits: table::throughput_limits(region, mode, one_zone),
            iops: table::iops_limits(mode, performance, one_zone),
        }
    }

    /// Bursting's baseline rate, within the region's limit.
    pub fn baseline(&self) -> f64 {
        baseline_rate(self.standard_bytes).min(self.limits.write)
    }

    /// Bursting's burst rate, "up to the AWS Region limit". [perf]
    pub fn burst(&self) -> f64 {
        burst_rate(self.standard_bytes).min(self.limits.write)
    }

    /// Combined throughput one client of this file system may drive (bytes/s); the emulator's
    /// mounts act as a current client (efs-utils 2.0+).
    pub fn per_client(&self) -> f64 {
        table::per_client(self.mode, true)
    }
}

/// Credits and the admission queue of one file system, advanced by explicit times.
#[derive(Debug, Clone, PartialEq)]
pub struct Bucket {
    /// Burst credits in bytes.
    pub balance: f64,
    /// The time the model last accounted for.
    pub last: f64,
    /// The time the throughput "pipe" is busy until (I/Os queue behind it).
    pub busy_until: f64,
}

impl Bucket {
    pub fn new(now: f64) -> Self {
        Bucket { balance: INITIAL_CREDITS, last: now, busy_until: now }
    }

    /// Permitted throughput (metered bytes/s) with the current balance, as PermittedThroughput
    /// reports it: Bursting's burst or baseline rate, the higher of Provisioned's amount and
    /// the baseline, Elastic's write limit; never above the region's write limit.
    pub fn permitted(&self, p: &Profile) -> f64 {
        permitted_rate(p, self.balance > 0.0)
    }

    /// Accrues credits for idle time up to `now` (the pipe was free after `busy_until`).
    fn settle(&mut self, p: &Profile, now: f64) {
        if now <= self.last {
            return;
        }
        let idle_from = self.busy_until.max(self.last);
        if now > idle_from {
            let accrue = (now - idle_from) * baseline_rate(p.standard_bytes);
            self.balance = (self.balance + accrue).min(max_credits(p.standard_bytes));
        }
        self.last = now;
    }

    /// Admits an operation of `metered` bytes at `now` (a read moving `read_bytes`, which the
    /// region's read limit also bounds); returns how long its reply must wait.
    pub fn admit(&mut self, p: &Profile, now: f64, metered: f64, read_bytes: f64) -> f64 {
        self.settle(p, now);
        let start = self.busy_until.max(now - QUEUE_SLACK_SECS);
        let mut remaining = metered;
        let mut t = start;
        if p.mode == ThroughputMode::Bursting {
            let (burst, baseline) = (p.burst(), p.baseline());
            // At burst rate, credits drain at (burst - baseline) per second of transfer.
            if self.balance > 0.0 && burst > baseline {
                let capacity = self.balance * burst / (burst - baseline);
                if remaining >= capacity {
                    // The I/O outlasts the credits: they run out, the rest goes at baseline.
                    t += self.balance / (burst - baseline);
                    remaining -= capacity;
                    self.balance = 0.0;
                } else {
                    let dt = remaining / burst;
                    self.balance -= dt * (burst - baseline);
                    remaining = 0.0;
                    t += dt;
                }
            }
            t += remaining / baseline;
        } else {
            t += remaining / self.permitted(p);
        }
        t = t.max(start + read_bytes / p.limits.read);
        self.busy_until = t;
        self.last = self.last.max(now);
        (t - now).max(0.0)
    }

    /// The balance at `now` (accruing idle time without admitting anything).
    pub fn balance_at(&self, p: &Profile, now: f64) -> f64 {
        let mut b = self.clone();
        b.settle(p, now);
        b.balance
    }
}

/// One client's connection, limited to its per-client throughput whatever the file system allows.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientPipe {
    busy_until: f64,
}

impl ClientPipe {
    pub fn new(now: f64) -> Self {
        ClientPipe { busy_until: now }
    }

    /// How long an I/O of `bytes` (data actually moved, not metered) must wait at `now`, at
    /// `rate` bytes/s.
    pub fn admit(&mut self, now: f64, bytes: f64, rate: f64) -> f64 {
        let t = self.busy_until.max(now - QUEUE_SLACK_SECS) + bytes / rate;
        self.busy_until = t;
        (t - now).max(0.0)
    }
}

/// A file system's operations against its IOPS limits: each takes 1/limit of a second of its
/// kind's pipe (reads, cold reads, writes), and waits behind the ones before it.
#[derive(Debug, Clone, PartialEq)]
pub struct IopsPipes {
    read_until: f64,
    cold_read_until: f64,
    write_until: f64,
}

impl IopsPipes {
    pub fn new(now: f64) -> Self {
        IopsPipes { read_until: now, cold_read_until: now, write_until: now }
    }

    /// When every pipe is free again.
    pub fn busy_until(&self) -> f64 {
        self.read_until.max(self.cold_read_until).max(self.write_until)
    }

    /// How long operation `op` must wait at `now` under `limits`.
    pub fn admit(&mut self, limits: &IopsLimits, now: f64, op: Op) -> f64 {
        let (until, limit) = match op {
            Op::Read | Op::MetadataRead => (&mut self.read_until, limits.read),
            Op::ColdRead => (&mut self.cold_read_until, limits.cold_read),
            Op::Write | Op::MetadataWrite => (&mut self.write_until, limits.write),
        };
        *until = until.max(now - QUEUE_SLACK_SECS) + 1.0 / limit;
        (*until - now).max(0.0)
    }
}

/// Permitted throughput (metered bytes/s) of a profile, with or without burst credits left.
pub fn permitted_rate(p: &Profile, has_credits: bool) -> f64 {
    let baseline = baseline_rate(p.standard_bytes);
    let rate = match p.mode {
        ThroughputMode::Bursting if has_credits => p.burst(),
        ThroughputMode::Bursting => baseline,
        ThroughputMode::Provisioned => (p.provisioned.unwrap_or(1.0) * MIB).max(baseline),
        ThroughputMode::Elastic => p.limits.write,
    };
    rate.min(p.limits.write)
}

/// What a steady demand got over a span of time (`serve`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Served {
    /// Metered bytes served.
    pub metered: f64,
    /// Seconds of the span in which the whole demand was met.
    pub met_secs: f64,
}

/// The model over a span rather than per I/O: serves a steady `demand` (metered bytes/s, at
/// most `cap`) for `dt` seconds and moves `balance` as `Bucket` would: while credits last a
/// Bursting file system serves up to its burst rate and spends what exceeds the baseline; below
/// the baseline, and in the other modes while idle, it earns credits up to the cap.
pub fn serve(p: &Profile, balance: &mut f64, demand: f64, cap: f64, dt: f64) -> Served {
    let want = demand.min(cap).max(0.0);
    let (baseline, max) = (p.baseline(), max_credits(p.standard_bytes));
    let met = |rate: f64, secs: f64| if demand <= rate * (1.0 + 1e-9) { secs } else { 0.0 };
    if p.mode != ThroughputMode::Bursting {
        let permitted = permitted_rate(p, true);
        let rate = want.min(permitted);
        // Idle time earns credits in every mode (AWS reports the balance in all of them).
        *balance = (*balance + baseline_rate(p.standard_bytes) * dt * (1.0 - rate / permitted)).min(max);
        return Served { metered: rate * dt, met_secs: met(rate, dt) };
    }
    let rate = want.min(if *balance > 0.0 { p.burst() } else { baseline });
    if rate <= baseline {
        *balance = (*balance + (baseline - rate) * dt).min(max);
        return Served { metered: rate * dt, met_secs: met(rate, dt) };
    }
    let empty_after = *balance / (rate - baseline);
    if empty_after >= dt {
        *balance -= (rate - baseline) * dt;
        return Served { metered: rate * dt, met_secs: met(rate, dt) };
    }
    // The credits run out within the span: the rest goes at the baseline.
    *balance = 0.0;
    let after = want.min(baseline);
    Served {
        metered: rate * empty_after + after * (dt - empty_after),
        met_secs: met(rate, empty_after) + met(after, dt - empty_after),
    }
}

/// Seconds until a full balance runs out at a steady `rate` (bytes/s); `None` if it never does.
pub fn drain_time(balance: f64, rate: f64, standard_bytes: f64) -> Option<f64> {
    let net = rate - baseline_rate(standard_bytes);
    (net > 0.0).then(|| balance / net)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const GP: PerformanceMode = PerformanceMode::GeneralPurpose;

    fn bursting(size: f64) -> Profile {
        Profile::new("us-east-1", ThroughputMode::Bursting, None, size, false, GP)
    }

    #[test]
    fn max_io_trades_iops_limits_for_metadata_latency() {
        let max_io = Profile::new("us-east-1", ThroughputMode::Bursting, None, 0.0, false, PerformanceMode::MaxIo);
        assert_eq!(max_io.iops, None);
        assert_eq!(metadata_latency(PerformanceMode::MaxIo), table::MAX_IO_METADATA_LATENCY);
        assert!(bursting(0.0).iops.is_some());
        assert_eq!(metadata_latency(PerformanceMode::GeneralPurpose), 0.0);
    }

    /// [quotas] the 4 KiB minimum after the read discount; [metrics] Elastic's 32 KiB / 4 KiB
    /// minimums then per KiB; [metrics] TotalIOBytes has no read discount.
    #[test]
    fn metering_applies_minimums_and_discounts_as_aws_documents() {
        let prov = Profile::new("us-east-1", ThroughputMode::Provisioned, Some(10.0), 0.0, false, GP);
        let elastic = Profile::new("us-east-1", ThroughputMode::Elastic, None, 0.0, false, GP);
        // A 4 KiB read on Provisioned meters 4 KiB (not 1,365 B); 1 MiB meters a third.
        assert_eq!(metered_bytes(&prov, Op::Read, 4096), 4096.0);
        assert_eq!(metered_bytes(&prov, Op::Read, 12 * 1024), 4096.0);
        assert!((metered_bytes(&prov, Op::Read, 1 << 20) - (1 << 20) as f64 / 3.0).abs() < 1e-6);
        assert_eq!(metered_bytes(&prov, Op::Write, 1), 4096.0);
        assert_eq!(metered_bytes(&prov, Op::Write, 5000), 5120.0);
        // Elastic: a 1-byte write meters 32 KiB; 33 KiB + 1 B meters 34 KiB; metadata 4 KiB.
        assert_eq!(metered_bytes(&elastic, Op::Write, 1), 32768.0);
        assert_eq!(total_bytes(ThroughputMode::Elastic, Op::Write, 33 * 1024 + 1), 34.0 * 1024.0);
        assert_eq!(metered_bytes(&elastic, Op::MetadataWrite, 0), 4096.0);
        // Elastic reads count at write limit / read limit (5 / 60 in us-east-1), in full in TotalIOBytes.
        assert!((metered_bytes(&elastic, Op::Read, 1 << 20) - (1 << 20) as f64 / 12.0).abs() < 1e-6);
        assert_eq!(total_bytes(ThroughputMode::Elastic, Op::Read, 1), 32768.0);
        assert_eq!(total_bytes(ThroughputMode::Bursting, Op::Read, 1), 4096.0);
    }

    /// [metrics] PermittedThroughput on Elastic is the maximum write throughput; [quotas] the
    /// region caps Bursting and Provisioned.
    #[test]
    fn permitted_throughput_follows_the_region() {
        let elastic = |region| Profile::new(region, ThroughputMode::Elastic, None, 0.0, false, GP);
        assert_eq!(Bucket::new(0.0).permitted(&elastic("us-east-1")), 5.0 * GIB);
        assert_eq!(Bucket::new(0.0).permitted(&elastic("sa-east-1")), GIB);
        // 100 TiB of Bursting would burst at 10 GiB/s; the region allows 3 GiB/s of writes.
        assert_eq!(Bucket::new(0.0).permitted(&bursting(100.0 * TIB)), 3.0 * GIB);
        let big = Profile::new("sa-east-1", ThroughputMode::Provisioned, Some(3000.0), 0.0, false, GP);
        assert_eq!(Bucket::new(0.0).permitted(&big), GIB);
    }

    #[test]
    fn iops_pipes_pace_each_kind_at_its_limit() {
        let limits = bursting(0.0).iops.unwrap();
        let mut pipes = IopsPipes::new(0.0);
        let mut last = 0.0;
        for _ in 0..14_000 {
            last = pipes.admit(&limits, 0.0, Op::Write);
        }
        // 14,000 writes at 7,000/s: the last waits 2 s.
        assert!((last - 2.0).abs() < 1e-6, "{last}");
        assert!(pipes.admit(&limits, 0.0, Op::Read) < 1e-4, "reads have their own pipe");
    }

    #[test]
    fn rates_follow_the_formulas() {
        assert_eq!(baseline_rate(0.0), MIB);
        assert!((baseline_rate(TIB) - 50.0 * MIB).abs() < 1.0);
        assert_eq!(burst_rate(GIB), 100.0 * MIB);
        assert!((burst_rate(10.0 * TIB) - 1000.0 * MIB).abs() < 1.0);
        assert_eq!(max_credits(GIB), INITIAL_CREDITS);
        let prov = Profile::new("us-east-1", ThroughputMode::Provisioned, Some(1.0), 10.0 * TIB, false, GP);
        assert!((Bucket::new(0.0).permitted(&prov) - baseline_rate(10.0 * TIB)).abs() < 1.0, "higher-of rule");
    }

    #[test]
    fn a_client_is_capped_whatever_the_file_system_allows() {
        let mut c = ClientPipe::new(0.0);
        let mut now = 0.0;
        let rate = bursting(0.0).per_client();
        for _ in 0..1000 {
            now += c.admit(now, MIB, rate);
        }
        // 1000 MiB at 500 MiB/s: 2 s (the first 50 ms of slack aside).
        assert!((now - 2.0).abs() < 0.06, "{now}");
        let e = Profile::new("us-east-1", ThroughputMode::Elastic, None, 0.0, true, GP);
        assert_eq!(e.per_client(), 1500.0 * MIB);
        assert_eq!(Bucket::new(0.0).permitted(&e), GIB);
        // A One Zone Elastic read of 3 GiB takes a second, at the 3 GiB/s read limit.
        let read = metered_bytes(&e, Op::Read, 3 << 30);
        assert!((Bucket::new(0.0).admit(&e, 0.0, read, (3u64 << 30) as f64) - 1.0).abs() < 1e-6);
    }

    #[test]
    fn provisioned_paces_at_its_rate() {
        let p = Profile::new("us-east-1", ThroughputMode::Provisioned, Some(10.0), 0.0, false, GP);
        let mut b = Bucket::new(0.0);
        let mut now = 0.0;
        for _ in 0..200 {
            now += b.admit(&p, now, MIB, 0.0);
        }
        // 200 MiB at 10 MiB/s take 20 s.
        assert!((now - 20.0).abs() < 1e-6, "{now}");
    }

    proptest! {
        #[test]
        fn full_balance_drains_in_closed_form(size_gib in 1.0f64..900.0) {
            let size = size_gib * GIB;
            let p = bursting(size);
            let mut b = Bucket::new(0.0);
            // Push far more than the balance allows, in one I/O at t = 0.
            let burst = burst_rate(size);
            let total = 3.0 * INITIAL_CREDITS;
            let wait = b.admit(&p, 0.0, total, 0.0);
            let drain = drain_time(INITIAL_CREDITS, burst, size).unwrap();
            let expected = drain + (total - drain * burst) / baseline_rate(size);
            prop_assert!((wait - expected).abs() / expected < 1e-9, "{} vs {}", wait, expected);
            prop_assert_eq!(b.balance, 0.0);
        }

        #[test]
        fn serving_over_spans_agrees_with_the_per_io_bucket(size_gib in 1.0f64..3000.0, rate_mib in 1.0f64..400.0, credits_gib in 0.0f64..50.0) {
            let size = size_gib * GIB;
            let p = bursting(size);
            let rate = rate_mib * MIB;
            // Ten minutes of one second of I/O at `rate` each second: the bucket queues what it
            // cannot serve yet; the span model carries it as a backlog into the next second.
            let mut b = Bucket::new(0.0);
            b.balance = credits_gib * GIB;
            let mut balance = b.balance;
            let (mut pending, mut t) = (0.0, 0.0);
            for s in 0..600 {
                b.admit(&p, s as f64, rate, 0.0);
            }
            while t < 600.0 || pending > 1.0 {
                if t < 600.0 {
                    pending += rate;
                }
                pending -= serve(&p, &mut balance, pending, f64::INFINITY, 1.0).metered;
                t += 1.0;
            }
            // Both finish at the same time (to the second) and hold the same credits then, but
            // for what the bucket's queue slack lets a client that leaves it idle earn while its
            // I/O is dated back (at most the slack each second, which buys as much time).
            let done = b.busy_until.max(600.0);
            prop_assert!((done - t).abs() <= (0.01 + QUEUE_SLACK_SECS) * t + 1.0, "bucket {} vs spans {}", done, t);
            let at = b.balance_at(&p, t);
            let slack = QUEUE_SLACK_SECS * p.baseline() * t;
            prop_assert!((at - balance).abs() <= 0.01 * at.max(balance) + 2.0 * p.baseline() + slack, "bucket {} vs spans {}", at, balance);
        }

        #[test]
        fn serve_never_exceeds_demand_or_the_cap_and_keeps_credits_in_range(
            size_gib in 0.0f64..5000.0, demand_mib in 0.0f64..6000.0, credits in 0.0f64..1.0, dt in 0.01f64..3600.0, mode in 0usize..3)
        {
            let mode = [ThroughputMode::Bursting, ThroughputMode::Provisioned, ThroughputMode::Elastic][mode];
            let p = Profile::new("us-east-1", mode, Some(100.0), size_gib * GIB, false, PerformanceMode::GeneralPurpose);
            let max = max_credits(p.standard_bytes);
            let mut balance = credits * max;
            let s = serve(&p, &mut balance, demand_mib * MIB, f64::INFINITY, dt);
            prop_assert!(s.metered <= demand_mib * MIB * dt * (1.0 + 1e-9) + 1e-6);
            prop_assert!(s.metered <= p.limits.write * dt * (1.0 + 1e-9));
            prop_assert!((0.0..=max * (1.0 + 1e-12)).contains(&balance));
            prop_assert!(s.met_secs <= dt);
        }

        #[test]
        fn idle_time_accrues_to_the_cap(size_gib in 1.0f64..5000.0, idle_h in 0.0f64..2000.0) {
            let size = size_gib * GIB;
            let p = bursting(size);
            let mut b = Bucket::new(0.0);
            b.balance = 0.0;
            let t = idle_h * 3600.0;
            let got = b.balance_at(&p, t);
            let expected = (t * baseline_rate(size)).min(max_credits(size));
            prop_assert!((got - expected).abs() <= expected * 1e-9 + 1e-6);
        }

        #[test]
        fn waits_are_never_negative_and_time_moves_forward(ios in proptest::collection::vec((0.0f64..2.0, 1u64..(8 << 20)), 1..50)) {
            let p = bursting(50.0 * GIB);
            let mut b = Bucket::new(0.0);
            let mut now = 0.0;
            for (gap, bytes) in ios {
                now += gap;
                let before = b.busy_until;
                let w = b.admit(&p, now, bytes as f64, if bytes % 2 == 0 { 0.0 } else { bytes as f64 });
                prop_assert!(w >= 0.0);
                prop_assert!(b.busy_until >= before);
                prop_assert!(b.balance >= 0.0 && b.balance <= max_credits(p.standard_bytes));
            }
        }
    }
}
