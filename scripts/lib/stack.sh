# One local stack (Postgres, moto, DNS, functions, event pump), parameterised by a
# name and a port set, so a dev stack and a test stack can run side by side.
# Sourced, never run.
# shellcheck shell=bash

# stack_configure NAME API_PORT MOTO_PORT PG_PORT DNS_PORT BLACKHOLE_PORT
stack_configure() {
  STACK_NAME=$1
  API_PORT=$2
  MOTO_PORT=$3
  PG_PORT=$4
  DNS_PORT=$5
  BLACKHOLE_PORT=$6
  # `cargo lambda watch` serves the Lambda Invoke API here; `local-stack gateway` serves the
  # HTTP API on API_PORT in front of it.
  WATCH_PORT=$((API_PORT + 10000))
  STACK_DIR="$ROLEFERRY_ROOT/.stack/$STACK_NAME"
  # The postgres user must reach its data directory; the clone may sit under /root. Keyed by
  # checkout too: two clones' stacks of one name must not stop or delete each other's Postgres.
  STACK_PG_DIR="/tmp/roleferry-$STACK_NAME-$(printf %s "$ROLEFERRY_ROOT" | cksum | cut -d' ' -f1)-postgres"
  STACK_ENV_FILE="$STACK_DIR/lambda.env"
  # Asked of cargo, which knows every override of where it builds.
  LOCAL_STACK_BIN="$(cd "$ROLEFERRY_ROOT" && cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')/debug/local-stack"
  if [[ -f "$ROLEFERRY_ROOT/template.yaml" ]]; then
    STACK_TEMPLATE="$ROLEFERRY_ROOT/template.yaml"
  else
    STACK_TEMPLATE="$ROLEFERRY_ROOT/tools/local-stack/tests/fixtures/template.yaml"
    log "no template.yaml yet; using the local-stack fixture template"
  fi
  export STACK_NAME STACK_DIR STACK_ENV_FILE STACK_TEMPLATE LOCAL_STACK_BIN
  export API_BASE_URL="http://127.0.0.1:$API_PORT"
  export AWS_ENDPOINT_URL="http://127.0.0.1:$MOTO_PORT"
  export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/roleferry"
  export DNS_RESOLVER="127.0.0.1:$DNS_PORT"
  export AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
  export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test
  export LOCAL_API_BASE_URL="$API_BASE_URL"
  STACK_ARGS=(--template "$STACK_TEMPLATE" --endpoint "$AWS_ENDPOINT_URL" --api-base-url "$API_BASE_URL" --parameter Stage=local)
}

as_postgres() {
  if [[ $EUID -eq 0 ]]; then
    (cd /tmp && runuser -u postgres -- "$@")
  else
    (cd /tmp && "$@")
  fi
}

# start_background NAME COMMAND...: its own process group, so stopping it stops its
# children (cargo lambda watch runs the functions as child processes).
start_background() {
  local name=$1
  shift
  setsid "$@" >"$STACK_DIR/logs/$name.log" 2>&1 </dev/null &
  # The port set identifies our process if a stale pid is ever reused.
  printf '%s %s\n' "$!" "$STACK_NAME" >"$STACK_DIR/pids/$name"
  log "$name started (pid $!, log $STACK_DIR/logs/$name.log)"
}

process_alive() { kill -0 "$1" 2>/dev/null; }

stop_process_group() {
  local pid=$1 waited=0
  process_alive "$pid" || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  while process_alive "$pid" && ((waited < 100)); do
    sleep 0.1
    waited=$((waited + 1))
  done
  process_alive "$pid" && { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; }
  return 0
}

# Stops what this stack started, in reverse start order; safe to call twice.
stack_stop() {
  local file pid
  if [[ -d "$STACK_DIR/pids" ]]; then
    for name in pump gateway watch dnsmasq blackhole moto; do
      file="$STACK_DIR/pids/$name"
      [[ -f $file ]] || continue
      read -r pid _ <"$file"
      stop_process_group "$pid"
      rm -f "$file"
    done
  fi
  if [[ -f "$STACK_PG_DIR/data/postmaster.pid" ]]; then
    as_postgres pg_ctl -D "$STACK_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 ||
      as_postgres pg_ctl -D "$STACK_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
}

# Stops whatever a previous run of this stack left behind (a kill -9, a closed
# terminal), checks the ports are free, and starts from an empty state directory.
stack_reset() {
  local file pid owner
  if [[ -d "$STACK_DIR/pids" ]]; then
    for file in "$STACK_DIR/pids"/*; do
      [[ -f $file ]] || continue
      read -r pid owner <"$file"
      # Only a process whose environment says it belongs to this stack is ours.
      if [[ $owner == "$STACK_NAME" ]] && process_alive "$pid" &&
        tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "STACK_NAME=$STACK_NAME"; then
        log "stopping stale $(basename "$file") (pid $pid)"
        stop_process_group "$pid"
      fi
    done
  fi
  stack_stop
  # Ports are checked before anything is deleted: a busy port may be another stack's, whose
  # files are not ours to remove.
  local port
  for port in "$API_PORT" "$WATCH_PORT" "$MOTO_PORT" "$PG_PORT" "$DNS_PORT"; do
    if tcp_open "$port"; then
      die "port $port is in use by another program; stop it or pick other ports"
    fi
  done
  rm -rf "$STACK_DIR" "$STACK_PG_DIR"
  mkdir -p "$STACK_DIR/logs" "$STACK_DIR/pids"
}

stack_start_postgres() {
  mkdir -p "$STACK_PG_DIR"
  [[ $EUID -eq 0 ]] && chown postgres:postgres "$STACK_PG_DIR"
  chmod 700 "$STACK_PG_DIR"
  as_postgres initdb -D "$STACK_PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$STACK_DIR/logs/initdb.log" 2>&1 || { cat "$STACK_DIR/logs/initdb.log" >&2; die "initdb failed"; }
  # A throwaway cluster: durability is not worth the fsyncs.
  as_postgres pg_ctl -D "$STACK_PG_DIR/data" -l "$STACK_PG_DIR/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $STACK_PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$STACK_PG_DIR/postgres.log" >&2; die "Postgres did not start"; }
  as_postgres createdb -h 127.0.0.1 -p "$PG_PORT" -U postgres roleferry
  log "Postgres ready at $DATABASE_URL"
}

# moto_server with SES v2 DKIM timestamps fixed for the Rust SDK (see local/moto_server.py).
stack_start_moto() {
  start_background moto "$ROLEFERRY_VENV/bin/python3" "$ROLEFERRY_ROOT/local/moto_server.py" -H 127.0.0.1 -p "$MOTO_PORT"
  wait_until 60 "moto" http_ok "$AWS_ENDPOINT_URL/moto-api/data.json" || die "moto did not start; see $STACK_DIR/logs/moto.log"
}

stack_start_dns() {
  start_background blackhole "$LOCAL_STACK_BIN" dns-blackhole --port "$BLACKHOLE_PORT"
  start_background dnsmasq dnsmasq --keep-in-foreground --log-facility=- \
    --conf-file="$ROLEFERRY_ROOT/local/dnsmasq.conf" --port="$DNS_PORT" \
    --server="/timeout.test/127.0.0.1#$BLACKHOLE_PORT" --pid-file="$STACK_DIR/dnsmasq.pid"
  wait_until 20 "dnsmasq" tcp_open "$DNS_PORT" || die "dnsmasq did not start; see $STACK_DIR/logs/dnsmasq.log"
}

stack_build_local_stack() {
  (cd "$ROLEFERRY_ROOT" && cargo build -q -p local-stack) || die "local-stack did not build"
}

# TRUST_X_FORWARDED_FOR: locally every client is 127.0.0.1 to the gateway, so the header is the
# only way for a client (a test) to speak as a given source address. In AWS the variable is
# never set and the request context's sourceIp is used.
stack_provision() {
  # FUNCTION_SETTINGS="KEY=VALUE ...": more of the functions' environment, for this stack.
  local settings=() setting
  for setting in ${FUNCTION_SETTINGS:-}; do
    settings+=(--set "$setting")
  done
  "$LOCAL_STACK_BIN" "${STACK_ARGS[@]}" provision --env-out "$STACK_ENV_FILE" \
    --ses-identity roleferry.test --ses-identity example.test \
    --set "AWS_ENDPOINT_URL=$AWS_ENDPOINT_URL" --set "AWS_REGION=$AWS_REGION" \
    --set "AWS_ACCESS_KEY_ID=$AWS_ACCESS_KEY_ID" --set "AWS_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY" \
    --set "DATABASE_URL=$DATABASE_URL" --set "DNS_RESOLVER=$DNS_RESOLVER" \
    --set "APP_BASE_URL=$API_BASE_URL" --set "RUST_LOG=${RUST_LOG:-info}" \
    --set "TRUST_X_FORWARDED_FOR=true" \
    --set "TOKEN_SECRET=local-only-token-secret-not-for-production-0001" \
    --set "LOCAL_SCHEDULE_SPEEDUP=${LOCAL_SCHEDULE_SPEEDUP:-1}" \
    "${settings[@]}" \
    2>"$STACK_DIR/logs/provision.log" || { cat "$STACK_DIR/logs/provision.log" >&2; die "provisioning failed"; }
  log "provisioned from $STACK_TEMPLATE; function environment in $STACK_ENV_FILE"
}

workspace_has_binary() {
  (cd "$ROLEFERRY_ROOT" && cargo metadata -q --no-deps --format-version 1) |
    python3 -c 'import json, sys
name = sys.argv[1]
targets = (t for p in json.load(sys.stdin)["packages"] for t in p["targets"])
sys.exit(0 if any(t["name"] == name and "bin" in t["kind"] for t in targets) else 1)' "$1"
}

stack_migrate() {
  if workspace_has_binary migrate; then
    (cd "$ROLEFERRY_ROOT" && cargo run -q -p migrate) >"$STACK_DIR/logs/migrate.log" 2>&1 ||
      { cat "$STACK_DIR/logs/migrate.log" >&2; die "migrations failed"; }
    log "migrations applied"
  else
    log "no migrate binary in the workspace yet; skipping migrations"
  fi
}

# stack_start_watch [EXTRA_FLAGS...]: the functions under `cargo lambda watch`, behind the
# local API gateway, which routes by template.yaml and builds events as API Gateway does.
stack_start_watch() {
  (cd "$ROLEFERRY_ROOT" && start_background watch cargo lambda watch \
    --invoke-address 127.0.0.1 --invoke-port "$WATCH_PORT" --env-file "$STACK_ENV_FILE" "$@")
  start_background gateway "$LOCAL_STACK_BIN" --template "$STACK_TEMPLATE" gateway \
    --listen "127.0.0.1:$API_PORT" --functions-url "http://127.0.0.1:$WATCH_PORT"
  wait_until 20 "the API gateway" tcp_open "$API_PORT" || die "the API gateway did not start; see $STACK_DIR/logs/gateway.log"
}

# Waits for GET /health to answer 200 and reports how long that took.
stack_wait_for_health() {
  local timeout=$1 started=$SECONDS
  log "waiting for $API_BASE_URL/health (the first compile can take minutes)"
  until http_ok "$API_BASE_URL/health"; do
    local pid
    read -r pid _ <"$STACK_DIR/pids/watch"
    process_alive "$pid" || { tail -n 40 "$STACK_DIR/logs/watch.log" >&2; die "cargo lambda watch exited"; }
    if ((SECONDS - started > timeout)); then
      tail -n 40 "$STACK_DIR/logs/watch.log" >&2
      log "GET /health: $(curl -s --max-time 5 "$API_BASE_URL/health" || true)"
      die "no 200 from $API_BASE_URL/health after ${timeout}s"
    fi
    if (((SECONDS - started) % 60 < 2)) && ((SECONDS - started > 5)); then
      log "still waiting for /health (HTTP $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$API_BASE_URL/health" || true)) after $((SECONDS - started))s"
    fi
    sleep 2
  done
  log "GET /health answered 200 after $((SECONDS - started))s"
}

stack_start_pump() {
  start_background pump "$LOCAL_STACK_BIN" "${STACK_ARGS[@]}" pump --state-file "$STACK_DIR/pump-state.json"
}

# Everything up to and including provisioning and migrations.
stack_start_services() {
  stack_reset
  stack_start_postgres
  stack_start_moto
  stack_start_dns
  stack_provision
  stack_migrate
}
