//! `efsctl access-point ls|create|delete`.

use aws_sdk_efs::types::{CreationInfo, PosixUser, RootDirectory, Tag};
use serde_json::json;

use super::resolve;
use crate::cli::AccessPointCommand;
use crate::clients::Clients;
use crate::error::{CliError, from_sdk};
use crate::output::{self, Rendered, shapes};
use crate::settings::Settings;

pub async fn run(cmd: AccessPointCommand, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    match cmd {
        AccessPointCommand::Ls(a) => {
            let fs = resolve::file_system(c, &a.file_system).await?;
            let mut all = Vec::new();
            let mut pages = c.efs.describe_access_points().file_system_id(fs.file_system_id()).into_paginator().send();
            while let Some(p) = pages.next().await {
                all.extend(p.map_err(|e| from_sdk("listing access points", e))?.access_points().iter().cloned());
            }
            let mut view =
                Rendered::new(json!({"AccessPoints": all.iter().map(shapes::access_point).collect::<Vec<_>>()}));
            view.headers = vec!["ACCESS POINT", "NAME", "ROOT", "UID:GID", "STATE"];
            for a in &all {
                let id = a.access_point_id().unwrap_or_default().to_string();
                view.rows.push(vec![
                    id.clone(),
                    a.name().unwrap_or("-").to_string(),
                    a.root_directory().and_then(|r| r.path()).unwrap_or("/").to_string(),
                    a.posix_user().map(|u| format!("{}:{}", u.uid(), u.gid())).unwrap_or_else(|| "-".into()),
                    a.life_cycle_state().map(|s| s.as_str()).unwrap_or("-").to_string(),
                ]);
                view.ids.push(id);
            }
            output::print(settings, &view)
        }
        AccessPointCommand::Create {
            file_system,
            name,
            uid,
            gid,
            secondary_gids,
            path,
            owner_uid,
            owner_gid,
            permissions,
        } => {
            let fs = resolve::file_system(c, &file_system).await?;
            let build = |e: aws_sdk_efs::error::BuildError| CliError::usage(e.to_string());
            let posix = match (uid, gid) {
                (Some(u), Some(g)) => Some(
                    PosixUser::builder()
                        .uid(u.into())
                        .gid(g.into())
                        .set_secondary_gids((!secondary_gids.is_empty()).then_some(secondary_gids))
                        .build()
                        .map_err(build)?,
                ),
                _ => None,
            };
            let creation = match (owner_uid, owner_gid, permissions) {
                (Some(u), Some(g), Some(p)) => Some(
                    CreationInfo::builder()
                        .owner_uid(u.into())
                        .owner_gid(g.into())
                        .permissions(p)
                        .build()
                        .map_err(build)?,
                ),
                _ => None,
            };
            let mut req = c
                .efs
                .create_access_point()
                .client_token(efsctl_core::model::ids::new_id(efsctl_core::model::ids::IdKind::AccessPoint, false))
                .file_system_id(fs.file_system_id())
                .set_posix_user(posix)
                .root_directory(RootDirectory::builder().path(&path).set_creation_info(creation).build());
            if let Some(n) = &name {
                req = req.tags(Tag::builder().key("Name").value(n).build().map_err(build)?);
            }
            let ap = req.send().await.map_err(|e| from_sdk("creating the access point", e))?;
            let id = ap.access_point_id().unwrap_or_default().to_string();
            let doc = json!({"AccessPointId": id, "AccessPointArn": ap.access_point_arn(), "FileSystemId": ap.file_system_id(), "Name": ap.name(), "LifeCycleState": ap.life_cycle_state().map(|s| s.as_str())});
            let pairs = vec![
                ("file system", fs.file_system_id().to_string()),
                ("root", path),
                (
                    "identity",
                    ap.posix_user()
                        .map(|u| format!("uid {} gid {}", u.uid(), u.gid()))
                        .unwrap_or_else(|| "the client's".into()),
                ),
            ];
            output::print(settings, &output::record(doc, id.clone(), pairs, Some(id)))
        }
        AccessPointCommand::Delete { access_points } => {
            // All must exist before any goes (as `delete` checks every file system first).
            for id in &access_points {
                c.efs
                    .describe_access_points()
                    .access_point_id(id)
                    .send()
                    .await
                    .map_err(|e| from_sdk(&format!("looking up {id}"), e))?;
            }
            for id in &access_points {
                c.efs
                    .delete_access_point()
                    .access_point_id(id)
                    .send()
                    .await
                    .map_err(|e| from_sdk(&format!("deleting {id}"), e))?;
            }
            output::print(settings, &output::deleted(access_points))
        }
    }
}
