# Runs one of the benchmark tools (tools/<name>) in release against the running dev stack
# (scripts/run-local.sh): its environment file names the stack's Postgres, emulator, queues and
# buckets, as a function's environment does. Sourced, never run.
# shellcheck shell=bash

# run_bench_tool NAME ARGS...: builds tools/NAME in release and replaces this shell with it.
run_bench_tool() {
  local name=$1
  shift
  local root env_file
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  env_file="${STACK_ENV_FILE:-$root/.stack/dev/lambda.env}"
  [[ -f "$env_file" ]] || { echo "no $env_file: start scripts/run-local.sh first" >&2; exit 1; }
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/roleferry/target}"
  cargo build --release --quiet --manifest-path "$root/Cargo.toml" -p "$name"
  set -a
  # shellcheck disable=SC1090
  source "$env_file"
  set +a
  export RUST_LOG="${RUST_LOG:-error}"
  exec "$CARGO_TARGET_DIR/release/$name" "$@"
}
