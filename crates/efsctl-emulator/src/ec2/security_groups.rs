//! Security groups and their rules. A rule admits traffic by protocol and port range from a
//! CIDR block or from members of another group; the mount path checks them for TCP 2049.

use super::{Call, Ec2Error, Ec2Result, Params, Xml, matches_filters, page, page_slice};
use crate::records::{Kind, Record, SecurityGroup, SecurityGroupRule};
use crate::store::World;
use efsctl_core::model::ACCOUNT_ID;
use efsctl_core::model::ids::{IdKind, new_id};
use efsctl_core::model::limits::MAX_RULES_PER_SECURITY_GROUP;
use efsctl_core::model::network::Cidr;

pub fn group<'w>(call: &Call, w: &'w World, id: &str) -> Result<&'w SecurityGroup, Ec2Error> {
    Ec2Error::check_id(IdKind::SecurityGroup, "InvalidGroupId.Malformed", id)?;
    w.security_groups
        .get(id)
        .filter(|g| g.region == call.region)
        .ok_or_else(|| Ec2Error::new("InvalidGroup.NotFound", format!("The security group '{id}' does not exist")))
}

fn default_vpc_id(call: &Call, w: &World) -> Result<String, Ec2Error> {
    w.vpcs
        .values()
        .find(|v| v.region == call.region && v.is_default)
        .map(|v| v.id.clone())
        .ok_or_else(|| Ec2Error::new("VPCIdNotSpecified", "No default VPC for this user; specify VpcId"))
}

/// The group a call names by `GroupId`, or by `GroupName` in the default VPC.
fn target_group<'w>(call: &Call, w: &'w World) -> Result<&'w SecurityGroup, Ec2Error> {
    match (call.params.get("GroupId"), call.params.get("GroupName")) {
        (Some(id), _) => group(call, w, id),
        (None, Some(name)) => {
            let vpc = default_vpc_id(call, w)?;
            w.security_groups
                .values()
                .find(|g| g.region == call.region && g.vpc_id == vpc && g.name == name)
                .ok_or_else(|| {
                    Ec2Error::new(
                        "InvalidGroup.NotFound",
                        format!("The security group '{name}' does not exist in default VPC '{vpc}'"),
                    )
                })
        }
        (None, None) => Err(Ec2Error::missing("GroupId")),
    }
}

/// Names and descriptions of VPC security groups and their rules: at most 255 characters
/// from the set EC2 allows.
fn check_text(what: &str, text: &str) -> Result<(), Ec2Error> {
    const ALLOWED: &str = " ._-:/()#,@[]+=&;{}!$*";
    if text.len() > 255 || !text.chars().all(|c| c.is_ascii_alphanumeric() || ALLOWED.contains(c)) {
        return Err(Ec2Error::invalid(format!(
            "{what} is at most 255 characters of a-z, A-Z, 0-9, spaces and {}",
            ALLOWED.trim_start()
        )));
    }
    Ok(())
}

pub fn create(call: &Call) -> Ec2Result {
    let name = call.params.required("GroupName")?.to_string();
    let description = call.params.required("GroupDescription")?.to_string();
    check_text("GroupName", &name)?;
    check_text("GroupDescription", &description)?;
    if name == "default" || name.starts_with("sg-") {
        return Err(Ec2Error::invalid(format!("Cannot use reserved security group name: {name}")));
    }
    let tags = call.params.tag_specifications("security-group")?;
    let g = call.emu.store.write(|w, changes| {
        let vpc_id = match call.params.get("VpcId") {
            Some(v) => super::network::vpc(call, w, v)?.id.clone(),
            None => default_vpc_id(call, w)?,
        };
        if w.security_groups.values().any(|g| g.vpc_id == vpc_id && g.name == name) {
            return Err(Ec2Error::new(
                "InvalidGroup.Duplicate",
                format!("The security group '{name}' already exists for VPC '{vpc_id}'"),
            ));
        }
        let g = SecurityGroup {
            seq: changes.seq(),
            id: new_id(IdKind::SecurityGroup, false),
            region: call.region.into(),
            vpc_id,
            name: name.clone(),
            description: description.clone(),
            rules: vec![SecurityGroupRule {
                id: new_id(IdKind::SecurityGroupRule, false),
                egress: true,
                protocol: "-1".into(),
                from_port: -1,
                to_port: -1,
                cidr: Some("0.0.0.0/0".into()),
                group_id: None,
                description: None,
            }],
            tags,
        };
        changes.put(Record::SecurityGroup(g.clone()));
        Ok(g)
    })?;
    let mut x = call.xml();
    x.leaf("return", true).leaf("groupId", &g.id).leaf("securityGroupArn", arn(&g)).tags("tagSet", &g.tags);
    Ok(x)
}

fn arn(g: &SecurityGroup) -> String {
    format!("arn:aws:ec2:{}:{ACCOUNT_ID}:security-group/{}", g.region, g.id)
}

/// Writes rules grouped into IpPermission items, as DescribeSecurityGroups shows them.
fn write_permissions(x: &mut Xml, tag: &str, rules: &[&SecurityGroupRule]) {
    let mut keys: Vec<(&str, i32, i32)> = Vec::new();
    for r in rules {
        let k = (r.protocol.as_str(), r.from_port, r.to_port);
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    x.items(tag, keys, |x, (protocol, from, to)| {
        let same: Vec<&&SecurityGroupRule> =
            rules.iter().filter(|r| r.protocol == protocol && r.from_port == from && r.to_port == to).collect();
        x.leaf("ipProtocol", protocol);
        if protocol != "-1" {
            x.leaf("fromPort", from).leaf("toPort", to);
        }
        x.items("groups", same.iter().filter(|r| r.group_id.is_some()), |x, r| {
            x.opt("description", r.description.as_deref())
                .leaf("userId", ACCOUNT_ID)
                .opt("groupId", r.group_id.as_deref());
        });
        x.items("ipRanges", same.iter().filter(|r| r.cidr.is_some()), |x, r| {
            x.opt("description", r.description.as_deref()).opt("cidrIp", r.cidr.as_deref());
        });
        x.node("ipv6Ranges", |_| {}).node("prefixListIds", |_| {});
    });
}

pub fn describe(call: &Call) -> Ec2Result {
    let filters = call.params.filters()?;
    let ids = call.params.list("GroupId");
    let names = call.params.list("GroupName");
    let w = call.emu.store.read();
    for id in &ids {
        group(call, &w, id)?;
    }
    let default_vpc = if names.is_empty() { None } else { Some(default_vpc_id(call, &w)?) };
    for n in &names {
        if !w
            .security_groups
            .values()
            .any(|g| g.region == call.region && Some(&g.vpc_id) == default_vpc.as_ref() && &g.name == n)
        {
            return Err(Ec2Error::new(
                "InvalidGroup.NotFound",
                format!("The security group '{n}' does not exist in default VPC"),
            ));
        }
    }
    let mut selected = Vec::new();
    for g in World::in_order(w.security_groups.values().filter(|g| g.region == call.region), |g| g.seq) {
        if !ids.is_empty() && !ids.contains(&g.id) {
            continue;
        }
        if !names.is_empty() && (!names.contains(&g.name) || Some(&g.vpc_id) != default_vpc.as_ref()) {
            continue;
        }
        let ok = matches_filters(&filters, &g.tags, |f| match f {
            "group-id" => Some(vec![g.id.clone()]),
            "group-name" => Some(vec![g.name.clone()]),
            "vpc-id" => Some(vec![g.vpc_id.clone()]),
            "description" => Some(vec![g.description.clone()]),
            "owner-id" => Some(vec![ACCOUNT_ID.into()]),
            "ip-permission.group-id" => {
                Some(g.rules.iter().filter(|r| !r.egress).filter_map(|r| r.group_id.clone()).collect())
            }
            "ip-permission.cidr" => Some(g.rules.iter().filter(|r| !r.egress).filter_map(|r| r.cidr.clone()).collect()),
            "ip-permission.from-port" => {
                Some(g.rules.iter().filter(|r| !r.egress).map(|r| r.from_port.to_string()).collect())
            }
            "ip-permission.to-port" => {
                Some(g.rules.iter().filter(|r| !r.egress).map(|r| r.to_port.to_string()).collect())
            }
            "ip-permission.protocol" => {
                Some(g.rules.iter().filter(|r| !r.egress).map(|r| r.protocol.clone()).collect())
            }
            _ => None,
        })?;
        if ok {
            selected.push(g);
        }
    }
    let (selected, next) = page(call, selected, |g| g.seq)?;
    let mut x = call.xml();
    x.items("securityGroupInfo", selected, |x, g| {
        let ingress: Vec<&SecurityGroupRule> = g.rules.iter().filter(|r| !r.egress).collect();
        let egress: Vec<&SecurityGroupRule> = g.rules.iter().filter(|r| r.egress).collect();
        x.leaf("ownerId", ACCOUNT_ID)
            .leaf("groupId", &g.id)
            .leaf("groupName", &g.name)
            .leaf("groupDescription", &g.description)
            .leaf("vpcId", &g.vpc_id)
            .leaf("securityGroupArn", arn(g));
        write_permissions(x, "ipPermissions", &ingress);
        write_permissions(x, "ipPermissionsEgress", &egress);
        x.tags("tagSet", &g.tags);
    })
    .opt("nextToken", next);
    Ok(x)
}

pub fn delete(call: &Call) -> Ec2Result {
    let deleted = call.emu.store.write(|w, changes| {
        let g = target_group(call, w)?;
        if g.name == "default" {
            return Err(Ec2Error::new(
                "CannotDelete",
                format!("the default security group {} of a VPC cannot be deleted", g.id),
            ));
        }
        if let Some(eni) = w.network_interfaces.values().find(|e| e.groups.contains(&g.id)) {
            return Err(Ec2Error::new(
                "DependencyViolation",
                format!("resource {} has a dependent object: network interface {} ({})", g.id, eni.id, eni.description),
            ));
        }
        if let Some(other) = w
            .security_groups
            .values()
            .find(|o| o.id != g.id && o.rules.iter().any(|r| r.group_id.as_ref() == Some(&g.id)))
        {
            return Err(Ec2Error::new(
                "DependencyViolation",
                format!("resource {} has a dependent object: a rule of security group {}", g.id, other.id),
            ));
        }
        changes.delete(Kind::SecurityGroup, &g.id);
        Ok(g.id.clone())
    })?;
    let mut x = call.xml();
    x.leaf("return", true).leaf("groupId", deleted);
    Ok(x)
}

/// `tcp`/`udp`/`icmp`/`-1`, or another protocol number, as EC2 normalises them.
fn protocol(raw: &str) -> Result<String, Ec2Error> {
    let p = raw.to_ascii_lowercase();
    Ok(match p.as_str() {
        "tcp" | "6" => "tcp".into(),
        "udp" | "17" => "udp".into(),
        "icmp" | "1" => "icmp".into(),
        "-1" | "all" => "-1".into(),
        n if n.parse::<u8>().is_ok() => n.to_string(),
        _ => return Err(Ec2Error::invalid(format!("Invalid value '{raw}' for IP protocol. Unknown protocol."))),
    })
}

fn ports(protocol: &str, from: Option<i64>, to: Option<i64>) -> Result<(i32, i32), Ec2Error> {
    match protocol {
        "tcp" | "udp" => {
            let (from, to) =
                (from.ok_or_else(|| Ec2Error::missing("FromPort"))?, to.ok_or_else(|| Ec2Error::missing("ToPort"))?);
            if !(0..=65535).contains(&from) || !(0..=65535).contains(&to) || from > to {
                return Err(Ec2Error::new(
                    "InvalidParameterValue",
                    format!("Invalid port range {from}-{to}: ports are 0-65535 with FromPort <= ToPort"),
                ));
            }
            Ok((from as i32, to as i32))
        }
        "icmp" => {
            let (from, to) = (from.unwrap_or(-1), to.unwrap_or(-1));
            if !(-1..=255).contains(&from) || !(-1..=255).contains(&to) {
                return Err(Ec2Error::invalid(format!("Invalid ICMP type/code {from}/{to}")));
            }
            Ok((from as i32, to as i32))
        }
        _ => Ok((-1, -1)),
    }
}

/// The rules a call describes, from `IpPermissions.N` or the legacy top-level parameters.
fn requested_rules(
    call: &Call,
    w: &World,
    g: &SecurityGroup,
    egress: bool,
) -> Result<Vec<SecurityGroupRule>, Ec2Error> {
    let mut out = Vec::new();
    let mut add = |protocol: String,
                   (from, to): (i32, i32),
                   cidr: Option<String>,
                   group_id: Option<String>,
                   description: Option<&str>|
     -> Result<(), Ec2Error> {
        if let Some(d) = description {
            check_text("Description", d)?;
        }
        let description = description.map(str::to_string);
        out.push(SecurityGroupRule {
            id: new_id(IdKind::SecurityGroupRule, false),
            egress,
            protocol,
            from_port: from,
            to_port: to,
            cidr,
            group_id,
            description,
        });
        Ok(())
    };
    let check_cidr = |c: &str| -> Result<String, Ec2Error> {
        let parsed: Cidr =
            c.parse().map_err(|e: String| Ec2Error::invalid(format!("CIDR block {c} is malformed: {e}")))?;
        Ok(parsed.to_string())
    };
    let check_group = |id: &str| -> Result<String, Ec2Error> {
        let other = group(call, w, id)?;
        if other.vpc_id != g.vpc_id {
            return Err(Ec2Error::new("InvalidGroup.NotFound", format!("security group {id} is in another VPC")));
        }
        Ok(other.id.clone())
    };
    let perms = call.params.indexed("IpPermissions");
    if perms.is_empty() {
        let Some(raw) = call.params.get("IpProtocol") else {
            return Err(Ec2Error::missing("IpPermissions"));
        };
        let p = protocol(raw)?;
        let range = ports(&p, call.params.int("FromPort")?, call.params.int("ToPort")?)?;
        match (call.params.get("CidrIp"), call.params.get("SourceSecurityGroupName")) {
            (Some(c), _) => add(p, range, Some(check_cidr(c)?), None, None)?,
            (None, Some(name)) => {
                let src =
                    w.security_groups.values().find(|o| o.vpc_id == g.vpc_id && o.name == name).ok_or_else(|| {
                        Ec2Error::new("InvalidGroup.NotFound", format!("The security group '{name}' does not exist"))
                    })?;
                add(p, range, None, Some(src.id.clone()), None)?
            }
            (None, None) => return Err(Ec2Error::missing("CidrIp")),
        }
        return Ok(out);
    }
    for perm in perms {
        let p = protocol(perm.get("IpProtocol").ok_or_else(|| Ec2Error::missing("IpPermissions.N.IpProtocol"))?)?;
        let range = ports(&p, perm.int("FromPort")?, perm.int("ToPort")?)?;
        let (cidrs, groups): (Vec<Params>, Vec<Params>) = (perm.indexed("IpRanges"), perm.indexed("Groups"));
        if cidrs.is_empty() && groups.is_empty() {
            return Err(Ec2Error::missing("IpPermissions.N.IpRanges or IpPermissions.N.Groups"));
        }
        if !perm.indexed("Ipv6Ranges").is_empty() {
            return Err(Ec2Error::invalid("IPv6 ranges are not supported: the emulated VPCs are IPv4-only"));
        }
        for c in cidrs {
            let cidr = check_cidr(c.get("CidrIp").ok_or_else(|| Ec2Error::missing("IpRanges.N.CidrIp"))?)?;
            add(p.clone(), range, Some(cidr), None, c.get("Description"))?;
        }
        for gp in groups {
            let id = match (gp.get("GroupId"), gp.get("GroupName")) {
                (Some(id), _) => check_group(id)?,
                (None, Some(name)) => w
                    .security_groups
                    .values()
                    .find(|o| o.vpc_id == g.vpc_id && o.name == name)
                    .map(|o| o.id.clone())
                    .ok_or_else(|| {
                        Ec2Error::new("InvalidGroup.NotFound", format!("The security group '{name}' does not exist"))
                    })?,
                (None, None) => return Err(Ec2Error::missing("Groups.N.GroupId")),
            };
            add(p.clone(), range, None, Some(id), gp.get("Description"))?;
        }
    }
    Ok(out)
}

fn write_rule(x: &mut Xml, group_id: &str, r: &SecurityGroupRule) {
    x.leaf("securityGroupRuleId", &r.id)
        .leaf("groupId", group_id)
        .leaf("groupOwnerId", ACCOUNT_ID)
        .leaf("isEgress", r.egress)
        .leaf("ipProtocol", &r.protocol)
        .leaf("fromPort", r.from_port)
        .leaf("toPort", r.to_port)
        .opt("cidrIpv4", r.cidr.as_deref());
    if let Some(g) = &r.group_id {
        x.node("referencedGroupInfo", |x| {
            x.leaf("groupId", g).leaf("userId", ACCOUNT_ID);
        });
    }
    x.opt("description", r.description.as_deref()).node("tagSet", |_| {});
}

pub fn authorize(call: &Call, egress: bool) -> Ec2Result {
    let (group_id, added) = call.emu.store.write(|w, changes| {
        let g = target_group(call, w)?;
        let new = requested_rules(call, w, g, egress)?;
        for (i, r) in new.iter().enumerate() {
            if g.rules.iter().chain(&new[..i]).any(|e| e.same_permission(r)) {
                return Err(Ec2Error::new("InvalidPermission.Duplicate", format!("the specified rule \"peer: {}, {}, ALLOW\" already exists", r.cidr.as_deref().or(r.group_id.as_deref()).unwrap_or("?"), r.protocol)));
            }
        }
        if g.rules.iter().filter(|r| r.egress == egress).count() + new.len() > MAX_RULES_PER_SECURITY_GROUP {
            return Err(Ec2Error::new("RulesPerSecurityGroupLimitExceeded", format!("The maximum number of rules per security group has been reached ({MAX_RULES_PER_SECURITY_GROUP} per direction).")));
        }
        let mut updated = g.clone();
        updated.rules.extend(new.iter().cloned());
        changes.put(Record::SecurityGroup(updated));
        Ok((g.id.clone(), new))
    })?;
    let mut x = call.xml();
    x.leaf("return", true).items("securityGroupRuleSet", &added, |x, r| write_rule(x, &group_id, r));
    Ok(x)
}

pub fn revoke(call: &Call, egress: bool) -> Ec2Result {
    let rule_ids = call.params.list("SecurityGroupRuleId");
    for id in &rule_ids {
        Ec2Error::check_id(IdKind::SecurityGroupRule, "InvalidSecurityGroupRuleId.Malformed", id)?;
    }
    let (group_id, removed) = call.emu.store.write(|w, changes| {
        let g = target_group(call, w)?;
        let removed: Vec<SecurityGroupRule> = if rule_ids.is_empty() {
            let wanted = requested_rules(call, w, g, egress)?;
            wanted
                .iter()
                .map(|r| {
                    g.rules.iter().find(|e| e.same_permission(r)).cloned().ok_or_else(|| {
                        Ec2Error::new(
                            "InvalidPermission.NotFound",
                            "The specified rule does not exist in this security group.",
                        )
                    })
                })
                .collect::<Result<_, _>>()?
        } else {
            rule_ids
                .iter()
                .map(|id| {
                    g.rules.iter().find(|r| &r.id == id && r.egress == egress).cloned().ok_or_else(|| {
                        Ec2Error::new(
                            "InvalidSecurityGroupRuleId.NotFound",
                            format!("The security group rule ID '{id}' does not exist"),
                        )
                    })
                })
                .collect::<Result<_, _>>()?
        };
        let mut updated = g.clone();
        updated.rules.retain(|r| !removed.iter().any(|d| d.id == r.id));
        changes.put(Record::SecurityGroup(updated));
        Ok::<_, Ec2Error>((g.id.clone(), removed))
    })?;
    let mut x = call.xml();
    x.leaf("return", true).node("unknownIpPermissionSet", |_| {}).items(
        "revokedSecurityGroupRuleSet",
        &removed,
        |x, r| {
            x.leaf("securityGroupRuleId", &r.id)
                .leaf("groupId", &group_id)
                .leaf("isEgress", r.egress)
                .leaf("ipProtocol", &r.protocol)
                .leaf("fromPort", r.from_port)
                .leaf("toPort", r.to_port)
                .opt("cidrIpv4", r.cidr.as_deref())
                .opt("referencedGroupId", r.group_id.as_deref());
        },
    );
    Ok(x)
}

pub fn describe_rules(call: &Call) -> Ec2Result {
    let filters = call.params.filters()?;
    let ids = call.params.list("SecurityGroupRuleId");
    for id in &ids {
        Ec2Error::check_id(IdKind::SecurityGroupRule, "InvalidSecurityGroupRuleId.Malformed", id)?;
    }
    let w = call.emu.store.read();
    let mut selected = Vec::new();
    for g in World::in_order(w.security_groups.values().filter(|g| g.region == call.region), |g| g.seq) {
        for r in &g.rules {
            if !ids.is_empty() && !ids.contains(&r.id) {
                continue;
            }
            let ok = matches_filters(&filters, &[], |f| match f {
                "group-id" => Some(vec![g.id.clone()]),
                "security-group-rule-id" => Some(vec![r.id.clone()]),
                _ => None,
            })?;
            if ok {
                selected.push((g.id.as_str(), r));
            }
        }
    }
    if let Some(missing) = ids.iter().find(|id| !selected.iter().any(|(_, r)| &r.id == *id)) {
        return Err(Ec2Error::new(
            "InvalidSecurityGroupRuleId.NotFound",
            format!("The security group rule ID '{missing}' does not exist"),
        ));
    }
    let (page, next) = page_slice(call, &selected)?;
    let mut x = call.xml();
    x.items("securityGroupRuleSet", page, |x, (gid, r)| write_rule(x, gid, r)).opt("nextToken", next);
    Ok(x)
}
