//! Availability zones, VPCs and subnets.

use super::{Call, Ec2Error, Ec2Result, matches_filters, page};
use crate::records::{Kind, Record, Subnet, Vpc};
use crate::store::{World, default_network_acl, default_security_group};
use efsctl_core::model::ACCOUNT_ID;
use efsctl_core::model::ids::{IdKind, new_id};
use efsctl_core::model::network::Cidr;
use efsctl_core::model::regions;

fn region(call: &Call) -> Result<&'static regions::Region, Ec2Error> {
    regions::find(call.region)
        .ok_or_else(|| Ec2Error::new("InvalidRegion", format!("region {} is not served by the emulator", call.region)))
}

pub fn describe_availability_zones(call: &Call) -> Ec2Result {
    let region = region(call)?;
    let filters = call.params.filters()?;
    let (names, ids) = (call.params.list("ZoneName"), call.params.list("ZoneId"));
    let zones = region.zones();
    if let Some(bad) = names
        .iter()
        .find(|n| !zones.iter().any(|z| &z.name == *n))
        .or_else(|| ids.iter().find(|i| !zones.iter().any(|z| &z.id == *i)))
    {
        return Err(Ec2Error::invalid(format!("The zone '{bad}' does not exist in region {}", region.name)));
    }
    let mut selected = Vec::new();
    for z in zones {
        if (!names.is_empty() || !ids.is_empty()) && !names.contains(&z.name) && !ids.contains(&z.id) {
            continue;
        }
        let ok = matches_filters(&filters, &[], |f| match f {
            "zone-name" => Some(vec![z.name.clone()]),
            "zone-id" => Some(vec![z.id.clone()]),
            "state" => Some(vec!["available".into()]),
            "region-name" | "group-name" | "network-border-group" => Some(vec![region.name.into()]),
            "zone-type" => Some(vec!["availability-zone".into()]),
            "opt-in-status" => Some(vec!["opt-in-not-required".into()]),
            _ => None,
        })?;
        if ok {
            selected.push(z);
        }
    }
    let mut x = call.xml();
    x.items("availabilityZoneInfo", selected, |x, z| {
        x.leaf("optInStatus", "opt-in-not-required")
            .node("messageSet", |_| {})
            .leaf("regionName", region.name)
            .leaf("zoneName", &z.name)
            .leaf("zoneId", &z.id)
            .leaf("groupName", region.name)
            .leaf("networkBorderGroup", region.name)
            .leaf("zoneType", "availability-zone")
            .leaf("zoneState", "available");
    });
    Ok(x)
}

fn write_vpc(x: &mut super::Xml, v: &Vpc) {
    x.leaf("vpcId", &v.id)
        .leaf("ownerId", ACCOUNT_ID)
        .leaf("state", "available")
        .leaf("cidrBlock", &v.cidr)
        .items("cidrBlockAssociationSet", [v], |x, v| {
            x.leaf("associationId", format!("vpc-cidr-assoc-{}", &v.id[4..])).leaf("cidrBlock", &v.cidr).node(
                "cidrBlockState",
                |x| {
                    x.leaf("state", "associated");
                },
            );
        })
        .leaf("dhcpOptionsId", "dopt-0e1f2a3b4c5d6e7f8")
        .leaf("instanceTenancy", "default")
        .leaf("isDefault", v.is_default)
        .tags("tagSet", &v.tags);
}

pub fn vpc<'w>(call: &Call, w: &'w World, id: &str) -> Result<&'w Vpc, Ec2Error> {
    Ec2Error::check_id(IdKind::Vpc, "InvalidVpcID.Malformed", id)?;
    w.vpcs
        .get(id)
        .filter(|v| v.region == call.region)
        .ok_or_else(|| Ec2Error::new("InvalidVpcID.NotFound", format!("The vpc ID '{id}' does not exist")))
}

pub fn describe_vpcs(call: &Call) -> Ec2Result {
    let filters = call.params.filters()?;
    let ids = call.params.list("VpcId");
    let w = call.emu.store.read();
    for id in &ids {
        vpc(call, &w, id)?;
    }
    let mut selected = Vec::new();
    for v in World::in_order(w.vpcs.values().filter(|v| v.region == call.region), |v| v.seq) {
        if !ids.is_empty() && !ids.contains(&v.id) {
            continue;
        }
        let ok = matches_filters(&filters, &v.tags, |f| match f {
            "vpc-id" => Some(vec![v.id.clone()]),
            "is-default" => Some(vec![v.is_default.to_string()]),
            "cidr" | "cidr-block-association.cidr-block" => Some(vec![v.cidr.clone()]),
            "state" => Some(vec!["available".into()]),
            "owner-id" => Some(vec![ACCOUNT_ID.into()]),
            _ => None,
        })?;
        if ok {
            selected.push(v);
        }
    }
    let (selected, next) = page(call, selected, |v| v.seq)?;
    let mut x = call.xml();
    x.items("vpcSet", selected, write_vpc).opt("nextToken", next);
    Ok(x)
}

fn block(call: &Call, range_code: &'static str) -> Result<Cidr, Ec2Error> {
    let text = call.params.required("CidrBlock")?;
    let cidr: Cidr = text.parse().map_err(Ec2Error::invalid)?;
    if !(16..=28).contains(&cidr.prefix()) || cidr.to_string() != text {
        return Err(Ec2Error::new(
            range_code,
            format!("The CIDR '{text}' is invalid: use a network address with a prefix from /16 to /28"),
        ));
    }
    Ok(cidr)
}

pub fn create_vpc(call: &Call) -> Ec2Result {
    let cidr = block(call, "InvalidVpc.Range")?;
    let tags = call.params.tag_specifications("vpc")?;
    let v = call.emu.store.write(|_, changes| {
        let v = Vpc {
            seq: changes.seq(),
            id: new_id(IdKind::Vpc, false),
            region: call.region.into(),
            cidr: cidr.to_string(),
            is_default: false,
            tags,
            dns_support: None,
            dns_hostnames: None,
        };
        let seq = changes.seq();
        changes.put(Record::SecurityGroup(default_security_group(seq, call.region, &v.id)));
        let seq = changes.seq();
        changes.put(Record::NetworkAcl(default_network_acl(seq, call.region, &v.id)));
        changes.put(Record::Vpc(v.clone()));
        Ok::<_, Ec2Error>(v)
    })?;
    let mut x = call.xml();
    x.node("vpc", |x| write_vpc(x, &v));
    Ok(x)
}

pub fn delete_vpc(call: &Call) -> Ec2Result {
    let id = call.params.required("VpcId")?;
    call.emu.store.write(|w, changes| {
        let v = vpc(call, w, id)?;
        if let Some(s) = w.subnets.values().find(|s| s.vpc_id == v.id) {
            return Err(Ec2Error::new(
                "DependencyViolation",
                format!("The vpc '{}' has dependencies and cannot be deleted: subnet {}", v.id, s.id),
            ));
        }
        let groups: Vec<_> = w.security_groups.values().filter(|g| g.vpc_id == v.id).collect();
        if let Some(g) = groups.iter().find(|g| g.name != "default") {
            return Err(Ec2Error::new(
                "DependencyViolation",
                format!("The vpc '{}' has dependencies and cannot be deleted: security group {}", v.id, g.id),
            ));
        }
        if let Some(a) = w.network_acls.values().find(|a| a.vpc_id == v.id && !a.is_default) {
            return Err(Ec2Error::new(
                "DependencyViolation",
                format!("The vpc '{}' has dependencies and cannot be deleted: network ACL {}", v.id, a.id),
            ));
        }
        for g in groups {
            changes.delete(Kind::SecurityGroup, &g.id);
        }
        for a in w.network_acls.values().filter(|a| a.vpc_id == v.id) {
            changes.delete(Kind::NetworkAcl, &a.id);
        }
        changes.delete(Kind::Vpc, &v.id);
        Ok(())
    })?;
    call.succeeded()
}

pub fn subnet<'w>(call: &Call, w: &'w World, id: &str) -> Result<&'w Subnet, Ec2Error> {
    Ec2Error::check_id(IdKind::Subnet, "InvalidSubnetID.Malformed", id)?;
    w.subnets
        .get(id)
        .filter(|s| s.region == call.region)
        .ok_or_else(|| Ec2Error::new("InvalidSubnetID.NotFound", format!("The subnet ID '{id}' does not exist")))
}

fn write_subnet(x: &mut super::Xml, w: &World, s: &Subnet) {
    let cidr: Option<Cidr> = s.cidr.parse().ok();
    let used = w.network_interfaces.values().filter(|e| e.subnet_id == s.id).count() as u64;
    x.leaf("subnetId", &s.id)
        .leaf("subnetArn", format!("arn:aws:ec2:{}:{ACCOUNT_ID}:subnet/{}", s.region, s.id))
        .leaf("state", "available")
        .leaf("vpcId", &s.vpc_id)
        .leaf("cidrBlock", &s.cidr)
        .node("ipv6CidrBlockAssociationSet", |_| {})
        .leaf("availableIpAddressCount", cidr.map(|c| c.assignable_count().saturating_sub(used)).unwrap_or(0))
        .leaf("availabilityZone", &s.availability_zone)
        .leaf("availabilityZoneId", &s.availability_zone_id)
        .leaf("defaultForAz", s.default_for_az)
        .leaf("mapPublicIpOnLaunch", s.default_for_az)
        .leaf("assignIpv6AddressOnCreation", false)
        .leaf("ownerId", ACCOUNT_ID)
        .tags("tagSet", &s.tags);
}

pub fn describe_subnets(call: &Call) -> Ec2Result {
    let filters = call.params.filters()?;
    let ids = call.params.list("SubnetId");
    let w = call.emu.store.read();
    for id in &ids {
        subnet(call, &w, id)?;
    }
    let mut selected = Vec::new();
    for s in World::in_order(w.subnets.values().filter(|s| s.region == call.region), |s| s.seq) {
        if !ids.is_empty() && !ids.contains(&s.id) {
            continue;
        }
        let ok = matches_filters(&filters, &s.tags, |f| match f {
            "subnet-id" => Some(vec![s.id.clone()]),
            "vpc-id" => Some(vec![s.vpc_id.clone()]),
            "availability-zone" => Some(vec![s.availability_zone.clone()]),
            "availability-zone-id" => Some(vec![s.availability_zone_id.clone()]),
            "default-for-az" | "defaultForAz" => Some(vec![s.default_for_az.to_string()]),
            "cidr" | "cidr-block" | "cidrBlock" => Some(vec![s.cidr.clone()]),
            "state" => Some(vec!["available".into()]),
            "owner-id" => Some(vec![ACCOUNT_ID.into()]),
            _ => None,
        })?;
        if ok {
            selected.push(s);
        }
    }
    let (selected, next) = page(call, selected, |s| s.seq)?;
    let mut x = call.xml();
    x.items("subnetSet", selected, |x, s| write_subnet(x, &w, s)).opt("nextToken", next);
    Ok(x)
}

pub fn create_subnet(call: &Call) -> Ec2Result {
    let vpc_id = call.params.required("VpcId")?;
    let cidr = block(call, "InvalidSubnet.Range")?;
    let tags = call.params.tag_specifications("subnet")?;
    let region = region(call)?;
    let zone = match (call.params.get("AvailabilityZone"), call.params.get("AvailabilityZoneId")) {
        (Some(z), _) | (None, Some(z)) => region.zone(z).ok_or_else(|| {
            Ec2Error::invalid(format!(
                "Value ({z}) for parameter availabilityZone is invalid. Subnets can currently only be created in: {}",
                region.zones().iter().map(|z| z.name.as_str()).collect::<Vec<_>>().join(", ")
            ))
        })?,
        (None, None) => region.zones().remove(0),
    };
    let s = call.emu.store.write(|w, changes| {
        let v = vpc(call, w, vpc_id)?;
        let vpc_cidr: Cidr = v.cidr.parse().map_err(Ec2Error::invalid)?;
        if !vpc_cidr.contains_cidr(&cidr) {
            return Err(Ec2Error::new(
                "InvalidSubnet.Range",
                format!("The CIDR '{cidr}' is not within VPC {} ({vpc_cidr})", v.id),
            ));
        }
        if let Some(other) = w
            .subnets
            .values()
            .filter(|s| s.vpc_id == v.id)
            .find(|s| s.cidr.parse::<Cidr>().is_ok_and(|c| c.overlaps(&cidr)))
        {
            return Err(Ec2Error::new(
                "InvalidSubnet.Conflict",
                format!("The CIDR '{cidr}' conflicts with another subnet ({}, {})", other.id, other.cidr),
            ));
        }
        let s = Subnet {
            seq: changes.seq(),
            id: new_id(IdKind::Subnet, false),
            region: call.region.into(),
            vpc_id: v.id.clone(),
            cidr: cidr.to_string(),
            availability_zone: zone.name.clone(),
            availability_zone_id: zone.id.clone(),
            default_for_az: false,
            tags,
        };
        changes.put(Record::Subnet(s.clone()));
        Ok(s)
    })?;
    let w = call.emu.store.read();
    let mut x = call.xml();
    x.node("subnet", |x| write_subnet(x, &w, &s));
    Ok(x)
}

pub fn delete_subnet(call: &Call) -> Ec2Result {
    let id = call.params.required("SubnetId")?;
    call.emu.store.write(|w, changes| {
        let s = subnet(call, w, id)?;
        if let Some(eni) = w.network_interfaces.values().find(|e| e.subnet_id == s.id) {
            return Err(Ec2Error::new(
                "DependencyViolation",
                format!(
                    "The subnet '{}' has dependencies and cannot be deleted: network interface {} ({})",
                    s.id, eni.id, eni.description
                ),
            ));
        }
        // Its explicit network-ACL association goes with it.
        for a in w.network_acls.values().filter(|a| a.associations.iter().any(|x| x.subnet_id == s.id)) {
            let mut a = a.clone();
            a.associations.retain(|x| x.subnet_id != s.id);
            changes.put(Record::NetworkAcl(a));
        }
        changes.delete(Kind::Subnet, &s.id);
        Ok(())
    })?;
    call.succeeded()
}

/// DescribeVpcAttribute: `enableDnsSupport` or `enableDnsHostnames`.
pub fn describe_vpc_attribute(call: &Call) -> Ec2Result {
    let id = call.params.required("VpcId")?;
    let attribute = call.params.required("Attribute")?;
    let w = call.emu.store.read();
    let v = vpc(call, &w, id)?;
    let value = match attribute {
        "enableDnsSupport" => v.dns_support(),
        "enableDnsHostnames" => v.dns_hostnames(),
        "enableNetworkAddressUsageMetrics" => false,
        other => {
            return Err(Ec2Error::invalid(format!(
                "Value ({}) for parameter attribute is invalid. Valid values: enableDnsSupport, enableDnsHostnames, enableNetworkAddressUsageMetrics",
                efsctl_core::model::clipped(other, 64)
            )));
        }
    };
    let mut x = call.xml();
    x.leaf("vpcId", &v.id).node(attribute, |x| {
        x.leaf("value", value);
    });
    Ok(x)
}

/// ModifyVpcAttribute: one of `EnableDnsSupport.Value`, `EnableDnsHostnames.Value` per call.
pub fn modify_vpc_attribute(call: &Call) -> Ec2Result {
    let id = call.params.required("VpcId")?;
    let (support, hostnames) =
        (call.params.bool("EnableDnsSupport.Value")?, call.params.bool("EnableDnsHostnames.Value")?);
    if support.is_some() == hostnames.is_some() {
        return Err(Ec2Error::invalid(
            "Fields for multiple attribute types specified: give exactly one of EnableDnsSupport and EnableDnsHostnames",
        ));
    }
    call.emu.store.write(|w, changes| {
        let mut v = vpc(call, w, id)?.clone();
        if hostnames == Some(true) && !v.dns_support() {
            return Err(Ec2Error::invalid("enableDnsHostnames requires enableDnsSupport: turn DNS support on first"));
        }
        v.dns_support = support.or(v.dns_support);
        v.dns_hostnames = hostnames.or(v.dns_hostnames);
        changes.put(Record::Vpc(v));
        Ok::<_, Ec2Error>(())
    })?;
    call.succeeded()
}

/// DescribeRouteTables: each VPC's main route table with its local route (and, in a default
/// VPC, the route to its internet gateway), derived from the VPC.
pub fn describe_route_tables(call: &Call) -> Ec2Result {
    let filters = call.params.filters()?;
    let ids = call.params.list("RouteTableId");
    let w = call.emu.store.read();
    let mut x = call.xml();
    let tables: Vec<(String, &Vpc)> = World::in_order(w.vpcs.values().filter(|v| v.region == call.region), |v| v.seq)
        .into_iter()
        .map(|v| (format!("rtb-{}", &v.id[4..]), v))
        .collect();
    let mut selected = Vec::new();
    for (id, v) in &tables {
        if !ids.is_empty() && !ids.contains(id) {
            continue;
        }
        let ok = matches_filters(&filters, &[], |f| match f {
            "vpc-id" => Some(vec![v.id.clone()]),
            "route-table-id" => Some(vec![id.clone()]),
            "association.main" => Some(vec!["true".into()]),
            _ => None,
        })?;
        if ok {
            selected.push((id.clone(), *v));
        }
    }
    x.items("routeTableSet", selected, |x, (id, v)| {
        let gateway = v.is_default.then(|| format!("igw-{}", &v.id[4..]));
        x.leaf("routeTableId", &id)
            .leaf("vpcId", &v.id)
            .leaf("ownerId", ACCOUNT_ID)
            .items("routeSet", std::iter::once(None).chain(gateway.map(Some)), |x, gw| match gw {
                None => {
                    x.leaf("destinationCidrBlock", &v.cidr)
                        .leaf("gatewayId", "local")
                        .leaf("state", "active")
                        .leaf("origin", "CreateRouteTable");
                }
                Some(g) => {
                    x.leaf("destinationCidrBlock", "0.0.0.0/0")
                        .leaf("gatewayId", g)
                        .leaf("state", "active")
                        .leaf("origin", "CreateRoute");
                }
            })
            .items("associationSet", [()], |x, _| {
                x.leaf("routeTableAssociationId", format!("rtbassoc-{}", &v.id[4..]))
                    .leaf("routeTableId", &id)
                    .leaf("main", true)
                    .node("associationState", |x| {
                        x.leaf("state", "associated");
                    });
            })
            .tags("tagSet", &[]);
    });
    Ok(x)
}
