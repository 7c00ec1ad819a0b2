//! The local emulator daemon: one HTTP port serving the EFS REST-JSON API, the EC2 Query
//! subset and emulator-only control endpoints, over state kept by `store`.
//!
//! Routing: `/_efsctl/…` and `/moto-api/reset` (control), then the `/2015-02-01` prefix (EFS),
//! then a form `Action` (EC2). Handlers are synchronous and never hold a lock across an await.

mod cloudwatch;
pub mod daemon;
mod db;
mod ec2;
mod efs;
mod http;
mod paging;
pub mod metrics;
pub mod mounts;
pub mod records;
pub mod store;
mod tiering;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::clock::{Clock, VirtualClock, VirtualTime};

use store::Store;

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
    #[error("refusing to listen on {0}: the emulator has no authentication, so it binds loopback only; pass --allow-remote to listen on other interfaces")]
    NotLoopback(SocketAddr),
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
    if full { "; the disk is full: free some space on it (`df -h` shows how much), then start the emulator again (what it acknowledged is kept)" } else { "" }
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

/// The value of `name` in a control endpoint's query string.
fn param<'a>(query: &'a [(String, String)], name: &str) -> Option<&'a str> {
    query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// Control endpoints take a file system's id or, as the CLI does, its unique Name tag.
fn file_system_names_to_ids(emu: &Emulator, mut query: Vec<(String, String)>) -> Vec<(String, String)> {
    let store = emu.store.read();
    for (_, v) in query.iter_mut().filter(|(k, v)| k == "FileSystemId" && !store.file_systems.contains_key(v.as_str())) {
        let named: Vec<&String> = store.file_systems.values().filter(|f| f.tags.iter().any(|t| t.key == "Name" && t.value == *v)).map(|f| &f.id).collect();
        if let [id] = named[..] {
            *v = id.clone();
        }
    }
    drop(store);
    query
}

/// A control endpoint's reply for a missing or unknown `FileSystemId`.
fn file_system_not_found(id: Option<&str>) -> Response {
    let message = id.map(|id| format!("File system '{id}' does not exist.")).unwrap_or_else(|| "FileSystemId is required".into());
    json(StatusCode::NOT_FOUND, serde_json::json!({"ErrorCode": "FileSystemNotFound", "Message": message}))
}

fn bad_request(message: impl Into<String>) -> Response {
    json(StatusCode::BAD_REQUEST, serde_json::json!({"ErrorCode": "BadRequest", "Message": message.into()}))
}

fn json(status: StatusCode, body: serde_json::Value) -> Response {
    (status, [("content-type", "application/json")], body.to_string()).into_response()
}

async fn dispatch(State(emu): State<Arc<Emulator>>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let body = match http::read_body(&parts.headers, body).await {
        Ok(b) => b,
        Err(refused) => return refused,
    };
    let path = parts.uri.path().to_string();
    let query: Vec<(String, String)> = form_urlencoded::parse(parts.uri.query().unwrap_or_default().as_bytes()).into_owned().collect();
    let region = signed_region(&parts.headers).unwrap_or("us-east-1").to_string();
    let req = RequestParts { method: parts.method, query, body };

    if path.starts_with("/_efsctl/") || path == "/moto-api/reset" {
        let req = RequestParts { query: file_system_names_to_ids(&emu, req.query), ..req };
        return control(&emu, &req, &path);
    }
    if let Some(op) = path.strip_prefix(cloudwatch::CBOR_PATH_PREFIX) {
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
            Ok(input) => tokio::task::block_in_place(|| cloudwatch::handle(&emu, cloudwatch::Protocol::Cbor, op, input)),
            Err(e) => cloudwatch::malformed(cloudwatch::Protocol::Cbor, format!("invalid CBOR body: {e}")),
        };
    }
    let target = parts.headers.get("x-amz-target").and_then(|v| v.to_str().ok()).unwrap_or_default();
    if let Some(op) = target.strip_prefix(cloudwatch::TARGET_PREFIX) {
        let body = if req.body.is_empty() { &b"{}"[..] } else { &req.body[..] };
        return match serde_json::from_slice(body) {
            Ok(input) => tokio::task::block_in_place(|| cloudwatch::handle(&emu, cloudwatch::Protocol::Json, op, input)),
            Err(e) => cloudwatch::malformed(cloudwatch::Protocol::Json, format!("invalid JSON body: {e}")),
        };
    }
    if let Some(rest) = path.strip_prefix("/2015-02-01") {
        if crate::model::regions::find(&region).is_none() {
            return efs::EfsError::new(efs::Code::BadRequest, format!("region '{region}' is not served by the emulator")).into_response();
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
            let pairs: Vec<(String, String)> = form_urlencoded::parse(if req.body.is_empty() { parts.uri.query().unwrap_or_default().as_bytes() } else { &req.body }).into_owned().filter(|(k, _)| k != "Action" && k != "Version").collect();
            let op = params.get("Action").unwrap_or_default().to_string();
            return tokio::task::block_in_place(|| cloudwatch::handle(&emu, cloudwatch::Protocol::Query, &op, cloudwatch::wire::query_to_json(&pairs)));
        }
        return tokio::task::block_in_place(|| ec2::handle(&emu, &region, params));
    }
    let form = parts.headers.get("content-type").and_then(|v| v.to_str().ok()).is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    if form {
        return ec2::Ec2Error::new("MissingAction", "The request must contain the parameter Action").into_response();
    }
    json(
        StatusCode::NOT_FOUND,
        serde_json::json!({"ErrorCode": "UnknownOperationException", "Message": format!("the emulator serves EFS (/2015-02-01/…), EC2 (Action=…) and /_efsctl/…; nothing matches {} {path}", req.method)}),
    )
}

fn control(emu: &Emulator, req: &RequestParts, path: &str) -> Response {
    match (&req.method, path) {
        (&Method::GET, "/_efsctl/health") => json(
            StatusCode::OK,
            serde_json::json!({"status": "ok", "pid": std::process::id(), "dataDir": emu.config.data_dir, "version": env!("CARGO_PKG_VERSION")}),
        ),
        (&Method::GET, "/_efsctl/clock") => clock_reply(emu, Ok(emu.clock.get())),
        (&Method::POST, "/_efsctl/clock") => {
            let change = serde_json::from_slice::<ClockChange>(&req.body).map_err(|e| format!("invalid clock change: {e}"));
            let result = change.and_then(|c| {
                emu.clock.update(|t, real| {
                    let mut next = if c.reset { t.reset(real) } else { *t };
                    if let Some(secs) = c.advance_seconds {
                        next = next.advanced(real, secs)?;
                    }
                    if let Some(speed) = c.speed {
                        next = next.with_speed(real, speed)?;
                    }
                    Ok(next)
                })
            });
            clock_reply(emu, result)
        }
        (&Method::POST, "/_efsctl/reset" | "/moto-api/reset") => tokio::task::block_in_place(|| {
            // A busy mount refuses the reset before anything is wiped.
            if let Err(busy) = emu.data.unmount_recorded(&emu.store) {
                return mount_reply(Err(busy));
            }
            emu.data.wipe();
            emu.metrics.wipe();
            let _ = emu.clock.update(|t, real| Ok(t.reset(real)));
            match emu.store.reset() {
                Ok(()) => json(StatusCode::OK, serde_json::json!({"reset": true})),
                Err(e) => json(StatusCode::SERVICE_UNAVAILABLE, serde_json::json!({"ErrorCode": "ResetFailed", "Message": e.to_string()})),
            }
        }),
        (&Method::GET, "/_efsctl/mounts") => {
            let store = emu.store.read();
            let mut mounts: Vec<_> = store.mounts.values().collect();
            mounts.sort_by(|a, b| a.directory.cmp(&b.directory));
            json(StatusCode::OK, serde_json::json!({"Mounts": mounts}))
        }
        (&Method::POST, "/_efsctl/mounts") => match serde_json::from_slice::<mounts::MountRequest>(&req.body) {
            Ok(m) => mount_reply(tokio::task::block_in_place(|| emu.data.mount(&emu.store, emu.clock.clone(), m))),
            Err(e) => bad_request(format!("invalid mount request: {e}")),
        },
        (&Method::DELETE, "/_efsctl/mounts") => match param(&req.query, "Directory") {
            Some(dir) => mount_reply(tokio::task::block_in_place(|| emu.data.unmount(&emu.store, dir))),
            None => bad_request("Directory is required"),
        },
        (&Method::POST, "/_efsctl/credits") => set_credits(emu, &req.query),
        (&Method::GET, "/_efsctl/lifecycle") => tiering::status_reply(emu, &req.query),
        (&Method::POST, "/_efsctl/lifecycle/sweep") => tiering::sweep_reply(emu, param(&req.query, "FileSystemId")),
        (&Method::POST, "/_efsctl/fsck") => fsck_reply(emu, param(&req.query, "FileSystemId")),
        (&Method::POST, "/_efsctl/shutdown") => {
            emu.shutdown.notify_one();
            json(StatusCode::OK, serde_json::json!({"stopping": true}))
        }
        _ => json(StatusCode::NOT_FOUND, serde_json::json!({"ErrorCode": "UnknownOperationException", "Message": format!("no control endpoint {} {path}", req.method)})),
    }
}

/// A change of the virtual clock: any of reset, advance, speed (applied in that order).
#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ClockChange {
    #[serde(default)]
    reset: bool,
    advance_seconds: Option<f64>,
    speed: Option<f64>,
}

fn clock_reply(emu: &Emulator, r: Result<VirtualTime, String>) -> Response {
    match r {
        Ok(t) => {
            if let Err(e) = serde_json::to_string(&t).map_err(|e| e.to_string()).and_then(|s| emu.store.save_setting(&s).map_err(|e| e.to_string())) {
                tracing::warn!("cannot persist the clock: {e}");
            }
            let now = emu.clock.now();
            json(StatusCode::OK, serde_json::json!({"Now": now, "Speed": t.speed, "OffsetSeconds": now - crate::clock::SystemClock.now()}))
        }
        Err(e) => json(StatusCode::BAD_REQUEST, serde_json::json!({"ErrorCode": "InvalidClockChange", "Message": e})),
    }
}

/// Sets a file system's burst-credit balance (to rehearse what happens when credits run out).
fn set_credits(emu: &Emulator, query: &[(String, String)]) -> Response {
    let get = |k: &str| param(query, k);
    let profile = get("FileSystemId").and_then(|id| Some((id, mounts::profile_of(emu.store.read().file_systems.get(id)?))));
    let Some((id, profile)) = profile else { return file_system_not_found(get("FileSystemId")) };
    if profile.mode != crate::model::modes::ThroughputMode::Bursting {
        return json(
            StatusCode::BAD_REQUEST,
            serde_json::json!({"ErrorCode": "IncorrectThroughputMode", "Message": format!("{id} uses {} throughput; burst credits govern Bursting file systems only (efsctl tune {id} --throughput-mode bursting)", profile.mode.as_str())}),
        );
    }
    let max = crate::throughput::max_credits(profile.standard_bytes);
    let Some(balance) = get("Balance").and_then(|b| b.parse::<f64>().ok()).filter(|b| b.is_finite() && (0.0..=max).contains(b)) else {
        return json(StatusCode::BAD_REQUEST, serde_json::json!({"ErrorCode": "InvalidParameterValue", "Message": format!("Balance must be a number of bytes from 0 to {max:.0} ({}, the cap for this file system's size)", crate::output::bytes(max as i64))}));
    };
    let now = emu.clock.now();
    match tokio::task::block_in_place(|| emu.data.file_system(id, profile, now)) {
        Ok(d) => {
            let mut b = d.bucket.lock().unwrap_or_else(|e| e.into_inner());
            *b = crate::throughput::Bucket { balance, last: now, busy_until: now };
            json(StatusCode::OK, serde_json::json!({"FileSystemId": id, "BurstCreditBalance": balance}))
        }
        Err(e) => json(StatusCode::SERVICE_UNAVAILABLE, serde_json::json!({"ErrorCode": "StorageUnavailable", "Message": e.to_string()})),
    }
}

fn fsck_reply(emu: &Emulator, id: Option<&str>) -> Response {
    let found = id.and_then(|id| Some((id, mounts::profile_of(emu.store.read().file_systems.get(id)?))));
    let Some((id, profile)) = found else { return file_system_not_found(id) };
    match tokio::task::block_in_place(|| emu.data.file_system(id, profile, emu.clock.now()).and_then(|d| crate::storage::fsck(&d.storage))) {
        Ok(problems) => json(StatusCode::OK, serde_json::json!({"FileSystemId": id, "Problems": problems})),
        Err(e) => json(StatusCode::SERVICE_UNAVAILABLE, serde_json::json!({"ErrorCode": "FsckFailed", "Message": e.to_string()})),
    }
}

fn mount_reply(r: Result<records::MountSpec, mounts::MountError>) -> Response {
    match r {
        Ok(spec) => json(StatusCode::OK, serde_json::to_value(spec).unwrap_or_default()),
        Err(e) => json(StatusCode::from_u16(e.status).unwrap_or(StatusCode::BAD_REQUEST), serde_json::to_value(e).unwrap_or_default()),
    }
}

/// Runs the emulator in the foreground until shutdown is requested (endpoint, SIGINT, SIGTERM).
/// `ready` is called with the bound address once requests are accepted.
pub async fn serve(config: EmulatorConfig, ready: impl FnOnce(SocketAddr)) -> Result<(), ServeError> {
    if !config.allow_remote && !config.addr.ip().is_loopback() {
        return Err(ServeError::NotLoopback(config.addr));
    }
    daemon::raise_open_file_limit();
    let dir = config.data_dir.clone();
    std::fs::create_dir_all(&dir).map_err(|source| ServeError::DataDir { path: dir.clone(), source })?;
    let paths = daemon::Paths::new(&dir);
    // Held for the daemon's lifetime: a second daemon on the same data dir cannot start.
    let lock = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(paths.daemon_lock()).map_err(|source| ServeError::DataDir { path: dir.clone(), source })?;
    if lock.try_lock().is_err() {
        return Err(ServeError::AlreadyRunning(dir));
    }
    let store = Store::open(&dir).map_err(|source| ServeError::State { path: dir.clone(), source })?;
    let listener = tokio::net::TcpListener::bind(config.addr).await.map_err(|source| ServeError::Bind { addr: config.addr, source })?;
    let addr = listener.local_addr().map_err(|source| ServeError::Bind { addr: config.addr, source })?;
    let time = store.setting().ok().flatten().and_then(|t| serde_json::from_str::<VirtualTime>(&t).ok()).unwrap_or_else(VirtualTime::real);
    let metrics = metrics::MetricsStore::open(&dir).map_err(|source| ServeError::Metrics { path: dir.clone(), source })?;
    let emu = Arc::new(Emulator { store, data: mounts::DataPlane::new(&dir, config.throughput_limits), metrics, clock: Arc::new(VirtualClock::new(time)), config, shutdown: tokio::sync::Notify::new() });
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
                    metrics::sample(&emu);
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
