//! `efsctl mount-target ls|create|delete|sg` and `efsctl sg setup`.

use aws_sdk_ec2::types::{Filter, IpPermission, IpRange, UserIdGroupPair};
use serde_json::{Value, json};

use super::create::{create_mount_target, nfs_security_group};
use super::resolve;
use crate::cli::{MountTargetCommand, SgCommand};
use crate::clients::Clients;
use crate::error::{CliError, ExitCode, from_sdk};
use crate::output::{self, Rendered, shapes};
use crate::settings::Settings;

pub async fn run(cmd: MountTargetCommand, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    match cmd {
        MountTargetCommand::Ls(a) => {
            let fs = resolve::file_system(c, &a.file_system).await?;
            let out = c
                .efs
                .describe_mount_targets()
                .file_system_id(fs.file_system_id())
                .send()
                .await
                .map_err(|e| from_sdk("listing mount targets", e))?;
            let mut view = Rendered::new(
                json!({"MountTargets": out.mount_targets().iter().map(shapes::mount_target).collect::<Vec<_>>()}),
            );
            view.headers = vec!["MOUNT TARGET", "AZ", "IP", "SUBNET", "VPC", "STATE"];
            for m in out.mount_targets() {
                view.ids.push(m.mount_target_id().to_string());
                view.rows.push(vec![
                    m.mount_target_id().to_string(),
                    m.availability_zone_name().unwrap_or("-").to_string(),
                    m.ip_address().unwrap_or("-").to_string(),
                    m.subnet_id().to_string(),
                    m.vpc_id().unwrap_or("-").to_string(),
                    m.life_cycle_state().as_str().to_string(),
                ]);
            }
            output::print(settings, &view)
        }
        MountTargetCommand::Create { file_system, subnet, az, ip, security_groups } => {
            let fs = resolve::file_system(c, &file_system).await?;
            let existing = c
                .efs
                .describe_mount_targets()
                .file_system_id(fs.file_system_id())
                .send()
                .await
                .map_err(|e| from_sdk("listing mount targets", e))?;
            let taken: Vec<&str> = existing.mount_targets().iter().filter_map(|m| m.availability_zone_name()).collect();
            let (subnet, vpc) = match subnet {
                Some(s) => {
                    let out = c
                        .ec2
                        .describe_subnets()
                        .subnet_ids(&s)
                        .send()
                        .await
                        .map_err(|e| from_sdk(&format!("subnet {s}"), e))?;
                    let vpc = out.subnets().first().and_then(|x| x.vpc_id()).unwrap_or_default().to_string();
                    (s, vpc)
                }
                None => {
                    let out = c
                        .ec2
                        .describe_subnets()
                        .filters(Filter::builder().name("default-for-az").values("true").build())
                        .send()
                        .await
                        .map_err(|e| from_sdk("listing default subnets", e))?;
                    let wanted = az.clone().or_else(|| fs.availability_zone_name().map(str::to_string));
                    let pick = out.subnets().iter().find(|s| match &wanted {
                        Some(az) => s.availability_zone() == Some(az.as_str()),
                        None => !taken.contains(&s.availability_zone().unwrap_or_default()),
                    });
                    let pick = pick.ok_or_else(|| {
                        CliError::usage(match &wanted {
                            Some(az) => format!("--az {az}: no default subnet there"),
                            None => {
                                "every Availability Zone with a default subnet already has a mount target".to_string()
                            }
                        })
                    })?;
                    (pick.subnet_id().unwrap_or_default().to_string(), pick.vpc_id().unwrap_or_default().to_string())
                }
            };
            let mt = create_mount_target(c, fs.file_system_id(), &subnet, &vpc, ip, security_groups).await?;
            let doc = json!({
                "MountTargetId": mt.mount_target_id(), "FileSystemId": mt.file_system_id(), "SubnetId": mt.subnet_id(),
                "LifeCycleState": mt.life_cycle_state().as_str(), "IpAddress": mt.ip_address(), "NetworkInterfaceId": mt.network_interface_id(),
                "AvailabilityZoneName": mt.availability_zone_name(), "VpcId": mt.vpc_id()
            });
            let pairs = vec![
                ("file system", mt.file_system_id().to_string()),
                ("zone", mt.availability_zone_name().unwrap_or("-").to_string()),
                ("ip", mt.ip_address().unwrap_or("-").to_string()),
                ("subnet", mt.subnet_id().to_string()),
                ("state", mt.life_cycle_state().as_str().to_string()),
            ];
            output::print(
                settings,
                &output::record(doc, mt.mount_target_id(), pairs, Some(mt.mount_target_id().to_string())),
            )
        }
        MountTargetCommand::Delete { mount_targets } => {
            // All must exist before any goes (as `delete` checks every file system first).
            for id in &mount_targets {
                c.efs
                    .describe_mount_targets()
                    .mount_target_id(id)
                    .send()
                    .await
                    .map_err(|e| from_sdk(&format!("looking up {id}"), e))?;
            }
            let detached =
                super::mount::mounts_affected(settings, |m| mount_targets.contains(&m.mount_target_id)).await;
            for id in &mount_targets {
                c.efs
                    .delete_mount_target()
                    .mount_target_id(id)
                    .send()
                    .await
                    .map_err(|e| from_sdk(&format!("deleting {id}"), e))?;
            }
            super::mount::tell_detached(&detached, "its mount target was deleted");
            output::print(settings, &output::deleted(mount_targets))
        }
        MountTargetCommand::Sg { mount_target, set } => {
            if !set.is_empty() {
                c.efs
                    .modify_mount_target_security_groups()
                    .mount_target_id(&mount_target)
                    .set_security_groups(Some(set))
                    .send()
                    .await
                    .map_err(|e| from_sdk(&format!("setting security groups of {mount_target}"), e))?;
            }
            let out = c
                .efs
                .describe_mount_target_security_groups()
                .mount_target_id(&mount_target)
                .send()
                .await
                .map_err(|e| from_sdk(&format!("security groups of {mount_target}"), e))?;
            let groups = out.security_groups().to_vec();
            let mut view = Rendered::new(json!({"SecurityGroups": groups}));
            view.headers = vec!["SECURITY GROUP"];
            view.rows = groups.iter().map(|g| vec![g.clone()]).collect();
            view.ids = groups;
            output::print(settings, &view)
        }
    }
}

/// `sg setup`: every mount target of the file system gets a group that admits TCP 2049 from
/// the client group or CIDR.
pub async fn sg(cmd: SgCommand, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let SgCommand::Setup { file_system, client_sg, cidr } = cmd;
    if let Some(block) = &cidr {
        block.parse::<efsctl_core::model::network::Cidr>().map_err(|e| CliError::usage(format!("--cidr: {e}")))?;
    }
    let fs = resolve::file_system(c, &file_system).await?;
    let mts = c
        .efs
        .describe_mount_targets()
        .file_system_id(fs.file_system_id())
        .send()
        .await
        .map_err(|e| from_sdk("listing mount targets", e))?;
    if mts.mount_targets().is_empty() {
        return Err(CliError::new(ExitCode::NotFound, format!("{} has no mount targets", fs.file_system_id()))
            .with_hint("create them with `efsctl mount-target create FS`"));
    }
    let mut changed: Vec<Value> = Vec::new();
    let mut told = std::collections::HashSet::new();
    for mt in mts.mount_targets() {
        let vpc = mt.vpc_id().unwrap_or_default();
        let group = nfs_security_group(c, vpc, client_sg.as_deref()).await?;
        let peer = IpPermission::builder().ip_protocol("tcp").from_port(2049).to_port(2049);
        let (perm, from) = match (&cidr, &client_sg) {
            (Some(block), _) => (
                peer.ip_ranges(IpRange::builder().cidr_ip(block).description("NFS clients").build()).build(),
                block.clone(),
            ),
            (None, Some(g)) => (
                peer.user_id_group_pairs(UserIdGroupPair::builder().group_id(g).description("NFS clients").build())
                    .build(),
                g.clone(),
            ),
            (None, None) => {
                let default = c
                    .ec2
                    .describe_security_groups()
                    .filters(Filter::builder().name("vpc-id").values(vpc).build())
                    .filters(Filter::builder().name("group-name").values("default").build())
                    .send()
                    .await
                    .map_err(|e| from_sdk("default security group", e))?;
                let id = default.security_groups().first().and_then(|g| g.group_id()).unwrap_or_default().to_string();
                (
                    peer.user_id_group_pairs(
                        UserIdGroupPair::builder().group_id(&id).description("NFS clients").build(),
                    )
                    .build(),
                    format!("{id} (the VPC's default group)"),
                )
            }
        };
        // Already admitted is fine: the rule exists.
        let added = match c.ec2.authorize_security_group_ingress().group_id(&group).ip_permissions(perm).send().await {
            Ok(_) => true,
            Err(e) if aws_sdk_ec2::error::ProvideErrorMetadata::code(&e) == Some("InvalidPermission.Duplicate") => {
                false
            }
            Err(e) => return Err(from_sdk(&format!("allowing NFS into {group}"), e)),
        };
        if told.insert(group.clone()) {
            eprintln!("{group}: TCP 2049 from {from} {}", if added { "allowed" } else { "was already allowed" });
        }
        let current = c
            .efs
            .describe_mount_target_security_groups()
            .mount_target_id(mt.mount_target_id())
            .send()
            .await
            .map_err(|e| from_sdk("mount target security groups", e))?;
        let mut groups = current.security_groups().to_vec();
        if !groups.contains(&group) {
            groups.push(group.clone());
            c.efs
                .modify_mount_target_security_groups()
                .mount_target_id(mt.mount_target_id())
                .set_security_groups(Some(groups.clone()))
                .send()
                .await
                .map_err(|e| from_sdk("attaching the NFS group", e))?;
        }
        changed.push(json!({"MountTargetId": mt.mount_target_id(), "SecurityGroups": groups}));
    }
    let mut view = Rendered::new(json!({"MountTargets": changed}));
    view.headers = vec!["MOUNT TARGET", "SECURITY GROUPS"];
    for m in &changed {
        let id = m["MountTargetId"].as_str().unwrap_or_default().to_string();
        view.rows.push(vec![
            id.clone(),
            m["SecurityGroups"]
                .as_array()
                .map(|a| a.iter().filter_map(|g| g.as_str()).collect::<Vec<_>>().join(", "))
                .unwrap_or_default(),
        ]);
        view.ids.push(id);
    }
    output::print(settings, &view)
}
