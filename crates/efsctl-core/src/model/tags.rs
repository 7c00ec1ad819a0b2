//! Tag rules shared by EFS and EC2 resources.

use serde::{Deserialize, Serialize};

use super::limits::MAX_TAGS_PER_RESOURCE;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    pub key: String,
    pub value: String,
}

/// Whose tag rules apply: EFS allows letters, digits, spaces and `_.:/=+-@`; EC2 any characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rules {
    Efs,
    Ec2,
}

/// EFS's pattern is `[\p{L}\p{Z}\p{N}_.:/=+\-@]`: separators, not tabs or newlines, count as spaces.
fn allowed(text: &str, rules: Rules) -> bool {
    rules == Rules::Ec2
        || text.chars().all(|c| c.is_alphanumeric() || (c.is_whitespace() && !c.is_control()) || "_.:/=+-@".contains(c))
}

pub fn validate_key(key: &str, rules: Rules) -> Result<(), String> {
    if key.is_empty() || key.chars().count() > 128 {
        return Err(format!("tag key '{key}' must be 1 to 128 characters"));
    }
    if key.to_ascii_lowercase().starts_with("aws:") {
        return Err(format!("tag key '{key}' uses the reserved prefix 'aws:'"));
    }
    if !allowed(key, rules) {
        return Err(format!("tag key '{key}' may contain only letters, digits, spaces and _.:/=+-@"));
    }
    Ok(())
}

pub fn validate_value(value: &str, rules: Rules) -> Result<(), String> {
    if value.chars().count() > 256 {
        return Err("tag values are at most 256 characters".into());
    }
    if !allowed(value, rules) {
        return Err(format!("tag value '{value}' may contain only letters, digits, spaces and _.:/=+-@"));
    }
    Ok(())
}

/// Merges `new` into `existing` (later keys overwrite), refusing invalid tags and more than 50.
pub fn merge(existing: &[Tag], new: &[Tag], rules: Rules) -> Result<Vec<Tag>, String> {
    let mut out = existing.to_vec();
    for tag in new {
        validate_key(&tag.key, rules)?;
        validate_value(&tag.value, rules)?;
        match out.iter_mut().find(|t| t.key == tag.key) {
            Some(t) => t.value = tag.value.clone(),
            None => out.push(tag.clone()),
        }
    }
    if out.len() > MAX_TAGS_PER_RESOURCE {
        return Err(format!("a resource can have at most {MAX_TAGS_PER_RESOURCE} tags"));
    }
    Ok(out)
}

pub fn name_of(tags: &[Tag]) -> Option<&str> {
    tags.iter().find(|t| t.key == "Name").map(|t| t.value.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(k: &str, v: &str) -> Tag {
        Tag { key: k.into(), value: v.into() }
    }

    #[test]
    fn merge_overwrites_and_limits() {
        let merged = merge(&[tag("a", "1")], &[tag("a", "2"), tag("Name", "x")], Rules::Efs).unwrap();
        assert_eq!(merged, vec![tag("a", "2"), tag("Name", "x")]);
        assert_eq!(name_of(&merged), Some("x"));
        assert!(merge(&[], &[tag("aws:x", "1")], Rules::Ec2).is_err());
        assert!(merge(&[], &[tag("bad#", "1")], Rules::Efs).is_err());
        assert!(merge(&[], &[tag("tab\there", "1")], Rules::Efs).is_err());
        assert!(merge(&[], &[tag("no\u{a0}break space", "1")], Rules::Efs).is_ok());
        // EC2 takes any characters.
        assert!(merge(&[], &[tag("k!#%", "v&<>")], Rules::Ec2).is_ok());
        let many: Vec<Tag> = (0..51).map(|i| tag(&format!("k{i}"), "v")).collect();
        assert!(merge(&[], &many, Rules::Efs).is_err());
    }
}
