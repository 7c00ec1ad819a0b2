//! SDK results as JSON with the AWS API's field names (what `aws efs … --output json` prints).

use aws_sdk_efs::types::{AccessPointDescription, FileSystemDescription, LifecyclePolicy, MountTargetDescription, Tag};
use serde_json::{Map, Value, json};

fn put<T: Into<Value>>(m: &mut Map<String, Value>, k: &str, v: Option<T>) {
    if let Some(v) = v {
        m.insert(k.into(), v.into());
    }
}

pub fn tags(tags: &[Tag]) -> Value {
    tags.iter().map(|t| json!({"Key": t.key(), "Value": t.value()})).collect()
}

pub fn file_system(fs: &FileSystemDescription) -> Value {
    let mut m = Map::new();
    m.insert("OwnerId".into(), fs.owner_id().into());
    m.insert("CreationToken".into(), fs.creation_token().into());
    m.insert("FileSystemId".into(), fs.file_system_id().into());
    put(&mut m, "FileSystemArn", fs.file_system_arn());
    m.insert("CreationTime".into(), fs.creation_time().as_secs_f64().into());
    m.insert("LifeCycleState".into(), fs.life_cycle_state().as_str().into());
    put(&mut m, "Name", fs.name());
    m.insert("NumberOfMountTargets".into(), fs.number_of_mount_targets().into());
    if let Some(s) = fs.size_in_bytes() {
        let mut size = Map::new();
        size.insert("Value".into(), s.value().into());
        put(&mut size, "Timestamp", s.timestamp().map(|t| t.as_secs_f64()));
        put(&mut size, "ValueInIA", s.value_in_ia());
        put(&mut size, "ValueInStandard", s.value_in_standard());
        put(&mut size, "ValueInArchive", s.value_in_archive());
        m.insert("SizeInBytes".into(), Value::Object(size));
    }
    m.insert("PerformanceMode".into(), fs.performance_mode().as_str().into());
    put(&mut m, "Encrypted", fs.encrypted());
    put(&mut m, "KmsKeyId", fs.kms_key_id());
    put(&mut m, "ThroughputMode", fs.throughput_mode().map(|t| t.as_str()));
    put(&mut m, "ProvisionedThroughputInMibps", fs.provisioned_throughput_in_mibps());
    put(&mut m, "AvailabilityZoneName", fs.availability_zone_name());
    put(&mut m, "AvailabilityZoneId", fs.availability_zone_id());
    m.insert("Tags".into(), tags(fs.tags()));
    if let Some(p) = fs.file_system_protection().and_then(|p| p.replication_overwrite_protection()) {
        m.insert("FileSystemProtection".into(), json!({"ReplicationOverwriteProtection": p.as_str()}));
    }
    Value::Object(m)
}

/// Lifecycle policies as the API lists them: one transition per object.
pub fn lifecycle_policies(policies: &[LifecyclePolicy]) -> Value {
    policies
        .iter()
        .map(|p| {
            let mut m = Map::new();
            put(&mut m, "TransitionToIA", p.transition_to_ia().map(|t| t.as_str()));
            put(&mut m, "TransitionToArchive", p.transition_to_archive().map(|t| t.as_str()));
            put(&mut m, "TransitionToPrimaryStorageClass", p.transition_to_primary_storage_class().map(|t| t.as_str()));
            Value::Object(m)
        })
        .collect()
}

pub fn mount_target(mt: &MountTargetDescription) -> Value {
    let mut m = Map::new();
    put(&mut m, "OwnerId", mt.owner_id());
    m.insert("MountTargetId".into(), mt.mount_target_id().into());
    m.insert("FileSystemId".into(), mt.file_system_id().into());
    m.insert("SubnetId".into(), mt.subnet_id().into());
    m.insert("LifeCycleState".into(), mt.life_cycle_state().as_str().into());
    put(&mut m, "IpAddress", mt.ip_address());
    put(&mut m, "NetworkInterfaceId", mt.network_interface_id());
    put(&mut m, "AvailabilityZoneId", mt.availability_zone_id());
    put(&mut m, "AvailabilityZoneName", mt.availability_zone_name());
    put(&mut m, "VpcId", mt.vpc_id());
    Value::Object(m)
}

pub fn access_point(ap: &AccessPointDescription) -> Value {
    let mut m = Map::new();
    put(&mut m, "ClientToken", ap.client_token());
    put(&mut m, "Name", ap.name());
    m.insert("Tags".into(), tags(ap.tags()));
    put(&mut m, "AccessPointId", ap.access_point_id());
    put(&mut m, "AccessPointArn", ap.access_point_arn());
    put(&mut m, "FileSystemId", ap.file_system_id());
    if let Some(u) = ap.posix_user() {
        m.insert("PosixUser".into(), json!({"Uid": u.uid(), "Gid": u.gid(), "SecondaryGids": u.secondary_gids()}));
    }
    if let Some(r) = ap.root_directory() {
        let mut root = Map::new();
        put(&mut root, "Path", r.path());
        if let Some(ci) = r.creation_info() {
            root.insert(
                "CreationInfo".into(),
                json!({"OwnerUid": ci.owner_uid(), "OwnerGid": ci.owner_gid(), "Permissions": ci.permissions()}),
            );
        }
        m.insert("RootDirectory".into(), Value::Object(root));
    }
    put(&mut m, "OwnerId", ap.owner_id());
    put(&mut m, "LifeCycleState", ap.life_cycle_state().map(|s| s.as_str()));
    Value::Object(m)
}
