#!/usr/bin/env bash
# Regenerates the committed shell completions and man pages from the current binary.
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
rm -f man/*.1
"$bin" man --dir man 2>/dev/null
