#!/usr/bin/env bash
# The campaign analytics (migration V12) under volume, against the running local stack's
# Postgres (scripts/run-local.sh; each run makes a fresh database there and drops it at the end).
#
#   scripts/bench-analytics.sh [--events 10000000] [--changes 1000000] [--calls 1000] \
#                              [--tail 20000] [--users 5] [--campaigns 10] [--keep] [--explain]
#
# 1. The incremental rollup (`maintenance::roll_up`) of ~N ledger changes written by the V12
#    trigger, beside reading the same rows; and a second rollup right after (adds 0).
# 2. GET /analytics/overview through api-sending's router in process, with N rows in
#    ses_events: p50/p99/max of 1,000 calls beside GET /sequence-templates, right after a
#    rollup and with a tail of 20,000 changes not rolled up; the handler's statements alone
#    beside three `SELECT 1`.
# See tools/analytics-bench. The full run needs ~15 GB free where Postgres keeps its data and
# takes several minutes to set up (progress on stderr); a quick run:
#   scripts/bench-analytics.sh --events 200000 --changes 50000 --calls 200
set -euo pipefail
# shellcheck source=lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
run_bench_tool analytics-bench "$@"
