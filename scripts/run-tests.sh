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

# The API fuzzer sends thousands of requests a minute from one key and one address; the rate
# limits themselves are tested in-process with their own budgets.
FUNCTION_SETTINGS="${FUNCTION_SETTINGS:-RATE_LIMIT_PER_CALLER_PER_MINUTE=1000000 RATE_LIMIT_PER_IP_PER_MINUTE=1000000}"

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

# Schema-driven fuzzing of every documented operation, with every check: server errors,
# undocumented status codes, rejected schema-valid requests, responses that break their schema.
# The fuzzer signs in with an API key of a user of its own. It learns ids from responses, so it
# would delete its own key (or end its own session) halfway through and test the rest signed
# out: those two operations get a second run with a key of their own. One worker and a fixed
# seed make a run repeatable (with two, the objects one operation finds depend on what the
# other created first). Known findings are listed in tests/fuzz/baseline.json; anything else
# fails the step.
fuzzer_key() {
  local session
  session="$(python3 "$ROLEFERRY_ROOT/scripts/lib/sign_in.py" "$API_BASE_URL" "$AWS_ENDPOINT_URL" "$1")" || return 1
  curl -sf -X POST "$API_BASE_URL/api-keys" -H "authorization: Bearer $session" \
    -H 'content-type: application/json' -d '{"name":"fuzzer"}' |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["key"])'
}

run_fuzzer() {
  local key=$1
  shift
  PYTHONPATH="$ROLEFERRY_ROOT/tests/fuzz" SCHEMATHESIS_HOOKS=hooks \
    "$ROLEFERRY_FUZZ_VENV/bin/schemathesis" run "$API_BASE_URL/openapi.json" \
    --checks all --phases examples,coverage,fuzzing \
    --header "Authorization: Bearer $key" \
    --seed "${FUZZ_SEED:-20261125}" --max-examples "${FUZZ_MAX_EXAMPLES:-40}" \
    --generation-database none --workers 1 --request-timeout 30 --no-color \
    --baseline "$ROLEFERRY_ROOT/tests/fuzz/baseline.json" \
    ${FUZZ_BASELINE_UPDATE:+--baseline-update} \
    --report junit --report-dir "$STACK_DIR/fuzz" "$@"
}

fuzz_api() {
  local key status=0
  ensure_fuzz_tools
  key="$(fuzzer_key fuzzer@example.test)" || return 1
  run_fuzzer "$key" --exclude-name "DELETE /api-keys/{id}" --exclude-name "DELETE /auth/session" || status=1
  key="$(fuzzer_key credentials-fuzzer@example.test)" || return 1
  run_fuzzer "$key" --include-name "DELETE /api-keys/{id}" --include-name "DELETE /auth/session" || status=1
  return "$status"
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

# Built before the stack starts so `cargo lambda watch` finds every function ready, with the
# very command line watch uses (`cargo run --manifest-path Cargo.toml --bin <function>`): any
# other selection resolves features differently and would leave watch to recompile the
# dependencies at the first invocation, in the middle of the tests.
build_functions() {
  local manifest
  cd "$ROLEFERRY_ROOT"
  for manifest in functions/*/Cargo.toml; do
    [[ -f "$(dirname "$manifest")/src/main.rs" ]] || continue
    cargo build --quiet --manifest-path Cargo.toml --bin "$(basename "$(dirname "$manifest")")" || return 1
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
# FUZZ=1 fuzzes after a selection of tests too; FUZZ_BASELINE_UPDATE=1 records what it finds in
# tests/fuzz/baseline.json instead of failing (review the diff before committing it).
if (($# == 0)) || [[ ${FUZZ:-} == 1 ]]; then
  step "fuzz the API from its OpenAPI document" fuzz_api
fi

if ((${#failures[@]})); then
  log "failed: ${failures[*]}"
  exit 1
fi
log "all checks passed"
