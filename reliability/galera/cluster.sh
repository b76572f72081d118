#!/usr/bin/env bash
# A 3-node MariaDB Galera cluster on loopback ports, for the cluster test (GaleraClusterTest), the
# two-instance bench (bench-cluster.sh) and trying a deployment by hand (docs/deployment.md).
#
#   cluster.sh start          a new cluster on empty data: node 1 bootstraps it, nodes 2 and 3 join by SST
#   cluster.sh stop-node N    stops node N cleanly (the others go on as a cluster of two)
#   cluster.sh kill-node N    SIGKILLs node N, as when its machine fails
#   cluster.sh start-node N   starts node N again; it rejoins (IST from the others' cache) and catches up
#   cluster.sh stop           stops every node
#   cluster.sh status         each node's port, state and the cluster size it sees
#   cluster.sh single         node 1 alone on empty data without Galera (same binary and settings): the
#                             one-MariaDB baseline for bench/cluster-bench.sh; "stop" stops it
#
# Data under reliability/target/galera/nodeN (GALERA_DIR to move it). Ports (GALERA_PORT_BASE, default
# 14300, to move them all): SQL 14306..14308, group 14567..14569, IST 14667..14669, SST 14467..14469.
# Every node lets root in from 127.0.0.1 without a password: a test cluster, never a real one.
# Runs as root (CI does) or as an ordinary user who owns GALERA_DIR. As root the nodes run as the
# mysql user (GALERA_USER): the rsync daemon that receives a joining node's copy drops root to
# "nobody", which could not write a root-owned data directory.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
DIR="${GALERA_DIR:-$HERE/../target/galera}"
BASE="${GALERA_PORT_BASE:-14300}"
TIMEOUT="${GALERA_TIMEOUT:-90}"
MARIADBD="${MARIADBD:-/usr/sbin/mariadbd}"
PROVIDER="${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}"
NODES=(1 2 3)
if [ "$(id -u)" = 0 ]; then
  RUN_USER="${GALERA_USER:-mysql}"
else
  RUN_USER="$(id -un)"
fi

sql_port() { echo $((BASE + 5 + $1)); }      # 14306, 14307, 14308
group_port() { echo $((BASE + 266 + $1)); }  # 14567, 14568, 14569
ist_port() { echo $((BASE + 366 + $1)); }    # 14667, 14668, 14669
sst_port() { echo $((BASE + 166 + $1)); }    # 14467, 14468, 14469
node_dir() { echo "$DIR/node$1"; }
sock() { echo "$(node_dir "$1")/mariadb.sock"; }
pidfile() { echo "$(node_dir "$1")/mariadbd.pid"; }
# The pid of the mariadbd we launched (setsid execs it), known before it writes its own pid file.
launched() { echo "$(node_dir "$1")/launcher.pid"; }

die() { echo "cluster.sh: $*" >&2; exit 1; }

preflight() {
  [ -x "$MARIADBD" ] || die "no mariadbd at $MARIADBD (Debian: apt-get install -y mariadb-server)"
  [ -f "$PROVIDER" ] || die "no Galera provider at $PROVIDER (Debian: apt-get install -y galera-4)"
  command -v rsync >/dev/null || die "no rsync, which the nodes use to copy data to a joining node (apt-get install -y rsync)"
  command -v mariadb-install-db >/dev/null || die "no mariadb-install-db (Debian: apt-get install -y mariadb-server)"
  command -v wsrep_sst_rsync >/dev/null || die "no wsrep_sst_rsync (it comes with mariadb-server)"
  id "$RUN_USER" >/dev/null 2>&1 || die "no user $RUN_USER to run the nodes as (GALERA_USER names another)"
}

# The SQL client on a node's own socket; prints bare values.
q() {
  local n="$1"; shift
  mariadb --no-defaults -uroot --socket="$(sock "$n")" --connect-timeout=3 -N -B -e "$*" 2>/dev/null
}

pid_of() {
  local f; f="$(launched "$1")"
  [ -s "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"
}

write_config() {
  local n="$1" d; d="$(node_dir "$n")"
  local peers="127.0.0.1:$(group_port 1),127.0.0.1:$(group_port 2),127.0.0.1:$(group_port 3)"
  cat >"$d/my.cnf" <<CNF
[mysqld]
user=$RUN_USER
datadir=$d/data
socket=$(sock "$n")
pid-file=$(pidfile "$n")
log-error=$d/mariadbd.err
port=$(sql_port "$n")
bind-address=127.0.0.1
skip-name-resolve
performance_schema=OFF
innodb_buffer_pool_size=128M
innodb_log_file_size=64M
# The cluster is the durability: a commit is on every node's memory before it returns.
innodb_flush_log_at_trx_commit=2
max_connections=300

# What Galera requires
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# What Galera cannot replicate safely is refused here as it would misbehave there: a table without a
# primary key, DDL on a non-InnoDB table (so a migration that needs either fails in this test).
wsrep_mode=REQUIRED_PRIMARY_KEY,STRICT_REPLICATION

wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=doorstep-test
wsrep_cluster_address=gcomm://$peers
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$(group_port "$n")
wsrep_node_incoming_address=127.0.0.1:$(sql_port "$n")
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(sst_port "$n")
wsrep_slave_threads=2
# A lost node is noticed within about 3 s (defaults: 5 s suspected, 15 s evicted), so writes on the
# others stall only briefly; the gcache keeps enough for a restarted node to catch up by IST.
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(group_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=128M;evs.keepalive_period=PT0.5S;evs.suspect_timeout=PT2S;evs.inactive_check_period=PT0.5S;evs.inactive_timeout=PT3S;evs.install_timeout=PT3S;pc.wait_prim_timeout=PT30S"
CNF
}

install_node() {
  local n="$1" d; d="$(node_dir "$n")"
  rm -rf "$d" && mkdir -p "$d/data"
  write_config "$n"
  chown -R "$RUN_USER" "$d"
  # Root may connect from 127.0.0.1 without a password: the server instances use that (test cluster only).
  mariadb-install-db --defaults-file="$d/my.cnf" --auth-root-authentication-method=normal \
    --skip-test-db >"$d/install.log" 2>&1 || { tail -20 "$d/install.log" >&2; die "mariadb-install-db failed for node $n"; }
}

launch() {
  local n="$1"; shift
  local d; d="$(node_dir "$n")"
  [ -z "$(pid_of "$n")" ] || die "node $n is already running (pid $(pid_of "$n"))"
  setsid nohup "$MARIADBD" --defaults-file="$d/my.cnf" --user="$RUN_USER" "$@" >>"$d/console.log" 2>&1 </dev/null &
  echo $! >"$(launched "$n")"
}

# Waits until node N says Synced and sees a cluster of the given size.
await_synced() {
  local n="$1" size="$2" deadline=$((SECONDS + TIMEOUT)) state="" seen=""
  while [ $SECONDS -lt $deadline ]; do
    if [ -z "$(pid_of "$n")" ]; then
      tail -25 "$(node_dir "$n")/mariadbd.err" >&2 2>/dev/null || true
      die "node $n exited while starting (log: $(node_dir "$n")/mariadbd.err)"
    fi
    state="$(q "$n" "select variable_value from information_schema.global_status where variable_name='wsrep_local_state_comment'" || true)"
    seen="$(q "$n" "select variable_value from information_schema.global_status where variable_name='wsrep_cluster_size'" || true)"
    if [ "$state" = Synced ] && [ "$seen" = "$size" ]; then
      return 0
    fi
    sleep 0.5
  done
  tail -25 "$(node_dir "$n")/mariadbd.err" >&2 2>/dev/null || true
  die "node $n not Synced in a cluster of $size within ${TIMEOUT}s (state '${state:-no answer}', size '${seen:-?}'; log: $(node_dir "$n")/mariadbd.err)"
}

running_count() {
  local c=0 n
  for n in "${NODES[@]}"; do [ -n "$(pid_of "$n")" ] && c=$((c + 1)); done
  echo $c
}

# Every running node agrees on the size of the cluster.
await_all() {
  local size n; size="$(running_count)"
  for n in "${NODES[@]}"; do
    [ -n "$(pid_of "$n")" ] && await_synced "$n" "$size"
  done
  return 0
}

stop_node() {
  local n="$1" sig="${2:-TERM}" pid; pid="$(pid_of "$n" || true)"
  [ -n "$pid" ] || { echo "node $n is not running"; return 0; }
  kill -"$sig" "$pid"
  local deadline=$((SECONDS + TIMEOUT))
  while kill -0 "$pid" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || die "node $n (pid $pid) did not stop within ${TIMEOUT}s"
    sleep 0.2
  done
  rm -f "$(launched "$n")"
}

check_node() {
  case "${1:-}" in 1|2|3) ;; *) die "a node number, 1 to 3, is needed" ;; esac
}

cmd_start() {
  local n
  preflight
  for n in "${NODES[@]}"; do
    [ -z "$(pid_of "$n" || true)" ] || die "node $n is still running: cluster.sh stop first"
  done
  for n in "${NODES[@]}"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$(sql_port "$n")") 2>/dev/null; then
      die "port $(sql_port "$n") is taken by another program (GALERA_PORT_BASE moves the cluster's ports)"
    fi
  done
  mkdir -p "$DIR"
  # One installation, bootstrapped once and stopped cleanly, copied to nodes 2 and 3: they then hold
  # node 1's state to the transaction, join with nothing to transfer, and the cluster is up in seconds
  # instead of two mariadb-install-db runs and two full copies (SST) one after the other.
  install_node 1
  launch 1 --wsrep-new-cluster
  await_synced 1 1
  stop_node 1 TERM
  for n in 2 3; do
    local d; d="$(node_dir "$n")"
    rm -rf "$d" && mkdir -p "$d"
    write_config "$n"
    rsync -a --exclude galera.cache --exclude '*.pid' --exclude '*.sock' "$(node_dir 1)/data/" "$d/data/"
    sed -i 's/^safe_to_bootstrap: *1/safe_to_bootstrap: 0/' "$d/data/grastate.dat"
    chown -R "$RUN_USER" "$d"
  done
  launch 1 --wsrep-new-cluster
  await_synced 1 1
  # One at a time: two joiners at once wait for each other's transfer (and may fall back to a full copy).
  launch 2
  await_synced 2 2
  launch 3
  await_synced 3 3
  await_all
  echo "Galera cluster of 3 up: SQL on 127.0.0.1:$(sql_port 1),$(sql_port 2),$(sql_port 3) (user root, no password), data in $DIR"
}

# After a crash grastate.dat holds no position (seqno -1): ask InnoDB for it, as Debian's
# galera_recovery does, so the node rejoins by IST (what it missed) instead of a whole copy.
recovered_position() {
  local n="$1" d; d="$(node_dir "$n")"
  grep -q '^seqno: *-1' "$d/data/grastate.dat" 2>/dev/null || return 0
  local log="$d/recover.log"
  timeout "$TIMEOUT" "$MARIADBD" --defaults-file="$d/my.cnf" --user="$RUN_USER" --wsrep-recover \
    --log-error="$log" >/dev/null 2>&1 || true
  sed -n 's/.*WSREP: Recovered position: *\([^ ]*:[0-9-]*\).*/\1/p' "$log" | tail -1
}

cmd_start_node() {
  check_node "$1"
  preflight
  local n="$1" others size pos
  [ -d "$(node_dir "$n")/data" ] || die "node $n has no data directory: cluster.sh start first"
  others="$(running_count)"
  [ "$others" -gt 0 ] || die "no node is running to join: cluster.sh start makes a new cluster"
  pos="$(recovered_position "$n")"
  if [ -n "$pos" ]; then
    launch "$n" --wsrep-start-position="$pos"
  else
    launch "$n"
  fi
  size=$((others + 1))
  await_synced "$n" "$size"
  await_all
  echo "node $n rejoined: cluster of $size"
}

cmd_status() {
  local n
  for n in "${NODES[@]}"; do
    if [ -n "$(pid_of "$n" || true)" ]; then
      printf 'node %s  sql 127.0.0.1:%s  pid %s  %s  cluster size %s\n' "$n" "$(sql_port "$n")" "$(pid_of "$n")" \
        "$(q "$n" "select variable_value from information_schema.global_status where variable_name='wsrep_local_state_comment'" || echo '?')" \
        "$(q "$n" "select variable_value from information_schema.global_status where variable_name='wsrep_cluster_size'" || echo '?')"
    else
      printf 'node %s  sql 127.0.0.1:%s  stopped\n' "$n" "$(sql_port "$n")"
    fi
  done
}

cmd_single() {
  [ -x "$MARIADBD" ] || die "no mariadbd at $MARIADBD (Debian: apt-get install -y mariadb-server)"
  local n
  for n in "${NODES[@]}"; do
    [ -z "$(pid_of "$n" || true)" ] || die "node $n is still running: cluster.sh stop first"
  done
  mkdir -p "$DIR"
  install_node 1
  launch 1 --wsrep-provider=none --wsrep-on=OFF
  local deadline=$((SECONDS + TIMEOUT))
  until q 1 "select 1" >/dev/null; do
    [ -n "$(pid_of 1)" ] || die "node 1 exited while starting (log: $(node_dir 1)/mariadbd.err)"
    [ $SECONDS -lt $deadline ] || die "node 1 did not answer within ${TIMEOUT}s (log: $(node_dir 1)/mariadbd.err)"
    sleep 0.5
  done
  echo "one MariaDB, no Galera: SQL on 127.0.0.1:$(sql_port 1) (user root, no password), data in $DIR/node1"
}

case "${1:-}" in
  start) cmd_start ;;
  single) cmd_single ;;
  stop-node) check_node "${2:-}"; stop_node "$2" TERM; await_all; echo "node $2 stopped: cluster of $(running_count)" ;;
  kill-node) check_node "${2:-}"; stop_node "$2" KILL; await_all; echo "node $2 killed: cluster of $(running_count)" ;;
  start-node) cmd_start_node "${2:-}" ;;
  stop) for n in 3 2 1; do stop_node "$n" TERM; done; echo "cluster stopped" ;;
  status) cmd_status ;;
  *) echo "usage: cluster.sh start | stop-node N | kill-node N | start-node N | stop | status | single" >&2; exit 2 ;;
esac
