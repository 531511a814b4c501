# Shared by scripts/run-local.sh and scripts/run-tests.sh; sourced, never run.
# shellcheck shell=bash

ROLEFERRY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export ROLEFERRY_ROOT
# CI points this at an empty directory so that nothing left by an earlier run can hide a
# missing build or install step.
ROLEFERRY_CACHE="${ROLEFERRY_CACHE:-$HOME/.cache/roleferry}"
ROLEFERRY_VENV="$ROLEFERRY_CACHE/venv"
ROLEFERRY_FUZZ_VENV="$ROLEFERRY_CACHE/fuzz-venv"
# Outside the clone, so a fresh clone (CI) still builds incrementally.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROLEFERRY_CACHE/target}"
export PATH="$ROLEFERRY_VENV/bin:$HOME/.cargo/bin:$PATH"
export SAM_CLI_TELEMETRY=0

log() { printf '\033[1m[%s %s]\033[0m %s\n' "$(date +%H:%M:%S)" "${STACK_NAME:-setup}" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# wait_until SECONDS DESCRIPTION COMMAND...: polls COMMAND every second.
wait_until() {
  local seconds=$1 description=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || { log "timed out after ${seconds}s waiting for $description"; return 1; }
    sleep 1
  done
}

tcp_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A long timeout: `cargo lambda watch` holds the first request while it compiles, and
# every abandoned request still runs the function later.
http_ok() { [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 "$1")" == 200 ]]; }
