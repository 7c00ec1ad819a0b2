//! `efsctl cost [FS…|--all]`: this month's cost so far and by its end, and what would save
//! money (`efsctl_core::advisor::cost`), from the API and CloudWatch: the same calls on both
//! backends, batched so a thousand file systems take a few dozen metric calls.

use aws_sdk_efs::types::FileSystemDescription;
use futures_util::{StreamExt, TryStreamExt};
use serde_json::json;

use super::resolve;
use crate::cli::CostArgs;
use crate::clients::Clients;
use crate::error::{CliError, from_sdk};
use crate::metric_queries::{IO_AND_STORAGE, Series, fetch_series, io_minute, io_series};
use crate::output::{self, Rendered, money};
use crate::settings::Settings;
use efsctl_core::advisor::cost::{self, Report, Usage, Window};
use efsctl_core::advisor::replay::elastic_billed;
use efsctl_core::model::modes::ThroughputMode;
use efsctl_core::pricing;

const HOUR: f64 = 3600.0;
/// CloudWatch keeps 1-minute datapoints this long.
const MINUTE_DATA_SECS: f64 = 15.0 * 86400.0;
/// API calls in flight at once for the per-file-system lookups.
const LOOKUPS_IN_FLIGHT: usize = 8;

/// What `cost` reads of each file system besides its I/O and storage (hourly).
const MORE: [(&str, &str, Option<&str>); 2] =
    [("BurstCreditBalance", "Minimum", None), ("ClientConnections", "Maximum", None)];
const PER_FS: usize = IO_AND_STORAGE.len() + MORE.len();
/// Where `BurstCreditBalance` is among a file system's hourly series.
const CREDITS: usize = IO_AND_STORAGE.len();
/// A balance under 1 MiB (a second of the smallest baseline) is empty.
const EMPTY: f64 = 1024.0 * 1024.0;

/// What the API says of a file system beyond its description.
struct Setup {
    has_lifecycle: bool,
    backups: bool,
    mount_target_azs: usize,
}

async fn setup(efs: aws_sdk_efs::Client, id: String) -> Result<Setup, CliError> {
    let lifecycle = efs
        .describe_lifecycle_configuration()
        .file_system_id(&id)
        .send()
        .await
        .map_err(|e| from_sdk(&format!("reading the lifecycle of {id}"), e))?;
    let targets = efs
        .describe_mount_targets()
        .file_system_id(&id)
        .send()
        .await
        .map_err(|e| from_sdk(&format!("listing the mount targets of {id}"), e))?;
    let backups = match efs.describe_backup_policy().file_system_id(&id).send().await {
        Ok(out) => out.backup_policy().is_some_and(|p| p.status().as_str() == "ENABLED"),
        Err(e) if aws_sdk_efs::error::ProvideErrorMetadata::code(&e) == Some("PolicyNotFound") => false,
        Err(e) => return Err(from_sdk(&format!("reading the backup policy of {id}"), e)),
    };
    let mut azs: Vec<&str> = targets.mount_targets().iter().filter_map(|m| m.availability_zone_name()).collect();
    azs.sort_unstable();
    azs.dedup();
    Ok(Setup {
        has_lifecycle: lifecycle
            .lifecycle_policies()
            .iter()
            .any(|p| p.transition_to_ia().is_some() || p.transition_to_archive().is_some()),
        mount_target_azs: azs.len(),
        backups,
    })
}

/// Each file system's `Setup`, in order, `LOOKUPS_IN_FLIGHT` at a time.
async fn setups(c: &Clients, fss: &[FileSystemDescription]) -> Result<Vec<Setup>, CliError> {
    let lookups = fss.iter().map(|fs| setup(c.efs.clone(), fs.file_system_id().to_string()));
    futures_util::stream::iter(lookups).buffered(LOOKUPS_IN_FLIGHT).try_collect().await
}

pub async fn run(args: CostArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    if !args.all && args.file_systems.is_empty() {
        return Err(CliError::usage("name the file systems to cost, or give --all"));
    }
    let fss = if args.all {
        resolve::all_file_systems(c).await?
    } else {
        let mut out = Vec::new();
        for name in &args.file_systems {
            out.push(resolve::file_system(c, name).await?);
        }
        out
    };
    let now = c.now().await;
    let month = cost::month_of(now);
    let window_start = now - f64::from(args.days) * 86400.0;
    let start = window_start.min(month.0);
    let setups = setups(c, &fss).await?;
    let hourly: Vec<Series> = fss.iter().flat_map(|fs| io_series(fs.file_system_id(), &MORE)).collect();
    let hourly = fetch_series(c, &hourly, 3600, start, now + 60.0).await?;
    // At 1-minute resolution: the busiest minutes of Provisioned file systems, and the minutes
    // without credits of Bursting ones whose balance touched zero in an hour.
    let minute_start = window_start.max(now - MINUTE_DATA_SECS);
    let minute_series: Vec<Series> = fss
        .iter()
        .enumerate()
        .filter_map(|(i, fs)| {
            let id = fs.file_system_id();
            match resolve::mode_of(fs).ok()? {
                ThroughputMode::Provisioned => {
                    Some(Series { fs: id, metric: "MeteredIOBytes", stat: "Sum", class: None })
                }
                ThroughputMode::Bursting if hourly[i * PER_FS + CREDITS].iter().any(|(_, v)| *v < EMPTY) => {
                    Some(Series { fs: id, metric: "BurstCreditBalance", stat: "Minimum", class: None })
                }
                _ => None,
            }
        })
        .collect();
    let minutes = fetch_series(c, &minute_series, 60, minute_start, now + 60.0).await?;
    let prices = pricing::for_region(&c.region);
    let by_series: std::collections::HashMap<(&str, &str), &Vec<(f64, f64)>> =
        minute_series.iter().map(|s| (s.fs, s.metric)).zip(&minutes).collect();
    let mut reports = Vec::new();
    for (i, (fs, setup)) in fss.iter().zip(&setups).enumerate() {
        let series = &hourly[i * PER_FS..(i + 1) * PER_FS];
        let mine = |metric: &str| -> Vec<f64> {
            by_series.get(&(fs.file_system_id(), metric)).map_or(Vec::new(), |p| p.iter().map(|(_, v)| *v).collect())
        };
        let busiest: Vec<f64> = mine("MeteredIOBytes").iter().map(|v| v / 60.0).collect();
        let empty_minutes = mine("BurstCreditBalance").iter().filter(|v| **v < EMPTY).count();
        let usage = usage(c, fs, setup, series, (&busiest, empty_minutes), now, month, window_start)?;
        reports.push((fs, cost::report(&usage, &prices, args.idle_days)));
    }
    output::print(settings, &view(&reports, &prices, month, args.days))
}

#[allow(clippy::too_many_arguments)]
fn usage(
    c: &Clients,
    fs: &FileSystemDescription,
    setup: &Setup,
    series: &[Vec<(f64, f64)>],
    (busiest, empty_minutes): (&[f64], usize),
    now: f64,
    month: (f64, f64),
    window_start: f64,
) -> Result<Usage, CliError> {
    let bill = resolve::billing(c, fs)?;
    let created = fs.creation_time().as_secs_f64();
    let since = month.0.max(created);
    let in_month =
        |s: &Vec<(f64, f64)>| s.iter().filter(|(t, _)| *t + HOUR > since).map(|(t, v)| (*t, *v)).collect::<Vec<_>>();
    let in_window =
        |s: &Vec<(f64, f64)>| s.iter().filter(|(t, _)| *t + HOUR > window_start).map(|(_, v)| *v).collect::<Vec<_>>();
    // Hours with storage on record this month, and their byte-seconds by class.
    let storage: Vec<Vec<(f64, f64)>> = series[6..9].iter().map(in_month).collect();
    // Each hourly average counts for the part of its hour since `since` and before now.
    let covered = |t: f64| ((t + HOUR).min(now) - t.max(since)).max(0.0);
    let byte_seconds = [0, 1, 2].map(|k| storage[k].iter().map(|(t, v)| v * covered(*t)).sum::<f64>());
    let size = fs.size_in_bytes();
    let stored_now = [
        bill.standard_bytes,
        size.and_then(|s| s.value_in_ia()).unwrap_or(0) as f64,
        size.and_then(|s| s.value_in_archive()).unwrap_or(0) as f64,
    ];
    // Elastic's bill of each hour, from its bytes and operations.
    let billed = |keep: &dyn Fn(f64) -> bool| {
        let values = |k: usize| -> std::collections::HashMap<i64, f64> {
            series[k].iter().filter(|(t, _)| keep(*t)).map(|(t, v)| (*t as i64, *v)).collect()
        };
        let io: Vec<_> = (0..6).map(values).collect();
        let hours: std::collections::BTreeSet<&i64> = io.iter().flat_map(|m| m.keys()).collect();
        hours.into_iter().fold((0.0, 0.0), |acc, t| {
            let (r, w) = elastic_billed(&io_minute(|k| io.get(k).and_then(|m| m.get(t)).copied().unwrap_or(0.0)));
            (acc.0 + r, acc.1 + w)
        })
    };
    let credits = in_window(&series[CREDITS]);
    let connections = in_window(&series[10]);
    // The window reaches back to the first datapoint of any series, at most the days asked.
    let first =
        series.iter().flatten().map(|(t, _)| *t).filter(|t| *t + HOUR > window_start).fold(f64::INFINITY, f64::min);
    let window_secs = if first.is_finite() { now - first.max(window_start).max(created) } else { 0.0 };
    let mut busiest = busiest.to_vec();
    busiest.sort_by(f64::total_cmp);
    let p99 = busiest.get(((busiest.len() as f64 * 0.99) as usize).min(busiest.len().saturating_sub(1))).copied();
    Ok(Usage {
        id: fs.file_system_id().to_string(),
        mode: bill.mode,
        provisioned_mibps: bill.provisioned,
        one_zone: bill.one_zone,
        has_lifecycle: setup.has_lifecycle,
        backups: setup.backups,
        mount_target_azs: setup.mount_target_azs,
        created,
        now,
        month,
        stored_now,
        byte_seconds,
        storage_seconds: storage[0].iter().map(|(t, _)| covered(*t)).sum(),
        elastic_month: billed(&|t| t + HOUR > since),
        elastic_window: billed(&|t| t + HOUR > window_start),
        window: Window {
            seconds: window_secs.max(0.0),
            read_bytes: in_window(&series[0]).iter().sum(),
            p99_metered: p99.unwrap_or(0.0),
            hours_without_credits: credits.iter().filter(|v| **v < EMPTY).count(),
            minutes_without_credits: empty_minutes,
            minute_data_seconds: now - window_start.max(now - MINUTE_DATA_SECS).max(created),
            max_connections: connections.iter().copied().reduce(f64::max),
        },
    })
}

/// What a file system's findings save together: deleting an idle one saves all it costs,
/// which includes what the others would; otherwise they add up.
fn saving(r: &Report) -> f64 {
    match r.findings.iter().find(|f| f.kind == cost::FindingKind::Idle) {
        Some(idle) => idle.monthly_saving,
        None => r.findings.iter().map(|f| f.monthly_saving.max(0.0)).sum(),
    }
}

fn view(
    reports: &[(&FileSystemDescription, Report)],
    prices: &pricing::Prices,
    month: (f64, f64),
    days: u32,
) -> Rendered {
    let so_far: f64 = reports.iter().map(|(_, r)| r.so_far.total).sum();
    let projected: f64 = reports.iter().map(|(_, r)| r.projected.total).sum();
    let savings: f64 = reports.iter().map(|(_, r)| saving(r)).sum();
    let mut view = Rendered::new(json!({
        "Month": {"Start": output::utc(month.0), "End": output::utc(month.1)},
        "SoFar": so_far,
        "Projected": projected,
        "PossibleMonthlySavings": savings,
        "Prices": prices,
        "FileSystems": reports.iter().map(|(fs, r)| {
            let mut doc = serde_json::to_value(r).unwrap_or_default();
            doc["Name"] = json!(fs.name());
            doc
        }).collect::<Vec<_>>(),
    }));
    view.headers = vec!["FILE SYSTEM", "NAME", "THROUGHPUT", "SO FAR", "PROJECTED", "FINDINGS", "SAVING/MONTH"];
    for (fs, r) in reports {
        view.rows.push(vec![
            fs.file_system_id().to_string(),
            fs.name().unwrap_or("-").to_string(),
            output::throughput_mode(
                fs.throughput_mode().map(|t| t.as_str()).unwrap_or("bursting"),
                fs.provisioned_throughput_in_mibps(),
            ),
            money(r.so_far.total),
            money(r.projected.total),
            r.findings.len().to_string(),
            money(saving(r)),
        ]);
        view.ids.push(fs.file_system_id().to_string());
    }
    let mut total = vec![
        ("month".to_string(), format!("{} to {}", output::utc(month.0), output::utc(month.1))),
        ("so far".to_string(), money(so_far)),
        ("projected".to_string(), money(projected)),
        ("possible savings".to_string(), format!("{}/month", money(savings))),
        ("prices".to_string(), format!("{} ({}), {}", prices.region, prices.date, prices.source)),
    ];
    if !prices.estimated.is_empty() {
        total.push(("estimated".into(), format!("{} (us-east-1's figures)", prices.estimated.join(", "))));
    }
    view.sections.push(("total".into(), total));
    if let [(fs, r)] = reports {
        let b = |x: &cost::Breakdown| {
            format!(
                "{} (Standard {}, IA {}, Archive {}, throughput {}, Elastic access {}, backups {})",
                money(x.total),
                money(x.standard),
                money(x.ia),
                money(x.archive),
                money(x.throughput),
                money(x.access),
                money(x.backup)
            )
        };
        view.sections.push((
            format!("{} by what it pays for", fs.file_system_id()),
            vec![("so far".into(), b(&r.so_far)), ("projected".into(), b(&r.projected))],
        ));
    }
    let findings: Vec<(String, String)> = reports
        .iter()
        .flat_map(|(fs, r)| {
            r.findings.iter().flat_map(move |f| {
                [
                    (
                        format!("{} {:?} {}/month", fs.file_system_id(), f.kind, money(f.monthly_saving)),
                        f.detail.clone(),
                    ),
                    ("  → run".to_string(), f.command.clone()),
                ]
            })
        })
        .collect();
    if !findings.is_empty() {
        view.sections.push((format!("findings (last {days} days)"), findings));
    }
    // What every report notes is said once.
    let mut notes: Vec<(String, String)> = reports
        .iter()
        .flat_map(|(fs, r)| r.notes.iter().map(move |n| (fs.file_system_id().to_string(), n.clone())))
        .filter(|(_, n)| n != cost::UNMEASURED)
        .collect();
    notes.push(("all".into(), cost::UNMEASURED.into()));
    view.sections.push(("assumptions".into(), notes));
    view
}
