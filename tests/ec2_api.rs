//! The EC2 subset through the Rust SDK: default networks, VPCs, subnets, security groups,
//! network interfaces and tags.

use aws_sdk_ec2::error::ProvideErrorMetadata;
use aws_sdk_ec2::types::{Filter, IpPermission, IpRange, ResourceType, Tag, TagSpecification, UserIdGroupPair};

use crate::support::{Daemon, raw, run, status_of};

fn filter(name: &str, value: &str) -> Filter {
    Filter::builder().name(name).values(value).build()
}

#[test]
fn default_network_in_every_region() {
    let d = Daemon::start();
    run(async {
        for (region, zones) in [("us-east-1", 6), ("eu-west-1", 3)] {
            let ec2 = d.ec2_in(region);
            let azs = ec2.describe_availability_zones().send().await.unwrap();
            assert_eq!(azs.availability_zones().len(), zones);
            let vpcs = ec2.describe_vpcs().filters(filter("is-default", "true")).send().await.unwrap();
            assert_eq!(vpcs.vpcs().len(), 1);
            let vpc = &vpcs.vpcs()[0];
            assert_eq!(vpc.cidr_block(), Some("172.31.0.0/16"));
            let subnets = ec2
                .describe_subnets()
                .filters(filter("vpc-id", vpc.vpc_id().unwrap()))
                .filters(filter("default-for-az", "true"))
                .send()
                .await
                .unwrap();
            assert_eq!(subnets.subnets().len(), zones);
            assert!(subnets.subnets().iter().all(|s| s.cidr_block().unwrap().ends_with("/20")));
            let a = ec2
                .describe_subnets()
                .filters(filter("availability-zone", &format!("{region}a")))
                .send()
                .await
                .unwrap();
            assert_eq!(a.subnets().len(), 1);
            let sgs = ec2.describe_security_groups().filters(filter("group-name", "default")).send().await.unwrap();
            let sg = &sgs.security_groups()[0];
            // The default group admits all traffic from its own members.
            let pair = &sg.ip_permissions()[0].user_id_group_pairs()[0];
            assert_eq!(pair.group_id(), sg.group_id());
            assert_eq!(sg.ip_permissions()[0].ip_protocol(), Some("-1"));
        }
        let err = d.ec2().describe_subnets().filters(filter("bogus", "x")).send().await.unwrap_err();
        assert_eq!(err.code(), Some("InvalidParameterValue"));
        let err = d.ec2().describe_availability_zones().zone_names("us-east-1q").send().await.unwrap_err();
        assert_eq!(err.code(), Some("InvalidParameterValue"));
    });
}

#[test]
fn security_groups_and_rules() {
    let d = Daemon::start();
    run(async {
        let ec2 = d.ec2();
        let client = ec2
            .create_security_group()
            .group_name("clients")
            .description("EFS clients")
            .send()
            .await
            .unwrap()
            .group_id()
            .unwrap()
            .to_string();
        let server = ec2
            .create_security_group()
            .group_name("efs")
            .description("EFS mount targets")
            .tag_specifications(
                TagSpecification::builder()
                    .resource_type(ResourceType::SecurityGroup)
                    .tags(Tag::builder().key("Name").value("efs").build())
                    .build(),
            )
            .send()
            .await
            .unwrap()
            .group_id()
            .unwrap()
            .to_string();
        let err = ec2.create_security_group().group_name("efs").description("dup").send().await.unwrap_err();
        assert_eq!(err.code(), Some("InvalidGroup.Duplicate"));

        let nfs_from_clients = IpPermission::builder()
            .ip_protocol("tcp")
            .from_port(2049)
            .to_port(2049)
            .user_id_group_pairs(UserIdGroupPair::builder().group_id(&client).build())
            .build();
        let out = ec2
            .authorize_security_group_ingress()
            .group_id(&server)
            .ip_permissions(nfs_from_clients.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(out.security_group_rules().len(), 1);
        let rule_id = out.security_group_rules()[0].security_group_rule_id().unwrap().to_string();
        let err = ec2
            .authorize_security_group_ingress()
            .group_id(&server)
            .ip_permissions(nfs_from_clients.clone())
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("InvalidPermission.Duplicate"));
        ec2.authorize_security_group_ingress()
            .group_id(&server)
            .ip_permissions(
                IpPermission::builder()
                    .ip_protocol("6")
                    .from_port(2049)
                    .to_port(2049)
                    .ip_ranges(IpRange::builder().cidr_ip("10.0.0.0/8").description("office").build())
                    .build(),
            )
            .send()
            .await
            .unwrap();
        for bad in [
            IpPermission::builder()
                .ip_protocol("tcp")
                .from_port(3000)
                .to_port(2000)
                .ip_ranges(IpRange::builder().cidr_ip("10.0.0.0/8").build())
                .build(),
            IpPermission::builder()
                .ip_protocol("tcp")
                .from_port(1)
                .to_port(2)
                .ip_ranges(IpRange::builder().cidr_ip("10.0.0/8").build())
                .build(),
            IpPermission::builder()
                .ip_protocol("nope")
                .ip_ranges(IpRange::builder().cidr_ip("10.0.0.0/8").build())
                .build(),
        ] {
            let err =
                ec2.authorize_security_group_ingress().group_id(&server).ip_permissions(bad).send().await.unwrap_err();
            assert_eq!(err.code(), Some("InvalidParameterValue"));
        }

        let described = ec2.describe_security_groups().group_ids(&server).send().await.unwrap();
        let g = &described.security_groups()[0];
        assert_eq!(g.tags()[0].value(), Some("efs"));
        let perm = &g.ip_permissions()[0];
        assert_eq!((perm.ip_protocol(), perm.from_port(), perm.to_port()), (Some("tcp"), Some(2049), Some(2049)));
        assert_eq!(perm.user_id_group_pairs()[0].group_id(), Some(client.as_str()));
        assert_eq!(perm.ip_ranges()[0].cidr_ip(), Some("10.0.0.0/8"));
        assert_eq!(g.ip_permissions_egress()[0].ip_ranges()[0].cidr_ip(), Some("0.0.0.0/0"));

        let rules = ec2.describe_security_group_rules().filters(filter("group-id", &server)).send().await.unwrap();
        assert_eq!(rules.security_group_rules().len(), 3);

        // The client group is referenced by a rule, so it cannot be deleted yet.
        let err = ec2.delete_security_group().group_id(&client).send().await.unwrap_err();
        assert_eq!(err.code(), Some("DependencyViolation"));
        ec2.revoke_security_group_ingress().group_id(&server).security_group_rule_ids(&rule_id).send().await.unwrap();
        let err = ec2
            .revoke_security_group_ingress()
            .group_id(&server)
            .ip_permissions(nfs_from_clients)
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("InvalidPermission.NotFound"));
        ec2.delete_security_group().group_id(&client).send().await.unwrap();
        let err = ec2.describe_security_groups().group_ids(&client).send().await.unwrap_err();
        assert_eq!(err.code(), Some("InvalidGroup.NotFound"));
        let default = ec2.describe_security_groups().group_names("default").send().await.unwrap().security_groups()[0]
            .group_id()
            .unwrap()
            .to_string();
        assert_eq!(
            ec2.delete_security_group().group_id(&default).send().await.unwrap_err().code(),
            Some("CannotDelete")
        );
    });
}

#[test]
fn custom_vpc_with_mount_target() {
    let d = Daemon::start();
    run(async {
        let ec2 = d.ec2();
        let efs = d.efs();
        let vpc = ec2
            .create_vpc()
            .cidr_block("10.1.0.0/16")
            .send()
            .await
            .unwrap()
            .vpc()
            .unwrap()
            .vpc_id()
            .unwrap()
            .to_string();
        assert_eq!(
            ec2.create_vpc().cidr_block("10.0.0.0/8").send().await.unwrap_err().code(),
            Some("InvalidVpc.Range")
        );
        let subnet = ec2
            .create_subnet()
            .vpc_id(&vpc)
            .cidr_block("10.1.1.0/24")
            .availability_zone("us-east-1b")
            .send()
            .await
            .unwrap();
        let subnet = subnet.subnet().unwrap();
        assert_eq!(subnet.available_ip_address_count(), Some(251));
        let subnet_id = subnet.subnet_id().unwrap().to_string();
        assert_eq!(
            ec2.create_subnet().vpc_id(&vpc).cidr_block("10.1.1.128/25").send().await.unwrap_err().code(),
            Some("InvalidSubnet.Conflict")
        );
        assert_eq!(
            ec2.create_subnet().vpc_id(&vpc).cidr_block("10.2.0.0/24").send().await.unwrap_err().code(),
            Some("InvalidSubnet.Range")
        );
        assert_eq!(
            ec2.create_subnet()
                .vpc_id(&vpc)
                .cidr_block("10.1.2.0/24")
                .availability_zone("us-east-1z")
                .send()
                .await
                .unwrap_err()
                .code(),
            Some("InvalidParameterValue")
        );

        let fs = efs.create_file_system().creation_token("custom").send().await.unwrap().file_system_id().to_string();
        let mt = efs.create_mount_target().file_system_id(&fs).subnet_id(&subnet_id).send().await.unwrap();
        assert_eq!(mt.vpc_id(), Some(vpc.as_str()));
        assert_eq!(mt.ip_address(), Some("10.1.1.4"));
        // Its default group is the new VPC's own default group.
        let sgs =
            efs.describe_mount_target_security_groups().mount_target_id(mt.mount_target_id()).send().await.unwrap();
        let sg = ec2.describe_security_groups().group_ids(&sgs.security_groups()[0]).send().await.unwrap();
        assert_eq!(sg.security_groups()[0].vpc_id(), Some(vpc.as_str()));

        // A mount target of the same file system in another VPC conflicts.
        let default_a = ec2
            .describe_subnets()
            .filters(filter("availability-zone", "us-east-1a"))
            .filters(filter("default-for-az", "true"))
            .send()
            .await
            .unwrap();
        let err = efs
            .create_mount_target()
            .file_system_id(&fs)
            .subnet_id(default_a.subnets()[0].subnet_id().unwrap())
            .send()
            .await
            .unwrap_err();
        assert_eq!(aws_sdk_efs::error::ProvideErrorMetadata::code(&err), Some("MountTargetConflict"));

        assert_eq!(
            ec2.delete_subnet().subnet_id(&subnet_id).send().await.unwrap_err().code(),
            Some("DependencyViolation")
        );
        assert_eq!(ec2.delete_vpc().vpc_id(&vpc).send().await.unwrap_err().code(), Some("DependencyViolation"));
        efs.delete_mount_target().mount_target_id(mt.mount_target_id()).send().await.unwrap();
        ec2.delete_subnet().subnet_id(&subnet_id).send().await.unwrap();
        ec2.delete_vpc().vpc_id(&vpc).send().await.unwrap();
        assert_eq!(ec2.describe_vpcs().vpc_ids(&vpc).send().await.unwrap_err().code(), Some("InvalidVpcID.NotFound"));
    });
}

#[test]
fn ec2_tags_and_unknown_actions() {
    let d = Daemon::start();
    run(async {
        let ec2 = d.ec2();
        let vpc = ec2.describe_vpcs().send().await.unwrap().vpcs()[0].vpc_id().unwrap().to_string();
        ec2.create_tags()
            .resources(&vpc)
            .tags(Tag::builder().key("Name").value("main").build())
            .tags(Tag::builder().key("env").value("dev").build())
            .send()
            .await
            .unwrap();
        let tags = ec2.describe_tags().filters(filter("resource-id", &vpc)).send().await.unwrap();
        assert_eq!(tags.tags().len(), 2);
        let named = ec2.describe_vpcs().filters(filter("tag:Name", "ma*")).send().await.unwrap();
        assert_eq!(named.vpcs().len(), 1);
        ec2.delete_tags().resources(&vpc).tags(Tag::builder().key("env").build()).send().await.unwrap();
        assert_eq!(ec2.describe_tags().filters(filter("resource-id", &vpc)).send().await.unwrap().tags().len(), 1);
        let err = ec2
            .create_tags()
            .resources("i-0123456789abcdef0")
            .tags(Tag::builder().key("a").value("b").build())
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("InvalidID"));
        // Lists page (MaxResults 5 to 1000, NextToken) like every other Describe call.
        for i in 0..7 {
            ec2.create_tags()
                .resources(&vpc)
                .tags(Tag::builder().key(format!("k{i}")).value("v").build())
                .send()
                .await
                .unwrap();
        }
        let first = ec2.describe_tags().max_results(5).send().await.unwrap();
        assert_eq!(first.tags().len(), 5);
        let rest = ec2.describe_tags().max_results(5).next_token(first.next_token().unwrap()).send().await.unwrap();
        assert_eq!((rest.tags().len(), rest.next_token()), (3, None));
        let rules = ec2.describe_security_group_rules().max_results(5).send().await.unwrap();
        assert!(rules.security_group_rules().len() <= 5);
        assert_eq!(ec2.describe_tags().max_results(4).send().await.unwrap_err().code(), Some("InvalidParameterValue"));
        assert_eq!(
            ec2.describe_security_group_rules().next_token("zz").send().await.unwrap_err().code(),
            Some("InvalidNextToken")
        );
        // An id that cannot be one is Malformed, not NotFound.
        assert_eq!(
            ec2.describe_subnets().subnet_ids("nope").send().await.unwrap_err().code(),
            Some("InvalidSubnetID.Malformed")
        );
        assert_eq!(
            ec2.describe_vpcs().vpc_ids("vpc-xyz").send().await.unwrap_err().code(),
            Some("InvalidVpcID.Malformed")
        );
        assert_eq!(
            ec2.describe_vpcs().vpc_ids("vpc-aaaaaaaaaaaaaaaaaa").send().await.unwrap_err().code(),
            Some("InvalidVpcID.Malformed")
        );
        assert_eq!(
            ec2.describe_vpcs().vpc_ids("vpc-aaaaaaaaaaaaaaaaa").send().await.unwrap_err().code(),
            Some("InvalidVpcID.NotFound")
        );
        assert_eq!(
            ec2.describe_security_group_rules().security_group_rule_ids("sgr-xyz").send().await.unwrap_err().code(),
            Some("InvalidSecurityGroupRuleId.Malformed")
        );
        assert_eq!(
            ec2.describe_security_groups().group_ids("sg-").send().await.unwrap_err().code(),
            Some("InvalidGroupId.Malformed")
        );
        assert_eq!(
            ec2.describe_network_interfaces().network_interface_ids("eni-NOPE1234").send().await.unwrap_err().code(),
            Some("InvalidNetworkInterfaceID.Malformed")
        );
    });
    // DryRun answers 412, as EC2 does.
    let body = "Action=DescribeVpcs&Version=2016-11-15&DryRun=true";
    let resp = raw(
        &d.url,
        &format!(
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    );
    assert!(status_of(&resp) == 412 && resp.contains("<Code>DryRunOperation</Code>"), "{resp}");
    let body = "Action=RunInstances&Version=2016-11-15";
    let resp = raw(
        &d.url,
        &format!(
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    );
    assert_eq!(status_of(&resp), 400);
    assert!(resp.contains("<Code>InvalidAction</Code>"), "{resp}");
    let body = "Action=CreateSecurityGroup&Version=2016-11-15";
    let resp = raw(
        &d.url,
        &format!(
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    );
    assert!(resp.contains("<Code>MissingParameter</Code>"), "{resp}");
}

#[test]
fn network_acls_vpc_attributes_and_route_tables() {
    use aws_sdk_ec2::types::{AttributeBooleanValue, PortRange, RuleAction, VpcAttributeName};
    let d = Daemon::start();
    run(async {
        let ec2 = d.ec2();
        let vpc = ec2
            .create_vpc()
            .cidr_block("10.9.0.0/16")
            .send()
            .await
            .unwrap()
            .vpc()
            .unwrap()
            .vpc_id()
            .unwrap()
            .to_string();
        let subnet = ec2
            .create_subnet()
            .vpc_id(&vpc)
            .cidr_block("10.9.1.0/24")
            .availability_zone("us-east-1a")
            .send()
            .await
            .unwrap()
            .subnet()
            .unwrap()
            .subnet_id()
            .unwrap()
            .to_string();
        // Every VPC has a default ACL allowing everything, then `*`; its subnets use it.
        let default = ec2
            .describe_network_acls()
            .filters(filter("vpc-id", &vpc))
            .filters(filter("default", "true"))
            .send()
            .await
            .unwrap();
        let acl = &default.network_acls()[0];
        assert_eq!(acl.entries().iter().filter_map(|e| e.rule_number()).collect::<Vec<_>>(), [100, 32767, 100, 32767]);
        let association = acl.associations().iter().find(|a| a.subnet_id() == Some(&subnet)).unwrap();
        let association = association.network_acl_association_id().unwrap().to_string();

        // A custom ACL: only `*` until entries are added; a subnet moves to it.
        let custom = ec2.create_network_acl().vpc_id(&vpc).send().await.unwrap();
        let custom = custom.network_acl().unwrap().network_acl_id().unwrap().to_string();
        let entry = || {
            ec2.create_network_acl_entry()
                .network_acl_id(&custom)
                .rule_number(100)
                .protocol("6")
                .rule_action(RuleAction::Allow)
                .egress(false)
                .cidr_block("10.9.0.0/16")
                .port_range(PortRange::builder().from(2049).to(2049).build())
        };
        entry().send().await.unwrap();
        assert_eq!(entry().send().await.unwrap_err().code(), Some("NetworkAclEntryAlreadyExists"));
        let replaced = ec2
            .replace_network_acl_entry()
            .network_acl_id(&custom)
            .rule_number(101)
            .protocol("-1")
            .rule_action(RuleAction::Deny)
            .egress(false)
            .cidr_block("0.0.0.0/0")
            .send()
            .await;
        assert_eq!(replaced.unwrap_err().code(), Some("InvalidNetworkAclEntry.NotFound"));
        let tcp_without_ports = ec2
            .create_network_acl_entry()
            .network_acl_id(&custom)
            .rule_number(110)
            .protocol("6")
            .rule_action(RuleAction::Allow)
            .egress(true)
            .cidr_block("0.0.0.0/0")
            .send()
            .await;
        assert_eq!(tcp_without_ports.unwrap_err().code(), Some("MissingParameter"));
        let moved = ec2
            .replace_network_acl_association()
            .association_id(&association)
            .network_acl_id(&custom)
            .send()
            .await
            .unwrap();
        assert!(moved.new_association_id().unwrap().starts_with("aclassoc-"));
        let of_subnet =
            ec2.describe_network_acls().filters(filter("association.subnet-id", &subnet)).send().await.unwrap();
        assert_eq!(of_subnet.network_acls()[0].network_acl_id(), Some(custom.as_str()));
        let busy = ec2.delete_network_acl().network_acl_id(&custom).send().await.unwrap_err();
        assert_eq!(busy.code(), Some("DependencyViolation"));
        let acl_id = acl.network_acl_id().unwrap();
        assert_eq!(
            ec2.delete_network_acl().network_acl_id(acl_id).send().await.unwrap_err().code(),
            Some("InvalidParameterValue")
        );
        ec2.delete_network_acl_entry().network_acl_id(&custom).rule_number(100).egress(false).send().await.unwrap();
        let malformed = ec2.describe_network_acls().network_acl_ids("acl-zz").send().await.unwrap_err();
        assert_eq!(malformed.code(), Some("InvalidNetworkAclID.Malformed"));

        // DNS attributes: a new VPC resolves names but gives no hostnames until asked.
        let read = |name: VpcAttributeName| ec2.describe_vpc_attribute().vpc_id(&vpc).attribute(name).send();
        let support = read(VpcAttributeName::EnableDnsSupport).await.unwrap();
        assert_eq!(support.enable_dns_support().and_then(|v| v.value()), Some(true));
        let hostnames = read(VpcAttributeName::EnableDnsHostnames).await.unwrap();
        assert_eq!(hostnames.enable_dns_hostnames().and_then(|v| v.value()), Some(false));
        let on = AttributeBooleanValue::builder().value(true).build();
        ec2.modify_vpc_attribute().vpc_id(&vpc).enable_dns_hostnames(on.clone()).send().await.unwrap();
        let both = ec2
            .modify_vpc_attribute()
            .vpc_id(&vpc)
            .enable_dns_hostnames(on.clone())
            .enable_dns_support(on)
            .send()
            .await;
        assert_eq!(both.unwrap_err().code(), Some("InvalidParameterValue"));
        let hostnames = read(VpcAttributeName::EnableDnsHostnames).await.unwrap();
        assert_eq!(hostnames.enable_dns_hostnames().and_then(|v| v.value()), Some(true));

        // The main route table routes the VPC's block locally.
        let tables = ec2.describe_route_tables().filters(filter("vpc-id", &vpc)).send().await.unwrap();
        let routes = tables.route_tables()[0].routes();
        assert_eq!((routes[0].destination_cidr_block(), routes[0].gateway_id()), (Some("10.9.0.0/16"), Some("local")));

        // The VPC goes only once its custom ACL has.
        ec2.delete_subnet().subnet_id(&subnet).send().await.unwrap();
        assert_eq!(ec2.delete_vpc().vpc_id(&vpc).send().await.unwrap_err().code(), Some("DependencyViolation"));
        ec2.delete_network_acl().network_acl_id(&custom).send().await.unwrap();
        ec2.delete_vpc().vpc_id(&vpc).send().await.unwrap();
    });
}
