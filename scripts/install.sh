#!/usr/bin/env bash
# Installs what efsctl's build, tests and benchmarks need on Debian/Ubuntu, then builds it and
# installs the `efsctl` binary into ~/.cargo/bin. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/efsctl-target}"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if command -v apt-get >/dev/null; then
  # build-essential/pkg-config: the bundled SQLite; wrk/hyperfine: benchmarks;
  # python3-pip: the AWS CLI used as a compatibility client; fuse3: fusermount3 for FUSE
  # mounts by non-root users; tmux: the dashboard test drives `efsctl dash` in a real terminal;
  # librsvg2-bin: rsvg-convert renders `simulate --svg` charts to PNG in a test.
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    build-essential pkg-config ca-certificates curl git python3 python3-pip wrk hyperfine fuse3 tmux librsvg2-bin >/dev/null
fi

if ! command -v cargo >/dev/null; then
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi
if ! command -v cargo-nextest >/dev/null; then
  cargo install cargo-nextest --locked
fi

# The AWS CLI is the reference client the benchmarks compare against; it and boto3 are the
# compatibility checks of the tests, and its botocore holds the models scripts/gen-validation.py reads.
if ! command -v aws >/dev/null || ! python3 -c 'import boto3' 2>/dev/null; then
  python3 -m pip install --quiet awscli boto3 2>/dev/null || python3 -m pip install --quiet --break-system-packages awscli boto3
fi

cargo build --locked --tests --bins
cargo install --locked --path . --target-dir "$CARGO_TARGET_DIR" --force --quiet
echo "efsctl installed: $(command -v efsctl || echo "$HOME/.cargo/bin/efsctl (add ~/.cargo/bin to PATH)")"
