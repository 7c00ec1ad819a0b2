//! `efsctl simulate`: a workload run through the throughput model in each throughput mode, in
//! steps of simulated time. Each phase's clients ask for their rate (within EFS's per-client
//! limit); the file system serves what its mode permits, within its read and IOPS limits, and
//! shares it out in proportion to what each client asked. Writes add to the stored bytes.

use super::workload::{Amount, Phase, Workload};
use crate::model::modes::{PerformanceMode, ThroughputMode};
use crate::pricing::{self, GB, MONTH_SECS, Prices};
use crate::throughput::{self, MIB, Op, Profile, max_credits};

/// Simulated time a mode may take before it is reported as not finishing.
pub const MAX_SIMULATED_SECS: f64 = 366.0 * 86400.0;
/// Steps a mode may take (115 days of 1-second steps) before it stops unfinished: a tiny step
/// over a long workload ends in seconds rather than hours (a larger --step goes further).
pub const MAX_STEPS: u64 = 10_000_000;
/// Points kept of each credit curve.
const CURVE_POINTS: usize = 600;

/// One throughput mode to try.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Mode {
    pub mode: ThroughputMode,
    pub provisioned_mibps: Option<f64>,
}

impl Mode {
    pub fn label(&self) -> String {
        match self.provisioned_mibps {
            Some(p) => format!("provisioned {p} MiB/s"),
            None => self.mode.to_string(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Cost {
    pub storage: f64,
    /// Provisioned throughput above the baseline.
    pub throughput: f64,
    /// Elastic reads and writes.
    pub access: f64,
    pub total: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Point {
    pub seconds: f64,
    pub credits: f64,
    /// Data bytes read and written since the start.
    pub moved: f64,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PhaseRun {
    pub name: String,
    /// Which repetition of the phase list this was (from 1).
    pub round: u32,
    pub seconds: f64,
    pub throttled_seconds: f64,
}

/// A workload in one mode.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Run {
    pub mode: Mode,
    /// `false`: still running after `MAX_SIMULATED_SECS` or `MAX_STEPS`.
    pub finished: bool,
    pub seconds: f64,
    /// Seconds in which some client got less than it asked for.
    pub throttled_seconds: f64,
    /// Per-client throughput (bytes/s) while working: half of the client-seconds got at least
    /// `client_p50`, 99 % got at least `client_p99`.
    pub client_p50: f64,
    pub client_p99: f64,
    pub credits_start: f64,
    pub credits_end: f64,
    pub credits_min: f64,
    /// When the balance first reached zero.
    pub credits_empty_at: Option<f64>,
    /// The credit balance and the bytes moved so far over time, at most `CURVE_POINTS` points.
    pub curve: Vec<Point>,
    pub cost: Cost,
    pub phases: Vec<PhaseRun>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Report {
    pub workload: Workload,
    pub step_seconds: f64,
    pub prices: Prices,
    pub runs: Vec<Run>,
}

/// What one byte of a phase's data costs in metered bytes, operations and Elastic's billed
/// bytes, reads and writes apart, for one profile: files are read or written whole in
/// requests of the phase's size, each file with one metadata operation (its open or create).
#[derive(Debug, Clone, Copy, PartialEq)]
struct PerByte {
    metered: [f64; 2],
    ops: [f64; 2],
    billed: [f64; 2],
}

fn per_byte(p: &Profile, phase: &Phase) -> PerByte {
    let mut out = PerByte { metered: [0.0; 2], ops: [0.0; 2], billed: [0.0; 2] };
    let mut data = 0.0;
    for &(size, share) in &phase.files {
        let io = phase.io_size;
        let full = (size / io).floor();
        let rest = size - full * io;
        data += share * size;
        for (i, (op, meta)) in [(Op::Read, Op::MetadataRead), (Op::Write, Op::MetadataWrite)].into_iter().enumerate() {
            let of = |f: &dyn Fn(Op, u64) -> f64| {
                full * f(op, io as u64) + if rest > 0.0 { f(op, rest.ceil() as u64) } else { 0.0 } + f(meta, 0)
            };
            out.metered[i] += share * of(&|op, b| throughput::metered_bytes(p, op, b));
            out.billed[i] += share * of(&|op, b| throughput::total_bytes(ThroughputMode::Elastic, op, b));
            out.ops[i] += share * (full + f64::from(rest > 0.0) + 1.0);
        }
    }
    for v in [&mut out.metered, &mut out.ops, &mut out.billed] {
        v.iter_mut().for_each(|x| *x /= data);
    }
    out
}

fn profile(w: &Workload, mode: Mode, stored: f64) -> Profile {
    Profile::new(&w.region, mode.mode, mode.provisioned_mibps, stored, w.one_zone, PerformanceMode::GeneralPurpose)
}

/// The most data (bytes/s) all of a phase's clients may move: its read limit and IOPS.
fn data_cap(p: &Profile, phase: &Phase, k: &PerByte) -> f64 {
    let read = if phase.read > 0.0 { p.limits.read / phase.read } else { f64::INFINITY };
    let iops = p
        .iops
        .map_or(f64::INFINITY, |l| 1.0 / (phase.read * k.ops[0] / l.read + (1.0 - phase.read) * k.ops[1] / l.write));
    read.min(iops)
}

/// Data bytes/s each client of `phase` asks for.
fn client_demand(p: &Profile, phase: &Phase) -> f64 {
    let limit = p.per_client();
    phase.rate.map_or(limit, |r| r.min(limit))
}

/// The smallest Provisioned amount (whole MiB/s) that serves every phase at full demand,
/// within the region's Provisioned limit.
pub fn smallest_unthrottled(w: &Workload) -> f64 {
    let mode = Mode { mode: ThroughputMode::Provisioned, provisioned_mibps: Some(1.0) };
    let p = profile(w, mode, w.stored);
    let need = w
        .phases
        .iter()
        .filter(|ph| ph.clients > 0)
        .map(|ph| {
            let k = per_byte(&p, ph);
            let data = (f64::from(ph.clients) * client_demand(&p, ph)).min(data_cap(&p, ph, &k));
            data * (ph.read * k.metered[0] + (1.0 - ph.read) * k.metered[1])
        })
        .fold(0.0, f64::max);
    (need / MIB).ceil().clamp(1.0, (p.limits.write / MIB).floor())
}

/// The modes `simulate` compares: Bursting, Elastic, the smallest Provisioned amount that never
/// throttles and the workload's own Provisioned levels.
pub fn modes(w: &Workload) -> Vec<Mode> {
    let mut levels = w.provisioned.clone();
    levels.push(smallest_unthrottled(w));
    levels.sort_by(f64::total_cmp);
    levels.dedup();
    let mut out = vec![Mode { mode: ThroughputMode::Bursting, provisioned_mibps: None }];
    out.extend(levels.into_iter().map(|l| Mode { mode: ThroughputMode::Provisioned, provisioned_mibps: Some(l) }));
    out.push(Mode { mode: ThroughputMode::Elastic, provisioned_mibps: None });
    out
}

pub fn simulate(w: &Workload, step: f64) -> Report {
    let prices = pricing::for_region(&w.region);
    let runs = modes(w).into_iter().map(|m| run(w, m, step, &prices)).collect();
    Report { workload: w.clone(), step_seconds: step, prices, runs }
}

/// Weighted samples of per-client throughput, for the percentiles; a run of equal rates is
/// one sample.
struct Samples(Vec<(f64, f64)>);

impl Samples {
    fn add(&mut self, rate: f64, weight: f64) {
        match self.0.last_mut() {
            Some(last) if last.0 == rate => last.1 += weight,
            _ => self.0.push((rate, weight)),
        }
    }

    /// The throughput that a share `q` of the weight got at least.
    fn at_least(&mut self, q: f64) -> f64 {
        self.0.sort_by(|a, b| b.0.total_cmp(&a.0));
        let total: f64 = self.0.iter().map(|s| s.1).sum();
        let mut seen = 0.0;
        for &(rate, weight) in &self.0 {
            seen += weight;
            if seen >= q * total * (1.0 - 1e-12) {
                return rate;
            }
        }
        0.0
    }
}

pub fn run(w: &Workload, mode: Mode, step: f64, prices: &Prices) -> Run {
    let mut stored = w.stored;
    let mut balance = w.credits.min(max_credits(stored));
    let credits_start = balance;
    let (mut t, mut throttled, mut credits_min, mut empty_at) = (0.0, 0.0, balance, None);
    let mut moved = 0.0;
    let mut curve = vec![Point { seconds: 0.0, credits: balance, moved }];
    let mut samples = Samples(Vec::new());
    let mut cost = Cost::default();
    let mut phases = Vec::new();
    let storage_price = prices.storage(crate::lifecycle::Tier::Standard, w.one_zone, mode.mode);
    let mut finished = true;
    let mut steps = 0u64;
    'rounds: for round in 1..=w.repeat {
        for phase in &w.phases {
            let k = per_byte(&profile(w, mode, stored), phase);
            let metered_per_byte = phase.read * k.metered[0] + (1.0 - phase.read) * k.metered[1];
            let (start, throttled_before) = (t, throttled);
            let mut left = match phase.amount {
                Amount::Bytes(b) => b,
                Amount::Seconds(s) => s,
            };
            while left > 0.0 {
                steps += 1;
                if t >= MAX_SIMULATED_SECS || steps > MAX_STEPS {
                    finished = false;
                    phases.push(PhaseRun {
                        name: phase.name.clone(),
                        round,
                        seconds: t - start,
                        throttled_seconds: throttled - throttled_before,
                    });
                    break 'rounds;
                }
                let p = profile(w, mode, stored);
                let wanted = f64::from(phase.clients) * client_demand(&p, phase);
                let cap = data_cap(&p, phase, &k) * metered_per_byte;
                let mut dt = match phase.amount {
                    Amount::Seconds(_) => step.min(left),
                    Amount::Bytes(_) => step,
                };
                let before = balance;
                let mut served = throughput::serve(&p, &mut balance, wanted * metered_per_byte, cap, dt);
                let mut data = served.metered / metered_per_byte;
                if matches!(phase.amount, Amount::Bytes(_)) && data > left {
                    // The phase ends within this step: serve only the part it needs.
                    dt *= left / data;
                    balance = before;
                    served = throughput::serve(&p, &mut balance, wanted * metered_per_byte, cap, dt);
                    data = left;
                }
                left -= match phase.amount {
                    Amount::Bytes(_) => data,
                    Amount::Seconds(_) => dt,
                };
                if phase.clients > 0 && wanted > 0.0 {
                    throttled += dt - served.met_secs;
                    samples.add(data / dt / f64::from(phase.clients), dt * f64::from(phase.clients));
                }
                cost.storage += stored / GB * storage_price * dt / MONTH_SECS;
                if let Some(level) = mode.provisioned_mibps {
                    cost.throughput += pricing::billed_mibps(level, stored) * prices.provisioned * dt / MONTH_SECS;
                }
                if mode.mode == ThroughputMode::Elastic {
                    cost.access +=
                        prices.elastic(data * phase.read * k.billed[0], data * (1.0 - phase.read) * k.billed[1]);
                }
                stored += data * (1.0 - phase.read);
                moved += data;
                t += dt;
                if balance < credits_min {
                    credits_min = balance;
                }
                if balance <= 0.0 && empty_at.is_none() {
                    // Within the step, the balance ran out after spending what it held.
                    let spend = (before - balance) / dt;
                    empty_at = Some(t - dt + if spend > 0.0 { before / spend } else { 0.0 });
                }
                curve.push(Point { seconds: t, credits: balance, moved });
                if curve.len() >= 4 * CURVE_POINTS {
                    // Keep memory flat over long runs: every other point, spread evenly still.
                    curve = curve.into_iter().step_by(2).collect();
                }
            }
            phases.push(PhaseRun {
                name: phase.name.clone(),
                round,
                seconds: t - start,
                throttled_seconds: throttled - throttled_before,
            });
        }
    }
    cost.total = cost.storage + cost.throughput + cost.access;
    Run {
        mode,
        finished,
        seconds: t,
        throttled_seconds: throttled,
        client_p50: samples.at_least(0.5),
        client_p99: samples.at_least(0.99),
        credits_start,
        credits_end: balance,
        credits_min,
        credits_empty_at: empty_at,
        curve: thin(curve),
        cost,
        phases,
    }
}

/// At most `CURVE_POINTS` points of a curve, spread evenly and keeping the last.
fn thin<T: Copy + PartialEq>(curve: Vec<T>) -> Vec<T> {
    if curve.len() <= CURVE_POINTS {
        return curve;
    }
    let every = curve.len().div_ceil(CURVE_POINTS);
    let last = *curve.last().expect("not empty");
    let mut out: Vec<_> = curve.into_iter().step_by(every).collect();
    if out.last() != Some(&last) {
        out.push(last);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advisor::workload::parse;
    use crate::throughput::{GIB, TIB, baseline_rate, burst_rate};
    use proptest::prelude::*;

    fn workload(text: &str) -> Workload {
        parse(text, &[]).unwrap()
    }

    fn mode(w: &Workload, label: &str) -> Run {
        let prices = pricing::for_region(&w.region);
        let m = modes(w).into_iter().find(|m| m.label() == label).unwrap();
        run(w, m, 1.0, &prices)
    }

    /// A steady rate on Bursting drains a known balance in balance / (rate − baseline) seconds,
    /// then runs at the baseline.
    #[test]
    fn a_steady_read_drains_the_balance_in_closed_form() {
        let w = workload(
            "[file_system]\nstored = \"100GiB\"\ncredits = \"45GiB\"\n[[phase]]\nclients = 1\nrate = \"150MiB/s\"\nio_size = \"1MiB\"\nfile_size = \"1GiB\"\nduration = \"30m\"\n",
        );
        let r = mode(&w, "bursting");
        // Reads of whole 1 MiB requests meter a third of what they move, plus a 4 KiB open per file.
        let baseline = baseline_rate(100.0 * GIB);
        let expected = 45.0 * GIB / (150.0 * MIB * (1.0 / 3.0 + 4096.0 / GIB) - baseline);
        let empty = r.credits_empty_at.unwrap();
        assert!((empty - expected).abs() < 2.0, "{empty} vs {expected}");
        // Once empty, the client gets the baseline (the file system grows as it writes).
        assert!((r.throttled_seconds - (1800.0 - expected)).abs() < 2.0);
        assert!((r.client_p99 - baseline * 3.0).abs() < 0.01 * baseline, "{}", r.client_p99);
    }

    /// A month of Provisioned throughput costs the table's price for the MiB/s above the
    /// baseline; an empty file system's baseline is 1 MiB/s.
    #[test]
    fn a_provisioned_month_costs_the_table_price() {
        let w = workload("provisioned = [\"100MiB/s\"]\n[[phase]]\nclients = 0\nduration = \"730h\"\n");
        let r = mode(&w, "provisioned 100 MiB/s");
        assert!((r.cost.throughput - 99.0 * 6.00).abs() < 1e-6, "{:?}", r.cost);
        assert_eq!((r.cost.storage, r.cost.access), (0.0, 0.0));
    }

    /// Elastic bills what moves: 1 TiB read in 1 MiB requests costs 1024 GB × $0.03 (plus one
    /// 4 KiB metadata read per file), and never throttles below the limits.
    #[test]
    fn elastic_bills_bytes_and_does_not_throttle() {
        let w = workload("[[phase]]\nclients = 4\nrate = \"200MiB/s\"\nfile_size = \"1GiB\"\ndataset = \"1TiB\"\n");
        let r = mode(&w, "elastic");
        let expected = 1024.0 * (1.0 + 4096.0 / GIB) * 0.03;
        assert!((r.cost.access - expected).abs() < 1e-6, "{:?}", r.cost);
        assert_eq!(r.throttled_seconds, 0.0);
        assert!((r.seconds - TIB / (800.0 * MIB)).abs() < 1.0);
        assert!((r.client_p50 - 200.0 * MIB).abs() < 1.0);
    }

    /// Small files meter the minimums: a 4 KiB read meters 4 KiB on Bursting (not a third of it)
    /// and Elastic bills 32 KiB for it.
    #[test]
    fn small_files_meter_the_minimums() {
        let w = workload("[[phase]]\nclients = 1\nfile_size = \"4KiB\"\nio_size = \"4KiB\"\ndataset = \"1GiB\"\n");
        let p = profile(&w, Mode { mode: ThroughputMode::Bursting, provisioned_mibps: None }, 0.0);
        let k = per_byte(&p, &w.phases[0]);
        assert_eq!(k.metered[0], 2.0, "a 4 KiB read and its 4 KiB open: twice the data");
        assert_eq!(k.billed[0], (32.0 + 4.0) / 4.0);
        assert_eq!(k.ops[0], 2.0 / 4096.0);
    }

    #[test]
    fn the_smallest_unthrottled_level_does_not_throttle_and_one_less_does() {
        let w = workload(
            "[file_system]\nstored = \"10GiB\"\n[[phase]]\nclients = 3\nrate = \"40MiB/s\"\nread = 0.5\ndataset = \"100GiB\"\n",
        );
        let level = smallest_unthrottled(&w);
        let prices = pricing::for_region("us-east-1");
        let at = |l: f64| run(&w, Mode { mode: ThroughputMode::Provisioned, provisioned_mibps: Some(l) }, 1.0, &prices);
        assert_eq!(at(level).throttled_seconds, 0.0);
        assert!(at(level - 1.0).throttled_seconds > 0.0);
    }

    #[test]
    fn the_burst_rate_caps_a_bursting_file_system_with_credits() {
        let w = workload("[file_system]\nstored = \"2TiB\"\n[[phase]]\nclients = 8\ndataset = \"100GiB\"\n");
        let r = mode(&w, "bursting");
        // Eight clients ask for more than the burst rate carries: 1 MiB files, each read whole
        // (a third of a MiB metered) after a 4 KiB open.
        let burst = burst_rate(2.0 * TIB);
        let metered = 100.0 * 1024.0 * (MIB / 3.0 + 4096.0);
        assert!((r.seconds - metered / burst).abs() < 1.0, "{}", r.seconds);
        assert!(r.credits_empty_at.is_none());
    }

    #[test]
    fn the_curve_is_thinned_and_keeps_its_ends() {
        let c: Vec<_> = (0..10_000).map(|i| (i as f64, i as f64)).collect();
        let t = thin(c);
        assert!(t.len() <= CURVE_POINTS + 1);
        assert_eq!((t[0], *t.last().unwrap()), ((0.0, 0.0), (9999.0, 9999.0)));
    }

    proptest! {
        /// Whatever the workload, every mode moves all its bytes (or runs its time), credits stay
        /// within their range, and time throttled never exceeds the time taken.
        #[test]
        fn runs_are_consistent(clients in 0u32..20, rate in 1.0f64..800.0, read in 0.0f64..1.0, gib in 0.0f64..50.0, stored_gib in 0.0f64..3000.0, credits_gib in 0.0f64..3000.0) {
            let text = format!("[file_system]\nstored = {}\ncredits = {}\n[[phase]]\nclients = {clients}\nrate = \"{rate}MiB/s\"\nread = {read}\n{}\n",
                stored_gib * GIB, credits_gib * GIB,
                if clients == 0 { "duration = \"1h\"".to_string() } else { format!("dataset = {}", gib * GIB) });
            let w = workload(&text);
            let report = simulate(&w, 1.0);
            for r in &report.runs {
                prop_assert!(r.finished);
                prop_assert!(r.throttled_seconds <= r.seconds + 1e-6);
                prop_assert!(r.credits_min >= 0.0 && r.credits_end <= max_credits(w.stored + gib * GIB) * (1.0 + 1e-9));
                prop_assert!(r.cost.total >= 0.0 && r.client_p99 <= r.client_p50 + 1e-6);
            }
        }
    }
}
