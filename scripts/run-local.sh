#!/usr/bin/env bash
# Runs the whole system locally, in the foreground: Postgres, moto (AWS), dnsmasq, the
# functions under `cargo lambda watch`, and the event pump. Ctrl-C stops it all.
# Installs what is missing first; safe to run again after any kind of stop.
set -euo pipefail

# shellcheck source=scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=scripts/lib/install.sh
source "$ROLEFERRY_ROOT/scripts/lib/install.sh"
# shellcheck source=scripts/lib/stack.sh
source "$ROLEFERRY_ROOT/scripts/lib/stack.sh"

# Locally, schedules run 60 times faster (the scheduler every second, hourly jobs every
# minute) and a sender's pacing shrinks with them, so a demo campaign of a few contacts and
# one-minute steps finishes in about a minute. LOCAL_SCHEDULE_SPEEDUP=1 runs them in real time.
export LOCAL_SCHEDULE_SPEEDUP="${LOCAL_SCHEDULE_SPEEDUP:-60}"

stack_configure dev "${API_PORT:-9000}" "${MOTO_PORT:-4566}" "${PG_PORT:-55432}" "${DNS_PORT:-5353}" "${BLACKHOLE_PORT:-5399}"

started_at=$SECONDS
ensure_tools
log "tools ready after $((SECONDS - started_at))s"

log_tail_pid=
trap 'log "stopping"; [[ -n $log_tail_pid ]] && kill "$log_tail_pid" 2>/dev/null; stack_stop; log "stopped"' EXIT
trap 'exit 130' INT TERM

stack_build_local_stack
stack_start_services
# shellcheck disable=SC2119 # no extra flags: the dev stack reloads on changes
stack_start_watch
stack_start_pump

cat >&2 <<INFO

  API                 $API_BASE_URL            (e.g. $API_BASE_URL/health)
  Lambda Invoke API   $API_BASE_URL/2015-03-31/functions/<binary>/invocations
  AWS (moto)          $AWS_ENDPOINT_URL            dashboard: $AWS_ENDPOINT_URL/moto-api/
  Sent mail           $AWS_ENDPOINT_URL/moto-api/data.json   (ses.RawMessage)
  Postgres            $DATABASE_URL
  DNS                 $DNS_RESOLVER  (dig @127.0.0.1 -p $DNS_PORT example.test MX)
  Function env        $STACK_ENV_FILE
  Logs                $STACK_DIR/logs/
  Schedules           ${LOCAL_SCHEDULE_SPEEDUP}x faster than in AWS (LOCAL_SCHEDULE_SPEEDUP=1 $0: real time)

INFO

stack_wait_for_health 3600
log "running; Ctrl-C stops everything"

read -r watch_pid _ <"$STACK_DIR/pids/watch"
read -r gateway_pid _ <"$STACK_DIR/pids/gateway"
read -r pump_pid _ <"$STACK_DIR/pids/pump"
tail -n 0 -F "$STACK_DIR/logs/pump.log" "$STACK_DIR/logs/watch.log" "$STACK_DIR/logs/gateway.log" >&2 &
log_tail_pid=$!
# All are children of subshells, so poll rather than `wait`.
while process_alive "$watch_pid" && process_alive "$gateway_pid" && process_alive "$pump_pid"; do
  sleep 2
done
for name in watch gateway pump; do
  pid_var="${name}_pid"
  process_alive "${!pid_var}" || die "$name exited; see $STACK_DIR/logs/$name.log"
done
