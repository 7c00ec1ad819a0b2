//! Polls the EFS and CloudWatch APIs on an interval and sends what it finds to the app: the
//! fleet every round, the open file system in depth. API errors go to the status line and the
//! next round waits twice as long (up to a minute); a success restores the interval.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use aws_sdk_cloudwatch::primitives::DateTime;
use aws_sdk_cloudwatch::types::{MetricDataQuery, ScanBy};
use aws_sdk_efs::types::FileSystemDescription;
use tokio::sync::{mpsc, watch};

use super::data::{AccessPointView, Detail, FleetRow, MountTargetView, Series};
use crate::clients::Clients;
use crate::error::{CliError, from_sdk};
use crate::lifecycle_config::policy_of;
use crate::metric_queries::query;
use crate::throughput_ledger;
use efsctl_control::api::LifecycleQuery;

/// What the app wants in depth.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Request {
    pub open: Option<String>,
    pub range_secs: u64,
}

pub enum Update {
    Fleet { rows: Vec<FleetRow>, now: f64 },
    Detail(Box<Detail>),
    Error(String),
}

const MAX_BACKOFF: Duration = Duration::from_secs(60);
/// Mount-target states are fetched per file system; beyond this many only totals are shown.
const MOUNT_TARGET_LOOKUPS: usize = 100;
/// GetMetricData takes at most 500 queries per call.
const QUERIES_PER_CALL: usize = 500;
const FLEET_METRICS: [&str; 7] = [
    "DataReadIOBytes",
    "DataWriteIOBytes",
    "MetadataIOBytes",
    "MeteredIOBytes",
    "PermittedThroughput",
    "BurstCreditBalance",
    "ClientConnections",
];
/// Metrics a fleet round reads per file system (what polling costs on AWS is counted from it).
pub const METRICS_PER_FILE_SYSTEM: usize = FLEET_METRICS.len();
const DETAIL_METRICS: [&str; 7] = [
    "DataReadIOBytes",
    "DataWriteIOBytes",
    "MetadataIOBytes",
    "PermittedThroughput",
    "BurstCreditBalance",
    "PercentIOLimit",
    "MeteredIOBytes",
];

pub async fn run(
    c: Arc<Clients>,
    data_dir: PathBuf,
    interval: Duration,
    mut requests: watch::Receiver<Request>,
    tx: mpsc::UnboundedSender<Update>,
) {
    let mut delay = interval;
    loop {
        let request = requests.borrow_and_update().clone();
        match poll(&c, &data_dir, &request).await {
            Ok(updates) => {
                delay = interval;
                for u in updates {
                    if tx.send(u).is_err() {
                        return;
                    }
                }
            }
            Err(e) => {
                delay = (delay * 2).min(MAX_BACKOFF).max(interval);
                let message = format!("{} (retrying in {})", e.message, crate::output::duration(delay.as_secs_f64()));
                if tx.send(Update::Error(message)).is_err() {
                    return;
                }
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            changed = requests.changed() => if changed.is_err() { return },
        }
    }
}

async fn poll(c: &Clients, data_dir: &std::path::Path, request: &Request) -> Result<Vec<Update>, CliError> {
    let now = c.now().await;
    let mut file_systems = Vec::new();
    let mut marker = None;
    loop {
        let out = c
            .efs
            .describe_file_systems()
            .set_marker(marker)
            .send()
            .await
            .map_err(|e| from_sdk("listing file systems", e))?;
        file_systems.extend(out.file_systems().iter().cloned());
        marker = out.next_marker().map(str::to_string);
        if marker.is_none() {
            break;
        }
    }
    let rows = fleet(c, &file_systems, now).await?;
    let open =
        request.open.as_deref().and_then(|id| file_systems.iter().zip(&rows).find(|(f, _)| f.file_system_id() == id));
    let detail = match open {
        Some((fs, row)) => Some(detail(c, data_dir, fs, row.clone(), request.range_secs, now).await?),
        None => None,
    };
    let mut updates = vec![Update::Fleet { rows, now }];
    updates.extend(detail.map(|d| Update::Detail(Box::new(d))));
    Ok(updates)
}

/// Series by query id, oldest first.
async fn metric_data(
    c: &Clients,
    queries: Vec<MetricDataQuery>,
    start: f64,
    end: f64,
) -> Result<std::collections::HashMap<String, Series>, CliError> {
    let mut out = std::collections::HashMap::new();
    for chunk in queries.chunks(QUERIES_PER_CALL) {
        let mut token = None;
        loop {
            let res = c
                .cloudwatch
                .get_metric_data()
                .set_metric_data_queries(Some(chunk.to_vec()))
                .start_time(DateTime::from_secs_f64(start))
                .end_time(DateTime::from_secs_f64(end))
                .scan_by(ScanBy::TimestampAscending)
                .set_next_token(token)
                .send()
                .await
                .map_err(|e| from_sdk("reading CloudWatch metrics", e))?;
            for r in res.metric_data_results() {
                let points = r.timestamps().iter().zip(r.values()).map(|(t, v)| (t.secs() as f64, *v));
                out.entry(r.id().unwrap_or_default().to_string()).or_insert_with(Vec::new).extend(points);
            }
            token = res.next_token().map(str::to_string);
            if token.is_none() {
                break;
            }
        }
    }
    Ok(out)
}

fn base_row(fs: &FileSystemDescription) -> FleetRow {
    let size = fs.size_in_bytes();
    let class = |f: fn(&aws_sdk_efs::types::FileSystemSize) -> Option<i64>| size.and_then(f).unwrap_or(0).max(0) as u64;
    FleetRow {
        id: fs.file_system_id().to_string(),
        name: fs.name().unwrap_or_default().to_string(),
        state: fs.life_cycle_state().as_str().to_string(),
        performance: fs.performance_mode().as_str().to_string(),
        throughput_mode: fs.throughput_mode().map(|t| t.as_str()).unwrap_or("bursting").to_string(),
        provisioned_mibps: fs.provisioned_throughput_in_mibps(),
        size: [
            size.map(|s| s.value_in_standard().unwrap_or(s.value())).unwrap_or(0).max(0) as u64,
            class(|s| s.value_in_ia()),
            class(|s| s.value_in_archive()),
        ],
        mount_targets: fs.number_of_mount_targets().max(0) as usize,
        ..Default::default()
    }
}

async fn fleet(c: &Clients, file_systems: &[FileSystemDescription], now: f64) -> Result<Vec<FleetRow>, CliError> {
    let mut rows: Vec<FleetRow> = file_systems.iter().map(base_row).collect();
    let queries: Vec<MetricDataQuery> = rows
        .iter()
        .enumerate()
        .flat_map(|(i, r)| {
            FLEET_METRICS.iter().enumerate().map(move |(m, name)| query(format!("f{i}m{m}"), &r.id, name, 60))
        })
        .collect();
    let data = metric_data(c, queries, now - 600.0, now + 60.0).await?;
    for (i, r) in rows.iter_mut().enumerate() {
        let series = |m: usize| data.get(&format!("f{i}m{m}"));
        let latest = |m: usize| series(m).and_then(|s| s.last()).map(|p| p.1);
        r.read = latest(0).unwrap_or(0.0) / 60.0;
        r.write = latest(1).unwrap_or(0.0) / 60.0;
        r.metadata = latest(2).unwrap_or(0.0) / 60.0;
        let permitted = latest(4);
        r.percent_permitted = permitted.filter(|p| *p > 0.0).map(|p| latest(3).unwrap_or(0.0) / 60.0 / p * 100.0);
        if r.throughput_mode == "bursting" {
            r.credits = latest(5);
            r.credit_trend =
                series(5).filter(|s| s.len() >= 2).map(|s| s[s.len() - 1].1 - s[s.len() - 2].1).unwrap_or(0.0);
        }
        r.connections = latest(6);
    }
    // Injected faults (the emulator's): those naming a file system reach it, the others all.
    let faults = match c.control() {
        Some(control) => control.faults().await.unwrap_or_default(),
        None => vec![],
    };
    for r in rows.iter_mut() {
        r.faults = faults
            .iter()
            .filter(|f| f.request.target.as_deref().is_none_or(|t| !t.starts_with("fs-") || t == r.id))
            .map(|f| {
                let on = f.request.target.as_deref().filter(|t| !t.starts_with("fs-"));
                format!("{} {}{}", f.id, f.request.kind.as_str(), on.map(|t| format!(" on {t}")).unwrap_or_default())
            })
            .collect();
    }
    let alarms = crate::metric_queries::alarms(c).await?;
    for r in rows.iter_mut() {
        r.alarms = alarms.iter().filter(|a| a.file_system_id.as_deref() == Some(r.id.as_str())).cloned().collect();
    }
    if rows.len() <= MOUNT_TARGET_LOOKUPS {
        let mut lookups = tokio::task::JoinSet::new();
        for (i, r) in rows.iter().enumerate().filter(|(_, r)| r.mount_targets > 0) {
            let (efs, id) = (c.efs.clone(), r.id.clone());
            lookups.spawn(async move { (i, efs.describe_mount_targets().file_system_id(id).send().await) });
        }
        while let Some(Ok((i, res))) = lookups.join_next().await {
            let out = res.map_err(|e| from_sdk("listing mount targets", e))?;
            rows[i].mount_targets_available =
                Some(out.mount_targets().iter().filter(|m| m.life_cycle_state().as_str() == "available").count());
        }
        for r in rows.iter_mut().filter(|r| r.mount_targets == 0) {
            r.mount_targets_available = Some(0);
        }
    }
    Ok(rows)
}

async fn detail(
    c: &Clients,
    data_dir: &std::path::Path,
    fs: &FileSystemDescription,
    row: FleetRow,
    range_secs: u64,
    now: f64,
) -> Result<Detail, CliError> {
    let id = fs.file_system_id();
    let queries = DETAIL_METRICS.iter().enumerate().map(|(i, m)| query(format!("m{i}"), id, m, 60)).collect();
    let mut data = metric_data(c, queries, now - range_secs as f64, now + 60.0).await?;
    let mut take = |i: usize| data.remove(&format!("m{i}")).unwrap_or_default();
    let per_second = |s: Series| s.into_iter().map(|(t, v)| (t, v / 60.0)).collect::<Series>();
    let (read, write, metadata) = (per_second(take(0)), per_second(take(1)), per_second(take(2)));
    let (permitted, credits, percent_io_limit, metered) = (take(3), take(4), take(5), take(6));
    let recent: Vec<f64> = metered.iter().rev().take(5).map(|p| p.1).collect();
    let metered_rate = if recent.is_empty() { 0.0 } else { recent.iter().sum::<f64>() / (recent.len() as f64 * 60.0) };

    let config = c
        .efs
        .describe_lifecycle_configuration()
        .file_system_id(id)
        .send()
        .await
        .map_err(|e| from_sdk("reading the lifecycle", e))?;
    let policy = policy_of(config.lifecycle_policies());
    let projection = match c.control() {
        Some(control) => Some(control.lifecycle(&LifecycleQuery::new(id, None)).await?.projection),
        None => None,
    };
    let targets = c
        .efs
        .describe_mount_targets()
        .file_system_id(id)
        .send()
        .await
        .map_err(|e| from_sdk("listing mount targets", e))?;
    let mut mount_targets = Vec::new();
    for m in targets.mount_targets() {
        let groups = c
            .efs
            .describe_mount_target_security_groups()
            .mount_target_id(m.mount_target_id())
            .send()
            .await
            .map(|g| g.security_groups().to_vec())
            .unwrap_or_default();
        mount_targets.push(MountTargetView {
            az: m.availability_zone_name().unwrap_or_default().to_string(),
            id: m.mount_target_id().to_string(),
            state: m.life_cycle_state().as_str().to_string(),
            ip: m.ip_address().unwrap_or_default().to_string(),
            security_groups: groups,
        });
    }
    mount_targets.sort_by(|a, b| a.az.cmp(&b.az));
    let aps = c
        .efs
        .describe_access_points()
        .file_system_id(id)
        .send()
        .await
        .map_err(|e| from_sdk("listing access points", e))?;
    let access_points = aps
        .access_points()
        .iter()
        .map(|a| AccessPointView {
            id: a.access_point_id().unwrap_or_default().to_string(),
            name: a.name().unwrap_or_default().to_string(),
            path: a.root_directory().and_then(|r| r.path()).unwrap_or("/").to_string(),
            posix_user: a.posix_user().map(|u| format!("{}:{}", u.uid(), u.gid())).unwrap_or_default(),
        })
        .collect();
    Ok(Detail {
        row,
        range_secs,
        now,
        read,
        write,
        metadata,
        permitted,
        credits,
        percent_io_limit,
        metered_rate,
        lifecycle: policy,
        projection,
        mount_targets,
        access_points,
        last_throughput_change: fs.file_system_arn().and_then(|arn| throughput_ledger::last_change(data_dir, arn)),
        region: c.region.clone(),
    })
}
