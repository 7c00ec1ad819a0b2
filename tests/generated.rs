//! The committed completions and man page match what the binary generates.

use std::process::Command;

use crate::support::BIN;

#[test]
fn completions_and_man_page_are_current() {
    let root = env!("CARGO_MANIFEST_DIR");
    let cases = [
        (vec!["completions", "bash"], "completions/efsctl.bash"),
        (vec!["completions", "zsh"], "completions/_efsctl"),
        (vec!["completions", "fish"], "completions/efsctl.fish"),
        (vec!["completions", "powershell"], "completions/_efsctl.ps1"),
        (vec!["completions", "elvish"], "completions/efsctl.elv"),
    ];
    for (args, file) in cases {
        let out = Command::new(BIN).args(&args).output().unwrap();
        assert!(out.status.success());
        let committed = std::fs::read(format!("{root}/{file}")).unwrap_or_default();
        assert!(
            committed == out.stdout,
            "{file} is stale; regenerate with: efsctl {} > {file}  (or scripts/generate.sh)",
            args.join(" ")
        );
    }
    // Every man page, and the top one as `efsctl man` prints it.
    let fresh = tempfile::tempdir().unwrap();
    let out = Command::new(BIN).args(["man", "--dir"]).arg(fresh.path()).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let pages = |dir: &std::path::Path| -> std::collections::BTreeMap<String, Vec<u8>> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap())
            .map(|e| (e.file_name().into_string().unwrap(), std::fs::read(e.path()).unwrap()))
            .collect()
    };
    let (made, committed) = (pages(fresh.path()), pages(&std::path::Path::new(root).join("man")));
    assert!(made.len() > 20 && made.contains_key("efsctl-mount.1"), "{:?}", made.keys());
    assert!(made == committed, "man/ is stale; regenerate with scripts/generate.sh");
    assert_eq!(Command::new(BIN).arg("man").output().unwrap().stdout, made["efsctl.1"]);
}
