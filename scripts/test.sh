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
# Where /dev/fuse can be opened, a mount test that would skip fails instead, and each mount
# test says whether it ran: the summary below counts them.
if [ -r /dev/fuse ] && [ -w /dev/fuse ]; then
  export EFSCTL_REQUIRE_FUSE=1
fi
# Two minutes of soak (tests/soak.rs) with the suite; set EFSCTL_SOAK_MINUTES for longer.
export EFSCTL_SOAK_MINUTES="${EFSCTL_SOAK_MINUTES:-2}"
EFSCTL_FUSE_REPORT="$(mktemp)"
export EFSCTL_FUSE_REPORT
trap 'rm -f "$EFSCTL_FUSE_REPORT"' EXIT
status=0
cargo nextest run --workspace --locked --no-fail-fast "$@" || status=$?
echo "FUSE mount tests: $(grep -c '^ran ' "$EFSCTL_FUSE_REPORT" || true) ran, $(grep -c '^skipped ' "$EFSCTL_FUSE_REPORT" || true) skipped"
grep '^skipped ' "$EFSCTL_FUSE_REPORT" || true
exit "$status"
