//! `efsctl policy`, `backup`, `tag` and `untag`.

use std::io::Read;

use aws_sdk_efs::types::{BackupPolicy, Status, Tag};
use serde_json::{Value, json};

use super::resolve;
use crate::cli::{BackupCommand, PolicyCommand, TagArgs, UntagArgs};
use crate::clients::Clients;
use crate::error::{CliError, ExitCode, from_sdk};
use crate::output::{self, Rendered};
use crate::settings::Settings;
use efsctl_core::model::policy;

/// Reads a policy from a file or `-` (stdin), at most one byte past the limit: enough to tell
/// it is too long without reading an endless source (`/dev/zero`, `yes |`) to the end.
fn read_policy_file(path: &str) -> Result<String, CliError> {
    let limit = efsctl_core::model::limits::MAX_POLICY_LEN as u64 + 1;
    let (source, read): (String, std::io::Result<Box<dyn Read>>) = if path == "-" {
        ("stdin".into(), Ok(Box::new(std::io::stdin())))
    } else {
        (format!("--file {path}"), std::fs::File::open(path).map(|f| Box::new(f) as Box<dyn Read>))
    };
    let mut bytes = Vec::new();
    read.and_then(|r| r.take(limit).read_to_end(&mut bytes)).map_err(|e| CliError::usage(format!("{source}: {e}")))?;
    String::from_utf8(bytes).map_err(|_| CliError::usage(format!("{source}: a policy is UTF-8 JSON text")))
}

pub async fn policy(cmd: PolicyCommand, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    match cmd {
        PolicyCommand::Get(a) => {
            let fs = resolve::file_system(c, &a.file_system).await?;
            let out = c
                .efs
                .describe_file_system_policy()
                .file_system_id(fs.file_system_id())
                .send()
                .await
                .map_err(|e| from_sdk(&format!("policy of {}", fs.file_system_id()), e))?;
            let text = out.policy().unwrap_or_default();
            let doc: Value = serde_json::from_str(text).unwrap_or(Value::String(text.to_string()));
            let mut view = Rendered::new(json!({"FileSystemId": fs.file_system_id(), "Policy": text}));
            view.ids.push(fs.file_system_id().to_string());
            view.headers = vec!["POLICY"];
            view.rows = vec![vec![serde_json::to_string_pretty(&doc).unwrap_or_default()]];
            output::print(settings, &view)
        }
        PolicyCommand::Set { file_system, file, preset, bypass_lockout_check } => {
            let fs = resolve::file_system(c, &file_system).await?;
            let text = match file {
                Some(path) => read_policy_file(&path)?,
                None => policy::from_presets(&preset, fs.owner_id(), fs.file_system_arn().unwrap_or_default()),
            };
            let parsed = policy::parse(&text).map_err(|e| CliError::usage(format!("the policy is invalid: {e}")))?;
            c.efs
                .put_file_system_policy()
                .file_system_id(fs.file_system_id())
                .policy(&text)
                .bypass_policy_lockout_safety_check(bypass_lockout_check)
                .send()
                .await
                .map_err(|e| match from_sdk("setting the policy", e) {
                    e if parsed.locks_out_policy_changes() => e.with_hint(
                        "the policy stops everyone changing it again; `--bypass-lockout-check` applies it anyway",
                    ),
                    e => e,
                })?;
            let view = output::record(
                json!({"FileSystemId": fs.file_system_id(), "Policy": text}),
                format!("policy of {} set", fs.file_system_id()),
                vec![("statements", policy::parse(&text).map(|p| p.statements.len().to_string()).unwrap_or_default())],
                Some(fs.file_system_id().to_string()),
            );
            output::print(settings, &view)
        }
        PolicyCommand::Delete(a) => {
            let fs = resolve::file_system(c, &a.file_system).await?;
            c.efs
                .delete_file_system_policy()
                .file_system_id(fs.file_system_id())
                .send()
                .await
                .map_err(|e| from_sdk("deleting the policy", e))?;
            output::print(
                settings,
                &output::record(
                    json!({"FileSystemId": fs.file_system_id(), "Policy": null}),
                    format!("policy of {} deleted", fs.file_system_id()),
                    vec![],
                    Some(fs.file_system_id().to_string()),
                ),
            )
        }
    }
}

pub async fn backup(cmd: BackupCommand, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let (name, wanted) = match cmd {
        BackupCommand::Get(a) => (a.file_system, None),
        BackupCommand::Enable(a) => (a.file_system, Some(Status::Enabled)),
        BackupCommand::Disable(a) => (a.file_system, Some(Status::Disabled)),
    };
    let fs = resolve::file_system(c, &name).await?;
    let id = fs.file_system_id();
    let status = match wanted {
        Some(s) => {
            let policy = BackupPolicy::builder().status(s).build().map_err(|e| CliError::other(e.to_string()))?;
            let out = c
                .efs
                .put_backup_policy()
                .file_system_id(id)
                .backup_policy(policy)
                .send()
                .await
                .map_err(|e| from_sdk("setting backups", e))?;
            out.backup_policy().map(|p| p.status().as_str().to_string())
        }
        None => match c.efs.describe_backup_policy().file_system_id(id).send().await {
            Ok(out) => out.backup_policy().map(|p| p.status().as_str().to_string()),
            Err(e) if aws_sdk_efs::error::ProvideErrorMetadata::code(&e) == Some("PolicyNotFound") => {
                Some("DISABLED".to_string())
            }
            Err(e) => return Err(from_sdk("reading backups", e)),
        },
    }
    .ok_or_else(|| CliError::new(ExitCode::Error, "the backup policy has no status"))?;
    output::print(
        settings,
        &output::record(
            json!({"BackupPolicy": {"Status": status}}),
            format!("backups of {id}"),
            vec![("status", status.clone())],
            Some(id.to_string()),
        ),
    )
}

pub async fn tag(args: TagArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let fs = resolve::file_system(c, &args.file_system).await?;
    if let Some((_, name)) = args.tags.iter().find(|(k, _)| k == "Name") {
        resolve::check_name_free(c, name, Some(fs.file_system_id())).await?;
    }
    let tags = args
        .tags
        .iter()
        .map(|(k, v)| Tag::builder().key(k).value(v).build().map_err(|e| CliError::usage(e.to_string())))
        .collect::<Result<Vec<_>, _>>()?;
    c.efs
        .tag_resource()
        .resource_id(fs.file_system_id())
        .set_tags(Some(tags))
        .send()
        .await
        .map_err(|e| from_sdk("tagging", e))?;
    show_tags(c, settings, fs.file_system_id()).await
}

pub async fn untag(args: UntagArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let fs = resolve::file_system(c, &args.file_system).await?;
    c.efs
        .untag_resource()
        .resource_id(fs.file_system_id())
        .set_tag_keys(Some(args.keys))
        .send()
        .await
        .map_err(|e| from_sdk("untagging", e))?;
    show_tags(c, settings, fs.file_system_id()).await
}

async fn show_tags(c: &Clients, settings: &Settings, id: &str) -> Result<(), CliError> {
    let out = c.efs.list_tags_for_resource().resource_id(id).send().await.map_err(|e| from_sdk("listing tags", e))?;
    let mut view = Rendered::new(json!({"Tags": crate::output::shapes::tags(out.tags())}));
    view.headers = vec!["KEY", "VALUE"];
    view.rows = out.tags().iter().map(|t| vec![t.key().to_string(), t.value().to_string()]).collect();
    view.ids.push(id.to_string());
    output::print(settings, &view)
}
