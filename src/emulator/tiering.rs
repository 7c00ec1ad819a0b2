//! Lifecycle tiering in the daemon: applies each file system's lifecycle configuration to its
//! stored files on the virtual clock, keeps `SizeInBytes` by storage class, and answers
//! `efsctl lifecycle status` with the census and outlook of the pure `lifecycle` model.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;

use super::mounts::{FileSystemData, profile_of};
use super::{Emulator, bad_request, db, file_system_not_found, json, param, records};
use crate::clock::Clock;
use crate::lifecycle::{self, Policy};
use crate::model::modes::{TransitionAge, TransitionToPrimary};
use crate::model::rules;
use crate::storage::SweepReport;

/// How long the background sweep may run per tick, so big moves never stall the daemon.
pub const SWEEP_BUDGET: Duration = Duration::from_millis(250);
/// Days ahead `lifecycle status` projects.
const HORIZONS: [u32; 3] = [1, 7, 30];

/// The stored data of `id` with its current lifecycle policy and throughput profile applied;
/// `None` when the file system is gone or has never stored anything (it was never mounted).
fn stored(emu: &Emulator, id: &str) -> Option<Arc<FileSystemData>> {
    let now = emu.clock.now();
    let (profile, policy) = {
        let world = emu.store.read();
        let fs = world.file_systems.get(id).filter(|f| !f.life.is_gone(now))?;
        (profile_of(fs), records::lifecycle_policy(&fs.lifecycle))
    };
    let data = match emu.data.existing(id, profile, now) {
        Ok(d) => d?,
        Err(e) => {
            tracing::warn!("opening the storage of {id}: {e}");
            return None;
        }
    };
    data.storage.set_policy(policy);
    *data.profile.lock().unwrap_or_else(|e| e.into_inner()) = profile;
    Some(data)
}

fn file_system_ids(emu: &Emulator) -> Vec<String> {
    emu.store.read().file_systems.keys().cloned().collect()
}

/// Sweeps `only` or every file system until `deadline`, then refreshes the sizes of those
/// that moved data.
pub fn sweep(emu: &Emulator, only: Option<&str>, deadline: Option<Instant>) -> Vec<(String, SweepReport)> {
    let ids = only.map(|id| vec![id.to_string()]).unwrap_or_else(|| file_system_ids(emu));
    let now = emu.clock.now();
    let mut reports = Vec::new();
    for id in ids {
        let Some(data) = stored(emu, &id) else { continue };
        if data.storage.policy().is_empty() {
            continue;
        }
        match data.storage.sweep(now, deadline) {
            Ok(r) => {
                if r.to_ia_files + r.to_archive_files > 0 {
                    refresh_size(emu, &id, &data);
                }
                reports.push((id, r));
            }
            Err(e) => tracing::warn!("lifecycle sweep of {id}: {e}"),
        }
    }
    reports
}

/// Writes the metered size by class of every stored file system into its `SizeInBytes`
/// (EFS refreshes it about hourly; the emulator every few seconds).
pub fn refresh_sizes(emu: &Emulator) {
    for id in file_system_ids(emu) {
        if let Some(data) = stored(emu, &id) {
            refresh_size(emu, &id, &data);
        }
    }
}

fn refresh_size(emu: &Emulator, id: &str, data: &FileSystemData) {
    let m = match data.storage.metered() {
        Ok(m) => m,
        Err(e) => return tracing::warn!("metering {id}: {e}"),
    };
    use lifecycle::Tier::*;
    let size = records::StorageSize {
        standard: m.metered(Standard) as i64,
        ia: m.metered(Ia) as i64,
        archive: m.metered(Archive) as i64,
        ia_overhead: m.overhead(Ia) as i64,
        archive_overhead: m.overhead(Archive) as i64,
    };
    let _ = emu.store.write(|w, changes| {
        if let Some(fs) = w.file_systems.get(id).filter(|f| f.size != size) {
            let mut fs = fs.clone();
            fs.size = size;
            changes.put(records::Record::FileSystem(fs));
        }
        Ok::<_, db::DbError>(())
    });
}

/// `POST /_efsctl/lifecycle/sweep[?FileSystemId=]`: sweeps to completion now.
pub fn sweep_reply(emu: &Emulator, id: Option<&str>) -> Response {
    if let Some(id) = id
        && !emu.store.read().file_systems.contains_key(id)
    {
        return file_system_not_found(Some(id));
    }
    let reports = tokio::task::block_in_place(|| sweep(emu, id, None));
    json(StatusCode::OK, json!({"Sweeps": reports.into_iter().map(|(id, r)| json!({"FileSystemId": id, "Report": r})).collect::<Vec<_>>()}))
}

/// `GET /_efsctl/lifecycle?FileSystemId=…[&TransitionToIA=…&TransitionToArchive=…&TransitionToPrimaryStorageClass=…]`:
/// files and bytes by class now and in 1/7/30 days, under the file system's lifecycle
/// configuration or, when any transition is given, under that proposed one.
pub fn status_reply(emu: &Emulator, query: &[(String, String)]) -> Response {
    let Some(id) = param(query, "FileSystemId") else { return bad_request("FileSystemId is required") };
    let age = |name: &str| param(query, name).map(|v| v.parse::<TransitionAge>().map_err(|e| format!("{name}: {e}"))).transpose();
    let (ia, archive) = match (age("TransitionToIA"), age("TransitionToArchive")) {
        (Ok(ia), Ok(archive)) => (ia, archive),
        (Err(e), _) | (_, Err(e)) => return bad_request(e),
    };
    let back = match param(query, "TransitionToPrimaryStorageClass").map(str::parse::<TransitionToPrimary>).transpose() {
        Ok(b) => b.is_some(),
        Err(e) => return bad_request(format!("TransitionToPrimaryStorageClass: {e}")),
    };
    let now = emu.clock.now();
    let (current, modes) = {
        let world = emu.store.read();
        let Some(fs) = world.file_systems.get(id).filter(|f| !f.life.is_gone(now)) else { return file_system_not_found(Some(id)) };
        (records::lifecycle_policy(&fs.lifecycle), (fs.throughput_mode, fs.performance_mode))
    };
    let proposed = ia.is_some() || archive.is_some();
    let policy = if proposed { Policy { ia, archive, back_on_access: back } } else { current };
    if let Err(e) = rules::check_transitions(policy.ia, policy.archive, modes.0, modes.1) {
        return bad_request(e.to_string());
    }
    let result = tokio::task::block_in_place(|| {
        let (mut projection, others, counters) = match stored(emu, id) {
            Some(data) => {
                let projection = lifecycle::project(&policy, data.storage.lifecycle_files()?, now, &HORIZONS);
                // Directories and links stay in Standard whatever the policy: count them like SizeInBytes.
                let others = data.storage.metered()?.metered(lifecycle::Tier::Standard).saturating_sub(projection.now.metered(lifecycle::Tier::Standard));
                (projection, others, data.storage.tiering_counters()?)
            }
            // Never mounted: only the empty root directory.
            None => (lifecycle::project(&policy, [], now, &HORIZONS), crate::model::limits::EMPTY_FILE_SYSTEM_BYTES as u64, Default::default()),
        };
        projection.now.add_standard(others);
        for o in &mut projection.outlook {
            o.classes.add_standard(others);
        }
        Ok::<_, crate::storage::StorageError>((projection, counters))
    });
    match result {
        Ok((projection, counters)) => json(
            StatusCode::OK,
            json!({
                "FileSystemId": id,
                "Now": now,
                "Proposed": proposed,
                "Policy": {"TransitionToIA": policy.ia, "TransitionToArchive": policy.archive, "BackOnAccess": policy.back_on_access},
                "Projection": projection,
                "Counters": counters,
            }),
        ),
        Err(e) => json(StatusCode::SERVICE_UNAVAILABLE, json!({"ErrorCode": "StorageUnavailable", "Message": e.to_string()})),
    }
}
