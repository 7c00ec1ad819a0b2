//! GetMetricData queries for EFS's CloudWatch metrics (namespace AWS/EFS), shared by
//! `efsctl metrics`, `efsctl credits` and the dashboard; the same calls on both backends.

use aws_sdk_cloudwatch::primitives::DateTime;
use aws_sdk_cloudwatch::types::{Dimension, Metric, MetricDataQuery, MetricDataResult, MetricStat, ScanBy};

use crate::clients::Clients;
use crate::error::{CliError, from_sdk};

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

/// One GetMetricData query for `metric` of file system `fs`, with the statistic that fits it.
pub fn query(id: String, fs: &str, metric: &str, period: i32) -> MetricDataQuery {
    let mut dims = vec![Dimension::builder().name("FileSystemId").value(fs).build()];
    if metric == "StorageBytes" {
        dims.push(Dimension::builder().name("StorageClass").value("Total").build());
    }
    let m = Metric::builder().namespace("AWS/EFS").metric_name(metric).set_dimensions(Some(dims)).build();
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
