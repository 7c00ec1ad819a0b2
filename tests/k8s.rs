//! `efsctl k8s`: manifests on both backends that parse back into Kubernetes objects, the
//! checks of a pod against its volume for each mismatch class — and, as root where FUSE works,
//! `--trial` doing the reads, writes and chowns for real and agreeing — bad input, and README's
//! recipe run as written.

use std::path::Path;

use crate::cli::{Backend, efsctl as efsctl_on, fails};
use crate::support::{Daemon, access_point, efsctl, fuse_skip, ok};

fn pod(dir: &Path, name: &str, security_context: &str) -> String {
    let yaml = format!(
        "apiVersion: v1\nkind: Pod\nmetadata: {{name: {name}}}\nspec:\n  securityContext: {security_context}\n  containers:\n    - name: app\n      image: busybox\n      volumeMounts: [{{name: data, mountPath: /data}}]\n  volumes:\n    - name: data\n      persistentVolumeClaim: {{claimName: efs}}\n"
    );
    let path = dir.join(format!("{name}.yaml"));
    std::fs::write(&path, yaml).unwrap();
    path.to_string_lossy().into_owned()
}

fn check(d: &Daemon, args: &[&str]) -> (i32, serde_json::Value) {
    let out = efsctl(d, &[&["k8s", "check"], args, &["-o", "json"]].concat());
    let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("no JSON: {out:?}"));
    (out.status.code().unwrap_or(-1), v)
}

#[test]
fn manifests_on_both_backends_and_bad_input() {
    let d = Daemon::start();
    let fs = ok(efsctl(&d, &["create", "kube", "--wait", "-q"])).trim().to_string();
    let ap = access_point(&d, "kube", &["--uid", "1000", "--gid", "1000", "--path", "/k"]);
    for backend in [Backend::Local, Backend::Aws] {
        let yaml = ok(efsctl_on(&d, backend, &["k8s", "manifests", "kube", "--access-point", &ap, "--tls"]));
        let docs: Vec<&str> = yaml.split("---\n").collect();
        let pv: k8s_openapi::api::core::v1::PersistentVolume = serde_yaml_ng::from_str(docs[0]).unwrap();
        let handle = pv.spec.unwrap().csi.unwrap().volume_handle;
        assert_eq!(handle, format!("{fs}::{ap}"));
        let claim: k8s_openapi::api::core::v1::PersistentVolumeClaim = serde_yaml_ng::from_str(docs[1]).unwrap();
        assert_eq!(claim.metadata.name.as_deref(), Some("efs-kube"));
        let dynamic = ok(efsctl_on(
            &d,
            backend,
            &["k8s", "manifests", "kube", "--dynamic", "--uid-range", "50000-60000", "-o", "json"],
        ));
        let list: serde_json::Value = serde_json::from_str(&dynamic).unwrap();
        assert_eq!(list["items"][0]["kind"], "StorageClass");
        assert_eq!(list["items"][0]["parameters"]["gidRangeStart"], "50000");
    }
    let path = ok(efsctl(&d, &["k8s", "manifests", "kube", "--path", "/teams/a"]));
    assert!(path.contains(&format!("volumeHandle: {fs}:/teams/a")), "{path}");

    ok(efsctl(&d, &["create", "other", "--wait", "-q"]));
    fails(&efsctl(&d, &["k8s", "manifests", "other", "--access-point", &ap]), 2, "belongs to");
    fails(&efsctl(&d, &["k8s", "manifests", "nope"]), 3, "nope");
    fails(&efsctl(&d, &["k8s", "manifests", "kube", "--name", "Bad_Name"]), 2, "--name");
    fails(&efsctl(&d, &["k8s", "manifests", "kube", "--dynamic", "--uid-range", "9-3"]), 2, "--uid-range");
    fails(&efsctl(&d, &["k8s", "manifests", "kube", "--uid-range", "1-3"]), 2, "--dynamic");
}

#[test]
fn each_mismatch_class_is_found_and_the_trial_agrees() {
    let d = Daemon::start();
    let dir = tempfile::tempdir().unwrap();
    ok(efsctl(&d, &["create", "pods", "--wait", "-q"]));
    let owned = access_point(
        &d,
        "pods",
        &["--path", "/owned", "--owner-uid", "1000", "--owner-gid", "1000", "--permissions", "0755"],
    );
    let grouped = access_point(
        &d,
        "pods",
        &["--path", "/grouped", "--owner-uid", "1000", "--owner-gid", "2000", "--permissions", "0755"],
    );
    let enforced = access_point(
        &d,
        "pods",
        &[
            "--uid",
            "1000",
            "--gid",
            "1000",
            "--path",
            "/enforced",
            "--owner-uid",
            "1000",
            "--owner-gid",
            "1000",
            "--permissions",
            "0755",
        ],
    );
    let trial =
        !fuse_skip("each_mismatch_class_is_found_and_the_trial_agrees (--trial)") && unsafe { libc::geteuid() } == 0;
    let cases = [
        // A uid the root's mode does not let write; fsGroup is set and ignored.
        ("stranger", "{runAsUser: 2000, runAsGroup: 2000, fsGroup: 3000}", owned.as_str(), false, "neither its owner"),
        // In the root's group, without group write.
        ("groupie", "{runAsUser: 3000, runAsGroup: 2000}", grouped.as_str(), false, "lacks group write"),
        // The access point's user writes, but cannot chown.
        ("enforced", "{runAsUser: 0}", enforced.as_str(), true, "chown: no"),
    ];
    for (name, context, ap, writes, needle) in cases {
        let file = pod(dir.path(), name, context);
        let mut args = vec!["pods", "--pod", file.as_str(), "--access-point", ap];
        if trial {
            args.push("--trial");
        }
        let (code, v) = check(&d, &args);
        assert_eq!(code, if writes { 0 } else { 1 }, "{v:#}");
        let p = &v["Predictions"][0];
        assert_eq!(p["Write"], writes, "{v:#}");
        let findings = p["Findings"].to_string();
        assert!(findings.contains(needle), "{name}: {findings}");
        if name == "stranger" {
            assert!(findings.contains("fsGroup 3000 is not applied"), "{findings}");
        }
        if trial {
            assert_eq!(v["Trials"][0]["AsPredicted"], true, "{name}: {v:#}");
            assert_eq!(v["Trials"][0]["Write"], writes, "{name}: {v:#}");
        }
    }
}

#[test]
fn bad_workloads_are_refused_with_file_and_path() {
    let d = Daemon::start();
    let dir = tempfile::tempdir().unwrap();
    ok(efsctl(&d, &["create", "yaml", "--wait", "-q"]));
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.to_string_lossy().into_owned()
    };
    let broken = write("broken.yaml", "kind: Pod\nspec: [unclosed\n");
    fails(&efsctl(&d, &["k8s", "check", "yaml", "--pod", &broken]), 2, "broken.yaml");
    let service = write("service.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {}\n");
    fails(&efsctl(&d, &["k8s", "check", "yaml", "--pod", &service]), 2, "kind Service has no pod template");
    let source = pod(dir.path(), "unknown", "{}");
    let text = std::fs::read_to_string(source).unwrap().replace("{name: data, mountPath", "{name: other, mountPath");
    let unknown = write("unknown-volume.yaml", &text);
    fails(&efsctl(&d, &["k8s", "check", "yaml", "--pod", &unknown]), 2, "spec.containers[0].volumeMounts[0].name");
    fails(&efsctl(&d, &["k8s", "check", "yaml", "--pod", "/no/such.yaml"]), 3, "/no/such.yaml");
}

/// README's Kubernetes recipe, run as written (the manifests go to a temporary file).
#[test]
fn the_readme_kubernetes_recipe_runs_as_written() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let block =
        readme.split("### Kubernetes").nth(1).unwrap().split("```sh").nth(1).unwrap().split("```").next().unwrap();
    let lines: Vec<String> =
        block.lines().map(|l| l.split('#').next().unwrap().trim().to_string()).filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 4, "{lines:?}");
    let d = Daemon::start();
    let out_dir = tempfile::tempdir().unwrap();
    let mut ap = String::new();
    for line in lines {
        let (assign, command) = match line.strip_prefix("AP=$(").and_then(|l| l.strip_suffix(')')) {
            Some(c) => (true, c.to_string()),
            None => (false, line.replace("$AP", &ap)),
        };
        let (command, redirect) = match command.split_once(" > ") {
            Some((c, file)) => (c.to_string(), Some(out_dir.path().join(file.trim()))),
            None => (command, None),
        };
        let words: Vec<&str> = command.split_whitespace().collect();
        assert_eq!(words[0], "efsctl");
        let mut c = std::process::Command::new(crate::support::BIN);
        c.current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("EFSCTL_DATA_DIR", d.dir.path())
            .env("EFSCTL_CONFIG", d.dir.path().join("none.toml"))
            .args(&words[1..]);
        let printed = ok(c.output().unwrap());
        if assign {
            ap = printed.trim().to_string();
        }
        if let Some(file) = redirect {
            std::fs::write(&file, &printed).unwrap();
            let pv: k8s_openapi::api::core::v1::PersistentVolume =
                serde_yaml_ng::from_str(printed.split("---\n").next().unwrap()).unwrap();
            assert!(pv.spec.unwrap().csi.unwrap().volume_handle.ends_with(&ap));
        }
    }
}

#[test]
fn the_nodes_network_is_checked_as_doctor_checks_a_client() {
    let d = Daemon::start();
    let dir = tempfile::tempdir().unwrap();
    ok(efsctl(&d, &["create", "nodes", "--wait", "-q"]));
    let file = pod(dir.path(), "rooted", "{runAsUser: 0}");
    let (subnet, nodes) = crate::support::run_value(async {
        let ec2 = d.ec2();
        let subnets = ec2
            .describe_subnets()
            .filters(aws_sdk_ec2::types::Filter::builder().name("availability-zone").values("us-east-1a").build())
            .send()
            .await
            .unwrap();
        let vpc = subnets.subnets()[0].vpc_id().unwrap().to_string();
        let sg = ec2
            .create_security_group()
            .group_name("nodes")
            .description("cluster nodes")
            .vpc_id(vpc)
            .send()
            .await
            .unwrap();
        (subnets.subnets()[0].subnet_id().unwrap().to_string(), sg.group_id().unwrap().to_string())
    });
    let (code, v) = check(&d, &["nodes", "--pod", &file, "--subnet", &subnet]);
    assert_eq!(code, 0, "{v:#}");
    assert!(
        v["Network"].as_array().unwrap().iter().any(|f| f["Check"] == "network ACL (mount target subnet)"),
        "{v:#}"
    );
    // A node group the mount targets' security groups do not admit.
    let (code, v) = check(&d, &["nodes", "--pod", &file, "--subnet", &subnet, "--node-sg", &nodes]);
    assert_eq!(code, 1, "{v:#}");
    let sg = v["Network"].as_array().unwrap().iter().find(|f| f["Check"] == "security groups").unwrap();
    assert_eq!(sg["Verdict"], "Fail");
    assert!(sg["Fix"].as_str().unwrap().ends_with(&format!("--client-sg {nodes}")), "{sg}");
}
