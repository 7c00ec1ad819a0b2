//! How fast the pure throughput model runs: 30 days at 1-minute steps for 1,000 file systems
//! (target < 1 s), and the cost of one admission check per I/O (target < 1 µs), each next to
//! a reference loop of the same length measured in the same run.
//!
//! Run: `cargo bench --bench model`.

use std::hint::black_box;
use std::time::Instant;

use efsctl_core::model::modes::{PerformanceMode, ThroughputMode};
use efsctl_core::throughput::{Bucket, GIB, MIB, Op, Profile, metered_bytes};

fn main() {
    let steps = 30 * 24 * 60;
    let profiles: Vec<Profile> = (0..1000)
        .map(|i| {
            Profile::new(
                "us-east-1",
                [ThroughputMode::Bursting, ThroughputMode::Provisioned, ThroughputMode::Elastic][i % 3],
                Some(10.0 + i as f64),
                (i as f64 + 1.0) * GIB,
                i % 7 == 0,
                PerformanceMode::GeneralPurpose,
            )
        })
        .collect();
    let mut buckets: Vec<Bucket> = profiles.iter().map(|_| Bucket::new(0.0)).collect();
    let start = Instant::now();
    for step in 0..steps {
        let now = step as f64 * 60.0;
        for (b, p) in buckets.iter_mut().zip(&profiles) {
            // A minute of traffic: busy in the working day, idle at night.
            let bytes = if (step / 60) % 24 < 8 { 0.0 } else { 600.0 * MIB };
            black_box(b.admit(p, now, bytes, 0.0));
        }
    }
    let sim = start.elapsed();
    let start = Instant::now();
    let mut acc = 0.0f64;
    for step in 0..steps {
        for i in 0..profiles.len() {
            acc += black_box((step * i) as f64 * 1e-9);
        }
    }
    black_box(acc);
    let reference = start.elapsed();
    println!(
        "simulate 30 days at 1-minute steps x 1,000 file systems: {:.3} s (target < 1 s); reference loop of the same length: {:.3} s",
        sim.as_secs_f64(),
        reference.as_secs_f64()
    );

    let p = profiles[0];
    let mut b = Bucket::new(0.0);
    let n = 2_000_000;
    let start = Instant::now();
    for i in 0..n {
        let op = if i % 3 == 0 { Op::Read } else { Op::Write };
        let read = if op == Op::Read { 131_072.0 } else { 0.0 };
        black_box(b.admit(&p, i as f64 * 1e-4, metered_bytes(&p, op, 131_072), read));
    }
    let per_io = start.elapsed().as_nanos() as f64 / n as f64;
    let start = Instant::now();
    for i in 0..n {
        black_box(metered_bytes(&p, if i % 3 == 0 { Op::Read } else { Op::Write }, 131_072));
    }
    let per_meter = start.elapsed().as_nanos() as f64 / n as f64;
    println!("throttle check per I/O: {per_io:.1} ns (target < 1,000 ns); metering alone: {per_meter:.1} ns");
}
