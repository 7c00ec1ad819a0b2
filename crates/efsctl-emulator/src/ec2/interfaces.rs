//! Network interfaces: EFS creates one per mount target; its groups are the mount target's.

use super::{Call, Ec2Error, Ec2Result, matches_filters, page};
use crate::records::NetworkInterface;
use crate::store::World;
use efsctl_core::model::ACCOUNT_ID;
use efsctl_core::model::ids::IdKind;

pub fn interface<'w>(call: &Call, w: &'w World, id: &str) -> Result<&'w NetworkInterface, Ec2Error> {
    Ec2Error::check_id(IdKind::NetworkInterface, "InvalidNetworkInterfaceID.Malformed", id)?;
    w.network_interfaces.get(id).filter(|e| e.region == call.region).ok_or_else(|| {
        Ec2Error::new("InvalidNetworkInterfaceID.NotFound", format!("The networkInterface ID '{id}' does not exist"))
    })
}

fn private_dns(e: &NetworkInterface) -> String {
    let host = format!("ip-{}", e.ip_address.replace('.', "-"));
    if e.region == "us-east-1" {
        format!("{host}.ec2.internal")
    } else {
        format!("{host}.{}.compute.internal", e.region)
    }
}

pub fn describe(call: &Call) -> Ec2Result {
    let filters = call.params.filters()?;
    let ids = call.params.list("NetworkInterfaceId");
    let w = call.emu.store.read();
    for id in &ids {
        interface(call, &w, id)?;
    }
    let mut selected = Vec::new();
    for e in World::in_order(w.network_interfaces.values().filter(|e| e.region == call.region), |e| e.seq) {
        if !ids.is_empty() && !ids.contains(&e.id) {
            continue;
        }
        let ok = matches_filters(&filters, &e.tags, |f| match f {
            "network-interface-id" => Some(vec![e.id.clone()]),
            "subnet-id" => Some(vec![e.subnet_id.clone()]),
            "vpc-id" => Some(vec![e.vpc_id.clone()]),
            "availability-zone" => Some(vec![e.availability_zone.clone()]),
            "group-id" => Some(e.groups.clone()),
            "description" => Some(vec![e.description.clone()]),
            "status" => Some(vec!["in-use".into()]),
            "private-ip-address" | "addresses.private-ip-address" => Some(vec![e.ip_address.clone()]),
            "requester-managed" => Some(vec!["true".into()]),
            "interface-type" => Some(vec!["interface".into()]),
            "owner-id" => Some(vec![ACCOUNT_ID.into()]),
            _ => None,
        })?;
        if ok {
            selected.push(e);
        }
    }
    let (selected, next) = page(call, selected, |e| e.seq)?;
    let mut x = call.xml();
    x.items("networkInterfaceSet", selected, |x, e| {
        let group_name = |id: &str| w.security_groups.get(id).map(|g| g.name.clone()).unwrap_or_default();
        x.leaf("networkInterfaceId", &e.id)
            .leaf("subnetId", &e.subnet_id)
            .leaf("vpcId", &e.vpc_id)
            .leaf("availabilityZone", &e.availability_zone)
            .leaf("description", &e.description)
            .leaf("ownerId", ACCOUNT_ID)
            .leaf("requesterId", "amazon-elasticfilesystem")
            .leaf("requesterManaged", true)
            .leaf("status", "in-use")
            .leaf(
                "macAddress",
                format!("02:{}:{}:{}:{}:{}", &e.id[4..6], &e.id[6..8], &e.id[8..10], &e.id[10..12], &e.id[12..14]),
            )
            .leaf("privateIpAddress", &e.ip_address)
            .leaf("privateDnsName", private_dns(e))
            .leaf("sourceDestCheck", true)
            .items("groupSet", &e.groups, |x, g| {
                x.leaf("groupId", g).leaf("groupName", group_name(g));
            })
            .items("privateIpAddressesSet", [e], |x, e| {
                x.leaf("privateIpAddress", &e.ip_address).leaf("privateDnsName", private_dns(e)).leaf("primary", true);
            })
            .node("ipv6AddressesSet", |_| {})
            .leaf("interfaceType", "interface")
            .tags("tagSet", &e.tags);
    })
    .opt("nextToken", next);
    Ok(x)
}
