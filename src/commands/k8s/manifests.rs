//! Kubernetes objects for the EFS CSI driver, built from k8s-openapi's types: a static
//! PersistentVolume (volumeHandle `fs-…`, `fs-…::fsap-…` or `fs-…:/path`) and its claim, or a
//! StorageClass for the driver's access-point provisioning and a claim of it.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{
    CSIPersistentVolumeSource, PersistentVolume, PersistentVolumeClaim, PersistentVolumeClaimSpec,
    PersistentVolumeSpec, VolumeResourceRequirements,
};
use k8s_openapi::api::storage::v1::StorageClass;
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde::Serialize;

/// The EFS CSI driver's name.
pub const DRIVER: &str = "efs.csi.aws.com";

/// What the volume is.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    FileSystem,
    AccessPoint(String),
    Path(String),
    /// Access points made per claim by the driver.
    Dynamic {
        gid_range: Option<(u32, u32)>,
        base_path: Option<String>,
        directory_perms: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub file_system_id: String,
    pub source: Source,
    pub name: String,
    pub namespace: String,
    pub size: String,
    pub tls: bool,
    pub iam: bool,
}

/// The objects, in the order to apply them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Object {
    PersistentVolume(Box<PersistentVolume>),
    StorageClass(Box<StorageClass>),
    PersistentVolumeClaim(Box<PersistentVolumeClaim>),
}

/// Checks a value against what Kubernetes and the driver accept; the message says which.
pub fn validate(r: &Request) -> Result<(), String> {
    let dns_label = |s: &str| {
        !s.is_empty()
            && s.len() <= 63
            && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !s.starts_with('-')
            && !s.ends_with('-')
    };
    let dns_subdomain = |s: &str| s.len() <= 253 && s.split('.').all(dns_label);
    if !dns_subdomain(&r.name) {
        return Err(format!(
            "--name '{}' is not a Kubernetes object name (lowercase letters, digits, '-' and '.', at most 253)",
            r.name
        ));
    }
    if !dns_label(&r.namespace) {
        return Err(format!(
            "--namespace '{}' is not a namespace name (lowercase letters, digits and '-', at most 63)",
            r.namespace
        ));
    }
    let quantity = r.size.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &r.size[quantity.len()..];
    if quantity.parse::<f64>().map_or(true, |q| q <= 0.0 || !q.is_finite())
        || !["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "k", "M", "G", "T", "P", "E"].contains(&suffix)
    {
        return Err(format!("--size '{}' is not a Kubernetes quantity like 5Gi or 100Mi", r.size));
    }
    match &r.source {
        Source::Path(p) if !p.starts_with('/') || p.contains("//") || p.split('/').any(|c| c == "..") => {
            return Err(format!("--path '{p}' must be an absolute path without '..'"));
        }
        Source::Dynamic { gid_range, base_path, directory_perms } => {
            if directory_perms.len() != 3 || !directory_perms.chars().all(|c| ('0'..='7').contains(&c)) {
                return Err(format!("--directory-perms '{directory_perms}' must be three octal digits, e.g. 700"));
            }
            if let Some((a, b)) = gid_range
                && (a >= b || *a == 0)
            {
                return Err(format!("--uid-range {a}-{b}: give a range A-B with 0 < A < B"));
            }
            if base_path.as_ref().is_some_and(|p| !p.starts_with('/')) {
                return Err("--base-path must be an absolute path, e.g. /dynamic_provisioning".into());
            }
        }
        _ => {}
    }
    Ok(())
}

fn meta(name: &str, namespace: Option<&str>) -> ObjectMeta {
    ObjectMeta { name: Some(name.to_string()), namespace: namespace.map(str::to_string), ..Default::default() }
}

fn mount_options(r: &Request) -> Option<Vec<String>> {
    let options: Vec<String> =
        [(r.tls, "tls"), (r.iam, "iam")].iter().filter(|(on, _)| *on).map(|(_, o)| o.to_string()).collect();
    (!options.is_empty()).then_some(options)
}

fn claim(r: &Request, class: &str, volume: Option<&str>) -> PersistentVolumeClaim {
    PersistentVolumeClaim {
        metadata: meta(&r.name, Some(&r.namespace)),
        spec: Some(PersistentVolumeClaimSpec {
            access_modes: Some(vec!["ReadWriteMany".into()]),
            storage_class_name: Some(class.to_string()),
            volume_name: volume.map(str::to_string),
            resources: Some(VolumeResourceRequirements {
                requests: Some(BTreeMap::from([("storage".to_string(), Quantity(r.size.clone()))])),
                ..Default::default()
            }),
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// The manifests for `r` (validated first).
pub fn build(r: &Request) -> Result<Vec<Object>, String> {
    validate(r)?;
    let fs = &r.file_system_id;
    if let Source::Dynamic { gid_range, base_path, directory_perms } = &r.source {
        let mut parameters = BTreeMap::from([
            ("provisioningMode".to_string(), "efs-ap".to_string()),
            ("fileSystemId".to_string(), fs.clone()),
            ("directoryPerms".to_string(), directory_perms.clone()),
            ("subPathPattern".to_string(), "${.PVC.namespace}/${.PVC.name}".to_string()),
            ("ensureUniqueDirectory".to_string(), "true".to_string()),
        ]);
        if let Some((a, b)) = gid_range {
            parameters.insert("gidRangeStart".into(), a.to_string());
            parameters.insert("gidRangeEnd".into(), b.to_string());
        }
        if let Some(p) = base_path {
            parameters.insert("basePath".into(), p.clone());
        }
        let class = StorageClass {
            metadata: meta(&r.name, None),
            provisioner: DRIVER.into(),
            parameters: Some(parameters),
            mount_options: mount_options(r),
            reclaim_policy: Some("Delete".into()),
            volume_binding_mode: Some("Immediate".into()),
            ..Default::default()
        };
        return Ok(vec![
            Object::StorageClass(Box::new(class)),
            Object::PersistentVolumeClaim(Box::new(claim(r, &r.name, None))),
        ]);
    }
    let handle = match &r.source {
        Source::AccessPoint(ap) => format!("{fs}::{ap}"),
        Source::Path(p) => format!("{fs}:{p}"),
        _ => fs.clone(),
    };
    let volume = PersistentVolume {
        metadata: meta(&r.name, None),
        spec: Some(PersistentVolumeSpec {
            capacity: Some(BTreeMap::from([("storage".to_string(), Quantity(r.size.clone()))])),
            volume_mode: Some("Filesystem".into()),
            access_modes: Some(vec!["ReadWriteMany".into()]),
            persistent_volume_reclaim_policy: Some("Retain".into()),
            // "": bound only to the claim below, never to a class's provisioner.
            storage_class_name: Some(String::new()),
            mount_options: mount_options(r),
            csi: Some(CSIPersistentVolumeSource { driver: DRIVER.into(), volume_handle: handle, ..Default::default() }),
            ..Default::default()
        }),
        ..Default::default()
    };
    Ok(vec![
        Object::PersistentVolume(Box::new(volume)),
        Object::PersistentVolumeClaim(Box::new(claim(r, "", Some(&r.name)))),
    ])
}

/// Multi-document YAML, one document per object.
pub fn to_yaml(objects: &[Object]) -> Result<String, String> {
    let docs: Result<Vec<String>, String> =
        objects.iter().map(|o| serde_yaml_ng::to_string(o).map_err(|e| e.to_string())).collect();
    Ok(docs?.join("---\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(source: Source) -> Request {
        Request {
            file_system_id: "fs-0123456789abcdef0".into(),
            source,
            name: "shared".into(),
            namespace: "ml".into(),
            size: "5Gi".into(),
            tls: true,
            iam: false,
        }
    }

    /// The YAML parses back into the same k8s-openapi objects.
    fn round_trip(objects: &[Object], yaml: &str) {
        let docs: Vec<&str> = yaml.split("---\n").collect();
        assert_eq!(docs.len(), objects.len());
        for (o, doc) in objects.iter().zip(docs) {
            let back = match o {
                Object::PersistentVolume(_) => {
                    Object::PersistentVolume(Box::new(serde_yaml_ng::from_str(doc).unwrap()))
                }
                Object::StorageClass(_) => Object::StorageClass(Box::new(serde_yaml_ng::from_str(doc).unwrap())),
                Object::PersistentVolumeClaim(_) => {
                    Object::PersistentVolumeClaim(Box::new(serde_yaml_ng::from_str(doc).unwrap()))
                }
            };
            assert_eq!(&back, o);
        }
    }

    #[test]
    fn golden_manifests_parse_back_unchanged() {
        for (name, source) in [
            ("static_fs", Source::FileSystem),
            ("static_access_point", Source::AccessPoint("fsap-0123456789abcdef0".into())),
            ("static_path", Source::Path("/teams/ml".into())),
            (
                "dynamic",
                Source::Dynamic {
                    gid_range: Some((1000, 2000)),
                    base_path: Some("/dyn".into()),
                    directory_perms: "700".into(),
                },
            ),
        ] {
            let objects = build(&request(source)).unwrap();
            let yaml = to_yaml(&objects).unwrap();
            insta::assert_snapshot!(name, yaml);
            round_trip(&objects, &yaml);
        }
    }

    #[test]
    fn values_the_driver_refuses_are_refused() {
        let bad = |f: fn(&mut Request)| {
            let mut r = request(Source::FileSystem);
            f(&mut r);
            validate(&r).unwrap_err()
        };
        assert!(bad(|r| r.name = "Shared".into()).contains("--name"));
        assert!(bad(|r| r.namespace = "a.b".into()).contains("--namespace"));
        assert!(bad(|r| r.size = "5GB".into()).contains("--size"));
        assert!(bad(|r| r.source = Source::Path("rel".into())).contains("--path"));
        assert!(
            bad(|r| r.source =
                Source::Dynamic { gid_range: Some((9, 3)), base_path: None, directory_perms: "700".into() })
            .contains("--uid-range")
        );
        assert!(
            bad(|r| r.source = Source::Dynamic { gid_range: None, base_path: None, directory_perms: "79".into() })
                .contains("--directory-perms")
        );
    }
}
