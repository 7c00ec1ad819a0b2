//! `efsctl watch`: one line per file system per interval — metered throughput against the
//! permitted, burst credits and when they run out, IOPS against the limit, alarm states — for terminals and
//! logs; `--check`: what needs attention now or within the horizon at the current rates, and exit
//! 1 if anything does (cron, CI). Both backends: it reads CloudWatch as `metrics` does.

use aws_sdk_efs::types::FileSystemDescription;
use efsctl_core::model::modes::ThroughputMode;
use efsctl_core::throughput::{self, CreditOutlook};
use serde::Serialize;

use super::metrics::{RECENT_MINUTES, metered_rate};
use std::time::Duration;

use crate::cli::{Backend, OutputFormat, WatchArgs};
use crate::clients::Clients;
use crate::error::{CliError, ExitCode};
use crate::metric_queries::{AlarmView, alarms, fetch};
use crate::output::{bytes, duration, rate, utc};
use crate::settings::Settings;

/// Throughput or IOPS use (percent of the limit) that counts as saturated.
const SATURATED_PERCENT: f64 = 90.0;
/// The metrics one round reads per file system.
const METRICS: [&str; 4] = ["MeteredIOBytes", "PermittedThroughput", "BurstCreditBalance", "PercentIOLimit"];
/// GetMetricData is billed per metric requested: $0.01 per 1,000 (CloudWatch pricing, us-east-1,
/// docs/efs-model.md).
const USD_PER_METRIC_REQUESTED: f64 = 0.01 / 1000.0;

/// The polling interval of `watch` and `dash`: never under a second; on the aws backend
/// CloudWatch's 1-minute resolution unless asked, and a shorter one is told what an hour of it
/// costs per file system.
pub(super) fn polling_interval(
    asked: Option<Duration>,
    settings: &Settings,
    metrics_per_file_system: usize,
    local_default: Duration,
) -> Result<Duration, CliError> {
    let aws = settings.backend == Backend::Aws;
    let interval = asked.unwrap_or(if aws { Duration::from_secs(60) } else { local_default });
    if interval < Duration::from_secs(1) {
        return Err(CliError::usage(format!(
            "--interval {interval:?} is under 1s: CloudWatch metrics change once a minute, and each poll is a billed call on AWS"
        ))
        .with_hint("use --interval 1s or more (1m matches CloudWatch's resolution)"));
    }
    if aws && interval < Duration::from_secs(60) && !settings.quiet {
        let per_hour = 3600.0 / interval.as_secs_f64() * metrics_per_file_system as f64 * USD_PER_METRIC_REQUESTED;
        eprintln!(
            "note: polling CloudWatch every {} costs about ${per_hour:.2} per file system per hour (GetMetricData, $0.01 per 1,000 metrics); its metrics change once a minute",
            duration(interval.as_secs_f64())
        );
    }
    Ok(interval)
}

/// What one file system looks like now.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Reading {
    file_system_id: String,
    name: String,
    throughput_mode: String,
    /// Metered bytes per second over the last minutes.
    metered_bytes_per_second: f64,
    permitted_throughput: Option<f64>,
    burst_credit_balance: Option<f64>,
    /// Seconds until the credits run out at the current rate (Bursting, spending).
    seconds_until_credits_run_out: Option<f64>,
    percent_io_limit: Option<f64>,
    /// The CloudWatch alarms on its metrics.
    alarms: Vec<AlarmView>,
    /// What needs attention, in words.
    findings: Vec<String>,
}

async fn read(
    c: &Clients,
    fs: &FileSystemDescription,
    alarms: &[AlarmView],
    now: f64,
    horizon: f64,
) -> Result<Reading, CliError> {
    let id = fs.file_system_id().to_string();
    let profile = super::metrics::profile_of(fs, &c.region)?;
    let mode = profile.mode;
    let start = now - 60.0 * (RECENT_MINUTES as f64 + 5.0);
    let results = fetch(c, &id, &METRICS, 60, start, now + 60.0).await?;
    let values = |i: usize| results.get(i).map(|r| r.values().to_vec()).unwrap_or_default();
    let recent = |i: usize| values(i).into_iter().rev().take(RECENT_MINUTES).collect::<Vec<f64>>();
    let used = metered_rate(&values(0));
    let permitted = values(1).last().copied();
    let balance = (mode == ThroughputMode::Bursting).then(|| values(2).last().copied()).flatten();
    let io = recent(3).into_iter().reduce(f64::max);
    let (runs_out, mut findings) = assess(&id, &profile, used, permitted, balance, io, now, horizon);
    let alarms: Vec<AlarmView> = alarms.iter().filter(|a| a.file_system_id.as_deref() == Some(&id)).cloned().collect();
    for a in alarms.iter().filter(|a| a.state_value == "ALARM") {
        findings.push(format!("alarm {} is in ALARM since {}: {}", a.alarm_name, utc(a.state_updated), a.state_reason));
    }
    Ok(Reading {
        file_system_id: id,
        name: fs.name().unwrap_or_default().to_string(),
        throughput_mode: mode.to_string(),
        metered_bytes_per_second: used,
        permitted_throughput: permitted,
        burst_credit_balance: balance,
        seconds_until_credits_run_out: runs_out,
        percent_io_limit: io,
        alarms,
        findings,
    })
}

/// When a Bursting file system's credits run out at the current rate, and what needs attention
/// now or within `horizon` seconds, in words with the command that helps.
#[allow(clippy::too_many_arguments)]
fn assess(
    id: &str,
    profile: &throughput::Profile,
    used: f64,
    permitted: Option<f64>,
    balance: Option<f64>,
    io: Option<f64>,
    now: f64,
    horizon: f64,
) -> (Option<f64>, Vec<String>) {
    let runs_out = match balance.map(|b| throughput::credit_outlook(b, used, profile)) {
        Some(CreditOutlook::Depleting { seconds }) => Some(seconds),
        _ => None,
    };
    let mut findings = Vec::new();
    match (balance, runs_out) {
        (Some(b), _) if b <= 0.0 => findings.push(format!(
            "out of burst credits: throughput is held at the baseline, {} (efsctl tune {id} --throughput-mode elastic)",
            rate(profile.baseline())
        )),
        (_, Some(s)) if s <= horizon => findings.push(format!(
            "burst credits run out in {} (at {}) at the current {} metered; then {} (efsctl credits {id})",
            duration(s),
            utc(now + s),
            rate(used),
            rate(profile.baseline())
        )),
        _ => {}
    }
    if let Some(p) = permitted.filter(|p| *p > 0.0 && used / p * 100.0 >= SATURATED_PERCENT) {
        findings.push(format!(
            "using {:.0}% of its permitted throughput ({} of {})",
            used / p * 100.0,
            rate(used),
            rate(p)
        ));
    }
    if let Some(io) = io.filter(|io| *io >= SATURATED_PERCENT) {
        findings.push(format!("at {io:.0}% of its IOPS limit (PercentIOLimit)"));
    }
    (runs_out, findings)
}

/// The one-line view of a reading.
fn line(r: &Reading, now: f64) -> String {
    let share = r
        .permitted_throughput
        .filter(|p| *p > 0.0)
        .map(|p| format!(" ({:.0}%)", r.metered_bytes_per_second / p * 100.0));
    let credits = match (r.burst_credit_balance, r.seconds_until_credits_run_out) {
        (None, _) => "-".to_string(),
        (Some(b), Some(s)) => format!("{}, empty in {}", bytes(b as i64), duration(s)),
        (Some(b), None) => bytes(b as i64),
    };
    let alarms = match r.alarms.iter().filter(|a| a.state_value != "OK").count() {
        _ if r.alarms.is_empty() => "-".to_string(),
        0 => format!("{} OK", r.alarms.len()),
        _ => r
            .alarms
            .iter()
            .filter(|a| a.state_value != "OK")
            .map(|a| format!("{} {}", a.alarm_name, a.state_value))
            .collect::<Vec<_>>()
            .join(", "),
    };
    format!(
        "{}  {} ({})  {}  used {} of {}{}  credits {}  IOPS {}  alarms {}",
        utc(now),
        if r.name.is_empty() { "-" } else { &r.name },
        r.file_system_id,
        r.throughput_mode,
        rate(r.metered_bytes_per_second),
        r.permitted_throughput.map(rate).unwrap_or_else(|| "-".into()),
        share.unwrap_or_default(),
        credits,
        r.percent_io_limit.map(|p| format!("{p:.0}%")).unwrap_or_else(|| "-".into()),
        alarms,
    )
}

pub async fn run(args: WatchArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let chosen = if args.file_systems.is_empty() {
        super::resolve::all_file_systems(c).await?
    } else {
        let mut picked = Vec::new();
        for name in &args.file_systems {
            picked.push(super::resolve::file_system(c, name).await?);
        }
        picked
    };
    let interval = polling_interval(args.interval, settings, METRICS.len(), Duration::from_secs(60))?;
    let horizon = args.horizon.as_secs_f64();
    let mut round = 0;
    loop {
        let now = c.now().await;
        let states = alarms(c).await?;
        let mut readings = Vec::new();
        for fs in &chosen {
            readings.push(read(c, fs, &states, now, horizon).await?);
        }
        if args.check {
            return check(&readings, now, horizon, settings);
        }
        for r in &readings {
            match settings.output {
                OutputFormat::Json => {
                    println!("{}", serde_json::to_string(r).map_err(|e| CliError::other(e.to_string()))?)
                }
                _ => println!("{}", line(r, now)),
            }
        }
        round += 1;
        if args.count.is_some_and(|n| round >= n) {
            return Ok(());
        }
        tokio::time::sleep(interval).await;
    }
}

/// `--check`: the findings, and exit 1 when there are any.
fn check(readings: &[Reading], now: f64, horizon: f64, settings: &Settings) -> Result<(), CliError> {
    let flagged: Vec<&Reading> = readings.iter().filter(|r| !r.findings.is_empty()).collect();
    if settings.output == OutputFormat::Json {
        let doc = serde_json::json!({"Checked": readings.len(), "HorizonSeconds": horizon, "Time": utc(now), "NeedAttention": flagged});
        println!("{}", serde_json::to_string_pretty(&doc).map_err(|e| CliError::other(e.to_string()))?);
    } else {
        for r in &flagged {
            for f in &r.findings {
                println!("{} ({}): {f}", if r.name.is_empty() { "-" } else { &r.name }, r.file_system_id);
            }
        }
        if flagged.is_empty() && !settings.quiet {
            println!("{} file system(s) checked: nothing needs attention within {}", readings.len(), duration(horizon));
        }
    }
    if flagged.is_empty() {
        Ok(())
    } else {
        Err(CliError::new(
            ExitCode::Error,
            format!("{} of {} file system(s) need attention", flagged.len(), readings.len()),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use efsctl_core::model::modes::PerformanceMode;
    use efsctl_core::throughput::{GIB, MIB};

    fn bursting() -> throughput::Profile {
        throughput::Profile::new(
            "us-east-1",
            ThroughputMode::Bursting,
            None,
            0.0,
            false,
            PerformanceMode::GeneralPurpose,
        )
    }

    #[test]
    fn what_needs_attention() {
        let p = bursting();
        let calm = assess("fs-1", &p, 0.0, Some(100.0 * MIB), Some(1e12), Some(3.0), 0.0, 86_400.0);
        assert_eq!(calm, (None, vec![]));
        let (_, empty) = assess("fs-1", &p, 0.0, Some(MIB), Some(0.0), None, 0.0, 86_400.0);
        assert!(empty[0].starts_with("out of burst credits"), "{empty:?}");
        // 1 GiB of credits spent at 100 MiB/s over a 1 MiB/s baseline: about 10 s.
        let (runs_out, soon) = assess("fs-1", &p, 100.0 * MIB, Some(100.0 * MIB), Some(GIB), None, 0.0, 3600.0);
        assert!(runs_out.is_some_and(|s| (s - GIB / (99.0 * MIB)).abs() < 1e-6));
        assert!(soon.iter().any(|f| f.starts_with("burst credits run out in")), "{soon:?}");
        assert!(soon.iter().any(|f| f.starts_with("using 100% of its permitted throughput")), "{soon:?}");
        let (_, later) = assess("fs-1", &p, 2.0 * MIB, None, Some(1e12), None, 0.0, 3600.0);
        assert!(later.is_empty(), "runs out beyond the horizon: {later:?}");
        let (_, iops) = assess("fs-1", &p, 0.0, None, None, Some(97.0), 0.0, 3600.0);
        assert_eq!(iops, vec!["at 97% of its IOPS limit (PercentIOLimit)".to_string()]);
    }
}
