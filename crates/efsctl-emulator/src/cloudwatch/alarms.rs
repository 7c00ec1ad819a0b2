//! CloudWatch metric alarms: PutMetricAlarm (metric and metric-math alarms), DescribeAlarms,
//! DescribeAlarmsForMetric, DeleteAlarms, SetAlarmState, DescribeAlarmHistory and
//! Enable/DisableAlarmActions; and their evaluation every virtual minute with
//! `efsctl_core::alarms`, each state change written to the history with CloudWatch's reason
//! and reason data, and each action recorded as the notification that would be sent.

use efsctl_core::alarms::{Comparison, Rule, State, TreatMissing, evaluate, reason_date};
use efsctl_core::clock::Clock;
use efsctl_core::model::ACCOUNT_ID;
use serde_json::{Value, json};

use super::wire::Out;
use super::{
    CwError, Values, bad_token, check_query_id, check_stat, combination, dimensions, invalid, math, missing, number,
    series_of, text, validation,
};
use crate::Emulator;
use crate::paging;
use crate::records::{Alarm, AlarmHistoryItem, AlarmQuery, AlarmSource, MetricRef, Record};
use crate::store::Changes;
use efsctl_core::model::tags::Tag;

/// CloudWatch keeps an alarm's history for 30 days.
const HISTORY_SECONDS: f64 = 30.0 * 86400.0;
/// Evaluations one tick catches up on per alarm when the virtual clock jumps (a day of minutes).
const MAX_CATCH_UP: i64 = 1440;
const DESCRIBE_PAGE_DEFAULT: usize = 50;
/// Queries a metric-math alarm may hold (CloudWatch: 10).
const MAX_ALARM_QUERIES: usize = 10;
/// Metric alarms per region. CloudWatch sets no fixed number; the emulator stops here so a test
/// suite run away cannot grow the per-minute evaluation without end.
const MAX_ALARMS_PER_REGION: usize = 10_000;
const HISTORY_PAGE_DEFAULT: usize = 100;

fn not_found(message: String) -> CwError {
    CwError { code: "ResourceNotFound", shape: "ResourceNotFound", message }
}

fn strings(v: &Value, name: &str) -> Vec<String> {
    v.get(name)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

fn boolean(v: &Value, name: &str) -> Result<Option<bool>, CwError> {
    match v.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(Value::String(s)) if s == "true" || s == "false" => Ok(Some(s == "true")),
        Some(_) => Err(invalid(format!("The parameter {name} must be true or false."))),
    }
}

fn integer(v: &Value, name: &str) -> Result<Option<i64>, CwError> {
    match number(v, name)? {
        None => Ok(None),
        Some(n) if n.fract() == 0.0 && n.abs() < 1e15 => Ok(Some(n as i64)),
        Some(n) => Err(invalid(format!("The parameter {name} must be a whole number, got {n}."))),
    }
}

/// Alarm periods: 10, 20 or 30 seconds (high resolution) or a multiple of 60.
fn alarm_period(p: i64) -> Result<i64, CwError> {
    if [10, 20, 30].contains(&p) || (p >= 60 && p % 60 == 0) {
        Ok(p)
    } else {
        Err(validation(format!("The parameter Period must be 10, 20, 30 or a multiple of 60; got {p}.")))
    }
}

fn metric_ref(v: &Value) -> Result<MetricRef, CwError> {
    Ok(MetricRef {
        namespace: text(v, "Namespace").ok_or_else(|| missing("Namespace"))?.to_string(),
        metric_name: text(v, "MetricName").ok_or_else(|| missing("MetricName"))?.to_string(),
        dimensions: dimensions(v),
    })
}

/// Actions must be ARNs of what CloudWatch can notify or act on, in the alarm's region.
fn check_actions(region: &str, actions: &[String]) -> Result<(), CwError> {
    for arn in actions {
        let parts: Vec<&str> = arn.splitn(6, ':').collect();
        let service_ok = parts.len() >= 5
            && parts[0] == "arn"
            && parts[1].starts_with("aws")
            && ["sns", "lambda", "autoscaling", "automate", "ssm", "ssm-incidents"].contains(&parts[2]);
        if !service_ok {
            return Err(validation(format!(
                "Invalid arn syntax: {arn} (an action is an SNS topic, Lambda function, Auto Scaling policy, EC2 action or Systems Manager ARN)"
            )));
        }
        if parts[3] != region {
            return Err(validation(format!("Invalid region {} specified. Only {region} is supported.", parts[3])));
        }
    }
    Ok(())
}

/// What an alarm watches, from PutMetricAlarm's metric fields or its Metrics list.
fn source_of(v: &Value, band: Option<&str>) -> Result<AlarmSource, CwError> {
    let single = ["MetricName", "Namespace", "Statistic", "ExtendedStatistic", "Dimensions", "Period"];
    let queries = v.get("Metrics").and_then(Value::as_array).filter(|q| !q.is_empty());
    let Some(queries) = queries else {
        let metric = metric_ref(v)?;
        if text(v, "ExtendedStatistic").is_some() {
            return Err(invalid(
                "Percentiles (ExtendedStatistic) are not available for AWS/EFS metrics; use Statistic: SampleCount, Average, Sum, Minimum, Maximum.",
            ));
        }
        let statistic = text(v, "Statistic").ok_or_else(|| missing("Statistic"))?;
        let period = alarm_period(integer(v, "Period")?.ok_or_else(|| missing("Period"))?)?;
        return Ok(AlarmSource::Metric { metric, statistic: statistic.to_string(), period });
    };
    if let Some(field) = single.iter().find(|f| v.get(**f).is_some_and(|x| !x.is_null())) {
        return Err(combination(format!(
            "The parameter {field} cannot be used with Metrics: a metric-math alarm names its metrics in Metrics."
        )));
    }
    if queries.len() > MAX_ALARM_QUERIES {
        return Err(validation(format!(
            "The collection Metrics must not have more than {MAX_ALARM_QUERIES} members; got {}.",
            queries.len()
        )));
    }
    let mut out = Vec::new();
    for q in queries {
        let id = text(q, "Id").ok_or_else(|| missing("Metrics.member.Id"))?.to_string();
        check_query_id(&id, "Metrics.member.Id")?;
        if out.iter().any(|x: &AlarmQuery| x.id == id) {
            return Err(validation(format!("The values for parameter Id in Metrics are not unique: {id}.")));
        }
        let stat = match (q.get("MetricStat"), text(q, "Expression")) {
            (Some(ms), None) => {
                let metric = metric_ref(ms.get("Metric").ok_or_else(|| missing("Metrics.member.MetricStat.Metric"))?)?;
                let period =
                    alarm_period(integer(ms, "Period")?.ok_or_else(|| missing("Metrics.member.MetricStat.Period"))?)?;
                let stat = text(ms, "Stat").ok_or_else(|| missing("Metrics.member.MetricStat.Stat"))?;
                check_stat(stat)?;
                Some((metric, period, stat.to_string()))
            }
            (None, Some(_)) => None,
            _ => {
                return Err(validation(format!("Metrics member {id} needs exactly one of MetricStat and Expression.")));
            }
        };
        out.push(AlarmQuery {
            id,
            stat,
            expression: text(q, "Expression").map(str::to_string),
            label: text(q, "Label").map(str::to_string),
            return_data: boolean(q, "ReturnData")?.unwrap_or(true),
            period: integer(q, "Period")?.map(alarm_period).transpose()?,
        });
    }
    // An anomaly-detection alarm returns its metric and its band; others one result.
    let returning = out.iter().filter(|q| q.return_data).count();
    match band {
        None if returning != 1 => {
            return Err(validation("Exactly one element of the metrics list should return data."));
        }
        Some(id) => {
            let expr = out.iter().find(|q| q.id == id).and_then(|q| q.expression.as_deref());
            let Some((of, _)) = expr.and_then(band_of) else {
                return Err(validation(format!(
                    "ThresholdMetricId {id} must name an ANOMALY_DETECTION_BAND(metric, stddevs) expression in Metrics."
                )));
            };
            if !out.iter().any(|q| q.id == of && q.stat.is_some()) {
                return Err(validation(format!(
                    "The band {id} must be of a metric (MetricStat) of the alarm, not '{of}'."
                )));
            }
            if returning != 2 || !out.iter().any(|q| q.id == id && q.return_data) {
                return Err(validation(
                    "An anomaly detection alarm returns exactly two results: the metric and its band (ReturnData true).",
                ));
            }
        }
        None => {}
    }
    // Check the expressions now, over empty data, so a typo is refused instead of leaving the
    // alarm in INSUFFICIENT_DATA forever.
    let mut env: Vec<(String, math::TimeSeries)> = out
        .iter()
        .filter_map(|q| {
            q.stat.as_ref().map(|(_, p, _)| (q.id.clone(), math::TimeSeries { period: *p as f64, points: vec![] }))
        })
        .collect();
    for q in out.iter().filter(|q| Some(q.id.as_str()) != band) {
        if let Some(expr) = &q.expression {
            let ts = math::evaluate(expr, &env, (0.0, 60.0))
                .map_err(|e| validation(format!("Error in expression {}: {e}", q.id)))?;
            env.push((q.id.clone(), ts));
        }
    }
    Ok(AlarmSource::Math(out))
}

/// How many standard deviations wide a band is when its expression does not say.
const BAND_STDDEVS: f64 = 2.0;
/// The history an anomaly-detection band is trained on (CloudWatch: up to two weeks).
const BAND_HISTORY_SECONDS: f64 = 14.0 * 86_400.0;
/// Datapoints of history a band needs before it exists.
const BAND_MIN_POINTS: usize = 3;

/// `ANOMALY_DETECTION_BAND(m1)` or `ANOMALY_DETECTION_BAND(m1, 3)`: the metric's id and the
/// band's width in standard deviations.
fn band_of(expr: &str) -> Option<(String, f64)> {
    let inner = expr.trim().strip_prefix("ANOMALY_DETECTION_BAND(")?.strip_suffix(')')?;
    let mut parts = inner.split(',').map(str::trim);
    let id = parts.next().filter(|id| !id.is_empty())?.to_string();
    let k = match parts.next() {
        None => BAND_STDDEVS,
        Some(k) => k.parse::<f64>().ok().filter(|k| *k > 0.0 && k.is_finite())?,
    };
    parts.next().is_none().then_some((id, k))
}

/// The period an alarm's datapoints have.
fn period_of(source: &AlarmSource) -> i64 {
    match source {
        AlarmSource::Metric { period, .. } => *period,
        AlarmSource::Math(queries) => {
            let returned =
                queries.iter().find(|q| q.return_data && q.expression.as_deref().is_none_or(|e| band_of(e).is_none()));
            returned
                .and_then(|q| q.period.or(q.stat.as_ref().map(|s| s.1)))
                .or_else(|| queries.iter().filter_map(|q| q.stat.as_ref().map(|s| s.1)).min())
                .unwrap_or(60)
        }
    }
}

fn rule_of(a: &Alarm) -> Rule {
    Rule {
        comparison: a.comparison,
        threshold: a.threshold,
        evaluation_periods: a.evaluation_periods,
        datapoints_to_alarm: a.datapoints_to_alarm,
        treat_missing: a.treat_missing,
    }
}

pub fn arn(region: &str, name: &str) -> String {
    format!("arn:aws:cloudwatch:{region}:{ACCOUNT_ID}:alarm:{name}")
}

fn history(changes: &mut Changes, a: &Alarm, at: f64, item_type: &str, summary: String, data: Value) {
    let seq = changes.seq();
    changes.put(Record::AlarmHistory(AlarmHistoryItem {
        seq,
        id: format!("{}/{seq:016}", a.region),
        region: a.region.clone(),
        alarm_name: a.name.clone(),
        timestamp: at,
        item_type: item_type.to_string(),
        summary,
        data: data.to_string(),
    }));
}

/// The alarm's trigger as CloudWatch's SNS notification describes it.
fn trigger(a: &Alarm) -> Value {
    let mut t = match &a.source {
        AlarmSource::Metric { metric, statistic, period } => json!({
            "MetricName": metric.metric_name,
            "Namespace": metric.namespace,
            "StatisticType": "Statistic",
            "Statistic": statistic.to_ascii_uppercase(),
            "Unit": a.unit,
            "Dimensions": metric.dimensions.iter().map(|(n, v)| json!({"value": v, "name": n})).collect::<Vec<_>>(),
            "Period": period,
        }),
        AlarmSource::Math(queries) => json!({
            "Metrics": queries.iter().map(|q| {
                let mut m = json!({"Id": q.id, "ReturnData": q.return_data});
                if let Some(e) = &q.expression { m["Expression"] = json!(e); }
                if let Some(l) = &q.label { m["Label"] = json!(l); }
                if let Some((metric, period, stat)) = &q.stat {
                    m["MetricStat"] = json!({
                        "Metric": {"Namespace": metric.namespace, "MetricName": metric.metric_name,
                            "Dimensions": metric.dimensions.iter().map(|(n, v)| json!({"value": v, "name": n})).collect::<Vec<_>>()},
                        "Period": period, "Stat": stat});
                }
                m
            }).collect::<Vec<_>>(),
            "Period": period_of(&a.source),
        }),
    };
    t["EvaluationPeriods"] = json!(a.evaluation_periods);
    t["DatapointsToAlarm"] = json!(a.datapoints_to_alarm);
    t["ComparisonOperator"] = json!(a.comparison.as_str());
    match &a.threshold_metric_id {
        Some(id) => t["ThresholdMetricId"] = json!(id),
        None => t["Threshold"] = json!(a.threshold),
    }
    t["TreatMissingData"] = json!(a.treat_missing.as_str());
    t["EvaluateLowSampleCountPercentile"] = json!("");
    t
}

/// Moves `a` to `to` at `at`: the state fields, a StateUpdate history item, and, when actions
/// are enabled, an Action item per action of the new state holding the message it sends.
fn transition(changes: &mut Changes, a: &mut Alarm, to: State, reason: String, reason_data: Option<String>, at: f64) {
    let from = a.state;
    let mut new_state = json!({"stateValue": to.as_str(), "stateReason": reason});
    if let Some(d) = reason_data.as_deref().and_then(|d| serde_json::from_str::<Value>(d).ok()) {
        new_state["stateReasonData"] = d;
    }
    history(
        changes,
        a,
        at,
        "StateUpdate",
        format!("Alarm updated from {} to {}", from.as_str(), to.as_str()),
        json!({
            "version": "1.0",
            "oldState": {"stateValue": from.as_str(), "stateReason": a.state_reason},
            "newState": new_state,
        }),
    );
    a.state = to;
    a.state_reason = reason;
    a.state_reason_data = reason_data;
    a.state_updated = at;
    a.state_transitioned = at;
    if !a.actions_enabled {
        return;
    }
    let actions = match to {
        State::Ok => a.ok_actions.clone(),
        State::Alarm => a.alarm_actions.clone(),
        State::InsufficientData => a.insufficient_data_actions.clone(),
    };
    for action in actions {
        let message = json!({
            "AlarmName": a.name,
            "AlarmDescription": a.description,
            "AWSAccountId": ACCOUNT_ID,
            "AlarmConfigurationUpdatedTimestamp": reason_date(a.configuration_updated),
            "NewStateValue": to.as_str(),
            "NewStateReason": a.state_reason,
            "StateChangeTime": reason_date(at),
            "Region": a.region,
            "AlarmArn": a.arn,
            "OldStateValue": from.as_str(),
            "OKActions": a.ok_actions,
            "AlarmActions": a.alarm_actions,
            "InsufficientDataActions": a.insufficient_data_actions,
            "Trigger": trigger(a),
        });
        history(
            changes,
            a,
            at,
            "Action",
            format!("Successfully executed action {action}"),
            json!({
                "actionState": "Succeeded",
                "stateUpdateTimestamp": (at * 1000.0) as i64,
                "notificationResource": action,
                "publishedMessage": message.to_string(),
            }),
        );
    }
}

pub fn put_metric_alarm(emu: &Emulator, region: &str, v: &Value) -> Result<Out, CwError> {
    let name = text(v, "AlarmName").ok_or_else(|| missing("AlarmName"))?.to_string();
    for unsupported in ["EvaluationCriteria", "EvaluationInterval"] {
        if v.get(unsupported).is_some_and(|x| !x.is_null()) {
            return Err(invalid(format!(
                "{unsupported} (PromQL alarms) is not served by the emulator; use a metric or metric-math alarm."
            )));
        }
    }
    let comparison: Comparison =
        text(v, "ComparisonOperator").ok_or_else(|| missing("ComparisonOperator"))?.parse().map_err(invalid)?;
    let band = text(v, "ThresholdMetricId");
    let threshold = match (comparison.is_band(), band, number(v, "Threshold")?) {
        (true, Some(_), None) => 0.0,
        (true, None, _) => {
            return Err(validation(format!(
                "ComparisonOperator {} compares with an anomaly detection band: give ThresholdMetricId.",
                comparison.as_str()
            )));
        }
        (true, Some(_), Some(_)) => {
            return Err(validation(
                "Threshold and ThresholdMetricId cannot both be set: a band alarm has no static threshold.",
            ));
        }
        (false, Some(_), _) => {
            return Err(validation(format!(
                "ThresholdMetricId needs an anomaly detection operator (LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold or GreaterThanUpperThreshold), not {}.",
                comparison.as_str()
            )));
        }
        (false, None, t) => t.ok_or_else(|| missing("Threshold"))?,
    };
    let evaluation_periods = integer(v, "EvaluationPeriods")?.ok_or_else(|| missing("EvaluationPeriods"))?;
    let datapoints_to_alarm = integer(v, "DatapointsToAlarm")?;
    if datapoints_to_alarm.is_some_and(|m| m > evaluation_periods) {
        return Err(validation("DatapointsToAlarm must be less than or equal to EvaluationPeriods"));
    }
    let treat_missing: TreatMissing = match text(v, "TreatMissingData") {
        None => TreatMissing::Missing,
        Some(t) => t.parse().map_err(|e: String| validation(format!("Invalid value for TreatMissingData: {e}")))?,
    };
    if text(v, "EvaluateLowSampleCountPercentile").is_some() {
        return Err(validation(
            "EvaluateLowSampleCountPercentile applies to percentile (ExtendedStatistic) alarms only.",
        ));
    }
    if band.is_some() && v.get("Metrics").and_then(Value::as_array).is_none_or(|m| m.is_empty()) {
        return Err(validation(
            "ThresholdMetricId names a query of Metrics: an anomaly detection alarm is a metric-math alarm.",
        ));
    }
    let source = source_of(v, band)?;
    let period = period_of(&source);
    let span = period * evaluation_periods;
    let max_span = if period < 3600 { 86_400 } else { 7 * 86_400 };
    if span > max_span {
        return Err(validation(format!(
            "The evaluation range of the alarm (Period * EvaluationPeriods = {span} seconds) must not exceed {} for periods {} an hour.",
            if max_span == 86_400 { "one day" } else { "seven days" },
            if period < 3600 { "under" } else { "of at least" }
        )));
    }
    let (ok_actions, alarm_actions, insufficient) =
        (strings(v, "OKActions"), strings(v, "AlarmActions"), strings(v, "InsufficientDataActions"));
    for list in [&ok_actions, &alarm_actions, &insufficient] {
        check_actions(region, list)?;
    }
    let tags: Vec<Tag> = v
        .get("Tags")
        .and_then(Value::as_array)
        .map(|t| {
            t.iter()
                .filter_map(|x| Some(Tag { key: text(x, "Key")?.to_string(), value: text(x, "Value")?.to_string() }))
                .collect()
        })
        .unwrap_or_default();
    let now = emu.clock.now();
    let arn = arn(region, &name);
    emu.store
        .write(|world, changes| {
            let existing = world.alarms.get(&arn);
            let created = existing.is_none();
            if created && world.alarms.values().filter(|a| a.region == region).count() >= MAX_ALARMS_PER_REGION {
                return Err(CwError {
                    code: "LimitExceeded",
                    shape: "LimitExceededFault",
                    message: format!(
                        "The emulator holds at most {MAX_ALARMS_PER_REGION} metric alarms per region; delete some (DeleteAlarms) first."
                    ),
                });
            }
            let mut alarm = Alarm {
                seq: existing.map_or_else(|| changes.seq(), |a| a.seq),
                arn: arn.clone(),
                region: region.to_string(),
                name: name.clone(),
                description: text(v, "AlarmDescription").map(str::to_string),
                actions_enabled: boolean(v, "ActionsEnabled")?.unwrap_or(true),
                ok_actions,
                alarm_actions,
                insufficient_data_actions: insufficient,
                source,
                unit: text(v, "Unit").map(str::to_string),
                evaluation_periods: evaluation_periods as usize,
                datapoints_to_alarm: datapoints_to_alarm.map(|m| m as usize),
                threshold,
                threshold_metric_id: band.map(str::to_string),
                comparison,
                treat_missing,
                // PutMetricAlarm replaces the tags only when it names some.
                tags: if tags.is_empty() { existing.map(|a| a.tags.clone()).unwrap_or_default() } else { tags },
                configuration_updated: now,
                state: State::InsufficientData,
                state_reason: "Unchecked: Initial alarm creation".into(),
                state_reason_data: None,
                state_updated: now,
                state_transitioned: now,
                evaluated_until: (now / 60.0).floor() * 60.0,
            };
            // An update keeps the state the alarm is in.
            if let Some(old) = existing {
                alarm.state = old.state;
                alarm.state_reason = old.state_reason.clone();
                alarm.state_reason_data = old.state_reason_data.clone();
                alarm.state_updated = old.state_updated;
                alarm.state_transitioned = old.state_transitioned;
            }
            let (kind, summary) = if created { ("Create", "created") } else { ("Update", "updated") };
            history(
                changes,
                &alarm,
                now,
                "ConfigurationUpdate",
                format!("Alarm \"{name}\" {summary}"),
                json!({"version": "1.0", "type": kind, format!("{summary}Alarm"): super::wire::to_json(&alarm_out(&alarm))}),
            );
            changes.put(Record::Alarm(alarm));
            Ok::<_, CwError>(())
        })?;
    Ok(Out::Map(vec![]))
}

fn dims_out(dims: &[(String, String)]) -> Out {
    Out::List(
        dims.iter()
            .map(|(n, v)| Out::Map(vec![("Name", Out::Str(n.clone())), ("Value", Out::Str(v.clone()))]))
            .collect(),
    )
}

fn metric_out(m: &MetricRef) -> Out {
    Out::Map(vec![
        ("Namespace", Out::Str(m.namespace.clone())),
        ("MetricName", Out::Str(m.metric_name.clone())),
        ("Dimensions", dims_out(&m.dimensions)),
    ])
}

fn strs(list: &[String]) -> Out {
    Out::List(list.iter().cloned().map(Out::Str).collect())
}

fn alarm_out(a: &Alarm) -> Out {
    let mut m = vec![("AlarmName", Out::Str(a.name.clone())), ("AlarmArn", Out::Str(a.arn.clone()))];
    if let Some(d) = &a.description {
        m.push(("AlarmDescription", Out::Str(d.clone())));
    }
    m.extend([
        ("AlarmConfigurationUpdatedTimestamp", Out::Time(a.configuration_updated)),
        ("ActionsEnabled", Out::Bool(a.actions_enabled)),
        ("OKActions", strs(&a.ok_actions)),
        ("AlarmActions", strs(&a.alarm_actions)),
        ("InsufficientDataActions", strs(&a.insufficient_data_actions)),
        ("StateValue", Out::Str(a.state.as_str().into())),
        ("StateReason", Out::Str(a.state_reason.clone())),
    ]);
    if let Some(d) = &a.state_reason_data {
        m.push(("StateReasonData", Out::Str(d.clone())));
    }
    m.push(("StateUpdatedTimestamp", Out::Time(a.state_updated)));
    match &a.source {
        AlarmSource::Metric { metric, statistic, period } => m.extend([
            ("MetricName", Out::Str(metric.metric_name.clone())),
            ("Namespace", Out::Str(metric.namespace.clone())),
            ("Statistic", Out::Str(statistic.clone())),
            ("Dimensions", dims_out(&metric.dimensions)),
            ("Period", Out::Int(*period)),
        ]),
        AlarmSource::Math(queries) => m.push((
            "Metrics",
            Out::List(
                queries
                    .iter()
                    .map(|q| {
                        let mut f = vec![("Id", Out::Str(q.id.clone()))];
                        if let Some((metric, period, stat)) = &q.stat {
                            f.push((
                                "MetricStat",
                                Out::Map(vec![
                                    ("Metric", metric_out(metric)),
                                    ("Period", Out::Int(*period)),
                                    ("Stat", Out::Str(stat.clone())),
                                ]),
                            ));
                        }
                        if let Some(e) = &q.expression {
                            f.push(("Expression", Out::Str(e.clone())));
                        }
                        if let Some(l) = &q.label {
                            f.push(("Label", Out::Str(l.clone())));
                        }
                        f.push(("ReturnData", Out::Bool(q.return_data)));
                        if let Some(p) = q.period {
                            f.push(("Period", Out::Int(p)));
                        }
                        Out::Map(f)
                    })
                    .collect(),
            ),
        )),
    }
    if let Some(u) = &a.unit {
        m.push(("Unit", Out::Str(u.clone())));
    }
    m.push(("EvaluationPeriods", Out::Int(a.evaluation_periods as i64)));
    if let Some(d) = a.datapoints_to_alarm {
        m.push(("DatapointsToAlarm", Out::Int(d as i64)));
    }
    m.extend([
        match &a.threshold_metric_id {
            Some(id) => ("ThresholdMetricId", Out::Str(id.clone())),
            None => ("Threshold", Out::Num(a.threshold)),
        },
        ("ComparisonOperator", Out::Str(a.comparison.as_str().into())),
        ("TreatMissingData", Out::Str(a.treat_missing.as_str().into())),
        ("StateTransitionedTimestamp", Out::Time(a.state_transitioned)),
    ]);
    Out::Map(m)
}

fn max_records(v: &Value, default: usize) -> Result<usize, CwError> {
    match integer(v, "MaxRecords")? {
        None => Ok(default),
        Some(n) if (1..=100).contains(&n) => Ok(n as usize),
        Some(n) => Err(invalid(format!("The parameter MaxRecords must be between 1 and 100, got {n}."))),
    }
}

pub fn describe_alarms(emu: &Emulator, region: &str, v: &Value) -> Result<Out, CwError> {
    let names = strings(v, "AlarmNames");
    let prefix = text(v, "AlarmNamePrefix");
    if !names.is_empty() && prefix.is_some() {
        return Err(combination("AlarmNames and AlarmNamePrefix cannot be used together."));
    }
    let state = text(v, "StateValue");
    let action_prefix = text(v, "ActionPrefix");
    let types = strings(v, "AlarmTypes");
    // Composite alarms are not served: none are listed, and no metric alarm has children or parents.
    let metric_alarms_asked = (types.is_empty() || types.iter().any(|t| t == "MetricAlarm"))
        && text(v, "ChildrenOfAlarmName").is_none()
        && text(v, "ParentsOfAlarmName").is_none();
    let page = max_records(v, DESCRIBE_PAGE_DEFAULT)?;
    let after = super::resume(v, bad_token)?;
    let world = emu.store.read();
    let mut alarms: Vec<&Alarm> = world
        .alarms
        .values()
        .filter(|a| {
            a.region == region
                && metric_alarms_asked
                && (names.is_empty() || names.contains(&a.name))
                && prefix.is_none_or(|p| a.name.starts_with(p))
                && state.is_none_or(|s| s == a.state.as_str())
                && action_prefix.is_none_or(|p| {
                    a.ok_actions
                        .iter()
                        .chain(&a.alarm_actions)
                        .chain(&a.insufficient_data_actions)
                        .any(|x| x.starts_with(p))
                })
        })
        .filter(|a| after.as_ref().is_none_or(|last| super::hex(&a.name) > *last))
        .collect();
    // CloudWatch lists alarms by name.
    alarms.sort_by(|a, b| a.name.cmp(&b.name));
    let more = alarms.len() > page;
    alarms.truncate(page);
    let mut out = vec![("MetricAlarms", Out::List(alarms.iter().map(|a| alarm_out(a)).collect()))];
    out.push(("CompositeAlarms", Out::List(vec![])));
    if more && let Some(last) = alarms.last() {
        out.push(("NextToken", Out::Str(paging::token(&super::scope(v), &super::hex(&last.name)))));
    }
    Ok(Out::Map(out))
}

pub fn describe_alarms_for_metric(emu: &Emulator, region: &str, v: &Value) -> Result<Out, CwError> {
    let metric = metric_ref(v)?;
    let statistic = text(v, "Statistic");
    let period = integer(v, "Period")?;
    let unit = text(v, "Unit");
    // A metric (or a query of a metric-math alarm) matches what was asked.
    let watches = |m: &MetricRef, s: &str, p: i64| {
        m.namespace == metric.namespace
            && m.metric_name == metric.metric_name
            && (metric.dimensions.is_empty() || m.dimensions == metric.dimensions)
            && statistic.is_none_or(|x| x == s)
            && period.is_none_or(|x| x == p)
    };
    let world = emu.store.read();
    let mut alarms: Vec<&Alarm> = world
        .alarms
        .values()
        .filter(|a| a.region == region && unit.is_none_or(|u| a.unit.as_deref() == Some(u)))
        .filter(|a| match &a.source {
            AlarmSource::Metric { metric: m, statistic: s, period: p } => watches(m, s, *p),
            AlarmSource::Math(queries) => {
                queries.iter().any(|q| q.stat.as_ref().is_some_and(|(m, p, s)| watches(m, s, *p)))
            }
        })
        .collect();
    alarms.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(Out::Map(vec![("MetricAlarms", Out::List(alarms.iter().map(|a| alarm_out(a)).collect()))]))
}

/// DeleteAlarms: names that do not exist are skipped, as CloudWatch does.
pub fn delete_alarms(emu: &Emulator, region: &str, v: &Value) -> Result<Out, CwError> {
    let names = strings(v, "AlarmNames");
    emu.store.write(|world, changes| {
        for name in &names {
            let arn = arn(region, name);
            if world.alarms.contains_key(&arn) {
                changes.delete(crate::records::Kind::Alarm, &arn);
            }
        }
        Ok::<_, CwError>(())
    })?;
    Ok(Out::Map(vec![]))
}

pub fn set_alarm_actions(emu: &Emulator, region: &str, v: &Value, enabled: bool) -> Result<Out, CwError> {
    let names = strings(v, "AlarmNames");
    emu.store.write(|world, changes| {
        for name in &names {
            if let Some(a) = world.alarms.get(&arn(region, name)) {
                changes.put(Record::Alarm(Alarm { actions_enabled: enabled, ..a.clone() }));
            }
        }
        Ok::<_, CwError>(())
    })?;
    Ok(Out::Map(vec![]))
}

pub fn set_alarm_state(emu: &Emulator, region: &str, v: &Value) -> Result<Out, CwError> {
    let name = text(v, "AlarmName").ok_or_else(|| missing("AlarmName"))?;
    let state: State = text(v, "StateValue").ok_or_else(|| missing("StateValue"))?.parse().map_err(invalid)?;
    let reason = text(v, "StateReason").ok_or_else(|| missing("StateReason"))?.to_string();
    let data = text(v, "StateReasonData").map(str::to_string);
    if let Some(d) = &data
        && serde_json::from_str::<serde_json::Map<String, Value>>(d).is_err()
    {
        return Err(CwError {
            code: "InvalidFormat",
            shape: "InvalidFormatFault",
            message: "StateReasonData must be a JSON object.".into(),
        });
    }
    let now = emu.clock.now();
    emu.store.write(|world, changes| {
        let mut a = world
            .alarms
            .get(&arn(region, name))
            .cloned()
            .ok_or_else(|| not_found(format!("Alarm {name} not found")))?;
        // A state set to what it already is changes nothing, as on CloudWatch.
        if a.state != state {
            transition(changes, &mut a, state, reason, data, now);
            changes.put(Record::Alarm(a));
        }
        Ok::<_, CwError>(())
    })?;
    Ok(Out::Map(vec![]))
}

pub fn describe_alarm_history(emu: &Emulator, region: &str, v: &Value) -> Result<Out, CwError> {
    let name = text(v, "AlarmName");
    let item_type = text(v, "HistoryItemType");
    let start = match v.get("StartDate") {
        Some(x) if !x.is_null() => Some(super::time(v, "StartDate")?),
        _ => None,
    };
    let end = match v.get("EndDate") {
        Some(x) if !x.is_null() => Some(super::time(v, "EndDate")?),
        _ => None,
    };
    let types = strings(v, "AlarmTypes");
    let metric_asked = types.is_empty() || types.iter().any(|t| t == "MetricAlarm");
    let ascending = match text(v, "ScanBy") {
        None | Some("TimestampDescending") => false,
        Some("TimestampAscending") => true,
        Some(_) => return Err(invalid("The parameter ScanBy must be TimestampDescending or TimestampAscending.")),
    };
    let page = max_records(v, HISTORY_PAGE_DEFAULT)?;
    let after = super::resume(v, bad_token)?.and_then(|p| u64::from_str_radix(&p, 16).ok());
    let world = emu.store.read();
    let mut items: Vec<&AlarmHistoryItem> = world
        .alarm_history
        .values()
        .filter(|h| {
            h.region == region
                && metric_asked
                && name.is_none_or(|n| n == h.alarm_name)
                && item_type.is_none_or(|t| t == h.item_type)
                && start.is_none_or(|s| h.timestamp >= s)
                && end.is_none_or(|e| h.timestamp <= e)
        })
        .collect();
    items.sort_by_key(|h| h.seq);
    if !ascending {
        items.reverse();
    }
    if let Some(last) = after {
        items.retain(|h| if ascending { h.seq > last } else { h.seq < last });
    }
    let more = items.len() > page;
    items.truncate(page);
    let list = items
        .iter()
        .map(|h| {
            Out::Map(vec![
                ("AlarmName", Out::Str(h.alarm_name.clone())),
                ("AlarmType", Out::Str("MetricAlarm".into())),
                ("Timestamp", Out::Time(h.timestamp)),
                ("HistoryItemType", Out::Str(h.item_type.clone())),
                ("HistorySummary", Out::Str(h.summary.clone())),
                ("HistoryData", Out::Str(h.data.clone())),
            ])
        })
        .collect();
    let mut out = vec![("AlarmHistoryItems", Out::List(list))];
    if more && let Some(last) = items.last() {
        out.push(("NextToken", Out::Str(paging::token(&super::scope(v), &format!("{:x}", last.seq)))));
    }
    Ok(Out::Map(out))
}

/// The values of an alarm's metric or expression over [start, end), one per period.
fn values(emu: &Emulator, a: &Alarm, start: f64, end: f64) -> Result<math::TimeSeries, CwError> {
    let read = |m: &MetricRef, period: i64, stat: &str| {
        let source = series_of(&m.namespace, &m.metric_name, &m.dimensions);
        Values::Stat { source, period, stat: stat.to_string() }.read(emu, start, end)
    };
    match &a.source {
        AlarmSource::Metric { metric, statistic, period } => read(metric, *period, statistic),
        AlarmSource::Math(queries) => {
            let mut env = Vec::new();
            for q in queries {
                if let Some((m, period, stat)) = &q.stat {
                    env.push((q.id.clone(), read(m, *period, stat)?));
                }
            }
            for q in queries.iter().filter(|q| q.id.as_str() != a.threshold_metric_id.as_deref().unwrap_or_default()) {
                if let Some(expr) = &q.expression {
                    let ts = math::evaluate(expr, &env, (start, end))
                        .map_err(|e| validation(format!("Error in expression {}: {e}", q.id)))?;
                    env.push((q.id.clone(), ts));
                }
            }
            let returned = queries
                .iter()
                .find(|q| q.return_data && Some(q.id.as_str()) != a.threshold_metric_id.as_deref())
                .map(|q| q.id.as_str());
            Ok(env
                .into_iter()
                .find(|(id, _)| Some(id.as_str()) == returned)
                .map(|(_, ts)| ts)
                .unwrap_or(math::TimeSeries { period: period_of(&a.source) as f64, points: vec![] }))
        }
    }
}

/// A datapoint and the band it is judged by: (value, lower, upper).
type Banded = (f64, f64, f64);

/// An anomaly-detection band over a metric's datapoints: at each time, the mean of the
/// datapoints of the history before it, plus and minus `k` standard deviations.
struct Bands {
    times: Vec<f64>,
    /// Prefix sums of the values and their squares.
    sums: Vec<(f64, f64)>,
    k: f64,
}

impl Bands {
    fn new(points: &[(f64, f64)], k: f64) -> Self {
        let mut sorted = points.to_vec();
        sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut sums = vec![(0.0, 0.0)];
        for (_, v) in &sorted {
            let (s, q) = *sums.last().unwrap_or(&(0.0, 0.0));
            sums.push((s + v, q + v * v));
        }
        Bands { times: sorted.iter().map(|p| p.0).collect(), sums, k }
    }

    /// (lower, upper) for the period starting at `t`, once enough history exists.
    fn at(&self, t: f64) -> Option<(f64, f64)> {
        let from = self.times.partition_point(|x| *x < t - BAND_HISTORY_SECONDS);
        let to = self.times.partition_point(|x| *x < t);
        let n = to.saturating_sub(from);
        if n < BAND_MIN_POINTS {
            return None;
        }
        let (s, q) = (self.sums[to].0 - self.sums[from].0, self.sums[to].1 - self.sums[from].1);
        let mean = s / n as f64;
        let sd = (q / n as f64 - mean * mean).max(0.0).sqrt();
        Some((mean - self.k * sd, mean + self.k * sd))
    }
}

/// One state change an evaluation found: the state, reason, reason data and minute.
type Change = (State, String, String, f64);

/// The state changes of `alarm` at each minute boundary from its last evaluation to `boundary`
/// (at most a day of them), read from the metrics it watches.
fn changes_of(emu: &Emulator, alarm: &Alarm, boundary: f64) -> Result<Vec<Change>, CwError> {
    let rule = rule_of(alarm);
    let period = period_of(&alarm.source) as f64;
    let first = (alarm.evaluated_until + 60.0).max(boundary - 60.0 * (MAX_CATCH_UP - 1) as f64);
    let oldest = (first / period).floor() * period - period * rule.range() as f64;
    let band = alarm.threshold_metric_id.as_ref().and_then(|id| match &alarm.source {
        AlarmSource::Math(queries) => {
            queries.iter().find(|q| &q.id == id).and_then(|q| q.expression.as_deref()).and_then(band_of)
        }
        AlarmSource::Metric { .. } => None,
    });
    // A band is trained on the history before each period.
    let history = if band.is_some() { BAND_HISTORY_SECONDS } else { 0.0 };
    let series = values(emu, alarm, oldest - history, boundary)?;
    let by_time: std::collections::HashMap<u64, f64> = series.points.iter().map(|(t, v)| (t.to_bits(), *v)).collect();
    let bands = band.map(|(_, k)| Bands::new(&series.points, k));
    let (mut state, mut found, mut t) = (alarm.state, Vec::new(), first);
    while t <= boundary {
        let last_start = (t / period).floor() * period - period;
        let starts = (0..rule.range()).rev().map(|k| last_start - k as f64 * period);
        // A band alarm decides on how far each datapoint lies outside its band.
        let rows: Vec<(f64, Option<Banded>)> = starts
            .map(|s| {
                let value = by_time.get(&s.to_bits()).copied();
                let limits = match &bands {
                    Some(b) => b.at(s),
                    None => Some((f64::NAN, f64::NAN)),
                };
                (s, value.zip(limits).map(|(v, (lo, hi))| (v, lo, hi)))
            })
            .collect();
        let points: Vec<(f64, Option<f64>)> = rows
            .iter()
            .map(|(s, r)| {
                (*s, r.map(|(v, lo, hi)| if bands.is_some() { rule.comparison.band_distance(v, lo, hi) } else { v }))
            })
            .collect();
        let mut e = evaluate(&rule, &points, state);
        if bands.is_some() && e.reason.starts_with("Threshold Crossed") {
            let decided: Vec<(f64, f64, f64, f64)> = e
                .evaluated
                .iter()
                .filter_map(|(t, _)| {
                    rows.iter().find(|(s, _)| s == t).and_then(|(s, r)| r.map(|(v, lo, hi)| (*s, v, lo, hi)))
                })
                .collect();
            e.reason = efsctl_core::alarms::band_reason(&rule, e.state, &decided);
            e.evaluated = decided.iter().map(|(t, v, _, _)| (*t, *v)).collect();
        }
        if e.state != state {
            state = e.state;
            let shown: Vec<(f64, Option<f64>)> = rows.iter().map(|(s, r)| (*s, r.map(|x| x.0))).collect();
            found.push((e.state, e.reason, reason_data(alarm, &e.evaluated, &shown, last_start + period, period), t));
        }
        t += 60.0;
    }
    Ok(found)
}

/// Evaluates every alarm due, as CloudWatch evaluates once a minute, records the changes, and
/// drops history older than 30 days. Run by the sampler after it recorded the minute's datapoints.
pub fn evaluate_due(emu: &Emulator) {
    let now = emu.clock.now();
    let boundary = (now / 60.0).floor() * 60.0;
    let due: Vec<Alarm> = emu.store.read().alarms.values().filter(|a| a.evaluated_until < boundary).cloned().collect();
    if due.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for alarm in due {
        match changes_of(emu, &alarm, boundary) {
            Ok(c) => found.push((alarm, c)),
            Err(e) => tracing::warn!(alarm = %alarm.name, "alarm evaluation failed: {}", e.message),
        }
    }
    let result = emu.store.write(|world, changes| {
        for (evaluated, found) in found {
            // An alarm deleted or reconfigured meanwhile keeps what that call left.
            let Some(current) = world.alarms.get(&evaluated.arn) else { continue };
            if current.configuration_updated != evaluated.configuration_updated || current.state != evaluated.state {
                continue;
            }
            let mut a = current.clone();
            for (state, reason, data, at) in found {
                transition(changes, &mut a, state, reason, Some(data), at);
            }
            a.evaluated_until = boundary;
            changes.put(Record::Alarm(a));
        }
        for h in world.alarm_history.values().filter(|h| h.timestamp < now - HISTORY_SECONDS) {
            changes.delete(crate::records::Kind::AlarmHistory, &h.id);
        }
        Ok::<_, crate::db::DbError>(())
    });
    if let Err(e) = result {
        tracing::warn!("recording alarm states failed: {e}");
    }
}

/// CloudWatch's StateReasonData for a threshold evaluation.
fn reason_data(a: &Alarm, evaluated: &[(f64, f64)], points: &[(f64, Option<f64>)], query: f64, period: f64) -> String {
    let mut d = json!({
        "version": "1.0",
        "queryDate": reason_date(query),
        "startDate": reason_date(points.first().map_or(query, |p| p.0)),
        "period": period as i64,
        "recentDatapoints": points.iter().filter_map(|p| p.1).collect::<Vec<_>>(),
        "threshold": a.threshold,
        "evaluatedDatapoints": evaluated.iter().map(|(t, v)| json!({"timestamp": reason_date(*t), "value": v})).collect::<Vec<_>>(),
    });
    if let AlarmSource::Metric { statistic, .. } = &a.source {
        d["statistic"] = json!(statistic);
    }
    d.to_string()
}
