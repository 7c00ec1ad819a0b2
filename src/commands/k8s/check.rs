//! What a pod can do on an EFS volume, as a pure function of its workload's security context
//! and the volume's root directory: read, write and chown, per container, with why and the fix.
//! The mismatches the EFS CSI driver's users meet: a uid the root's mode does not let write, a
//! group without write permission, chown without root, fsGroup that EFS never applies.

use k8s_openapi::api::apps::v1::{DaemonSet, Deployment, ReplicaSet, StatefulSet};
use k8s_openapi::api::batch::v1::{CronJob, Job};
use k8s_openapi::api::core::v1::{Pod, PodSpec};
use serde::Serialize;

use efsctl_core::doctor::{may_read, may_write};

/// A container's identity and its mounts of the workload's volumes.
#[derive(Debug, Clone, PartialEq)]
pub struct Container {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    /// Supplemental groups, fsGroup among them (Kubernetes adds it to every container).
    pub groups: Vec<u32>,
    /// (volume, mount path, read-only)
    pub mounts: Vec<(String, String, bool)>,
    /// Whether runAsUser was set (an image's own user is not known here).
    pub uid_given: bool,
}

/// The pod template of a workload, read from its YAML.
#[derive(Debug, Clone, PartialEq)]
pub struct Workload {
    pub kind: String,
    pub name: String,
    /// Where its pod spec is, for messages (`spec.template.spec`).
    pub spec_path: &'static str,
    pub fs_group: Option<u32>,
    pub containers: Vec<Container>,
}

/// The volume's root as the pod sees it: the identity an access point enforces, and the
/// directory's owner and mode (`None` when not known).
#[derive(Debug, Clone, PartialEq)]
pub struct Volume {
    pub file_system_id: String,
    pub description: String,
    pub enforced: Option<(u32, u32, Vec<u32>)>,
    pub root: Option<(u32, u32, u32)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Prediction {
    pub container: String,
    pub mount_path: String,
    /// The identity EFS sees.
    pub as_user: String,
    pub read: bool,
    pub write: bool,
    pub chown: bool,
    /// Why, and what to change, one line each.
    pub findings: Vec<String>,
}

/// Each container's mounts of the EFS volumes (by name in `efs_volumes`), in spec order.
pub fn efs_mounts<'w>(
    w: &'w Workload,
    efs_volumes: &'w [String],
) -> impl Iterator<Item = (&'w Container, &'w str, bool)> {
    w.containers.iter().flat_map(move |c| {
        c.mounts.iter().filter(|(v, _, _)| efs_volumes.contains(v)).map(move |(_, path, ro)| (c, path.as_str(), *ro))
    })
}

/// What each container mounting an EFS volume (by name in `efs_volumes`) can do there, one
/// prediction per mount, in the order of `efs_mounts`.
pub fn predict(w: &Workload, volume: &Volume, efs_volumes: &[String]) -> Vec<Prediction> {
    let mut out = Vec::new();
    for (c, path, read_only) in efs_mounts(w, efs_volumes) {
        let (uid, gid, groups) = match &volume.enforced {
            Some((u, g, more)) => (*u, *g, more.clone()),
            None => (c.uid, c.gid, c.groups.clone()),
        };
        let mut findings = Vec::new();
        if volume.enforced.is_some() {
            findings.push(format!(
                "{}: EFS sees every container as {uid}:{gid}, whatever its runAsUser ({})",
                volume.description, c.uid
            ));
        } else if !c.uid_given {
            findings.push(format!(
                "runAsUser is not set: the image's user decides; assuming root (set {}.securityContext.runAsUser)",
                w.spec_path
            ));
        }
        let (read, write) = match volume.root {
            Some(dir) => (may_read((uid, gid, &groups), dir), !read_only && may_write((uid, gid, &groups), dir)),
            None => {
                findings.push(
                    "the root directory's owner and mode are not known here: write access is not predicted".into(),
                );
                (true, !read_only)
            }
        };
        if let Some((owner, group, mode)) = volume.root
            && !write
            && !read_only
        {
            let in_group = gid == group || groups.contains(&group);
            if uid != owner && in_group && mode & 0o020 == 0 {
                findings.push(format!(
                        "write: no — {uid}:{gid} is in the root's group {group}, but its mode {mode:o} lacks group write; fix: chmod g+w the root as its owner ({owner}), or create the access point with --permissions 0775"
                    ));
            } else {
                findings.push(format!(
                        "write: no — the root is {owner}:{group} mode {mode:o} and {uid}:{gid} is {}; fix: securityContext runAsUser: {owner} and runAsGroup: {group}, or an access point whose POSIX user owns its root (efsctl access-point create {} --uid {uid} --gid {gid} --path /NEW --owner-uid {uid} --owner-gid {gid} --permissions 0755)",
                        if uid == owner { "its owner without write permission" } else { "neither its owner nor allowed by its mode" },
                        volume.file_system_id
                    ));
            }
        }
        let chown = uid == 0;
        if !chown {
            findings.push(format!("chown: no — only root may change owners, and EFS sees {uid}"));
        }
        if let Some(f) = w.fs_group {
            findings.push(format!(
                    "fsGroup {f} is not applied to EFS volumes (the CSI driver leaves ownership as it is): files there get gid {gid}{}",
                    if volume.root.is_some_and(|(_, g, _)| g == f) { "" } else { ", and the root is not group-owned by fsGroup" }
                ));
        }
        out.push(Prediction {
            container: c.name.clone(),
            mount_path: path.to_string(),
            as_user: format!("{uid}:{gid}"),
            read,
            write,
            chown,
            findings,
        });
    }
    out
}

/// Why a workload file cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum WorkloadError {
    #[error("{0}")]
    Yaml(String),
    #[error(
        "document {doc}: kind {kind} has no pod template; give a Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob"
    )]
    NoPodTemplate { doc: usize, kind: String },
    #[error("no document with a pod template")]
    Empty,
    #[error("{path}: the container mounts volume '{volume}', which {spec}.volumes does not define")]
    UnknownVolume { path: String, volume: String, spec: &'static str },
}

/// The first workload with a pod template in a (multi-document) YAML file, and the names of
/// its volumes that are EFS (`persistentVolumeClaim` or the EFS CSI driver), in spec order.
pub fn parse(text: &str) -> Result<(Workload, Vec<(String, String)>), WorkloadError> {
    for (i, doc) in text.split("\n---").map(|d| d.trim_start_matches("---")).enumerate() {
        if doc.trim().is_empty() {
            continue;
        }
        let head: serde_yaml_ng::Value =
            serde_yaml_ng::from_str(doc).map_err(|e| WorkloadError::Yaml(format!("document {}: {e}", i + 1)))?;
        let kind = head.get("kind").and_then(|k| k.as_str()).unwrap_or("").to_string();
        let typed = |e: serde_yaml_ng::Error| WorkloadError::Yaml(format!("document {} ({kind}): {e}", i + 1));
        let (name, spec, spec_path): (Option<String>, Option<PodSpec>, &'static str) = match kind.as_str() {
            "Pod" => {
                let p: Pod = serde_yaml_ng::from_str(doc).map_err(typed)?;
                (p.metadata.name, p.spec, "spec")
            }
            "Deployment" => {
                let d: Deployment = serde_yaml_ng::from_str(doc).map_err(typed)?;
                (d.metadata.name, d.spec.and_then(|s| s.template.spec), "spec.template.spec")
            }
            "StatefulSet" => {
                let d: StatefulSet = serde_yaml_ng::from_str(doc).map_err(typed)?;
                (d.metadata.name, d.spec.and_then(|s| s.template.spec), "spec.template.spec")
            }
            "DaemonSet" => {
                let d: DaemonSet = serde_yaml_ng::from_str(doc).map_err(typed)?;
                (d.metadata.name, d.spec.and_then(|s| s.template.spec), "spec.template.spec")
            }
            "ReplicaSet" => {
                let d: ReplicaSet = serde_yaml_ng::from_str(doc).map_err(typed)?;
                (d.metadata.name, d.spec.and_then(|s| s.template).and_then(|t| t.spec), "spec.template.spec")
            }
            "Job" => {
                let d: Job = serde_yaml_ng::from_str(doc).map_err(typed)?;
                (d.metadata.name, d.spec.and_then(|s| s.template.spec), "spec.template.spec")
            }
            "CronJob" => {
                let d: CronJob = serde_yaml_ng::from_str(doc).map_err(typed)?;
                (
                    d.metadata.name,
                    d.spec.and_then(|s| s.job_template.spec).and_then(|s| s.template.spec),
                    "spec.jobTemplate.spec.template.spec",
                )
            }
            "PersistentVolume" | "PersistentVolumeClaim" | "StorageClass" => continue,
            other => {
                return Err(WorkloadError::NoPodTemplate {
                    doc: i + 1,
                    kind: if other.is_empty() { "(none)".into() } else { other.into() },
                });
            }
        };
        let spec =
            spec.ok_or_else(|| WorkloadError::Yaml(format!("document {} ({kind}): {spec_path} is missing", i + 1)))?;
        return workload(kind, name.unwrap_or_default(), spec_path, spec);
    }
    Err(WorkloadError::Empty)
}

fn workload(
    kind: String,
    name: String,
    spec_path: &'static str,
    spec: PodSpec,
) -> Result<(Workload, Vec<(String, String)>), WorkloadError> {
    let pod = spec.security_context.clone().unwrap_or_default();
    let volumes = spec.volumes.clone().unwrap_or_default();
    let efs: Vec<(String, String)> = volumes
        .iter()
        .filter_map(|v| {
            if let Some(c) = &v.persistent_volume_claim {
                return Some((v.name.clone(), format!("claim {}", c.claim_name)));
            }
            v.csi.as_ref().filter(|c| c.driver == super::manifests::DRIVER).map(|c| {
                (
                    v.name.clone(),
                    format!(
                        "CSI volume {}",
                        c.volume_attributes.as_ref().and_then(|a| a.get("volumeHandle")).cloned().unwrap_or_default()
                    ),
                )
            })
        })
        .collect();
    let mut containers = Vec::new();
    for (i, c) in spec.containers.iter().enumerate() {
        let sc = c.security_context.clone().unwrap_or_default();
        let uid = sc.run_as_user.or(pod.run_as_user);
        let gid = sc.run_as_group.or(pod.run_as_group).unwrap_or(0) as u32;
        let mut groups: Vec<u32> =
            pod.supplemental_groups.clone().unwrap_or_default().into_iter().map(|g| g as u32).collect();
        groups.extend(pod.fs_group.map(|g| g as u32));
        let mut mounts = Vec::new();
        for (j, m) in c.volume_mounts.clone().unwrap_or_default().into_iter().enumerate() {
            if !volumes.iter().any(|v| v.name == m.name) {
                return Err(WorkloadError::UnknownVolume {
                    path: format!("{spec_path}.containers[{i}].volumeMounts[{j}].name"),
                    volume: m.name,
                    spec: spec_path,
                });
            }
            mounts.push((m.name, m.mount_path, m.read_only.unwrap_or(false)));
        }
        containers.push(Container {
            name: c.name.clone(),
            uid: uid.unwrap_or(0) as u32,
            gid,
            groups,
            mounts,
            uid_given: uid.is_some(),
        });
    }
    Ok((Workload { kind, name, spec_path, fs_group: pod.fs_group.map(|g| g as u32), containers }, efs))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEPLOYMENT: &str = r#"
apiVersion: apps/v1
kind: Deployment
metadata: {name: trainer}
spec:
  selector: {matchLabels: {app: t}}
  template:
    metadata: {labels: {app: t}}
    spec:
      securityContext: {runAsUser: 2000, runAsGroup: 2000, fsGroup: 3000}
      containers:
        - name: train
          image: busybox
          volumeMounts: [{name: data, mountPath: /data}]
      volumes:
        - name: data
          persistentVolumeClaim: {claimName: shared}
"#;

    fn volume(root: (u32, u32, u32)) -> Volume {
        Volume { file_system_id: "fs-1".into(), description: "fs-1".into(), enforced: None, root: Some(root) }
    }

    #[test]
    fn each_mismatch_class_is_found() {
        let (w, efs) = parse(DEPLOYMENT).unwrap();
        let names: Vec<String> = efs.iter().map(|(n, _)| n.clone()).collect();
        assert_eq!(w.spec_path, "spec.template.spec");
        // A uid the root's mode does not let write.
        let p = &predict(&w, &volume((1000, 1000, 0o755)), &names)[0];
        assert!(!p.write && p.read);
        assert!(p.findings.iter().any(|f| f.starts_with("write: no") && f.contains("runAsUser: 1000")), "{p:?}");
        // In the root's group, without group write.
        let p = &predict(&w, &volume((1000, 2000, 0o755)), &names)[0];
        assert!(p.findings.iter().any(|f| f.contains("lacks group write")), "{p:?}");
        assert!(predict(&w, &volume((1000, 2000, 0o775)), &names)[0].write);
        // chown without root, and fsGroup ignored.
        assert!(!p.chown && p.findings.iter().any(|f| f.starts_with("chown: no")));
        assert!(p.findings.iter().any(|f| f.starts_with("fsGroup 3000 is not applied")));
        // An access point's POSIX user replaces the pod's identity.
        let ap = Volume {
            file_system_id: "fs-1".into(),
            description: "fsap-1".into(),
            enforced: Some((1000, 1000, vec![])),
            root: Some((1000, 1000, 0o755)),
        };
        let p = &predict(&w, &ap, &names)[0];
        assert!(p.write && p.as_user == "1000:1000", "{p:?}");
    }

    #[test]
    fn bad_workloads_are_named_with_their_path() {
        let service = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {}\n";
        assert!(matches!(parse(service), Err(WorkloadError::NoPodTemplate { .. })));
        let unknown = DEPLOYMENT.replace("name: data, mountPath", "name: nope, mountPath");
        let e = parse(&unknown).unwrap_err().to_string();
        assert!(e.starts_with("spec.template.spec.containers[0].volumeMounts[0].name"), "{e}");
        let typo = DEPLOYMENT.replace("runAsUser: 2000", "runAsUser: two");
        let e = parse(&typo).unwrap_err().to_string();
        assert!(e.contains("runAsUser"), "{e}");
        assert!(parse("{{{").is_err());
    }
}
