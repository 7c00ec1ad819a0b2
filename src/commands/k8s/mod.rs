//! `efsctl k8s manifests|check`: EFS CSI storage for a file system or access point, and what a
//! pod will be able to do on it — reasoned from its securityContext and the volume's root, or,
//! with `--trial` on the local backend, tried for real through a mount as the pod's identity.

mod check;
mod manifests;

use std::os::unix::process::CommandExt;
use std::path::Path;

use serde_json::json;

use super::resolve;
use crate::cli::{K8sCheckArgs, K8sCommand, K8sManifestsArgs, OutputFormat};
use crate::clients::Clients;
use crate::error::{CliError, ExitCode};
use crate::output::{self, Rendered};
use crate::settings::Settings;
use efsctl_control::api::MountRequest;

async fn manifests(args: K8sManifestsArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let fs = resolve::file_system(c, &args.file_system).await?;
    let id = fs.file_system_id().to_string();
    let source = match (&args.access_point, &args.path, args.dynamic) {
        (Some(ap), _, _) => {
            resolve::access_point_of(c, &id, ap).await?;
            manifests::Source::AccessPoint(ap.clone())
        }
        (None, Some(p), _) => manifests::Source::Path(p.clone()),
        (None, None, true) => manifests::Source::Dynamic {
            gid_range: match &args.uid_range {
                None => None,
                Some(r) => Some(
                    r.split_once('-')
                        .and_then(|(a, b)| Some((a.trim().parse().ok()?, b.trim().parse().ok()?)))
                        .ok_or_else(|| CliError::usage(format!("--uid-range '{r}' must be A-B, e.g. 50000-60000")))?,
                ),
            },
            base_path: args.base_path.clone(),
            directory_perms: args.directory_perms.clone(),
        },
        (None, None, false) => manifests::Source::FileSystem,
    };
    let name = args.name.clone().unwrap_or_else(|| {
        let base = fs.name().unwrap_or(&id).to_ascii_lowercase();
        let clean: String = base.chars().map(|ch| if ch.is_ascii_alphanumeric() { ch } else { '-' }).collect();
        format!("efs-{}", clean.trim_matches('-'))
    });
    let request = manifests::Request {
        file_system_id: id,
        source,
        name,
        namespace: args.namespace.clone(),
        size: args.size.clone(),
        tls: args.tls,
        iam: args.iam,
    };
    let objects = manifests::build(&request).map_err(CliError::usage)?;
    match settings.output {
        OutputFormat::Json => {
            let list = json!({"apiVersion": "v1", "kind": "List", "items": objects});
            println!("{}", serde_json::to_string_pretty(&list).map_err(|e| CliError::other(e.to_string()))?);
        }
        _ => print!("{}", manifests::to_yaml(&objects).map_err(CliError::other)?),
    }
    Ok(())
}

/// The volume's root as the pod meets it: the access point's identity and root, or the file
/// system's root; the directory's owner and mode from the emulator (local) or the access
/// point's creation info.
async fn volume(c: &Clients, fs: &str, ap: Option<&str>) -> Result<(check::Volume, String), CliError> {
    let (enforced, path, creation, description) = match ap {
        None => (None, "/".to_string(), None, format!("{fs} (no access point)")),
        Some(ap) => {
            let a = resolve::access_point_of(c, fs, ap).await?;
            let enforced = a
                .posix_user()
                .map(|u| (u.uid() as u32, u.gid() as u32, u.secondary_gids().iter().map(|g| *g as u32).collect()));
            let root = a.root_directory();
            let creation = root.and_then(|r| r.creation_info()).map(|ci| {
                (
                    ci.owner_uid() as u32,
                    ci.owner_gid() as u32,
                    u32::from_str_radix(ci.permissions(), 8).unwrap_or(0o755),
                )
            });
            (enforced, root.and_then(|r| r.path()).unwrap_or("/").to_string(), creation, format!("access point {ap}"))
        }
    };
    // The emulator shows the root as it is; a root not made yet (or one AWS does not show)
    // is made from the creation info on first mount.
    let root = resolve::seen_directory(c, fs, &path).await?.flatten().or(creation);
    Ok((check::Volume { file_system_id: fs.to_string(), description, enforced, root }, path))
}

/// What a trial did: (read, write, chown) as they really went.
fn trial(dir: &Path, uid: u32, gid: u32, groups: &[u32]) -> (bool, bool, Option<bool>) {
    let groups: Vec<libc::gid_t> = groups.iter().map(|g| *g as libc::gid_t).collect();
    let run = |script: String| {
        let groups = groups.clone();
        let mut cmd = std::process::Command::new("sh");
        cmd.args(["-c", &script]).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null());
        // SAFETY: between fork and exec only async-signal-safe calls: setgroups, setgid, setuid.
        unsafe {
            cmd.pre_exec(move || {
                if libc::setgroups(groups.len(), groups.as_ptr()) != 0
                    || libc::setgid(gid) != 0
                    || libc::setuid(uid) != 0
                {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        cmd.status().is_ok_and(|s| s.success())
    };
    let d = dir.display();
    let file = format!("{d}/.efsctl-trial-{}", std::process::id());
    let read = run(format!("ls -A '{d}'"));
    let write = run(format!("echo trial > '{file}'"));
    let chown = write.then(|| run(format!("chown {} '{file}'", uid + 1)));
    let _ = std::fs::remove_file(&file);
    (read, write, chown)
}

async fn check_pod(args: K8sCheckArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let file = args.pod.display().to_string();
    let text =
        std::fs::read_to_string(&args.pod).map_err(|e| CliError::new(ExitCode::NotFound, format!("{file}: {e}")))?;
    let (workload, efs) = check::parse(&text).map_err(|e| CliError::usage(format!("{file}: {e}")))?;
    if efs.is_empty() {
        return Err(CliError::usage(format!(
            "{file}: {}.volumes has no EFS volume (a persistentVolumeClaim or a csi volume of {})",
            workload.spec_path,
            manifests::DRIVER
        )));
    }
    let fs = resolve::file_system(c, &args.file_system).await?;
    let id = fs.file_system_id().to_string();
    let (vol, path) = volume(c, &id, args.access_point.as_deref()).await?;
    let names: Vec<String> = efs.iter().map(|(n, _)| n.clone()).collect();
    let mut predictions = check::predict(&workload, &vol, &names);
    let mut trials = Vec::new();
    if args.trial {
        let control = c.control().ok_or_else(|| {
            CliError::usage(
                "--trial mounts through the local emulator; on AWS, run the pod (or mount with efs-utils as its user)",
            )
        })?;
        if unsafe { libc::geteuid() } != 0 {
            return Err(CliError::usage(
                "--trial acts as the pod's users: run it as root (sudo -E efsctl k8s check … --trial)",
            ));
        }
        let dir = tempfile::tempdir().map_err(|e| CliError::other(format!("a trial mount point: {e}")))?;
        let spec = control
            .mount(&MountRequest {
                file_system_id: id.clone(),
                directory: dir.path().to_string_lossy().into_owned(),
                region: c.region.clone(),
                access_point_id: args.access_point.clone(),
                availability_zone: None,
                client_security_group: None,
                read_only: false,
                tls: true,
                iam: false,
                allow_other: true,
                mount_target_ip: None,
                no_preflight: false,
                timeout_secs: None,
            })
            .await?;
        for (p, (cont, _, _)) in predictions.iter_mut().zip(check::efs_mounts(&workload, &names)) {
            let (read, write, chown) = trial(dir.path(), cont.uid, cont.gid, &cont.groups);
            let agrees = read == p.read && write == p.write && chown.is_none_or(|c| c == p.chown);
            trials.push(
                json!({"Container": p.container, "Read": read, "Write": write, "Chown": chown, "AsPredicted": agrees}),
            );
            p.findings.push(format!(
                "trial as {}:{}: read {}, write {}, chown {} — {}",
                cont.uid,
                cont.gid,
                if read { "ok" } else { "refused" },
                if write { "ok" } else { "refused" },
                chown.map_or("not tried", |c| if c { "ok" } else { "refused" }),
                if agrees { "as predicted" } else { "NOT as predicted" }
            ));
        }
        control.unmount(&spec.directory).await?;
    }
    // The nodes' network, as `efsctl doctor` checks a client's.
    let network = if args.subnet.is_some() || !args.node_sgs.is_empty() {
        let client = crate::cli::DoctorArgs {
            file_system: id.clone(),
            az: None,
            subnet: args.subnet.clone(),
            instance: None,
            client_sgs: args.node_sgs.clone(),
            cidr: None,
            access_point: args.access_point.clone(),
            uid: None,
            gid: None,
            tls: true,
            iam: false,
        };
        super::doctor::findings(&client, c).await?
    } else {
        vec![]
    };
    let mut view = Rendered::new(json!({
        "FileSystemId": id, "Path": path, "Workload": format!("{} {}", workload.kind, workload.name),
        "Predictions": predictions, "Trials": trials, "Network": network,
    }));
    if !network.is_empty() {
        view.sections.push((
            "network (efsctl doctor, for the nodes)".into(),
            network
                .iter()
                .map(|f| {
                    let mark = match f.verdict {
                        efsctl_core::doctor::Verdict::Pass => "✔",
                        efsctl_core::doctor::Verdict::Warn => "⚠",
                        efsctl_core::doctor::Verdict::Fail => "✘",
                    };
                    let fix = f.fix.as_ref().map(|x| format!(" — fix: {x}")).unwrap_or_default();
                    (f.check.to_string(), format!("{mark} {}{fix}", f.evidence))
                })
                .collect(),
        ));
    }
    if let Some(f) = network.iter().find(|f| f.verdict == efsctl_core::doctor::Verdict::Fail) {
        output::print(settings, &view)?;
        return Err(CliError::other(format!("the nodes cannot mount {id}: {} ({})", f.check, f.evidence)));
    }
    view.headers = vec!["CONTAINER", "MOUNT", "AS", "READ", "WRITE", "CHOWN", "WHY"];
    let yes = |b: bool| if b { "yes" } else { "no" }.to_string();
    for p in &predictions {
        view.rows.push(vec![
            p.container.clone(),
            p.mount_path.clone(),
            p.as_user.clone(),
            yes(p.read),
            yes(p.write),
            yes(p.chown),
            p.findings.join("\n"),
        ]);
    }
    output::print(settings, &view)?;
    if let Some(p) = predictions.iter().find(|p| !p.write && !p.findings.iter().any(|f| f.contains("not predicted"))) {
        return Err(CliError::other(format!("container {} cannot write to {} on {id}", p.container, p.mount_path)));
    }
    Ok(())
}

pub async fn run(cmd: K8sCommand, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    match cmd {
        K8sCommand::Manifests(args) => manifests(args, c, settings).await,
        K8sCommand::Check(args) => check_pod(args, c, settings).await,
    }
}
