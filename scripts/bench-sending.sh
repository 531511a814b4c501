#!/usr/bin/env bash
# The sending engine under load and under faults, against the running local stack
# (scripts/run-local.sh: its Postgres and AWS emulator; each run makes a fresh database there).
#
#   scripts/bench-sending.sh bench [--contacts 10000] [--ses-latency-ms 5]
#   scripts/bench-sending.sh chaos [--contacts 10000] [--due-per-second 8] [--workers 2] [--kills 8] \
#                                  [--throttle-per-mille 30] [--drop-per-mille 5]
#
# bench: launch of N contacts, the scheduler tick that makes their messages, and one send-worker
# instance sending them to an SES stand-in on loopback, each beside a reference run in the same
# process (see tools/sending-bench). chaos: N enrollments through scheduler, a queue with a 5 s
# visibility timeout, worker processes killed mid-batch and an SES that throttles and drops
# answers (in front of the emulator); fails unless no message was sent twice and every sent row
# has its copy at SES.
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
run_bench_tool sending-bench "$@"
