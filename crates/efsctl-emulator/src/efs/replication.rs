//! Replication configurations: a source file system and one destination, possibly created
//! by EFS in another region.

use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

use super::{Call, Code, EfsError, EfsResult, empty, ok, paginate};
use crate::records::{FileSystem, Kind, Lifespan, Record, Replication, StorageSize};
use crate::store::World;
use efsctl_core::model::ACCOUNT_ID;
use efsctl_core::model::ids::{IdKind, file_system_arn, new_id, parse_id_or_arn};
use efsctl_core::model::limits::DEFAULT_PAGE;
use efsctl_core::model::modes::*;
use efsctl_core::model::regions;

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Destination<'a> {
    status: ReplicationStatus,
    file_system_id: &'a str,
    region: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_replicated_timestamp: Option<f64>,
    owner_id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    role_arn: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Description<'a> {
    source_file_system_id: &'a str,
    source_file_system_region: &'a str,
    source_file_system_arn: String,
    original_source_file_system_arn: String,
    creation_time: f64,
    destinations: [Destination<'a>; 1],
    source_file_system_owner_id: &'static str,
}

fn describe_one(r: &Replication, now: f64) -> Description<'_> {
    let status = r.status(now);
    let arn = file_system_arn(&r.source_region, &r.source_id);
    Description {
        source_file_system_id: &r.source_id,
        source_file_system_region: &r.source_region,
        original_source_file_system_arn: arn.clone(),
        source_file_system_arn: arn,
        creation_time: r.created_at.floor(),
        destinations: [Destination {
            status,
            file_system_id: &r.destination_id,
            region: &r.destination_region,
            last_replicated_timestamp: (status == ReplicationStatus::Enabled).then_some(r.ready_at.floor()),
            owner_id: ACCOUNT_ID,
            role_arn: r.role_arn.as_deref(),
        }],
        source_file_system_owner_id: ACCOUNT_ID,
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct DestinationToCreate {
    region: Option<String>,
    availability_zone_name: Option<String>,
    kms_key_id: Option<String>,
    file_system_id: Option<String>,
    role_arn: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct CreateRequest {
    destinations: Option<Vec<DestinationToCreate>>,
}

fn involved(w: &World, fs_id: &str) -> bool {
    w.replications.values().any(|r| r.source_id == fs_id || r.destination_id == fs_id)
}

fn check_role_arn(arn: &str) -> Result<(), EfsError> {
    let rest = arn.strip_prefix("arn:").and_then(|r| r.split_once(":iam::")).map(|(_, r)| r);
    let ok = rest
        .and_then(|r| r.split_once(":role/"))
        .is_some_and(|(acct, name)| acct.len() == 12 && acct.bytes().all(|b| b.is_ascii_digit()) && !name.is_empty());
    if arn.len() > 2048 || !ok {
        return Err(EfsError::new(Code::ValidationException, format!("RoleArn '{arn}' is not an IAM role ARN")));
    }
    Ok(())
}

pub fn create(call: &Call, source: &str) -> EfsResult {
    let req: CreateRequest = call.json()?;
    let mut destinations =
        req.destinations.ok_or_else(|| EfsError::new(Code::ValidationException, "Destinations is required"))?;
    if destinations.len() != 1 {
        return Err(EfsError::new(
            Code::ValidationException,
            "exactly one destination is supported per replication configuration",
        ));
    }
    let dest = destinations.remove(0);
    if let Some(arn) = &dest.role_arn {
        check_role_arn(arn)?;
    }
    let dest_region = match &dest.region {
        Some(r) => regions::find(r)
            .ok_or_else(|| EfsError::new(Code::ValidationException, format!("Region '{r}' is not supported")))?,
        None => regions::find(call.region)
            .ok_or_else(|| EfsError::new(Code::ValidationException, "unknown source region"))?,
    };
    let dest_key =
        dest.kms_key_id.as_deref().map(|key| super::file_systems::kms_key_arn(dest_region.name, key)).transpose()?;
    call.emu
        .store
        .write(|w, changes| {
            let src = call.available_file_system(w, source)?;
            if involved(w, &src.id) {
                return Err(EfsError::new(Code::ValidationException, format!("File system '{}' is already part of a replication configuration", src.id)));
            }
            let destination_id = match &dest.file_system_id {
                Some(existing) => {
                    if dest.availability_zone_name.is_some() || dest.kms_key_id.is_some() {
                        return Err(EfsError::new(Code::ValidationException, "AvailabilityZoneName and KmsKeyId apply only when EFS creates the destination"));
                    }
                    let id = parse_id_or_arn(IdKind::FileSystem, existing).ok_or_else(|| EfsError::bad(format!("'{existing}' is not a file system id")))?;
                    let fs = w
                        .file_systems
                        .get(&id)
                        .filter(|f| f.region == dest_region.name && !f.life.is_gone(call.now))
                        .ok_or_else(|| EfsError::new(Code::FileSystemNotFound, format!("Destination file system '{id}' does not exist in {}", dest_region.name)))?;
                    if fs.id == src.id || involved(w, &fs.id) {
                        return Err(EfsError::new(Code::ValidationException, format!("File system '{}' cannot be this replication's destination", fs.id)));
                    }
                    if fs.protection != ReplicationOverwriteProtection::Disabled {
                        return Err(EfsError::new(
                            Code::ConflictException,
                            format!("Destination '{}' has replication overwrite protection {}; disable it first (UpdateFileSystemProtection)", fs.id, fs.protection),
                        ));
                    }
                    let mut fs = fs.clone();
                    fs.protection = ReplicationOverwriteProtection::Replicating;
                    changes.put(Record::FileSystem(fs));
                    id
                }
                None => {
                    let zone = match &dest.availability_zone_name {
                        Some(az) => Some(dest_region.zone(az).ok_or_else(|| EfsError::new(Code::UnsupportedAvailabilityZone, format!("'{az}' is not in {}", dest_region.name)))?.name),
                        None => None,
                    };
                    let fs = FileSystem {
                        seq: changes.seq(),
                        id: new_id(IdKind::FileSystem, false),
                        region: dest_region.name.to_string(),
                        creation_token: format!("replication-{}", new_id(IdKind::FileSystem, false)),
                        life: Lifespan::new(call.now, call.delay()),
                        updating_until: 0.0,
                        performance_mode: src.performance_mode,
                        encrypted: true,
                        // Without a key, EFS encrypts a replica with its region's default key.
                        kms_key_id: Some(dest_key.clone().unwrap_or_else(|| super::file_systems::default_kms_key(dest_region.name))),
                        throughput_mode: ThroughputMode::Elastic,
                        provisioned_mibps: None,
                        availability_zone: zone,
                        tags: vec![],
                        policy: None,
                        lifecycle: vec![],
                        backup: BackupStatus::Disabled,
                        protection: ReplicationOverwriteProtection::Replicating,
                        last_restricted_throughput_change: None,
                        size: StorageSize::empty(),
                    };
                    let id = fs.id.clone();
                    changes.put(Record::FileSystem(fs));
                    id
                }
            };
            let r = Replication {
                seq: changes.seq(),
                source_id: src.id.clone(),
                source_region: src.region.clone(),
                destination_id,
                destination_region: dest_region.name.to_string(),
                role_arn: dest.role_arn.clone(),
                created_at: call.now,
                ready_at: call.now + call.delay(),
            };
            let body = serde_json::to_value(describe_one(&r, call.now)).unwrap_or_default();
            changes.put(Record::Replication(r));
            Ok(body)
        })
        .and_then(|body| ok(&body))
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct DescribeResponse<'a> {
    replications: Vec<Description<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_token: Option<String>,
}

pub fn describe(call: &Call) -> EfsResult {
    let max = call.page_size("MaxResults", DEFAULT_PAGE)?;
    let w = call.emu.store.read();
    let items: Vec<&Replication> = match call.query("FileSystemId") {
        Some(id) => {
            let fs = call.file_system(&w, id)?;
            let found: Vec<&Replication> =
                w.replications.values().filter(|r| r.source_id == fs.id || r.destination_id == fs.id).collect();
            if found.is_empty() {
                return Err(EfsError::new(
                    Code::ReplicationNotFound,
                    format!("File system '{}' has no replication configuration", fs.id),
                ));
            }
            found
        }
        None => w
            .replications
            .values()
            .filter(|r| r.source_region == call.region || r.destination_region == call.region)
            .collect(),
    };
    let items = World::in_order(items.into_iter(), |r| r.seq);
    let (page, next_token) = paginate(call, items, |r| r.seq, call.query("NextToken"), max)?;
    ok(&DescribeResponse { replications: page.into_iter().map(|r| describe_one(r, call.now)).collect(), next_token })
}

pub fn delete(call: &Call, id: &str) -> EfsResult {
    if let Some(mode) = call.query("deletionMode") {
        mode.parse::<DeletionMode>().map_err(EfsError::bad)?;
    }
    call.emu.store.write(|w, changes| {
        let fs = call.file_system(w, id)?;
        let r =
            w.replications.values().find(|r| r.source_id == fs.id || r.destination_id == fs.id).ok_or_else(|| {
                EfsError::new(
                    Code::ReplicationNotFound,
                    format!("File system '{}' has no replication configuration", fs.id),
                )
            })?;
        if let Some(dest) = w.file_systems.get(&r.destination_id) {
            let mut dest = dest.clone();
            dest.protection = ReplicationOverwriteProtection::Enabled;
            changes.put(Record::FileSystem(dest));
        }
        changes.delete(Kind::Replication, &r.source_id);
        Ok::<_, EfsError>(())
    })?;
    empty(StatusCode::NO_CONTENT)
}
