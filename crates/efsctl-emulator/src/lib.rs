//! The local emulator daemon: one HTTP port serving the EFS REST-JSON API, the EC2 Query
//! subset and emulator-only control endpoints, over state kept by `store`.
//!
//! Routing: `/_efsctl/…` and `/moto-api/reset` (control), then the `/2015-02-01` prefix (EFS),
//! then a form `Action` (EC2). Handlers are synchronous and never hold a lock across an await.

mod access;
mod auth;
mod cloudwatch;
mod control;
mod db;
mod ec2;
mod efs;
mod faults;
mod http;
pub mod metrics;
mod mountpoint;
pub mod mounts;
mod paging;
pub mod records;
pub mod store;
mod tiering;
mod validation;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};

use efsctl_control::api::paths;
use efsctl_control::daemon;
use efsctl_core::clock::{Clock, VirtualClock, VirtualTime};

use store::Store;

pub use access::BrowserRules;
pub use auth::Credentials;
pub use http::MAX_BODY_BYTES;
/// Seconds between refreshes of `SizeInBytes` from the stored data.
const SIZE_REFRESH_TICKS: u64 = 5;

#[derive(Debug, Clone)]
pub struct EmulatorConfig {
    pub data_dir: PathBuf,
    pub addr: SocketAddr,
    /// How long new resources stay `creating` (and deleted ones `deleting`).
    pub create_delay: Duration,
    pub allow_remote: bool,
    /// Host names and web origins accepted besides loopback ones.
    pub browser: access::BrowserRules,
    /// Keys requests must be signed with; `None`: signatures are not checked.
    pub credentials: Option<Credentials>,
    /// Listen beyond loopback without credentials (the user said so explicitly).
    pub insecure_no_auth: bool,
    /// `false`: the throughput model meters and spends credits but never delays I/O.
    pub throughput_limits: bool,
}

pub struct Emulator {
    pub store: Store,
    pub data: mounts::DataPlane,
    pub metrics: metrics::MetricsStore,
    pub clock: Arc<VirtualClock>,
    pub config: EmulatorConfig,
    shutdown: tokio::sync::Notify,
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(
        "refusing to listen on {0}: the emulator binds loopback only; pass --allow-remote (with --credentials FILE, whose keys requests must be signed with) to listen on other interfaces"
    )]
    NotLoopback(SocketAddr),
    #[error(
        "refusing to listen on {0} without credentials: anyone who reaches it could change or reset the emulator; give --credentials FILE (AWS credentials-file format) or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or pass --insecure-no-auth to accept unsigned requests anyway"
    )]
    NoCredentials(SocketAddr),
    #[error("another emulator is already serving {0} (see `efsctl emulator status`)")]
    AlreadyRunning(PathBuf),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("cannot use data dir {path}: {source}{}", disk_full_advice(source.raw_os_error() == Some(libc::ENOSPC)))]
    DataDir { path: PathBuf, source: std::io::Error },
    #[error("cannot open the emulator state in {path}: {source}{}", disk_full_advice(source.is_disk_full()))]
    State { path: PathBuf, source: db::DbError },
    #[error("cannot open the metrics store in {path}: {source}")]
    Metrics { path: PathBuf, source: rusqlite::Error },
}

/// What to do when the disk holding the data dir is full (a file system's data fills it).
fn disk_full_advice(full: bool) -> &'static str {
    if full {
        "; the disk is full: free some space on it (`df -h` shows how much), then start the emulator again (what it acknowledged is kept)"
    } else {
        ""
    }
}

/// The parts of a request the API handlers read.
pub struct RequestParts {
    pub method: Method,
    pub query: Vec<(String, String)>,
    pub body: Bytes,
}

/// The region a request is signed for, from the SigV4 credential scope
/// (`Credential=AKID/DATE/REGION/SERVICE/aws4_request`).
fn signed_region(headers: &HeaderMap) -> Option<&str> {
    let auth = headers.get("authorization")?.to_str().ok()?;
    let scope = auth.split("Credential=").nth(1)?;
    scope.split('/').nth(2).filter(|r| !r.is_empty())
}

/// The service a request is signed for (`…/REGION/SERVICE/aws4_request`).
fn signed_service(headers: &HeaderMap) -> Option<&str> {
    let auth = headers.get("authorization")?.to_str().ok()?;
    auth.split("Credential=").nth(1)?.split('/').nth(3)
}

/// The APIs the daemon serves, each answering errors in its own protocol.
#[derive(Debug, Clone, Copy)]
enum Api {
    Efs,
    Ec2,
    CloudWatch(cloudwatch::Protocol),
    Control,
}

/// The answer to a request whose signature is refused, when signatures are checked.
fn unsigned(emu: &Emulator, api: Api, parts: &axum::http::request::Parts, body: &[u8]) -> Option<Response> {
    let credentials = emu.config.credentials.as_ref()?;
    let service = match api {
        Api::Efs => auth::Service::Efs,
        Api::Ec2 => auth::Service::Ec2,
        Api::CloudWatch(_) => auth::Service::CloudWatch,
        Api::Control => auth::Service::Control,
    };
    let failure = auth::verify(credentials, service, parts, body, std::time::SystemTime::now()).err()?;
    let (code, status, message) = failure.answer(service);
    tracing::info!(service = service.signing_name(), code, "request refused: {message}");
    Some(refused(api, code, StatusCode::from_u16(status).unwrap_or(StatusCode::FORBIDDEN), message))
}

/// The answer to a call a throttling fault turns away, in its API's protocol and code.
fn throttled(emu: &Emulator, api: Api) -> Option<Response> {
    let (service, code, status) = match api {
        Api::Efs => ("efs", "ThrottlingException", StatusCode::TOO_MANY_REQUESTS),
        Api::Ec2 => ("ec2", "RequestLimitExceeded", StatusCode::SERVICE_UNAVAILABLE),
        Api::CloudWatch(_) => ("cloudwatch", "Throttling", StatusCode::BAD_REQUEST),
        Api::Control => return None,
    };
    emu.data.faults.throttled(service).then(|| {
        refused(api, code, status, "Rate exceeded (an injected throttling fault: `efsctl emulator fault ls`)".into())
    })
}

/// A request refused before its handler (a signature check, a throttling fault), answered in
/// its API's protocol with `code` and `status`.
fn refused(api: Api, code: &'static str, status: StatusCode, message: String) -> Response {
    match api {
        Api::Efs => efs::EfsError::new(efs::Code::Refused(code, status), message).into_response(),
        Api::Ec2 => ec2::Ec2Error::with_status(code, message, status).into_response(),
        Api::CloudWatch(protocol) => cloudwatch::refused(protocol, code, status, message),
        Api::Control => control::unauthenticated(code, status, message),
    }
}

fn json(status: StatusCode, body: serde_json::Value) -> Response {
    (status, [("content-type", "application/json")], body.to_string()).into_response()
}

async fn dispatch(State(emu): State<Arc<Emulator>>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    if let Some(reason) = emu.config.browser.refusal(&parts.headers) {
        return http::error(StatusCode::FORBIDDEN, "AccessDeniedException", reason);
    }
    let body = match http::read_body(&parts.headers, body).await {
        Ok(b) => b,
        Err(refused) => return refused,
    };
    let path = parts.uri.path().to_string();
    let query: Vec<(String, String)> =
        form_urlencoded::parse(parts.uri.query().unwrap_or_default().as_bytes()).into_owned().collect();
    let region = signed_region(&parts.headers).unwrap_or("us-east-1").to_string();
    let req = RequestParts { method: parts.method.clone(), query, body };
    let check = |api| unsigned(&emu, api, &parts, &req.body).or_else(|| throttled(&emu, api));

    if path.starts_with(paths::PREFIX) || path == paths::MOTO_RESET {
        // The health check stays open: it is how clients find the daemon.
        if path != paths::HEALTH
            && let Some(refused) = check(Api::Control)
        {
            return refused;
        }
        let connection = parts.extensions.get::<access::Connection>();
        return control::handle(&emu, connection, &req.method, &path, parts.uri.query().unwrap_or_default(), &req.body);
    }
    if let Some(op) = path.strip_prefix(cloudwatch::CBOR_PATH_PREFIX) {
        if let Some(refused) = check(Api::CloudWatch(cloudwatch::Protocol::Cbor)) {
            return refused;
        }
        let mut rest = &req.body[..];
        let input = if rest.is_empty() {
            Ok(serde_json::json!({}))
        } else {
            match ciborium::from_reader::<ciborium::Value, _>(&mut rest) {
                Ok(_) if !rest.is_empty() => Err(format!("{} bytes follow the request's CBOR item", rest.len())),
                Ok(v) => Ok(cloudwatch::wire::cbor_to_json(v)),
                Err(e) => Err(e.to_string()),
            }
        };
        return match input {
            Ok(input) => {
                tokio::task::block_in_place(|| cloudwatch::handle(&emu, cloudwatch::Protocol::Cbor, &region, op, input))
            }
            Err(e) => cloudwatch::malformed(cloudwatch::Protocol::Cbor, format!("invalid CBOR body: {e}")),
        };
    }
    let target = parts.headers.get("x-amz-target").and_then(|v| v.to_str().ok()).unwrap_or_default();
    if let Some(op) = target.strip_prefix(cloudwatch::TARGET_PREFIX) {
        if let Some(refused) = check(Api::CloudWatch(cloudwatch::Protocol::Json)) {
            return refused;
        }
        let body = if req.body.is_empty() { &b"{}"[..] } else { &req.body[..] };
        return match serde_json::from_slice(body) {
            Ok(input) => {
                tokio::task::block_in_place(|| cloudwatch::handle(&emu, cloudwatch::Protocol::Json, &region, op, input))
            }
            Err(e) => cloudwatch::malformed(cloudwatch::Protocol::Json, format!("invalid JSON body: {e}")),
        };
    }
    if let Some(rest) = path.strip_prefix("/2015-02-01") {
        if let Some(refused) = check(Api::Efs) {
            return refused;
        }
        if efsctl_core::model::regions::find(&region).is_none() {
            return efs::EfsError::new(
                efs::Code::BadRequest,
                format!("region '{region}' is not served by the emulator"),
            )
            .into_response();
        }
        return if req.method == Method::GET {
            efs::handle(&emu, &req, &region, rest)
        } else {
            // Writes wait for SQLite's fsync; keep that off the async workers' hot path.
            tokio::task::block_in_place(|| efs::handle(&emu, &req, &region, rest))
        };
    }
    let mut params = ec2::Params::parse(&req.body);
    if params.get("Action").is_none() {
        params = ec2::Params::parse(parts.uri.query().unwrap_or_default().as_bytes());
    }
    if params.get("Action").is_some() {
        // CloudWatch's Query protocol shares the form encoding; its API version tells them apart.
        if params.get("Version") == Some("2010-08-01") || signed_service(&parts.headers) == Some("monitoring") {
            if let Some(refused) = check(Api::CloudWatch(cloudwatch::Protocol::Query)) {
                return refused;
            }
            let pairs: Vec<(String, String)> = form_urlencoded::parse(if req.body.is_empty() {
                parts.uri.query().unwrap_or_default().as_bytes()
            } else {
                &req.body
            })
            .into_owned()
            .filter(|(k, _)| k != "Action" && k != "Version")
            .collect();
            let op = params.get("Action").unwrap_or_default().to_string();
            return tokio::task::block_in_place(|| {
                cloudwatch::handle(
                    &emu,
                    cloudwatch::Protocol::Query,
                    &region,
                    &op,
                    cloudwatch::wire::query_to_json(&pairs),
                )
            });
        }
        if let Some(refused) = check(Api::Ec2) {
            return refused;
        }
        return tokio::task::block_in_place(|| ec2::handle(&emu, &region, params));
    }
    let form = parts
        .headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    if form {
        return ec2::Ec2Error::new("MissingAction", "The request must contain the parameter Action").into_response();
    }
    json(
        StatusCode::NOT_FOUND,
        serde_json::json!({"ErrorCode": "UnknownOperationException", "Message": format!("the emulator serves EFS (/2015-02-01/…), EC2 (Action=…) and {}…; nothing matches {} {path}", paths::PREFIX, req.method)}),
    )
}

/// Whether the emulator may listen on `addr`: loopback always; other addresses only when asked
/// (`--allow-remote`), and then with credentials to check signatures unless explicitly waived.
pub fn check_listen(
    addr: SocketAddr,
    allow_remote: bool,
    has_credentials: bool,
    insecure_no_auth: bool,
) -> Result<(), ServeError> {
    if addr.ip().is_loopback() {
        Ok(())
    } else if !allow_remote {
        Err(ServeError::NotLoopback(addr))
    } else if !has_credentials && !insecure_no_auth {
        Err(ServeError::NoCredentials(addr))
    } else {
        Ok(())
    }
}

/// Runs the emulator in the foreground until shutdown is requested (endpoint, SIGINT, SIGTERM).
/// `ready` is called with the bound address once requests are accepted.
pub async fn serve(config: EmulatorConfig, ready: impl FnOnce(SocketAddr)) -> Result<(), ServeError> {
    check_listen(config.addr, config.allow_remote, config.credentials.is_some(), config.insecure_no_auth)?;
    raise_open_file_limit();
    let dir = config.data_dir.clone();
    prepare_data_dir(&dir).map_err(|source| ServeError::DataDir { path: dir.clone(), source })?;
    let paths = daemon::Paths::new(&dir);
    // Held for the daemon's lifetime: a second daemon on the same data dir cannot start.
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(paths.daemon_lock())
        .map_err(|source| ServeError::DataDir { path: dir.clone(), source })?;
    if lock.try_lock().is_err() {
        return Err(ServeError::AlreadyRunning(dir));
    }
    let store = Store::open(&dir).map_err(|source| ServeError::State { path: dir.clone(), source })?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|source| ServeError::Bind { addr: config.addr, source })?;
    let addr = listener.local_addr().map_err(|source| ServeError::Bind { addr: config.addr, source })?;
    let time = store
        .setting()
        .ok()
        .flatten()
        .and_then(|t| serde_json::from_str::<VirtualTime>(&t).ok())
        .unwrap_or_else(VirtualTime::real);
    let metrics =
        metrics::MetricsStore::open(&dir).map_err(|source| ServeError::Metrics { path: dir.clone(), source })?;
    let emu = Arc::new(Emulator {
        store,
        data: mounts::DataPlane::new(&dir, config.throughput_limits),
        metrics,
        clock: Arc::new(VirtualClock::new(time)),
        config,
        shutdown: tokio::sync::Notify::new(),
    });
    tokio::task::block_in_place(|| emu.data.restore(&emu.store, emu.clock.clone()));
    daemon::write_port_file(&paths, addr).map_err(|source| ServeError::DataDir { path: dir.clone(), source })?;
    tracing::info!(%addr, data_dir = %dir.display(), "emulator listening");

    let sweeper = {
        let emu = emu.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(1));
            for n in 0u64.. {
                tick.tick().await;
                tokio::task::block_in_place(|| {
                    efs::purge_expired(&emu);
                    emu.data.forget_unmounted(&emu.store);
                    metrics::sample(&emu);
                    cloudwatch::evaluate_due(&emu);
                    tiering::sweep(&emu, None, Some(std::time::Instant::now() + tiering::SWEEP_BUDGET));
                });
                // EFS meters size about hourly; the emulator refreshes every few seconds.
                if n % SIZE_REFRESH_TICKS == 0 {
                    tokio::task::block_in_place(|| tiering::refresh_sizes(&emu));
                }
            }
        })
    };
    let app = Router::new().fallback(dispatch).with_state(emu.clone());
    ready(addr);
    let stop = {
        let emu = emu.clone();
        async move {
            let term = async {
                match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                    Ok(mut s) => drop(s.recv().await),
                    Err(_) => std::future::pending().await,
                }
            };
            tokio::select! {
                _ = emu.shutdown.notified() => {}
                _ = tokio::signal::ctrl_c() => {}
                _ = term => {}
            }
            tracing::info!("emulator stopping");
        }
    };
    http::serve(listener, app, stop).await;
    sweeper.abort();
    tokio::task::block_in_place(|| {
        emu.data.save_credits(emu.clock.now());
        emu.data.unmount_all();
    });
    daemon::remove_port_file(&paths);
    drop(lock);
    Ok(())
}

/// Makes the data dir private before anything is written to it: this process creates files
/// 0600 and directories 0700 (umask 077), the data dir is created 0700, and one that other
/// users could enter (made by an older version, or by hand) is closed, with what is in it.
pub fn prepare_data_dir(dir: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    // SAFETY: umask only sets this process's file-creation mask.
    unsafe { libc::umask(0o077) };
    daemon::create_private_dir(dir)?;
    let mode = std::fs::metadata(dir)?.permissions().mode();
    if mode & 0o077 == 0 {
        return Ok(());
    }
    let mut changed = 0;
    let mut pending = vec![dir.to_path_buf()];
    while let Some(path) = pending.pop() {
        let meta = std::fs::symlink_metadata(&path)?;
        if meta.is_symlink() {
            continue;
        }
        if meta.is_dir() {
            for entry in std::fs::read_dir(&path)? {
                pending.push(entry?.path());
            }
        }
        let mode = meta.permissions().mode();
        if mode & 0o077 != 0 {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode & 0o7700))?;
            changed += 1;
        }
    }
    tracing::warn!(
        dir = %dir.display(),
        "the data dir was open to other users (mode {:o}); it and {} entries in it are now the owner's only",
        mode & 0o777,
        changed - 1
    );
    eprintln!(
        "efsctl: the data dir {} was open to other users (mode {:o}); made it private (0700, files 0600)",
        dir.display(),
        mode & 0o777
    );
    Ok(())
}

/// Raises this process's soft limit on open descriptors to the hard limit: every file open
/// through a mount holds its data file open in the daemon, and the usual soft limit (1,024)
/// would fail the 1,001st open with EMFILE where an EFS client keeps opening.
fn raise_open_file_limit() {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit/setrlimit read and write the struct passed; failures leave the limit as it was.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max {
            limit.rlim_cur = limit.rlim_max;
            if libc::setrlimit(libc::RLIMIT_NOFILE, &limit) != 0 {
                tracing::warn!("cannot raise the open-file limit: {}", std::io::Error::last_os_error());
            }
        }
    }
}
