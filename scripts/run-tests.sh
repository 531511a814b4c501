#!/usr/bin/env bash
# Runs every test against a fresh stack of its own (own ports, database and state),
# so it can run while scripts/run-local.sh is up. Exits non-zero on any failure.
set -euo pipefail

# shellcheck source=scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=scripts/lib/install.sh
source "$ROLEFERRY_ROOT/scripts/lib/install.sh"
# shellcheck source=scripts/lib/stack.sh
source "$ROLEFERRY_ROOT/scripts/lib/stack.sh"

stack_configure "${TEST_STACK_NAME:-test}" "${TEST_API_PORT:-9100}" "${TEST_MOTO_PORT:-4567}" "${TEST_PG_PORT:-55433}" "${TEST_DNS_PORT:-5354}" "${TEST_BLACKHOLE_PORT:-5400}"

failures=()
step() {
  local description=$1 started=$SECONDS
  shift
  log "== $description"
  if "$@"; then
    log "== $description: ok ($((SECONDS - started))s)"
  else
    log "== $description: FAILED ($((SECONDS - started))s)"
    failures+=("$description")
  fi
}

lint_template() {
  local template=$1 status=0
  cfn-lint "$template" || status=1
  sam validate --lint --template-file "$template" --region "$AWS_REGION" || status=1
  return "$status"
}

# With arguments, only the tests they select run (`scripts/run-tests.sh -p integration-tests
# --test sending`), for working on one area; without, everything.
run_cargo_tests() {
  cd "$ROLEFERRY_ROOT"
  local selection=("$@")
  ((${#selection[@]})) || selection=(--workspace)
  if cargo nextest --version >/dev/null 2>&1; then
    cargo nextest run --no-fail-fast "${selection[@]}"
  else
    cargo test --no-fail-fast "${selection[@]}"
  fi
}

# Schema-driven fuzzing of every documented operation, signed in through an API key of a user
# of its own (a session could be revoked by the fuzzer's own `DELETE /auth/session`). Every
# check counts: server errors, undocumented status codes, rejected schema-valid requests,
# responses that break their schema.
fuzz_api() {
  local session key
  ensure_fuzz_tools
  session="$(python3 "$ROLEFERRY_ROOT/scripts/lib/sign_in.py" "$API_BASE_URL" "$AWS_ENDPOINT_URL" fuzzer@example.test)" || return 1
  key="$(curl -sf -X POST "$API_BASE_URL/api-keys" -H "authorization: Bearer $session" \
    -H 'content-type: application/json' -d '{"name":"fuzzer"}' |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["key"])')" || return 1
  "$ROLEFERRY_FUZZ_VENV/bin/schemathesis" run "$API_BASE_URL/openapi.json" \
    --checks all --phases examples,coverage,fuzzing \
    --header "Authorization: Bearer $key" \
    --seed "${FUZZ_SEED:-20261125}" --max-examples "${FUZZ_MAX_EXAMPLES:-40}" --workers 2 \
    --no-color --report junit --report-dir "$STACK_DIR/fuzz"
}

trap 'stack_stop' EXIT
trap 'exit 130' INT TERM

rust_format() { cd "$ROLEFERRY_ROOT" && cargo fmt --all --check; }
rust_lints() { cd "$ROLEFERRY_ROOT" && cargo clippy --workspace --all-targets --quiet -- -D warnings; }

ensure_tools
# A selection of tests is for working on one area: the whole-tree checks are left to a full run.
if (($# == 0)); then
  step "cargo fmt --check" rust_format
  step "lint template.yaml" lint_template "$ROLEFERRY_ROOT/template.yaml"
  step "lint the local-stack fixture template" lint_template "$ROLEFERRY_ROOT/tools/local-stack/tests/fixtures/template.yaml"
  step "cargo clippy -D warnings" rust_lints
fi

# Built before the stack starts so `cargo lambda watch` finds every function ready. One package
# at a time, because that is how watch builds them (`cargo run --bin <function>`): features are
# resolved per package, so a workspace-wide build would leave watch to recompile each function
# at its first invocation, in the middle of the tests.
build_functions() {
  local manifest
  cd "$ROLEFERRY_ROOT"
  for manifest in functions/*/Cargo.toml; do
    [[ -f "$(dirname "$manifest")/src/main.rs" ]] || continue
    cargo build --quiet -p "$(basename "$(dirname "$manifest")")" || return 1
  done
}
build_functions || die "a function does not build"
stack_build_local_stack
stack_start_services
stack_start_watch --ignore-changes
stack_wait_for_health "${TEST_HEALTH_TIMEOUT_SECONDS:-1200}"
stack_start_pump

# The tests see what the functions see, plus where the stack is.
set -a
# shellcheck source=/dev/null
source "$STACK_ENV_FILE"
set +a
export DATABASE_URL AWS_ENDPOINT_URL API_BASE_URL STACK_ENV_FILE DNS_RESOLVER STACK_DIR STACK_TEMPLATE LOCAL_STACK_BIN

step "cargo tests" run_cargo_tests "$@"
if (($# == 0)); then
  step "fuzz the API from its OpenAPI document" fuzz_api
fi

if ((${#failures[@]})); then
  log "failed: ${failures[*]}"
  exit 1
fi
log "all checks passed"
