//! The CloudWatch API over the emulator's AWS/EFS metrics, in all three protocols.

use std::process::Command;

use crate::support::{Daemon, http, raw, status_of};

/// Status and body of a JSON 1.0 call; with `whole`, the body is the whole response (headers too).
fn cw_json_raw(d: &Daemon, op: &str, body: &serde_json::Value, whole: bool) -> (u16, String) {
    let b = body.to_string();
    let resp = raw(
        &d.url,
        &format!(
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: GraniteServiceVersion20100801.{op}\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{b}",
            b.len()
        ),
    );
    let text = if whole { resp.clone() } else { resp.split("\r\n\r\n").nth(1).unwrap_or_default().to_string() };
    (status_of(&resp), text)
}

fn cw_json(d: &Daemon, op: &str, body: &serde_json::Value) -> (u16, String) {
    cw_json_raw(d, op, body, false)
}

/// Closes `n` minutes on the virtual clock, each recorded by the sampler.
fn record_minutes(d: &Daemon, fs: &str, n: usize) {
    for _ in 0..n {
        crate::support::next_minute_recorded(d, fs);
    }
}

fn now(d: &Daemon) -> f64 {
    let r = http(&d.url, "GET", efsctl_control::api::paths::CLOCK, "");
    let v: serde_json::Value = serde_json::from_str(r.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    v["Now"].as_f64().unwrap()
}

/// A Bursting file system made through the SDK (its credits give gauges to read); its id.
fn bursting_file_system(d: &Daemon, token: &str) -> String {
    crate::support::run_value(async {
        d.efs()
            .create_file_system()
            .creation_token(token)
            .throughput_mode(aws_sdk_efs::types::ThroughputMode::Bursting)
            .send()
            .await
            .unwrap()
            .file_system_id()
            .to_string()
    })
}

#[test]
fn metrics_through_json_query_and_cbor() {
    let d = Daemon::start();
    let fs = bursting_file_system(&d, "cw");
    record_minutes(&d, &fs, 3);
    let end = now(&d);
    let start = end - 3600.0;
    let dims = serde_json::json!([{"Name": "FileSystemId", "Value": fs}]);

    let (status, body) =
        cw_json(&d, "ListMetrics", &serde_json::json!({"Namespace": "AWS/EFS", "MetricName": "BurstCreditBalance"}));
    assert_eq!(status, 200, "{body}");
    assert!(body.contains(&fs), "{body}");

    // A new, empty Bursting file system holds 2.1 TiB of credits (the balance formula's start).
    let (status, body) = cw_json(
        &d,
        "GetMetricStatistics",
        &serde_json::json!({"Namespace": "AWS/EFS", "MetricName": "BurstCreditBalance", "Dimensions": dims, "StartTime": start, "EndTime": end, "Period": 60, "Statistics": ["Average", "SampleCount"]}),
    );
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let points = v["Datapoints"].as_array().unwrap();
    assert!(points.len() >= 2, "{body}");
    let expected = 2.1 * 1024f64.powi(4);
    for p in points {
        assert!((p["Average"].as_f64().unwrap() - expected).abs() / expected < 0.02, "{p}");
        assert_eq!(p["Unit"], "Bytes");
    }

    // Metric math: permitted throughput in MiB/s.
    let query = serde_json::json!({"StartTime": start, "EndTime": end, "MetricDataQueries": [
        {"Id": "m1", "MetricStat": {"Metric": {"Namespace": "AWS/EFS", "MetricName": "PermittedThroughput", "Dimensions": dims}, "Period": 60, "Stat": "Average"}, "ReturnData": false},
        {"Id": "mibps", "Expression": "m1/1048576", "Label": "MiB/s"}
    ]});
    let (status, body) = cw_json(&d, "GetMetricData", &query);
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let results = v["MetricDataResults"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["Values"][0], 100.0, "a small Bursting file system may burst at 100 MiB/s");

    // Pages of at most MaxDatapoints values: PartialData and a NextToken until the last. Later
    // pages see the data as of the first (newest first here, so points recorded meanwhile
    // would otherwise repeat the first page's).
    let mut query = query;
    query["MaxDatapoints"] = 1.into();
    query["EndTime"] = (end + 3600.0).into();
    query["MetricDataQueries"][0]["ReturnData"] = true.into();
    let (mut times, mut pages) = (Vec::new(), 0);
    loop {
        let (status, body) = cw_json(&d, "GetMetricData", &query);
        assert_eq!(status, 200, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        let page: Vec<(String, f64)> = v["MetricDataResults"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| {
                r["Timestamps"].as_array().unwrap().iter().map(|x| (r["Id"].to_string(), x.as_f64().unwrap()))
            })
            .collect();
        assert_eq!(page.len(), 1, "{body}");
        times.extend(page);
        pages += 1;
        if pages == 1 {
            record_minutes(&d, &fs, 2);
        }
        match v["NextToken"].as_str() {
            Some(t) => {
                assert!(
                    v["MetricDataResults"].as_array().unwrap().iter().any(|r| r["StatusCode"] == "PartialData"),
                    "{body}"
                );
                query["NextToken"] = t.into();
            }
            None => break,
        }
    }
    // Each result's times newest first, none twice.
    assert!(
        pages >= 2 && times.windows(2).all(|w| w[0].0 != w[1].0 || w[0].1 > w[1].1),
        "{pages} pages, times {times:?}"
    );
    let mut forged = query.clone();
    forged["NextToken"] = "0.0000000000000000".into();
    assert_eq!(cw_json(&d, "GetMetricData", &forged).0, 400, "a made-up token");

    // A range of more than 100,800 values: paged without math, as CloudWatch does; refused
    // with math, which needs every value at once.
    let metric = serde_json::json!({"Namespace": "AWS/EFS", "MetricName": "PermittedThroughput", "Dimensions": dims});
    let long = serde_json::json!({"StartTime": end - 100.0 * 86400.0, "EndTime": end, "MetricDataQueries": [{"Id": "m1", "MetricStat": {"Metric": metric, "Period": 60, "Stat": "Average"}}]});
    let (status, body) = cw_json(&d, "GetMetricData", &long);
    assert!(status == 200 && body.contains("Complete"), "{body}");
    let mut with_math = long.clone();
    with_math["MetricDataQueries"].as_array_mut().unwrap().push(serde_json::json!({"Id": "e1", "Expression": "m1*2"}));
    let (status, body) = cw_json(&d, "GetMetricData", &with_math);
    assert!(status == 400 && body.contains("100800"), "{body}");

    // CloudWatch's errors.
    for (op, body, code) in [
        (
            "GetMetricStatistics",
            serde_json::json!({"Namespace": "AWS/EFS", "MetricName": "x", "StartTime": end, "EndTime": start, "Period": 60, "Statistics": ["Sum"]}),
            "InvalidParameterValue",
        ),
        (
            "GetMetricStatistics",
            serde_json::json!({"Namespace": "AWS/EFS", "MetricName": "x", "StartTime": start, "EndTime": end, "Period": 61, "Statistics": ["Sum"]}),
            "InvalidParameterValue",
        ),
        (
            "GetMetricStatistics",
            serde_json::json!({"Namespace": "AWS/EFS", "MetricName": "x", "StartTime": start - 86400.0 * 2.0, "EndTime": end, "Period": 60, "Statistics": ["Sum"]}),
            "InvalidParameterCombination",
        ),
        (
            "GetMetricStatistics",
            serde_json::json!({"Namespace": "AWS/EFS", "StartTime": start, "EndTime": end, "Period": 60, "Statistics": ["Sum"]}),
            "MissingParameter",
        ),
        (
            "GetMetricStatistics",
            serde_json::json!({"Namespace": "AWS/EFS", "MetricName": "x", "StartTime": start, "EndTime": end, "Period": 60, "Statistics": ["Median"]}),
            "InvalidParameterValue",
        ),
        (
            "GetMetricStatistics",
            serde_json::json!({"Namespace": "AWS/EFS", "MetricName": "x", "StartTime": start, "EndTime": end, "Period": 60, "Statistics": ["Sum"], "ExtendedStatistics": ["p99"]}),
            "InvalidParameterCombination",
        ),
        (
            "GetMetricStatistics",
            serde_json::json!({"Namespace": "AWS/EFS", "MetricName": "x", "StartTime": start, "EndTime": end, "Period": 60, "ExtendedStatistics": ["p99"]}),
            "InvalidParameterValue",
        ),
        (
            "GetMetricData",
            serde_json::json!({"StartTime": start, "EndTime": end, "MetricDataQueries": [{"Id": "Bad", "Expression": "1"}]}),
            "ValidationError",
        ),
        (
            "GetMetricData",
            serde_json::json!({"StartTime": start, "EndTime": end, "MetricDataQueries": [{"Id": "e", "Expression": "1"}, {"Id": "e", "Expression": "2"}]}),
            "ValidationError",
        ),
        (
            "GetMetricData",
            serde_json::json!({"StartTime": start, "EndTime": end, "MetricDataQueries": [{"Id": "e", "Expression": "m1 +"}]}),
            "ValidationError",
        ),
        (
            "GetMetricData",
            serde_json::json!({"StartTime": start, "EndTime": end, "MetricDataQueries": [{"Id": "e", "Expression": "1"}], "NextToken": "0.1"}),
            "InvalidNextToken",
        ),
        ("ListMetrics", serde_json::json!({"NextToken": "junk"}), "InvalidParameterValue"),
        ("ListMetrics", serde_json::json!({"RecentlyActive": "PT1H"}), "InvalidParameterValue"),
        (
            "GetMetricData",
            serde_json::json!({"StartTime": start, "EndTime": end, "MetricDataQueries": [{"Id": "e", "Expression": "1"}], "ScanBy": "Sideways"}),
            "InvalidParameterValue",
        ),
        ("PutMetricData", serde_json::json!({}), "InvalidAction"),
    ] {
        let (status, resp) = cw_json_raw(&d, op, &body, true);
        assert_eq!(status, 400, "{op}: {resp}");
        // The query-compatible code travels in x-amzn-query-error (what SDKs report).
        assert!(
            resp.to_ascii_lowercase().contains(&format!("x-amzn-query-error: {};sender", code.to_ascii_lowercase()))
                || code == "InvalidAction",
            "{op}: expected {code} in {resp}"
        );
    }

    // The Query protocol (older clients): form in, XML out, ISO 8601 times.
    let form = format!(
        "Action=GetMetricStatistics&Version=2010-08-01&Namespace=AWS%2FEFS&MetricName=BurstCreditBalance&Dimensions.member.1.Name=FileSystemId&Dimensions.member.1.Value={fs}&StartTime={}&EndTime={}&Period=60&Statistics.member.1=Maximum",
        start as i64, end as i64
    );
    let resp = raw(
        &d.url,
        &format!(
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
            form.len()
        ),
    );
    assert_eq!(status_of(&resp), 200, "{resp}");
    assert!(
        resp.contains("<GetMetricStatisticsResult><Label>BurstCreditBalance</Label><Datapoints><member><Timestamp>20"),
        "{resp}"
    );

    // Smithy RPC v2 CBOR: junk bodies are a 400, never a 500.
    let junk = b"\xff\x00\x13garbage";
    let mut req = format!("POST /service/GraniteServiceVersion20100801/operation/GetMetricData HTTP/1.1\r\nHost: 127.0.0.1\r\nsmithy-protocol: rpc-v2-cbor\r\nContent-Type: application/cbor\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", junk.len()).into_bytes();
    req.extend_from_slice(junk);
    assert_eq!(status_of(&crate::support::raw_bytes(&d.url, &req)), 400);

    // The AWS CLI speaks CBOR to CloudWatch.
    if Command::new("aws").arg("--version").output().is_err() {
        eprintln!("SKIPPED the AWS CLI part: the AWS CLI is not installed");
        return;
    }
    let out = Command::new("aws")
        .args(["--endpoint-url", &d.url, "--region", "us-east-1", "cloudwatch", "get-metric-data", "--start-time", &format!("{}", start as i64), "--end-time", &format!("{}", end as i64)])
        .arg("--metric-data-queries")
        .arg(serde_json::json!([{"Id": "m1", "MetricStat": {"Metric": {"Namespace": "AWS/EFS", "MetricName": "BurstCreditBalance", "Dimensions": dims}, "Period": 60, "Stat": "Average"}}]).to_string())
        .env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .env("AWS_CONFIG_FILE", d.dir.path().join("none"))
        .env("AWS_SHARED_CREDENTIALS_FILE", d.dir.path().join("none"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!((v["MetricDataResults"][0]["Values"][0].as_f64().unwrap() - expected).abs() / expected < 0.02, "{v}");

    // The Rust SDK (also CBOR) reads the very same datapoints.
    let sdk_values = crate::support::run_value(async {
        use aws_sdk_cloudwatch::types::{Dimension, Metric, MetricDataQuery, MetricStat};
        let conf = aws_sdk_cloudwatch::Config::builder()
            .behavior_version(aws_sdk_cloudwatch::config::BehaviorVersion::latest())
            .region(aws_sdk_cloudwatch::config::Region::new("us-east-1"))
            .endpoint_url(&d.url)
            .credentials_provider(aws_credential_types::Credentials::new("test", "test", None, None, "test"))
            .build();
        let metric = Metric::builder()
            .namespace("AWS/EFS")
            .metric_name("BurstCreditBalance")
            .dimensions(Dimension::builder().name("FileSystemId").value(&fs).build())
            .build();
        let q = MetricDataQuery::builder()
            .id("m1")
            .metric_stat(MetricStat::builder().metric(metric).period(60).stat("Average").build())
            .build();
        let out = aws_sdk_cloudwatch::Client::from_conf(conf)
            .get_metric_data()
            .metric_data_queries(q)
            .start_time(aws_sdk_cloudwatch::primitives::DateTime::from_secs(start as i64))
            .end_time(aws_sdk_cloudwatch::primitives::DateTime::from_secs(end as i64))
            .send()
            .await
            .unwrap();
        out.metric_data_results()[0].values().to_vec()
    });
    let cli_values: Vec<f64> =
        v["MetricDataResults"][0]["Values"].as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect();
    assert_eq!(sdk_values, cli_values);
}

/// A month in one step: its newest minutes at 1-minute resolution, the hours before them as
/// hourly aggregates, so an hourly query sees every hour and counts every minute once.
#[test]
fn a_month_long_jump_is_on_record_hour_by_hour() {
    let d = Daemon::start();
    let fs = bursting_file_system(&d, "month");
    record_minutes(&d, &fs, 1);
    let before = now(&d);
    let r = http(&d.url, "POST", efsctl_control::api::paths::CLOCK, r#"{"AdvanceSeconds": 2592000}"#);
    assert_eq!(status_of(&r), 200, "{r}");
    let dims = serde_json::json!([{"Name": "FileSystemId", "Value": fs}]);
    // Whole hours from the first after the jump's start to the last before its end.
    let (start, end) = ((before / 3600.0).ceil() * 3600.0, (now(&d) / 3600.0).floor() * 3600.0);
    let hours = ((end - start) / 3600.0) as usize;
    assert!(hours >= 719, "{hours}");
    crate::support::eventually("every hour of the month", || {
        let (status, body) = cw_json(
            &d,
            "GetMetricStatistics",
            &serde_json::json!({"Namespace": "AWS/EFS", "MetricName": "BurstCreditBalance", "Dimensions": dims, "StartTime": start, "EndTime": end, "Period": 3600, "Statistics": ["SampleCount", "Minimum", "Maximum"]}),
        );
        assert_eq!(status, 200, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        let points = v["Datapoints"].as_array().unwrap();
        if points.len() < hours {
            return Err(format!("{} hours", points.len()));
        }
        for p in points {
            assert_eq!(p["SampleCount"], 60.0, "{p}");
            assert!(p["Minimum"].as_f64().unwrap() <= p["Maximum"].as_f64().unwrap(), "{p}");
        }
        Ok(())
    });
}

#[test]
fn a_clock_jump_leaves_a_point_for_every_minute() {
    let d = Daemon::start();
    let fs = bursting_file_system(&d, "jump");
    record_minutes(&d, &fs, 1);
    let before = now(&d);
    // Three hours in one step: the sampler, ticking once a second, fills in every minute.
    let r = http(&d.url, "POST", efsctl_control::api::paths::CLOCK, r#"{"AdvanceSeconds": 10800}"#);
    assert_eq!(status_of(&r), 200, "{r}");
    let dims = serde_json::json!([{"Name": "FileSystemId", "Value": fs}]);
    crate::support::eventually("a point for every minute of the 3 hours", || {
        let after = now(&d);
        let (status, body) = cw_json(
            &d,
            "GetMetricStatistics",
            &serde_json::json!({"Namespace": "AWS/EFS", "MetricName": "BurstCreditBalance", "Dimensions": dims, "StartTime": before, "EndTime": after, "Period": 60, "Statistics": ["SampleCount"]}),
        );
        assert_eq!(status, 200, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        let mut stamps: Vec<String> =
            v["Datapoints"].as_array().unwrap().iter().map(|p| p["Timestamp"].to_string()).collect();
        stamps.sort();
        stamps.dedup();
        if stamps.len() >= 179 { Ok(()) } else { Err(format!("{} points", stamps.len())) }
    });
}
