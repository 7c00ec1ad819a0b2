//! The daemon's side of the control API (`efsctl_control::api`): routes each control path to
//! its handler, reads the typed query or body, and answers with the typed reply or a
//! `Refused`. File systems may be named by id or, as the CLI does, by a unique Name tag.

use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use efsctl_control::api::{self, RefusalKind, Refused, paths};
use efsctl_core::clock::{Clock, ClockError, SystemClock, VirtualTime};
use efsctl_core::throughput::Profile;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::access::{Caller, Connection};
use super::{Emulator, mounts, tiering};

/// The uid that owns the emulator's data directory: the user it belongs to.
fn owner(emu: &Emulator) -> u32 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(&emu.config.data_dir).map(|m| m.uid()).unwrap_or(0)
}

pub fn handle(
    emu: &Emulator,
    connection: Option<&Connection>,
    method: &Method,
    path: &str,
    query: &str,
    body: &[u8],
) -> Response {
    // Reading is open to every caller; changing anything is for the owner (or root).
    let caller = if method == Method::GET { None } else { Some(Caller::of(connection)) };
    if let Some(refused) = caller.and_then(|c| c.may_control(owner(emu)).err()) {
        return reply::<()>(Err(Refused::new(RefusalKind::Denied, "AccessDenied", refused)));
    }
    match (method, path) {
        (&Method::GET, paths::HEALTH) => reply(Ok(api::Health {
            status: "ok".into(),
            pid: std::process::id(),
            data_dir: emu.config.data_dir.clone(),
            version: env!("CARGO_PKG_VERSION").into(),
        })),
        (&Method::GET, paths::CLOCK) => reply(clock_reading(emu, Ok(emu.clock.get()))),
        (&Method::POST, paths::CLOCK) => reply(parse_body::<api::ClockChange>(body).and_then(|c| change_clock(emu, c))),
        (&Method::POST, paths::RESET | paths::MOTO_RESET) => reply(tokio::task::block_in_place(|| reset(emu))),
        (&Method::GET, paths::MOUNTS) => {
            tokio::task::block_in_place(|| emu.data.forget_unmounted(&emu.store));
            let store = emu.store.read();
            let mut mounts: Vec<_> = store.mounts.values().cloned().collect();
            mounts.sort_by(|a, b| a.directory.cmp(&b.directory));
            reply(Ok(api::MountList { mounts }))
        }
        (&Method::POST, paths::MOUNTS) => reply(local_user(caller).and_then(|uid| {
            let m = parse_body::<api::MountRequest>(body)?;
            tokio::task::block_in_place(|| emu.data.mount(&emu.store, emu.clock.clone(), m, uid))
        })),
        (&Method::DELETE, paths::MOUNTS) => reply(local_user(caller).and_then(|_| {
            let u = parse_query::<api::Unmount>(query)?;
            tokio::task::block_in_place(|| emu.data.unmount(&emu.store, &u.directory))
        })),
        (&Method::POST, paths::CREDITS) => reply(parse_query::<api::SetCredits>(query).and_then(|mut q| {
            q.file_system_id = resolve(emu, &q.file_system_id);
            set_credits(emu, &q)
        })),
        (&Method::GET, paths::LIFECYCLE) => reply(parse_query::<api::LifecycleQuery>(query).and_then(|mut q| {
            q.file_system_id = resolve(emu, &q.file_system_id);
            tiering::report(emu, &q)
        })),
        (&Method::POST, paths::SWEEP) => reply(parse_query::<api::Sweep>(query).and_then(|mut q| {
            q.file_system_id = q.file_system_id.map(|name| resolve(emu, &name));
            tiering::sweep_now(emu, &q)
        })),
        (&Method::POST, paths::FSCK) => reply(parse_query::<api::Fsck>(query).and_then(|mut q| {
            q.file_system_id = resolve(emu, &q.file_system_id);
            fsck(emu, &q)
        })),
        (&Method::GET, paths::STAT) => reply(parse_query::<api::StatQuery>(query).and_then(|mut q| {
            q.file_system_id = resolve(emu, &q.file_system_id);
            tokio::task::block_in_place(|| stat(emu, &q))
        })),
        (&Method::GET, paths::FAULTS) => reply(Ok(api::FaultList { faults: emu.data.faults.list() })),
        (&Method::POST, paths::FAULTS) => {
            reply(parse_body::<api::FaultRequest>(body).and_then(|mut f| add_fault(emu, &mut f)))
        }
        (&Method::DELETE, paths::FAULTS) => reply(parse_query::<api::FaultClear>(query).and_then(|q| {
            let cleared = emu.data.faults.clear(q.id.as_deref());
            match (&q.id, cleared.is_empty()) {
                (Some(id), true) => Err(Refused::new(
                    RefusalKind::NotFound,
                    "FaultNotFound",
                    format!("no fault {}", efsctl_core::model::clipped(id, 64)),
                )
                .with_hint("`efsctl emulator fault ls` lists them")),
                _ => Ok(api::FaultList { faults: cleared }),
            }
        })),
        (&Method::POST, paths::SHUTDOWN) => {
            emu.shutdown.notify_one();
            reply(Ok(api::Stopping { stopping: true }))
        }
        _ => reply::<()>(Err(Refused::new(
            RefusalKind::NotFound,
            "UnknownOperationException",
            format!("no control endpoint {method} {path}"),
        ))),
    }
}

/// The local user a mount is made for: mounts act on this machine's directories, so a caller
/// on another machine has none to offer.
fn local_user(caller: Option<Caller>) -> Result<u32, Refused> {
    match caller {
        Some(Caller::Local(uid)) => Ok(uid),
        _ => Err(Refused::new(
            RefusalKind::Denied,
            "AccessDenied",
            "mounts are made on the emulator's machine for its local users only; run efsctl mount there",
        )),
    }
}

/// The answer to a control request whose signature was refused.
pub fn unauthenticated(code: &'static str, status: StatusCode, message: String) -> Response {
    reply::<()>(Err(Refused::new(RefusalKind::from_status(status.as_u16()), code, message).with_hint(
        "sign with a key pair the emulator was started with: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or pass --profile",
    )))
}

fn reply<T: Serialize>(r: Result<T, Refused>) -> Response {
    let (status, body) = match r {
        Ok(v) => (StatusCode::OK, serde_json::to_string(&v)),
        Err(e) => (
            StatusCode::from_u16(e.kind.status()).unwrap_or(StatusCode::BAD_REQUEST),
            serde_json::to_string(&e.refusal),
        ),
    };
    (status, [("content-type", "application/json")], body.unwrap_or_default()).into_response()
}

fn invalid(message: String) -> Refused {
    Refused::new(RefusalKind::Invalid, "BadRequest", message)
}

fn parse_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, Refused> {
    serde_json::from_slice(body).map_err(|e| invalid(format!("invalid request body: {e}")))
}

fn parse_query<T: DeserializeOwned>(query: &str) -> Result<T, Refused> {
    serde_urlencoded::from_str(query).map_err(|e| invalid(format!("invalid query: {e}")))
}

/// The id of the file system `name` names: itself when it is an id, else the one file system
/// whose Name tag it is (left as given when none or several are, for the handler to refuse).
fn resolve(emu: &Emulator, name: &str) -> String {
    let store = emu.store.read();
    if store.file_systems.contains_key(name) {
        return name.to_string();
    }
    let named: Vec<&String> = store
        .file_systems
        .values()
        .filter(|f| f.tags.iter().any(|t| t.key == "Name" && t.value == name))
        .map(|f| &f.id)
        .collect();
    match named[..] {
        [id] => id.clone(),
        _ => name.to_string(),
    }
}

fn change_clock(emu: &Emulator, c: api::ClockChange) -> Result<api::ClockReading, Refused> {
    let changed = emu.clock.update(|t, real| {
        let mut next = if c.reset { t.reset(real) } else { *t };
        if let Some(secs) = c.advance_seconds {
            next = next.advanced(real, secs)?;
        }
        if let Some(speed) = c.speed {
            next = next.with_speed(real, speed)?;
        }
        Ok(next)
    });
    clock_reading(emu, changed)
}

/// The clock after a reading or a change, which is persisted so it survives a restart.
fn clock_reading(emu: &Emulator, r: Result<VirtualTime, ClockError>) -> Result<api::ClockReading, Refused> {
    let t = r.map_err(|e| Refused::new(RefusalKind::Invalid, "InvalidClockChange", e.to_string()))?;
    if let Err(e) = serde_json::to_string(&t)
        .map_err(|e| e.to_string())
        .and_then(|s| emu.store.save_setting(&s).map_err(|e| e.to_string()))
    {
        tracing::warn!("cannot persist the clock: {e}");
    }
    let now = emu.clock.now();
    Ok(api::ClockReading { now, speed: t.speed, offset_seconds: now - SystemClock.now() })
}

fn reset(emu: &Emulator) -> Result<api::Reset, Refused> {
    // A busy mount refuses the reset before anything is wiped.
    emu.data.unmount_recorded(&emu.store)?;
    emu.data.wipe();
    emu.metrics.wipe();
    let _ = emu.clock.update(|t, real| Ok(t.reset(real)));
    emu.store.reset().map_err(|e| Refused::new(RefusalKind::Unavailable, "ResetFailed", e.to_string()))?;
    Ok(api::Reset { reset: true })
}

/// The throughput profile of file system `id`.
fn profile(emu: &Emulator, id: &str) -> Result<Profile, Refused> {
    emu.store
        .read()
        .file_systems
        .get(id)
        .map(mounts::profile_of)
        .ok_or_else(|| Refused::file_system_not_found(Some(id)))
}

/// Sets a file system's burst-credit balance (to rehearse what happens when credits run out).
fn set_credits(emu: &Emulator, q: &api::SetCredits) -> Result<api::Credits, Refused> {
    let id = q.file_system_id.as_str();
    let profile = profile(emu, id)?;
    if profile.mode != efsctl_core::model::modes::ThroughputMode::Bursting {
        return Err(Refused::new(
            RefusalKind::Invalid,
            "IncorrectThroughputMode",
            format!(
                "{id} uses {} throughput; burst credits govern Bursting file systems only (efsctl tune {id} --throughput-mode bursting)",
                profile.mode.as_str()
            ),
        ));
    }
    let max = efsctl_core::throughput::max_credits(profile.standard_bytes);
    if !(q.balance.is_finite() && (0.0..=max).contains(&q.balance)) {
        return Err(Refused::new(
            RefusalKind::Invalid,
            "InvalidParameterValue",
            format!(
                "Balance must be a number of bytes from 0 to {max:.0} ({}, the cap for this file system's size)",
                efsctl_core::units::bytes(max as i64)
            ),
        ));
    }
    let now = emu.clock.now();
    let data = tokio::task::block_in_place(|| emu.data.file_system(id, profile, now))
        .map_err(|e| Refused::new(RefusalKind::Unavailable, "StorageUnavailable", e.to_string()))?;
    let mut b = data.bucket.lock().unwrap_or_else(|e| e.into_inner());
    *b = efsctl_core::throughput::Bucket { balance: q.balance, last: now, busy_until: now };
    Ok(api::Credits { file_system_id: id.to_string(), burst_credit_balance: q.balance })
}

fn fsck(emu: &Emulator, q: &api::Fsck) -> Result<api::FsckReply, Refused> {
    let id = q.file_system_id.as_str();
    let profile = profile(emu, id)?;
    let checked = tokio::task::block_in_place(|| {
        emu.data.file_system(id, profile, emu.clock.now()).and_then(|d| efsctl_fs::storage::fsck(&d.storage))
    });
    match checked {
        Ok(problems) => Ok(api::FsckReply { file_system_id: id.to_string(), problems }),
        Err(e) => Err(Refused::new(RefusalKind::Unavailable, "FsckFailed", e.to_string())),
    }
}

/// Checks a fault against what exists (the AZ, mount target, service or file system it names,
/// a rate in (0, 1], a latency) and adds it.
fn add_fault(emu: &Emulator, f: &mut api::FaultRequest) -> Result<api::Fault, Refused> {
    use api::FaultKind::*;
    let bad = |message: String| Refused::new(RefusalKind::Invalid, "InvalidFault", message);
    let missing = |what: &str| Refused::new(RefusalKind::NotFound, "FaultTargetNotFound", what.to_string());
    let target = f.target.clone();
    let world = emu.store.read();
    match (f.kind, target.as_deref()) {
        (AzOutage, Some(az)) => {
            if !efsctl_core::model::regions::REGIONS.iter().any(|r| r.zone(az).is_some_and(|z| z.name == az)) {
                return Err(missing(&format!("no Availability Zone named {}", efsctl_core::model::clipped(az, 64))));
            }
        }
        (MountTargetDown, Some(mt)) => {
            if !world.mount_targets.contains_key(mt) {
                return Err(missing(&format!("no mount target {}", efsctl_core::model::clipped(mt, 64))));
            }
        }
        (Throttle, None) => {}
        (Throttle, Some(service)) => {
            if !super::faults::SERVICES.contains(&service) {
                return Err(bad(format!(
                    "throttle a service: {} (or all without a target)",
                    super::faults::SERVICES.join(", ")
                )));
            }
        }
        (IoError | Latency | NoSpace, Some(fs)) => {
            drop(world);
            let id = resolve(emu, fs);
            if !emu.store.read().file_systems.contains_key(&id) {
                return Err(Refused::file_system_not_found(Some(fs)));
            }
            f.target = Some(id);
        }
        (kind, None) => return Err(bad(format!("a {} fault needs a target", kind.as_str()))),
    }
    if let Some(r) = f.rate
        && !(r > 0.0 && r <= 1.0)
    {
        return Err(bad(format!("a rate is a fraction in (0, 1], got {r}")));
    }
    if f.kind == Latency && !f.latency_ms.is_some_and(|l| (1..=60_000).contains(&l)) {
        return Err(bad("a latency fault needs a latency from 1 ms to 60 s".into()));
    }
    Ok(emu.data.faults.add(f.clone(), emu.clock.now()))
}

/// A path's owner and mode in a file system (what `doctor` and `k8s check` compare a writer
/// with). A file system never mounted holds only its root: root's, 0755, as EFS makes it.
fn stat(emu: &Emulator, q: &api::StatQuery) -> Result<api::PathStat, Refused> {
    let now = emu.clock.now();
    let profile = {
        let world = emu.store.read();
        let fs = world
            .file_systems
            .get(&q.file_system_id)
            .filter(|f| !f.life.is_gone(now))
            .ok_or_else(|| Refused::file_system_not_found(Some(&q.file_system_id)))?;
        mounts::profile_of(fs)
    };
    if !q.path.starts_with('/') {
        return Err(Refused::new(
            RefusalKind::Invalid,
            "InvalidPath",
            format!("'{}' is not an absolute path", efsctl_core::model::clipped(&q.path, 64)),
        ));
    }
    let missing = api::PathStat { exists: false, uid: 0, gid: 0, mode: 0 };
    let Some(data) = emu.data.existing(&q.file_system_id, profile, now).map_err(|e| {
        Refused::new(RefusalKind::Unavailable, "StorageError", format!("cannot open the file system's storage: {e}"))
    })?
    else {
        return Ok(if q.path.trim_end_matches('/').is_empty() {
            api::PathStat { exists: true, uid: 0, gid: 0, mode: 0o755 }
        } else {
            missing
        });
    };
    let mut inode = match data.storage.get(efsctl_fs::storage::ROOT) {
        Ok(i) => i,
        Err(e) => return Err(Refused::new(RefusalKind::Unavailable, "StorageError", e.to_string())),
    };
    for part in q.path.split('/').filter(|p| !p.is_empty()) {
        match data.storage.lookup(inode.ino, part.as_bytes()) {
            Ok(i) => inode = i,
            Err(_) => return Ok(missing),
        }
    }
    Ok(api::PathStat { exists: true, uid: inode.uid, gid: inode.gid, mode: inode.perm & 0o7777 })
}
