//! `efsctl alarm create|ls|delete`: CloudWatch alarms on a file system's metrics, made from
//! presets of AWS's guidance, with names and descriptions that say what to do when they fire.
//! The same CloudWatch calls on both backends.

use aws_sdk_cloudwatch::types::{ComparisonOperator, MetricDataQuery, MetricStat, Statistic};
use aws_sdk_efs::types::FileSystemDescription;
use efsctl_core::model::modes::ThroughputMode;
use efsctl_core::throughput::{GIB, Profile};
use serde_json::json;

use super::resolve;
use crate::cli::{AlarmCommand, AlarmCreateArgs, AlarmPreset};
use crate::clients::Clients;
use crate::error::{CliError, ExitCode, from_sdk};
use crate::metric_queries::{alarms, efs_metric};
use crate::output::{self, Rendered, age, bytes, duration, rate};
use crate::settings::Settings;

/// One input of an alarm: a metric of the file system and its statistic.
#[derive(Debug, Clone, PartialEq)]
struct Input {
    metric: &'static str,
    statistic: Statistic,
}

/// What an alarm watches: one metric, or an expression over inputs `m1`, `m2`, ….
#[derive(Debug, Clone, PartialEq)]
enum Watched {
    Metric(Input),
    Math { expression: String, label: &'static str, inputs: Vec<Input> },
}

/// The alarm a preset makes for a file system.
#[derive(Debug, Clone, PartialEq)]
struct Plan {
    name: String,
    description: String,
    watched: Watched,
    period: i32,
    comparison: ComparisonOperator,
    threshold: f64,
    periods: i32,
    /// Of `periods`, how many must breach.
    datapoints: i32,
}

fn preset_name(p: AlarmPreset) -> &'static str {
    match p {
        AlarmPreset::CreditsLow => "credits-low",
        AlarmPreset::ThroughputSaturated => "throughput-saturated",
        AlarmPreset::IoLimit => "io-limit",
        AlarmPreset::StorageGrowth => "storage-growth",
    }
}

/// The alarm `preset` makes for file system `id` with `profile`; `threshold` in the preset's
/// unit (GiB, percent, GiB per day) and `periods` override its defaults.
fn plan(
    preset: AlarmPreset,
    id: &str,
    profile: &Profile,
    threshold: Option<f64>,
    periods: Option<u32>,
) -> Result<Plan, CliError> {
    if threshold.is_some_and(|t| !t.is_finite() || t < 0.0) {
        return Err(CliError::usage("--threshold must be a number of 0 or more in the preset's unit (see --help)"));
    }
    let input = |metric, statistic| Input { metric, statistic };
    let fix = format!(
        "efsctl tune {id} --throughput-mode elastic (pay per use), or --throughput-mode provisioned --provisioned-mibps N"
    );
    let (watched, period, comparison, threshold, periods, description) = match preset {
        AlarmPreset::CreditsLow => {
            if profile.mode != ThroughputMode::Bursting {
                return Err(CliError::usage(format!(
                    "credits-low watches burst credits, which only Bursting file systems have; {id} is {}",
                    profile.mode
                ))
                .with_hint(format!(
                    "use --preset throughput-saturated: efsctl alarm create {id} --preset throughput-saturated"
                )));
            }
            // Default: the credits an hour of bursting spends.
            let hour = (profile.burst() - profile.baseline()).max(0.0) * 3600.0;
            let level = threshold.map_or(hour, |t| t * GIB);
            let left = if profile.burst() > profile.baseline() {
                format!(
                    ", about {} of bursting at {}",
                    duration(level / (profile.burst() - profile.baseline())),
                    rate(profile.burst())
                )
            } else {
                String::new()
            };
            let description = format!(
                "Burst credits of {id} are below {}{left}. When they run out, throughput drops to the baseline, {}. Fix: {fix}; `efsctl credits {id}` shows the forecast.",
                bytes(level as i64),
                rate(profile.baseline())
            );
            (
                Watched::Metric(input("BurstCreditBalance", Statistic::Minimum)),
                60,
                ComparisonOperator::LessThanThreshold,
                level,
                periods.unwrap_or(1),
                description,
            )
        }
        AlarmPreset::ThroughputSaturated => {
            let pct = threshold.unwrap_or(90.0);
            let n = periods.unwrap_or(5);
            let description = format!(
                "Metered throughput of {id} has been at {pct}% or more of its permitted throughput for {n} minute(s): clients are about to be throttled. Fix: {fix}; `efsctl metrics {id}` shows the rates."
            );
            (
                Watched::Math {
                    expression: "100*(m1/PERIOD(m1))/m2".into(),
                    label: "Percent of permitted throughput used",
                    inputs: vec![
                        input("MeteredIOBytes", Statistic::Sum),
                        input("PermittedThroughput", Statistic::Average),
                    ],
                },
                60,
                ComparisonOperator::GreaterThanOrEqualToThreshold,
                pct,
                n,
                description,
            )
        }
        AlarmPreset::IoLimit => {
            if profile.iops.is_none() {
                return Err(CliError::usage(format!(
                    "io-limit watches PercentIOLimit, which EFS publishes for General Purpose file systems only; {id} has no such limit"
                )));
            }
            // The EFS guide: "If this metric is at 100 percent more often than not, consider
            // moving your application to a file system using the Max I/O performance mode."
            let pct = threshold.unwrap_or(100.0);
            let n = periods.unwrap_or(15);
            let description = format!(
                "{id} has been at {pct}% or more of its I/O limit (PercentIOLimit) in most of the last {n} minute(s): operations are being held back. Fix: fewer, larger operations, or a file system with Elastic throughput or Max I/O (AWS's advice when it is at 100% more often than not); `efsctl metrics {id}` shows the operations."
            );
            (
                Watched::Metric(input("PercentIOLimit", Statistic::Maximum)),
                60,
                ComparisonOperator::GreaterThanOrEqualToThreshold,
                pct,
                n,
                description,
            )
        }
        AlarmPreset::StorageGrowth => {
            let per_day = threshold.unwrap_or(50.0);
            let n = periods.unwrap_or(1);
            let description = format!(
                "StorageBytes of {id} is growing faster than {per_day} GiB per day (over {n} hour(s)): the bill grows with it. Fix: find what writes (`efsctl metrics {id}`), and move cold data to Infrequent Access: efsctl lifecycle set {id} --ia 30d."
            );
            (
                Watched::Math {
                    expression: "RATE(m1)*86400".into(),
                    label: "StorageBytes growth per day",
                    inputs: vec![input("StorageBytes", Statistic::Maximum)],
                },
                3600,
                ComparisonOperator::GreaterThanThreshold,
                per_day * GIB,
                n,
                description,
            )
        }
    };
    // PercentIOLimit alarms "more often than not"; the others on every period.
    let datapoints = if preset == AlarmPreset::IoLimit { periods / 2 + 1 } else { periods };
    Ok(Plan {
        name: format!("efsctl-{id}-{}", preset_name(preset)),
        description,
        watched,
        period,
        comparison,
        threshold,
        periods: periods as i32,
        datapoints: datapoints as i32,
    })
}

async fn create(args: AlarmCreateArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let fs: FileSystemDescription = resolve::file_system(c, &args.file_system).await?;
    let id = fs.file_system_id().to_string();
    let profile = super::metrics::profile_of(&fs, &c.region)?;
    let mut p = plan(args.preset, &id, &profile, args.threshold, args.periods)?;
    if let Some(name) = args.name {
        p.name = name;
    }
    let mut call = c
        .cloudwatch
        .put_metric_alarm()
        .alarm_name(&p.name)
        .alarm_description(&p.description)
        .comparison_operator(p.comparison.clone())
        .threshold(p.threshold)
        .evaluation_periods(p.periods)
        .datapoints_to_alarm(p.datapoints)
        .treat_missing_data("missing")
        .set_alarm_actions((!args.actions.is_empty()).then_some(args.actions));
    call = match &p.watched {
        Watched::Metric(i) => {
            let m = efs_metric(&id, i.metric);
            call.namespace("AWS/EFS")
                .metric_name(i.metric)
                .set_dimensions(Some(m.dimensions().to_vec()))
                .statistic(i.statistic.clone())
                .period(p.period)
        }
        Watched::Math { expression, label, inputs } => {
            let mut queries: Vec<MetricDataQuery> = inputs
                .iter()
                .enumerate()
                .map(|(n, i)| {
                    let stat = MetricStat::builder()
                        .metric(efs_metric(&id, i.metric))
                        .period(p.period)
                        .stat(i.statistic.as_str());
                    MetricDataQuery::builder()
                        .id(format!("m{}", n + 1))
                        .metric_stat(stat.build())
                        .return_data(false)
                        .build()
                })
                .collect();
            queries.push(
                MetricDataQuery::builder().id("e1").expression(expression).label(*label).return_data(true).build(),
            );
            call.set_metrics(Some(queries))
        }
    };
    call.send().await.map_err(|e| from_sdk("creating the alarm", e))?;
    let view = output::record(
        json!({"AlarmName": p.name, "AlarmDescription": p.description, "StateValue": "INSUFFICIENT_DATA"}),
        format!("alarm {}", p.name),
        vec![
            ("AlarmName", p.name.clone()),
            ("FileSystemId", id.clone()),
            ("Description", p.description.clone()),
            ("State", "INSUFFICIENT_DATA until its first evaluation (about a minute)".into()),
        ],
        Some(p.name.clone()),
    );
    output::print(settings, &view)
}

async fn ls(file_system: Option<String>, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let only = match file_system {
        Some(f) => Some(resolve::file_system(c, &f).await?.file_system_id().to_string()),
        None => None,
    };
    let mut all = alarms(c).await?;
    all.retain(|a| only.is_none() || a.file_system_id == only);
    let now = c.now().await;
    let mut view = Rendered::new(json!({ "MetricAlarms": all }));
    view.headers = vec!["ALARM", "STATE", "FILE SYSTEM", "CONDITION", "SINCE"];
    for a in &all {
        view.rows.push(vec![
            a.alarm_name.clone(),
            a.state_value.clone(),
            a.file_system_id.clone().unwrap_or_else(|| "-".into()),
            a.condition.clone(),
            age(a.state_updated, now),
        ]);
        view.ids.push(a.alarm_name.clone());
    }
    output::print(settings, &view)
}

async fn delete(names: Vec<String>, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    // DeleteAlarms skips names that do not exist; a typo is told instead, and nothing deleted.
    let known = alarms(c).await?;
    let missing: Vec<&String> = names.iter().filter(|n| !known.iter().any(|a| &a.alarm_name == *n)).collect();
    if !missing.is_empty() {
        return Err(CliError::new(
            ExitCode::NotFound,
            format!(
                "no alarm on EFS metrics named {}",
                missing.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ")
            ),
        )
        .with_hint("`efsctl alarm ls` lists them; nothing was deleted"));
    }
    c.cloudwatch
        .delete_alarms()
        .set_alarm_names(Some(names.clone()))
        .send()
        .await
        .map_err(|e| from_sdk("deleting alarms", e))?;
    output::print(settings, &output::deleted(names))
}

pub async fn run(cmd: AlarmCommand, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    match cmd {
        AlarmCommand::Create(args) => create(args, c, settings).await,
        AlarmCommand::Ls { file_system } => ls(file_system, c, settings).await,
        AlarmCommand::Delete { names } => delete(names, c, settings).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use efsctl_core::model::modes::PerformanceMode;
    use efsctl_core::throughput::MIB;

    fn profile(mode: ThroughputMode, performance: PerformanceMode) -> Profile {
        Profile::new("us-east-1", mode, None, 0.0, false, performance)
    }

    #[test]
    fn credits_low_defaults_to_an_hour_of_bursting() {
        let p = profile(ThroughputMode::Bursting, PerformanceMode::GeneralPurpose);
        let plan = plan(AlarmPreset::CreditsLow, "fs-1", &p, None, None).unwrap();
        assert_eq!(plan.name, "efsctl-fs-1-credits-low");
        assert_eq!(plan.threshold, (p.burst() - p.baseline()) * 3600.0);
        assert_eq!((plan.period, plan.periods), (60, 1));
        assert_eq!(plan.comparison, ComparisonOperator::LessThanThreshold);
        assert!(plan.description.contains("efsctl tune fs-1 --throughput-mode elastic"), "{}", plan.description);
        let set = super::plan(AlarmPreset::CreditsLow, "fs-1", &p, Some(10.0), Some(3)).unwrap();
        assert_eq!((set.threshold, set.periods), (10.0 * GIB, 3));
        assert!(p.burst() >= 100.0 * MIB);
    }

    #[test]
    fn presets_refuse_file_systems_without_their_metric() {
        let elastic = profile(ThroughputMode::Elastic, PerformanceMode::GeneralPurpose);
        let e = plan(AlarmPreset::CreditsLow, "fs-1", &elastic, None, None).unwrap_err();
        assert_eq!(e.exit, ExitCode::Usage);
        let max_io = profile(ThroughputMode::Bursting, PerformanceMode::MaxIo);
        assert!(plan(AlarmPreset::IoLimit, "fs-1", &max_io, None, None).is_err());
        let gp = profile(ThroughputMode::Bursting, PerformanceMode::GeneralPurpose);
        assert!(plan(AlarmPreset::ThroughputSaturated, "fs-1", &gp, Some(f64::NAN), None).is_err());
    }

    #[test]
    fn math_presets_read_their_inputs_by_id() {
        let p = profile(ThroughputMode::Elastic, PerformanceMode::GeneralPurpose);
        let sat = plan(AlarmPreset::ThroughputSaturated, "fs-1", &p, None, None).unwrap();
        let Watched::Math { expression, inputs, .. } = &sat.watched else { panic!("{sat:?}") };
        assert_eq!(expression, "100*(m1/PERIOD(m1))/m2");
        assert_eq!(inputs.iter().map(|i| i.metric).collect::<Vec<_>>(), ["MeteredIOBytes", "PermittedThroughput"]);
        let io = plan(AlarmPreset::IoLimit, "fs-1", &p, None, None).unwrap();
        assert_eq!((io.threshold, io.periods, io.datapoints), (100.0, 15, 8), "more often than not");
        let growth = plan(AlarmPreset::StorageGrowth, "fs-1", &p, Some(5.0), None).unwrap();
        assert_eq!((growth.period, growth.threshold), (3600, 5.0 * GIB));
    }
}
