//! Per-file-system settings (policy, lifecycle, backup, replication protection) and the
//! account's resource-id preference.

use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

use super::{Call, Code, EfsError, EfsResult, empty, ok};
use crate::records::{AccountPreferences, FileSystem, LifecyclePolicy, Record};
use efsctl_core::model::limits::MAX_LIFECYCLE_POLICIES;
use efsctl_core::model::modes::*;
use efsctl_core::model::policy;
use efsctl_core::model::rules;

/// Stages an updated copy of the file system `id`, after `edit` accepted the change.
fn edit_file_system<T>(
    call: &Call,
    id: &str,
    edit: impl FnOnce(&mut FileSystem) -> Result<T, EfsError>,
) -> Result<T, EfsError> {
    call.emu.store.write(|w, changes| {
        let mut fs = call.available_file_system(w, id)?.clone();
        let out = edit(&mut fs)?;
        changes.put(Record::FileSystem(fs));
        Ok(out)
    })
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ProtectionRequest {
    replication_overwrite_protection: Option<ReplicationOverwriteProtection>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct ProtectionResponse {
    replication_overwrite_protection: ReplicationOverwriteProtection,
}

pub fn update_protection(call: &Call, id: &str) -> EfsResult {
    let req: ProtectionRequest = call.json()?;
    let wanted = req.replication_overwrite_protection;
    if wanted == Some(ReplicationOverwriteProtection::Replicating) {
        return Err(EfsError::bad("REPLICATING is set by EFS during replication; use ENABLED or DISABLED"));
    }
    let value = edit_file_system(call, id, |fs| {
        if fs.protection == ReplicationOverwriteProtection::Replicating {
            return Err(EfsError::new(
                Code::ReplicationAlreadyExists,
                format!(
                    "File system '{}' is a replication destination; delete the replication configuration first",
                    fs.id
                ),
            ));
        }
        if let Some(p) = wanted {
            fs.protection = p;
        }
        Ok(fs.protection)
    })?;
    ok(&ProtectionResponse { replication_overwrite_protection: value })
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct PolicyRequest {
    policy: Option<String>,
    bypass_policy_lockout_safety_check: Option<bool>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct PolicyResponse<'a> {
    file_system_id: &'a str,
    policy: &'a str,
}

pub fn put_policy(call: &Call, id: &str) -> EfsResult {
    let req: PolicyRequest = call.json()?;
    let text = req.policy.ok_or_else(|| EfsError::bad("Policy is required"))?;
    let parsed = policy::parse(&text).map_err(|e| EfsError::new(Code::InvalidPolicyException, e))?;
    if parsed.locks_out_policy_changes() && !req.bypass_policy_lockout_safety_check.unwrap_or(false) {
        return Err(EfsError::new(
            Code::InvalidPolicyException,
            "the policy denies everyone elasticfilesystem:PutFileSystemPolicy and would lock you out; set BypassPolicyLockoutSafetyCheck to apply it anyway",
        ));
    }
    let fs_id = edit_file_system(call, id, |fs| {
        fs.policy = Some(text.clone());
        Ok(fs.id.clone())
    })?;
    ok(&PolicyResponse { file_system_id: &fs_id, policy: &text })
}

pub fn describe_policy(call: &Call, id: &str) -> EfsResult {
    let w = call.emu.store.read();
    let fs = call.file_system(&w, id)?;
    let text = fs.policy.as_deref().ok_or_else(|| {
        EfsError::new(Code::PolicyNotFound, format!("File system '{}' has no file system policy", fs.id))
    })?;
    ok(&PolicyResponse { file_system_id: &fs.id, policy: text })
}

pub fn delete_policy(call: &Call, id: &str) -> EfsResult {
    edit_file_system(call, id, |fs| {
        fs.policy = None;
        Ok(())
    })?;
    empty(StatusCode::OK)
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
struct LifecycleConfiguration {
    lifecycle_policies: Option<Vec<LifecyclePolicy>>,
}

/// The lifecycle rules EFS enforces: one transition per policy object, one object per kind,
/// Archive after IA, Archive only on Elastic + General Purpose.
fn check_lifecycle(policies: &[LifecyclePolicy], fs: &FileSystem) -> Result<(), EfsError> {
    if policies.len() > MAX_LIFECYCLE_POLICIES {
        return Err(EfsError::bad(format!("at most {MAX_LIFECYCLE_POLICIES} lifecycle policies are allowed")));
    }
    let (mut ia, mut archive, mut primary) = (None, None, 0);
    for p in policies {
        let set = [
            p.transition_to_ia.is_some(),
            p.transition_to_archive.is_some(),
            p.transition_to_primary_storage_class.is_some(),
        ];
        if set.iter().filter(|s| **s).count() != 1 {
            return Err(EfsError::bad(
                "each LifecyclePolicy object must hold exactly one of TransitionToIA, TransitionToArchive, TransitionToPrimaryStorageClass",
            ));
        }
        if let Some(t) = p.transition_to_ia
            && ia.replace(t).is_some()
        {
            return Err(EfsError::bad("TransitionToIA is given more than once"));
        }
        if let Some(t) = p.transition_to_archive
            && archive.replace(t).is_some()
        {
            return Err(EfsError::bad("TransitionToArchive is given more than once"));
        }
        if p.transition_to_primary_storage_class.is_some() {
            primary += 1;
        }
    }
    if primary > 1 {
        return Err(EfsError::bad("TransitionToPrimaryStorageClass is given more than once"));
    }
    rules::check_transitions(ia, archive, fs.throughput_mode, fs.performance_mode)
        .map_err(super::file_systems::rule_error)
}

pub fn put_lifecycle(call: &Call, id: &str) -> EfsResult {
    let req: LifecycleConfiguration = call.json()?;
    let policies = req
        .lifecycle_policies
        .ok_or_else(|| EfsError::bad("LifecyclePolicies is required (an empty list clears the configuration)"))?;
    edit_file_system(call, id, |fs| {
        check_lifecycle(&policies, fs)?;
        fs.lifecycle = policies.clone();
        Ok(())
    })?;
    ok(&LifecycleConfiguration { lifecycle_policies: Some(policies) })
}

pub fn describe_lifecycle(call: &Call, id: &str) -> EfsResult {
    let w = call.emu.store.read();
    let fs = call.file_system(&w, id)?;
    ok(&LifecycleConfiguration { lifecycle_policies: Some(fs.lifecycle.clone()) })
}

/// A backup policy as asked for (`S` = String) or as answered (`S` = BackupStatus).
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
struct BackupPolicy<S> {
    status: Option<S>,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
struct BackupPolicyBody<S> {
    backup_policy: Option<BackupPolicy<S>>,
}

pub fn put_backup(call: &Call, id: &str) -> EfsResult {
    let req: BackupPolicyBody<String> = call.json()?;
    let asked =
        req.backup_policy.and_then(|p| p.status).ok_or_else(|| EfsError::bad("BackupPolicy.Status is required"))?;
    // Only ENABLED and DISABLED can be set (ENABLING/DISABLING are states EFS reports).
    let status = match asked.as_str() {
        "ENABLED" => BackupStatus::Enabled,
        "DISABLED" => BackupStatus::Disabled,
        other => {
            return Err(EfsError::new(
                Code::ValidationException,
                format!(
                    "BackupPolicy.Status must be ENABLED or DISABLED, got '{}'",
                    efsctl_core::model::clipped(other, 64)
                ),
            ));
        }
    };
    edit_file_system(call, id, |fs| {
        fs.backup = status;
        Ok(())
    })?;
    ok(&BackupPolicyBody { backup_policy: Some(BackupPolicy { status: Some(status) }) })
}

pub fn describe_backup(call: &Call, id: &str) -> EfsResult {
    let w = call.emu.store.read();
    let fs = call.file_system(&w, id)?;
    ok(&BackupPolicyBody { backup_policy: Some(BackupPolicy { status: Some(fs.backup) }) })
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct PreferencesRequest {
    resource_id_type: Option<ResourceIdType>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct ResourceIdPreference {
    resource_id_type: ResourceIdType,
    resources: [&'static str; 2],
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct PreferencesResponse {
    resource_id_preference: ResourceIdPreference,
}

fn preference(t: ResourceIdType) -> PreferencesResponse {
    PreferencesResponse {
        resource_id_preference: ResourceIdPreference {
            resource_id_type: t,
            resources: ["FILE_SYSTEM", "MOUNT_TARGET"],
        },
    }
}

pub fn put_account_preferences(call: &Call) -> EfsResult {
    let req: PreferencesRequest = call.json()?;
    let t = req.resource_id_type.ok_or_else(|| EfsError::bad("ResourceIdType is required (LONG_ID or SHORT_ID)"))?;
    call.emu.store.write(|_, changes| {
        changes.put(Record::AccountPreferences(AccountPreferences {
            region: call.region.to_string(),
            resource_id_type: t,
        }));
        Ok::<_, EfsError>(())
    })?;
    ok(&preference(t))
}

pub fn describe_account_preferences(call: &Call) -> EfsResult {
    let w = call.emu.store.read();
    let t = w.preferences.get(call.region).map(|p| p.resource_id_type).unwrap_or(ResourceIdType::LongId);
    ok(&preference(t))
}
