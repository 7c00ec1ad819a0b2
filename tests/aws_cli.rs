//! The real AWS CLI against the emulator: a compatibility check of the wire protocols with
//! botocore's serializers and parsers (skipped, with the reason printed, where `aws` is absent).

use std::process::Command;

use crate::support::Daemon;

pub fn aws(d: &Daemon, args: &[&str]) -> (i32, String, String) {
    let out = Command::new("aws")
        .args(["--endpoint-url", &d.url, "--region", "us-east-1", "--output", "json"])
        .args(args)
        .env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .env("AWS_CONFIG_FILE", d.dir.path().join("none"))
        .env("AWS_SHARED_CREDENTIALS_FILE", d.dir.path().join("none"))
        .env("AWS_MAX_ATTEMPTS", "1")
        .output()
        .expect("run aws");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(r: (i32, String, String)) -> serde_json::Value {
    assert_eq!(r.0, 0, "aws failed: {}", r.2);
    serde_json::from_str(&r.1).unwrap_or(serde_json::Value::Null)
}

#[test]
fn aws_cli_drives_the_emulator() {
    if Command::new("aws").arg("--version").output().is_err() {
        eprintln!("SKIPPED aws_cli_drives_the_emulator: the AWS CLI is not installed (scripts/install.sh installs it)");
        return;
    }
    let d = Daemon::start();
    let fs = json(aws(
        &d,
        &[
            "efs",
            "create-file-system",
            "--creation-token",
            "cli",
            "--throughput-mode",
            "elastic",
            "--tags",
            "Key=Name,Value=cli",
        ],
    ));
    let id = fs["FileSystemId"].as_str().unwrap().to_string();
    assert_eq!(fs["Name"], "cli");
    let (code, _, err) = aws(&d, &["efs", "create-file-system", "--creation-token", "cli"]);
    assert_ne!(code, 0);
    assert!(err.contains("FileSystemAlreadyExists"), "{err}");

    let subnets = json(aws(&d, &["ec2", "describe-subnets", "--filters", "Name=availability-zone,Values=us-east-1a"]));
    let subnet = subnets["Subnets"][0]["SubnetId"].as_str().unwrap().to_string();
    let mt = json(aws(&d, &["efs", "create-mount-target", "--file-system-id", &id, "--subnet-id", &subnet]));
    assert_eq!(mt["IpAddress"], "172.31.0.4");
    let ap = json(aws(
        &d,
        &[
            "efs",
            "create-access-point",
            "--file-system-id",
            &id,
            "--posix-user",
            "Uid=1000,Gid=1000",
            "--root-directory",
            "Path=/data,CreationInfo={OwnerUid=1000,OwnerGid=1000,Permissions=755}",
        ],
    ));
    assert!(ap["AccessPointId"].as_str().unwrap().starts_with("fsap-"));
    json(aws(
        &d,
        &[
            "efs",
            "put-lifecycle-configuration",
            "--file-system-id",
            &id,
            "--lifecycle-policies",
            "TransitionToIA=AFTER_30_DAYS",
            "TransitionToArchive=AFTER_90_DAYS",
        ],
    ));
    json(aws(&d, &["efs", "put-backup-policy", "--file-system-id", &id, "--backup-policy", "Status=ENABLED"]));
    json(aws(
        &d,
        &[
            "efs",
            "put-file-system-policy",
            "--file-system-id",
            &id,
            "--policy",
            r#"{"Statement":[{"Effect":"Deny","Principal":{"AWS":"*"},"Action":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#,
        ],
    ));
    let rep = json(aws(
        &d,
        &[
            "efs",
            "create-replication-configuration",
            "--source-file-system-id",
            &id,
            "--destinations",
            "Region=eu-west-1",
        ],
    ));
    assert_eq!(rep["Destinations"][0]["Region"], "eu-west-1");
    let up = json(aws(
        &d,
        &[
            "efs",
            "update-file-system",
            "--file-system-id",
            &id,
            "--throughput-mode",
            "provisioned",
            "--provisioned-throughput-in-mibps",
            "64",
        ],
    ));
    assert_eq!(up["ProvisionedThroughputInMibps"], 64.0);
    let (code, _, err) =
        aws(&d, &["efs", "update-file-system", "--file-system-id", &id, "--throughput-mode", "bursting"]);
    assert_ne!(code, 0);
    assert!(err.contains("TooManyRequests"), "{err}");
    aws(&d, &["efs", "tag-resource", "--resource-id", &id, "--tags", "Key=team,Value=ml"]);
    let tags = json(aws(&d, &["efs", "list-tags-for-resource", "--resource-id", &id]));
    assert_eq!(tags["Tags"].as_array().unwrap().len(), 2);
    let (code, _, err) = aws(&d, &["efs", "delete-file-system", "--file-system-id", &id]);
    assert_ne!(code, 0);
    assert!(err.contains("FileSystemInUse"), "{err}");
    let enis =
        json(aws(&d, &["ec2", "describe-network-interfaces", "--filters", &format!("Name=description,Values=*{id}*")]));
    assert_eq!(enis["NetworkInterfaces"].as_array().unwrap().len(), 1);
    let sg = json(aws(&d, &["ec2", "create-security-group", "--group-name", "nfs", "--description", "NFS"]));
    let sg_id = sg["GroupId"].as_str().unwrap().to_string();
    json(aws(
        &d,
        &[
            "ec2",
            "authorize-security-group-ingress",
            "--group-id",
            &sg_id,
            "--protocol",
            "tcp",
            "--port",
            "2049",
            "--cidr",
            "10.0.0.0/8",
        ],
    ));
    let rules =
        json(aws(&d, &["ec2", "describe-security-group-rules", "--filters", &format!("Name=group-id,Values={sg_id}")]));
    assert_eq!(rules["SecurityGroupRules"].as_array().unwrap().len(), 2);

    json(aws(&d, &["efs", "delete-replication-configuration", "--source-file-system-id", &id]));
    aws(&d, &["efs", "delete-mount-target", "--mount-target-id", mt["MountTargetId"].as_str().unwrap()]);
    let (code, _, err) = aws(&d, &["efs", "delete-file-system", "--file-system-id", &id]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = aws(&d, &["efs", "describe-file-systems", "--file-system-id", &id]);
    assert_ne!(code, 0);
    assert!(err.contains("FileSystemNotFound"), "{err}");
}
