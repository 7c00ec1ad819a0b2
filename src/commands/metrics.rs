//! `efsctl metrics FS` and `efsctl credits FS`: CloudWatch's AWS/EFS metrics, read through
//! the CloudWatch API on both backends (the emulator serves the same API).

use aws_sdk_cloudwatch::primitives::DateTime;
use aws_sdk_cloudwatch::types::{MetricDataQuery, MetricDataResult};
use serde_json::{Value, json};

use super::resolve;
use crate::cli::{CreditsArgs, MetricsArgs};
use crate::clients::Clients;
use crate::error::CliError;
use crate::metric_queries::{DEFAULT_METRICS, KNOWN, fetch, query, stat_for};
use crate::output::{self, Rendered, bytes};
use crate::settings::Settings;
use efsctl_core::model::modes::ThroughputMode;
use efsctl_core::throughput;

/// `▁▂▃▄▅▆▇█` for a series.
pub fn sparkline(values: &[f64]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let (min, max) = values.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(*v), b.max(*v)));
    values
        .iter()
        .map(|v| if max > min { BARS[(((v - min) / (max - min)) * 7.0).round() as usize] } else { BARS[0] })
        .collect()
}

/// A value in the unit people read it in: MiB/s for byte counts per period, sizes, percent.
fn human(metric: &str, v: f64, period: i32) -> String {
    match metric {
        m if m.ends_with("IOBytes") => format!("{:.2} MiB/s", v / period as f64 / throughput::MIB),
        "PermittedThroughput" => format!("{:.1} MiB/s", v / throughput::MIB),
        "BurstCreditBalance" | "StorageBytes" => bytes(v as i64),
        "PercentIOLimit" => format!("{v:.1}%"),
        _ => format!("{v:.0}"),
    }
}

fn result_json(r: &MetricDataResult) -> Value {
    json!({"Id": r.id(), "Label": r.label(), "Timestamps": r.timestamps().iter().map(|t| t.as_secs_f64()).collect::<Vec<_>>(), "Values": r.values(), "StatusCode": r.status_code().map(|s| s.as_str())})
}

pub async fn metrics(args: MetricsArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let since = efsctl_core::units::parse_duration(&args.since)
        .map_err(|e| CliError::usage(format!("--since: {e}")))?
        .as_secs_f64();
    if since < 60.0 {
        return Err(CliError::usage(format!(
            "--since {} is shorter than a datapoint: EFS metrics are per minute; give 1m or more",
            args.since
        )));
    }
    let period = efsctl_core::units::parse_duration(&args.period)
        .map_err(|e| CliError::usage(format!("--period: {e}")))?
        .as_secs();
    if period < 60 || period % 60 != 0 {
        return Err(CliError::usage(format!(
            "--period {}: CloudWatch periods are multiples of 60 seconds (1m, 5m, 1h…)",
            args.period
        )));
    }
    if since / period as f64 > 1440.0 {
        return Err(CliError::usage(
            "--since/--period would ask for more than 1,440 datapoints per metric; raise --period",
        ));
    }
    if let Some(bad) = args.metric.iter().find(|m| !KNOWN.contains(&m.as_str())) {
        return Err(CliError::usage(format!("--metric {bad}: not an AWS/EFS metric; allowed: {}", KNOWN.join(", "))));
    }
    let fs = resolve::file_system(c, &args.file_system).await?;
    let names: Vec<&str> = if args.metric.is_empty() {
        DEFAULT_METRICS.iter().map(|(m, _)| *m).collect()
    } else {
        args.metric.iter().map(String::as_str).collect()
    };
    let end = c.now().await;
    let results = fetch(c, fs.file_system_id(), &names, period as i32, end - since, end + 60.0).await?;
    let mut view = Rendered::new(
        json!({"FileSystemId": fs.file_system_id(), "MetricDataResults": results.iter().map(result_json).collect::<Vec<_>>()}),
    );
    view.headers = vec!["METRIC", "STAT", "LATEST", "MIN", "MAX", "TREND"];
    for r in &results {
        let metric = r.label().unwrap_or_default();
        let v = r.values();
        let fmt = |x: Option<f64>| x.map(|x| human(metric, x, period as i32)).unwrap_or_else(|| "-".into());
        view.rows.push(vec![
            metric.to_string(),
            stat_for(metric).to_string(),
            fmt(v.last().copied()),
            fmt(v.iter().copied().reduce(f64::min)),
            fmt(v.iter().copied().reduce(f64::max)),
            sparkline(v),
        ]);
    }
    view.ids.push(fs.file_system_id().to_string());
    output::print(settings, &view)
}

/// The throughput model's view of a file system as the API describes it, in `region`.
pub(super) fn profile_of(
    fs: &aws_sdk_efs::types::FileSystemDescription,
    region: &str,
) -> Result<throughput::Profile, CliError> {
    let mode = super::resolve::mode_of(fs)?;
    let standard = fs.size_in_bytes().map(|s| s.value_in_standard().unwrap_or(s.value())).unwrap_or(0) as f64;
    let performance = fs.performance_mode().as_str().parse().map_err(CliError::other)?;
    Ok(throughput::Profile::new(
        region,
        mode,
        fs.provisioned_throughput_in_mibps(),
        standard,
        fs.availability_zone_name().is_some(),
        performance,
    ))
}

/// Minutes of MeteredIOBytes a current use rate averages.
pub(super) const RECENT_MINUTES: usize = 5;

/// Metered bytes per second over the latest minutes with data, from one-minute MeteredIOBytes sums.
pub(super) fn metered_rate(sums: &[f64]) -> f64 {
    let recent: Vec<f64> = sums.iter().rev().take(RECENT_MINUTES).copied().collect();
    if recent.is_empty() { 0.0 } else { recent.iter().sum::<f64>() / (recent.len() as f64 * 60.0) }
}

pub async fn credits(args: CreditsArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let fs = resolve::file_system(c, &args.file_system).await?;
    let id = fs.file_system_id().to_string();
    let profile = profile_of(&fs, &c.region)?;
    let mode = profile.mode;
    let now = c.now().await;
    let results =
        fetch(c, &id, &["BurstCreditBalance", "MeteredIOBytes", "PermittedThroughput"], 60, now - 3600.0, now + 60.0)
            .await?;
    let latest = |i: usize| results.get(i).and_then(|r| r.values().last().copied());
    let (baseline, burst) = (profile.baseline(), profile.burst());
    let use_rate = metered_rate(results.get(1).map(|r| r.values()).unwrap_or_default());
    let per_client = match mode {
        ThroughputMode::Elastic => "1,500 MiB/s with efs-utils 2.0+ or the EFS CSI driver, else 500 MiB/s".to_string(),
        _ => "500 MiB/s".to_string(),
    };
    let mut pairs = vec![("throughput mode", mode.to_string())];
    let mut doc = json!({"FileSystemId": id, "ThroughputMode": mode.as_str(), "BaselineBytesPerSecond": baseline, "BurstBytesPerSecond": burst, "MeteredBytesPerSecond": use_rate});
    doc["PerClientBytesPerSecond"] = json!(profile.per_client());
    doc["RegionLimits"] =
        json!({"ReadBytesPerSecond": profile.limits.read, "WriteBytesPerSecond": profile.limits.write});
    let region_limits = format!(
        "{} read, {} write in {} (reads and writes share them)",
        output::rate(profile.limits.read),
        output::rate(profile.limits.write),
        c.region
    );
    if mode != ThroughputMode::Bursting {
        pairs.push(("burst credits", format!("not used in {mode} mode")));
        pairs.push(("permitted throughput", latest(2).map(output::rate).unwrap_or_else(|| "-".into())));
        pairs.push(("file system limits", region_limits));
        pairs.push(("per client", per_client));
        return output::print(settings, &output::record(doc, format!("credits of {id}"), pairs, Some(id.clone())));
    }
    let balance = latest(0).ok_or_else(|| {
        CliError::new(crate::error::ExitCode::NotReady, format!("no BurstCreditBalance datapoints for {id} yet"))
            .with_hint("metrics appear a minute after a file system is created")
    })?;
    let max = throughput::max_credits(profile.standard_bytes);
    pairs.push(("balance", format!("{} of {} max", bytes(balance as i64), bytes(max as i64))));
    pairs.push(("baseline", format!("{} (50 KiB/s per GiB of Standard, at least 1 MiB/s)", output::rate(baseline))));
    pairs.push((
        "burst",
        format!(
            "{} while credits last (100 MiB/s per TiB, at least 100 MiB/s, at most the region's limit)",
            output::rate(burst)
        ),
    ));
    pairs.push(("current use", format!("{} metered", output::rate(use_rate))));
    pairs.push(("file system limits", region_limits));
    pairs.push(("per client", per_client));
    let outlook = match throughput::credit_outlook(balance, use_rate, &profile) {
        throughput::CreditOutlook::Depleting { seconds } => {
            doc["SecondsUntilDepleted"] = json!(seconds);
            format!(
                "credits run out in {} (at {}), then throughput drops to {}",
                output::age(0.0, seconds),
                output::utc(now + seconds),
                output::rate(baseline)
            )
        }
        throughput::CreditOutlook::Filling { seconds } => {
            doc["SecondsUntilFull"] = json!(seconds);
            format!("below baseline: credits grow, full in {}", output::age(0.0, seconds))
        }
        throughput::CreditOutlook::Full => "full: bursting to ".to_string() + &output::rate(burst) + " is available",
    };
    pairs.push(("outlook", outlook));
    doc["BurstCreditBalance"] = json!(balance);
    output::print(settings, &output::record(doc, format!("credits of {id}"), pairs, Some(id)))
}

/// The latest BurstCreditBalance of each Bursting file system (best effort: a CloudWatch
/// error leaves the balances out, with a warning, rather than failing the listing).
pub async fn latest_balances(
    c: &Clients,
    file_systems: &[&aws_sdk_efs::types::FileSystemDescription],
) -> std::collections::HashMap<String, f64> {
    let bursting: Vec<&str> = file_systems
        .iter()
        .filter(|f| f.throughput_mode().is_none_or(|t| t.as_str() == "bursting"))
        .map(|f| f.file_system_id())
        .collect();
    let mut out = std::collections::HashMap::new();
    if bursting.is_empty() {
        return out;
    }
    let now = c.now().await;
    for chunk in bursting.chunks(500) {
        let queries: Vec<MetricDataQuery> =
            chunk.iter().enumerate().map(|(i, fs)| query(format!("m{i}"), fs, "BurstCreditBalance", 60)).collect();
        match c
            .cloudwatch
            .get_metric_data()
            .set_metric_data_queries(Some(queries))
            .start_time(DateTime::from_secs_f64(now - 1800.0))
            .end_time(DateTime::from_secs_f64(now + 60.0))
            .send()
            .await
        {
            Ok(res) => {
                for r in res.metric_data_results() {
                    let idx = r.id().and_then(|id| id.strip_prefix('m')).and_then(|i| i.parse::<usize>().ok());
                    // Results come newest first by default.
                    if let (Some(i), Some(v)) = (idx, r.values().first()) {
                        out.insert(chunk[i].to_string(), *v);
                    }
                }
            }
            Err(e) => {
                tracing::warn!(
                    "burst credit balances unavailable: {}",
                    aws_sdk_cloudwatch::error::DisplayErrorContext(&e)
                );
                break;
            }
        }
    }
    out
}
