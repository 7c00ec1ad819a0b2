//! `efsctl create`: a file system, its lifecycle, and mount targets with an NFS security group.

use std::time::Duration;

use aws_sdk_ec2::types::{Filter, IpPermission, UserIdGroupPair};
use aws_sdk_efs::operation::create_mount_target::CreateMountTargetOutput;
use aws_sdk_efs::types::{LifeCycleState, Tag};

use super::file_systems::{describe_view, fetch};
use super::progress::{Progress, until};
use super::resolve;
use crate::cli::CreateArgs;
use crate::clients::Clients;
use crate::error::{CliError, from_sdk};
use crate::output;
use crate::settings::Settings;
use efsctl_core::model::modes::{PerformanceMode, ThroughputMode};
use efsctl_core::model::rules;

/// The security group efsctl creates (or reuses) for mount targets.
pub const NFS_GROUP: &str = "efsctl-nfs";
const WAIT: Duration = Duration::from_secs(600);

/// Which subnets get mount targets.
enum Placement {
    None,
    Subnets(Vec<String>),
    /// Default subnets of the default VPC; `None` = every AZ.
    DefaultIn(Option<Vec<String>>),
}

/// Checks every flag combination before any API call is made.
fn plan(args: &CreateArgs, region: &str) -> Result<Placement, CliError> {
    let performance: PerformanceMode = args.performance_mode.into();
    let throughput: ThroughputMode = args.throughput_mode.into();
    let usage = |flag: &str, e: rules::RuleError| CliError::usage(format!("{flag}: {e}"));
    rules::check_modes(performance, throughput, args.provisioned, args.one_zone.is_some()).map_err(|e| match e {
        rules::RuleError::ProvisionedWithoutMode => {
            usage("--provisioned", e).with_hint("add --throughput-mode provisioned")
        }
        e => usage("--throughput-mode/--provisioned/--performance-mode", e),
    })?;
    rules::check_transitions(args.ia, args.archive, throughput, performance).map_err(|e| usage("--ia/--archive", e))?;
    if args.back_on_access && args.ia.is_none() && args.archive.is_none() {
        return Err(CliError::usage("--back-on-access needs --ia or --archive"));
    }
    if args.kms_key.is_some() && !args.encrypted {
        return Err(CliError::usage("--kms-key needs encryption; drop --encrypted=false"));
    }
    if let Some(az) = &args.one_zone
        && (!az.starts_with(region) || az.len() != region.len() + 1)
    {
        return Err(CliError::usage(format!(
            "--one-zone {az}: expected an Availability Zone of {region}, like {region}a"
        )));
    }
    if let Some(t) = &args.creation_token
        && (t.is_empty() || t.chars().count() > 64)
    {
        return Err(CliError::usage("--creation-token must be 1 to 64 characters"));
    }
    if let Some(name) = &args.name {
        efsctl_core::model::tags::validate_value(name, efsctl_core::model::tags::Rules::Efs)
            .map_err(|e| CliError::usage(format!("NAME: {e}")))?;
        if args.tags.iter().any(|(k, v)| k == "Name" && v != name) {
            return Err(CliError::usage(format!("NAME '{name}' and --tag Name=… disagree; give the name once")));
        }
    }
    if !args.subnet.is_empty() {
        return Ok(Placement::Subnets(args.subnet.clone()));
    }
    Ok(match args.mount_targets.as_str() {
        "none" => Placement::None,
        "all" => Placement::DefaultIn(args.one_zone.clone().map(|az| vec![az])),
        list => {
            let azs: Vec<String> = list.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
            if azs.is_empty() {
                return Err(CliError::usage("--mount-targets needs all, none, or a comma list of Availability Zones"));
            }
            if let Some(bad) = azs.iter().find(|az| !az.starts_with(region)) {
                return Err(CliError::usage(format!(
                    "--mount-targets: '{bad}' is not all, none, or an Availability Zone of {region}"
                )));
            }
            if let Some(one) = &args.one_zone
                && azs.iter().any(|az| az != one)
            {
                return Err(CliError::usage(format!(
                    "--mount-targets: a One Zone file system in {one} can only have a mount target in {one}"
                )));
            }
            Placement::DefaultIn(Some(azs))
        }
    })
}

/// A subnet that will get a mount target, with its VPC.
struct Target {
    subnet: String,
    vpc: String,
}

/// Resolves where mount targets go, reading subnets before anything is created.
async fn targets(c: &Clients, placement: &Placement, flag: &str) -> Result<Vec<Target>, CliError> {
    let req = c.ec2.describe_subnets();
    let (req, azs) = match placement {
        Placement::None => return Ok(vec![]),
        Placement::Subnets(ids) => (req.set_subnet_ids(Some(ids.clone())), None),
        Placement::DefaultIn(azs) => {
            (req.filters(Filter::builder().name("default-for-az").values("true").build()), azs.as_deref())
        }
    };
    let out = req.send().await.map_err(|e| from_sdk("looking up subnets", e))?;
    let subnets: Vec<(String, String, String)> = out
        .subnets()
        .iter()
        .filter_map(|s| Some((s.subnet_id()?.to_string(), s.availability_zone()?.to_string(), s.vpc_id()?.to_string())))
        .collect();
    if let Some(azs) = azs
        && let Some(missing) = azs.iter().find(|az| !subnets.iter().any(|(_, a, _)| a == *az))
    {
        return Err(CliError::usage(format!(
            "{flag}: no default subnet in {missing}; available: {}",
            subnets.iter().map(|(_, a, _)| a.as_str()).collect::<Vec<_>>().join(", ")
        )));
    }
    Ok(subnets
        .into_iter()
        .filter(|(_, a, _)| azs.is_none_or(|azs| azs.contains(a)))
        .map(|(subnet, _, vpc)| Target { subnet, vpc })
        .collect())
}

/// The `efsctl-nfs` group of `vpc_id`, created if missing: TCP 2049 in from the VPC's default group.
pub async fn nfs_security_group(c: &Clients, vpc_id: &str, client_group: Option<&str>) -> Result<String, CliError> {
    let find = |name: &str| {
        c.ec2
            .describe_security_groups()
            .filters(Filter::builder().name("vpc-id").values(vpc_id).build())
            .filters(Filter::builder().name("group-name").values(name).build())
            .send()
    };
    if let Some(g) =
        find(NFS_GROUP).await.map_err(|e| from_sdk("looking up the NFS security group", e))?.security_groups().first()
    {
        return Ok(g.group_id().unwrap_or_default().to_string());
    }
    let client = match client_group {
        Some(g) => g.to_string(),
        None => {
            let out = find("default").await.map_err(|e| from_sdk("looking up the VPC's default security group", e))?;
            out.security_groups()
                .first()
                .and_then(|g| g.group_id())
                .map(str::to_string)
                .ok_or_else(|| CliError::other(format!("VPC {vpc_id} has no default security group")))?
        }
    };
    let created = c
        .ec2
        .create_security_group()
        .group_name(NFS_GROUP)
        .description("NFS (TCP 2049) to EFS mount targets, created by efsctl")
        .vpc_id(vpc_id)
        .send()
        .await
        .map_err(|e| from_sdk("creating the NFS security group", e))?;
    let id = created.group_id().unwrap_or_default().to_string();
    c.ec2
        .authorize_security_group_ingress()
        .group_id(&id)
        .ip_permissions(
            IpPermission::builder()
                .ip_protocol("tcp")
                .from_port(2049)
                .to_port(2049)
                .user_id_group_pairs(UserIdGroupPair::builder().group_id(&client).description("NFS clients").build())
                .build(),
        )
        .send()
        .await
        .map_err(|e| from_sdk("allowing NFS into the security group", e))?;
    Ok(id)
}

/// One mount target in `subnet` (of `vpc`); without groups it gets the `efsctl-nfs` group.
pub async fn create_mount_target(
    c: &Clients,
    fs_id: &str,
    subnet: &str,
    vpc: &str,
    ip: Option<String>,
    groups: Vec<String>,
) -> Result<CreateMountTargetOutput, CliError> {
    let groups = if groups.is_empty() { vec![nfs_security_group(c, vpc, None).await?] } else { groups };
    c.efs
        .create_mount_target()
        .file_system_id(fs_id)
        .subnet_id(subnet)
        .set_ip_address(ip)
        .set_security_groups(Some(groups))
        .send()
        .await
        .map_err(|e| from_sdk(&format!("creating a mount target in {subnet}"), e))
}

pub async fn run(args: CreateArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let placement = plan(&args, &c.region)?;
    // The name may come as NAME or as --tag Name=…; either way it must be free.
    let name = args.name.as_deref().or_else(|| args.tags.iter().find(|(k, _)| k == "Name").map(|(_, v)| v.as_str()));
    if let Some(name) = name {
        resolve::check_name_free(c, name, None).await?;
    }
    // Which flag chose the zones, for the error if one has no default subnet.
    let flag = if args.one_zone.is_some() { "--one-zone" } else { "--mount-targets" };
    let targets = targets(c, &placement, flag).await?;
    // Groups that do not exist would fail each mount target after the file system exists.
    if !args.security_group.is_empty() {
        c.ec2
            .describe_security_groups()
            .set_group_ids(Some(args.security_group.clone()))
            .send()
            .await
            .map_err(|e| from_sdk("looking up --security-group", e))?;
    }
    let progress = Progress::new(settings.progress);
    let mut req = c
        .efs
        .create_file_system()
        .creation_token(args.creation_token.clone().unwrap_or_else(|| {
            efsctl_core::model::ids::new_id(efsctl_core::model::ids::IdKind::FileSystem, false)
                .replacen("fs-", "efsctl-", 1)
        }))
        .performance_mode(PerformanceMode::from(args.performance_mode).as_str().into())
        .throughput_mode(ThroughputMode::from(args.throughput_mode).as_str().into())
        .set_provisioned_throughput_in_mibps(args.provisioned)
        .encrypted(args.encrypted)
        .set_kms_key_id(args.kms_key.clone())
        .set_availability_zone_name(args.one_zone.clone())
        .backup(args.backup || args.one_zone.is_some());
    if let Some(name) = &args.name {
        req = req.tags(Tag::builder().key("Name").value(name).build().map_err(|e| CliError::other(e.to_string()))?);
    }
    for (k, v) in &args.tags {
        req = req.tags(Tag::builder().key(k).value(v).build().map_err(|e| CliError::other(e.to_string()))?);
    }
    progress.set("creating file system");
    let fs = req.send().await.map_err(|e| from_sdk("creating the file system", e))?;
    let id = fs.file_system_id().to_string();
    progress.done(format!("file system {id} created"));

    progress.set(format!("waiting for {id} to become available"));
    until(&format!("{id} to become available"), WAIT, || async {
        let fs = fetch(c, &id).await?;
        Ok((fs.life_cycle_state() == &LifeCycleState::Available).then_some(()))
    })
    .await?;

    if args.ia.is_some() || args.archive.is_some() {
        c.efs
            .put_lifecycle_configuration()
            .file_system_id(&id)
            .set_lifecycle_policies(Some(crate::lifecycle_config::lifecycle_policies(
                args.ia,
                args.archive,
                args.back_on_access,
            )))
            .send()
            .await
            .map_err(|e| from_sdk("setting the lifecycle configuration", e))?;
        progress.done("lifecycle configured");
    }

    let mut mount_targets = Vec::new();
    for Target { subnet, vpc } in &targets {
        progress.set(format!("creating mount target in {subnet}"));
        let mt = create_mount_target(c, &id, subnet, vpc, None, args.security_group.clone()).await?;
        progress.done(format!(
            "mount target {} in {} ({})",
            mt.mount_target_id(),
            mt.availability_zone_name().unwrap_or(subnet),
            mt.ip_address().unwrap_or("-")
        ));
        mount_targets.push(mt.mount_target_id().to_string());
    }

    if args.wait && !mount_targets.is_empty() {
        progress.set("waiting for mount targets to become available");
        until("mount targets to become available", WAIT, || async {
            let out = c
                .efs
                .describe_mount_targets()
                .file_system_id(&id)
                .send()
                .await
                .map_err(|e| from_sdk("checking mount targets", e))?;
            Ok(out.mount_targets().iter().all(|m| m.life_cycle_state() == &LifeCycleState::Available).then_some(()))
        })
        .await?;
        progress.done("mount targets available");
    }
    progress.finish();
    let view = describe_view(c, &id).await?;
    output::print(settings, &view)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ExitCode;
    use clap::Parser;

    fn args(extra: &[&str]) -> CreateArgs {
        let mut argv = vec!["efsctl", "create"];
        argv.extend(extra);
        match crate::cli::Cli::try_parse_from(argv).expect("parse").command {
            crate::cli::Command::Create(a) => a,
            _ => unreachable!(),
        }
    }

    #[test]
    fn refuses_bad_combinations_before_calling_aws() {
        for bad in [
            &["--performance-mode", "max-io"][..],
            &["--throughput-mode", "provisioned"],
            &["--provisioned", "10"],
            &["--archive", "30d", "--throughput-mode", "bursting"],
            &["--ia", "90d", "--archive", "30d"],
            &["--one-zone", "eu-west-1a"],
            &["--back-on-access"],
            &["--mount-targets", "mars"],
            &["--one-zone", "us-east-1a", "--mount-targets", "us-east-1b"],
        ] {
            let e = plan(&args(bad), "us-east-1").err().unwrap_or_else(|| panic!("{bad:?} accepted"));
            assert_eq!(e.exit, ExitCode::Usage, "{bad:?}");
        }
        assert!(plan(&args(&["--ia", "30d", "--archive", "90d", "--back-on-access"]), "us-east-1").is_ok());
        assert!(crate::cli::Cli::try_parse_from(["efsctl", "create", "--ia", "3d"]).is_err());
        assert!(crate::cli::Cli::try_parse_from(["efsctl", "create", "--provisioned", "5000"]).is_err());
    }
}
