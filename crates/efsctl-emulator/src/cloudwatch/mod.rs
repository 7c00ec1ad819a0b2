//! The CloudWatch API for namespace AWS/EFS: ListMetrics, GetMetricStatistics and
//! GetMetricData (with metric math), and metric alarms, in Smithy RPC v2 CBOR, awsJson1_0 and
//! Query.

mod alarms;
mod math;
pub mod wire;

pub use alarms::evaluate_due;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::Emulator;
use super::metrics::{NAMESPACE, Point};
use super::paging;
use wire::Out;

/// Path prefix of Smithy RPC v2 CBOR calls, and the X-Amz-Target prefix of awsJson1_0 calls.
pub const CBOR_PATH_PREFIX: &str = "/service/GraniteServiceVersion20100801/operation/";
pub const TARGET_PREFIX: &str = "GraniteServiceVersion20100801.";
const XMLNS: &str = "http://monitoring.amazonaws.com/doc/2010-08-01/";
const STATISTICS: &[&str] = &["SampleCount", "Average", "Sum", "Minimum", "Maximum"];
const MAX_STATISTICS_POINTS: f64 = 1440.0;
const MAX_METRIC_DATA_POINTS: f64 = 100_800.0;
/// Metrics per ListMetrics page.
const LIST_METRICS_PAGE: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    Cbor,
    Json,
    Query,
}

#[derive(Debug)]
pub struct CwError {
    code: &'static str,
    shape: &'static str,
    message: String,
}

fn invalid(message: impl Into<String>) -> CwError {
    CwError { code: "InvalidParameterValue", shape: "InvalidParameterValueException", message: message.into() }
}

fn missing(name: &str) -> CwError {
    CwError {
        code: "MissingParameter",
        shape: "MissingRequiredParameterException",
        message: format!("The parameter {name} is required."),
    }
}

/// GetMetricData reports a query it cannot run as ValidationError.
fn validation(message: impl Into<String>) -> CwError {
    CwError { code: "ValidationError", shape: "ValidationError", message: message.into() }
}

/// A page token that belongs to no page of this request.
fn bad_token() -> CwError {
    CwError {
        code: "InvalidNextToken",
        shape: "InvalidNextToken",
        message: "The service couldn't process the NextToken: it does not belong to this request.".into(),
    }
}

/// A query id (GetMetricData's or a metric-math alarm's): a lowercase letter, then letters,
/// digits and `_`.
fn check_query_id(id: &str, parameter: &str) -> Result<(), CwError> {
    if id.len() > 255
        || !id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return Err(validation(format!(
            "The value {id} for parameter {parameter} is invalid: it must start with a lowercase letter and hold only letters, digits and _."
        )));
    }
    Ok(())
}

/// A MetricStat's statistic: EFS publishes statistic sets, so no percentiles.
fn check_stat(stat: &str) -> Result<(), CwError> {
    if !STATISTICS.contains(&stat) {
        return Err(validation(format!(
            "The value {stat} for parameter MetricStat.Stat is not supported; use one of {}.",
            STATISTICS.join(", ")
        )));
    }
    Ok(())
}

fn internal(message: String) -> CwError {
    CwError { code: "InternalServiceError", shape: "InternalServiceFault", message }
}

impl From<super::db::DbError> for CwError {
    fn from(e: super::db::DbError) -> Self {
        internal(e.to_string())
    }
}

fn combination(message: impl Into<String>) -> CwError {
    CwError {
        code: "InvalidParameterCombination",
        shape: "InvalidParameterCombinationException",
        message: message.into(),
    }
}

fn render(protocol: Protocol, op: &str, body: Result<Out, CwError>) -> Response {
    match (protocol, body) {
        (Protocol::Cbor, Ok(out)) => {
            let mut bytes = Vec::new();
            let _ = ciborium::into_writer(&wire::to_cbor(&out), &mut bytes);
            (StatusCode::OK, [("smithy-protocol", "rpc-v2-cbor"), ("content-type", "application/cbor")], bytes)
                .into_response()
        }
        (Protocol::Json, Ok(out)) => {
            (StatusCode::OK, [("content-type", "application/x-amz-json-1.0")], wire::to_json(&out).to_string())
                .into_response()
        }
        (Protocol::Query, Ok(out)) => {
            let mut xml = format!("<{op}Response xmlns=\"{XMLNS}\"><{op}Result>");
            wire::to_xml(&out, &mut xml);
            xml.push_str(&format!(
                "</{op}Result><ResponseMetadata><RequestId>{}</RequestId></ResponseMetadata></{op}Response>",
                super::ec2::request_id()
            ));
            (StatusCode::OK, [("content-type", "text/xml")], xml).into_response()
        }
        (p, Err(e)) => {
            let status = match e.code {
                "ResourceNotFound" => StatusCode::NOT_FOUND,
                "InternalServiceError" => StatusCode::INTERNAL_SERVER_ERROR,
                _ => StatusCode::BAD_REQUEST,
            };
            render_error(p, e, status)
        }
    }
}

fn render_error(p: Protocol, e: CwError, status: StatusCode) -> Response {
    let query_error = format!("{};Sender", e.code);
    let type_name = format!("com.amazonaws.cloudwatch#{}", e.shape);
    match p {
        Protocol::Cbor => {
            let body = ciborium::Value::Map(vec![
                (ciborium::Value::Text("__type".into()), ciborium::Value::Text(type_name)),
                (ciborium::Value::Text("message".into()), ciborium::Value::Text(e.message)),
            ]);
            let mut bytes = Vec::new();
            let _ = ciborium::into_writer(&body, &mut bytes);
            (
                status,
                [
                    ("smithy-protocol", "rpc-v2-cbor".to_string()),
                    ("content-type", "application/cbor".to_string()),
                    ("x-amzn-query-error", query_error),
                ],
                bytes,
            )
                .into_response()
        }
        Protocol::Json => (
            status,
            [("content-type", "application/x-amz-json-1.0".to_string()), ("x-amzn-query-error", query_error)],
            serde_json::json!({"__type": type_name, "message": e.message}).to_string(),
        )
            .into_response(),
        Protocol::Query => {
            let xml = format!(
                "<ErrorResponse xmlns=\"{XMLNS}\"><Error><Type>Sender</Type><Code>{}</Code><Message>{}</Message></Error><RequestId>{}</RequestId></ErrorResponse>",
                e.code,
                quick_xml::escape::escape(&e.message),
                super::ec2::request_id()
            );
            (status, [("content-type", "text/xml")], xml).into_response()
        }
    }
}

/// The reply to a request refused before its handler (signature, throttling), in the
/// request's protocol.
pub fn refused(protocol: Protocol, code: &'static str, status: StatusCode, message: String) -> Response {
    render_error(protocol, CwError { code, shape: code, message }, status)
}

/// The reply to a body that does not decode, in the request's protocol.
pub fn malformed(protocol: Protocol, message: String) -> Response {
    render(protocol, "", Err(CwError { code: "SerializationException", shape: "SerializationException", message }))
}

/// Serves one CloudWatch call whose input is already decoded to JSON.
pub fn handle(emu: &Emulator, protocol: Protocol, region: &str, op: &str, input: Value) -> Response {
    // The model's constraints come first, as on AWS, answered with the codes CloudWatch's API
    // reference gives its operations: MissingParameter, else InvalidParameterValue.
    if let Some(v) = super::validation::cloudwatch().check(op, &input) {
        let error = if v.only_missing {
            CwError { code: "MissingParameter", shape: "MissingRequiredParameterException", message: v.message }
        } else {
            CwError { code: "InvalidParameterValue", shape: "InvalidParameterValueException", message: v.message }
        };
        return render(protocol, op, Err(error));
    }
    let result = match op {
        "ListMetrics" => list_metrics(emu, &input),
        "GetMetricStatistics" => get_metric_statistics(emu, &input),
        "GetMetricData" => get_metric_data(emu, &input),
        "PutMetricAlarm" => alarms::put_metric_alarm(emu, region, &input),
        "DescribeAlarms" => alarms::describe_alarms(emu, region, &input),
        "DescribeAlarmsForMetric" => alarms::describe_alarms_for_metric(emu, region, &input),
        "DeleteAlarms" => alarms::delete_alarms(emu, region, &input),
        "SetAlarmState" => alarms::set_alarm_state(emu, region, &input),
        "DescribeAlarmHistory" => alarms::describe_alarm_history(emu, region, &input),
        "EnableAlarmActions" => alarms::set_alarm_actions(emu, region, &input, true),
        "DisableAlarmActions" => alarms::set_alarm_actions(emu, region, &input, false),
        other => Err(CwError {
            code: "InvalidAction",
            shape: "InvalidAction",
            message: format!(
                "The action {other} is not valid; the emulator serves ListMetrics, GetMetricStatistics, GetMetricData and the metric-alarm calls (PutMetricAlarm, DescribeAlarms, DescribeAlarmsForMetric, DeleteAlarms, SetAlarmState, DescribeAlarmHistory, Enable/DisableAlarmActions)"
            ),
        }),
    };
    render(protocol, op, result)
}

fn text<'a>(v: &'a Value, name: &str) -> Option<&'a str> {
    v.get(name).and_then(Value::as_str)
}

fn number(v: &Value, name: &str) -> Result<Option<f64>, CwError> {
    match v.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => Ok(n.as_f64()),
        Some(Value::String(s)) => s
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
            .map(Some)
            .ok_or_else(|| invalid(format!("The parameter {name} must be a number."))),
        Some(_) => Err(invalid(format!("The parameter {name} must be a number."))),
    }
}

fn time(v: &Value, name: &str) -> Result<f64, CwError> {
    match v.get(name) {
        None | Some(Value::Null) => Err(missing(name)),
        Some(Value::Number(n)) => {
            n.as_f64().ok_or_else(|| invalid(format!("The parameter {name} is not a valid timestamp.")))
        }
        Some(Value::String(s)) => efsctl_core::units::parse_time(s)
            .ok_or_else(|| invalid(format!("The parameter {name} is not a valid ISO 8601 timestamp."))),
        Some(_) => Err(invalid(format!("The parameter {name} is not a valid timestamp."))),
    }
}

fn check_period(period: f64) -> Result<i64, CwError> {
    let p = period as i64;
    if period != p as f64 || p < 1 || (p >= 60 && p % 60 != 0) || (p < 60 && ![1, 5, 10, 30].contains(&p)) {
        return Err(invalid("The parameter Period must be 1, 5, 10, 30, or a multiple of 60."));
    }
    Ok(p.max(60))
}

fn dimensions(v: &Value) -> Vec<(String, String)> {
    v.get("Dimensions")
        .and_then(Value::as_array)
        .map(|d| {
            d.iter()
                .filter_map(|x| Some((text(x, "Name")?.to_string(), text(x, "Value").unwrap_or_default().to_string())))
                .collect()
        })
        .unwrap_or_default()
}

/// A metric of AWS/EFS: (file system, metric, storage class or "").
struct Series {
    fs: String,
    metric: String,
    class: String,
}

fn series_of(namespace: &str, metric: &str, dims: &[(String, String)]) -> Option<Series> {
    if namespace != NAMESPACE {
        return None;
    }
    let fs = dims.iter().find(|(n, _)| n == "FileSystemId")?.1.clone();
    let class = dims.iter().find(|(n, _)| n == "StorageClass").map(|(_, v)| v.clone()).unwrap_or_default();
    let expected_dims = if metric == "StorageBytes" { 2 } else { 1 };
    (dims.len() == expected_dims).then_some(Series { fs, metric: metric.to_string(), class })
}

fn unit(metric: &str) -> &'static str {
    match metric {
        "PermittedThroughput" => "Bytes/Second",
        "PercentIOLimit" => "Percent",
        "ClientConnections" => "Count",
        _ => "Bytes",
    }
}

/// Datapoints aggregated into `period`-second buckets aligned on multiples of the period.
fn aggregate(points: &[Point], period: i64) -> Vec<(f64, Point)> {
    let mut out: Vec<(f64, Point)> = Vec::new();
    for p in points {
        let bucket = (p.timestamp.div_euclid(period) * period) as f64;
        match out.last_mut() {
            Some((t, agg)) if *t == bucket => {
                // A minute without operations has no smallest or largest one.
                if p.count > 0.0 {
                    (agg.min, agg.max) =
                        if agg.count > 0.0 { (agg.min.min(p.min), agg.max.max(p.max)) } else { (p.min, p.max) };
                }
                agg.sum += p.sum;
                agg.count += p.count;
            }
            _ => out.push((bucket, *p)),
        }
    }
    out
}

fn statistic(p: &Point, stat: &str) -> f64 {
    match stat {
        "SampleCount" => p.count,
        "Sum" => p.sum,
        "Minimum" => p.min,
        "Maximum" => p.max,
        _ => {
            if p.count > 0.0 {
                p.sum / p.count
            } else {
                0.0
            }
        }
    }
}

fn load(emu: &Emulator, s: &Series, start: f64, end: f64, period: i64) -> Result<Vec<Point>, CwError> {
    emu.metrics.points(&s.fs, &s.metric, &s.class, start, end, period).map_err(|e| internal(e.to_string()))
}

fn time_range(v: &Value) -> Result<(f64, f64), CwError> {
    let (start, end) = (time(v, "StartTime")?, time(v, "EndTime")?);
    if start >= end {
        return Err(invalid("The parameter StartTime must be less than the parameter EndTime."));
    }
    Ok((start, end))
}

fn get_metric_statistics(emu: &Emulator, v: &Value) -> Result<Out, CwError> {
    let namespace = text(v, "Namespace").ok_or_else(|| missing("Namespace"))?;
    let metric = text(v, "MetricName").ok_or_else(|| missing("MetricName"))?;
    let (start, end) = time_range(v)?;
    let period = check_period(number(v, "Period")?.ok_or_else(|| missing("Period"))?)?;
    let list = |name: &str| -> Vec<String> {
        v.get(name)
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    };
    let (stats, extended) = (list("Statistics"), list("ExtendedStatistics"));
    match (stats.is_empty(), extended.is_empty()) {
        (false, false) => return Err(combination("Specify either Statistics or ExtendedStatistics, not both.")),
        (true, true) => return Err(missing("Statistics")),
        // EFS publishes its metrics as statistic sets, which carry no percentiles.
        (true, false) => {
            return Err(invalid(
                "Percentiles (ExtendedStatistics) are not available for AWS/EFS metrics; use Statistics: SampleCount, Average, Sum, Minimum, Maximum.",
            ));
        }
        (false, true) => {}
    }
    if let Some(bad) = stats.iter().find(|s| !STATISTICS.contains(&s.as_str())) {
        return Err(invalid(format!("The parameter Statistics contains '{bad}'; allowed: {}.", STATISTICS.join(", "))));
    }
    let requested = ((end - start) / period as f64).ceil();
    if requested > MAX_STATISTICS_POINTS {
        return Err(combination(format!(
            "You have requested up to {requested} datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range."
        )));
    }
    let points = match series_of(namespace, metric, &dimensions(v)) {
        Some(s) => load(emu, &s, start, end, period)?,
        None => vec![],
    };
    let datapoints = aggregate(&points, period)
        .into_iter()
        .map(|(t, p)| {
            let mut fields = vec![("Timestamp", Out::Time(t))];
            for s in &stats {
                let key: &'static str = STATISTICS.iter().find(|x| **x == s.as_str()).copied().unwrap_or("Average");
                fields.push((key, Out::Num(statistic(&p, s))));
            }
            fields.push(("Unit", Out::Str(unit(metric).into())));
            Out::Map(fields)
        })
        .collect();
    Ok(Out::Map(vec![("Label", Out::Str(metric.to_string())), ("Datapoints", Out::List(datapoints))]))
}

fn list_metrics(emu: &Emulator, v: &Value) -> Result<Out, CwError> {
    let namespace = text(v, "Namespace");
    let metric = text(v, "MetricName");
    let filters = dimensions(v);
    if namespace.is_some_and(|n| n.is_empty() || n.len() > 255) {
        return Err(invalid("The parameter Namespace must be 1 to 255 characters."));
    }
    if filters.len() > 10 {
        return Err(invalid("The collection Dimensions must not have more than 10 filters."));
    }
    // Every EFS metric is recent here; PT3H is the only window CloudWatch offers.
    if let Some(window) = v.get("RecentlyActive").filter(|w| !w.is_null())
        && window.as_str() != Some("PT3H")
    {
        return Err(invalid("The parameter RecentlyActive must be PT3H."));
    }
    // A page resumes after the last metric sent (metrics come in a fixed order), so metrics
    // that appear meanwhile are neither repeated nor make others skipped.
    let after = resume(v, || invalid("The parameter NextToken is invalid: it does not belong to this request."))?;
    let (mut metrics, mut last, mut more) = (Vec::new(), String::new(), false);
    // Every file system has its metrics listed once it has data, as CloudWatch does.
    for (fs, m, class) in emu.metrics.series().map_err(|e| internal(e.to_string()))? {
        let key = hex(&format!("{m}\0{fs}\0{class}"));
        if after.as_ref().is_some_and(|a| key <= *a) {
            continue;
        }
        let mut dims = vec![("FileSystemId".to_string(), fs.clone())];
        if !class.is_empty() {
            dims.push(("StorageClass".to_string(), class.clone()));
        }
        let ok = namespace.is_none_or(|n| n == NAMESPACE)
            && metric.is_none_or(|x| x == m)
            && filters.iter().all(|(n, val)| dims.iter().any(|(dn, dv)| dn == n && (val.is_empty() || dv == val)));
        if ok && metrics.len() == LIST_METRICS_PAGE {
            more = true;
            break;
        }
        if ok {
            last = key;
            metrics.push(Out::Map(vec![
                ("Namespace", Out::Str(NAMESPACE.into())),
                ("MetricName", Out::Str(m.clone())),
                (
                    "Dimensions",
                    Out::List(
                        dims.into_iter()
                            .map(|(n, v)| Out::Map(vec![("Name", Out::Str(n)), ("Value", Out::Str(v))]))
                            .collect(),
                    ),
                ),
            ]));
        }
    }
    let mut out = vec![("Metrics", Out::List(metrics))];
    if more {
        out.push(("NextToken", Out::Str(paging::token(&scope(v), &last))));
    }
    Ok(Out::Map(out))
}

/// What a page token of `request` resumes: the request itself, paging aside.
fn scope(request: &Value) -> String {
    let mut rest = request.clone();
    if let Some(o) = rest.as_object_mut() {
        o.remove("NextToken");
        o.remove("MaxDatapoints");
        o.remove("MaxRecords");
    }
    rest.to_string()
}

/// Where a `NextToken` of `request` resumes, if it has one.
fn resume(request: &Value, bad: impl Fn() -> CwError) -> Result<Option<String>, CwError> {
    match text(request, "NextToken") {
        None => Ok(None),
        Some(t) => paging::position(&scope(request), t).map(|p| Some(p.to_string())).ok_or_else(bad),
    }
}

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

/// The values of one GetMetricData result: computed (math, and the series it used), or a
/// metric's statistic, read when a page reaches it.
enum Values {
    Ready(math::TimeSeries),
    Stat { source: Option<Series>, period: i64, stat: String },
}

impl Values {
    fn read(&self, emu: &Emulator, start: f64, end: f64) -> Result<math::TimeSeries, CwError> {
        match self {
            Values::Ready(ts) => Ok(ts.clone()),
            Values::Stat { source, period, stat } => {
                let points = match source {
                    Some(s) if start < end => load(emu, s, start, end, *period)?,
                    _ => vec![],
                };
                Ok(math::TimeSeries {
                    period: *period as f64,
                    points: aggregate(&points, *period).into_iter().map(|(t, p)| (t, statistic(&p, stat))).collect(),
                })
            }
        }
    }
}

/// Where a GetMetricData page starts: in result `result`, after the value at time `after`
/// (from its first value if none).
#[derive(Clone, Copy)]
struct Cursor {
    result: usize,
    after: Option<f64>,
}

impl Cursor {
    /// `result-after-as_of`, times as f64 bits in hex (`n`: no time).
    fn position(&self, as_of: f64) -> String {
        let after = self.after.map_or("n".to_string(), |t| format!("{:x}", t.to_bits()));
        format!("{:x}-{after}-{:x}", self.result, as_of.to_bits())
    }

    /// The cursor and the first page's time a position names.
    fn parse(p: &str) -> Option<(Cursor, f64)> {
        let mut parts = p.split('-');
        let result = usize::from_str_radix(parts.next()?, 16).ok()?;
        let after = match parts.next()? {
            "n" => None,
            t => Some(f64::from_bits(u64::from_str_radix(t, 16).ok()?)),
        };
        let as_of = f64::from_bits(u64::from_str_radix(parts.next()?, 16).ok()?);
        (parts.next().is_none() && as_of.is_finite() && after.is_none_or(f64::is_finite))
            .then_some((Cursor { result, after }, as_of))
    }
}

fn get_metric_data(emu: &Emulator, v: &Value) -> Result<Out, CwError> {
    let (start, end) = time_range(v)?;
    let descending = match v.get("ScanBy") {
        None | Some(Value::Null) => true,
        Some(by) => match by.as_str() {
            Some("TimestampDescending") => true,
            Some("TimestampAscending") => false,
            _ => return Err(invalid("The parameter ScanBy must be TimestampDescending or TimestampAscending.")),
        },
    };
    // A token says where the next page starts (the result, and the time of the last value of
    // it already sent) and the time of the first page, after which nothing is listed: so
    // values recorded meanwhile, late or new, are neither repeated nor make others skipped.
    let (cursor, as_of) = match resume(v, bad_token)? {
        None => (None, efsctl_core::clock::Clock::now(emu.clock.as_ref())),
        Some(p) => Cursor::parse(&p).map(|(c, t)| (Some(c), t)).ok_or_else(bad_token)?,
    };
    let data_end = end.min(as_of);
    let max = match number(v, "MaxDatapoints")? {
        None => MAX_METRIC_DATA_POINTS as usize,
        Some(n) if n >= 1.0 && n.fract() == 0.0 => n as usize,
        Some(n) => return Err(invalid(format!("The parameter MaxDatapoints must be a positive integer, got {n}."))),
    };
    let queries = v
        .get("MetricDataQueries")
        .and_then(Value::as_array)
        .filter(|q| !q.is_empty())
        .ok_or_else(|| missing("MetricDataQueries"))?;
    if queries.len() > 500 {
        return Err(invalid("The collection MetricDataQueries must not have a size greater than 500."));
    }
    let mut series: Vec<(String, Values, bool, String)> = Vec::new();
    let mut expressions = Vec::new();
    let mut total_points = 0.0;
    let mut ids = std::collections::HashSet::new();
    for q in queries {
        let id = text(q, "Id").ok_or_else(|| missing("MetricDataQueries.member.Id"))?.to_string();
        check_query_id(&id, "MetricDataQueries.member.Id")?;
        if !ids.insert(id.clone()) {
            return Err(validation(format!(
                "The values for parameter id in MetricDataQueries are not unique: {id} appears more than once."
            )));
        }
        let return_data =
            q.get("ReturnData").map(|r| r.as_bool().unwrap_or(r.as_str() != Some("false"))).unwrap_or(true);
        let label = text(q, "Label").map(str::to_string);
        match (q.get("MetricStat"), text(q, "Expression")) {
            (Some(ms), None) => {
                let metric = ms.get("Metric").ok_or_else(|| missing("MetricStat.Metric"))?;
                let period = check_period(number(ms, "Period")?.ok_or_else(|| missing("MetricStat.Period"))?)?;
                let stat = text(ms, "Stat").ok_or_else(|| missing("MetricStat.Stat"))?;
                check_stat(stat)?;
                total_points += ((end - start) / period as f64).ceil();
                let name = text(metric, "MetricName").ok_or_else(|| missing("MetricStat.Metric.MetricName"))?;
                let source = series_of(text(metric, "Namespace").unwrap_or_default(), name, &dimensions(metric));
                series.push((
                    id.clone(),
                    Values::Stat { source, period, stat: stat.to_string() },
                    return_data,
                    label.unwrap_or_else(|| name.to_string()),
                ));
            }
            (None, Some(expr)) => {
                // FILL makes a value for every minute of the range: counted like a query's.
                if expr.to_ascii_uppercase().contains("FILL") {
                    total_points += ((end - start) / 60.0).ceil();
                }
                expressions.push((id, expr.to_string(), return_data, label));
            }
            _ => {
                return Err(validation(format!(
                    "MetricDataQuery {id} needs exactly one of MetricStat and Expression."
                )));
            }
        }
    }
    // Without math, results are read a page at a time, so a request may hold any number of
    // values (CloudWatch pages them); math needs every series at once and stays within the limit.
    if !expressions.is_empty() {
        if total_points > MAX_METRIC_DATA_POINTS {
            return Err(combination(format!(
                "You have requested up to {total_points} datapoints, which exceeds the limit of 100800."
            )));
        }
        let mut env: Vec<(String, math::TimeSeries)> = Vec::new();
        for (id, values, _, _) in &mut series {
            let ts = values.read(emu, start, data_end)?;
            env.push((id.clone(), ts.clone()));
            *values = Values::Ready(ts);
        }
        for (id, expr, return_data, label) in expressions {
            let ts = math::evaluate(&expr, &env, (start, data_end.max(start)))
                .map_err(|e| validation(format!("Error in expression {id}: {e}")))?;
            env.push((id.clone(), ts.clone()));
            series.push((id, Values::Ready(ts), return_data, label.unwrap_or(expr)));
        }
    }
    // Pages hold at most MaxDatapoints values, counted across the results in order; a result
    // with values left for a later page is PartialData.
    let (mut budget, mut next, mut results) = (max, None, Vec::new());
    for (index, (id, values, _, label)) in series.into_iter().filter(|(_, _, r, _)| *r).enumerate() {
        // Results already sent, or not reached with this page full, are not read.
        let (sent, full) = (cursor.is_some_and(|c| index < c.result), budget == 0);
        let mut pts = if sent || full { vec![] } else { values.read(emu, start, data_end)?.points };
        if full && next.is_none() {
            next = Some(Cursor { result: index, after: None });
        }
        if descending {
            pts.reverse();
        }
        let from = match cursor {
            Some(Cursor { result, .. }) if index < result => pts.len(),
            Some(Cursor { result, after: Some(last) }) if index == result => {
                pts.iter().position(|(t, _)| if descending { *t < last } else { *t > last }).unwrap_or(pts.len())
            }
            _ => 0,
        };
        let to = from + budget.min(pts.len() - from);
        budget -= to - from;
        let left = to < pts.len() || full;
        if left && next.is_none() {
            next = Some(Cursor { result: index, after: to.checked_sub(1).map(|i| pts[i].0) });
        }
        let page = &pts[from..to];
        results.push(Out::Map(vec![
            ("Id", Out::Str(id)),
            ("Label", Out::Str(label)),
            ("Timestamps", Out::List(page.iter().map(|(t, _)| Out::Time(*t)).collect())),
            ("Values", Out::List(page.iter().map(|(_, v)| Out::Num(*v)).collect())),
            ("StatusCode", Out::Str(if left { "PartialData" } else { "Complete" }.into())),
        ]));
    }
    let mut out = vec![("MetricDataResults", Out::List(results)), ("Messages", Out::List(vec![]))];
    if let Some(c) = next {
        out.push(("NextToken", Out::Str(paging::token(&scope(v), &c.position(as_of)))));
    }
    Ok(Out::Map(out))
}
