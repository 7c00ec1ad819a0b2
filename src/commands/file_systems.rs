//! `efsctl ls`, `describe` and `delete`.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use aws_sdk_efs::types::FileSystemDescription;
use serde_json::{Value, json};

use super::progress::{Progress, until};
use super::resolve;
use crate::cli::DeleteArgs;
use crate::clients::Clients;
use crate::error::{CliError, ExitCode, from_sdk};
use crate::output::{self, Rendered, bytes, shapes};
use crate::settings::Settings;

/// The current description of file system `id`.
pub async fn fetch(c: &Clients, id: &str) -> Result<FileSystemDescription, CliError> {
    let out = c
        .efs
        .describe_file_systems()
        .file_system_id(id)
        .send()
        .await
        .map_err(|e| from_sdk(&format!("file system {id}"), e))?;
    out.file_systems()
        .first()
        .cloned()
        .ok_or_else(|| CliError::new(ExitCode::NotFound, format!("file system {id} does not exist")))
}

fn throughput(fs: &FileSystemDescription) -> String {
    fs.throughput_mode()
        .map(|t| output::throughput_mode(t.as_str(), fs.provisioned_throughput_in_mibps()))
        .unwrap_or_else(|| "-".into())
}

fn sizes(fs: &FileSystemDescription) -> String {
    match fs.size_in_bytes() {
        Some(s) => format!(
            "{} / {} / {}",
            bytes(s.value_in_standard().unwrap_or(s.value())),
            bytes(s.value_in_ia().unwrap_or(0)),
            bytes(s.value_in_archive().unwrap_or(0))
        ),
        None => "-".into(),
    }
}

pub async fn ls(c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let all = resolve::all_file_systems(c).await?;
    // Ages on the backend's clock (the emulator's may be ahead).
    let now = c.now().await;
    let credits = super::metrics::latest_balances(c, &all.iter().collect::<Vec<_>>()).await;
    let mut view = Rendered::new(json!({"FileSystems": all.iter().map(shapes::file_system).collect::<Vec<_>>()}));
    view.headers = vec![
        "ID",
        "NAME",
        "STATE",
        "PERFORMANCE",
        "THROUGHPUT",
        "CREDITS",
        "SIZE STD / IA / ARCHIVE",
        "MOUNT TARGETS",
        "AGE",
    ];
    for fs in &all {
        view.ids.push(fs.file_system_id().to_string());
        view.rows.push(vec![
            fs.file_system_id().to_string(),
            fs.name().unwrap_or("-").to_string(),
            fs.life_cycle_state().as_str().to_string(),
            fs.performance_mode().as_str().to_string(),
            throughput(fs),
            credits.get(fs.file_system_id()).map(|b| bytes(*b as i64)).unwrap_or_else(|| "-".into()),
            sizes(fs),
            fs.number_of_mount_targets().to_string(),
            output::age(fs.creation_time().as_secs_f64(), now),
        ]);
    }
    output::print(settings, &view)
}

/// Everything about one file system, grouped: settings, mount targets, access points.
pub async fn describe_view(c: &Clients, id: &str) -> Result<Rendered, CliError> {
    let fs = fetch(c, id).await?;
    let mts = c
        .efs
        .describe_mount_targets()
        .file_system_id(id)
        .send()
        .await
        .map_err(|e| from_sdk("listing mount targets", e))?;
    let aps = c
        .efs
        .describe_access_points()
        .file_system_id(id)
        .send()
        .await
        .map_err(|e| from_sdk("listing access points", e))?;
    let lifecycle = c
        .efs
        .describe_lifecycle_configuration()
        .file_system_id(id)
        .send()
        .await
        .map_err(|e| from_sdk("reading the lifecycle", e))?;
    let credits = super::metrics::latest_balances(c, &[&fs]).await;
    let mut doc = shapes::file_system(&fs);
    if let Some(b) = credits.get(id) {
        doc["BurstCreditBalance"] = serde_json::json!(b);
    }
    doc["MountTargets"] = Value::Array(mts.mount_targets().iter().map(shapes::mount_target).collect());
    doc["AccessPoints"] = Value::Array(aps.access_points().iter().map(shapes::access_point).collect());
    let transitions: Vec<String> = lifecycle
        .lifecycle_policies()
        .iter()
        .flat_map(|p| {
            [
                p.transition_to_ia().map(|t| format!("IA {}", t.as_str())),
                p.transition_to_archive().map(|t| format!("Archive {}", t.as_str())),
                p.transition_to_primary_storage_class().map(|t| format!("Standard {}", t.as_str())),
            ]
        })
        .flatten()
        .collect();
    doc["LifecyclePolicies"] = shapes::lifecycle_policies(lifecycle.lifecycle_policies());
    let mut view = Rendered::new(doc);
    view.ids.push(fs.file_system_id().to_string());
    let tags = fs.tags().iter().map(|t| format!("{}={}", t.key(), t.value())).collect::<Vec<_>>().join(", ");
    view.sections.push((
        format!("{} ({})", fs.file_system_id(), fs.name().unwrap_or("no name")),
        vec![
            ("state".into(), fs.life_cycle_state().as_str().into()),
            ("arn".into(), fs.file_system_arn().unwrap_or("-").into()),
            ("performance".into(), fs.performance_mode().as_str().into()),
            ("throughput".into(), throughput(&fs)),
            ("burst credits".into(), credits.get(id).map(|b| bytes(*b as i64)).unwrap_or_else(|| "-".into())),
            (
                "storage".into(),
                fs.availability_zone_name().map(|az| format!("One Zone ({az})")).unwrap_or_else(|| "Regional".into()),
            ),
            (
                "encrypted".into(),
                match (fs.encrypted(), fs.kms_key_id()) {
                    (Some(true), Some(k)) => format!("yes ({k})"),
                    (Some(true), None) => "yes".into(),
                    _ => "no".into(),
                },
            ),
            ("size std / IA / archive".into(), sizes(&fs)),
            ("lifecycle".into(), if transitions.is_empty() { "none".into() } else { transitions.join(", ") }),
            ("tags".into(), if tags.is_empty() { "-".into() } else { tags }),
            ("dns".into(), format!("{}.efs.{}.amazonaws.com", fs.file_system_id(), c.region)),
        ],
    ));
    view.sections.push((
        format!("mount targets ({})", mts.mount_targets().len()),
        mts.mount_targets()
            .iter()
            .map(|m| {
                (
                    m.mount_target_id().to_string(),
                    format!(
                        "{}  {}  {}  {}",
                        m.availability_zone_name().unwrap_or("-"),
                        m.ip_address().unwrap_or("-"),
                        m.subnet_id(),
                        m.life_cycle_state().as_str()
                    ),
                )
            })
            .collect(),
    ));
    view.sections.push((
        format!("access points ({})", aps.access_points().len()),
        aps.access_points()
            .iter()
            .map(|a| {
                let user = a
                    .posix_user()
                    .map(|u| format!("uid {} gid {}", u.uid(), u.gid()))
                    .unwrap_or_else(|| "client identity".into());
                let root = a.root_directory().and_then(|r| r.path()).unwrap_or("/");
                (
                    a.access_point_id().unwrap_or("-").to_string(),
                    format!("{}  root {root}  {user}", a.name().unwrap_or("-")),
                )
            })
            .collect(),
    ));
    Ok(view)
}

pub async fn describe(c: &Clients, settings: &Settings, name: &str) -> Result<(), CliError> {
    let fs = resolve::file_system(c, name).await?;
    let view = describe_view(c, fs.file_system_id()).await?;
    output::print(settings, &view)
}

fn confirm(prompt: &str) -> bool {
    eprint!("{prompt} [y/N] ");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).is_ok() && matches!(line.trim(), "y" | "Y" | "yes")
}

/// Deletes one file system; with `force`, its replication, access points and mount targets first.
async fn delete_one(c: &Clients, fs: &FileSystemDescription, force: bool, progress: &Progress) -> Result<(), CliError> {
    let id = fs.file_system_id();
    let mts = c
        .efs
        .describe_mount_targets()
        .file_system_id(id)
        .send()
        .await
        .map_err(|e| from_sdk("listing mount targets", e))?;
    if !force && !mts.mount_targets().is_empty() {
        return Err(CliError::new(
            ExitCode::Conflict,
            format!("{id} still has {} mount target(s)", mts.mount_targets().len()),
        )
        .with_hint(format!("`efsctl delete {id} --force` deletes them (and access points, replication) first")));
    }
    if force {
        if let Ok(r) = c.efs.describe_replication_configurations().file_system_id(id).send().await {
            for rep in r.replications() {
                progress.set(format!("deleting replication of {}", rep.source_file_system_id()));
                c.efs
                    .delete_replication_configuration()
                    .source_file_system_id(rep.source_file_system_id())
                    .send()
                    .await
                    .map_err(|e| from_sdk("deleting replication", e))?;
                progress.done(format!("replication of {} deleted", rep.source_file_system_id()));
            }
        }
        let aps = c
            .efs
            .describe_access_points()
            .file_system_id(id)
            .send()
            .await
            .map_err(|e| from_sdk("listing access points", e))?;
        for ap in aps.access_points() {
            let ap_id = ap.access_point_id().unwrap_or_default();
            c.efs
                .delete_access_point()
                .access_point_id(ap_id)
                .send()
                .await
                .map_err(|e| from_sdk(&format!("deleting access point {ap_id}"), e))?;
            progress.done(format!("access point {ap_id} deleted"));
        }
        for mt in mts.mount_targets() {
            c.efs
                .delete_mount_target()
                .mount_target_id(mt.mount_target_id())
                .send()
                .await
                .map_err(|e| from_sdk(&format!("deleting mount target {}", mt.mount_target_id()), e))?;
        }
        if !mts.mount_targets().is_empty() {
            progress.set(format!("waiting for the mount targets of {id} to go"));
            until(&format!("the mount targets of {id} to be deleted"), Duration::from_secs(600), || async {
                let left = c
                    .efs
                    .describe_mount_targets()
                    .file_system_id(id)
                    .send()
                    .await
                    .map_err(|e| from_sdk("listing mount targets", e))?;
                Ok(left.mount_targets().is_empty().then_some(()))
            })
            .await?;
            progress.done(format!("{} mount target(s) deleted", mts.mount_targets().len()));
        }
    }
    progress.set(format!("deleting {id}"));
    c.efs.delete_file_system().file_system_id(id).send().await.map_err(|e| from_sdk(&format!("deleting {id}"), e))?;
    progress.done(format!("file system {id} deleted"));
    Ok(())
}

pub async fn delete(args: DeleteArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let mut targets = Vec::new();
    for name in &args.file_systems {
        targets.push(resolve::file_system(c, name).await?);
    }
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if !args.yes && interactive {
        let list = targets
            .iter()
            .map(|f| format!("{} ({})", f.file_system_id(), f.name().unwrap_or("no name")))
            .collect::<Vec<_>>()
            .join(", ");
        if !confirm(&format!("Delete {list}{}?", if args.force { " and everything attached to it" } else { "" })) {
            return Err(CliError::other("nothing deleted"));
        }
    }
    // Nobody can answer the prompt in a script: tearing everything down must be asked for.
    if args.force && !args.yes && !interactive {
        return Err(CliError::usage("delete --force takes mount targets, access points and replication with it; without a terminal to confirm, pass --yes as well").with_hint("efsctl delete FS --force --yes"));
    }
    let progress = Progress::new(settings.progress);
    let mut deleted = Vec::new();
    for fs in &targets {
        let detached = if args.force {
            super::mount::mounts_affected(settings, |m| m.file_system_id == fs.file_system_id()).await
        } else {
            Vec::new()
        };
        delete_one(c, fs, args.force, &progress).await?;
        super::mount::tell_detached(&detached, "its file system was deleted");
        deleted.push(fs.file_system_id().to_string());
    }
    progress.finish();
    output::print(settings, &output::deleted(deleted))
}
