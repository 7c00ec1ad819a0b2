//! GetMetricData queries for EFS's CloudWatch metrics (namespace AWS/EFS), shared by
//! `efsctl metrics`, `efsctl credits` and the dashboard; the same calls on both backends.

use aws_sdk_cloudwatch::primitives::DateTime;
use aws_sdk_cloudwatch::types::{Dimension, Metric, MetricDataQuery, MetricDataResult, MetricStat, ScanBy};
use futures_util::{StreamExt, TryStreamExt};

use crate::clients::Clients;
use crate::error::{CliError, from_sdk};
use efsctl_core::advisor::replay::Minute;

/// The metrics `efsctl metrics` shows by default, with the statistic that makes sense for each.
pub const DEFAULT_METRICS: &[(&str, &str)] = &[
    ("DataReadIOBytes", "Sum"),
    ("DataWriteIOBytes", "Sum"),
    ("MetadataIOBytes", "Sum"),
    ("MeteredIOBytes", "Sum"),
    ("PermittedThroughput", "Average"),
    ("BurstCreditBalance", "Average"),
    ("PercentIOLimit", "Average"),
    ("ClientConnections", "Sum"),
];

/// Every metric of the AWS/EFS namespace.
pub const KNOWN: &[&str] = &[
    "BurstCreditBalance",
    "PermittedThroughput",
    "MeteredIOBytes",
    "TotalIOBytes",
    "DataReadIOBytes",
    "DataWriteIOBytes",
    "MetadataIOBytes",
    "MetadataReadIOBytes",
    "MetadataWriteIOBytes",
    "PercentIOLimit",
    "ClientConnections",
    "StorageBytes",
];

pub fn stat_for(metric: &str) -> &'static str {
    DEFAULT_METRICS.iter().find(|(m, _)| *m == metric).map(|(_, s)| *s).unwrap_or(if metric.ends_with("IOBytes") {
        "Sum"
    } else {
        "Average"
    })
}

/// `metric` of file system `fs` (StorageBytes: of all classes, `StorageClass=Total`).
pub fn efs_metric(fs: &str, metric: &str) -> Metric {
    class_metric(fs, metric, (metric == "StorageBytes").then_some("Total"))
}

fn class_metric(fs: &str, metric: &str, class: Option<&str>) -> Metric {
    let mut dims = vec![Dimension::builder().name("FileSystemId").value(fs).build()];
    dims.extend(class.map(|c| Dimension::builder().name("StorageClass").value(c).build()));
    Metric::builder().namespace("AWS/EFS").metric_name(metric).set_dimensions(Some(dims)).build()
}

/// One series for `fetch_series`: a metric of a file system with a statistic (StorageBytes
/// with its storage class).
#[derive(Debug, Clone, Copy)]
pub struct Series<'a> {
    pub fs: &'a str,
    pub metric: &'a str,
    pub stat: &'a str,
    pub class: Option<&'a str>,
}

/// What the advisor reads of a file system's I/O and storage, in this order: the bytes and
/// operations (Sum and SampleCount) of data reads, data writes and metadata, then its Standard,
/// IA and Archive bytes.
pub const IO_AND_STORAGE: [(&str, &str, Option<&str>); 9] = [
    ("DataReadIOBytes", "Sum", None),
    ("DataReadIOBytes", "SampleCount", None),
    ("DataWriteIOBytes", "Sum", None),
    ("DataWriteIOBytes", "SampleCount", None),
    ("MetadataIOBytes", "Sum", None),
    ("MetadataIOBytes", "SampleCount", None),
    ("StorageBytes", "Average", Some("Standard")),
    ("StorageBytes", "Average", Some("IA")),
    ("StorageBytes", "Average", Some("Archive")),
];

/// One period of `IO_AND_STORAGE` (`value(k)`: series k's value then) as the advisor's minute.
pub fn io_minute(value: impl Fn(usize) -> f64) -> Minute {
    Minute {
        read_bytes: value(0),
        read_ops: value(1),
        write_bytes: value(2),
        write_ops: value(3),
        metadata_bytes: value(4),
        metadata_ops: value(5),
        stored: [value(6), value(7), value(8)],
        ..Default::default()
    }
}

/// `IO_AND_STORAGE` and then `more`, as series of file system `fs`.
pub fn io_series<'a>(fs: &'a str, more: &[(&'a str, &'a str, Option<&'a str>)]) -> Vec<Series<'a>> {
    IO_AND_STORAGE.iter().chain(more).map(|&(metric, stat, class)| Series { fs, metric, stat, class }).collect()
}

/// GetMetricData takes at most this many queries a call.
const QUERIES_PER_CALL: usize = 500;
/// Calls in flight at once.
const CALLS_IN_FLIGHT: usize = 4;

/// Datapoints of a series: (epoch seconds, value), oldest first.
pub type Points = Vec<(f64, f64)>;

/// The datapoints (epoch seconds, value; oldest first) of every series over `[start, end)`, in
/// as few GetMetricData calls as CloudWatch allows (pages followed), a few at a time.
pub async fn fetch_series(
    c: &Clients,
    series: &[Series<'_>],
    period: i32,
    start: f64,
    end: f64,
) -> Result<Vec<Points>, CliError> {
    // CloudWatch's periods start on multiples of the period: a start inside one takes all of it.
    let start = (start / f64::from(period)).floor() * f64::from(period);
    let calls = series.chunks(QUERIES_PER_CALL).enumerate().map(|(b, batch)| {
        let queries: Vec<MetricDataQuery> = batch
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let stat =
                    MetricStat::builder().metric(class_metric(s.fs, s.metric, s.class)).period(period).stat(s.stat);
                MetricDataQuery::builder().id(format!("q{i}")).metric_stat(stat.build()).build()
            })
            .collect();
        let request = c
            .cloudwatch
            .get_metric_data()
            .set_metric_data_queries(Some(queries))
            .start_time(DateTime::from_secs_f64(start))
            .end_time(DateTime::from_secs_f64(end))
            .scan_by(ScanBy::TimestampAscending);
        async move {
            let mut points: Vec<(usize, Points)> = Vec::new();
            let mut pages = request.into_paginator().send();
            while let Some(page) = pages.next().await {
                for r in page.map_err(|e| from_sdk("reading metrics", e))?.metric_data_results() {
                    let Some(i) = r.id().and_then(|id| id.strip_prefix('q')).and_then(|i| i.parse::<usize>().ok())
                    else {
                        continue;
                    };
                    let ts = r.timestamps().iter().map(|t| t.as_secs_f64());
                    points.push((b * QUERIES_PER_CALL + i, ts.zip(r.values().iter().copied()).collect()));
                }
            }
            Ok::<_, CliError>(points)
        }
    });
    let batches: Vec<Vec<(usize, Points)>> =
        futures_util::stream::iter(calls).buffer_unordered(CALLS_IN_FLIGHT).try_collect().await?;
    let mut out = vec![Vec::new(); series.len()];
    for (i, p) in batches.into_iter().flatten() {
        if let Some(slot) = out.get_mut(i) {
            slot.extend(p);
        }
    }
    for s in &mut out {
        s.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    Ok(out)
}

/// One GetMetricData query for `metric` of file system `fs`, with the statistic that fits it.
pub fn query(id: String, fs: &str, metric: &str, period: i32) -> MetricDataQuery {
    let m = efs_metric(fs, metric);
    MetricDataQuery::builder()
        .id(id)
        .label(metric)
        .metric_stat(MetricStat::builder().metric(m).period(period).stat(stat_for(metric)).build())
        .build()
}

/// Datapoints (oldest first) of `metrics` for one file system over `[start, end)`.
pub async fn fetch(
    c: &Clients,
    fs: &str,
    metrics: &[&str],
    period: i32,
    start: f64,
    end: f64,
) -> Result<Vec<MetricDataResult>, CliError> {
    let queries: Vec<MetricDataQuery> =
        metrics.iter().enumerate().map(|(i, m)| query(format!("m{i}"), fs, m, period)).collect();
    let out = c
        .cloudwatch
        .get_metric_data()
        .set_metric_data_queries(Some(queries))
        .start_time(DateTime::from_secs_f64(start))
        .end_time(DateTime::from_secs_f64(end))
        .scan_by(ScanBy::TimestampAscending)
        .send()
        .await
        .map_err(|e| from_sdk("reading metrics", e))?;
    Ok(out.metric_data_results().to_vec())
}

/// A CloudWatch alarm on an EFS metric, as `alarm ls`, `watch` and the dashboard show it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AlarmView {
    pub alarm_name: String,
    pub state_value: String,
    pub state_reason: String,
    /// Epoch seconds of the last state change.
    pub state_updated: f64,
    /// The file system whose metric it watches.
    pub file_system_id: Option<String>,
    /// What it watches, in words: `BurstCreditBalance Minimum < 351.6 GiB`, `e1 >= 90`.
    pub condition: String,
    pub description: Option<String>,
}

/// The comparison as a symbol.
fn symbol(op: Option<&aws_sdk_cloudwatch::types::ComparisonOperator>) -> &'static str {
    use aws_sdk_cloudwatch::types::ComparisonOperator as C;
    match op {
        Some(C::GreaterThanOrEqualToThreshold) => ">=",
        Some(C::GreaterThanThreshold) => ">",
        Some(C::LessThanThreshold) => "<",
        Some(C::LessThanOrEqualToThreshold) => "<=",
        Some(C::LessThanLowerOrGreaterThanUpperThreshold) => "outside",
        Some(C::LessThanLowerThreshold) => "below",
        Some(C::GreaterThanUpperThreshold) => "above",
        _ => "?",
    }
}

fn file_system_of(dims: &[Dimension]) -> Option<String> {
    dims.iter().find(|d| d.name() == Some("FileSystemId")).and_then(|d| d.value()).map(str::to_string)
}

/// Every alarm on an AWS/EFS metric (metric alarms and metric-math alarms reading one).
pub async fn alarms(c: &Clients) -> Result<Vec<AlarmView>, CliError> {
    let mut out = Vec::new();
    let mut pages = c.cloudwatch.describe_alarms().into_paginator().send();
    while let Some(page) = pages.next().await {
        for a in page.map_err(|e| from_sdk("listing alarms", e))?.metric_alarms() {
            let (file_system, watched) = if a.namespace() == Some("AWS/EFS") {
                (
                    file_system_of(a.dimensions()),
                    format!("{} {}", a.metric_name().unwrap_or("?"), a.statistic().map(|s| s.as_str()).unwrap_or("")),
                )
            } else {
                let efs = a
                    .metrics()
                    .iter()
                    .filter_map(|q| q.metric_stat())
                    .filter_map(|s| s.metric())
                    .find(|m| m.namespace() == Some("AWS/EFS"));
                let Some(metric) = efs else { continue };
                let returned = a.metrics().iter().find(|q| q.return_data().unwrap_or(true));
                let label = returned.and_then(|q| q.label().or(q.expression())).unwrap_or("expression");
                (file_system_of(metric.dimensions()), label.to_string())
            };
            out.push(AlarmView {
                alarm_name: a.alarm_name().unwrap_or_default().to_string(),
                state_value: a.state_value().map(|s| s.as_str()).unwrap_or("INSUFFICIENT_DATA").to_string(),
                state_reason: a.state_reason().unwrap_or_default().to_string(),
                state_updated: a.state_updated_timestamp().map(|t| t.as_secs_f64()).unwrap_or_default(),
                file_system_id: file_system,
                condition: format!("{watched} {} {}", symbol(a.comparison_operator()), {
                    let t = a.threshold().unwrap_or_default();
                    match a.threshold_metric_id() {
                        Some(band) => format!("band {band}"),
                        // Byte metrics read better in bytes.
                        None if watched.contains("BurstCreditBalance") || watched.contains("StorageBytes") => {
                            efsctl_core::units::bytes(t as i64)
                        }
                        None => t.to_string(),
                    }
                }),
                description: a.alarm_description().map(str::to_string),
            });
        }
    }
    Ok(out)
}
