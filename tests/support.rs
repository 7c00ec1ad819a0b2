//! A real emulator daemon per test: `efsctl emulator serve` on an ephemeral port with its own
//! temporary data dir, and SDK clients pointed at it.

use std::ffi::CString;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use aws_credential_types::Credentials;
use aws_sdk_efs::config::{BehaviorVersion, Region};

pub const BIN: &str = env!("CARGO_BIN_EXE_efsctl");

pub struct Daemon {
    pub dir: tempfile::TempDir,
    pub url: String,
    child: Option<Child>,
    extra: Vec<String>,
}

impl Daemon {
    pub fn start() -> Self {
        Self::start_with(&[])
    }

    pub fn start_with(extra: &[&str]) -> Self {
        Self::start_in(tempfile::tempdir().expect("temp dir"), extra)
    }

    /// A daemon on data dir `dir`, which may already hold something.
    pub fn start_in(dir: tempfile::TempDir, extra: &[&str]) -> Self {
        let mut d =
            Daemon { dir, url: String::new(), child: None, extra: extra.iter().map(|s| s.to_string()).collect() };
        d.spawn();
        d
    }

    fn spawn(&mut self) {
        let url_file = self.dir.path().join("daemon.url");
        let _ = std::fs::remove_file(&url_file);
        let child = Command::new(BIN)
            .args(["emulator", "serve", "--addr", "127.0.0.1:0", "--data-dir"])
            .arg(self.dir.path())
            .args(&self.extra)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn efsctl emulator serve");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(url) = std::fs::read_to_string(&url_file) {
                self.url = url.trim().to_string();
                if status_of(&http(&self.url, "GET", efsctl_control::api::paths::HEALTH, "")) == 200 {
                    return;
                }
            }
            assert!(
                Instant::now() < deadline,
                "emulator did not start; log:\n{}",
                std::fs::read_to_string(self.dir.path().join("emulator.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// SIGKILLs the daemon (no chance to flush anything) and starts a new one on the same data dir.
    pub fn kill_and_restart(&mut self) {
        self.kill();
        self.spawn();
    }

    /// SIGKILLs the daemon and leaves it down.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            c.kill().expect("kill");
            c.wait().expect("wait");
        }
    }

    /// Names of the daemon's threads.
    pub fn thread_names(&self) -> Vec<String> {
        let pid = self.child.as_ref().expect("daemon running").id();
        let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).expect("daemon's threads");
        tasks
            .filter_map(|t| std::fs::read_to_string(t.ok()?.path().join("comm")).ok())
            .map(|n| n.trim().to_string())
            .collect()
    }

    pub fn efs(&self) -> aws_sdk_efs::Client {
        self.efs_in("us-east-1")
    }

    pub fn efs_in(&self, region: &str) -> aws_sdk_efs::Client {
        let conf = aws_sdk_efs::Config::builder()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new(region.to_string()))
            .endpoint_url(&self.url)
            .credentials_provider(Credentials::new("test", "test", None, None, "test"))
            .build();
        aws_sdk_efs::Client::from_conf(conf)
    }

    pub fn ec2(&self) -> aws_sdk_ec2::Client {
        self.ec2_in("us-east-1")
    }

    pub fn ec2_in(&self, region: &str) -> aws_sdk_ec2::Client {
        let conf = aws_sdk_ec2::Config::builder()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new(region.to_string()))
            .endpoint_url(&self.url)
            .credentials_provider(Credentials::new("test", "test", None, None, "test"))
            .build();
        aws_sdk_ec2::Client::from_conf(conf)
    }

    pub fn cloudwatch(&self) -> aws_sdk_cloudwatch::Client {
        self.cloudwatch_in("us-east-1")
    }

    pub fn cloudwatch_in(&self, region: &str) -> aws_sdk_cloudwatch::Client {
        let conf = aws_sdk_cloudwatch::Config::builder()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new(region.to_string()))
            .endpoint_url(&self.url)
            .credentials_provider(Credentials::new("test", "test", None, None, "test"))
            .build();
        aws_sdk_cloudwatch::Client::from_conf(conf)
    }

    /// The emulator's virtual time, epoch seconds.
    pub fn now(&self) -> f64 {
        let r = http(&self.url, "GET", efsctl_control::api::paths::CLOCK, "");
        let body = r.split("\r\n\r\n").nth(1).unwrap_or_default();
        serde_json::from_str::<serde_json::Value>(body)
            .ok()
            .and_then(|v| v["Now"].as_f64())
            .unwrap_or_else(|| panic!("no clock in {r}"))
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Sends raw bytes to the server and returns the whole response as text.
pub fn raw(url: &str, request: &str) -> String {
    raw_bytes(url, request.as_bytes())
}

pub fn raw_bytes(url: &str, request: &[u8]) -> String {
    let addr = url.trim_start_matches("http://");
    let Ok(mut s) = TcpStream::connect(addr) else { return String::new() };
    s.set_read_timeout(Some(Duration::from_secs(10))).ok();
    let _ = s.write_all(request);
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// A JSON request with a body, as raw HTTP.
pub fn http(url: &str, method: &str, path: &str, body: &str) -> String {
    raw(
        url,
        &format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    )
}

/// `s` percent-encoded for a URI path or query (RFC 3986 unreserved characters kept).
pub fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

pub fn status_of(response: &str) -> u16 {
    response.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0)
}

/// Asks `check` every 100 ms until it gives a value, for what the daemon does in the
/// background (its once-a-second sampler): no fixed sleep that a loaded machine outruns.
/// Panics with the last answer after 60 s.
pub fn eventually<T>(what: &str, mut check: impl FnMut() -> Result<T, String>) -> T {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        match check() {
            Ok(v) => return v,
            Err(last) if Instant::now() > deadline => panic!("{what}: still not so after 60 s: {last}"),
            Err(_) => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}

/// Moves the virtual clock a minute on and waits until the sampler has recorded the minute that
/// ended (a BurstCreditBalance point of file system `fs` for it): no fixed sleep to outrun.
pub fn next_minute_recorded(d: &Daemon, fs: &str) {
    let r = http(&d.url, "POST", efsctl_control::api::paths::CLOCK, r#"{"AdvanceSeconds": 60}"#);
    assert_eq!(status_of(&r), 200, "{r}");
    let ended = (d.now() / 60.0).floor() * 60.0 - 60.0;
    let query = serde_json::json!({
        "Namespace": "AWS/EFS", "MetricName": "BurstCreditBalance", "Period": 60, "Statistics": ["Maximum"],
        "Dimensions": [{"Name": "FileSystemId", "Value": fs}], "StartTime": ended, "EndTime": ended + 60.0,
    })
    .to_string();
    eventually("the sampler records the minute", || {
        let resp = raw(
            &d.url,
            &format!(
                "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: GraniteServiceVersion20100801.GetMetricStatistics\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{query}",
                query.len()
            ),
        );
        let body: serde_json::Value =
            serde_json::from_str(resp.split("\r\n\r\n").nth(1).unwrap_or_default()).unwrap_or_default();
        let points = body["Datapoints"].as_array().map_or(0, Vec::len);
        if points > 0 { Ok(()) } else { Err(format!("no point for {ended} yet: {resp}")) }
    });
}

/// Runs an async test body on a fresh runtime (the SDK needs Tokio).
pub fn run<F: std::future::Future<Output = ()>>(f: F) {
    run_value(f)
}

/// Runs an async block on a fresh runtime and returns its value.
pub fn run_value<T, F: std::future::Future<Output = T>>(f: F) -> T {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime").block_on(f)
}

/// Why FUSE mounts cannot run here, if they cannot.
pub fn fuse_unusable() -> Option<String> {
    if std::fs::OpenOptions::new().read(true).write(true).open("/dev/fuse").is_err() {
        return Some("/dev/fuse cannot be opened".into());
    }
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    let helper =
        ["/usr/bin/fusermount3", "/bin/fusermount3", "/usr/bin/fusermount"].iter().any(|p| Path::new(p).exists());
    (!root && !helper).then(|| "not root and no fusermount3 (apt-get install fuse3)".into())
}

/// `true` (after printing why) when the test `name` must skip for want of FUSE. Where
/// `EFSCTL_REQUIRE_FUSE` is set (scripts/test.sh sets it when /dev/fuse opens), it fails
/// instead; each call is noted in `EFSCTL_FUSE_REPORT`, which scripts/test.sh counts.
pub fn fuse_skip(name: &str) -> bool {
    let why = fuse_unusable();
    if let Ok(report) = std::env::var("EFSCTL_FUSE_REPORT") {
        let line = match &why {
            Some(why) => format!("skipped {name}: {why}\n"),
            None => format!("ran {name}\n"),
        };
        let appended =
            std::fs::OpenOptions::new().append(true).open(report).and_then(|mut f| f.write_all(line.as_bytes()));
        if let Err(e) = appended {
            eprintln!("cannot note {name} in EFSCTL_FUSE_REPORT: {e}");
        }
    }
    match why {
        Some(why) if std::env::var_os("EFSCTL_REQUIRE_FUSE").is_some() => {
            panic!("{name} cannot mount here ({why}), though /dev/fuse opens (EFSCTL_REQUIRE_FUSE)")
        }
        Some(why) => {
            eprintln!("SKIPPED {name}: {why}");
            true
        }
        None => false,
    }
}

/// `true` where the kernel has FUSE over io_uring and the daemon may turn it on (root).
pub fn io_uring_offered() -> bool {
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    root && Path::new("/sys/module/fuse/parameters/enable_uring").exists()
}

/// The kernel read-ahead of the mount on `dir` (KiB), where this user may set it (root).
pub fn read_ahead_kb(dir: &Path) -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return None;
    }
    let dev = std::fs::metadata(dir).expect("stat mount").dev();
    let knob = format!("/sys/class/bdi/{}:{}/read_ahead_kb", libc::major(dev), libc::minor(dev));
    Some(std::fs::read_to_string(knob).expect("read_ahead_kb").trim().parse().expect("a number"))
}

pub fn efsctl(d: &Daemon, args: &[&str]) -> Output {
    Command::new(BIN)
        .env("EFSCTL_DATA_DIR", d.dir.path())
        .env("EFSCTL_CONFIG", d.dir.path().join("none.toml"))
        .env_remove("EFSCTL_BACKEND")
        .env_remove("EFSCTL_ENDPOINT_URL")
        .args(args)
        .output()
        .expect("run efsctl")
}

pub fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}: {}{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Creates file system `name` (with `options`, such as a throughput mode), waits until it is
/// available and mounts it on `m`; returns its id.
pub fn create_and_mount(d: &Daemon, name: &str, options: &[&str], m: &MountDir) -> String {
    let fs = ok(efsctl(d, &[&["create", name], options, &["--wait", "-q"]].concat()));
    ok(efsctl(d, &["mount", name, m.s()]));
    fs
}

/// Creates an access point of file system `fs` (id or Name) with `args`; its id.
pub fn access_point(d: &Daemon, fs: &str, args: &[&str]) -> String {
    ok(efsctl(d, &[&["access-point", "create", fs], args, &["-q"]].concat())).trim().to_string()
}

/// Creates file system `name` and mounts it on `m` for every local user (`--allow-other`),
/// for tests that act as other users on the mount.
pub fn create_and_mount_for_all(d: &Daemon, name: &str, m: &MountDir) {
    ok(efsctl(d, &["create", name, "--wait", "-q"]));
    ok(efsctl(d, &["mount", name, m.s(), "--allow-other"]));
}

/// Creates file system `name` and mounts it twice, as two clients in different zones would.
pub fn create_and_mount_twice(d: &Daemon, name: &str) -> (MountDir, MountDir) {
    let (a, b) = (MountDir::new(), MountDir::new());
    create_and_mount(d, name, &[], &a);
    ok(efsctl(d, &["mount", name, b.s(), "--az", "us-east-1b"]));
    (a, b)
}

/// A mount directory that is lazily unmounted when the test ends, whatever happened.
pub struct MountDir(tempfile::TempDir);

impl MountDir {
    pub fn new() -> Self {
        MountDir(tempfile::tempdir().unwrap())
    }
    pub fn path(&self) -> &Path {
        self.0.path()
    }
    pub fn s(&self) -> &str {
        self.0.path().to_str().unwrap()
    }
}

impl Drop for MountDir {
    fn drop(&mut self) {
        let c = CString::new(self.s()).unwrap();
        // SAFETY: a valid NUL-terminated path; the result is irrelevant during cleanup.
        unsafe { libc::umount2(c.as_ptr(), libc::MNT_DETACH) };
    }
}

/// A shell loop in its own process group (a load on a mount), killed with its children on drop.
pub struct Writer(std::process::Child);

impl Writer {
    pub fn start(script: &str) -> Writer {
        use std::os::unix::process::CommandExt;
        Writer(Command::new("sh").args(["-c", script]).process_group(0).spawn().expect("spawn sh"))
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        // SAFETY: signalling the process group this test created.
        unsafe { libc::kill(-(self.0.id() as i32), libc::SIGKILL) };
        let _ = self.0.wait();
    }
}
