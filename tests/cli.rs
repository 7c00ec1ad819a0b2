//! The efsctl commands end to end, on both backends and in every output format.

use std::process::{Command, Output};

use crate::support::{BIN, Daemon, run};

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Local,
    Aws,
}

pub fn efsctl(d: &Daemon, backend: Backend, args: &[&str]) -> Output {
    let mut c = Command::new(BIN);
    c.env("EFSCTL_CONFIG", d.dir.path().join("absent.toml"))
        .env_remove("EFSCTL_BACKEND")
        .env_remove("EFSCTL_ENDPOINT_URL")
        .env_remove("EFSCTL_OUTPUT");
    match backend {
        // The local backend finds the test's daemon through its data dir.
        Backend::Local => {
            c.env("EFSCTL_DATA_DIR", d.dir.path());
        }
        // The aws backend goes through aws-config's default chain, pointed at the emulator.
        Backend::Aws => {
            c.args(["--backend", "aws", "--endpoint-url", &d.url, "--region", "us-east-1"])
                .env("EFSCTL_DATA_DIR", d.dir.path().join("unused"))
                .env("AWS_ACCESS_KEY_ID", "test")
                .env("AWS_SECRET_ACCESS_KEY", "test")
                .env("AWS_EC2_METADATA_DISABLED", "true")
                .env("AWS_CONFIG_FILE", d.dir.path().join("no-aws-config"))
                .env("AWS_SHARED_CREDENTIALS_FILE", d.dir.path().join("no-aws-credentials"))
                .env_remove("AWS_PROFILE");
        }
    }
    c.args(args).output().expect("run efsctl")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_str(&ok(out)).expect("json output")
}

pub fn fails(out: &Output, code: i32, needle: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "stderr: {stderr}");
    assert!(stderr.contains(needle), "expected '{needle}' in: {stderr}");
}

fn lifecycle_on(backend: Backend) {
    let d = Daemon::start();
    let created = json(&efsctl(
        &d,
        backend,
        &["create", "demo", "--wait", "--ia", "30d", "--back-on-access", "--tag", "team=ml", "-o", "json"],
    ));
    let id = created["FileSystemId"].as_str().unwrap().to_string();
    assert_eq!(created["Name"], "demo");
    assert_eq!(created["ThroughputMode"], "elastic");
    assert_eq!(created["Encrypted"], true);
    assert_eq!(created["MountTargets"].as_array().unwrap().len(), 6);
    assert_eq!(created["LifecyclePolicies"].as_array().unwrap().len(), 2);

    let listed = json(&efsctl(&d, backend, &["ls", "-o", "json"]));
    assert_eq!(listed["FileSystems"][0]["FileSystemId"], id.as_str());
    assert_eq!(ok(&efsctl(&d, backend, &["ls", "-q"])).trim(), id);
    let text = ok(&efsctl(&d, backend, &["ls", "-o", "text"]));
    assert!(text.starts_with(&format!("{id}\tdemo\tavailable\tgeneralPurpose\telastic\t")), "{text}");
    let table = ok(&efsctl(&d, backend, &["ls"]));
    assert!(table.contains("MOUNT TARGETS") && table.contains("demo"), "{table}");
    assert_eq!(ok(&efsctl(&d, backend, &["ls", "--query", "FileSystems[0].Name", "-o", "text"])).trim(), "demo");

    for name in [id.as_str(), "demo"] {
        let described = json(&efsctl(&d, backend, &["describe", name, "-o", "json"]));
        assert_eq!(described["FileSystemId"], id.as_str());
        assert_eq!(described["MountTargets"].as_array().unwrap().len(), 6);
    }
    let table = ok(&efsctl(&d, backend, &["describe", "demo"]));
    assert!(
        table.contains("mount targets (6)") && table.contains("lifecycle") && table.contains("IA AFTER_30_DAYS"),
        "{table}"
    );
    assert!(ok(&efsctl(&d, backend, &["describe", "demo", "-o", "text"])).contains("state\tavailable"));

    fails(&efsctl(&d, backend, &["create", "demo"]), 4, "already exists");
    fails(&efsctl(&d, backend, &["delete", "demo", "--yes"]), 4, "--force");
    fails(&efsctl(&d, backend, &["describe", "nope"]), 3, "no file system is named 'nope'");
    fails(&efsctl(&d, backend, &["describe", "fs-0123456789abcdef0"]), 3, "FileSystemNotFound");
    assert_eq!(ok(&efsctl(&d, backend, &["delete", "demo", "--force", "--yes", "-q"])).trim(), id);
    assert_eq!(ok(&efsctl(&d, backend, &["ls", "-q"])).trim(), "");
}

#[test]
fn create_ls_describe_delete_local() {
    lifecycle_on(Backend::Local);
}

#[test]
fn create_ls_describe_delete_aws_path() {
    lifecycle_on(Backend::Aws);
}

#[test]
fn create_variants_and_nfs_group() {
    let d = Daemon::start();
    for backend in [Backend::Local, Backend::Aws] {
        let tag = format!("{backend:?}");
        let oz = json(&efsctl(
            &d,
            backend,
            &[
                "create",
                &format!("oz-{tag}"),
                "--one-zone",
                "us-east-1b",
                "--throughput-mode",
                "bursting",
                "-o",
                "json",
            ],
        ));
        assert_eq!(oz["AvailabilityZoneName"], "us-east-1b");
        assert_eq!(oz["MountTargets"].as_array().unwrap().len(), 1);
        let prov = json(&efsctl(
            &d,
            backend,
            &[
                "create",
                &format!("prov-{tag}"),
                "--throughput-mode",
                "provisioned",
                "--provisioned",
                "64",
                "--mount-targets",
                "us-east-1a,us-east-1c",
                "-o",
                "json",
            ],
        ));
        assert_eq!(prov["ProvisionedThroughputInMibps"], 64.0);
        let azs: Vec<&str> = prov["MountTargets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["AvailabilityZoneName"].as_str().unwrap())
            .collect();
        assert_eq!(azs, ["us-east-1a", "us-east-1c"]);
        let none = json(&efsctl(
            &d,
            backend,
            &["create", &format!("bare-{tag}"), "--mount-targets", "none", "--encrypted=false", "-o", "json"],
        ));
        assert_eq!(none["NumberOfMountTargets"], 0);
        assert_eq!(none["Encrypted"], false);
    }
    // One efsctl-nfs group in the default VPC, admitting TCP 2049 from the default group.
    run(async {
        let ec2 = d.ec2();
        let groups = ec2
            .describe_security_groups()
            .filters(aws_sdk_ec2::types::Filter::builder().name("group-name").values("efsctl-nfs").build())
            .send()
            .await
            .unwrap();
        assert_eq!(groups.security_groups().len(), 1);
        let perm = &groups.security_groups()[0].ip_permissions()[0];
        assert_eq!((perm.from_port(), perm.to_port()), (Some(2049), Some(2049)));
    });
}

#[test]
fn bad_input_is_refused_before_any_call() {
    let d = Daemon::start();
    let b = Backend::Local;
    fails(&efsctl(&d, b, &["create", "x", "--ia", "3d"]), 2, "--ia");
    fails(&efsctl(&d, b, &["create", "x", "--provisioned", "5000"]), 2, "3414");
    fails(&efsctl(&d, b, &["create", "x", "--throughput-mode", "provisioned"]), 2, "needs a throughput value");
    fails(&efsctl(&d, b, &["create", "x", "--performance-mode", "max-io"]), 2, "Elastic");
    fails(&efsctl(&d, b, &["create", "x", "--throughput-mode", "turbo"]), 2, "bursting, provisioned, elastic");
    fails(&efsctl(&d, b, &["create", "x", "--mount-targets", "us-east-1q"]), 2, "no default subnet in us-east-1q");
    fails(
        &efsctl(&d, b, &["create", "x", "--one-zone", "us-east-1q"]),
        2,
        "--one-zone: no default subnet in us-east-1q",
    );
    fails(&efsctl(&d, b, &["--region", "mars-1", "ls"]), 2, "not served by the emulator");
    fails(&efsctl(&d, b, &["ls", "--query", "[[["]), 2, "JMESPath");
    fails(&efsctl(&d, b, &["describe"]), 2, "FILE_SYSTEM");
    // Found by fuzzing the CLI: these panicked, hung reading forever, or failed only after
    // creating the file system.
    fails(&efsctl(&d, b, &["--endpoint-url", "", "ls"]), 2, "not an http(s) URL");
    fails(&efsctl(&d, b, &["mount-target", "delete", &"x".repeat(100_000)]), 2, "not a mount target id");
    fails(&efsctl(&d, b, &["access-point", "delete", ""]), 2, "not an access point id");
    fails(&efsctl(&d, b, &["untag", "x", &"k".repeat(200)]), 2, "1 to 128 characters");
    fails(&efsctl(&d, b, &["create", "x", "--security-group", "default"]), 2, "not a security group id");
    fails(&efsctl(&d, b, &["create", "x", "--security-group", "sg-0000000000000000a"]), 3, "sg-0000000000000000a");
    fails(&efsctl(&d, b, &["create", "x", "--mount-targets", ""]), 2, "--mount-targets");
    fails(&efsctl(&d, b, &["create", "x", "--tag", "Name=y"]), 2, "disagree");
    fails(&efsctl(&d, b, &["emulator", "clock", "--speed", "NaN"]), 2, "not a speed");
    fails(&efsctl(&d, b, &["ls", "-q", "--query", "x"]), 2, "cannot be used with");
    fails(&efsctl(&d, b, &["emulator", "start", "--addr", "127.0.0.1:1"]), 4, "already runs at");
    let escaped = efsctl(&d, b, &["describe", "\u{1b}[31mred"]);
    fails(&escaped, 3, "'\\u{1b}[31mred'");
    assert!(!escaped.stderr.contains(&0x1b), "an escape sequence reached the terminal");
    fails(&efsctl(&d, b, &["emulator", "clock", "--reset", "--advance", "1h"]), 2, "cannot be used with");
    // The refused creates made nothing (the AZ check happens after listing subnets, still before CreateFileSystem).
    assert_eq!(ok(&efsctl(&d, b, &["ls", "-q"])).trim(), "");
    ok(&efsctl(&d, b, &["create", "real", "--mount-targets", "none", "--throughput-mode", "elastic"]));
    fails(&efsctl(&d, b, &["create", "--tag", "Name=real"]), 4, "already exists");
    ok(&efsctl(&d, b, &["create", "other", "--mount-targets", "none"]));
    fails(&efsctl(&d, b, &["tag", "other", "Name=real"]), 4, "already exists");
    ok(&efsctl(&d, b, &["tag", "real", "Name=real", "team=ml"]));
    fails(&efsctl(&d, b, &["policy", "set", "real", "--file", "/dev/zero"]), 2, "1 to 20000 characters");
    fails(&efsctl(&d, b, &["metrics", "real", "--since", "0"]), 2, "1m or more");
    fails(&efsctl(&d, b, &["emulator", "credits", "real", "--set", "1MiB"]), 2, "Bursting file systems only");
    fails(&efsctl(&d, b, &["delete", "real", "--force"]), 2, "pass --yes");
    // A policy that would lock everyone out is refused unless asked for.
    let lockout = d.dir.path().join("lockout.json");
    std::fs::write(&lockout, r#"{"Statement":[{"Effect":"Deny","Principal":{"AWS":"*"},"Action":"elasticfilesystem:PutFileSystemPolicy","Resource":"*"}]}"#).unwrap();
    let lockout = lockout.to_str().unwrap();
    fails(&efsctl(&d, b, &["policy", "set", "real", "--file", lockout]), 2, "--bypass-lockout-check");
    ok(&efsctl(&d, b, &["policy", "set", "real", "--file", lockout, "--bypass-lockout-check"]));
    assert_eq!(ok(&efsctl(&d, b, &["ls", "-q"])).lines().count(), 2);
    // Deleting several access points checks them all first.
    let ap = ok(&efsctl(&d, b, &["access-point", "create", "real", "-q"])).trim().to_string();
    fails(&efsctl(&d, b, &["access-point", "delete", &ap, "fsap-0000000000000000a"]), 3, "fsap-0000000000000000a");
    assert!(ok(&efsctl(&d, b, &["access-point", "ls", "real", "-q"])).contains(&ap));
    // The 24-hour rule runs on the emulator's clock.
    ok(&efsctl(&d, b, &["tune", "real", "--throughput-mode", "bursting"]));
    fails(&efsctl(&d, b, &["tune", "real", "--throughput-mode", "elastic"]), 4, "24 hours");
    ok(&efsctl(&d, b, &["emulator", "clock", "--advance", "25h"]));
    ok(&efsctl(&d, b, &["tune", "real", "--throughput-mode", "elastic"]));
    fails(
        &efsctl(&d, b, &["tune", "real", "--throughput-mode", "elastic"]),
        2,
        "already has elastic; nothing to change",
    );

    // Ambiguous names list the candidates.
    run(async {
        let efs = d.efs();
        for token in ["a", "b"] {
            efs.create_file_system()
                .creation_token(token)
                .tags(aws_sdk_efs::types::Tag::builder().key("Name").value("twin").build().unwrap())
                .send()
                .await
                .unwrap();
        }
    });
    fails(&efsctl(&d, b, &["describe", "twin"]), 2, "ambiguous");
    // An unreachable endpoint is a clear error, not a hang.
    fails(&efsctl(&d, Backend::Local, &["--endpoint-url", "http://127.0.0.1:9", "ls"]), 1, "cannot reach");
    // No AWS credentials anywhere is said as such (it read as an unreachable endpoint).
    let none = d.dir.path().join("none");
    let out = Command::new(BIN)
        .args(["--backend", "aws", "--endpoint-url", &d.url, "--region", "us-east-1", "ls"])
        .env("EFSCTL_CONFIG", &none)
        .env("AWS_CONFIG_FILE", &none)
        .env("AWS_SHARED_CREDENTIALS_FILE", &none)
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("HOME", &none)
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env_remove("AWS_SESSION_TOKEN")
        .env_remove("AWS_PROFILE")
        .env_remove("AWS_WEB_IDENTITY_TOKEN_FILE")
        .env_remove("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
        .output()
        .unwrap();
    fails(&out, 1, "no AWS credentials found");
}

fn resources_on(backend: Backend) {
    let d = Daemon::start();
    let id = ok(&efsctl(
        &d,
        backend,
        &["create", "res", "--mount-targets", "us-east-1a", "--throughput-mode", "elastic", "-q"],
    ))
    .trim()
    .to_string();

    // tune: dry run changes nothing; a real change; then the 24-hour rule, known before calling.
    let plan = json(&efsctl(
        &d,
        backend,
        &["tune", "res", "--throughput-mode", "provisioned", "--provisioned", "100", "--dry-run", "-o", "json"],
    ));
    assert_eq!(plan["Plan"]["To"]["ProvisionedThroughputInMibps"], 100.0);
    assert_eq!(json(&efsctl(&d, backend, &["describe", "res", "-o", "json"]))["ThroughputMode"], "elastic");
    let text = ok(&efsctl(
        &d,
        backend,
        &["tune", "res", "--throughput-mode", "provisioned", "--provisioned", "100", "-o", "text"],
    ));
    assert!(text.contains("cost after\t$594.00/month"), "{text}");
    assert_eq!(
        json(&efsctl(&d, backend, &["tune", "res", "--provisioned", "200", "-o", "json"]))["ProvisionedThroughputInMibps"],
        200.0
    );
    fails(
        &efsctl(&d, backend, &["tune", "res", "--provisioned", "50"]),
        4,
        "next mode change or decrease is allowed at",
    );
    fails(&efsctl(&d, backend, &["tune", "res"]), 2, "nothing to change");

    // Mount targets.
    let mt = ok(&efsctl(
        &d,
        backend,
        &["mount-target", "create", "res", "--az", "us-east-1b", "--ip", "172.31.16.77", "-q"],
    ))
    .trim()
    .to_string();
    assert!(mt.starts_with("fsmt-"));
    let listed = json(&efsctl(&d, backend, &["mount-target", "ls", "res", "-o", "json"]));
    assert_eq!(listed["MountTargets"].as_array().unwrap().len(), 2);
    assert!(ok(&efsctl(&d, backend, &["mount-target", "ls", "res"])).contains("172.31.16.77"));
    fails(&efsctl(&d, backend, &["mount-target", "create", "res", "--az", "us-east-1b"]), 4, "MountTargetConflict");
    let groups = ok(&efsctl(&d, backend, &["mount-target", "sg", &mt, "-q"]));
    assert_eq!(groups.lines().count(), 1);
    // Groups given as one comma-separated list.
    let extra = crate::support::run_value(async {
        d.ec2()
            .create_security_group()
            .group_name("extra")
            .description("x")
            .send()
            .await
            .unwrap()
            .group_id()
            .unwrap()
            .to_string()
    });
    ok(&efsctl(&d, backend, &["mount-target", "sg", &mt, "--set", &format!("{},{extra}", groups.trim())]));
    assert_eq!(ok(&efsctl(&d, backend, &["mount-target", "sg", &mt, "-q"])).lines().count(), 2);

    // sg setup from a CIDR: the NFS group gets the rule and stays on every mount target.
    let setup = json(&efsctl(&d, backend, &["sg", "setup", "res", "--cidr", "10.9.0.0/16", "-o", "json"]));
    assert_eq!(setup["MountTargets"].as_array().unwrap().len(), 2);
    fails(&efsctl(&d, backend, &["sg", "setup", "res", "--cidr", "10.9.0/16"]), 2, "--cidr");
    ok(&efsctl(&d, backend, &["mount-target", "delete", &mt]));

    // Access points.
    let ap = ok(&efsctl(
        &d,
        backend,
        &[
            "access-point",
            "create",
            "res",
            "--name",
            "team",
            "--uid",
            "1000",
            "--gid",
            "1000",
            "--secondary-gids",
            "10,11",
            "--path",
            "/team",
            "--owner-uid",
            "1000",
            "--owner-gid",
            "1000",
            "--permissions",
            "0750",
            "-q",
        ],
    ))
    .trim()
    .to_string();
    let aps = json(&efsctl(&d, backend, &["access-point", "ls", "res", "-o", "json"]));
    assert_eq!(aps["AccessPoints"][0]["PosixUser"]["SecondaryGids"], serde_json::json!([10, 11]));
    assert_eq!(aps["AccessPoints"][0]["RootDirectory"]["Path"], "/team");
    fails(&efsctl(&d, backend, &["access-point", "create", "res", "--path", "/.hidden"]), 2, "ValidationException");
    fails(
        &efsctl(
            &d,
            backend,
            &["access-point", "create", "res", "--permissions", "999", "--owner-uid", "1", "--owner-gid", "1"],
        ),
        2,
        "octal",
    );
    ok(&efsctl(&d, backend, &["access-point", "delete", &ap]));

    // Lifecycle, policy, backup, tags.
    let lc = json(&efsctl(&d, backend, &["lifecycle", "set", "res", "--ia", "30d", "--back-on-access", "-o", "json"]));
    assert_eq!(lc["LifecyclePolicies"].as_array().unwrap().len(), 2);
    assert!(ok(&efsctl(&d, backend, &["lifecycle", "get", "res"])).contains("AFTER_30_DAYS"));
    fails(&efsctl(&d, backend, &["lifecycle", "set", "res", "--archive", "90d"]), 2, "Elastic");
    assert_eq!(
        json(&efsctl(&d, backend, &["lifecycle", "clear", "res", "-o", "json"]))["LifecyclePolicies"],
        serde_json::json!([])
    );

    ok(&efsctl(&d, backend, &["policy", "set", "res", "--preset", "enforce-tls,read-only"]));
    let policy = json(&efsctl(&d, backend, &["policy", "get", "res", "-o", "json"]));
    assert!(policy["Policy"].as_str().unwrap().contains("aws:SecureTransport"));
    let file = d.dir.path().join("policy.json");
    std::fs::write(&file, r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:*"}}"#).unwrap();
    fails(&efsctl(&d, backend, &["policy", "set", "res", "--file", file.to_str().unwrap()]), 2, "not an EFS action");
    fails(&efsctl(&d, backend, &["policy", "set", "res", "--preset", "maybe"]), 2, "enforce-tls");
    ok(&efsctl(&d, backend, &["policy", "delete", "res"]));
    fails(&efsctl(&d, backend, &["policy", "get", "res"]), 3, "PolicyNotFound");

    assert_eq!(
        json(&efsctl(&d, backend, &["backup", "enable", "res", "-o", "json"]))["BackupPolicy"]["Status"],
        "ENABLED"
    );
    assert!(ok(&efsctl(&d, backend, &["backup", "get", "res", "-o", "text"])).contains("status\tENABLED"));

    let tags = json(&efsctl(&d, backend, &["tag", "res", "owner=ana", "cost=42", "-o", "json"]));
    assert_eq!(tags["Tags"].as_array().unwrap().len(), 3);
    fails(&efsctl(&d, backend, &["tag", "res", "aws:x=1"]), 2, "aws:");
    assert_eq!(
        json(&efsctl(&d, backend, &["untag", "res", "owner", "-o", "json"]))["Tags"].as_array().unwrap().len(),
        2
    );

    // Replication.
    let rep = json(&efsctl(&d, backend, &["replication", "create", "res", "--to-region", "eu-west-1", "-o", "json"]));
    assert_eq!(rep["Replications"][0]["Destinations"][0]["Region"], "eu-west-1");
    assert!(ok(&efsctl(&d, backend, &["replication", "ls"])).contains("eu-west-1"));
    ok(&efsctl(&d, backend, &["replication", "delete", "res"]));
    assert_eq!(ok(&efsctl(&d, backend, &["replication", "ls", "res", "-q"])).trim(), "");
    assert_eq!(ok(&efsctl(&d, backend, &["delete", "res", "--force", "--yes", "-q"])).trim(), id);
}

#[test]
fn resource_commands_local() {
    resources_on(Backend::Local);
}

#[test]
fn resource_commands_aws_path() {
    resources_on(Backend::Aws);
}

#[test]
fn aws_mount_builds_the_nfs_command_after_preflight() {
    let d = Daemon::start();
    let id =
        ok(&efsctl(&d, Backend::Aws, &["create", "nfs", "--mount-targets", "us-east-1a", "-q"])).trim().to_string();
    let dir = tempfile::tempdir().unwrap();
    let d_s = dir.path().to_str().unwrap();
    let out = ok(&efsctl(&d, Backend::Aws, &["mount", "nfs", d_s, "--az", "us-east-1a", "--print", "--persist"]));
    let canon = std::fs::canonicalize(dir.path()).unwrap();
    assert!(out.contains(&format!("mount -t nfs4 -o nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport 172.31.0.4:/ {}", canon.display())), "{out}");
    assert!(
        out.contains("nfs4 nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport,_netdev 0 0"),
        "{out}"
    );
    fails(
        &efsctl(&d, Backend::Aws, &["mount", "nfs", d_s, "--az", "us-east-1b", "--print"]),
        3,
        "no mount target in us-east-1b",
    );
    fails(
        &efsctl(&d, Backend::Aws, &["mount", "nfs", d_s, "--az", "us-east-1a", "--print", "--tls"]),
        2,
        "amazon-efs-utils",
    );
    ok(&efsctl(&d, Backend::Aws, &["policy", "set", &id, "--preset", "enforce-tls"]));
    fails(&efsctl(&d, Backend::Aws, &["mount", "nfs", d_s, "--az", "us-east-1a", "--print"]), 1, "policy would deny");
    // A policy for IAM principals of the account over TLS admits --tls --iam (what is missing
    // then is efs-utils on this machine), and refuses an anonymous client.
    ok(&efsctl(&d, Backend::Aws, &["policy", "set", &id, "--preset", "enforce-tls,deny-anonymous"]));
    fails(
        &efsctl(&d, Backend::Aws, &["mount", "nfs", d_s, "--az", "us-east-1a", "--print", "--tls", "--iam"]),
        2,
        "amazon-efs-utils",
    );
    fails(
        &efsctl(&d, Backend::Aws, &["mount", "nfs", d_s, "--az", "us-east-1a", "--print", "--tls"]),
        1,
        "policy would deny",
    );
    fails(&efsctl(&d, Backend::Local, &["mount", "nfs", d_s, "--print"]), 2, "aws backend");
}

fn metrics_on(backend: Backend) {
    let d = Daemon::start();
    let id =
        ok(&efsctl(&d, backend, &["create", "mx", "--throughput-mode", "bursting", "--mount-targets", "none", "-q"]))
            .trim()
            .to_string();
    // Datapoints are recorded once per minute of the emulator's clock: move it a minute on and
    // wait for the sampler's next tick.
    let r = crate::support::http(&d.url, "POST", efsctl_control::api::paths::CLOCK, r#"{"AdvanceSeconds": 60}"#);
    assert_eq!(crate::support::status_of(&r), 200, "{r}");
    let mut tries = 0;
    let balance = loop {
        let out = efsctl(&d, backend, &["credits", "mx", "-o", "json"]);
        if out.status.success() {
            break json(&out);
        }
        tries += 1;
        assert!(tries < 40, "no datapoints: {}", String::from_utf8_lossy(&out.stderr));
        std::thread::sleep(std::time::Duration::from_millis(250));
    };
    let expected = 2.1 * 1024f64.powi(4);
    assert!((balance["BurstCreditBalance"].as_f64().unwrap() - expected).abs() / expected < 0.02, "{balance}");
    assert_eq!(balance["BaselineBytesPerSecond"], 1048576.0);
    assert!(ok(&efsctl(&d, backend, &["credits", "mx"])).contains("bursting to 100.0 MiB/s is available"));

    let m = json(&efsctl(&d, backend, &["metrics", "mx", "--since", "1h", "-o", "json"]));
    let labels: Vec<&str> =
        m["MetricDataResults"].as_array().unwrap().iter().map(|r| r["Label"].as_str().unwrap()).collect();
    assert!(labels.contains(&"BurstCreditBalance") && labels.contains(&"PermittedThroughput"), "{m}");
    let table = ok(&efsctl(&d, backend, &["metrics", "mx", "--metric", "PermittedThroughput"]));
    assert!(table.contains("100.0 MiB/s"), "{table}");
    let listed = json(&efsctl(&d, backend, &["ls", "-o", "json"]));
    assert_eq!(listed["FileSystems"][0]["FileSystemId"], id.as_str());
    assert!(ok(&efsctl(&d, backend, &["describe", "mx", "-o", "text"])).contains("burst credits\t2.1 TiB"));
    fails(&efsctl(&d, backend, &["metrics", "mx", "--period", "90s"]), 2, "multiples of 60");
    fails(&efsctl(&d, backend, &["metrics", "mx", "--metric", "Bogus"]), 2, "not an AWS/EFS metric");
    fails(&efsctl(&d, backend, &["metrics", "mx", "--since", "30d"]), 2, "1,440");
}

#[test]
fn metrics_and_credits_local() {
    metrics_on(Backend::Local);
}

#[test]
fn metrics_and_credits_aws_path() {
    metrics_on(Backend::Aws);
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let d = Daemon::start();
    ok(&efsctl(&d, Backend::Local, &["create", "piped", "--wait", "-q"]));
    // The reader goes away before efsctl writes (`efsctl ls | head -0`): no panic, no message.
    let mut child = Command::new(BIN)
        .env("EFSCTL_CONFIG", d.dir.path().join("absent.toml"))
        .env("EFSCTL_DATA_DIR", d.dir.path())
        .args(["ls", "-o", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{stderr}");
}

/// `efsctl watch`: a line per file system; `--check` exits 0 while nothing needs attention (the
/// findings themselves are unit-tested in `commands::watch`).
#[test]
fn watch_lines_and_check() {
    let d = crate::support::Daemon::start();
    let fs = ok(&crate::support::efsctl(&d, &["create", "watched", "--throughput-mode", "bursting", "--wait", "-q"]))
        .trim()
        .to_string();
    crate::support::next_minute_recorded(&d, &fs);
    let line = ok(&crate::support::efsctl(&d, &["watch", "--count", "1"]));
    assert!(line.contains("watched") && line.contains("credits 2.1 TiB") && line.contains("bursting"), "{line}");
    let calm = crate::support::efsctl(&d, &["watch", "--check"]);
    assert_eq!(calm.status.code(), Some(0), "{calm:?}");
    assert!(String::from_utf8_lossy(&calm.stdout).contains("nothing needs attention"), "{calm:?}");
    let json: serde_json::Value =
        serde_json::from_slice(&crate::support::efsctl(&d, &["watch", "--check", "-o", "json"]).stdout).unwrap();
    assert_eq!(
        (json["Checked"].as_u64(), json["NeedAttention"].as_array().map(Vec::len)),
        (Some(1), Some(0)),
        "{json}"
    );
    let missing = crate::support::efsctl(&d, &["watch", "nothing-like-this"]);
    assert_eq!(missing.status.code(), Some(3), "{missing:?}");
}
