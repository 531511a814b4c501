#!/usr/bin/env bash
# Cold start and package size of every function, in a release build, each beside a bare
# `lambda_http` hello (tools/hello) measured in the same run, so the numbers read as ratios on
# a machine whose speed drifts.
#
#   scripts/bench-cold-start.sh [runs]
#
# Cold start is process spawn -> first response through a minimal Lambda Runtime API
# (tools/cold-start). Two tables:
#   - init: a request the router answers without I/O (a route the function does not serve, and
#     api-health's `/openapi.json`): what starting the function costs.
#   - first request: a signed-in read (with a token no session has, so a 401 after the per-IP
#     admission and the session lookup): the first database connection and DynamoDB call too.
# Package size is the zip of the stripped binary named `bootstrap`, as Lambda receives it.
# The functions read their configuration from the running local stack (scripts/run-local.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-20}"
env_file="${STACK_ENV_FILE:-$root/.stack/dev/lambda.env}"
[[ -f "$env_file" ]] || { echo "no $env_file: start scripts/run-local.sh first" >&2; exit 1; }
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/roleferry/target}"
release="$CARGO_TARGET_DIR/release"

functions=()
for manifest in "$root"/functions/*/Cargo.toml; do
  [[ -f "$(dirname "$manifest")/src/main.rs" ]] && functions+=("$(basename "$(dirname "$manifest")")")
done
packages=(-p hello -p cold-start)
for function in "${functions[@]}"; do packages+=(-p "$function"); done
cargo build --release --quiet --manifest-path "$root/Cargo.toml" "${packages[@]}"

echo "## package size (zip of bootstrap)"
echo
echo "| function | binary (MB) | zip (MB) |"
echo "|---|---:|---:|"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for binary in hello "${functions[@]}"; do
  cp "$release/$binary" "$scratch/bootstrap"
  (cd "$scratch" && rm -f package.zip && zip -q -9 package.zip bootstrap)
  awk -v name="$binary" -v binary="$(stat -c %s "$scratch/bootstrap")" -v zip="$(stat -c %s "$scratch/package.zip")" \
    'BEGIN { printf "| %s | %.1f | %.2f |\n", name, binary / 1048576, zip / 1048576 }'
done
echo

# The functions start in an environment like Lambda's: their own variables and nothing of this
# shell's (a CA bundle named by SSL_CERT_FILE here would change what they load).
as_in_lambda() {
  env -i PATH="$PATH" HOME="$HOME" bash -c 'set -a; source "$1"; set +a; shift; exec "$@"' \
    as_in_lambda "$env_file" "$@"
}
unrouted="$root/events/api-health/unknown-route.json"
init_cases=(--case "hello=$release/hello=$unrouted"
  --case "api-health /openapi.json (gzip)=$release/api-health=$root/events/api-health/openapi-document.json")
# api-health answers an unknown route from the whole document's paths (parsed on first use),
# so its init is the `/openapi.json` row.
for function in "${functions[@]}"; do
  [[ "$function" == api-* && "$function" != api-health ]] &&
    init_cases+=(--case "$function=$release/$function=$unrouted")
done
echo "## init: spawn -> first response, answered without I/O"
echo
as_in_lambda "$release/cold-start" --runs "$runs" "${init_cases[@]}"
echo

first_request_cases=(--case "hello=$release/hello=$unrouted"
  --case "api-health /health=$release/api-health=$root/events/api-health/health.json"
  --case "api-auth GET /me=$release/api-auth=$root/events/api-auth/get-me.json"
  --case "api-workspace GET /jobs=$release/api-workspace=$root/events/api-workspace/list-jobs.json"
  --case "api-matching GET /pain-points=$release/api-matching=$root/events/api-matching/list-pain-points.json"
  --case "api-contacts GET /contacts=$release/api-contacts=$root/events/api-contacts/list-contacts.json"
  --case "api-sending GET /senders=$release/api-sending=$root/events/api-sending/list-senders.json")
echo "## first request: spawn -> first response, with the first database and DynamoDB calls"
echo
as_in_lambda "$release/cold-start" --runs "$runs" "${first_request_cases[@]}"
