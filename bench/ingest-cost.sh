#!/usr/bin/env bash
# What a note costs one server build (docs/benchmarks.md, issue 14): starts that build on the bench profile
# with a fresh embedded database, then runs IngestCost one note per request (16 clients) and in batches of 50
# (8 clients), each printing statements, server and mariadbd CPU per note and the load average around it.
#
#   bench/ingest-cost.sh [quarkus-app directory] [notes per run] [bench classes directory]
#
# Defaults: this checkout's sync-server/target/quarkus-app, 5000 notes, bench/target/classes. Needs the
# reactor installed and bench/target/cp.txt (see "./doorstep bench" in docs/benchmarks.md). To compare two
# builds on a shared machine, run them alternately (A B A B) and compare runs taken at the same load.
set -euo pipefail
cd "$(dirname "$0")/.."
APP="${1:-sync-server/target/quarkus-app}"
NOTES="${2:-5000}"
CLASSES="${3:-bench/target/classes}"
PORT="${DOORSTEP_BENCH_PORT:-18390}"
mkdir -p target
DATA="$(mktemp -d "$PWD/target/ingest-cost.XXXXXX")"  # not under /tmp, which the embedded MariaDB empties
USERS=bench.p01,bench.p02,bench.p03,bench.p04,bench.p05,bench.p06,bench.p07,bench.p08,bench.p09,bench.p10,bench.p11,bench.p12,bench.p13,bench.p14,bench.p15,bench.p16
CP="$CLASSES:$(cat bench/target/cp.txt)"

java -Xmx2g -Dquarkus.profile=bench -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
     -Ddoorstep.data-dir="$DATA" -jar "$APP/quarkus-run.jar" >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $SERVER 2>/dev/null || { tail -30 "$DATA/server.log"; exit 1; }
  sleep 1
done
echo "== $APP ($(date -u +%H:%M:%S) UTC, $NOTES notes a run)"
run() {
  java -cp "$CP" org.doorstep.bench.IngestCost --data-dir "$DATA" --server-pid "$SERVER" \
       --server "http://127.0.0.1:$PORT" --notes "$NOTES" --devices 16 --users "$USERS" --password doorstep-bench "$@"
}
echo "-- one note per request, 16 clients"
run --concurrency 16 --batch 1 --warmup 3000
echo "-- batches of 50, 8 clients"
run --concurrency 8 --batch 50 --warmup 1000
