#!/usr/bin/env bash
# Runs the whole test suite: the format, lint and layering gates, the check that the vendored
# fuser is upstream plus its patch, then unit and property tests and the integration tests that
# drive the real binary and daemon through the AWS SDKs.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/efsctl-target}"
# vendor/fuser keeps upstream's formatting; the patch check below covers it.
cargo fmt --check -p efsctl -p efsctl-core -p efsctl-fs -p efsctl-control -p efsctl-emulator
cargo clippy --workspace --all-targets --locked -- -D warnings
./scripts/check-fuser-patch.sh
cargo nextest run --workspace --locked --no-fail-fast "$@"
