#!/usr/bin/env bash
# Regenerates the committed shell completions and man page from the current binary.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/efsctl-target}"
cargo build --quiet --bin efsctl
bin="$CARGO_TARGET_DIR/debug/efsctl"
"$bin" completions bash > completions/efsctl.bash
"$bin" completions zsh > completions/_efsctl
"$bin" completions fish > completions/efsctl.fish
"$bin" completions powershell > completions/_efsctl.ps1
"$bin" completions elvish > completions/efsctl.elv
"$bin" man > man/efsctl.1
