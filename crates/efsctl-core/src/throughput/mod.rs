//! The EFS throughput and burst-credit model, pure: no I/O, time is an argument. It answers
//! what throughput a file system is permitted now, how long an I/O must wait, and what the
//! credit balance is. Its numbers are the table in `model::throughput` (docs/efs-model.md, "Throughput modes").

use crate::model::modes::{PerformanceMode, ThroughputMode};
use crate::model::throughput as table;

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

pub fn credit_outlook(balance: f64, use_rate: f64, standard_bytes: f64) -> CreditOutlook {
    let (baseline, burst, max) =
        (baseline_rate(standard_bytes), burst_rate(standard_bytes), max_credits(standard_bytes));
    if use_rate > baseline {
        CreditOutlook::Depleting { seconds: balance.max(0.0) / (use_rate.min(burst) - baseline).max(1.0) }
    } else if balance < max {
        CreditOutlook::Filling { seconds: (max - balance) / (baseline - use_rate).max(1.0) }
    } else {
        CreditOutlook::Full
    }
}

/// Elastic throughput limits per file system (bytes/s): (read, write); One Zone is lower.
pub fn elastic_limits(one_zone: bool) -> (f64, f64) {
    if one_zone { table::ELASTIC_ONE_ZONE } else { table::ELASTIC_REGIONAL }
}

/// How far the admission queue may lag behind real time: a client's own per-request overhead
/// (up to this much) is not added to the time its data takes, as with a token bucket of that
/// depth. Without it, a sequential client would get less than its permitted throughput.
pub const QUEUE_SLACK_SECS: f64 = 0.05;

/// Per-client Elastic limit (bytes/s).
pub const ELASTIC_PER_CLIENT: f64 = table::PER_CLIENT;

/// IOPS limits (read, write) per mode for General Purpose; Max I/O is not IOPS-limited.
pub fn iops_limits(mode: ThroughputMode, performance: PerformanceMode) -> Option<(f64, f64)> {
    if performance == PerformanceMode::MaxIo {
        return None;
    }
    Some(match mode {
        ThroughputMode::Bursting => table::IOPS_BURSTING,
        ThroughputMode::Provisioned => table::IOPS_PROVISIONED,
        ThroughputMode::Elastic => table::IOPS_ELASTIC,
    })
}

/// Extra latency (seconds) of one metadata operation in a performance mode.
pub fn metadata_latency(performance: PerformanceMode) -> f64 {
    match performance {
        PerformanceMode::GeneralPurpose => 0.0,
        PerformanceMode::MaxIo => table::MAX_IO_METADATA_LATENCY,
    }
}

/// Metered bytes of a data I/O: rounded up to 4 KiB; reads count one third on Bursting and
/// Provisioned.
pub fn metered(mode: ThroughputMode, read: bool, bytes: u64) -> f64 {
    let unit = table::METERING_UNIT;
    let rounded = (bytes.div_ceil(unit).max(1) * unit) as f64;
    if read && mode != ThroughputMode::Elastic { rounded * table::READ_METERING_FACTOR } else { rounded }
}

/// What one file system is configured as, for the model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Profile {
    pub mode: ThroughputMode,
    pub provisioned: Option<f64>,
    pub standard_bytes: f64,
    pub one_zone: bool,
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

    /// Permitted throughput (bytes/s) with the current balance (reads, for Elastic).
    pub fn permitted(&self, p: &Profile) -> f64 {
        self.permitted_for(p, false)
    }

    /// Permitted throughput for reads or writes: Elastic limits them separately.
    pub fn permitted_for(&self, p: &Profile, write: bool) -> f64 {
        let baseline = baseline_rate(p.standard_bytes);
        match p.mode {
            ThroughputMode::Bursting => {
                if self.balance > 0.0 {
                    burst_rate(p.standard_bytes)
                } else {
                    baseline
                }
            }
            // The higher of what was provisioned and what bursting's baseline would give.
            ThroughputMode::Provisioned => (p.provisioned.unwrap_or(1.0) * MIB).max(baseline),
            ThroughputMode::Elastic => {
                let (read, written) = elastic_limits(p.one_zone);
                if write { written } else { read }
            }
        }
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

    /// Admits an I/O of `metered_bytes` at `now`; returns how long its reply must wait.
    pub fn admit(&mut self, p: &Profile, now: f64, metered_bytes: f64, write: bool) -> f64 {
        self.settle(p, now);
        let start = self.busy_until.max(now - QUEUE_SLACK_SECS);
        let mut remaining = metered_bytes;
        let mut t = start;
        if p.mode == ThroughputMode::Bursting {
            let burst = burst_rate(p.standard_bytes);
            let baseline = baseline_rate(p.standard_bytes);
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
            t += remaining / self.permitted_for(p, write);
        }
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

/// One client's connection, limited to `ELASTIC_PER_CLIENT` whatever the file system allows.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientPipe {
    busy_until: f64,
}

impl ClientPipe {
    pub fn new(now: f64) -> Self {
        ClientPipe { busy_until: now }
    }

    /// How long an I/O of `bytes` (data actually moved, not metered) must wait at `now`.
    pub fn admit(&mut self, now: f64, bytes: f64) -> f64 {
        let t = self.busy_until.max(now - QUEUE_SLACK_SECS) + bytes / ELASTIC_PER_CLIENT;
        self.busy_until = t;
        (t - now).max(0.0)
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

    fn bursting(size: f64) -> Profile {
        Profile { mode: ThroughputMode::Bursting, provisioned: None, standard_bytes: size, one_zone: false }
    }

    #[test]
    fn max_io_trades_iops_limits_for_metadata_latency() {
        assert_eq!(iops_limits(ThroughputMode::Bursting, PerformanceMode::MaxIo), None);
        assert_eq!(metadata_latency(PerformanceMode::MaxIo), table::MAX_IO_METADATA_LATENCY);
        assert!(iops_limits(ThroughputMode::Bursting, PerformanceMode::GeneralPurpose).is_some());
        assert_eq!(metadata_latency(PerformanceMode::GeneralPurpose), 0.0);
    }

    #[test]
    fn rates_follow_the_formulas() {
        assert_eq!(baseline_rate(0.0), MIB);
        assert!((baseline_rate(TIB) - 50.0 * MIB).abs() < 1.0);
        assert_eq!(burst_rate(GIB), 100.0 * MIB);
        assert!((burst_rate(10.0 * TIB) - 1000.0 * MIB).abs() < 1.0);
        assert_eq!(max_credits(GIB), INITIAL_CREDITS);
        let prov = Profile {
            mode: ThroughputMode::Provisioned,
            provisioned: Some(1.0),
            standard_bytes: 10.0 * TIB,
            one_zone: false,
        };
        assert!((Bucket::new(0.0).permitted(&prov) - baseline_rate(10.0 * TIB)).abs() < 1.0, "higher-of rule");
        assert!((metered(ThroughputMode::Bursting, true, 4096) - 4096.0 / 3.0).abs() < 1e-9);
        assert_eq!(metered(ThroughputMode::Elastic, true, 1), 4096.0);
    }

    #[test]
    fn a_client_is_capped_whatever_the_file_system_allows() {
        let mut c = ClientPipe::new(0.0);
        let mut now = 0.0;
        for _ in 0..1000 {
            now += c.admit(now, MIB);
        }
        // 1000 MiB at 500 MiB/s: 2 s (the first 50 ms of slack aside).
        assert!((now - 2.0).abs() < 0.06, "{now}");
        let e = Profile { mode: ThroughputMode::Elastic, provisioned: None, standard_bytes: 0.0, one_zone: true };
        assert_eq!(Bucket::new(0.0).permitted_for(&e, true), GIB);
        assert_eq!(Bucket::new(0.0).permitted_for(&e, false), 3.0 * GIB);
    }

    #[test]
    fn provisioned_paces_at_its_rate() {
        let p = Profile {
            mode: ThroughputMode::Provisioned,
            provisioned: Some(10.0),
            standard_bytes: 0.0,
            one_zone: false,
        };
        let mut b = Bucket::new(0.0);
        let mut now = 0.0;
        for _ in 0..200 {
            now += b.admit(&p, now, MIB, true);
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
            let wait = b.admit(&p, 0.0, total, true);
            let drain = drain_time(INITIAL_CREDITS, burst, size).unwrap();
            let expected = drain + (total - drain * burst) / baseline_rate(size);
            prop_assert!((wait - expected).abs() / expected < 1e-9, "{} vs {}", wait, expected);
            prop_assert_eq!(b.balance, 0.0);
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
                let w = b.admit(&p, now, bytes as f64, bytes % 2 == 0);
                prop_assert!(w >= 0.0);
                prop_assert!(b.busy_until >= before);
                prop_assert!(b.balance >= 0.0 && b.balance <= max_credits(p.standard_bytes));
            }
        }
    }
}
