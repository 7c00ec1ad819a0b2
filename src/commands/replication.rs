//! `efsctl replication ls|create|delete`.

use aws_sdk_efs::types::{DestinationToCreate, ReplicationConfigurationDescription};
use serde_json::{Value, json};

use super::resolve;
use crate::cli::ReplicationCommand;
use crate::clients::Clients;
use crate::error::{CliError, from_sdk};
use crate::output::{self, Rendered};
use crate::settings::Settings;

fn shape(r: &ReplicationConfigurationDescription) -> Value {
    json!({
        "SourceFileSystemId": r.source_file_system_id(),
        "SourceFileSystemRegion": r.source_file_system_region(),
        "SourceFileSystemArn": r.source_file_system_arn(),
        "CreationTime": r.creation_time().as_secs_f64(),
        "Destinations": r.destinations().iter().map(|d| json!({
            "Status": d.status().as_str(), "FileSystemId": d.file_system_id(), "Region": d.region(),
            "LastReplicatedTimestamp": d.last_replicated_timestamp().map(|t| t.as_secs_f64()),
        })).collect::<Vec<_>>(),
    })
}

fn view(items: &[ReplicationConfigurationDescription]) -> Rendered {
    let mut v = Rendered::new(json!({"Replications": items.iter().map(shape).collect::<Vec<_>>()}));
    v.headers = vec!["SOURCE", "SOURCE REGION", "DESTINATION", "DESTINATION REGION", "STATUS"];
    for r in items {
        for d in r.destinations() {
            v.rows.push(vec![
                r.source_file_system_id().into(),
                r.source_file_system_region().into(),
                d.file_system_id().into(),
                d.region().into(),
                d.status().as_str().into(),
            ]);
        }
        v.ids.push(r.source_file_system_id().to_string());
    }
    v
}

pub async fn run(cmd: ReplicationCommand, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    match cmd {
        ReplicationCommand::Ls { file_system } => {
            let mut req = c.efs.describe_replication_configurations();
            if let Some(name) = &file_system {
                req = req.file_system_id(resolve::file_system(c, name).await?.file_system_id());
            }
            let items = match req.send().await {
                Ok(out) => out.replications().to_vec(),
                Err(e) if aws_sdk_efs::error::ProvideErrorMetadata::code(&e) == Some("ReplicationNotFound") => vec![],
                Err(e) => return Err(from_sdk("listing replications", e)),
            };
            output::print(settings, &view(&items))
        }
        ReplicationCommand::Create { file_system, to_region, to_az, to_file_system, kms_key } => {
            let fs = resolve::file_system(c, &file_system).await?;
            let dest = DestinationToCreate::builder()
                .set_region(to_region)
                .set_availability_zone_name(to_az)
                .set_file_system_id(to_file_system)
                .set_kms_key_id(kms_key)
                .build();
            let out = c
                .efs
                .create_replication_configuration()
                .source_file_system_id(fs.file_system_id())
                .destinations(dest)
                .send()
                .await
                .map_err(|e| from_sdk("creating the replication", e))?;
            let desc = ReplicationConfigurationDescription::builder()
                .source_file_system_id(out.source_file_system_id())
                .source_file_system_region(out.source_file_system_region())
                .source_file_system_arn(out.source_file_system_arn())
                .original_source_file_system_arn(out.original_source_file_system_arn())
                .creation_time(*out.creation_time())
                .set_destinations(Some(out.destinations().to_vec()))
                .build()
                .map_err(|e| CliError::other(e.to_string()))?;
            output::print(settings, &view(&[desc]))
        }
        ReplicationCommand::Delete(a) => {
            let fs = resolve::file_system(c, &a.file_system).await?;
            c.efs
                .delete_replication_configuration()
                .source_file_system_id(fs.file_system_id())
                .send()
                .await
                .map_err(|e| from_sdk("deleting the replication", e))?;
            output::print(
                settings,
                &output::record(
                    json!({"Deleted": fs.file_system_id()}),
                    format!("replication of {} deleted", fs.file_system_id()),
                    vec![],
                    Some(fs.file_system_id().to_string()),
                ),
            )
        }
    }
}
