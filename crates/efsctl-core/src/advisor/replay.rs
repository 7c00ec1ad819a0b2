//! `tune --recommend`: a file system's recorded minutes replayed through the throughput model
//! under Bursting, Elastic and Provisioned. Each minute asks for what the file system moved in
//! it; what a mode cannot serve in a minute waits for the next (a throttled minute).

use crate::lifecycle::Tier;
use crate::model::modes::{PerformanceMode, ThroughputMode};
use crate::pricing::{self, GB, MONTH_SECS, Prices};
use crate::throughput::{self, MIB, Op, Profile, max_credits};

/// One recorded minute: data and metadata bytes with their operation counts (the metrics'
/// Sum and SampleCount), and the bytes stored by class then.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Minute {
    pub read_bytes: f64,
    pub read_ops: f64,
    pub write_bytes: f64,
    pub write_ops: f64,
    pub metadata_bytes: f64,
    pub metadata_ops: f64,
    /// Standard, IA and Archive bytes.
    pub stored: [f64; 3],
    /// The file system metered as much as it was permitted: it was throttled then, and the
    /// minute may have asked for more than it moved.
    pub saturated: bool,
    /// The burst credit balance recorded at the minute's end, if any.
    pub credits: Option<f64>,
}

/// What the replay knows of the file system.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    pub region: String,
    pub one_zone: bool,
    pub performance: PerformanceMode,
    /// Bursting's balance at the first minute.
    pub start_balance: f64,
    /// The mode the minutes were recorded in: when Bursting, the Bursting replay follows the
    /// recorded balance (which may have been set, or spent by I/O the metrics round away).
    pub recorded_mode: ThroughputMode,
    pub minutes: Vec<Minute>,
}

/// One mode over the history.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Replay {
    pub mode: ThroughputMode,
    pub provisioned_mibps: Option<f64>,
    /// Minutes that ended with work still waiting.
    pub throttled_minutes: usize,
    /// The most work that waited, in seconds at the mode's permitted rate then.
    pub worst_backlog_secs: f64,
    /// Per month (730 hours) at the history's pace: storage, throughput, Elastic access.
    pub storage_per_month: f64,
    pub throughput_per_month: f64,
    pub access_per_month: f64,
    pub per_month: f64,
    pub credits_min: Option<f64>,
}

/// A minute held at its limit may have wanted more than it moved, by how much nobody recorded:
/// the replay asks for this many times what it moved.
pub const SATURATED_DEMAND: f64 = 2.0;

/// How many times what a minute moved it asks for.
fn wanted(m: &Minute) -> f64 {
    if m.saturated { SATURATED_DEMAND } else { 1.0 }
}

/// A minute's reads, writes and metadata operations, each kind counted by `count` at its
/// average size. (Metadata counts as reads: MetadataIOBytes does not tell its kinds apart.)
fn by_kind(m: &Minute, count: impl Fn(Op, u64) -> f64) -> [f64; 3] {
    [
        (Op::Read, m.read_bytes, m.read_ops),
        (Op::Write, m.write_bytes, m.write_ops),
        (Op::MetadataRead, m.metadata_bytes, m.metadata_ops),
    ]
    .map(|(op, bytes, ops)| if ops > 0.0 { ops * count(op, (bytes / ops).ceil() as u64) } else { 0.0 })
}

/// What a minute meters under a profile.
fn metered(p: &Profile, m: &Minute) -> f64 {
    by_kind(m, |op, size| throughput::metered_bytes(p, op, size)).iter().sum()
}

/// What Elastic bills for a minute's reads and writes (its minimums applied per operation).
pub fn elastic_billed(m: &Minute) -> (f64, f64) {
    let [read, write, metadata] = by_kind(m, |op, size| throughput::total_bytes(ThroughputMode::Elastic, op, size));
    (read + metadata, write)
}

fn profile(h: &History, mode: ThroughputMode, provisioned: Option<f64>, m: &Minute) -> Profile {
    Profile::new(&h.region, mode, provisioned, m.stored[0], h.one_zone, h.performance)
}

pub fn replay(h: &History, mode: ThroughputMode, provisioned: Option<f64>, prices: &Prices) -> Replay {
    let mut balance = h.start_balance;
    let (mut waiting, mut throttled, mut worst, mut credits_min) = (0.0, 0, 0.0f64, f64::INFINITY);
    let (mut storage, mut fixed, mut access) = (0.0, 0.0, 0.0);
    let rates = prices.storage_rates(h.one_zone, mode);
    for m in &h.minutes {
        let p = profile(h, mode, provisioned, m);
        balance = balance.min(max_credits(p.standard_bytes));
        waiting += metered(&p, m) * wanted(m);
        let served = throughput::serve(&p, &mut balance, waiting / 60.0, f64::INFINITY, 60.0).metered;
        waiting = (waiting - served).max(0.0);
        // A rounding crumb is not a throttled minute.
        if waiting > 1024.0 {
            throttled += 1;
            worst = worst.max(waiting / throughput::permitted_rate(&p, balance > 0.0));
        }
        credits_min = credits_min.min(balance);
        if let (ThroughputMode::Bursting, ThroughputMode::Bursting, Some(recorded)) = (mode, h.recorded_mode, m.credits)
        {
            balance = recorded;
        }
        storage += Tier::ALL.iter().map(|t| m.stored[*t as usize] / GB * rates[*t as usize]).sum::<f64>() * 60.0;
        if let Some(level) = provisioned {
            fixed += pricing::billed_mibps(level, m.stored[0]) * prices.provisioned * 60.0;
        }
        if mode == ThroughputMode::Elastic {
            let (r, w) = elastic_billed(m);
            access += prices.elastic(r, w) * wanted(m) * MONTH_SECS;
        }
    }
    // Per-second sums above, scaled to a month at the history's pace.
    let secs = (h.minutes.len() as f64 * 60.0).max(60.0);
    let month = |v: f64| v / secs;
    let storage_per_month = month(storage);
    let throughput_per_month = month(fixed);
    let access_per_month = month(access);
    Replay {
        mode,
        provisioned_mibps: provisioned,
        throttled_minutes: throttled,
        worst_backlog_secs: worst,
        storage_per_month,
        throughput_per_month,
        access_per_month,
        per_month: storage_per_month + throughput_per_month + access_per_month,
        credits_min: (mode == ThroughputMode::Bursting).then_some(credits_min),
    }
}

/// The smallest whole MiB/s of Provisioned throughput that serves every minute in it,
/// within the region's Provisioned limit.
pub fn smallest_provisioned(h: &History) -> f64 {
    let mut need = 1.0f64;
    let mut limit = f64::INFINITY;
    for m in &h.minutes {
        let p = profile(h, ThroughputMode::Provisioned, Some(1.0), m);
        need = need.max(metered(&p, m) * wanted(m) / 60.0 / MIB);
        limit = limit.min(p.limits.write / MIB);
    }
    need.ceil().min(limit.floor())
}

/// Every mode replayed, and the one to pick: the cheapest without a throttled minute, else
/// the one with the fewest.
pub fn recommend(h: &History, prices: &Prices) -> (Vec<Replay>, usize) {
    let runs = vec![
        replay(h, ThroughputMode::Bursting, None, prices),
        replay(h, ThroughputMode::Elastic, None, prices),
        replay(h, ThroughputMode::Provisioned, Some(smallest_provisioned(h)), prices),
    ];
    let pick = (0..runs.len())
        .min_by(|&a, &b| {
            let key = |r: &Replay| (r.throttled_minutes, r.per_month);
            let (ka, kb) = (key(&runs[a]), key(&runs[b]));
            ka.0.cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
        })
        .expect("three runs");
    (runs, pick)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::throughput::{GIB, INITIAL_CREDITS};
    use proptest::prelude::*;

    fn history(minutes: Vec<Minute>, balance: f64) -> History {
        History {
            region: "us-east-1".into(),
            one_zone: false,
            performance: PerformanceMode::GeneralPurpose,
            start_balance: balance,
            recorded_mode: ThroughputMode::Elastic,
            minutes,
        }
    }

    fn writing(mib_per_s: f64, stored: f64) -> Minute {
        let bytes = mib_per_s * MIB * 60.0;
        Minute { write_bytes: bytes, write_ops: bytes / MIB, stored: [stored, 0.0, 0.0], ..Default::default() }
    }

    fn idle(stored: f64) -> Minute {
        Minute { stored: [stored, 0.0, 0.0], ..Default::default() }
    }

    #[test]
    fn a_quiet_file_system_is_cheapest_on_bursting() {
        let h = history(vec![idle(100.0 * GIB); 600], INITIAL_CREDITS);
        let (runs, pick) = recommend(&h, &pricing::for_region("us-east-1"));
        assert_eq!(runs[pick].mode, ThroughputMode::Bursting);
        assert!(runs.iter().all(|r| r.throttled_minutes == 0));
        // 100 GiB of Standard for a month at $0.30.
        assert!((runs[pick].per_month - 30.0).abs() < 1e-6, "{}", runs[pick].per_month);
    }

    #[test]
    fn a_drained_bursting_file_system_throttles_and_provisioned_keeps_up() {
        // 10 GiB stored: baseline 0.5 → 1 MiB/s (the floor); writing 20 MiB/s for an hour.
        let h = history(vec![writing(20.0, 10.0 * GIB); 60], 0.0);
        let prices = pricing::for_region("us-east-1");
        let (runs, pick) = recommend(&h, &prices);
        let bursting = &runs[0];
        assert_eq!(bursting.throttled_minutes, 60);
        assert_eq!(smallest_provisioned(&h), 20.0);
        assert_eq!(runs[2].throttled_minutes, 0);
        assert_eq!(runs[1].throttled_minutes, 0);
        // Elastic: 20 MiB/s written all month is 50,000 GB × $0.06; Provisioned 19 MiB/s × $6.
        assert!((runs[2].throughput_per_month - 19.0 * 6.0).abs() < 1e-6);
        assert!(runs[1].access_per_month > 3000.0);
        assert_eq!(runs[pick].mode, ThroughputMode::Provisioned);
    }

    #[test]
    fn saturated_minutes_ask_for_more_than_they_moved() {
        // Held to the 1 MiB/s baseline with no credits: each minute moved what it was allowed.
        let mut m = writing(1.0, 10.0 * GIB);
        m.saturated = true;
        let h = history(vec![m; 30], 0.0);
        let (runs, pick) = recommend(&h, &pricing::for_region("us-east-1"));
        assert_eq!(runs[0].throttled_minutes, 30);
        assert_eq!((runs[1].throttled_minutes, runs[2].throttled_minutes), (0, 0));
        assert_eq!(smallest_provisioned(&h), 2.0);
        assert_ne!(runs[pick].mode, ThroughputMode::Bursting);
    }

    #[test]
    fn a_bursting_history_follows_its_recorded_balance() {
        // Full credits at the start, then the balance recorded empty (set, or spent unseen).
        let mut minutes = vec![writing(1.0, 10.0 * GIB); 10];
        for m in &mut minutes {
            m.saturated = true;
            m.credits = Some(0.0);
        }
        let mut h = history(minutes, INITIAL_CREDITS);
        h.recorded_mode = ThroughputMode::Bursting;
        let prices = pricing::for_region("us-east-1");
        assert!(replay(&h, ThroughputMode::Bursting, None, &prices).throttled_minutes >= 9);
        h.recorded_mode = ThroughputMode::Elastic;
        assert_eq!(replay(&h, ThroughputMode::Bursting, None, &prices).throttled_minutes, 0);
    }

    #[test]
    fn elastic_bills_small_operations_at_32_kib() {
        let m = Minute { read_bytes: 1000.0, read_ops: 1000.0, stored: [0.0; 3], ..Default::default() };
        assert_eq!(elastic_billed(&m), (1000.0 * 32768.0, 0.0));
    }

    proptest! {
        #[test]
        fn the_smallest_provisioned_level_never_throttles(rates in proptest::collection::vec(0.0f64..300.0, 1..120)) {
            let h = history(rates.iter().map(|r| writing(*r, 50.0 * GIB)).collect(), 0.0);
            let level = smallest_provisioned(&h);
            let r = replay(&h, ThroughputMode::Provisioned, Some(level), &pricing::for_region("us-east-1"));
            prop_assert_eq!(r.throttled_minutes, 0);
        }
    }
}
