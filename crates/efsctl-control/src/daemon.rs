//! Finding, starting and stopping the emulator daemon of a data dir.
//!
//! Files in the data dir: `daemon.lock` (held by the running daemon), `start.lock` (held by a
//! command while it starts one, so two commands never start two), `daemon.url` (the endpoint,
//! written once the daemon listens), `emulator.log`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use crate::api::Health;
use crate::client::{Control, ControlError, Signer};

pub struct Paths {
    dir: PathBuf,
}

impl Paths {
    pub fn new(dir: &Path) -> Self {
        Paths { dir: dir.to_path_buf() }
    }
    pub fn daemon_lock(&self) -> PathBuf {
        self.dir.join("daemon.lock")
    }
    fn start_lock(&self) -> PathBuf {
        self.dir.join("start.lock")
    }
    fn url_file(&self) -> PathBuf {
        self.dir.join("daemon.url")
    }
    pub fn log_file(&self) -> PathBuf {
        self.dir.join("emulator.log")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DaemonError {
    #[error("cannot use data dir {path}: {source}")]
    DataDir { path: PathBuf, source: std::io::Error },
    #[error("cannot start the emulator ({reason}); its log is {log}{tail}")]
    StartFailed { reason: String, log: PathBuf, tail: String },
    #[error(transparent)]
    Control(#[from] ControlError),
    #[error("the emulator at {url} did not stop within 10 s")]
    StopTimeout { url: String },
}

/// Creates the data dir (and missing parents) readable by its owner only, whatever the umask:
/// it holds every file system's data.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

pub fn write_port_file(paths: &Paths, addr: SocketAddr) -> std::io::Result<()> {
    let tmp = paths.dir.join("daemon.url.tmp");
    std::fs::write(&tmp, format!("http://{addr}\n"))?;
    std::fs::rename(tmp, paths.url_file())
}

pub fn remove_port_file(paths: &Paths) {
    let _ = std::fs::remove_file(paths.url_file());
}

/// The endpoint of the daemon serving `dir`, if one is running and healthy.
pub async fn running(dir: &Path) -> Option<(String, Health)> {
    let paths = Paths::new(dir);
    let url = std::fs::read_to_string(paths.url_file()).ok()?.trim().to_string();
    let h = Control::new(&url).health().await?;
    let same_dir = std::fs::canonicalize(&h.data_dir).ok()? == std::fs::canonicalize(dir).ok()?;
    same_dir.then_some((url, h))
}

fn log_tail(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().rev().take(5).collect();
    if lines.is_empty() {
        String::new()
    } else {
        format!("; last lines:\n  {}", lines.into_iter().rev().collect::<Vec<_>>().join("\n  "))
    }
}

/// Options for a daemon started on demand.
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    pub addr: Option<String>,
    pub create_delay: Option<String>,
    pub allow_remote: bool,
    pub allow_hosts: Vec<String>,
    pub allow_origins: Vec<String>,
    pub credentials: Option<PathBuf>,
    pub verify_signatures: bool,
    pub insecure_no_auth: bool,
    pub no_throughput_limits: bool,
}

/// Returns the endpoint of the daemon for `dir`, starting one (detached) if none runs.
pub async fn ensure_running(dir: &Path, options: &StartOptions) -> Result<String, DaemonError> {
    if let Some((url, _)) = running(dir).await {
        return Ok(url);
    }
    let io = |source| DaemonError::DataDir { path: dir.to_path_buf(), source };
    create_private_dir(dir).map_err(io)?;
    let paths = Paths::new(dir);
    use std::os::unix::fs::OpenOptionsExt;
    // Owner-only, whatever the umask, like everything in the data dir.
    let private = || {
        let mut o = std::fs::OpenOptions::new();
        o.mode(0o600);
        o
    };
    let start_lock = private().create(true).truncate(false).write(true).open(paths.start_lock()).map_err(io)?;
    let start_lock = tokio::task::spawn_blocking(move || start_lock.lock().map(|_| start_lock))
        .await
        .map_err(|e| io(std::io::Error::other(e)))?
        .map_err(io)?;
    // Another command may have started it while we waited for the lock.
    if let Some((url, _)) = running(dir).await {
        return Ok(url);
    }
    let log = paths.log_file();
    let log_out = private().create(true).append(true).open(&log).map_err(io)?;
    let log_err = log_out.try_clone().map_err(io)?;
    let exe = std::env::current_exe().map_err(io)?;
    let mut cmd = tokio::process::Command::new(exe);
    cmd.args(["emulator", "serve", "--data-dir"]).arg(dir);
    cmd.args(["--addr", options.addr.as_deref().unwrap_or("127.0.0.1:0")]);
    if let Some(d) = &options.create_delay {
        cmd.args(["--create-delay", d]);
    }
    if options.allow_remote {
        cmd.arg("--allow-remote");
    }
    if let Some(file) = &options.credentials {
        cmd.arg("--credentials").arg(file);
    }
    if options.verify_signatures {
        cmd.arg("--verify-signatures");
    }
    if options.insecure_no_auth {
        cmd.arg("--insecure-no-auth");
    }
    for host in &options.allow_hosts {
        cmd.arg("--allow-host").arg(host);
    }
    for origin in &options.allow_origins {
        cmd.arg("--allow-origin").arg(origin);
    }
    if options.no_throughput_limits {
        cmd.arg("--no-throughput-limits");
    }
    cmd.stdin(Stdio::null()).stdout(log_out).stderr(log_err).process_group(0).kill_on_drop(false);
    let mut child = cmd.spawn().map_err(|e| DaemonError::StartFailed {
        reason: e.to_string(),
        log: log.clone(),
        tail: String::new(),
    })?;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    let result = loop {
        if let Some((url, _)) = running(dir).await {
            break Ok(url);
        }
        if let Ok(Some(status)) = child.try_wait() {
            break Err(DaemonError::StartFailed {
                reason: format!("it exited with {status}"),
                log: log.clone(),
                tail: log_tail(&log),
            });
        }
        if tokio::time::Instant::now() > deadline {
            break Err(DaemonError::StartFailed {
                reason: "it did not answer its health check within 20 s".into(),
                log: log.clone(),
                tail: log_tail(&log),
            });
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    };
    drop(start_lock);
    result
}

/// Asks the daemon of `dir` to stop and waits until it has released the data dir.
/// Returns false when none was running. `signer` signs the request, for a daemon that checks.
pub async fn stop(dir: &Path, signer: Option<Signer>) -> Result<bool, DaemonError> {
    let Some((url, _)) = running(dir).await else { return Ok(false) };
    Control::new(&url).signed(signer).shutdown().await?;
    let paths = Paths::new(dir);
    for _ in 0..400 {
        let free = std::fs::OpenOptions::new()
            .write(true)
            .open(paths.daemon_lock())
            .map(|f| f.try_lock().is_ok())
            .unwrap_or(true);
        if free {
            return Ok(true);
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    Err(DaemonError::StopTimeout { url })
}
