//! CreateTags, DeleteTags and DescribeTags for the EC2 resources the emulator keeps.

use super::{Call, Ec2Error, Ec2Result, matches_filters, page_slice};
use crate::records::Record;
use crate::store::{Changes, World};
use efsctl_core::model::tags::{Tag, merge};

/// A change to a resource's tags.
type Edit<'a> = &'a dyn Fn(&[Tag]) -> Result<Vec<Tag>, Ec2Error>;

/// Rewrites the tags of resource `id` (a VPC, subnet, security group or network interface).
fn retag(call: &Call, w: &World, changes: &mut Changes, id: &str, edit: Edit) -> Result<(), Ec2Error> {
    let prefix = id.split('-').next().unwrap_or_default();
    match prefix {
        "vpc" => {
            let mut r = super::network::vpc(call, w, id)?.clone();
            r.tags = edit(&r.tags)?;
            changes.put(Record::Vpc(r));
        }
        "subnet" => {
            let mut r = super::network::subnet(call, w, id)?.clone();
            r.tags = edit(&r.tags)?;
            changes.put(Record::Subnet(r));
        }
        "sg" => {
            let mut r = super::security_groups::group(call, w, id)?.clone();
            r.tags = edit(&r.tags)?;
            changes.put(Record::SecurityGroup(r));
        }
        "eni" => {
            let mut r = super::interfaces::interface(call, w, id)?.clone();
            r.tags = edit(&r.tags)?;
            changes.put(Record::NetworkInterface(r));
        }
        _ => {
            return Err(Ec2Error::new(
                "InvalidID",
                format!("The ID '{id}' is not valid (the emulator tags vpc-, subnet-, sg- and eni- resources)"),
            ));
        }
    }
    Ok(())
}

fn resources(call: &Call) -> Result<Vec<String>, Ec2Error> {
    let ids = call.params.list("ResourceId");
    if ids.is_empty() {
        return Err(Ec2Error::missing("ResourceId.N"));
    }
    Ok(ids)
}

pub fn create(call: &Call) -> Ec2Result {
    let ids = resources(call)?;
    let tags = call.params.tags("Tag")?;
    if tags.is_empty() {
        return Err(Ec2Error::missing("Tag.N"));
    }
    call.emu.store.write(|w, changes| {
        for id in &ids {
            retag(call, w, changes, id, &|existing| {
                merge(existing, &tags, efsctl_core::model::tags::Rules::Ec2).map_err(Ec2Error::invalid)
            })?;
        }
        Ok::<_, Ec2Error>(())
    })?;
    call.succeeded()
}

pub fn delete(call: &Call) -> Ec2Result {
    let ids = resources(call)?;
    let specs: Vec<(String, Option<String>)> = call
        .params
        .indexed("Tag")
        .into_iter()
        .filter_map(|t| Some((t.get("Key")?.to_string(), t.get("Value").map(str::to_string))))
        .collect();
    call.emu.store.write(|w, changes| {
        for id in &ids {
            retag(call, w, changes, id, &|existing| {
                // No Tag.N: every tag goes; Key only: any value; Key+Value: only that pair.
                Ok(existing
                    .iter()
                    .filter(|t| {
                        !specs.is_empty()
                            && !specs.iter().any(|(k, v)| *k == t.key && v.as_ref().is_none_or(|v| *v == t.value))
                    })
                    .cloned()
                    .collect())
            })?;
        }
        Ok::<_, Ec2Error>(())
    })?;
    call.succeeded()
}

pub fn describe(call: &Call) -> Ec2Result {
    let filters = call.params.filters()?;
    let w = call.emu.store.read();
    let mut rows: Vec<(u64, &str, &'static str, &Tag)> = Vec::new();
    let region = call.region;
    for v in w.vpcs.values().filter(|r| r.region == region) {
        rows.extend(v.tags.iter().map(|t| (v.seq, v.id.as_str(), "vpc", t)));
    }
    for s in w.subnets.values().filter(|r| r.region == region) {
        rows.extend(s.tags.iter().map(|t| (s.seq, s.id.as_str(), "subnet", t)));
    }
    for g in w.security_groups.values().filter(|r| r.region == region) {
        rows.extend(g.tags.iter().map(|t| (g.seq, g.id.as_str(), "security-group", t)));
    }
    for e in w.network_interfaces.values().filter(|r| r.region == region) {
        rows.extend(e.tags.iter().map(|t| (e.seq, e.id.as_str(), "network-interface", t)));
    }
    rows.sort_by_key(|r| r.0);
    let mut selected = Vec::new();
    for (_, id, kind, tag) in rows {
        let ok = matches_filters(&filters, &[], |f| match f {
            "resource-id" => Some(vec![id.to_string()]),
            "resource-type" => Some(vec![kind.to_string()]),
            "key" => Some(vec![tag.key.clone()]),
            "value" => Some(vec![tag.value.clone()]),
            _ => None,
        })?;
        if ok {
            selected.push((id, kind, tag));
        }
    }
    let (page, next) = page_slice(call, &selected)?;
    let mut x = call.xml();
    x.items("tagSet", page, |x, (id, kind, t)| {
        x.leaf("resourceId", id).leaf("resourceType", kind).leaf("key", &t.key).leaf("value", &t.value);
    })
    .opt("nextToken", next);
    Ok(x)
}
