//! `efsctl tune`: throughput changes with their cost, and the 24-hour rule checked up front.
//!
//! After a throughput-mode change or a change of provisioned throughput, EFS refuses mode
//! changes and decreases for 24 hours, but its API does not say when the last change was; efsctl remembers the changes it made (in the data dir) so it
//! can say when the next one is allowed instead of surfacing a raw 429.

use serde_json::json;

use super::resolve;
use crate::cli::TuneArgs;
use crate::clients::Clients;
use crate::error::{CliError, ExitCode, from_sdk};
use crate::metric_queries::{IO_AND_STORAGE, fetch_series, io_minute, io_series};
use crate::output::{self, Rendered, shapes};
use crate::settings::Settings;
use crate::throughput_ledger;
use efsctl_core::advisor::replay;
use efsctl_core::model::limits::THROUGHPUT_CHANGE_COOLDOWN_SECS;
use efsctl_core::model::modes::{PerformanceMode, ThroughputMode};
use efsctl_core::model::rules;
use efsctl_core::pricing::{self, Prices};

fn cost(prices: &Prices, mode: ThroughputMode, mibps: Option<f64>, std_bytes: f64) -> String {
    match prices.monthly_throughput(mode, mibps, std_bytes) {
        Some(c) => format!("{}/month", output::money(c)),
        None => format!("usage-based (${}/GB read, ${}/GB written)", prices.elastic_read, prices.elastic_write),
    }
}

/// When the 24-hour rule allows the change `from` → `to` (`None`: now), by the changes efsctl
/// recorded, on the backend's clock.
fn rule_allows_at(
    settings: &Settings,
    arn: &str,
    now: f64,
    from: (ThroughputMode, Option<f64>),
    to: (ThroughputMode, Option<f64>),
) -> Option<f64> {
    if !rules::cooldown_applies(from, to) {
        return None;
    }
    throughput_ledger::last_change(&settings.data_dir, arn)
        .map(|t| t + THROUGHPUT_CHANGE_COOLDOWN_SECS)
        .filter(|t| *t > now)
}

pub async fn run(args: TuneArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    if args.recommend {
        return recommend(&args, c, settings).await;
    }
    if args.throughput_mode.is_none() && args.provisioned.is_none() {
        return Err(CliError::usage("nothing to change: give --throughput-mode and/or --provisioned")
            .with_hint("or --recommend to replay the file system's history under each mode"));
    }
    let fs = resolve::file_system(c, &args.file_system).await?;
    let arn = fs.file_system_arn().unwrap_or(fs.file_system_id()).to_string();
    let bill = resolve::billing(c, &fs)?;
    let current = bill.mode;
    let performance: PerformanceMode = fs.performance_mode().as_str().parse().map_err(CliError::other)?;
    let current_mibps = fs.provisioned_throughput_in_mibps();
    let new = args.throughput_mode.map(ThroughputMode::from).unwrap_or(if args.provisioned.is_some() {
        ThroughputMode::Provisioned
    } else {
        current
    });
    let new_mibps =
        if new == ThroughputMode::Provisioned { args.provisioned.or(current_mibps) } else { args.provisioned };
    rules::check_modes(performance, new, new_mibps, fs.availability_zone_name().is_some())
        .map_err(|e| CliError::usage(format!("--throughput-mode/--provisioned: {e}")))?;
    let (prices, std_bytes) = (&bill.prices, bill.standard_bytes);

    // The 24-hour rule runs on the backend's clock (the emulator's may be ahead).
    let now = c.now().await;
    let allowed_at = rule_allows_at(settings, &arn, now, (current, current_mibps), (new, new_mibps));

    let mut pairs = vec![
        ("file system", format!("{} ({})", fs.file_system_id(), fs.name().unwrap_or("no name"))),
        ("throughput now", output::throughput_mode(current.as_str(), current_mibps)),
        ("throughput after", output::throughput_mode(new.as_str(), new_mibps)),
        ("cost now", cost(prices, current, current_mibps, std_bytes)),
        ("cost after", cost(prices, new, new_mibps, std_bytes)),
        (
            "bursting baseline",
            format!(
                "{:.1} MiB/s for {} in Standard",
                pricing::baseline_mibps(std_bytes),
                output::bytes(std_bytes as i64)
            ),
        ),
    ];
    if let (Some(a), Some(b)) = (
        prices.monthly_throughput(current, current_mibps, std_bytes),
        prices.monthly_throughput(new, new_mibps, std_bytes),
    ) {
        pairs.push(("monthly difference", format!("{:+.2} $", b - a)));
    }
    if (new, new_mibps) == (current, current_mibps) {
        let now_is = output::throughput_mode(current.as_str(), current_mibps);
        return Err(CliError::usage(format!("{} already has {now_is}; nothing to change", fs.file_system_id()))
            .with_hint("give another --throughput-mode or --provisioned value"));
    }
    pairs.push((
        "24-hour rule",
        "for 24 hours after this, no mode change and no decrease (increases are always allowed)".into(),
    ));
    if let Some(t) = allowed_at {
        let msg = format!(
            "{} had a throughput change within 24 hours; the next mode change or decrease is allowed at {} (in {})",
            fs.file_system_id(),
            output::utc(t),
            output::age(now, t)
        );
        if !args.dry_run {
            return Err(CliError::new(ExitCode::Conflict, msg)
                .with_hint("increases of provisioned throughput are always allowed"));
        }
        pairs.push(("blocked until", output::utc(t)));
    }
    let plan = json!({"FileSystemId": fs.file_system_id(), "From": {"ThroughputMode": current.as_str(), "ProvisionedThroughputInMibps": current_mibps}, "To": {"ThroughputMode": new.as_str(), "ProvisionedThroughputInMibps": new_mibps}, "DryRun": args.dry_run});
    if args.dry_run {
        let view = output::record(
            json!({"Plan": plan}),
            "tune (dry run: nothing changed)",
            pairs,
            Some(fs.file_system_id().to_string()),
        );
        return output::print(settings, &view);
    }
    c.efs
        .update_file_system()
        .file_system_id(fs.file_system_id())
        .throughput_mode(new.as_str().into())
        .set_provisioned_throughput_in_mibps(if new == ThroughputMode::Provisioned { new_mibps } else { None })
        .send()
        .await
        .map_err(|e| from_sdk(&format!("tuning {}", fs.file_system_id()), e))?;
    throughput_ledger::record_change(&settings.data_dir, &arn, now);
    let mut doc = shapes::file_system(&super::file_systems::fetch(c, fs.file_system_id()).await?);
    doc["Plan"] = plan;
    let view = output::record(doc, "tuned", pairs, Some(fs.file_system_id().to_string()));
    output::print(settings, &view)
}

/// What `--recommend` replays besides I/O and storage, minute by minute: the balance, and the
/// metered and permitted throughput that tell a minute held at its limit.
const MORE: [(&str, &str, Option<&str>); 3] = [
    ("BurstCreditBalance", "Average", None),
    ("MeteredIOBytes", "Sum", None),
    ("PermittedThroughput", "Average", None),
];
const SERIES: usize = IO_AND_STORAGE.len() + MORE.len();

/// `tune --recommend`: the last days of metrics replayed under each mode.
async fn recommend(args: &TuneArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let fs = resolve::file_system(c, &args.file_system).await?;
    let id = fs.file_system_id();
    let bill = resolve::billing(c, &fs)?;
    let now = c.now().await;
    let (asked_from, created) = (now - f64::from(args.days) * 86400.0, fs.creation_time().as_secs_f64());
    let from = asked_from.max(created);
    let series = io_series(id, &MORE);
    let mut data = fetch_series(c, &series, 60, from, now).await?;
    let earliest = |data: &[Vec<(f64, f64)>]| data.iter().flatten().map(|(t, _)| *t).fold(f64::INFINITY, f64::min);
    // Minutes kept only as hourly aggregates (the emulator's after a long clock jump): each
    // hour as 60 alike minutes.
    let minutely = earliest(&data);
    let mut hourly = 0;
    if minutely > from + 3600.0 {
        let hours = fetch_series(c, &series, 3600, from, minutely.min(now)).await?;
        for ((points, minutes), s) in hours.iter().zip(data.iter_mut()).zip(&series) {
            // Sums and counts spread over the minutes; averages hold for each.
            let spread = if s.stat == "Average" { 1.0 } else { 60.0 };
            let older: Vec<(f64, f64)> = points.iter().copied().filter(|(t, _)| *t + 3600.0 <= minutely).collect();
            hourly = hourly.max(older.len());
            let expanded =
                older.into_iter().flat_map(|(t, v)| (0..60).map(move |m| (t + 60.0 * f64::from(m), v / spread)));
            let kept = std::mem::take(minutes);
            *minutes = expanded.chain(kept).collect();
        }
    }
    let first = earliest(&data);
    if !first.is_finite() {
        return Err(CliError::new(
            ExitCode::NotReady,
            format!("{id} has no metrics in the last {} days to replay", args.days),
        )
        .with_hint("metrics appear a minute after the file system is used; try again later"));
    }
    let history = history(&fs, &bill, &data, first, now)?;
    let (runs, pick) = replay::recommend(&history, &bill.prices);
    let chosen = &runs[pick];
    let current = (bill.mode, bill.provisioned);
    let target = (chosen.mode, chosen.provisioned_mibps);
    let command = if target == current {
        format!(
            "nothing to change: {} is already the pick",
            output::throughput_mode(bill.mode.as_str(), bill.provisioned)
        )
    } else {
        let mut cmd = format!("efsctl tune {id} --throughput-mode {}", chosen.mode);
        if let Some(level) = chosen.provisioned_mibps {
            cmd.push_str(&format!(" --provisioned {level}"));
        }
        cmd
    };
    let arn = fs.file_system_arn().unwrap_or(id);
    let rule = match rule_allows_at(settings, arn, now, current, target) {
        Some(t) => format!("the 24-hour rule allows it at {} (in {})", output::utc(t), output::age(now, t)),
        None => "allowed now; for 24 hours after it, no mode change and no decrease".into(),
    };
    let minutes = history.minutes.len();
    let mut view = Rendered::new(json!({
        "FileSystemId": id,
        "HistoryMinutes": minutes,
        "HourlyHours": hourly,
        "From": output::utc(first),
        "Runs": runs,
        "Pick": chosen,
        "Command": command,
        "Rule": rule,
    }));
    view.headers = vec!["MODE", "THROTTLED MINUTES", "WORST WAIT", "THROUGHPUT/MONTH", "ACCESS/MONTH", "TOTAL/MONTH"];
    for r in &runs {
        view.rows.push(vec![
            output::throughput_mode(r.mode.as_str(), r.provisioned_mibps),
            r.throttled_minutes.to_string(),
            output::duration(r.worst_backlog_secs),
            output::money(r.throughput_per_month),
            output::money(r.access_per_month),
            output::money(r.per_month),
        ]);
    }
    let why = if chosen.throttled_minutes == 0 {
        "the cheapest that would not have throttled"
    } else {
        "every mode would have throttled; this one least"
    };
    let mut pairs = vec![(
        "history".to_string(),
        format!("{minutes} minutes from {} (the last {} days asked)", output::utc(first), args.days),
    )];
    if hourly > 0 {
        pairs.push((
            "hourly".to_string(),
            format!(
                "before {} only hourly data is kept: each of those {hourly} hours replays as 60 alike minutes",
                output::utc(minutely)
            ),
        ));
    }
    pairs.extend([
        ("now".to_string(), output::throughput_mode(bill.mode.as_str(), bill.provisioned)),
        (
            "pick".to_string(),
            format!("{} ({why})", output::throughput_mode(chosen.mode.as_str(), chosen.provisioned_mibps)),
        ),
        ("command".to_string(), command),
        ("24-hour rule".to_string(), rule),
    ]);
    if first > from + 120.0 {
        pairs.push((
            "missing".to_string(),
            format!(
                "no metrics before {}: the replay covers {:.1} of the {:.1} days asked; it assumes the rest looked alike",
                output::utc(first),
                (now - first) / 86400.0,
                (now - from) / 86400.0
            ),
        ));
    } else if created > asked_from {
        pairs.push((
            "age".to_string(),
            format!("{}: the replay covers the file system's whole life", output::duration(now - created)),
        ));
    }
    pairs.push((
        "assumes".to_string(),
        format!(
            "each minute asked for what it moved, a minute held at its limit for {}x that; costs per 730-hour month",
            replay::SATURATED_DEMAND
        ),
    ));
    view.sections.push((format!("tune --recommend {id}"), pairs));
    view.ids.push(id.to_string());
    output::print(settings, &view)
}

/// The minutes since `first`: I/O where the metrics have it (a minute without datapoints did
/// none), storage carried forward from its last quarter-hour reading.
fn history(
    fs: &aws_sdk_efs::types::FileSystemDescription,
    bill: &resolve::Billing,
    data: &[Vec<(f64, f64)>],
    first: f64,
    now: f64,
) -> Result<replay::History, CliError> {
    let start = (first / 60.0).floor() * 60.0;
    let count = (((now - start) / 60.0).floor() as usize).max(1);
    let mut columns = vec![vec![f64::NAN; count]; SERIES];
    for (k, points) in data.iter().enumerate() {
        for (t, v) in points {
            let i = ((t - start) / 60.0).floor();
            if (0.0..count as f64).contains(&i) {
                columns[k][i as usize] = *v;
            }
        }
    }
    let credits_read = columns[9].clone();
    // Storage and credits carry forward; before their first reading, they start at the first.
    for (k, column) in columns.iter_mut().enumerate().take(10).skip(6) {
        let first_seen = column.iter().copied().find(|v| !v.is_nan());
        let mut last = first_seen.unwrap_or(match k {
            6 => bill.standard_bytes,
            9 => efsctl_core::throughput::INITIAL_CREDITS,
            _ => 0.0,
        });
        for v in column.iter_mut() {
            if v.is_nan() {
                *v = last;
            } else {
                last = *v;
            }
        }
    }
    let at = |k: usize, i: usize| if columns[k][i].is_nan() { 0.0 } else { columns[k][i] };
    let minutes = (0..count)
        .map(|i| replay::Minute {
            // Metered within 10% of what was permitted: at the limit.
            saturated: at(10, i) > 0.0 && at(10, i) / 60.0 >= 0.9 * at(11, i),
            credits: Some(credits_read[i]).filter(|c| !c.is_nan()),
            ..io_minute(|k| at(k, i))
        })
        .collect();
    Ok(replay::History {
        region: bill.prices.region.clone(),
        one_zone: bill.one_zone,
        performance: fs.performance_mode().as_str().parse().map_err(CliError::other)?,
        start_balance: columns[9][0],
        recorded_mode: bill.mode,
        minutes,
    })
}
