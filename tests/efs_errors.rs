//! Bad input over raw HTTP: AWS's error codes and statuses, never a 500, and the daemon stays up.

use crate::support::{Daemon, http, raw, raw_bytes, status_of};

fn header<'a>(resp: &'a str, name: &str) -> Option<&'a str> {
    resp.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

#[test]
fn malformed_requests_get_aws_errors() {
    let d = Daemon::start();
    let u = &d.url;
    let long_token = format!("/2015-02-01/file-systems?CreationToken={}", "t".repeat(65));
    let cases: Vec<(&str, &str, String, u16, &str)> = vec![
        ("POST", "/2015-02-01/file-systems", "{".into(), 400, "BadRequest"),
        ("POST", "/2015-02-01/file-systems", "[]".into(), 400, "BadRequest"),
        ("POST", "/2015-02-01/file-systems", r#"{"CreationToken": 5}"#.into(), 400, "BadRequest"),
        ("POST", "/2015-02-01/file-systems", r#"{"CreationToken": "x", "Encrypted": "yes"}"#.into(), 400, "BadRequest"),
        ("POST", "/2015-02-01/file-systems", r#"{"CreationToken": "x", "ThroughputMode": "turbo"}"#.into(), 400, "ValidationException"),
        ("POST", "/2015-02-01/file-systems", r#"{"CreationToken": ""}"#.into(), 400, "ValidationException"),
        ("POST", "/2015-02-01/file-systems", "{}".into(), 400, "ValidationException"),
        ("POST", "/2015-02-01/file-systems", format!("{}{}", "[".repeat(5000), "]".repeat(5000)), 400, "BadRequest"),
        ("POST", "/2015-02-01/file-systems", format!(r#"{{"CreationToken": "{}"}}"#, "x".repeat(100_000)), 400, "ValidationException"),
        ("POST", "/2015-02-01/file-systems", r#"{"CreationToken": "k", "Encrypted": true, "KmsKeyId": "arn:aws:kms:zz"}"#.into(), 400, "ValidationException"),
        ("POST", "/2015-02-01/file-systems", r#"{"CreationToken": "k", "KmsKeyId": "arn:aws:kms:eu-west-1:123456789012:key/0b6ef1a8-9d3c-4c1e-8b0a-2f2e5f0c1a11"}"#.into(), 400, "BadRequest"),
        ("GET", &long_token, String::new(), 400, "ValidationException"),
        ("GET", "/2015-02-01/file-systems?FileSystemId=fs-zz", String::new(), 400, "ValidationException"),
        ("GET", "/2015-02-01/file-systems?FileSystemId=fs-0123456789abcdef0", String::new(), 404, "FileSystemNotFound"),
        ("GET", "/2015-02-01/file-systems?MaxItems=-3", String::new(), 400, "ValidationException"),
        ("GET", "/2015-02-01/file-systems?MaxItems=99999999999999999999999", String::new(), 400, "BadRequest"),
        ("DELETE", "/2015-02-01/mount-targets/fsmt-nope", String::new(), 400, "ValidationException"),
        ("DELETE", "/2015-02-01/mount-targets/fsmt-0123456789abcdef0", String::new(), 404, "MountTargetNotFound"),
        ("GET", "/2015-02-01/file-systems/fs-0123456789abcdef0/policy", String::new(), 404, "FileSystemNotFound"),
        ("PATCH", "/2015-02-01/file-systems", String::new(), 404, "UnknownOperationException"),
        ("GET", "/2015-02-01/%ff%fe/x", String::new(), 404, "UnknownOperationException"),
        ("GET", "/nothing-here", String::new(), 404, "UnknownOperationException"),
    ];
    for (method, path, body, status, code) in cases {
        let resp = http(u, method, path, &body);
        assert_eq!(status_of(&resp), status, "{method} {path}: {resp}");
        assert!(resp.contains(code), "{method} {path}: expected {code} in {resp}");
        if path.starts_with("/2015") {
            assert_eq!(header(&resp, "x-amzn-errortype"), Some(code), "{resp}");
        }
    }
    // Oversized bodies are refused before parsing.
    let huge = "x".repeat(2 << 20);
    assert_eq!(status_of(&http(u, "POST", "/2015-02-01/file-systems", &huge)), 413);
    // Unknown region in the signature.
    let resp = raw(
        u,
        "GET /2015-02-01/file-systems HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: AWS4-HMAC-SHA256 Credential=AK/20260101/mars-north-1/elasticfilesystem/aws4_request\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status_of(&resp), 400, "{resp}");
    // Still healthy, and nothing was created.
    let list = http(u, "GET", "/2015-02-01/file-systems", "");
    assert!(list.contains(r#""FileSystems":[]"#), "{list}");
}

#[test]
fn junk_bytes_never_crash_the_daemon() {
    let d = Daemon::start();
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let paths = [
        "/2015-02-01/file-systems",
        "/2015-02-01/mount-targets",
        "/2015-02-01/access-points",
        "/2015-02-01/file-systems/fs-0123456789abcdef0/policy",
        "/",
    ];
    for i in 0..300 {
        let len = (next() % 400) as usize;
        let junk: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        let path = paths[i % paths.len()];
        let mut req = format!("POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {len}\r\nConnection: close\r\n\r\n").into_bytes();
        req.extend(&junk);
        let resp = raw_bytes(&d.url, &req);
        assert!(status_of(&resp) < 500, "500 for junk on {path}: {resp}");
        // And junk in the request line / headers themselves.
        let mut broken = junk.clone();
        broken.extend(b"\r\n\r\n");
        let _ = raw_bytes(&d.url, &broken);
    }
    let resp = http(&d.url, "GET", efsctl_control::api::paths::HEALTH, "");
    assert_eq!(status_of(&resp), 200, "{resp}");
}

#[test]
fn transport_limits_and_hostile_inputs_get_errors_not_crashes() {
    let d = Daemon::start();
    let u = &d.url;
    let form = |body: &str| {
        raw(
            u,
            &format!(
                "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            ),
        )
    };
    // Parameter names nested deeper than any CloudWatch operation takes (this overflowed the
    // stack and took the daemon down).
    let resp = form(&format!("Action=ListMetrics&Version=2010-08-01&{}=1", vec!["a"; 4000].join(".")));
    assert_eq!(status_of(&resp), 200, "{resp}");
    // A declared length over the limit is refused before the body arrives; broken chunks are a
    // bad request, not a too-large one.
    let resp = raw(
        u,
        "POST /2015-02-01/file-systems HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 9223372036854775807\r\nConnection: close\r\n\r\nabc",
    );
    assert_eq!((status_of(&resp), header(&resp, "x-amzn-errortype")), (413, Some("RequestEntityTooLarge")), "{resp}");
    // A client that sends a whole 16 MiB body before reading reads the 413 (the body is drained,
    // not cut off with a broken pipe), on every endpoint; declared or chunked.
    let big = vec![b'x'; 16 << 20];
    for path in [
        "/2015-02-01/file-systems",
        "/",
        "/service/GraniteServiceVersion20100801/operation/ListMetrics",
        efsctl_control::api::paths::CLOCK,
    ] {
        for chunked in [false, true] {
            let mut req = format!("POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n").into_bytes();
            if chunked {
                req.extend(format!("Transfer-Encoding: chunked\r\n\r\n{:x}\r\n", big.len()).as_bytes());
                req.extend(&big);
                req.extend(b"\r\n0\r\n\r\n");
            } else {
                req.extend(format!("Content-Length: {}\r\n\r\n", big.len()).as_bytes());
                req.extend(&big);
            }
            let mut stream = std::net::TcpStream::connect(u.trim_start_matches("http://")).unwrap();
            stream.set_read_timeout(Some(std::time::Duration::from_secs(10))).unwrap();
            use std::io::{Read, Write};
            stream.write_all(&req).unwrap_or_else(|e| panic!("{path}, chunked {chunked}: sending the body: {e}"));
            let mut resp = String::new();
            let _ = stream.read_to_string(&mut resp);
            assert_eq!(status_of(&resp), 413, "{path}, chunked {chunked}: {}", &resp[..resp.len().min(300)]);
        }
    }
    let resp = raw(
        u,
        "POST /2015-02-01/file-systems HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
    );
    assert_eq!(status_of(&resp), 400, "{resp}");
    // Undecodable CBOR and JSON bodies get a SerializationException in their own protocol.
    let mut cbor = b"POST /service/GraniteServiceVersion20100801/operation/ListMetrics HTTP/1.1\r\nHost: 127.0.0.1\r\nsmithy-protocol: rpc-v2-cbor\r\nContent-Length: 3\r\nConnection: close\r\n\r\n".to_vec();
    cbor.extend(b"\xff\xfe\x00");
    let resp = raw_bytes(u, &cbor);
    assert_eq!((status_of(&resp), header(&resp, "content-type")), (400, Some("application/cbor")), "{resp}");
    assert!(resp.contains("SerializationException"), "{resp}");
    let resp = raw(
        u,
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: GraniteServiceVersion20100801.ListMetrics\r\nContent-Length: 3\r\nConnection: close\r\n\r\n[[[",
    );
    assert_eq!((status_of(&resp), header(&resp, "content-type")), (400, Some("application/x-amz-json-1.0")), "{resp}");
    // A form without an Action, and a DryRun that is not a boolean, in EC2's XML.
    let resp = form("Acti%C3n=DescribeVpcs");
    assert!(status_of(&resp) == 400 && resp.contains("<Code>MissingAction</Code>"), "{resp}");
    let resp = form("Action=CreateVpc&CidrBlock=10.9.0.0/16&DryRun=maybe");
    assert!(status_of(&resp) == 400 && resp.contains("DryRun"), "{resp}");
    assert!(!form("Action=DescribeVpcs").contains("10.9.0.0/16"), "nothing was created");
    // Security groups: EC2's characters and rule quota; tags take any characters on EC2.
    assert!(
        form("Action=CreateSecurityGroup&GroupName=odd&GroupDescription=d%C3%A9j%C3%A0")
            .contains("<Code>InvalidParameterValue</Code>")
    );
    let created = form("Action=CreateSecurityGroup&GroupName=limits&GroupDescription=quota%20test");
    let sg = created.split("<groupId>").nth(1).and_then(|r| r.split('<').next()).expect("group created").to_string();
    let rules = |n: usize, description: &str| -> String {
        let perms: String = (1..=n).map(|i| format!("&IpPermissions.{i}.IpProtocol=tcp&IpPermissions.{i}.FromPort={i}&IpPermissions.{i}.ToPort={i}&IpPermissions.{i}.IpRanges.1.CidrIp=10.0.0.0/8&IpPermissions.{i}.IpRanges.1.Description={description}")).collect();
        form(&format!("Action=AuthorizeSecurityGroupIngress&GroupId={sg}{perms}"))
    };
    assert!(rules(1, &"d".repeat(256)).contains("<Code>InvalidParameterValue</Code>"));
    assert!(rules(61, "nfs").contains("<Code>RulesPerSecurityGroupLimitExceeded</Code>"));
    assert_eq!(status_of(&rules(60, "nfs")), 200);
    assert_eq!(
        status_of(&form(&format!("Action=CreateTags&ResourceId.1={sg}&Tag.1.Key=k%21%23%25&Tag.1.Value=v"))),
        200
    );
    // EFS fields the fuzzer found unchecked.
    let created = http(u, "POST", "/2015-02-01/file-systems", r#"{"CreationToken": "fuzzed"}"#);
    let id =
        created.split("\"FileSystemId\":\"").nth(1).and_then(|r| r.split('"').next()).expect("created").to_string();
    let resp = http(u, "DELETE", &format!("/2015-02-01/resource-tags/{id}?tagKeys={}", "k".repeat(129)), "");
    assert_eq!(status_of(&resp), 400, "{resp}");
    let resp = http(
        u,
        "GET",
        &format!(
            "/2015-02-01/file-systems?FileSystemId=arn:aws:elasticfilesystem:eu-west-1:999999999999:file-system/{id}"
        ),
        "",
    );
    assert_eq!(status_of(&resp), 404, "an ARN of another region and account names nothing here: {resp}");
    let resp = http(
        u,
        "POST",
        "/2015-02-01/access-points",
        &format!(r#"{{"ClientToken": "t", "FileSystemId": "{id}", "RootDirectory": {{"Path": "/a\tb"}}}}"#),
    );
    assert_eq!(status_of(&resp), 400, "{resp}");
    let resp = http(
        u,
        "POST",
        &format!("/2015-02-01/file-systems/{id}/replication-configuration"),
        r#"{"Destinations": [{"Region": "us-west-2", "KmsKeyId": "!!"}]}"#,
    );
    assert_eq!(status_of(&resp), 400, "{resp}");
    // The clock cannot be pushed past what timestamps can carry (it became null, and the
    // data dir could not be opened again).
    let resp = http(u, "POST", efsctl_control::api::paths::CLOCK, r#"{"AdvanceSeconds": 1e308}"#);
    assert_eq!(status_of(&resp), 400, "{resp}");
    let resp = http(u, "GET", efsctl_control::api::paths::CLOCK, "");
    assert!(status_of(&resp) == 200 && !resp.contains("null"), "{resp}");
    assert_eq!(status_of(&http(u, "GET", efsctl_control::api::paths::HEALTH, "")), 200);
}
