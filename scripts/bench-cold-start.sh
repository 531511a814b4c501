#!/usr/bin/env bash
# Cold start (process spawn -> first response) and warm invocation of a function binary in a
# release build, against the running local stack (scripts/run-local.sh), through a minimal
# Lambda Runtime API (tools/cold-start).
#   scripts/bench-cold-start.sh [function] [event file] [runs]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
function_name="${1:-api-health}"
event="${2:-$root/events/api-health/health.json}"
runs="${3:-20}"
env_file="${STACK_ENV_FILE:-$root/.stack/dev/lambda.env}"
[[ -f "$env_file" ]] || { echo "no $env_file: start scripts/run-local.sh first" >&2; exit 1; }
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/roleferry/target}"
cargo build --release --manifest-path "$root/Cargo.toml" -p "$function_name" -p cold-start
set -a
# shellcheck source=/dev/null
source "$env_file"
set +a
"$CARGO_TARGET_DIR/release/cold-start" --binary "$CARGO_TARGET_DIR/release/$function_name" --event "$event" --runs "$runs"
