//! CreateFileSystem, DescribeFileSystems, UpdateFileSystem, DeleteFileSystem.

use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

use super::{Call, Code, EfsError, EfsResult, check_token, empty, json_response, ok, paginate, tags_from_wire};
use crate::records::{FileSystem, Kind, Record, StorageSize};
use crate::store::World;
use efsctl_core::model::ACCOUNT_ID;
use efsctl_core::model::ids::{IdKind, file_system_arn, new_id};
use efsctl_core::model::limits::*;
use efsctl_core::model::modes::*;
use efsctl_core::model::regions;
use efsctl_core::model::rules::{self, RuleError};
use efsctl_core::model::tags::{Tag, name_of};

pub fn state(fs: &FileSystem, now: f64) -> LifeCycleState {
    match fs.life.state(now) {
        LifeCycleState::Available if now < fs.updating_until => LifeCycleState::Updating,
        s => s,
    }
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct SizeInBytes {
    value: i64,
    timestamp: f64,
    #[serde(rename = "ValueInIA")]
    value_in_ia: i64,
    value_in_standard: i64,
    value_in_archive: i64,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Protection {
    replication_overwrite_protection: ReplicationOverwriteProtection,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Description<'a> {
    owner_id: &'static str,
    creation_token: &'a str,
    file_system_id: &'a str,
    file_system_arn: String,
    creation_time: f64,
    life_cycle_state: LifeCycleState,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    number_of_mount_targets: usize,
    size_in_bytes: SizeInBytes,
    performance_mode: PerformanceMode,
    encrypted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    kms_key_id: Option<&'a str>,
    throughput_mode: ThroughputMode,
    #[serde(skip_serializing_if = "Option::is_none")]
    provisioned_throughput_in_mibps: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    availability_zone_name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    availability_zone_id: Option<String>,
    tags: &'a [Tag],
    file_system_protection: Protection,
}

pub fn describe_one<'a>(world: &World, fs: &'a FileSystem, now: f64) -> Description<'a> {
    let mount_targets =
        world.mount_targets.values().filter(|m| m.file_system_id == fs.id && !m.life.is_gone(now)).count();
    let size = &fs.size;
    let az_id = fs.availability_zone.as_deref().and_then(|az| regions::find(&fs.region)?.zone(az)).map(|z| z.id);
    Description {
        owner_id: ACCOUNT_ID,
        creation_token: &fs.creation_token,
        file_system_id: &fs.id,
        file_system_arn: file_system_arn(&fs.region, &fs.id),
        creation_time: fs.life.created_at.floor(),
        life_cycle_state: state(fs, now),
        name: name_of(&fs.tags),
        number_of_mount_targets: mount_targets,
        size_in_bytes: SizeInBytes {
            value: size.standard + size.ia + size.archive,
            // EFS refreshes the metered size about hourly, so the timestamp lags.
            timestamp: (now / 3600.0).floor() * 3600.0,
            value_in_ia: size.ia,
            value_in_standard: size.standard,
            value_in_archive: size.archive,
        },
        performance_mode: fs.performance_mode,
        encrypted: fs.encrypted,
        kms_key_id: fs.kms_key_id.as_deref(),
        throughput_mode: fs.throughput_mode,
        provisioned_throughput_in_mibps: fs.provisioned_mibps,
        availability_zone_name: fs.availability_zone.as_deref(),
        availability_zone_id: az_id,
        tags: &fs.tags,
        file_system_protection: Protection { replication_overwrite_protection: fs.protection },
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct CreateRequest {
    creation_token: Option<String>,
    performance_mode: Option<PerformanceMode>,
    encrypted: Option<bool>,
    kms_key_id: Option<String>,
    throughput_mode: Option<ThroughputMode>,
    provisioned_throughput_in_mibps: Option<f64>,
    availability_zone_name: Option<String>,
    backup: Option<bool>,
    tags: Option<Vec<super::WireTag>>,
}

/// KMS key ids, aliases and ARNs (of a key in `region`) are stored as ARNs, as EFS reports them.
pub(super) fn kms_key_arn(region: &str, key: &str) -> Result<String, EfsError> {
    let uuid_like = |s: &str| {
        let parts: Vec<&str> = s.split('-').collect();
        parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12]) && s.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
    };
    let key_id_ok = |s: &str| {
        uuid_like(s)
            || s.strip_prefix("mrk-").is_some_and(|k| k.len() == 32 && k.chars().all(|c| c.is_ascii_hexdigit()))
    };
    let alias_ok =
        |s: &str| !s.is_empty() && s.len() <= 256 && s.chars().all(|c| c.is_ascii_alphanumeric() || "/_-".contains(c));
    let resource_ok =
        |r: &str| r.strip_prefix("key/").is_some_and(key_id_ok) || r.strip_prefix("alias/").is_some_and(alias_ok);
    if key.len() > 2048 {
        return Err(EfsError::bad("KmsKeyId is at most 2048 characters"));
    }
    if let Some(arn) = key.strip_prefix("arn:") {
        return match arn.splitn(5, ':').collect::<Vec<_>>()[..] {
            [partition, "kms", key_region, account, resource]
                if partition.starts_with("aws")
                    && account.len() == 12
                    && account.bytes().all(|b| b.is_ascii_digit())
                    && resource_ok(resource) =>
            {
                if key_region == region {
                    Ok(key.to_string())
                } else {
                    Err(EfsError::bad(format!(
                        "KmsKeyId '{key}' is a key in '{key_region}'; a file system in {region} needs a key of its own region"
                    )))
                }
            }
            _ => Err(EfsError::bad(format!(
                "KmsKeyId '{key}' is not a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID or …:alias/NAME)"
            ))),
        };
    }
    if key_id_ok(key) {
        return Ok(format!("arn:aws:kms:{region}:{ACCOUNT_ID}:key/{key}"));
    }
    if let Some(alias) = key.strip_prefix("alias/").filter(|a| alias_ok(a)) {
        return Ok(format!("arn:aws:kms:{region}:{ACCOUNT_ID}:alias/{alias}"));
    }
    Err(EfsError::bad(format!("KmsKeyId '{key}' is not a KMS key id, alias/NAME, or key ARN")))
}

/// The AWS-managed key `aws/elasticfilesystem` of a region (stable, derived from the region).
pub(super) fn default_kms_key(region: &str) -> String {
    let h = region.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
    let hex = format!("{h:016x}{:016x}", h.rotate_left(29));
    format!(
        "arn:aws:kms:{region}:{ACCOUNT_ID}:key/{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// Maps a rule violation to the API's error: limits are ThroughputLimitExceeded, the rest BadRequest.
pub fn rule_error(e: RuleError) -> EfsError {
    match e {
        RuleError::ProvisionedTooHigh(_) => EfsError::new(Code::ThroughputLimitExceeded, e.to_string()),
        other => EfsError::bad(other.to_string()),
    }
}

pub fn create(call: &Call) -> EfsResult {
    let req: CreateRequest = call.json()?;
    let token = check_token("CreationToken", req.creation_token)?;
    let performance_mode = req.performance_mode.unwrap_or(PerformanceMode::GeneralPurpose);
    let throughput_mode = req.throughput_mode.unwrap_or(ThroughputMode::Bursting);
    rules::check_modes(
        performance_mode,
        throughput_mode,
        req.provisioned_throughput_in_mibps,
        req.availability_zone_name.is_some(),
    )
    .map_err(rule_error)?;
    let availability_zone = match &req.availability_zone_name {
        None => None,
        Some(az) => {
            let zone = regions::find(call.region).and_then(|r| r.zone(az)).ok_or_else(|| {
                EfsError::new(
                    Code::UnsupportedAvailabilityZone,
                    format!("Availability Zone '{az}' is not in region {}", call.region),
                )
            })?;
            Some(zone.name)
        }
    };
    let encrypted = req.encrypted.unwrap_or(false);
    let kms_key_id = match (&req.kms_key_id, encrypted) {
        (Some(_), false) => return Err(EfsError::bad("KmsKeyId requires Encrypted to be true")),
        (Some(k), true) => Some(kms_key_arn(call.region, k)?),
        (None, true) => Some(default_kms_key(call.region)),
        (None, false) => None,
    };
    let tags = tags_from_wire(req.tags, &[])?;
    let backup =
        if req.backup.unwrap_or(availability_zone.is_some()) { BackupStatus::Enabled } else { BackupStatus::Disabled };

    call.emu
        .store
        .write(|w, changes| {
            let in_region: Vec<&FileSystem> =
                w.file_systems.values().filter(|f| f.region == call.region && !f.life.is_gone(call.now)).collect();
            if let Some(existing) = in_region.iter().find(|f| f.creation_token == token) {
                return Err(EfsError::new(
                    Code::FileSystemAlreadyExists,
                    format!("File system '{}' already exists with creation token '{token}'", existing.id),
                )
                .with("FileSystemId", &existing.id));
            }
            if in_region.len() >= MAX_FILE_SYSTEMS_PER_REGION {
                return Err(EfsError::new(
                    Code::FileSystemLimitExceeded,
                    format!(
                        "This account already has {MAX_FILE_SYSTEMS_PER_REGION} file systems in {}; delete one first",
                        call.region
                    ),
                ));
            }
            let short = w.preferences.get(call.region).is_some_and(|p| p.resource_id_type == ResourceIdType::ShortId);
            let fs = FileSystem {
                seq: changes.seq(),
                id: new_id(IdKind::FileSystem, short),
                region: call.region.to_string(),
                creation_token: token.clone(),
                life: call.lifespan(),
                updating_until: 0.0,
                performance_mode,
                encrypted,
                kms_key_id,
                throughput_mode,
                provisioned_mibps: req.provisioned_throughput_in_mibps,
                availability_zone,
                tags,
                policy: None,
                lifecycle: vec![],
                backup,
                protection: ReplicationOverwriteProtection::Enabled,
                last_restricted_throughput_change: None,
                size: StorageSize::empty(),
            };
            let body =
                super::answer_in("creating", serde_json::to_value(describe_one(w, &fs, call.now)).unwrap_or_default());
            changes.put(Record::FileSystem(fs));
            Ok(body)
        })
        .map(|body| json_response(StatusCode::CREATED, &body))
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct DescribeResponse<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    marker: Option<&'a str>,
    file_systems: Vec<Description<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_marker: Option<String>,
}

pub fn describe(call: &Call) -> EfsResult {
    let max = call.page_size("MaxItems", DEFAULT_PAGE_FILE_SYSTEMS)?;
    let marker = call.query("Marker");
    if let Some(t) = call.query("CreationToken") {
        super::check_token("CreationToken", Some(t.to_string()))?;
    }
    let w = call.emu.store.read();
    if let Some(id) = call.query("FileSystemId") {
        let fs = call.file_system(&w, id)?;
        if call.query("CreationToken").is_some_and(|t| t != fs.creation_token) {
            return ok(&DescribeResponse { marker, file_systems: vec![], next_marker: None });
        }
        return ok(&DescribeResponse { marker, file_systems: vec![describe_one(&w, fs, call.now)], next_marker: None });
    }
    let token = call.query("CreationToken");
    let matching = World::in_order(
        w.file_systems.values().filter(|f| {
            f.region == call.region && !f.life.is_gone(call.now) && token.is_none_or(|t| f.creation_token == t)
        }),
        |f| f.seq,
    );
    let (page, next_marker) = paginate(call, matching, |f| f.seq, marker, max)?;
    ok(&DescribeResponse {
        marker,
        file_systems: page.into_iter().map(|fs| describe_one(&w, fs, call.now)).collect(),
        next_marker,
    })
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct UpdateRequest {
    throughput_mode: Option<ThroughputMode>,
    provisioned_throughput_in_mibps: Option<f64>,
}

pub fn update(call: &Call, id: &str) -> EfsResult {
    let req: UpdateRequest = call.json()?;
    if let Some(v) = req.provisioned_throughput_in_mibps {
        rules::check_provisioned(v).map_err(rule_error)?;
    }
    call.emu
        .store
        .write(|w, changes| {
            let fs = call.available_file_system(w, id)?;
            let new_mode = req.throughput_mode.unwrap_or(fs.throughput_mode);
            let new_mibps = match (new_mode, req.provisioned_throughput_in_mibps) {
                (ThroughputMode::Provisioned, None) => fs.provisioned_mibps,
                (_, given) => given,
            };
            rules::check_modes(fs.performance_mode, new_mode, new_mibps, fs.availability_zone.is_some()).map_err(rule_error)?;
            if new_mode != ThroughputMode::Elastic && fs.size.archive > 0 {
                return Err(EfsError::bad("the file system has data in the Archive storage class; it must stay in Elastic throughput mode"));
            }
            // A mode change or a change of the provisioned amount (up or down) starts 24 hours
            // in which the mode may not change and the amount may only go up.
            if rules::cooldown_applies((fs.throughput_mode, fs.provisioned_mibps), (new_mode, new_mibps))
                && let Some(last) = fs.last_restricted_throughput_change {
                    let allowed_at = last + THROUGHPUT_CHANGE_COOLDOWN_SECS;
                    if call.now < allowed_at {
                        return Err(EfsError::new(
                            Code::TooManyRequests,
                            format!(
                                "You have reached the maximum number of throughput mode changes or provisioned throughput value decreases. Wait until {} UTC and try again. ('{}' changed its throughput in the last 24 hours; in {})",
                                efsctl_core::units::iso8601(allowed_at.ceil()),
                                fs.id,
                                human_duration(allowed_at - call.now)
                            ),
                        ));
                    }
                }
            let mut updated = fs.clone();
            updated.throughput_mode = new_mode;
            updated.provisioned_mibps = new_mibps;
            let changed = new_mode != fs.throughput_mode || new_mibps != fs.provisioned_mibps;
            if changed {
                updated.last_restricted_throughput_change = Some(call.now);
                updated.updating_until = call.now + call.delay();
            }
            let mut body = serde_json::to_value(describe_one(w, &updated, call.now)).unwrap_or_default();
            if changed {
                body = super::answer_in("updating", body);
            }
            changes.put(Record::FileSystem(updated));
            Ok(body)
        })
        .map(|body| json_response(StatusCode::ACCEPTED, &body))
}

fn human_duration(secs: f64) -> String {
    let secs = secs.max(0.0).ceil() as u64;
    format!("{}h{:02}m", secs / 3600, (secs % 3600).div_ceil(60).min(59))
}

pub fn delete(call: &Call, id: &str) -> EfsResult {
    let mut gone_now = None;
    call.emu.store.write(|w, changes| {
        let fs = call.file_system(w, id)?;
        if fs.life.gone_at.is_some() {
            return Ok(());
        }
        let mount_targets =
            w.mount_targets.values().filter(|m| m.file_system_id == fs.id && !m.life.is_gone(call.now)).count();
        if mount_targets > 0 {
            return Err(EfsError::new(
                Code::FileSystemInUse,
                format!(
                    "File system '{}' has {mount_targets} mount target(s); delete them first (DeleteMountTarget)",
                    fs.id
                ),
            ));
        }
        if w.replications.values().any(|r| r.source_id == fs.id || r.destination_id == fs.id) {
            return Err(EfsError::new(
                Code::FileSystemInUse,
                format!("File system '{}' is part of a replication configuration; delete it first", fs.id),
            ));
        }
        let delay = call.delay();
        for ap in w.access_points.values().filter(|a| a.file_system_id == fs.id) {
            changes.delete(Kind::AccessPoint, &ap.id);
        }
        if delay == 0.0 {
            changes.delete(Kind::FileSystem, &fs.id);
            gone_now = Some(fs.id.clone());
        } else {
            let mut gone = fs.clone();
            gone.life.gone_at = Some(call.now + delay);
            changes.put(Record::FileSystem(gone));
        }
        Ok(())
    })?;
    if let Some(id) = gone_now {
        call.emu.data.remove_file_system(&call.emu.store, &id);
    }
    empty(StatusCode::NO_CONTENT)
}
