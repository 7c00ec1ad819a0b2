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
        (vec!["man"], "man/efsctl.1"),
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
}
