#!/usr/bin/env bash
# Runs the whole test suite: the format, lint and layering gates, the check that the vendored
# fuser is upstream plus its patch, then unit and property tests and the integration tests that
# drive the real binary and daemon through the AWS SDKs.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/efsctl-target}"
# vendor/fuser is formatted by upstream's rustfmt.toml, the rest by ours.
cargo fmt --check
cargo clippy --workspace --all-targets --locked -- -D warnings
./scripts/check-fuser-patch.sh
cargo nextest run --workspace --locked --no-fail-fast "$@"
