//! Resource identifiers and ARNs in AWS's formats.

use rand::Rng;

/// Kinds of identifiers the emulator hands out, with their prefixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    FileSystem,
    MountTarget,
    AccessPoint,
    NetworkInterface,
    SecurityGroup,
    SecurityGroupRule,
    Subnet,
    Vpc,
    NetworkAcl,
    NetworkAclAssociation,
}

impl IdKind {
    pub fn prefix(self) -> &'static str {
        match self {
            IdKind::FileSystem => "fs",
            IdKind::MountTarget => "fsmt",
            IdKind::AccessPoint => "fsap",
            IdKind::NetworkInterface => "eni",
            IdKind::SecurityGroup => "sg",
            IdKind::SecurityGroupRule => "sgr",
            IdKind::Subnet => "subnet",
            IdKind::Vpc => "vpc",
            IdKind::NetworkAcl => "acl",
            IdKind::NetworkAclAssociation => "aclassoc",
        }
    }
}

/// A fresh id: the kind's prefix and 17 lowercase hex digits (8 for the legacy short form).
pub fn new_id(kind: IdKind, short: bool) -> String {
    let digits = if short { 8 } else { 17 };
    let mut rng = rand::rng();
    let hex: String = (0..digits).map(|_| char::from_digit(rng.random_range(0..16), 16).unwrap_or('0')).collect();
    format!("{}-{hex}", kind.prefix())
}

/// `true` when `s` is `prefix-` followed by 8 to 40 lowercase hex digits.
pub fn is_id(kind: IdKind, s: &str) -> bool {
    s.strip_prefix(kind.prefix())
        .and_then(|rest| rest.strip_prefix('-'))
        .is_some_and(|hex| (8..=40).contains(&hex.len()) && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
}

pub fn file_system_arn(region: &str, id: &str) -> String {
    format!("arn:aws:elasticfilesystem:{region}:{}:file-system/{id}", super::ACCOUNT_ID)
}

pub fn access_point_arn(region: &str, id: &str) -> String {
    format!("arn:aws:elasticfilesystem:{region}:{}:access-point/{id}", super::ACCOUNT_ID)
}

/// Accepts a bare id or its EFS ARN (`…:file-system/fs-…`, `…:access-point/fsap-…`) and returns
/// the bare id when it is well formed.
pub fn parse_id_or_arn(kind: IdKind, s: &str) -> Option<String> {
    if s.len() > 128 {
        return None;
    }
    let bare = match s.strip_prefix("arn:") {
        Some(rest) => {
            let mut parts = rest.splitn(5, ':');
            let partition = parts.next()?;
            let service = parts.next()?;
            let _region = parts.next()?;
            let _account = parts.next()?;
            let resource = parts.next()?;
            if !partition.starts_with("aws") || service != "elasticfilesystem" {
                return None;
            }
            let (rtype, id) = resource.split_once('/')?;
            let expected = match kind {
                IdKind::FileSystem => "file-system",
                IdKind::AccessPoint => "access-point",
                _ => return None,
            };
            if rtype != expected {
                return None;
            }
            id
        }
        None => s,
    };
    is_id(kind, bare).then(|| bare.to_string())
}

/// Whether `id_or_arn` can name a resource of `region` in this account: an id always can, an
/// ARN only when it names that region and account.
pub fn arn_is_local(id_or_arn: &str, region: &str) -> bool {
    match id_or_arn.strip_prefix("arn:") {
        None => true,
        Some(rest) => {
            matches!(rest.splitn(5, ':').collect::<Vec<_>>()[..], [_, _, r, account, _] if r == region && account == super::ACCOUNT_ID)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn new_ids_are_well_formed() {
        for kind in [IdKind::FileSystem, IdKind::MountTarget, IdKind::AccessPoint, IdKind::Vpc] {
            let id = new_id(kind, false);
            assert!(is_id(kind, &id), "{id}");
            assert_eq!(id.len(), kind.prefix().len() + 18);
            assert!(is_id(kind, &new_id(kind, true)));
        }
    }

    #[test]
    fn arns_parse_back() {
        let arn = file_system_arn("eu-west-1", "fs-0123456789abcdef0");
        assert_eq!(parse_id_or_arn(IdKind::FileSystem, &arn).as_deref(), Some("fs-0123456789abcdef0"));
        assert_eq!(parse_id_or_arn(IdKind::AccessPoint, &arn), None);
        assert_eq!(parse_id_or_arn(IdKind::FileSystem, "fs-XYZ"), None);
        assert_eq!(parse_id_or_arn(IdKind::FileSystem, "fs-1234567"), None);
    }

    proptest! {
        #[test]
        fn parse_never_panics(s in ".{0,200}") {
            let _ = parse_id_or_arn(IdKind::FileSystem, &s);
            let _ = parse_id_or_arn(IdKind::AccessPoint, &s);
        }
    }
}
