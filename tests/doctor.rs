//! `efsctl doctor`: for each thing that breaks a mount, break exactly that in the emulator, see
//! doctor name it with its fix, run the printed fix, and see doctor pass (and, where FUSE
//! works, the mount succeed). Both backends read the same API.

use std::process::Output;

use crate::cli::{Backend, efsctl as efsctl_on};
use crate::support::{Daemon, MountDir, access_point, efsctl, fuse_skip, ok, run_value};

/// doctor's findings as JSON, and its exit code.
fn doctor(d: &Daemon, backend: Backend, args: &[&str]) -> (i32, serde_json::Value) {
    let out = efsctl_on(d, backend, &[&["doctor"], args, &["-o", "json"]].concat());
    let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("doctor printed no JSON: {out:?}"));
    (out.status.code().unwrap_or(-1), v)
}

/// The failing finding of a check, with its fix.
fn failing<'v>(v: &'v serde_json::Value, check: &str) -> &'v serde_json::Value {
    v["Findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["Check"] == check && f["Verdict"] == "Fail")
        .unwrap_or_else(|| panic!("no failing '{check}' in {v:#}"))
}

fn no_failures(v: &serde_json::Value) {
    let failed: Vec<&serde_json::Value> =
        v["Findings"].as_array().unwrap().iter().filter(|f| f["Verdict"] == "Fail").collect();
    assert!(failed.is_empty(), "{failed:#?}");
}

/// Runs a printed fix: an `efsctl …` command, or an `aws …` one pointed at the emulator (the
/// comment after `#` dropped, `DIR` replaced by `dir`).
fn apply(d: &Daemon, fix: &str, dir: &str) -> Output {
    let command = fix.split("  #").next().unwrap().trim().replace(" DIR", &format!(" {dir}"));
    let words: Vec<&str> = command.split_whitespace().collect();
    match words[0] {
        "efsctl" => efsctl(d, &words[1..]),
        "aws" => {
            let (code, stdout, stderr) = crate::aws_cli::aws(d, &words[1..]);
            assert_eq!(code, 0, "{command}: {stderr}");
            Output {
                status: std::os::unix::process::ExitStatusExt::from_raw(0),
                stdout: stdout.into(),
                stderr: stderr.into(),
            }
        }
        other => panic!("a fix to run starts with efsctl or aws, not {other}: {fix}"),
    }
}

fn has_aws_cli() -> bool {
    let present = std::process::Command::new("aws").arg("--version").output().is_ok();
    if !present {
        eprintln!("SKIPPED part of a doctor test: the AWS CLI is not installed (scripts/install.sh installs it)");
    }
    present
}

fn ec2_default_vpc(d: &Daemon) -> String {
    run_value(async {
        let out = d
            .ec2()
            .describe_vpcs()
            .filters(aws_sdk_ec2::types::Filter::builder().name("is-default").values("true").build())
            .send()
            .await
            .unwrap();
        out.vpcs()[0].vpc_id().unwrap().to_string()
    })
}

#[test]
fn a_healthy_file_system_passes_on_both_backends() {
    let d = Daemon::start();
    ok(efsctl(&d, &["create", "fine", "--wait", "-q"]));
    for backend in [Backend::Local, Backend::Aws] {
        let (code, v) = doctor(&d, backend, &["fine", "--az", "us-east-1a"]);
        assert_eq!(code, 0, "{v:#}");
        no_failures(&v);
        let checks: Vec<&str> = v["Findings"].as_array().unwrap().iter().filter_map(|f| f["Check"].as_str()).collect();
        for c in [
            "file system",
            "mount target in the client's AZ",
            "security groups",
            "network ACL (mount target subnet)",
            "VPC DNS",
            "file-system policy",
        ] {
            assert!(checks.contains(&c), "{backend:?}: no '{c}' check in {checks:?}");
        }
    }
    // Bad input: named, exit 2 or 3, nothing changed.
    crate::cli::fails(&efsctl(&d, &["doctor", "nope"]), 3, "nope");
    crate::cli::fails(
        &efsctl(&d, &["doctor", "fine", "--subnet", "subnet-0123456789abcdef0"]),
        3,
        "subnet-0123456789abcdef0",
    );
    crate::cli::fails(&efsctl(&d, &["doctor", "fine", "--cidr", "10.0.0.0/33"]), 2, "--cidr");
    crate::cli::fails(
        &efsctl(&d, &["doctor", "fine", "--az", "us-east-1a", "--subnet", "subnet-0123456789abcdef0"]),
        2,
        "cannot be used with",
    );
}

#[test]
fn no_mount_target_in_the_clients_az() {
    let d = Daemon::start();
    let fs = ok(efsctl(&d, &["create", "one-az", "--mount-targets", "us-east-1a", "--wait", "-q"])).trim().to_string();
    let (code, v) = doctor(&d, Backend::Aws, &["one-az", "--az", "us-east-1b"]);
    assert_eq!(code, 1);
    let f = failing(&v, "mount target in the client's AZ");
    assert!(f["Evidence"].as_str().unwrap().contains("no mount target in us-east-1b"), "{f}");
    let fix = f["Fix"].as_str().unwrap();
    assert_eq!(fix, format!("efsctl mount-target create {fs} --az us-east-1b"));
    ok(apply(&d, fix, ""));
    let (code, v) = doctor(&d, Backend::Local, &["one-az", "--az", "us-east-1b"]);
    assert_eq!(code, 0, "{v:#}");
}

#[test]
fn a_security_group_without_nfs() {
    let d = Daemon::start();
    let fs = ok(efsctl(&d, &["create", "closed", "--mount-targets", "us-east-1a", "--wait", "-q"])).trim().to_string();
    let vpc = ec2_default_vpc(&d);
    let (closed, client) = run_value(async {
        let ec2 = d.ec2();
        let closed =
            ec2.create_security_group().group_name("closed").description("no rules").vpc_id(&vpc).send().await.unwrap();
        let client = ec2
            .create_security_group()
            .group_name("client")
            .description("the client")
            .vpc_id(&vpc)
            .send()
            .await
            .unwrap();
        (closed.group_id().unwrap().to_string(), client.group_id().unwrap().to_string())
    });
    let mt = run_value(async {
        let out = d.efs().describe_mount_targets().file_system_id(&fs).send().await.unwrap();
        out.mount_targets()[0].mount_target_id().to_string()
    });
    ok(efsctl(&d, &["mount-target", "sg", &mt, "--set", &closed]));
    let (code, v) = doctor(&d, Backend::Local, &["closed", "--az", "us-east-1a", "--client-sg", &client]);
    assert_eq!(code, 1);
    let f = failing(&v, "security groups");
    assert_eq!(f["Fix"], format!("efsctl sg setup {fs} --client-sg {client}"));
    ok(apply(&d, f["Fix"].as_str().unwrap(), ""));
    let (code, v) = doctor(&d, Backend::Aws, &["closed", "--az", "us-east-1a", "--client-sg", &client]);
    assert_eq!(code, 0, "{v:#}");
}

#[test]
fn a_network_acl_that_denies_nfs_then_the_fix_and_a_mount() {
    if !has_aws_cli() {
        return;
    }
    let d = Daemon::start();
    let fs = ok(efsctl(&d, &["create", "acl", "--mount-targets", "us-east-1a", "--wait", "-q"])).trim().to_string();
    let vpc = ec2_default_vpc(&d);
    let (_, acls, _) = crate::aws_cli::aws(
        &d,
        &[
            "ec2",
            "describe-network-acls",
            "--filters",
            &format!("Name=vpc-id,Values={vpc}"),
            "Name=default,Values=true",
        ],
    );
    let acls: serde_json::Value = serde_json::from_str(&acls).unwrap();
    let acl = acls["NetworkAcls"][0]["NetworkAclId"].as_str().unwrap().to_string();
    assert_eq!(acls["NetworkAcls"][0]["Entries"].as_array().unwrap().len(), 4, "{acls}");
    let (code, _, err) = crate::aws_cli::aws(
        &d,
        &[
            "ec2",
            "create-network-acl-entry",
            "--network-acl-id",
            &acl,
            "--ingress",
            "--rule-number",
            "50",
            "--protocol",
            "tcp",
            "--port-range",
            "From=2049,To=2049",
            "--cidr-block",
            "0.0.0.0/0",
            "--rule-action",
            "deny",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (code, v) = doctor(&d, Backend::Aws, &["acl", "--az", "us-east-1a"]);
    assert_eq!(code, 1);
    let f = failing(&v, "network ACL (mount target subnet)");
    assert!(f["Evidence"].as_str().unwrap().contains("rule 50"), "{f}");
    let m = MountDir::new();
    let mount_checked = !fuse_skip("a_network_acl_that_denies_nfs_then_the_fix_and_a_mount (the mount)");
    if mount_checked {
        let refused = efsctl(&d, &["mount", "acl", m.s()]);
        crate::cli::fails(&refused, 1, "network ACL");
        assert!(
            String::from_utf8_lossy(&refused.stderr).contains(f["Fix"].as_str().unwrap()),
            "the mount names the same fix"
        );
    }
    apply(&d, f["Fix"].as_str().unwrap(), m.s());
    let (code, v) = doctor(&d, Backend::Local, &["acl", "--az", "us-east-1a"]);
    assert_eq!(code, 0, "{v:#}");
    if mount_checked {
        ok(efsctl(&d, &["mount", "acl", m.s()]));
        std::fs::write(m.path().join("through"), b"the ACL").unwrap();
        ok(efsctl(&d, &["umount", m.s()]));
    }
    let _ = fs;
}

#[test]
fn vpc_dns_off_then_by_address() {
    if !has_aws_cli() {
        return;
    }
    let d = Daemon::start();
    ok(efsctl(&d, &["create", "nodns", "--mount-targets", "us-east-1a", "--wait", "-q"]));
    let vpc = ec2_default_vpc(&d);
    let (code, _, err) =
        crate::aws_cli::aws(&d, &["ec2", "modify-vpc-attribute", "--vpc-id", &vpc, "--no-enable-dns-support"]);
    assert_eq!(code, 0, "{err}");
    let (code, v) = doctor(&d, Backend::Local, &["nodns", "--az", "us-east-1a"]);
    assert_eq!(code, 1);
    let f = failing(&v, "VPC DNS");
    let fix = f["Fix"].as_str().unwrap();
    assert!(fix.contains("--enable-dns-support") && fix.contains("--mount-target-ip"), "{fix}");
    if !fuse_skip("vpc_dns_off_then_by_address (the mounts)") {
        let m = MountDir::new();
        crate::cli::fails(&efsctl(&d, &["mount", "nodns", m.s()]), 1, "Failed to resolve");
        // The other way out the fix names: the mount target's address.
        let by_ip = fix.split("# or mount by address: ").nth(1).unwrap().replace(" DIR", &format!(" {}", m.s()));
        let words: Vec<&str> = by_ip.split_whitespace().collect();
        ok(efsctl(&d, &words[1..]));
        ok(efsctl(&d, &["umount", m.s()]));
    }
    apply(&d, fix, "");
    let (code, v) = doctor(&d, Backend::Aws, &["nodns", "--az", "us-east-1a"]);
    assert_eq!(code, 0, "{v:#}");
}

#[test]
fn a_tls_only_policy_and_a_policy_without_client_mount() {
    let d = Daemon::start();
    let fs = ok(efsctl(&d, &["create", "strict", "--mount-targets", "us-east-1a", "--wait", "-q"])).trim().to_string();
    ok(efsctl(&d, &["policy", "set", "strict", "--preset", "enforce-tls"]));
    let (code, v) = doctor(&d, Backend::Aws, &["strict", "--az", "us-east-1a"]);
    assert_eq!(code, 1);
    let f = failing(&v, "file-system policy");
    assert_eq!(f["Fix"], format!("efsctl mount {fs} DIR --tls"));
    // The fix is a flag: doctor asked with it passes.
    let (code, v) = doctor(&d, Backend::Local, &["strict", "--az", "us-east-1a", "--tls"]);
    assert_eq!(code, 0, "{v:#}");

    let root_only = serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "elasticfilesystem:ClientRootAccess"}]
    });
    let file = d.dir.path().join("policy.json");
    std::fs::write(&file, root_only.to_string()).unwrap();
    ok(efsctl(&d, &["policy", "set", "strict", "--file", file.to_str().unwrap(), "--bypass-lockout-check"]));
    let (code, v) = doctor(&d, Backend::Local, &["strict", "--az", "us-east-1a", "--tls", "--iam"]);
    assert_eq!(code, 1);
    let f = failing(&v, "file-system policy");
    assert!(f["Evidence"].as_str().unwrap().contains("does not grant elasticfilesystem:ClientMount"), "{f}");
}

#[test]
fn an_access_point_root_the_user_cannot_write() {
    let d = Daemon::start();
    let fs = ok(efsctl(&d, &["create", "shared", "--mount-targets", "us-east-1a", "--wait", "-q"])).trim().to_string();
    let ap = access_point(
        &d,
        "shared",
        &["--path", "/team", "--owner-uid", "1000", "--owner-gid", "1000", "--permissions", "0755"],
    );
    let (code, v) = doctor(
        &d,
        Backend::Local,
        &["shared", "--az", "us-east-1a", "--access-point", &ap, "--uid", "2000", "--gid", "2000"],
    );
    assert_eq!(code, 1);
    let f = failing(&v, "access point");
    let fix = f["Fix"].as_str().unwrap().to_string();
    assert!(
        fix.starts_with(&format!("efsctl access-point create {fs} --path /team-2000 --uid 2000 --gid 2000")),
        "{fix}"
    );
    let made = apply(&d, &format!("{} -q", fix.split("  #").next().unwrap()), "");
    let new_ap = ok(made).trim().to_string();
    let (code, v) = doctor(
        &d,
        Backend::Aws,
        &["shared", "--az", "us-east-1a", "--access-point", &new_ap, "--uid", "2000", "--gid", "2000"],
    );
    assert_eq!(code, 0, "{v:#}");
    // An access point of another file system is refused by name.
    ok(efsctl(&d, &["create", "other", "--wait", "-q"]));
    crate::cli::fails(&efsctl(&d, &["doctor", "other", "--access-point", &ap]), 2, &ap);
}

/// README's walk-through (break → diagnose → fix), each command run as written, the mount
/// point aside.
#[test]
fn the_readme_walk_through_runs_as_written() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split("### Diagnosing mounts").nth(1).unwrap();
    let block = section.split("```sh").nth(1).unwrap().split("```").next().unwrap();
    let commands: Vec<&str> =
        block.lines().map(|l| l.split('#').next().unwrap().trim()).filter(|l| !l.is_empty()).collect();
    assert_eq!(commands.len(), 5, "{commands:?}");
    let d = Daemon::start();
    let m = MountDir::new();
    let mount_works = !fuse_skip("the_readme_walk_through_runs_as_written (its mount)");
    for command in commands {
        let command = command.replace("/mnt/web", m.s());
        let words: Vec<&str> = command.split_whitespace().collect();
        assert_eq!(words[0], "efsctl");
        if words[1] == "mount" && !mount_works {
            continue;
        }
        let out = efsctl(&d, &words[1..]);
        let said = String::from_utf8_lossy(&out.stdout);
        if command == "efsctl doctor web" {
            // The break, diagnosed: exit 1 and the fix.
            assert_eq!(out.status.code(), Some(1), "{said}");
            assert!(said.contains("✘") && said.contains("--tls"), "{said}");
        } else {
            ok(out);
        }
    }
    if mount_works {
        ok(efsctl(&d, &["umount", m.s()]));
    }
}
