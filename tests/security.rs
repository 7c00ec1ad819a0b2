//! Who may use the emulator: signed requests when credentials are configured, local users who
//! may only do what they could do anyway, private data, and no requests a web page could make.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use aws_credential_types::Credentials;
use aws_sdk_efs::config::{BehaviorVersion, Region};
use efsctl_control::api::paths;
use efsctl_control::sigv4::{self, Keys, Payload, Scope};

use crate::support::{BIN, Daemon, MountDir, efsctl, fuse_skip, http, ok, raw, run, status_of};

const KEY: &str = "AKIDEMULATOR";
const SECRET: &str = "emulator-secret";

/// A credentials file with two key pairs, in a directory that outlives the daemon.
fn credentials() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("credentials");
    std::fs::write(
        &file,
        format!("[default]\naws_access_key_id = {KEY}\naws_secret_access_key = {SECRET}\n\n[ci]\naws_access_key_id = AKIDCI\naws_secret_access_key = ci-secret\n"),
    )
    .unwrap();
    (dir, file)
}

fn keys(id: &str, secret: &str) -> Keys {
    Keys { access_key_id: id.into(), secret_access_key: secret.into() }
}

/// One request to each service, as raw HTTP: (service, method, path, content type, body).
const CALLS: [(&str, &str, &str, &str, &str); 4] = [
    ("elasticfilesystem", "GET", "/2015-02-01/file-systems", "application/json", ""),
    ("ec2", "POST", "/", "application/x-www-form-urlencoded", "Action=DescribeVpcs&Version=2016-11-15"),
    ("monitoring", "POST", "/", "application/x-www-form-urlencoded", "Action=ListMetrics&Version=2010-08-01"),
    ("efsctl", "POST", paths::CLOCK, "application/json", "{}"),
];

/// Sends `call` signed with `keys` at `time` (or unsigned), returning the raw response.
fn send(d: &Daemon, call: (&str, &str, &str, &str, &str), keys: Option<&Keys>, time: SystemTime) -> String {
    let (service, method, path, content_type, body) = call;
    let host = d.url.trim_start_matches("http://");
    let date = sigv4::format_amz_date(time);
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: {content_type}\r\nX-Amz-Date: {date}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    if let Some(k) = keys {
        let headers = [("content-type", content_type), ("host", host), ("x-amz-date", date.as_str())];
        let scope = Scope { region: "us-east-1", service, time };
        let sig = sigv4::signature(k, scope, method, path, &headers, Payload::Bytes(body.as_bytes())).unwrap();
        head.push_str(&format!(
            "Authorization: AWS4-HMAC-SHA256 Credential={}/{}/us-east-1/{service}/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature={sig}\r\n",
            k.access_key_id,
            &date[..8]
        ));
    }
    raw(&d.url, &format!("{head}\r\n{body}"))
}

/// The error code of a response, whichever protocol wrote it.
fn code_of(response: &str) -> String {
    let body = response.split("\r\n\r\n").nth(1).unwrap_or_default();
    if let Some(c) = body.split("<Code>").nth(1).and_then(|r| r.split("</Code>").next()) {
        return c.to_string();
    }
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    v["ErrorCode"].as_str().or(v["Code"].as_str()).or(v["__type"].as_str()).unwrap_or_default().to_string()
}

#[test]
fn with_credentials_every_service_checks_signatures() {
    let (_keep, file) = credentials();
    let d = Daemon::start_with(&["--credentials", file.to_str().unwrap()]);
    let now = SystemTime::now();
    let right = keys(KEY, SECRET);
    for call in CALLS {
        let service = call.0;
        assert_eq!(status_of(&send(&d, call, Some(&right), now)), 200, "{service} with the right keys");
        assert_eq!(status_of(&send(&d, call, Some(&keys("AKIDCI", "ci-secret")), now)), 200, "{service}, 2nd pair");
        let refusals = [
            (send(&d, call, Some(&keys(KEY, "wrong")), now), "wrong secret"),
            (send(&d, call, Some(&keys("AKIDNOBODY", SECRET)), now), "unknown key"),
            (send(&d, call, None, now), "no signature"),
            (send(&d, call, Some(&right), now - Duration::from_secs(20 * 60)), "20 minutes old"),
        ];
        let codes: Vec<String> = refusals.iter().map(|(r, _)| code_of(r)).collect();
        for (r, what) in &refusals {
            assert!(matches!(status_of(r), 400 | 401 | 403), "{service}, {what}: {r}");
        }
        let expected: [&str; 4] = match service {
            "elasticfilesystem" | "efsctl" => [
                "InvalidSignatureException",
                "UnrecognizedClientException",
                "MissingAuthenticationTokenException",
                "InvalidSignatureException",
            ],
            "ec2" => ["AuthFailure", "AuthFailure", "MissingAuthenticationToken", "RequestExpired"],
            _ => {
                ["SignatureDoesNotMatch", "InvalidClientTokenId", "MissingAuthenticationToken", "SignatureDoesNotMatch"]
            }
        };
        assert_eq!(codes, expected, "{service}");
    }
    // Signed for another service, or a region the emulator does not serve.
    let r = send(&d, ("ec2", "GET", "/2015-02-01/file-systems", "application/json", ""), Some(&right), now);
    assert_eq!(code_of(&r), "InvalidSignatureException", "{r}");
    // The health check stays open: it is how clients find the daemon.
    assert_eq!(status_of(&http(&d.url, "GET", paths::HEALTH, "")), 200);

    // The Rust SDK: the right keys work, a wrong secret is refused with EFS's code.
    run(async {
        let efs = |id: &str, secret: &str| {
            aws_sdk_efs::Client::from_conf(
                aws_sdk_efs::Config::builder()
                    .behavior_version(BehaviorVersion::latest())
                    .region(Region::new("us-east-1"))
                    .endpoint_url(&d.url)
                    .credentials_provider(Credentials::new(id, secret, None, None, "test"))
                    .build(),
            )
        };
        efs(KEY, SECRET).create_file_system().creation_token("signed").send().await.unwrap();
        let err = efs(KEY, "wrong").describe_file_systems().send().await.unwrap_err();
        assert_eq!(aws_sdk_efs::error::ProvideErrorMetadata::code(&err), Some("InvalidSignatureException"));
    });

    // efsctl signs with the environment's keys (or --profile's); without them it is refused.
    let as_user = |envs: &[(&str, &str)]| {
        let mut c = Command::new(BIN);
        c.env("EFSCTL_CONFIG", d.dir.path().join("none.toml"))
            .env("AWS_CONFIG_FILE", d.dir.path().join("none"))
            .env("AWS_SHARED_CREDENTIALS_FILE", d.dir.path().join("none"))
            .env_remove("AWS_ACCESS_KEY_ID")
            .env_remove("AWS_SECRET_ACCESS_KEY")
            .args(["--endpoint-url", &d.url, "ls", "-o", "json"]);
        for (k, v) in envs {
            c.env(k, v);
        }
        c.output().unwrap()
    };
    let listed = ok(as_user(&[("AWS_ACCESS_KEY_ID", KEY), ("AWS_SECRET_ACCESS_KEY", SECRET)]));
    assert!(listed.contains("signed"), "{listed}");
    let refused = as_user(&[]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("UnrecognizedClient"), "{refused:?}");
    let mut clock = Command::new(BIN);
    clock
        .env("EFSCTL_CONFIG", d.dir.path().join("none.toml"))
        .env("AWS_ACCESS_KEY_ID", KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET)
        .args(["--endpoint-url", &d.url, "emulator", "clock", "--advance", "1h"]);
    ok(clock.output().unwrap());
}

#[test]
fn the_aws_cli_and_boto3_sign_as_the_emulator_checks() {
    let (_keep, file) = credentials();
    let d = Daemon::start_with(&["--credentials", file.to_str().unwrap()]);
    let aws = |secret: &str, args: &[&str]| {
        Command::new("aws")
            .args(["--endpoint-url", &d.url, "--region", "us-east-1", "--output", "json"])
            .args(args)
            .env("AWS_ACCESS_KEY_ID", KEY)
            .env("AWS_SECRET_ACCESS_KEY", secret)
            .env("AWS_CONFIG_FILE", d.dir.path().join("none"))
            .env("AWS_SHARED_CREDENTIALS_FILE", d.dir.path().join("none"))
            .env("AWS_MAX_ATTEMPTS", "1")
            .output()
    };
    match aws(SECRET, &["efs", "create-file-system", "--creation-token", "cli"]) {
        Err(_) => eprintln!("SKIPPED the AWS CLI part: the AWS CLI is not installed (scripts/install.sh installs it)"),
        Ok(out) => {
            assert!(out.status.success(), "{out:?}");
            for args in [&["ec2", "describe-vpcs"][..], &["cloudwatch", "list-metrics"]] {
                assert!(aws(SECRET, args).unwrap().status.success(), "{args:?}");
            }
            let wrong = aws("wrong", &["efs", "describe-file-systems"]).unwrap();
            assert!(String::from_utf8_lossy(&wrong.stderr).contains("InvalidSignatureException"), "{wrong:?}");
            let wrong = aws("wrong", &["ec2", "describe-vpcs"]).unwrap();
            assert!(String::from_utf8_lossy(&wrong.stderr).contains("AuthFailure"), "{wrong:?}");
        }
    }
    let script = format!(
        r#"
import boto3, botocore
def client(service, secret):
    return boto3.client(service, endpoint_url="{url}", region_name="us-east-1",
                        aws_access_key_id="{KEY}", aws_secret_access_key=secret)
client("efs", "{SECRET}").describe_file_systems()
client("ec2", "{SECRET}").describe_vpcs()
client("cloudwatch", "{SECRET}").list_metrics()
try:
    client("cloudwatch", "wrong").list_metrics()
    raise SystemExit("a wrong secret was accepted")
except botocore.exceptions.ClientError as e:
    assert e.response["Error"]["Code"] == "SignatureDoesNotMatch", e.response
print("ok")
"#,
        url = d.url
    );
    match Command::new("python3").args(["-c", &script]).output() {
        Ok(out) if String::from_utf8_lossy(&out.stderr).contains("No module named 'boto3'") => {
            eprintln!("SKIPPED the boto3 part: boto3 is not installed (scripts/install.sh installs it)")
        }
        Ok(out) => assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "ok", "{out:?}"),
        Err(e) => eprintln!("SKIPPED the boto3 part: no python3 ({e})"),
    }
}

#[test]
fn listening_beyond_loopback_needs_credentials() {
    let dir = tempfile::tempdir().unwrap();
    let serve = |extra: &[&str]| {
        let mut c = Command::new(BIN);
        c.args(["emulator", "serve", "--addr", "0.0.0.0:0", "--data-dir"])
            .arg(dir.path())
            .args(extra)
            .env_remove("AWS_ACCESS_KEY_ID")
            .env_remove("AWS_SECRET_ACCESS_KEY");
        c
    };
    let out = serve(&["--allow-remote"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--credentials") && err.contains("--insecure-no-auth"), "{err}");
    let out = serve(&[]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("--allow-remote"), "{out:?}");
    let out = serve(&["--verify-signatures"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    // Explicitly insecure: it starts.
    let mut child = serve(&["--allow-remote", "--insecure-no-auth"]).spawn().unwrap();
    let started = (0..300).any(|_| {
        std::thread::sleep(Duration::from_millis(50));
        dir.path().join("daemon.url").exists()
    });
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(started, "the emulator did not start with --insecure-no-auth");
}

#[test]
fn requests_a_web_page_could_send_are_refused_and_change_nothing() {
    let d = Daemon::start_with(&["--allow-origin", "http://localhost:3000", "--allow-host", "efs"]);
    ok(efsctl(&d, &["create", "kept", "-q"]));
    let host = d.url.trim_start_matches("http://");
    let with = |path: &str, headers: &str| {
        raw(
            &d.url,
            &format!(
                "POST {path} HTTP/1.1\r\n{headers}Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}"
            ),
        )
    };
    for path in [paths::RESET, paths::MOTO_RESET, paths::SHUTDOWN] {
        for headers in [
            format!("Host: {host}\r\nOrigin: http://evil.example\r\n"),
            "Host: evil.example\r\n".to_string(),
            format!("Host: evil.example:{}\r\n", host.rsplit(':').next().unwrap()),
            format!("Host: {host}\r\nSec-Fetch-Site: cross-site\r\n"),
        ] {
            let r = with(path, &headers);
            assert_eq!(status_of(&r), 403, "{path} with {headers:?}: {r}");
        }
    }
    let r = with("/2015-02-01/file-systems", "Host: evil.example\r\n");
    assert_eq!(status_of(&r), 403, "{r}");
    let listed = ok(efsctl(&d, &["ls", "-o", "json"]));
    assert!(listed.contains("kept"), "nothing was reset: {listed}");
    assert_eq!(listed.matches("FileSystemId").count(), 1, "nothing was created: {listed}");
    // What the user allowed passes.
    let clock = format!("GET {} HTTP/1.1\r\nHost: efs:4566\r\nConnection: close\r\n\r\n", paths::CLOCK);
    assert_eq!(status_of(&raw(&d.url, &clock)), 200);
    let clock = format!(
        "GET {} HTTP/1.1\r\nHost: {host}\r\nOrigin: http://localhost:3000\r\nConnection: close\r\n\r\n",
        paths::CLOCK
    );
    assert_eq!(status_of(&raw(&d.url, &clock)), 200);
}

/// Every entry under `dir` whose mode lets group or others in.
fn open_to_others(dir: &Path) -> Vec<String> {
    let mut open = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(p) = pending.pop() {
        let meta = std::fs::symlink_metadata(&p).unwrap();
        if meta.is_dir() {
            pending.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        }
        if !meta.is_symlink() && meta.mode() & 0o077 != 0 {
            open.push(format!("{} {:o}", p.display(), meta.mode() & 0o777));
        }
    }
    open
}

#[test]
fn the_data_dir_is_private_and_an_open_one_is_closed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(dir.path().join("old.txt"), b"from an older version").unwrap();
    std::fs::set_permissions(dir.path().join("old.txt"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let d = Daemon::start_in(dir, &[]);
    ok(efsctl(&d, &["create", "private", "--wait", "-q"]));
    if !fuse_skip("the_data_dir_is_private_and_an_open_one_is_closed (its mount)") {
        let m = MountDir::new();
        ok(efsctl(&d, &["mount", "private", m.s()]));
        std::fs::write(m.path().join("secret"), b"contents").unwrap();
        ok(efsctl(&d, &["umount", m.s()]));
    }
    assert_eq!(open_to_others(d.dir.path()), Vec::<String>::new());

    // The same where efsctl starts the daemon itself (its lock and log come first).
    let fresh = tempfile::tempdir().unwrap();
    let dir = fresh.path().join("data");
    let run = |args: &[&str]| {
        Command::new(BIN)
            .args(args)
            .env("EFSCTL_DATA_DIR", &dir)
            .env("EFSCTL_CONFIG", fresh.path().join("none"))
            .output()
            .unwrap()
    };
    ok(run(&["ls", "-q"]));
    let open = open_to_others(&dir);
    ok(run(&["emulator", "stop"]));
    assert_eq!(open, Vec::<String>::new());
}

/// Runs `curl` as `uid` against the daemon; returns the HTTP status.
fn curl_as(uid: u32, method: &str, url: &str, body: &str) -> u16 {
    let out = Command::new("curl")
        .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", method, "-H", "Content-Type: application/json"])
        .args(["--data-binary", body, url])
        .uid(uid)
        .gid(uid)
        .output()
        .expect("run curl");
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap_or(0)
}

const STRANGER: u32 = 61001;
const OWNER: u32 = 61002;

#[test]
fn another_local_user_cannot_control_mount_or_read_the_emulator() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!(
            "SKIPPED another_local_user_cannot_control_mount_or_read_the_emulator: needs root to act as other users"
        );
        return;
    }
    let d = Daemon::start();
    let fs = ok(efsctl(&d, &["create", "theirs", "--wait", "-q"]));
    let url = |path: &str| format!("{}{path}", d.url);
    let mount_body = |dir: &str| format!(r#"{{"FileSystemId":"{fs}","Directory":"{dir}","Region":"us-east-1"}}"#);
    let m = MountDir::new();
    std::fs::set_permissions(m.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    for (method, path, body) in [
        ("POST", paths::RESET, String::new()),
        ("POST", paths::MOTO_RESET, String::new()),
        ("POST", paths::SHUTDOWN, String::new()),
        ("POST", paths::CLOCK, r#"{"AdvanceSeconds":3600}"#.to_string()),
        ("POST", paths::MOUNTS, mount_body(m.s())),
    ] {
        assert_eq!(curl_as(STRANGER, method, &url(path), &body), 403, "{method} {path} by another user");
    }
    assert_eq!(curl_as(STRANGER, "GET", &url(paths::HEALTH), ""), 200, "reading stays open");
    assert!(ok(efsctl(&d, &["ls", "-o", "json"])).contains(&fs), "nothing was reset or stopped");
    // The data files are out of reach too.
    let state = std::fs::read_dir(d.dir.path()).unwrap().map(|e| e.unwrap().path()).find(|p| p.is_file()).unwrap();
    let read = Command::new("cat").arg(&state).uid(STRANGER).gid(STRANGER).output().unwrap();
    assert!(!read.status.success(), "another user read {}", state.display());

    // The data dir's owner may control it, but mount only where they own the directory.
    std::os::unix::fs::chown(d.dir.path(), Some(OWNER), Some(OWNER)).unwrap();
    assert_eq!(curl_as(OWNER, "POST", &url(paths::MOUNTS), &mount_body(m.s())), 403, "a directory root owns");
    assert_eq!(curl_as(OWNER, "POST", &url(paths::CLOCK), r#"{"AdvanceSeconds":60}"#), 200);
    if fuse_skip("another_local_user_cannot_control_mount_or_read_the_emulator (the owner's mount)") {
        return;
    }
    let own = MountDir::new();
    std::os::unix::fs::chown(own.path(), Some(OWNER), Some(OWNER)).unwrap();
    assert_eq!(curl_as(OWNER, "POST", &url(paths::MOUNTS), &mount_body(own.s())), 200);
    let unmount = format!("{}?Directory={}", url(paths::MOUNTS), own.s());
    assert_eq!(curl_as(STRANGER, "DELETE", &unmount, ""), 403);
    assert_eq!(curl_as(OWNER, "DELETE", &unmount, ""), 200);
}
