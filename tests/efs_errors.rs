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
    let cases: Vec<(&str, &str, String, u16, &str)> = vec![
        ("POST", "/2015-02-01/file-systems", "{".into(), 400, "BadRequest"),
        ("POST", "/2015-02-01/file-systems", "[]".into(), 400, "BadRequest"),
        ("POST", "/2015-02-01/file-systems", r#"{"CreationToken": 5}"#.into(), 400, "BadRequest"),
        ("POST", "/2015-02-01/file-systems", r#"{"CreationToken": "x", "Encrypted": "yes"}"#.into(), 400, "BadRequest"),
        ("POST", "/2015-02-01/file-systems", r#"{"CreationToken": "x", "ThroughputMode": "turbo"}"#.into(), 400, "BadRequest"),
        ("POST", "/2015-02-01/file-systems", r#"{"CreationToken": ""}"#.into(), 400, "BadRequest"),
        ("POST", "/2015-02-01/file-systems", "{}".into(), 400, "BadRequest"),
        ("POST", "/2015-02-01/file-systems", format!("{}{}", "[".repeat(5000), "]".repeat(5000)), 400, "BadRequest"),
        ("POST", "/2015-02-01/file-systems", format!(r#"{{"CreationToken": "{}"}}"#, "x".repeat(100_000)), 400, "BadRequest"),
        ("GET", "/2015-02-01/file-systems?FileSystemId=fs-zz", String::new(), 400, "BadRequest"),
        ("GET", "/2015-02-01/file-systems?FileSystemId=fs-0123456789abcdef0", String::new(), 404, "FileSystemNotFound"),
        ("GET", "/2015-02-01/file-systems?MaxItems=-3", String::new(), 400, "BadRequest"),
        ("GET", "/2015-02-01/file-systems?MaxItems=99999999999999999999999", String::new(), 400, "BadRequest"),
        ("DELETE", "/2015-02-01/mount-targets/fsmt-nope", String::new(), 400, "BadRequest"),
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
    let resp = raw(u, "GET /2015-02-01/file-systems HTTP/1.1\r\nHost: x\r\nAuthorization: AWS4-HMAC-SHA256 Credential=AK/20260101/mars-north-1/elasticfilesystem/aws4_request\r\nConnection: close\r\n\r\n");
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
    let paths = ["/2015-02-01/file-systems", "/2015-02-01/mount-targets", "/2015-02-01/access-points", "/2015-02-01/file-systems/fs-0123456789abcdef0/policy", "/"];
    for i in 0..300 {
        let len = (next() % 400) as usize;
        let junk: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        let path = paths[i % paths.len()];
        let mut req = format!("POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {len}\r\nConnection: close\r\n\r\n").into_bytes();
        req.extend(&junk);
        let resp = raw_bytes(&d.url, &req);
        assert!(status_of(&resp) < 500, "500 for junk on {path}: {resp}");
        // And junk in the request line / headers themselves.
        let mut broken = junk.clone();
        broken.extend(b"\r\n\r\n");
        let _ = raw_bytes(&d.url, &broken);
    }
    let resp = http(&d.url, "GET", "/_efsctl/health", "");
    assert_eq!(status_of(&resp), 200, "{resp}");
}
