#!/usr/bin/env bash
# Runs the whole test suite: unit and property tests, and the integration tests that drive the
# real binary and daemon through the AWS SDKs.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/efsctl-target}"
cargo nextest run --workspace --locked --no-fail-fast "$@"
