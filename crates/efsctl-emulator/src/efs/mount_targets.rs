//! Mount targets: one per AZ per file system, each with an ENI and an address from its subnet.

use std::net::Ipv4Addr;

use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

use super::{Call, Code, EfsError, EfsResult, empty, ok, paginate};
use crate::records::{Kind, MountTarget, NetworkInterface, Record, SecurityGroup, Subnet};
use crate::store::World;
use efsctl_core::model::ACCOUNT_ID;
use efsctl_core::model::ids::{IdKind, is_id, new_id, parse_id_or_arn};
use efsctl_core::model::limits::{DEFAULT_PAGE_MOUNT_TARGETS, MAX_SECURITY_GROUPS_PER_MOUNT_TARGET};
use efsctl_core::model::modes::{IpAddressType, LifeCycleState, ResourceIdType};
use efsctl_core::model::network::Cidr;

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Description<'a> {
    owner_id: &'static str,
    mount_target_id: &'a str,
    file_system_id: &'a str,
    subnet_id: &'a str,
    life_cycle_state: LifeCycleState,
    ip_address: &'a str,
    network_interface_id: &'a str,
    availability_zone_id: &'a str,
    availability_zone_name: &'a str,
    vpc_id: &'a str,
}

fn describe_one<'a>(world: &'a World, mt: &'a MountTarget, now: f64) -> Description<'a> {
    let az_id = world.subnets.get(&mt.subnet_id).map(|s| s.availability_zone_id.as_str()).unwrap_or_default();
    Description {
        owner_id: ACCOUNT_ID,
        mount_target_id: &mt.id,
        file_system_id: &mt.file_system_id,
        subnet_id: &mt.subnet_id,
        life_cycle_state: mt.life.state(now),
        ip_address: &mt.ip_address,
        network_interface_id: &mt.network_interface_id,
        availability_zone_id: az_id,
        availability_zone_name: &mt.availability_zone,
        vpc_id: &mt.vpc_id,
    }
}

fn mount_target<'w>(call: &Call, world: &'w World, id: &str) -> Result<&'w MountTarget, EfsError> {
    if !is_id(IdKind::MountTarget, id) {
        return Err(EfsError::bad(format!("'{id}' is not a mount target id (fsmt-…)")));
    }
    world
        .mount_targets
        .get(id)
        .filter(|m| m.region == call.region && !m.life.is_gone(call.now))
        .ok_or_else(|| EfsError::new(Code::MountTargetNotFound, format!("Mount target '{id}' does not exist.")))
}

/// Security groups for a mount target in `vpc_id`: given ones checked, or the VPC's default.
fn resolve_security_groups(
    call: &Call,
    world: &World,
    vpc_id: &str,
    groups: Option<Vec<String>>,
) -> Result<Vec<String>, EfsError> {
    let in_vpc = |g: &&SecurityGroup| g.region == call.region && g.vpc_id == vpc_id;
    let groups = match groups {
        None => {
            let default = world.security_groups.values().filter(in_vpc).find(|g| g.name == "default");
            return Ok(default.map(|g| vec![g.id.clone()]).unwrap_or_default());
        }
        Some(g) => g,
    };
    if groups.len() > MAX_SECURITY_GROUPS_PER_MOUNT_TARGET {
        return Err(EfsError::new(
            Code::SecurityGroupLimitExceeded,
            format!(
                "a mount target can have at most {MAX_SECURITY_GROUPS_PER_MOUNT_TARGET} security groups, got {}",
                groups.len()
            ),
        ));
    }
    let mut out: Vec<String> = Vec::new();
    for g in groups {
        if !is_id(IdKind::SecurityGroup, &g) {
            return Err(EfsError::bad(format!("'{g}' is not a security group id (sg-…)")));
        }
        if !world.security_groups.get(&g).is_some_and(|sg| in_vpc(&sg)) {
            return Err(EfsError::new(
                Code::SecurityGroupNotFound,
                format!("Security group '{g}' does not exist in VPC '{vpc_id}'"),
            ));
        }
        if !out.contains(&g) {
            out.push(g);
        }
    }
    Ok(out)
}

/// The address for a new mount target: the requested one if valid and free, else the lowest free.
fn allocate_ip(world: &World, subnet: &Subnet, wanted: Option<&str>) -> Result<String, EfsError> {
    let cidr: Cidr = subnet.cidr.parse().map_err(|e: String| EfsError::new(Code::InternalServerError, e))?;
    let used = |ip: &str| world.network_interfaces.values().any(|e| e.subnet_id == subnet.id && e.ip_address == ip);
    match wanted {
        Some(ip) => {
            let parsed: Ipv4Addr =
                ip.parse().map_err(|_| EfsError::bad(format!("IpAddress '{ip}' is not an IPv4 address")))?;
            if !cidr.assignable().any(|a| a == parsed) {
                return Err(EfsError::bad(format!(
                    "IpAddress {ip} is not an assignable address of subnet {} ({cidr})",
                    subnet.id
                )));
            }
            if used(ip) {
                return Err(EfsError::new(
                    Code::IpAddressInUse,
                    format!("IpAddress {ip} is already in use in subnet {}", subnet.id),
                ));
            }
            Ok(ip.to_string())
        }
        None => cidr.assignable().map(|a| a.to_string()).find(|a| !used(a)).ok_or_else(|| {
            EfsError::new(Code::NoFreeAddressesInSubnet, format!("Subnet {} ({cidr}) has no free addresses", subnet.id))
        }),
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct CreateRequest {
    file_system_id: Option<String>,
    subnet_id: Option<String>,
    ip_address: Option<String>,
    ipv6_address: Option<String>,
    ip_address_type: Option<IpAddressType>,
    security_groups: Option<Vec<String>>,
}

pub fn create(call: &Call) -> EfsResult {
    let req: CreateRequest = call.json()?;
    let fs_id = req.file_system_id.ok_or_else(|| EfsError::bad("FileSystemId is required"))?;
    let subnet_id = req.subnet_id.ok_or_else(|| EfsError::bad("SubnetId is required"))?;
    if req.ipv6_address.is_some()
        || matches!(req.ip_address_type, Some(IpAddressType::Ipv6Only | IpAddressType::DualStack))
    {
        return Err(EfsError::bad("the subnet has no IPv6 CIDR block; use IpAddressType IPV4_ONLY"));
    }
    call.emu
        .store
        .write(|w, changes| {
            let fs = call.available_file_system(w, &fs_id)?;
            if !is_id(IdKind::Subnet, &subnet_id) {
                return Err(EfsError::bad(format!("'{subnet_id}' is not a subnet id (subnet-…)")));
            }
            let subnet = w.subnets.get(&subnet_id).filter(|s| s.region == call.region).ok_or_else(|| {
                EfsError::new(Code::SubnetNotFound, format!("The subnet ID '{subnet_id}' does not exist"))
            })?;
            if let Some(az) = &fs.availability_zone
                && *az != subnet.availability_zone
            {
                return Err(EfsError::new(
                    Code::AvailabilityZonesMismatch,
                    format!(
                        "One Zone file system '{}' lives in {az}; subnet {} is in {}",
                        fs.id, subnet.id, subnet.availability_zone
                    ),
                ));
            }
            let siblings: Vec<&MountTarget> =
                w.mount_targets.values().filter(|m| m.file_system_id == fs.id && !m.life.is_gone(call.now)).collect();
            if let Some(other) = siblings.iter().find(|m| m.vpc_id != subnet.vpc_id) {
                return Err(EfsError::new(
                    Code::MountTargetConflict,
                    format!(
                        "File system '{}' already has mount targets in VPC {}; all must be in one VPC",
                        fs.id, other.vpc_id
                    ),
                ));
            }
            if let Some(other) = siblings.iter().find(|m| m.availability_zone == subnet.availability_zone) {
                return Err(EfsError::new(
                    Code::MountTargetConflict,
                    format!(
                        "File system '{}' already has mount target {} in {}",
                        fs.id, other.id, subnet.availability_zone
                    ),
                ));
            }
            let groups = resolve_security_groups(call, w, &subnet.vpc_id, req.security_groups.clone())?;
            let ip = allocate_ip(w, subnet, req.ip_address.as_deref())?;
            let short = w.preferences.get(call.region).is_some_and(|p| p.resource_id_type == ResourceIdType::ShortId);
            let mt = MountTarget {
                seq: changes.seq(),
                id: new_id(IdKind::MountTarget, short),
                region: call.region.to_string(),
                file_system_id: fs.id.clone(),
                subnet_id: subnet.id.clone(),
                vpc_id: subnet.vpc_id.clone(),
                availability_zone: subnet.availability_zone.clone(),
                ip_address: ip.clone(),
                network_interface_id: new_id(IdKind::NetworkInterface, false),
                life: call.lifespan(),
            };
            let eni = NetworkInterface {
                seq: changes.seq(),
                id: mt.network_interface_id.clone(),
                region: call.region.to_string(),
                subnet_id: subnet.id.clone(),
                vpc_id: subnet.vpc_id.clone(),
                availability_zone: subnet.availability_zone.clone(),
                ip_address: ip,
                description: format!("EFS mount target for {} ({})", fs.id, mt.id),
                groups,
                tags: vec![],
            };
            let body =
                super::answer_in("creating", serde_json::to_value(describe_one(w, &mt, call.now)).unwrap_or_default());
            changes.put(Record::NetworkInterface(eni));
            changes.put(Record::MountTarget(mt));
            Ok(body)
        })
        .and_then(|body| ok(&body))
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct DescribeResponse<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    marker: Option<&'a str>,
    mount_targets: Vec<Description<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_marker: Option<String>,
}

pub fn describe(call: &Call) -> EfsResult {
    let max = call.page_size("MaxItems", DEFAULT_PAGE_MOUNT_TARGETS)?;
    let marker = call.query("Marker");
    let w = call.emu.store.read();
    let filters = [call.query("FileSystemId"), call.query("MountTargetId"), call.query("AccessPointId")];
    let items: Vec<&MountTarget> = match filters {
        [Some(fs), None, None] => {
            let fs = call.file_system(&w, fs)?;
            w.mount_targets.values().filter(|m| m.file_system_id == fs.id).collect()
        }
        [None, Some(mt), None] => vec![mount_target(call, &w, mt)?],
        [None, None, Some(ap)] => {
            let ap_id = parse_id_or_arn(IdKind::AccessPoint, ap)
                .ok_or_else(|| EfsError::bad(format!("'{ap}' is not an access point id (fsap-…) or ARN")))?;
            let ap = w
                .access_points
                .get(&ap_id)
                .filter(|a| a.region == call.region && !a.life.is_gone(call.now))
                .ok_or_else(|| {
                    EfsError::new(Code::AccessPointNotFound, format!("Access point '{ap_id}' does not exist."))
                })?;
            w.mount_targets.values().filter(|m| m.file_system_id == ap.file_system_id).collect()
        }
        _ => return Err(EfsError::bad("specify exactly one of FileSystemId, MountTargetId or AccessPointId")),
    };
    let items = World::in_order(items.into_iter().filter(|m| !m.life.is_gone(call.now)), |m| m.seq);
    let (page, next_marker) = paginate(call, items, |m| m.seq, marker, max)?;
    ok(&DescribeResponse {
        marker,
        mount_targets: page.into_iter().map(|m| describe_one(&w, m, call.now)).collect(),
        next_marker,
    })
}

pub fn delete(call: &Call, id: &str) -> EfsResult {
    call.emu.store.write(|w, changes| -> Result<(), EfsError> {
        let mt = mount_target(call, w, id)?;
        if mt.life.gone_at.is_some() {
            return Ok(());
        }
        let delay = call.delay();
        if delay == 0.0 {
            changes.delete(Kind::MountTarget, &mt.id);
            changes.delete(Kind::NetworkInterface, &mt.network_interface_id);
        } else {
            let mut gone = mt.clone();
            gone.life.gone_at = Some(call.now + delay);
            changes.put(Record::MountTarget(gone));
        }
        Ok(())
    })?;
    call.emu.data.remove_mount_target(&call.emu.store, id);
    empty(StatusCode::NO_CONTENT)
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct SecurityGroupsResponse<'a> {
    security_groups: &'a [String],
}

fn usable_mount_target<'w>(call: &Call, w: &'w World, id: &str) -> Result<&'w MountTarget, EfsError> {
    let mt = mount_target(call, w, id)?;
    match mt.life.state(call.now) {
        LifeCycleState::Available => Ok(mt),
        state => Err(EfsError::new(
            Code::IncorrectMountTargetState,
            format!("Mount target '{id}' is {state}; it must be available"),
        )),
    }
}

pub fn describe_security_groups(call: &Call, id: &str) -> EfsResult {
    let w = call.emu.store.read();
    let mt = usable_mount_target(call, &w, id)?;
    let groups = w.network_interfaces.get(&mt.network_interface_id).map(|e| e.groups.as_slice()).unwrap_or_default();
    ok(&SecurityGroupsResponse { security_groups: groups })
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ModifyRequest {
    security_groups: Option<Vec<String>>,
}

pub fn modify_security_groups(call: &Call, id: &str) -> EfsResult {
    let req: ModifyRequest = call.json()?;
    call.emu.store.write(|w, changes| {
        let mt = usable_mount_target(call, w, id)?;
        let groups = resolve_security_groups(call, w, &mt.vpc_id, Some(req.security_groups.unwrap_or_default()))?;
        if groups.is_empty() {
            return Err(EfsError::bad("a mount target needs at least one security group"));
        }
        if let Some(eni) = w.network_interfaces.get(&mt.network_interface_id) {
            let mut eni = eni.clone();
            eni.groups = groups;
            changes.put(Record::NetworkInterface(eni));
        }
        Ok(())
    })?;
    empty(StatusCode::NO_CONTENT)
}
