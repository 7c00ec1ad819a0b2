//! Form parameters of an EC2 Query request, with EC2's list (`Name.N`) and struct
//! (`Name.N.Member`) conventions.

use std::collections::BTreeMap;

use super::Ec2Error;
use efsctl_core::model::tags::Tag;

#[derive(Debug, Default, Clone)]
pub struct Params(BTreeMap<String, String>);

impl Params {
    pub fn parse(body: &[u8]) -> Self {
        Params(form_urlencoded::parse(body).into_owned().collect())
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter()
    }

    pub fn required(&self, name: &str) -> Result<&str, Ec2Error> {
        self.get(name).filter(|v| !v.is_empty()).ok_or_else(|| Ec2Error::missing(name))
    }

    pub fn int(&self, name: &str) -> Result<Option<i64>, Ec2Error> {
        self.get(name)
            .map(|v| v.parse::<i64>().map_err(|_| Ec2Error::invalid(format!("{name} must be an integer, got '{v}'"))))
            .transpose()
    }

    /// A `true`/`false` parameter, if given.
    pub fn bool(&self, name: &str) -> Result<Option<bool>, Ec2Error> {
        match self.get(name) {
            None => Ok(None),
            Some("true") => Ok(Some(true)),
            Some("false") => Ok(Some(false)),
            Some(other) => Err(Ec2Error::invalid(format!(
                "Invalid value '{}' for {name}: it must be true or false",
                efsctl_core::model::clipped(other, 64)
            ))),
        }
    }

    /// `prefix.N.…` groups as sub-parameters (keys relative to `prefix.N.`), in index order;
    /// the value of `prefix.N` itself is under the empty key.
    pub fn indexed(&self, prefix: &str) -> Vec<Params> {
        let mut groups: BTreeMap<u32, Params> = BTreeMap::new();
        let dotted = format!("{prefix}.");
        for (k, v) in self.0.range(dotted.clone()..) {
            let Some(rest) = k.strip_prefix(&dotted) else { break };
            let (index, member) = rest.split_once('.').unwrap_or((rest, ""));
            if let Ok(i) = index.parse::<u32>() {
                groups.entry(i).or_default().0.insert(member.to_string(), v.clone());
            }
        }
        groups.into_values().collect()
    }

    /// Values of the list `prefix.N`.
    pub fn list(&self, prefix: &str) -> Vec<String> {
        self.indexed(prefix).into_iter().filter_map(|p| p.get("").map(str::to_string)).collect()
    }

    /// `Filter.N.Name` / `Filter.N.Value.M` pairs.
    pub fn filters(&self) -> Result<Vec<(String, Vec<String>)>, Ec2Error> {
        self.indexed("Filter")
            .into_iter()
            .map(|f| {
                let name = f.get("Name").ok_or_else(|| Ec2Error::missing("Filter.N.Name"))?.to_string();
                Ok((name, f.list("Value")))
            })
            .collect()
    }

    /// Tags of `TagSpecification.N` entries whose ResourceType is `resource_type`.
    pub fn tag_specifications(&self, resource_type: &str) -> Result<Vec<Tag>, Ec2Error> {
        let mut tags = Vec::new();
        for spec in self.indexed("TagSpecification") {
            match spec.get("ResourceType") {
                Some(t) if t == resource_type => tags.extend(spec.tags("Tag")?),
                Some(t) => {
                    return Err(Ec2Error::invalid(format!(
                        "'{t}' is not a valid taggable resource type for this operation (expected {resource_type})"
                    )));
                }
                None => return Err(Ec2Error::missing("TagSpecification.N.ResourceType")),
            }
        }
        efsctl_core::model::tags::merge(&[], &tags, efsctl_core::model::tags::Rules::Ec2).map_err(Ec2Error::invalid)
    }

    /// `prefix.N.Key` / `prefix.N.Value` pairs; a missing value is the empty string.
    pub fn tags(&self, prefix: &str) -> Result<Vec<Tag>, Ec2Error> {
        self.indexed(prefix)
            .into_iter()
            .map(|t| {
                let key = t.get("Key").ok_or_else(|| Ec2Error::missing(&format!("{prefix}.N.Key")))?.to_string();
                Ok(Tag { key, value: t.get("Value").unwrap_or_default().to_string() })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Params;

    #[test]
    fn lists_structs_and_filters() {
        let p = Params::parse(b"Action=X&GroupId.2=sg-b&GroupId.1=sg-a&Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-1&Filter.1.Value.2=vpc-2&IpPermissions.1.IpRanges.1.CidrIp=10.0.0.0/8&IpPermissions.1.FromPort=2049");
        assert_eq!(p.list("GroupId"), vec!["sg-a", "sg-b"]);
        assert_eq!(p.filters().unwrap(), vec![("vpc-id".to_string(), vec!["vpc-1".to_string(), "vpc-2".to_string()])]);
        let perms = p.indexed("IpPermissions");
        assert_eq!(perms.len(), 1);
        assert_eq!(perms[0].get("FromPort"), Some("2049"));
        assert_eq!(perms[0].indexed("IpRanges")[0].get("CidrIp"), Some("10.0.0.0/8"));
    }
}
