//! Lifecycle tiering in the daemon: applies each file system's lifecycle configuration to its
//! stored files on the virtual clock, keeps `SizeInBytes` by storage class, and answers
//! `efsctl lifecycle status` with the census and outlook of the pure `lifecycle` model.

use std::sync::Arc;
use std::time::{Duration, Instant};

use efsctl_control::api::{self, RefusalKind, Refused};
use efsctl_core::clock::Clock;
use efsctl_core::lifecycle::{self, SweepReport};
use efsctl_core::model::rules;

use super::mounts::{FileSystemData, profile_of};
use super::{Emulator, db, records};

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
    *data.lifecycle.lock().unwrap_or_else(|e| e.into_inner()) = policy;
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
        let policy = *data.lifecycle.lock().unwrap_or_else(|e| e.into_inner());
        if policy.is_empty() {
            continue;
        }
        match data.storage.sweep(&policy, now, deadline) {
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

/// A sweep to completion now, of one file system or all.
pub fn sweep_now(emu: &Emulator, query: &api::Sweep) -> Result<api::SweepReply, Refused> {
    let id = query.file_system_id.as_deref();
    if let Some(id) = id
        && !emu.store.read().file_systems.contains_key(id)
    {
        return Err(Refused::file_system_not_found(Some(id)));
    }
    let reports = tokio::task::block_in_place(|| sweep(emu, id, None));
    Ok(api::SweepReply {
        sweeps: reports
            .into_iter()
            .map(|(file_system_id, report)| api::FileSystemSweep { file_system_id, report })
            .collect(),
    })
}

/// Files and bytes by class now and in 1/7/30 days, under the file system's lifecycle
/// configuration or, when the query gives any transition, under that proposed one.
pub fn report(emu: &Emulator, query: &api::LifecycleQuery) -> Result<api::LifecycleReport, Refused> {
    let id = query.file_system_id.as_str();
    let now = emu.clock.now();
    let (current, modes) = {
        let world = emu.store.read();
        let Some(fs) = world.file_systems.get(id).filter(|f| !f.life.is_gone(now)) else {
            return Err(Refused::file_system_not_found(Some(id)));
        };
        (records::lifecycle_policy(&fs.lifecycle), (fs.throughput_mode, fs.performance_mode))
    };
    let proposed = query.proposed();
    let policy = proposed.unwrap_or(current);
    if let Err(e) = rules::check_transitions(policy.ia, policy.archive, modes.0, modes.1) {
        return Err(Refused::new(RefusalKind::Invalid, "BadRequest", e.to_string()));
    }
    let result = tokio::task::block_in_place(|| {
        let (mut projection, others, counters) = match stored(emu, id) {
            Some(data) => {
                let projection = lifecycle::project(&policy, data.storage.lifecycle_files()?, now, &HORIZONS);
                // Directories and links stay in Standard whatever the policy: count them like SizeInBytes.
                let others = data
                    .storage
                    .metered()?
                    .metered(lifecycle::Tier::Standard)
                    .saturating_sub(projection.now.metered(lifecycle::Tier::Standard));
                (projection, others, data.storage.tiering_counters()?)
            }
            // Never mounted: only the empty root directory.
            None => (
                lifecycle::project(&policy, [], now, &HORIZONS),
                efsctl_core::model::limits::EMPTY_FILE_SYSTEM_BYTES as u64,
                Default::default(),
            ),
        };
        projection.now.add_standard(others);
        for o in &mut projection.outlook {
            o.classes.add_standard(others);
        }
        Ok::<_, efsctl_fs::storage::StorageError>((projection, counters))
    });
    match result {
        Ok((projection, counters)) => Ok(api::LifecycleReport {
            file_system_id: id.to_string(),
            now,
            proposed: proposed.is_some(),
            policy: policy.into(),
            projection,
            counters,
        }),
        Err(e) => Err(Refused::new(RefusalKind::Unavailable, "StorageUnavailable", e.to_string())),
    }
}
