#!/usr/bin/env bash
# What one note costs: server and database CPU per note and statements per note over one NoteLoad run
# (docs/benchmarks.md, issue 14). Needs the server and bench built (./doorstep bench does both) and
# bench/target/cp.txt. Usage, from the repository root:
#   bench/ingest-probe.sh NOTES CLIENTS BATCH [fresh]
# "fresh" (or no server answering) starts a bench-profile server on a new store under target/probe-data.
set -euo pipefail
cd "$(dirname "$0")/.."
notes=$1 clients=$2 batch=$3
data=$PWD/target/probe-data port=${DOORSTEP_PROBE_PORT:-18384}
jar=${JAR:-sync-server/target/quarkus-app/quarkus-run.jar}
if [ "${4:-}" = fresh ] || ! curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then
  [ -f "$data/pid" ] && kill "$(cat "$data/pid")" 2>/dev/null && sleep 3
  rm -rf "$data" && mkdir -p "$data"
  java -Xmx2g -Dquarkus.profile=bench -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
       -Ddoorstep.data-dir="$data" -jar "$jar" >"$data/server.log" 2>&1 &
  echo $! >"$data/pid"
  for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
fi
db_port=$(sed 's#.*:\([0-9]*\)/.*#\1#' "$data/mariadb-url")
sql() { mariadb -h127.0.0.1 -P"$db_port" -uroot -p"$(cat "$data/mariadb-password")" -N doorstep -e "$1"; }
server=$(cat "$data/pid"); db=$(pgrep -f "mariadbd.*$data" | head -1)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
users=$(printf 'bench.p%02d,' $(seq 1 16)); users=${users%,}
cp="bench/target/classes:$(cat bench/target/cp.txt)"
load() { java -cp "$cp" org.doorstep.bench.NoteLoad --server "http://127.0.0.1:$port" --notes "$1" --devices 16 \
           --concurrency "$clients" --batch "$batch" --users "$users" --password doorstep-bench --warmup 0; }
load 200 >/dev/null   # enrols the 16 tablets, so their password checks stay out of the figures
q0=$(sql "show global status like 'Questions'" | awk '{print $2}'); s0=$(ticks "$server"); d0=$(ticks "$db")
load "$notes" | tail -2
q1=$(sql "show global status like 'Questions'" | awk '{print $2}'); s1=$(ticks "$server"); d1=$(ticks "$db")
hz=$(getconf CLK_TCK)
awk -v n="$notes" -v q=$((q1 - q0)) -v s=$((s1 - s0)) -v d=$((d1 - d0)) -v hz="$hz" -v la="$(cut -d' ' -f1 /proc/loadavg)" \
  'BEGIN { printf "statements/note %.1f (NoteLoad enrols again: 16 sign-ins in it)  server CPU %.2f ms/note  mariadbd %.2f ms/note  load %s\n", q/n, s*1000/hz/n, d*1000/hz/n, la }'
