#!/usr/bin/env bash
# Note ingest on a Galera cluster beside one MariaDB, in the same run (issue 16, docs/benchmarks.md):
#   1. a 3-node Galera cluster (reliability/galera/cluster.sh), one server instance on node 1;
#   2. the same cluster, two instances (node 1 and node 2, one signing key), the load split between them
#      the way a reverse proxy spreads tablets (practitioners bench.p01-p08 on one, p09-p16 on the other);
#   3. one instance on one MariaDB: node 1 alone without Galera, same binary and settings.
# Each phase: one note per request at 16 clients, then batches of 50 at 8 clients, on the bench profile's
# 400 cases. Needs the server and bench built (./doorstep bench builds both; bench/target/cp.txt).
#   bench/cluster-bench.sh [NOTES]      NOTES per load, 6000 by default
# Ports 18321-18322 (DOORSTEP_CLUSTER_BENCH_PORT moves them), Galera's own as cluster.sh places them.
# Each RESULT line is every note over the longest generator's time (they run side by side).
set -euo pipefail
cd "$(dirname "$0")/.."
notes="${1:-6000}"
port="${DOORSTEP_CLUSTER_BENCH_PORT:-18321}"
jar=sync-server/target/quarkus-app/quarkus-run.jar
cluster=reliability/galera/cluster.sh
work="$PWD/target/cluster-bench"
[ -f "$jar" ] && [ -f bench/target/cp.txt ] || { echo "Build first: ./mvnw -q install -DskipTests && ./mvnw -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/cp.txt" >&2; exit 1; }
cp="bench/target/classes:$(cat bench/target/cp.txt)"
export GALERA_DIR="$work/galera"
# The nodes' SQL ports as cluster.sh places them (GALERA_PORT_BASE moves them).
db1=$(( ${GALERA_PORT_BASE:-14300} + 6 )) db2=$(( ${GALERA_PORT_BASE:-14300} + 7 )) db3=$(( ${GALERA_PORT_BASE:-14300} + 8 ))
rm -rf "$work" && mkdir -p "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  "$cluster" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

# An instance on the bench profile: $1 name, $2 port, $3 JDBC URL. The first one migrates and seeds.
instance() {
  mkdir -p "$work/$1"
  java -Xmx1g -Dquarkus.profile=bench -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$2" \
       -Dquarkus.datasource.jdbc.url="$3" -Ddoorstep.data-dir="$work/$1" \
       -Ddoorstep.server-key-file="$work/server-ed25519.key" -jar "$jar" >"$work/$1/server.log" 2>&1 &
  pids+=($!)
}
await_started() { # the start-up work (migrations, seed) is done once Quarkus says "started in"
  for _ in $(seq 1 300); do grep -q ') started in ' "$work/$1/server.log" && return 0; sleep 1; done
  echo "$1 did not start; see $work/$1/server.log" >&2; exit 1
}
await_ready() {
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "the server on $1 was not ready" >&2; exit 1
}
stop_instances() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  pids=()
}
users() { local u; u=$(printf 'bench.p%02d,' $(seq "$1" "$2")); echo "${u%,}"; }
# $1 label, then one "port first-user last-user" per instance; notes, devices and clients are split
# evenly between the instances, with one load generator each, all running at once.
run_phase() {
  local label="$1"; shift
  local k=$#
  for spec in "1 16 3000" "50 8 1000"; do
    read -r batch clients warm <<<"$spec"
    local i=0 logs=() gens=()
    for target in "$@"; do
      read -r p from to <<<"$target"
      java -cp "$cp" org.doorstep.bench.NoteLoad --server "http://127.0.0.1:$p" --notes $((notes / k)) \
           --devices $((16 / k)) --concurrency $((clients / k)) --batch "$batch" --warmup $((warm / k)) \
           --users "$(users "$from" "$to")" --password doorstep-bench >"$work/load-${label// /_}-$batch-$i.txt" 2>&1 &
      gens+=($!); logs+=("$work/load-${label// /_}-$batch-$i.txt"); i=$((i + 1))
    done
    for g in "${gens[@]}"; do wait "$g" || true; done
    # The generators ran side by side: the whole is every note over the longest generator's time.
    local sum=0 longest=0 line
    for f in "${logs[@]}"; do
      line=$(grep '^throughput' "$f" || { cat "$f" >&2; echo "a load failed: $f" >&2; exit 1; })
      read -r sum longest < <(grep '^notes' "$f" | awk -v s="$sum" -v l="$longest" '{
        n = $2; gsub(",", "", n); for (i = 1; i < NF; i++) if ($i == "time") t = $(i + 1)
        if (t > l) l = t; print s + n, l }')
      printf '  %-44s %s | %s\n' "$label, batch $batch, $(basename "$f")" "$line" "$(grep '^notes' "$f" | sed 's/  generator.*//')"
    done
    local total; total=$(awk -v s="$sum" -v l="$longest" 'BEGIN { print s / l }')
    printf 'RESULT %-40s batch %-3s clients %-3s %8.0f notes/s\n' "$label" "$batch" "$clients" "$total"
  done
}

echo "== Galera: 3 nodes =="
"$cluster" start
mariadb --no-defaults -uroot -h127.0.0.1 -P"$db1" -e 'create database doorstep'
url1="jdbc:mariadb:sequential://127.0.0.1:$db1,127.0.0.1:$db2,127.0.0.1:$db3/doorstep"
url2="jdbc:mariadb:sequential://127.0.0.1:$db2,127.0.0.1:$db1,127.0.0.1:$db3/doorstep"
instance a "$port" "$url1"; await_started a
instance b $((port + 1)) "$url2"
await_ready "$port"; await_ready $((port + 1))
run_phase "galera, 1 instance" "$port 1 16"
run_phase "galera, 2 instances" "$port 1 8" "$((port + 1)) 9 16"
stop_instances
"$cluster" stop >/dev/null

echo "== one MariaDB, no Galera =="
"$cluster" single
mariadb --no-defaults -uroot -h127.0.0.1 -P"$db1" -e 'create database doorstep'
rm -f "$work/server-ed25519.key"
instance single "$port" "jdbc:mariadb://127.0.0.1:$db1/doorstep"; await_ready "$port"
run_phase "one MariaDB, 1 instance" "$port 1 16"
stop_instances
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (other work on this machine counts against these figures)"
