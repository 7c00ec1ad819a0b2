//! Every EFS operation through the Rust SDK against a real daemon.

use aws_sdk_efs::error::ProvideErrorMetadata;
use aws_sdk_efs::types::*;

use crate::support::{Daemon, run};

fn tag(k: &str, v: &str) -> Tag {
    Tag::builder().key(k).value(v).build().unwrap()
}

async fn default_subnets(d: &Daemon) -> Vec<(String, String)> {
    let out = d
        .ec2()
        .describe_subnets()
        .filters(aws_sdk_ec2::types::Filter::builder().name("default-for-az").values("true").build())
        .send()
        .await
        .unwrap();
    out.subnets()
        .iter()
        .map(|s| (s.subnet_id().unwrap().to_string(), s.availability_zone().unwrap().to_string()))
        .collect()
}

async fn new_fs(efs: &aws_sdk_efs::Client, token: &str) -> String {
    efs.create_file_system().creation_token(token).send().await.unwrap().file_system_id().to_string()
}

#[test]
fn file_system_lifecycle() {
    let d = Daemon::start();
    run(async {
        let efs = d.efs();
        let created = efs
            .create_file_system()
            .creation_token("tok-1")
            .performance_mode(PerformanceMode::GeneralPurpose)
            .throughput_mode(ThroughputMode::Provisioned)
            .provisioned_throughput_in_mibps(10.0)
            .encrypted(true)
            .tags(tag("Name", "demo"))
            .tags(tag("team", "ml"))
            .send()
            .await
            .unwrap();
        let id = created.file_system_id().to_string();
        assert!(id.starts_with("fs-") && id.len() == 20, "{id}");
        assert_eq!(created.name(), Some("demo"));
        // Creating in the response, as AWS answers; available once described (no delay here).
        assert_eq!(created.life_cycle_state(), &LifeCycleState::Creating);
        let described = efs.describe_file_systems().file_system_id(&id).send().await.unwrap();
        assert_eq!(described.file_systems()[0].life_cycle_state(), &LifeCycleState::Available);
        assert_eq!(created.size_in_bytes().unwrap().value(), 6144);
        assert_eq!(created.owner_id(), "123456789012");
        assert_eq!(
            created.file_system_arn().unwrap(),
            format!("arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/{id}")
        );
        assert!(created.kms_key_id().unwrap().starts_with("arn:aws:kms:us-east-1:123456789012:key/"));

        // Same token again: 409 carrying the existing id.
        let err = efs.create_file_system().creation_token("tok-1").send().await.unwrap_err();
        assert_eq!(err.code(), Some("FileSystemAlreadyExists"));
        match err.into_service_error() {
            aws_sdk_efs::operation::create_file_system::CreateFileSystemError::FileSystemAlreadyExists(e) => {
                assert_eq!(e.file_system_id(), id)
            }
            other => panic!("{other:?}"),
        }

        // Describe by id, by ARN and by creation token.
        let by_arn =
            efs.describe_file_systems().file_system_id(created.file_system_arn().unwrap()).send().await.unwrap();
        assert_eq!(by_arn.file_systems()[0].file_system_id(), id);
        let by_token = efs.describe_file_systems().creation_token("tok-1").send().await.unwrap();
        assert_eq!(by_token.file_systems().len(), 1);
        assert_eq!(by_token.file_systems()[0].provisioned_throughput_in_mibps(), Some(10.0));

        // Raising provisioned throughput is always allowed, but starts 24 hours without a mode
        // change or a decrease (as the EFS User Guide says).
        for mibps in [20.0, 30.0] {
            let up = efs
                .update_file_system()
                .file_system_id(&id)
                .provisioned_throughput_in_mibps(mibps)
                .send()
                .await
                .unwrap();
            assert_eq!(up.provisioned_throughput_in_mibps(), Some(mibps));
            assert_eq!(up.life_cycle_state(), &LifeCycleState::Updating, "as AWS answers an update");
        }
        let refused = [
            efs.update_file_system().file_system_id(&id).provisioned_throughput_in_mibps(25.0),
            efs.update_file_system().file_system_id(&id).throughput_mode(ThroughputMode::Elastic),
        ];
        for update in refused {
            let err = update.send().await.unwrap_err();
            assert_eq!(err.code(), Some("TooManyRequests"));
            let message = err.message().unwrap();
            assert!(message.contains("Wait until") && message.contains("24 hours"), "{message}");
        }

        efs.delete_file_system().file_system_id(&id).send().await.unwrap();
        let err = efs.describe_file_systems().file_system_id(&id).send().await.unwrap_err();
        assert_eq!(err.code(), Some("FileSystemNotFound"));
        let err = efs.delete_file_system().file_system_id(&id).send().await.unwrap_err();
        assert_eq!(err.code(), Some("FileSystemNotFound"));
    });
}

#[test]
fn create_file_system_validation() {
    let d = Daemon::start();
    run(async {
        let efs = d.efs();
        let long = "x".repeat(65);
        let cases: Vec<(aws_sdk_efs::operation::create_file_system::builders::CreateFileSystemFluentBuilder, &str)> = vec![
            (efs.create_file_system().creation_token(&long), "ValidationException"),
            (
                efs.create_file_system()
                    .creation_token("a")
                    .performance_mode(PerformanceMode::MaxIo)
                    .throughput_mode(ThroughputMode::Elastic),
                "BadRequest",
            ),
            (efs.create_file_system().creation_token("b").throughput_mode(ThroughputMode::Provisioned), "BadRequest"),
            (
                efs.create_file_system()
                    .creation_token("c")
                    .throughput_mode(ThroughputMode::Provisioned)
                    .provisioned_throughput_in_mibps(5000.0),
                "ThroughputLimitExceeded",
            ),
            (efs.create_file_system().creation_token("d").provisioned_throughput_in_mibps(5.0), "BadRequest"),
            (
                efs.create_file_system().creation_token("e").availability_zone_name("us-east-1z"),
                "UnsupportedAvailabilityZone",
            ),
            (
                efs.create_file_system()
                    .creation_token("f")
                    .availability_zone_name("us-east-1a")
                    .performance_mode(PerformanceMode::MaxIo),
                "BadRequest",
            ),
            (efs.create_file_system().creation_token("g").kms_key_id("alias/x"), "BadRequest"),
            (efs.create_file_system().creation_token("h").tags(tag("aws:reserved", "x")), "ValidationException"),
        ];
        for (req, code) in cases {
            let err = req.send().await.unwrap_err();
            assert_eq!(err.code(), Some(code), "{err:?}");
        }
        // Nothing was created by the refused calls.
        assert!(efs.describe_file_systems().send().await.unwrap().file_systems().is_empty());

        // One Zone: backups default on, AZ id reported.
        let oz =
            efs.create_file_system().creation_token("oz").availability_zone_name("us-east-1b").send().await.unwrap();
        assert_eq!(oz.availability_zone_id(), Some("use1-az2"));
        let backup = efs.describe_backup_policy().file_system_id(oz.file_system_id()).send().await.unwrap();
        assert_eq!(backup.backup_policy().unwrap().status(), &Status::Enabled);
    });
}

#[test]
fn describe_pagination_and_short_ids() {
    let d = Daemon::start();
    run(async {
        let efs = d.efs();
        let mut ids = Vec::new();
        for i in 0..25 {
            ids.push(new_fs(&efs, &format!("p{i}")).await);
        }
        let first = efs.describe_file_systems().max_items(10).send().await.unwrap();
        assert_eq!(first.file_systems().len(), 10);
        let marker = first.next_marker().unwrap().to_string();
        let second = efs.describe_file_systems().max_items(10).marker(&marker).send().await.unwrap();
        assert_eq!(second.marker(), Some(marker.as_str()));
        assert_eq!(second.file_systems()[0].file_system_id(), ids[10]);
        let mut all = Vec::new();
        let mut pages = efs.describe_file_systems().max_items(7).into_paginator().send();
        while let Some(page) = pages.next().await {
            all.extend(page.unwrap().file_systems().iter().map(|f| f.file_system_id().to_string()));
        }
        assert_eq!(all, ids);
        let err = efs.describe_file_systems().marker("not-a-marker").send().await.unwrap_err();
        assert_eq!(err.code(), Some("BadRequest"));
        let err = efs.describe_file_systems().max_items(0).send().await.unwrap_err();
        assert_eq!(err.code(), Some("ValidationException"));

        // Regions are separate.
        assert!(d.efs_in("eu-west-1").describe_file_systems().send().await.unwrap().file_systems().is_empty());

        // Account preference for short ids applies to new file systems.
        let pref = efs.put_account_preferences().resource_id_type(ResourceIdType::ShortId).send().await.unwrap();
        assert_eq!(pref.resource_id_preference().unwrap().resource_id_type(), Some(&ResourceIdType::ShortId));
        let short = new_fs(&efs, "short").await;
        assert_eq!(short.len(), 11, "{short}");
        let desc = efs.describe_account_preferences().send().await.unwrap();
        assert_eq!(desc.resource_id_preference().unwrap().resources().len(), 2);
    });
}

#[test]
fn mount_targets_get_enis_and_addresses() {
    let d = Daemon::start();
    run(async {
        let efs = d.efs();
        let ec2 = d.ec2();
        let fs = new_fs(&efs, "mt").await;
        let subnets = default_subnets(&d).await;
        assert_eq!(subnets.len(), 6);
        let mt = efs.create_mount_target().file_system_id(&fs).subnet_id(&subnets[0].0).send().await.unwrap();
        assert_eq!(mt.ip_address(), Some("172.31.0.4"));
        assert_eq!(mt.availability_zone_name(), Some("us-east-1a"));
        assert_eq!(mt.availability_zone_id(), Some("use1-az1"));
        let eni_id = mt.network_interface_id().unwrap().to_string();

        // Second mount target in the same AZ conflicts; another AZ is fine; a chosen IP is honoured.
        let err = efs.create_mount_target().file_system_id(&fs).subnet_id(&subnets[0].0).send().await.unwrap_err();
        assert_eq!(err.code(), Some("MountTargetConflict"));
        let mt2 = efs
            .create_mount_target()
            .file_system_id(&fs)
            .subnet_id(&subnets[1].0)
            .ip_address("172.31.16.50")
            .send()
            .await
            .unwrap();
        assert_eq!(mt2.ip_address(), Some("172.31.16.50"));
        let other = new_fs(&efs, "other").await;
        let err = efs
            .create_mount_target()
            .file_system_id(&other)
            .subnet_id(&subnets[1].0)
            .ip_address("172.31.16.50")
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("IpAddressInUse"));
        let err = efs
            .create_mount_target()
            .file_system_id(&other)
            .subnet_id(&subnets[1].0)
            .ip_address("10.0.0.9")
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("BadRequest"));
        let err = efs
            .create_mount_target()
            .file_system_id(&other)
            .subnet_id("subnet-0123456789abcdef0")
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("SubnetNotFound"));
        let err = efs
            .create_mount_target()
            .file_system_id(&other)
            .subnet_id(&subnets[2].0)
            .security_groups("sg-0123456789abcdef0")
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("SecurityGroupNotFound"));

        let described = efs.describe_file_systems().file_system_id(&fs).send().await.unwrap();
        assert_eq!(described.file_systems()[0].number_of_mount_targets(), 2);
        let listed = efs.describe_mount_targets().file_system_id(&fs).send().await.unwrap();
        assert_eq!(listed.mount_targets().len(), 2);
        let err = efs.describe_mount_targets().send().await.unwrap_err();
        assert_eq!(err.code(), Some("BadRequest"));

        // The ENI carries the mount target's security groups, and follows changes to them.
        let eni = ec2.describe_network_interfaces().network_interface_ids(&eni_id).send().await.unwrap();
        let eni = &eni.network_interfaces()[0];
        assert_eq!(eni.private_ip_address(), Some("172.31.0.4"));
        assert!(eni.description().unwrap().contains(&fs));
        let default_sg = eni.groups()[0].group_id().unwrap().to_string();
        assert_eq!(eni.groups()[0].group_name(), Some("default"));
        let sg = ec2
            .create_security_group()
            .group_name("nfs")
            .description("NFS")
            .send()
            .await
            .unwrap()
            .group_id()
            .unwrap()
            .to_string();
        efs.modify_mount_target_security_groups()
            .mount_target_id(mt.mount_target_id())
            .security_groups(&sg)
            .security_groups(&default_sg)
            .send()
            .await
            .unwrap();
        let groups =
            efs.describe_mount_target_security_groups().mount_target_id(mt.mount_target_id()).send().await.unwrap();
        assert_eq!(groups.security_groups(), [sg.clone(), default_sg.clone()]);
        let eni = ec2
            .describe_network_interfaces()
            .filters(aws_sdk_ec2::types::Filter::builder().name("group-id").values(&sg).build())
            .send()
            .await
            .unwrap();
        assert_eq!(eni.network_interfaces().len(), 1);
        let six: Vec<String> = (0..6).map(|_| sg.clone()).collect();
        let err = efs
            .modify_mount_target_security_groups()
            .mount_target_id(mt.mount_target_id())
            .set_security_groups(Some(six))
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("SecurityGroupLimitExceeded"));

        // A file system with mount targets cannot be deleted.
        let err = efs.delete_file_system().file_system_id(&fs).send().await.unwrap_err();
        assert_eq!(err.code(), Some("FileSystemInUse"));
        efs.delete_mount_target().mount_target_id(mt.mount_target_id()).send().await.unwrap();
        efs.delete_mount_target().mount_target_id(mt2.mount_target_id()).send().await.unwrap();
        let err = efs.describe_mount_targets().mount_target_id(mt.mount_target_id()).send().await.unwrap_err();
        assert_eq!(err.code(), Some("MountTargetNotFound"));
        let err = ec2.describe_network_interfaces().network_interface_ids(&eni_id).send().await.unwrap_err();
        assert_eq!(aws_sdk_ec2::error::ProvideErrorMetadata::code(&err), Some("InvalidNetworkInterfaceID.NotFound"));
        efs.delete_file_system().file_system_id(&fs).send().await.unwrap();
    });
}

#[test]
fn one_zone_mount_target_must_match_az() {
    let d = Daemon::start();
    run(async {
        let efs = d.efs();
        let fs = efs
            .create_file_system()
            .creation_token("oz")
            .availability_zone_name("us-east-1c")
            .send()
            .await
            .unwrap()
            .file_system_id()
            .to_string();
        let subnets = default_subnets(&d).await;
        let err = efs.create_mount_target().file_system_id(&fs).subnet_id(&subnets[0].0).send().await.unwrap_err();
        assert_eq!(err.code(), Some("AvailabilityZonesMismatch"));
        let c = subnets.iter().find(|s| s.1 == "us-east-1c").unwrap();
        efs.create_mount_target().file_system_id(&fs).subnet_id(&c.0).send().await.unwrap();
    });
}

#[test]
fn access_points() {
    let d = Daemon::start();
    run(async {
        let efs = d.efs();
        let fs = new_fs(&efs, "ap").await;
        let ap = efs
            .create_access_point()
            .client_token("ct-1")
            .file_system_id(&fs)
            .posix_user(PosixUser::builder().uid(1000).gid(1000).secondary_gids(10).build().unwrap())
            .root_directory(
                RootDirectory::builder()
                    .path("/data/team")
                    .creation_info(
                        CreationInfo::builder().owner_uid(1000).owner_gid(1000).permissions("0755").build().unwrap(),
                    )
                    .build(),
            )
            .tags(tag("Name", "team"))
            .send()
            .await
            .unwrap();
        let ap_id = ap.access_point_id().unwrap().to_string();
        assert!(ap_id.starts_with("fsap-"));
        assert_eq!(ap.name(), Some("team"));
        assert_eq!(ap.posix_user().unwrap().secondary_gids(), [10]);
        let err = efs.create_access_point().client_token("ct-1").file_system_id(&fs).send().await.unwrap_err();
        assert_eq!(err.code(), Some("AccessPointAlreadyExists"));
        match err.into_service_error() {
            aws_sdk_efs::operation::create_access_point::CreateAccessPointError::AccessPointAlreadyExists(e) => {
                assert_eq!(e.access_point_id(), ap_id)
            }
            other => panic!("{other:?}"),
        }

        for (path, perms) in [("/.hidden", "0755"), ("/a/b/c/d/e", "0755"), ("relative", "0755"), ("/x", "999")] {
            let req = efs
                .create_access_point()
                .client_token(format!("bad-{path}-{perms}"))
                .file_system_id(&fs)
                .root_directory(
                    RootDirectory::builder()
                        .path(path)
                        .creation_info(
                            CreationInfo::builder().owner_uid(1).owner_gid(1).permissions(perms).build().unwrap(),
                        )
                        .build(),
                );
            // The model's patterns (RootDirectory path, permissions) are checked first, as on AWS.
            assert_eq!(req.send().await.unwrap_err().code(), Some("ValidationException"), "{path} {perms}");
        }
        for i in 0..4 {
            efs.create_access_point().client_token(format!("more-{i}")).file_system_id(&fs).send().await.unwrap();
        }
        let mut seen = 0;
        let mut pages = efs.describe_access_points().file_system_id(&fs).max_results(2).into_paginator().send();
        while let Some(p) = pages.next().await {
            seen += p.unwrap().access_points().len();
        }
        assert_eq!(seen, 5);
        let err = efs.describe_access_points().file_system_id(&fs).access_point_id(&ap_id).send().await.unwrap_err();
        assert_eq!(err.code(), Some("BadRequest"));
        let mts = efs.describe_mount_targets().access_point_id(&ap_id).send().await.unwrap();
        assert!(mts.mount_targets().is_empty());

        // Tags on access points by id and ARN.
        efs.tag_resource().resource_id(&ap_id).tags(tag("env", "dev")).send().await.unwrap();
        let tags = efs.list_tags_for_resource().resource_id(ap.access_point_arn().unwrap()).send().await.unwrap();
        assert_eq!(tags.tags().len(), 2);

        efs.delete_access_point().access_point_id(&ap_id).send().await.unwrap();
        let err = efs.describe_access_points().access_point_id(&ap_id).send().await.unwrap_err();
        assert_eq!(err.code(), Some("AccessPointNotFound"));
    });
}

#[test]
fn policies_lifecycle_backup_protection() {
    let d = Daemon::start();
    run(async {
        let efs = d.efs();
        let fs = new_fs(&efs, "pol").await;
        let err = efs.describe_file_system_policy().file_system_id(&fs).send().await.unwrap_err();
        assert_eq!(err.code(), Some("PolicyNotFound"));
        let policy = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":{"AWS":"*"},"Action":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#;
        let put = efs.put_file_system_policy().file_system_id(&fs).policy(policy).send().await.unwrap();
        assert_eq!(put.policy(), Some(policy));
        assert_eq!(efs.describe_file_system_policy().file_system_id(&fs).send().await.unwrap().policy(), Some(policy));
        let unknown_operator = r#"{"Statement":{"Effect":"Deny","Principal":"*","Action":"*","Condition":{"BoolEquals":{"aws:SecureTransport":"false"}}}}"#;
        for bad in [
            "{",
            r#"{"Statement":[]}"#,
            r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:*"}}"#,
            unknown_operator,
        ] {
            let err = efs.put_file_system_policy().file_system_id(&fs).policy(bad).send().await.unwrap_err();
            assert_eq!(err.code(), Some("InvalidPolicyException"), "{bad}");
        }
        // Refused policies change nothing.
        assert_eq!(efs.describe_file_system_policy().file_system_id(&fs).send().await.unwrap().policy(), Some(policy));
        let lockout = r#"{"Statement":{"Effect":"Deny","Principal":"*","Action":"elasticfilesystem:*"}}"#;
        let err = efs.put_file_system_policy().file_system_id(&fs).policy(lockout).send().await.unwrap_err();
        assert_eq!(err.code(), Some("InvalidPolicyException"));
        efs.put_file_system_policy()
            .file_system_id(&fs)
            .policy(lockout)
            .bypass_policy_lockout_safety_check(true)
            .send()
            .await
            .unwrap();
        efs.delete_file_system_policy().file_system_id(&fs).send().await.unwrap();
        assert_eq!(
            efs.describe_file_system_policy().file_system_id(&fs).send().await.unwrap_err().code(),
            Some("PolicyNotFound")
        );

        // Lifecycle: IA then back on access; Archive needs Elastic and must come after IA.
        let ia = LifecyclePolicy::builder().transition_to_ia(TransitionToIaRules::After30Days).build();
        let back = LifecyclePolicy::builder()
            .transition_to_primary_storage_class(TransitionToPrimaryStorageClassRules::After1Access)
            .build();
        let archive = LifecyclePolicy::builder().transition_to_archive(TransitionToArchiveRules::After90Days).build();
        let out = efs
            .put_lifecycle_configuration()
            .file_system_id(&fs)
            .lifecycle_policies(ia.clone())
            .lifecycle_policies(back.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(out.lifecycle_policies().len(), 2);
        let err = efs
            .put_lifecycle_configuration()
            .file_system_id(&fs)
            .lifecycle_policies(ia.clone())
            .lifecycle_policies(archive.clone())
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("BadRequest"), "archive needs elastic");
        let elastic = efs
            .create_file_system()
            .creation_token("el")
            .throughput_mode(ThroughputMode::Elastic)
            .send()
            .await
            .unwrap()
            .file_system_id()
            .to_string();
        efs.put_lifecycle_configuration()
            .file_system_id(&elastic)
            .lifecycle_policies(ia.clone())
            .lifecycle_policies(archive.clone())
            .send()
            .await
            .unwrap();
        let early = LifecyclePolicy::builder().transition_to_archive(TransitionToArchiveRules::After7Days).build();
        let err = efs
            .put_lifecycle_configuration()
            .file_system_id(&elastic)
            .lifecycle_policies(ia.clone())
            .lifecycle_policies(early)
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("BadRequest"));
        let two = LifecyclePolicy::builder()
            .transition_to_ia(TransitionToIaRules::After7Days)
            .transition_to_archive(TransitionToArchiveRules::After90Days)
            .build();
        assert_eq!(
            efs.put_lifecycle_configuration()
                .file_system_id(&elastic)
                .lifecycle_policies(two)
                .send()
                .await
                .unwrap_err()
                .code(),
            Some("BadRequest")
        );
        let desc = efs.describe_lifecycle_configuration().file_system_id(&elastic).send().await.unwrap();
        assert_eq!(desc.lifecycle_policies().len(), 2);
        efs.put_lifecycle_configuration()
            .file_system_id(&elastic)
            .set_lifecycle_policies(Some(vec![]))
            .send()
            .await
            .unwrap();
        assert!(
            efs.describe_lifecycle_configuration()
                .file_system_id(&elastic)
                .send()
                .await
                .unwrap()
                .lifecycle_policies()
                .is_empty()
        );

        // Backup policy.
        assert_eq!(
            efs.describe_backup_policy().file_system_id(&fs).send().await.unwrap().backup_policy().unwrap().status(),
            &Status::Disabled
        );
        efs.put_backup_policy()
            .file_system_id(&fs)
            .backup_policy(BackupPolicy::builder().status(Status::Enabled).build().unwrap())
            .send()
            .await
            .unwrap();
        assert_eq!(
            efs.describe_backup_policy().file_system_id(&fs).send().await.unwrap().backup_policy().unwrap().status(),
            &Status::Enabled
        );
        for status in [Status::Enabling, Status::from("ON")] {
            let err = efs
                .put_backup_policy()
                .file_system_id(&fs)
                .backup_policy(BackupPolicy::builder().status(status).build().unwrap())
                .send()
                .await
                .unwrap_err();
            assert_eq!(err.code(), Some("ValidationException"), "{err:?}");
        }

        // Replication overwrite protection.
        let p = efs
            .update_file_system_protection()
            .file_system_id(&fs)
            .replication_overwrite_protection(ReplicationOverwriteProtection::Disabled)
            .send()
            .await
            .unwrap();
        assert_eq!(p.replication_overwrite_protection(), Some(&ReplicationOverwriteProtection::Disabled));
    });
}

#[test]
fn replication_creates_destination_in_target_region() {
    let d = Daemon::start();
    run(async {
        let efs = d.efs();
        let src = efs
            .create_file_system()
            .creation_token("src")
            .throughput_mode(ThroughputMode::Elastic)
            .send()
            .await
            .unwrap()
            .file_system_id()
            .to_string();
        let dest = DestinationToCreate::builder().region("us-west-2").build();
        let r = efs
            .create_replication_configuration()
            .source_file_system_id(&src)
            .destinations(dest.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(r.source_file_system_region(), "us-east-1");
        let dest_id = r.destinations()[0].file_system_id().to_string();
        assert_eq!(r.destinations()[0].region(), "us-west-2");
        assert_eq!(r.destinations()[0].status(), &ReplicationStatus::Enabled);

        let west = d.efs_in("us-west-2");
        let dfs = west.describe_file_systems().file_system_id(&dest_id).send().await.unwrap();
        assert_eq!(
            dfs.file_systems()[0].file_system_protection().unwrap().replication_overwrite_protection(),
            Some(&ReplicationOverwriteProtection::Replicating)
        );
        assert_eq!(
            efs.describe_file_systems().file_system_id(&dest_id).send().await.unwrap_err().code(),
            Some("FileSystemNotFound")
        );

        let err = efs
            .create_replication_configuration()
            .source_file_system_id(&src)
            .destinations(dest)
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("ValidationException"));
        assert_eq!(
            efs.delete_file_system().file_system_id(&src).send().await.unwrap_err().code(),
            Some("FileSystemInUse")
        );
        let listed = efs.describe_replication_configurations().file_system_id(&src).send().await.unwrap();
        assert_eq!(listed.replications().len(), 1);
        let from_dest = west.describe_replication_configurations().file_system_id(&dest_id).send().await.unwrap();
        assert_eq!(from_dest.replications()[0].source_file_system_id(), src);

        efs.delete_replication_configuration().source_file_system_id(&src).send().await.unwrap();
        assert_eq!(
            efs.describe_replication_configurations().file_system_id(&src).send().await.unwrap_err().code(),
            Some("ReplicationNotFound")
        );
        let dfs = west.describe_file_systems().file_system_id(&dest_id).send().await.unwrap();
        assert_eq!(
            dfs.file_systems()[0].file_system_protection().unwrap().replication_overwrite_protection(),
            Some(&ReplicationOverwriteProtection::Enabled)
        );
        efs.delete_file_system().file_system_id(&src).send().await.unwrap();

        // Into an existing file system: only when its overwrite protection is off.
        let a = new_fs(&efs, "a").await;
        let b = new_fs(&efs, "b").await;
        let into_b = DestinationToCreate::builder().file_system_id(&b).build();
        let err = efs
            .create_replication_configuration()
            .source_file_system_id(&a)
            .destinations(into_b.clone())
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("ConflictException"));
        efs.update_file_system_protection()
            .file_system_id(&b)
            .replication_overwrite_protection(ReplicationOverwriteProtection::Disabled)
            .send()
            .await
            .unwrap();
        efs.create_replication_configuration().source_file_system_id(&a).destinations(into_b).send().await.unwrap();
    });
}

#[test]
#[allow(deprecated)] // the legacy tag calls are part of the API the emulator serves
fn tags_new_and_legacy() {
    let d = Daemon::start();
    run(async {
        let efs = d.efs();
        let fs = new_fs(&efs, "tags").await;
        efs.tag_resource().resource_id(&fs).tags(tag("Name", "one")).tags(tag("a", "1")).send().await.unwrap();
        assert_eq!(
            efs.describe_file_systems().file_system_id(&fs).send().await.unwrap().file_systems()[0].name(),
            Some("one")
        );
        efs.untag_resource().resource_id(&fs).tag_keys("a").send().await.unwrap();
        let tags = efs.list_tags_for_resource().resource_id(&fs).send().await.unwrap();
        assert_eq!(tags.tags().len(), 1);

        efs.create_tags().file_system_id(&fs).tags(tag("b", "2")).tags(tag("c", "3")).send().await.unwrap();
        let page = efs.describe_tags().file_system_id(&fs).max_items(2).send().await.unwrap();
        assert_eq!(page.tags().len(), 2);
        assert!(page.next_marker().is_some());
        efs.delete_tags().file_system_id(&fs).tag_keys("b").send().await.unwrap();
        assert_eq!(efs.describe_tags().file_system_id(&fs).send().await.unwrap().tags().len(), 2);

        let fifty_one: Vec<Tag> = (0..51).map(|i| tag(&format!("k{i}"), "v")).collect();
        let err = efs.tag_resource().resource_id(&fs).set_tags(Some(fifty_one)).send().await.unwrap_err();
        assert_eq!(err.code(), Some("BadRequest"));
        assert_eq!(
            efs.list_tags_for_resource().resource_id("fs-0123456789abcdef0").send().await.unwrap_err().code(),
            Some("FileSystemNotFound")
        );
    });
}

#[test]
fn create_delay_shows_creating_then_available() {
    let d = Daemon::start_with(&["--create-delay", "1s"]);
    run(async {
        let efs = d.efs();
        let fs = efs.create_file_system().creation_token("slow").send().await.unwrap();
        assert_eq!(fs.life_cycle_state(), &LifeCycleState::Creating);
        let id = fs.file_system_id().to_string();
        let err = efs
            .create_mount_target()
            .file_system_id(&id)
            .subnet_id(&default_subnets(&d).await[0].0)
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("IncorrectFileSystemLifeCycleState"));
        let mut state = LifeCycleState::Creating;
        for _ in 0..100 {
            state = efs.describe_file_systems().file_system_id(&id).send().await.unwrap().file_systems()[0]
                .life_cycle_state()
                .clone();
            if state == LifeCycleState::Available {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert_eq!(state, LifeCycleState::Available);
        efs.delete_file_system().file_system_id(&id).send().await.unwrap();
        let deleting = efs.describe_file_systems().file_system_id(&id).send().await.unwrap();
        assert_eq!(deleting.file_systems()[0].life_cycle_state(), &LifeCycleState::Deleting);
    });
}

#[test]
fn concurrent_creates_with_one_token_make_one_file_system() {
    let d = Daemon::start();
    run(async {
        let efs = d.efs();
        let tasks: Vec<_> = (0..16)
            .map(|_| {
                let efs = efs.clone();
                tokio::spawn(async move { efs.create_file_system().creation_token("race").send().await })
            })
            .collect();
        let mut created = 0;
        for t in tasks {
            match t.await.unwrap() {
                Ok(_) => created += 1,
                Err(e) => assert_eq!(e.code(), Some("FileSystemAlreadyExists")),
            }
        }
        assert_eq!(created, 1);
        assert_eq!(efs.describe_file_systems().send().await.unwrap().file_systems().len(), 1);
    });
}

#[test]
fn state_survives_kill_9() {
    let mut d = Daemon::start();
    let (fs, mt, ap) = {
        let mut out = Default::default();
        run(async {
            let efs = d.efs();
            let fs = new_fs(&efs, "durable").await;
            let subnet = default_subnets(&d).await[0].0.clone();
            let mt = efs
                .create_mount_target()
                .file_system_id(&fs)
                .subnet_id(subnet)
                .send()
                .await
                .unwrap()
                .mount_target_id()
                .to_string();
            let ap = efs
                .create_access_point()
                .client_token("x")
                .file_system_id(&fs)
                .send()
                .await
                .unwrap()
                .access_point_id()
                .unwrap()
                .to_string();
            efs.put_file_system_policy()
                .file_system_id(&fs)
                .policy(r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"elasticfilesystem:ClientMount"}}"#)
                .send()
                .await
                .unwrap();
            out = (fs, mt, ap);
        });
        out
    };
    d.kill_and_restart();
    run(async {
        let efs = d.efs();
        assert_eq!(
            efs.describe_file_systems().file_system_id(&fs).send().await.unwrap().file_systems()[0]
                .number_of_mount_targets(),
            1
        );
        assert_eq!(efs.describe_mount_targets().mount_target_id(&mt).send().await.unwrap().mount_targets().len(), 1);
        assert_eq!(efs.describe_access_points().access_point_id(&ap).send().await.unwrap().access_points().len(), 1);
        assert!(efs.describe_file_system_policy().file_system_id(&fs).send().await.unwrap().policy().is_some());
        // New ids keep flowing after a restart without colliding with old creation order.
        let fs2 = new_fs(&efs, "after").await;
        let all = efs.describe_file_systems().send().await.unwrap();
        assert_eq!(
            all.file_systems().iter().map(|f| f.file_system_id()).collect::<Vec<_>>(),
            [fs.as_str(), fs2.as_str()]
        );
    });
}

#[test]
fn reset_wipes_everything() {
    let d = Daemon::start();
    run(async {
        let efs = d.efs();
        new_fs(&efs, "gone").await;
        let r = crate::support::http(&d.url, "POST", efsctl_control::api::paths::MOTO_RESET, "");
        assert_eq!(crate::support::status_of(&r), 200, "{r}");
        assert!(efs.describe_file_systems().send().await.unwrap().file_systems().is_empty());
        assert_eq!(default_subnets(&d).await.len(), 6);
    });
}
