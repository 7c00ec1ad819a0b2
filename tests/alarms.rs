//! CloudWatch alarms: every alarm call through the Rust SDK (Smithy RPC v2 CBOR) and through
//! boto3 in each of CloudWatch's three protocols, with their error paths; `efsctl alarm` on
//! both backends; and a credits-low alarm firing on a mount written at the burst rate when
//! the credit formula says it must.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use aws_sdk_cloudwatch::error::ProvideErrorMetadata;
use aws_sdk_cloudwatch::types::{
    ComparisonOperator, Dimension, HistoryItemType, Metric, MetricDataQuery, MetricStat, StateValue, Statistic,
};

use crate::cli::{Backend, efsctl as efsctl_on, fails};
use crate::support::{Daemon, MountDir, Writer, efsctl, fuse_skip, next_minute_recorded, ok, run};

const TOPIC: &str = "arn:aws:sns:us-east-1:123456789012:ops";

fn fs_dims(fs: &str) -> Dimension {
    Dimension::builder().name("FileSystemId").value(fs).build()
}

fn state_of(d: &Daemon, name: &str) -> String {
    crate::support::run_value(async {
        let out = d.cloudwatch().describe_alarms().alarm_names(name).send().await.unwrap();
        out.metric_alarms().first().and_then(|a| a.state_value()).map(|s| s.as_str().to_string()).unwrap_or_default()
    })
}

/// Waits for alarm `name` to be in `state`, moving the clock a minute at a time.
fn until_state(d: &Daemon, fs: &str, name: &str, state: &str) {
    for _ in 0..5 {
        if state_of(d, name) == state {
            return;
        }
        next_minute_recorded(d, fs);
        crate::support::eventually("the alarm is evaluated", || {
            (state_of(d, name) == state).then_some(()).ok_or_else(|| format!("{name} is {}", state_of(d, name)))
        });
    }
    assert_eq!(state_of(d, name), state);
}

#[test]
fn alarm_calls_through_the_rust_sdk() {
    let d = Daemon::start();
    let fs = ok(efsctl(&d, &["create", "alarmed", "--throughput-mode", "bursting", "--wait", "-q"])).trim().to_string();
    let cw = d.cloudwatch();
    run(async {
        // A metric alarm and a metric-math alarm.
        cw.put_metric_alarm()
            .alarm_name("low")
            .namespace("AWS/EFS")
            .metric_name("BurstCreditBalance")
            .dimensions(fs_dims(&fs))
            .statistic(Statistic::Minimum)
            .period(60)
            .evaluation_periods(1)
            .threshold(1024f64.powi(4))
            .comparison_operator(ComparisonOperator::LessThanThreshold)
            .alarm_actions(TOPIC)
            .send()
            .await
            .unwrap();
        let stat = |metric: &str, stat: &str| {
            MetricStat::builder()
                .metric(Metric::builder().namespace("AWS/EFS").metric_name(metric).dimensions(fs_dims(&fs)).build())
                .period(60)
                .stat(stat)
                .build()
        };
        cw.put_metric_alarm()
            .alarm_name("sat")
            .metrics(
                MetricDataQuery::builder()
                    .id("m1")
                    .metric_stat(stat("MeteredIOBytes", "Sum"))
                    .return_data(false)
                    .build(),
            )
            .metrics(
                MetricDataQuery::builder()
                    .id("m2")
                    .metric_stat(stat("PermittedThroughput", "Average"))
                    .return_data(false)
                    .build(),
            )
            .metrics(MetricDataQuery::builder().id("e1").expression("100*(m1/PERIOD(m1))/m2").return_data(true).build())
            .evaluation_periods(3)
            .datapoints_to_alarm(2)
            .threshold(90.0)
            .comparison_operator(ComparisonOperator::GreaterThanOrEqualToThreshold)
            .send()
            .await
            .unwrap();
        let all = cw.describe_alarms().send().await.unwrap();
        let names: Vec<&str> = all.metric_alarms().iter().filter_map(|a| a.alarm_name()).collect();
        assert_eq!(names, ["low", "sat"]);
        let low = &all.metric_alarms()[0];
        assert_eq!(low.state_value(), Some(&StateValue::InsufficientData));
        assert_eq!(low.state_reason(), Some("Unchecked: Initial alarm creation"));
        assert_eq!(low.alarm_arn(), Some("arn:aws:cloudwatch:us-east-1:123456789012:alarm:low"));
        assert_eq!((low.period(), low.evaluation_periods(), low.actions_enabled()), (Some(60), Some(1), Some(true)));
        assert_eq!(all.metric_alarms()[1].metrics().len(), 3);

        // Pages of one, and a token that belongs to nothing.
        let first = cw.describe_alarms().max_records(1).send().await.unwrap();
        assert_eq!(first.metric_alarms()[0].alarm_name(), Some("low"));
        let second = cw
            .describe_alarms()
            .max_records(1)
            .set_next_token(first.next_token().map(str::to_string))
            .send()
            .await
            .unwrap();
        assert_eq!(second.metric_alarms()[0].alarm_name(), Some("sat"));
        assert!(second.next_token().is_none());
        let bad = cw.describe_alarms().next_token("forged").send().await.unwrap_err();
        assert_eq!(bad.code(), Some("InvalidNextToken"));
        let prefix = cw.describe_alarms().alarm_name_prefix("sa").send().await.unwrap();
        assert_eq!(prefix.metric_alarms().len(), 1);
        let both = cw.describe_alarms().alarm_names("low").alarm_name_prefix("l").send().await.unwrap_err();
        assert_eq!(both.code(), Some("InvalidParameterCombination"));

        let for_metric = cw
            .describe_alarms_for_metric()
            .namespace("AWS/EFS")
            .metric_name("MeteredIOBytes")
            .dimensions(fs_dims(&fs))
            .send()
            .await
            .unwrap();
        assert_eq!(for_metric.metric_alarms().iter().filter_map(|a| a.alarm_name()).collect::<Vec<_>>(), ["sat"]);
    });

    // A new file system holds 2.1 TiB of credits, above 1 TiB: the first evaluation says OK.
    until_state(&d, &fs, "low", "OK");
    until_state(&d, &fs, "sat", "OK");
    run(async {
        cw.set_alarm_state()
            .alarm_name("low")
            .state_value(StateValue::Alarm)
            .state_reason("testing the pager")
            .state_reason_data(r#"{"by":"test"}"#)
            .send()
            .await
            .unwrap();
        let history = cw.describe_alarm_history().alarm_name("low").send().await.unwrap();
        let summaries: Vec<&str> = history.alarm_history_items().iter().filter_map(|h| h.history_summary()).collect();
        assert_eq!(
            summaries[..3],
            [
                format!("Successfully executed action {TOPIC}").as_str(),
                "Alarm updated from OK to ALARM",
                "Alarm updated from INSUFFICIENT_DATA to OK"
            ]
        );
        assert_eq!(summaries.last(), Some(&"Alarm \"low\" created"));
        let action = &history.alarm_history_items()[0];
        let data: serde_json::Value = serde_json::from_str(action.history_data().unwrap()).unwrap();
        let message: serde_json::Value = serde_json::from_str(data["publishedMessage"].as_str().unwrap()).unwrap();
        assert_eq!((message["NewStateValue"].as_str(), message["OldStateValue"].as_str()), (Some("ALARM"), Some("OK")));
        assert_eq!(message["Trigger"]["MetricName"], "BurstCreditBalance");
        let update: serde_json::Value =
            serde_json::from_str(history.alarm_history_items()[2].history_data().unwrap()).unwrap();
        assert_eq!(update["newState"]["stateReasonData"]["statistic"], "Minimum");

        let configured = cw
            .describe_alarm_history()
            .history_item_type(HistoryItemType::ConfigurationUpdate)
            .max_records(1)
            .send()
            .await
            .unwrap();
        assert_eq!(configured.alarm_history_items().len(), 1);
        let rest = cw
            .describe_alarm_history()
            .history_item_type(HistoryItemType::ConfigurationUpdate)
            .max_records(1)
            .set_next_token(configured.next_token().map(str::to_string))
            .send()
            .await
            .unwrap();
        assert_eq!(rest.alarm_history_items()[0].history_summary(), Some("Alarm \"low\" created"));

        // With actions disabled a state change sends nothing.
        cw.disable_alarm_actions().alarm_names("low").send().await.unwrap();
        let low = cw.describe_alarms().alarm_names("low").send().await.unwrap();
        assert_eq!(low.metric_alarms()[0].actions_enabled(), Some(false));
        cw.set_alarm_state().alarm_name("low").state_value(StateValue::Ok).state_reason("quiet").send().await.unwrap();
        let actions = cw
            .describe_alarm_history()
            .alarm_name("low")
            .history_item_type(HistoryItemType::Action)
            .send()
            .await
            .unwrap();
        assert_eq!(actions.alarm_history_items().len(), 1);
        cw.enable_alarm_actions().alarm_names("low").send().await.unwrap();

        // Error paths.
        let unknown =
            cw.set_alarm_state().alarm_name("nope").state_value(StateValue::Ok).state_reason("x").send().await;
        assert_eq!(unknown.unwrap_err().code(), Some("ResourceNotFound"));
        let bad_data = cw
            .set_alarm_state()
            .alarm_name("low")
            .state_value(StateValue::Ok)
            .state_reason("x")
            .state_reason_data("not json")
            .send()
            .await;
        assert_eq!(bad_data.unwrap_err().code(), Some("InvalidFormat"));
        let put = || {
            cw.put_metric_alarm()
                .alarm_name("bad")
                .namespace("AWS/EFS")
                .metric_name("PercentIOLimit")
                .dimensions(fs_dims(&fs))
                .statistic(Statistic::Maximum)
                .period(60)
                .evaluation_periods(2)
                .threshold(95.0)
                .comparison_operator(ComparisonOperator::GreaterThanOrEqualToThreshold)
        };
        for (call, code, words) in [
            (
                put().datapoints_to_alarm(3),
                "ValidationError",
                "DatapointsToAlarm must be less than or equal to EvaluationPeriods",
            ),
            (put().period(45), "ValidationError", "10, 20, 30 or a multiple of 60"),
            (put().evaluation_periods(1441), "ValidationError", "must not exceed one day"),
            (put().evaluation_periods(0), "InvalidParameterValue", "evaluationPeriods"),
            (
                put().comparison_operator(ComparisonOperator::LessThanLowerThreshold),
                "ValidationError",
                "ThresholdMetricId",
            ),
            (put().threshold_metric_id("ad1"), "ValidationError", "anomaly detection operator"),
            (put().treat_missing_data("sometimes"), "ValidationError", "TreatMissingData"),
            (put().alarm_actions("arn:aws:sns:eu-west-1:123456789012:ops"), "ValidationError", "Invalid region"),
            (put().alarm_actions("mailto:ops@example.com"), "ValidationError", "Invalid arn syntax"),
        ] {
            let e = call.send().await.unwrap_err();
            assert_eq!(e.code(), Some(code), "{e:?}");
            assert!(e.message().unwrap_or_default().contains(words), "{:?}", e.message());
        }
        let two_results = cw
            .put_metric_alarm()
            .alarm_name("bad")
            .metrics(MetricDataQuery::builder().id("e1").expression("1").build())
            .metrics(MetricDataQuery::builder().id("e2").expression("2").build())
            .evaluation_periods(1)
            .threshold(1.0)
            .comparison_operator(ComparisonOperator::GreaterThanThreshold)
            .send()
            .await
            .unwrap_err();
        assert_eq!(two_results.message(), Some("Exactly one element of the metrics list should return data."));
        assert!(cw.describe_alarms().alarm_names("bad").send().await.unwrap().metric_alarms().is_empty());

        // Deleting skips names that do not exist, as CloudWatch does.
        cw.delete_alarms().alarm_names("low").alarm_names("sat").alarm_names("never").send().await.unwrap();
        assert!(cw.describe_alarms().send().await.unwrap().metric_alarms().is_empty());
    });
}

/// The boto3 script: every alarm call and its error paths in one protocol (forced through a
/// copy of botocore's CloudWatch model that names only that protocol, on AWS_DATA_PATH).
const BOTO3_SCRIPT: &str = r#"
import json, os, sys, gzip
import botocore, boto3
protocol, url, fs, models = sys.argv[1:5]
src = os.path.join(os.path.dirname(botocore.__file__), "data", "cloudwatch", "2010-08-01", "service-2.json.gz")
model = json.loads(gzip.decompress(open(src, "rb").read()))
model["metadata"]["protocol"] = protocol
model["metadata"]["protocols"] = [protocol]
folder = os.path.join(models, "cloudwatch", "2010-08-01")
os.makedirs(folder, exist_ok=True)
json.dump(model, open(os.path.join(folder, "service-2.json"), "w"))
os.environ["AWS_DATA_PATH"] = models
cw = boto3.session.Session().client("cloudwatch", endpoint_url=url, region_name="us-east-1",
    aws_access_key_id="test", aws_secret_access_key="test")
out = {"protocol": cw.meta.service_model.protocol}
name = "b-" + protocol
dims = [{"Name": "FileSystemId", "Value": fs}]
cw.put_metric_alarm(AlarmName=name, Namespace="AWS/EFS", MetricName="BurstCreditBalance", Dimensions=dims,
    Statistic="Minimum", Period=60, EvaluationPeriods=2, DatapointsToAlarm=1, Threshold=1e9,
    ComparisonOperator="LessThanThreshold", AlarmActions=["arn:aws:sns:us-east-1:123456789012:ops"],
    TreatMissingData="breaching")
a = cw.describe_alarms(AlarmNames=[name])["MetricAlarms"][0]
out["described"] = [a["StateValue"], a["Period"], a["EvaluationPeriods"], a["ActionsEnabled"], a["TreatMissingData"]]
out["for_metric"] = [x["AlarmName"] for x in cw.describe_alarms_for_metric(Namespace="AWS/EFS",
    MetricName="BurstCreditBalance", Dimensions=dims)["MetricAlarms"]]
cw.set_alarm_state(AlarmName=name, StateValue="ALARM", StateReason="drill")
cw.disable_alarm_actions(AlarmNames=[name])
out["disabled"] = cw.describe_alarms(AlarmNames=[name])["MetricAlarms"][0]["ActionsEnabled"]
cw.enable_alarm_actions(AlarmNames=[name])
h = cw.describe_alarm_history(AlarmName=name, ScanBy="TimestampAscending")["AlarmHistoryItems"]
out["history"] = [x["HistorySummary"] for x in h]
errors = {}
def code(f):
    try:
        f()
        return None
    except botocore.exceptions.ClientError as e:
        return e.response["Error"]["Code"]
errors["unknown"] = code(lambda: cw.set_alarm_state(AlarmName="nope", StateValue="OK", StateReason="x"))
errors["format"] = code(lambda: cw.set_alarm_state(AlarmName=name, StateValue="OK", StateReason="x", StateReasonData="[]"))
errors["m_of_n"] = code(lambda: cw.put_metric_alarm(AlarmName="x", Namespace="AWS/EFS", MetricName="PercentIOLimit",
    Dimensions=dims, Statistic="Maximum", Period=60, EvaluationPeriods=1, DatapointsToAlarm=2, Threshold=1,
    ComparisonOperator="GreaterThanThreshold"))
errors["token"] = code(lambda: cw.describe_alarms(NextToken="forged"))
errors["records"] = code(lambda: cw.describe_alarm_history(MaxRecords=500))
cw.delete_alarms(AlarmNames=[name])
out["after_delete"] = len(cw.describe_alarms(AlarmNames=[name])["MetricAlarms"])
out["errors"] = errors
print(json.dumps(out))
"#;

#[test]
fn alarm_calls_in_every_protocol_through_boto3() {
    let has_boto3 =
        Command::new("python3").args(["-c", "import boto3"]).stderr(Stdio::null()).status().is_ok_and(|s| s.success());
    if !has_boto3 {
        eprintln!(
            "SKIPPED alarm_calls_in_every_protocol_through_boto3: boto3 is not installed (scripts/install.sh installs it)"
        );
        return;
    }
    let d = Daemon::start();
    let fs = ok(efsctl(&d, &["create", "boto", "--throughput-mode", "bursting", "--wait", "-q"])).trim().to_string();
    for protocol in ["smithy-rpc-v2-cbor", "json", "query"] {
        let models = tempfile::tempdir().unwrap();
        let out = Command::new("python3")
            .args(["-c", BOTO3_SCRIPT, protocol, &d.url, &fs, models.path().to_str().unwrap()])
            .env("AWS_CONFIG_FILE", d.dir.path().join("none"))
            .env("AWS_SHARED_CREDENTIALS_FILE", d.dir.path().join("none"))
            .env("AWS_MAX_ATTEMPTS", "1")
            .output()
            .unwrap();
        assert!(out.status.success(), "{protocol}: {}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["protocol"], protocol);
        assert_eq!(v["described"], serde_json::json!(["INSUFFICIENT_DATA", 60, 2, true, "breaching"]), "{protocol}");
        assert_eq!(v["for_metric"], serde_json::json!([format!("b-{protocol}")]), "{protocol}");
        assert_eq!(v["disabled"], false, "{protocol}");
        assert_eq!(
            v["history"],
            serde_json::json!([
                format!("Alarm \"b-{protocol}\" created"),
                "Alarm updated from INSUFFICIENT_DATA to ALARM",
                "Successfully executed action arn:aws:sns:us-east-1:123456789012:ops"
            ]),
            "{protocol}"
        );
        assert_eq!(
            v["errors"],
            serde_json::json!({
                "unknown": "ResourceNotFound",
                "format": "InvalidFormat",
                "m_of_n": "ValidationError",
                "token": "InvalidNextToken",
                "records": "InvalidParameterValue",
            }),
            "{protocol}"
        );
        assert_eq!(v["after_delete"], 0, "{protocol}");
    }
}

fn alarm_commands_on(backend: Backend) {
    let d = Daemon::start();
    let fs =
        ok(efsctl(&d, &["create", "cli-alarms", "--throughput-mode", "bursting", "--wait", "-q"])).trim().to_string();
    ok(efsctl(&d, &["create", "elastic-one", "--throughput-mode", "elastic", "--wait", "-q"]));
    let on = |args: &[&str]| efsctl_on(&d, backend, args);
    let name = format!("efsctl-{fs}-credits-low");
    assert_eq!(ok(on(&["alarm", "create", "cli-alarms", "--preset", "credits-low", "-q"])).trim(), name);
    ok(on(&[
        "alarm",
        "create",
        "cli-alarms",
        "--preset",
        "throughput-saturated",
        "--threshold",
        "80",
        "--periods",
        "3",
    ]));
    ok(on(&["alarm", "create", "cli-alarms", "--preset", "io-limit", "--action", TOPIC]));
    ok(on(&["alarm", "create", "cli-alarms", "--preset", "storage-growth", "--name", "grows"]));
    let listed: serde_json::Value =
        serde_json::from_str(&ok(on(&["alarm", "ls", "cli-alarms", "-o", "json"]))).unwrap();
    let alarms = listed["MetricAlarms"].as_array().unwrap();
    assert_eq!(alarms.len(), 4, "{listed}");
    let credits = alarms.iter().find(|a| a["AlarmName"] == name.as_str()).unwrap();
    assert_eq!(credits["FileSystemId"], fs.as_str());
    assert!(credits["Condition"].as_str().unwrap().starts_with("BurstCreditBalance Minimum < "), "{credits}");
    assert!(credits["Description"].as_str().unwrap().contains("--throughput-mode elastic"), "{credits}");
    let table = ok(on(&["alarm", "ls"]));
    assert!(table.contains("grows") && table.contains("INSUFFICIENT_DATA"), "{table}");

    // Bad input: a clear error, the right exit code, nothing changed.
    fails(&on(&["alarm", "create", "cli-alarms", "--preset", "credits-high"]), 2, "credits-high");
    fails(&on(&["alarm", "create", "no-such-fs", "--preset", "credits-low"]), 3, "no-such-fs");
    fails(&on(&["alarm", "create", "elastic-one", "--preset", "credits-low"]), 2, "only Bursting file systems have");
    fails(&on(&["alarm", "create", "cli-alarms", "--preset", "io-limit", "--threshold=-5"]), 2, "--threshold");
    fails(
        &on(&["alarm", "create", "cli-alarms", "--preset", "io-limit", "--action", "mailto:x"]),
        1,
        "Invalid arn syntax",
    );
    fails(&on(&["alarm", "delete", "grows", "typo"]), 3, "'typo'");
    assert!(ok(on(&["alarm", "ls", "-q"])).contains("grows"), "a failed delete deletes nothing");

    ok(on(&["alarm", "delete", "grows", &name]));
    let left = ok(on(&["alarm", "ls", "-q"]));
    assert_eq!(left.lines().count(), 2, "{left}");
}

#[test]
fn alarm_commands_local() {
    alarm_commands_on(Backend::Local);
}

#[test]
fn alarm_commands_aws_path() {
    alarm_commands_on(Backend::Aws);
}

/// The acceptance run: a Bursting file system written through a mount at the burst rate
/// (100 MiB/s) with a small balance. `watch --check` flags it before the credits run out; the
/// credits-low alarm goes OK → ALARM at the evaluation that follows the minute the balance
/// formula puts the crossing in, and back to OK once idle time has earned credits back; boto3
/// and the AWS CLI read the same states and history.
#[test]
fn credits_low_alarm_fires_when_the_formula_says() {
    if fuse_skip("credits_low_alarm_fires_when_the_formula_says") {
        return;
    }
    let d = Daemon::start();
    let m = MountDir::new();
    let fs = crate::support::create_and_mount(&d, "drain", &["--throughput-mode", "bursting"], &m);
    const GIB: f64 = 1024.0 * 1024.0 * 1024.0;
    const MIB: f64 = 1024.0 * 1024.0;
    let name = ok(efsctl(&d, &["alarm", "create", "drain", "--preset", "credits-low", "--threshold", "1", "-q"]));
    let name = name.trim();
    until_state(&d, &fs, name, "OK");

    // Spend from 1 GiB + 90 s of bursting; overwrite one file so the size (and baseline) stay small.
    let net = 100.0 * MIB - 1.0 * MIB;
    ok(efsctl(&d, &["emulator", "credits", &fs, "--set", &format!("{}MiB", ((GIB + net * 90.0) / MIB) as u64)]));
    let started = d.now();
    let script = format!(
        "while true; do dd if=/dev/zero of={}/load bs=1M count=256 conv=notrunc,fsync 2>/dev/null; done",
        m.s()
    );
    let writer = Writer::start(&script);
    let predicted = started + 90.0;

    // Once a minute of writing is on record, watch --check sees the credits running out.
    let deadline = Instant::now() + Duration::from_secs(150);
    let flagged = loop {
        let check = efsctl(&d, &["watch", "drain", "--check", "--horizon", "1h"]);
        let said = String::from_utf8_lossy(&check.stdout).into_owned();
        if check.status.code() == Some(1) && said.contains("burst credits run out in") {
            break d.now();
        }
        assert!(Instant::now() < deadline, "watch --check never flagged the drain: {said}");
        std::thread::sleep(Duration::from_secs(2));
    };
    assert!(flagged < started + GIB / net + 90.0, "flagged at +{}s, after the credits ran out", flagged - started);

    let fired = loop {
        let h = alarm_history(&d, name);
        if let Some(t) = h.iter().find(|(s, _)| s == "Alarm updated from OK to ALARM").map(|(_, t)| *t) {
            break t;
        }
        assert!(Instant::now() < deadline, "the alarm never fired: {h:?}");
        std::thread::sleep(Duration::from_secs(1));
    };
    drop(writer);
    // The first evaluation after the minute of the crossing ends: within one period of it.
    let crossing_minute = (predicted / 60.0).floor() * 60.0;
    assert!(
        fired >= crossing_minute && fired <= crossing_minute + 120.0,
        "fired at {fired}, the formula puts the crossing at {predicted} (minute {crossing_minute})"
    );

    // Idle for two hours: the baseline earns the credits back over the threshold.
    let r = crate::support::http(&d.url, "POST", efsctl_control::api::paths::CLOCK, r#"{"AdvanceSeconds": 7200}"#);
    assert_eq!(crate::support::status_of(&r), 200, "{r}");
    until_state(&d, &fs, name, "OK");
    let summaries: Vec<String> = alarm_history(&d, name).into_iter().map(|(s, _)| s).collect();
    assert!(summaries.iter().any(|s| s == "Alarm updated from ALARM to OK"), "{summaries:?}");

    // The AWS CLI and boto3 read the same states and history.
    if Command::new("aws").arg("--version").output().is_ok() {
        let (_, out, _) = crate::aws_cli::aws(
            &d,
            &["cloudwatch", "describe-alarm-history", "--alarm-name", name, "--history-item-type", "StateUpdate"],
        );
        let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
        let cli: Vec<&str> =
            v["AlarmHistoryItems"].as_array().unwrap().iter().filter_map(|h| h["HistorySummary"].as_str()).collect();
        let sdk: Vec<&str> = summaries.iter().map(String::as_str).filter(|s| s.starts_with("Alarm updated")).collect();
        assert_eq!(cli, sdk);
    }
    let boto3 = Command::new("python3")
        .args([
            "-c",
            "import boto3,sys; c=boto3.client('cloudwatch',endpoint_url=sys.argv[1],region_name='us-east-1',aws_access_key_id='t',aws_secret_access_key='t'); print(c.describe_alarms(AlarmNames=[sys.argv[2]])['MetricAlarms'][0]['StateValue'])",
            &d.url,
            name,
        ])
        .output();
    if let Some(out) = boto3.ok().filter(|o| o.status.success()) {
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "OK");
    }
}

/// (summary, time) of an alarm's history, newest first.
fn alarm_history(d: &Daemon, name: &str) -> Vec<(String, f64)> {
    crate::support::run_value(async {
        let out = d.cloudwatch().describe_alarm_history().alarm_name(name).send().await.unwrap();
        out.alarm_history_items()
            .iter()
            .map(|h| {
                (h.history_summary().unwrap_or_default().to_string(), h.timestamp().map_or(0.0, |t| t.as_secs_f64()))
            })
            .collect()
    })
}

/// An anomaly-detection alarm: a band trained on the metric's own history, CloudWatch's
/// "Thresholds Crossed" reason when a datapoint leaves it, and the errors of a band alarm.
#[test]
fn an_anomaly_detection_alarm_fires_when_the_metric_leaves_its_band() {
    let d = Daemon::start();
    let fs = ok(efsctl(&d, &["create", "banded", "--throughput-mode", "bursting", "--wait", "-q"])).trim().to_string();
    let cw = d.cloudwatch();
    let metric = MetricDataQuery::builder()
        .id("m1")
        .metric_stat(
            MetricStat::builder()
                .metric(
                    Metric::builder()
                        .namespace("AWS/EFS")
                        .metric_name("BurstCreditBalance")
                        .dimensions(fs_dims(&fs))
                        .build(),
                )
                .period(60)
                .stat("Minimum")
                .build(),
        )
        .return_data(true)
        .build();
    let band = |expr: &str| MetricDataQuery::builder().id("ad1").expression(expr).return_data(true).build();
    run(async {
        let put = |expr: &str| {
            cw.put_metric_alarm()
                .alarm_name("odd")
                .metrics(metric.clone())
                .metrics(band(expr))
                .threshold_metric_id("ad1")
                .evaluation_periods(1)
                .comparison_operator(ComparisonOperator::LessThanLowerThreshold)
        };
        let not_a_band = put("m1*2").send().await.unwrap_err();
        assert_eq!(not_a_band.code(), Some("ValidationError"));
        assert!(not_a_band.message().unwrap().contains("ANOMALY_DETECTION_BAND"), "{not_a_band:?}");
        let with_threshold = put("ANOMALY_DETECTION_BAND(m1, 2)").threshold(1.0).send().await.unwrap_err();
        assert_eq!(with_threshold.code(), Some("ValidationError"));
        put("ANOMALY_DETECTION_BAND(m1, 2)").send().await.unwrap();
        let a = cw.describe_alarms().alarm_names("odd").send().await.unwrap();
        let a = &a.metric_alarms()[0];
        assert_eq!((a.threshold_metric_id(), a.threshold()), (Some("ad1"), None));
        assert_eq!(a.comparison_operator(), Some(&ComparisonOperator::LessThanLowerThreshold));
    });
    // A steady balance trains a band around it: OK once there are three minutes of history.
    after_minutes(&d, &fs, "odd", "OK", 8);
    ok(efsctl(&d, &["emulator", "credits", &fs, "--set", "1GiB"]));
    // The drop leaves the band at the next evaluation (and, once in the history it trains on,
    // widens it again): the history keeps the transition and its reason.
    for _ in 0..3 {
        next_minute_recorded(&d, &fs);
    }
    let fired = crate::support::eventually("the OK -> ALARM transition", || {
        state_update(&d, "odd").ok_or_else(|| format!("{:?}", alarm_history(&d, "odd")))
    });
    assert!(
        fired.starts_with("Thresholds Crossed: 1 out of the last 1 datapoints [")
            && fired.contains("was less than the lower thresholds ["),
        "{fired}"
    );
}

/// The reason of alarm `name`'s OK -> ALARM transition, if its history has one.
fn state_update(d: &Daemon, name: &str) -> Option<String> {
    crate::support::run_value(async {
        let out = d
            .cloudwatch()
            .describe_alarm_history()
            .alarm_name(name)
            .history_item_type(HistoryItemType::StateUpdate)
            .send()
            .await
            .unwrap();
        out.alarm_history_items().iter().find(|h| h.history_summary() == Some("Alarm updated from OK to ALARM")).map(
            |h| {
                let data: serde_json::Value =
                    serde_json::from_str(h.history_data().unwrap_or("{}")).unwrap_or_default();
                data["newState"]["stateReason"].as_str().unwrap_or_default().to_string()
            },
        )
    })
}

/// Moves the clock a minute at a time (at most `minutes`) until alarm `name` is in `state`; each
/// minute, the evaluation that follows the sampler is polled for a few seconds.
fn after_minutes(d: &Daemon, fs: &str, name: &str, state: &str, minutes: usize) {
    for _ in 0..minutes {
        next_minute_recorded(d, fs);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if state_of(d, name) == state {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    panic!("{name} is {} after {minutes} minutes, not {state}", state_of(d, name));
}
