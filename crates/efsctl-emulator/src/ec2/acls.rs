//! Network ACLs: each VPC's default ACL (everything allowed, then the `*` rule denying the
//! rest), custom ACLs, their numbered entries, and which ACL each subnet uses (its explicit
//! association, else its VPC's default). Mounts and `efsctl doctor` check them for NFS.

use super::{Call, Ec2Error, Ec2Result, Xml, matches_filters, page};
use crate::records::{Kind, NaclAssociation, NaclEntry, NetworkAcl, Record, Subnet};
use crate::store::World;
use efsctl_core::model::ACCOUNT_ID;
use efsctl_core::model::ids::{IdKind, new_id};
use efsctl_core::model::network::Cidr;

/// Entries per direction of an ACL (EC2's default quota is 20).
const MAX_ENTRIES_PER_DIRECTION: usize = 20;
/// The last rule: `*`, denying what no other rule matched.
const LAST_RULE: i32 = 32767;

pub fn acl<'w>(call: &Call, w: &'w World, id: &str) -> Result<&'w NetworkAcl, Ec2Error> {
    Ec2Error::check_id(IdKind::NetworkAcl, "InvalidNetworkAclID.Malformed", id)?;
    w.network_acls.get(id).filter(|a| a.region == call.region).ok_or_else(|| {
        Ec2Error::new("InvalidNetworkAclID.NotFound", format!("The network ACL ID '{id}' does not exist"))
    })
}

/// The id of the implicit association of a subnet with its VPC's default ACL.
fn implicit_association(subnet_id: &str) -> String {
    format!("aclassoc-{}", subnet_id.trim_start_matches("subnet-"))
}

/// The ACL a subnet uses: the one that names it, else its VPC's default.
pub fn of_subnet<'w>(w: &'w World, s: &Subnet) -> Option<&'w NetworkAcl> {
    w.network_acls
        .values()
        .find(|a| a.associations.iter().any(|x| x.subnet_id == s.id))
        .or_else(|| w.network_acls.values().find(|a| a.vpc_id == s.vpc_id && a.is_default))
}

/// A subnet and its network ACL as `efsctl_core::doctor` reads them.
pub fn doctor_subnet(w: &World, s: &Subnet) -> Option<efsctl_core::doctor::Subnet> {
    let acl = of_subnet(w, s)?;
    let entries = acl
        .entries
        .iter()
        .filter_map(|e| {
            Some(efsctl_core::doctor::AclEntry {
                rule_number: e.rule_number,
                egress: e.egress,
                protocol: e.protocol.clone(),
                allow: e.allow,
                cidr: e.cidr.parse().ok()?,
                ports: e.ports,
            })
        })
        .collect();
    Some(efsctl_core::doctor::Subnet {
        id: s.id.clone(),
        vpc_id: s.vpc_id.clone(),
        az: s.availability_zone.clone(),
        cidr: s.cidr.parse().ok()?,
        acl_id: acl.id.clone(),
        acl: entries,
    })
}

/// Every association of an ACL: its explicit ones, and for a default ACL the subnets of its VPC
/// no other ACL names.
fn associations(w: &World, a: &NetworkAcl) -> Vec<NaclAssociation> {
    let mut out = a.associations.clone();
    if a.is_default {
        let mut implicit: Vec<&Subnet> = w
            .subnets
            .values()
            .filter(|s| s.vpc_id == a.vpc_id)
            .filter(|s| !w.network_acls.values().any(|o| o.associations.iter().any(|x| x.subnet_id == s.id)))
            .collect();
        implicit.sort_by_key(|s| s.seq);
        out.extend(
            implicit.into_iter().map(|s| NaclAssociation { id: implicit_association(&s.id), subnet_id: s.id.clone() }),
        );
    }
    out
}

fn write_acl(x: &mut Xml, w: &World, a: &NetworkAcl) {
    let mut entries: Vec<&NaclEntry> = a.entries.iter().collect();
    entries.sort_by_key(|e| (e.egress, e.rule_number));
    x.leaf("networkAclId", &a.id)
        .leaf("vpcId", &a.vpc_id)
        .leaf("default", a.is_default)
        .items("entrySet", entries, |x, e| {
            x.leaf("ruleNumber", e.rule_number)
                .leaf("protocol", &e.protocol)
                .leaf("ruleAction", if e.allow { "allow" } else { "deny" })
                .leaf("egress", e.egress)
                .leaf("cidrBlock", &e.cidr);
            if let Some((from, to)) = e.ports {
                x.node("portRange", |x| {
                    x.leaf("from", from).leaf("to", to);
                });
            }
        })
        .items("associationSet", associations(w, a), |x, s| {
            x.leaf("networkAclAssociationId", &s.id).leaf("networkAclId", &a.id).leaf("subnetId", &s.subnet_id);
        })
        .tags("tagSet", &a.tags)
        .leaf("ownerId", ACCOUNT_ID);
}

pub fn describe(call: &Call) -> Ec2Result {
    let filters = call.params.filters()?;
    let ids = call.params.list("NetworkAclId");
    let w = call.emu.store.read();
    for id in &ids {
        acl(call, &w, id)?;
    }
    let mut selected = Vec::new();
    for a in World::in_order(w.network_acls.values().filter(|a| a.region == call.region), |a| a.seq) {
        if !ids.is_empty() && !ids.contains(&a.id) {
            continue;
        }
        let assoc = associations(&w, a);
        let ok = matches_filters(&filters, &a.tags, |f| match f {
            "network-acl-id" => Some(vec![a.id.clone()]),
            "vpc-id" => Some(vec![a.vpc_id.clone()]),
            "default" => Some(vec![a.is_default.to_string()]),
            "owner-id" => Some(vec![ACCOUNT_ID.into()]),
            "association.subnet-id" => Some(assoc.iter().map(|x| x.subnet_id.clone()).collect()),
            "association.association-id" => Some(assoc.iter().map(|x| x.id.clone()).collect()),
            "association.network-acl-id" => Some(vec![a.id.clone()]),
            "entry.rule-number" => Some(a.entries.iter().map(|e| e.rule_number.to_string()).collect()),
            _ => None,
        })?;
        if ok {
            selected.push(a);
        }
    }
    let (selected, next) = page(call, selected, |a| a.seq)?;
    let mut x = call.xml();
    x.items("networkAclSet", selected, |x, a| write_acl(x, &w, a)).opt("nextToken", next);
    Ok(x)
}

pub fn create(call: &Call) -> Ec2Result {
    let vpc_id = call.params.required("VpcId")?;
    let tags = call.params.tag_specifications("network-acl")?;
    let w_out = call.emu.store.write(|w, changes| {
        let v = super::network::vpc(call, w, vpc_id)?;
        let deny = |egress| NaclEntry {
            rule_number: LAST_RULE,
            egress,
            protocol: "-1".into(),
            allow: false,
            cidr: "0.0.0.0/0".into(),
            ports: None,
        };
        let a = NetworkAcl {
            seq: changes.seq(),
            id: new_id(IdKind::NetworkAcl, false),
            region: call.region.into(),
            vpc_id: v.id.clone(),
            is_default: false,
            entries: vec![deny(false), deny(true)],
            associations: vec![],
            tags,
        };
        changes.put(Record::NetworkAcl(a.clone()));
        Ok::<_, Ec2Error>(a)
    })?;
    let w = call.emu.store.read();
    let mut x = call.xml();
    x.node("networkAcl", |x| write_acl(x, &w, &w_out));
    Ok(x)
}

pub fn delete(call: &Call) -> Ec2Result {
    let id = call.params.required("NetworkAclId")?;
    call.emu.store.write(|w, changes| {
        let a = acl(call, w, id)?;
        if a.is_default {
            return Err(Ec2Error::invalid(format!("cannot delete default network ACL {}", a.id)));
        }
        if let Some(s) = a.associations.first() {
            return Err(Ec2Error::new(
                "DependencyViolation",
                format!("The network ACL '{}' has dependencies and cannot be deleted: subnet {}", a.id, s.subnet_id),
            ));
        }
        changes.delete(Kind::NetworkAcl, &a.id);
        Ok(())
    })?;
    call.succeeded()
}

fn egress(call: &Call) -> Result<bool, Ec2Error> {
    Ok(call.params.bool("Egress")?.unwrap_or(false))
}

fn rule_number(call: &Call) -> Result<i32, Ec2Error> {
    let n = call.params.int("RuleNumber")?.ok_or_else(|| Ec2Error::missing("RuleNumber"))?;
    if !(1..LAST_RULE as i64).contains(&n) {
        return Err(Ec2Error::new(
            "InvalidParameterValue",
            format!("Invalid rule number: {n}. Rule numbers are 1 to 32766."),
        ));
    }
    Ok(n as i32)
}

/// The entry a Create/ReplaceNetworkAclEntry call describes.
fn entry(call: &Call) -> Result<NaclEntry, Ec2Error> {
    let protocol = match call.params.required("Protocol")? {
        "-1" | "all" => "-1".to_string(),
        "tcp" => "6".to_string(),
        "udp" => "17".to_string(),
        "icmp" => "1".to_string(),
        n if n.parse::<u8>().is_ok() => n.to_string(),
        other => {
            return Err(Ec2Error::invalid(format!(
                "Invalid value '{}' for Protocol: a protocol number (6 for TCP) or -1 for all",
                efsctl_core::model::clipped(other, 64)
            )));
        }
    };
    // TCP and UDP entries name ports; others cover every port.
    let has_ports = protocol == "6" || protocol == "17";
    let allow = match call.params.required("RuleAction")? {
        "allow" => true,
        "deny" => false,
        other => {
            return Err(Ec2Error::invalid(format!(
                "Invalid value '{}' for RuleAction: allow or deny",
                efsctl_core::model::clipped(other, 64)
            )));
        }
    };
    let text = call.params.required("CidrBlock")?;
    let cidr: Cidr = text.parse().map_err(Ec2Error::invalid)?;
    let port = |name: &str| -> Result<Option<i32>, Ec2Error> {
        match call.params.int(name)? {
            None => Ok(None),
            Some(p) if (0..=65535).contains(&p) => Ok(Some(p as i32)),
            Some(p) => Err(Ec2Error::invalid(format!("Invalid port {p} for {name}: 0 to 65535"))),
        }
    };
    let ports = match (port("PortRange.From")?, port("PortRange.To")?) {
        (Some(a), Some(b)) if a <= b => Some((a, b)),
        (Some(a), Some(b)) => {
            return Err(Ec2Error::invalid(format!("Invalid port range {a}-{b}: From must not exceed To")));
        }
        (None, None) if has_ports => {
            return Err(Ec2Error::missing("PortRange"));
        }
        (None, None) => None,
        _ => return Err(Ec2Error::missing("PortRange")),
    };
    Ok(NaclEntry {
        rule_number: rule_number(call)?,
        egress: egress(call)?,
        protocol,
        allow,
        cidr: cidr.to_string(),
        ports: if has_ports { ports } else { None },
    })
}

/// Create (`replace` false) or replace an entry.
pub fn put_entry(call: &Call, replace: bool) -> Ec2Result {
    let id = call.params.required("NetworkAclId")?;
    let e = entry(call)?;
    call.emu.store.write(|w, changes| {
        let mut a = acl(call, w, id)?.clone();
        let existing = a.entries.iter().position(|x| x.egress == e.egress && x.rule_number == e.rule_number);
        match (existing, replace) {
            (Some(_), false) => {
                return Err(Ec2Error::new(
                    "NetworkAclEntryAlreadyExists",
                    format!("The network acl entry identified by {} already exists.", e.rule_number),
                ));
            }
            (None, true) => {
                return Err(Ec2Error::new(
                    "InvalidNetworkAclEntry.NotFound",
                    format!("The network acl entry identified by {} does not exist.", e.rule_number),
                ));
            }
            (Some(i), true) => a.entries[i] = e.clone(),
            (None, false) => {
                if a.entries.iter().filter(|x| x.egress == e.egress && x.rule_number != LAST_RULE).count()
                    >= MAX_ENTRIES_PER_DIRECTION
                {
                    return Err(Ec2Error::new(
                        "NetworkAclEntryLimitExceeded",
                        format!("The maximum number of network ACL entries ({MAX_ENTRIES_PER_DIRECTION}) per direction has been reached."),
                    ));
                }
                a.entries.push(e.clone());
            }
        }
        changes.put(Record::NetworkAcl(a));
        Ok(())
    })?;
    call.succeeded()
}

pub fn delete_entry(call: &Call) -> Ec2Result {
    let id = call.params.required("NetworkAclId")?;
    let (number, egress) = (rule_number(call)?, egress(call)?);
    call.emu.store.write(|w, changes| {
        let mut a = acl(call, w, id)?.clone();
        let before = a.entries.len();
        a.entries.retain(|x| !(x.egress == egress && x.rule_number == number));
        if a.entries.len() == before {
            return Err(Ec2Error::new(
                "InvalidNetworkAclEntry.NotFound",
                format!("The network acl entry identified by {number} does not exist."),
            ));
        }
        changes.put(Record::NetworkAcl(a));
        Ok(())
    })?;
    call.succeeded()
}

/// ReplaceNetworkAclAssociation: moves a subnet (named by its current association) to an ACL
/// of the same VPC.
pub fn replace_association(call: &Call) -> Ec2Result {
    let association = call.params.required("AssociationId")?;
    let target = call.params.required("NetworkAclId")?;
    let new_association = call.emu.store.write(|w, changes| {
        let to = acl(call, w, target)?.clone();
        let subnet = w
            .network_acls
            .values()
            .filter(|a| a.region == call.region)
            .flat_map(|a| associations(w, a))
            .find(|x| x.id == association)
            .map(|x| x.subnet_id)
            .ok_or_else(|| {
                Ec2Error::new(
                    "InvalidAssociationID.NotFound",
                    format!("The association ID '{}' does not exist", efsctl_core::model::clipped(association, 64)),
                )
            })?;
        let s = super::network::subnet(call, w, &subnet)?;
        if s.vpc_id != to.vpc_id {
            return Err(Ec2Error::invalid(format!(
                "Network ACL {} and subnet {} belong to different VPCs",
                to.id, s.id
            )));
        }
        for a in w.network_acls.values().filter(|a| a.associations.iter().any(|x| x.subnet_id == s.id)) {
            let mut a = a.clone();
            a.associations.retain(|x| x.subnet_id != s.id);
            changes.put(Record::NetworkAcl(a));
        }
        let id = if to.is_default { implicit_association(&s.id) } else { new_id(IdKind::NetworkAclAssociation, false) };
        if !to.is_default {
            let mut to = to.clone();
            to.associations.push(NaclAssociation { id: id.clone(), subnet_id: s.id.clone() });
            changes.put(Record::NetworkAcl(to));
        }
        Ok::<_, Ec2Error>(id)
    })?;
    let mut x = call.xml();
    x.leaf("newAssociationId", new_association);
    Ok(x)
}
