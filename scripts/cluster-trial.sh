#!/usr/bin/env bash
# Floor on several nodes, on one machine: PostgreSQL 15, Redis, two Floor
# nodes and HAProxy in front of them (docs/deploy.md).
#
#   scripts/cluster-trial.sh [start] [--background] [DIR]   start; Ctrl+C stops everything
#   scripts/cluster-trial.sh status [DIR]                   what runs, with PIDs
#   scripts/cluster-trial.sh stop [DIR]                     stop what a --background start left
#
# DIR holds the database, the logs and the PIDs: a new temporary folder when
# left out (removed again on stop), or a folder that is kept and reused
# (its meetings with it). stop and status without DIR use the last one started.
#
# Ports and paths (defaults in brackets): FLOOR_TRIAL_PORT [8080] and
# FLOOR_TRIAL_BIND [0.0.0.0] for HAProxy, FLOOR_TRIAL_NODE_PORTS ["3001 3002"],
# FLOOR_TRIAL_PG_PORT [54329], FLOOR_TRIAL_REDIS_PORT [63799],
# FLOOR_TRIAL_STATS_PORT [8404] (HAProxy's status page, on 127.0.0.1),
# FLOOR_TRIAL_PG_BIN [/usr/lib/postgresql/15/bin]. FLOOR_PUBLIC_URL [this
# machine's address on the network, at HAProxy's port]; FLOOR_CHAIR_TOKEN,
# FLOOR_ADMIN_TOKEN and LOG_LEVEL reach both nodes unchanged.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
last_file="${TMPDIR:-/tmp}/floor-cluster-trial.last"

lb_port=${FLOOR_TRIAL_PORT:-8080}
lb_bind=${FLOOR_TRIAL_BIND:-0.0.0.0}
read -r -a node_ports <<<"${FLOOR_TRIAL_NODE_PORTS:-3001 3002}"
pg_port=${FLOOR_TRIAL_PG_PORT:-54329}
redis_port=${FLOOR_TRIAL_REDIS_PORT:-63799}
stats_port=${FLOOR_TRIAL_STATS_PORT:-8404}
pg_bin=${FLOOR_TRIAL_PG_BIN:-/usr/lib/postgresql/15/bin}

say() { printf '%s\n' "$*"; }
fail() { printf 'cluster-trial: %s\n' "$*" >&2; exit 1; }

# ---- processes, by PID --------------------------------------------------

# The PID kept in a file, if that process still runs the program we started (a PID may be reused).
live_pid() { # file program
  local pid
  [[ -s $1 ]] || return 1
  pid=$(head -n 1 "$1")
  [[ $pid =~ ^[0-9]+$ ]] && running "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2" || return 1
  printf '%s' "$pid"
}

# Whether the process runs; one that has ended but is not reaped yet (a zombie) does not.
running() { # pid
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $state != Z* ]]
}

# Sends a signal, waits up to `seconds` for the process to end, then kills it.
stop_pid() { # name pid signal seconds
  local name=$1 pid=$2 tenths=$(($4 * 10))
  kill "-$3" "$pid" 2>/dev/null || return 0
  while running "$pid" && ((tenths-- > 0)); do sleep 0.1; done
  if running "$pid"; then
    say "  $name (pid $pid) did not stop: kill -9"
    kill -9 "$pid" 2>/dev/null || true
  fi
  say "  stopped $name (pid $pid)"
}

# Everything a start left in DIR, the balancer first and the database last.
stop_all() { # dir
  local dir=$1 pid i
  say "Stopping the trial in $dir"
  if pid=$(live_pid "$dir/run/haproxy.pid" haproxy); then stop_pid haproxy "$pid" TERM 5; fi
  for ((i = ${#node_ports[@]}; i >= 1; i--)); do
    if pid=$(live_pid "$dir/run/node$i.pid" main.js); then stop_pid "node$i" "$pid" TERM 10; fi
  done
  # Nodes started from another setting of FLOOR_TRIAL_NODE_PORTS.
  for file in "$dir"/run/node*.pid; do
    [[ -e $file ]] || continue
    if pid=$(live_pid "$file" main.js); then stop_pid "$(basename "$file" .pid)" "$pid" TERM 10; fi
  done
  if pid=$(live_pid "$dir/run/redis.pid" redis-server); then stop_pid redis "$pid" TERM 10; fi
  # SIGINT is PostgreSQL's fast shutdown: sessions are ended, the data is flushed.
  if pid=$(live_pid "$dir/postgres/data/postmaster.pid" postgres); then stop_pid postgresql "$pid" INT 30; fi
  if [[ -e $dir/.temporary ]]; then
    rm -rf -- "$dir"
    say "Removed the temporary folder $dir"
  else
    say "The data and logs stay in $dir"
  fi
  [[ $(cat "$last_file" 2>/dev/null) == "$dir" ]] && rm -f "$last_file"
  return 0
}

status() { # dir
  local dir=$1 pid file name
  say "Trial in $dir"
  for file in "$dir/run/haproxy.pid" "$dir"/run/node*.pid "$dir/run/redis.pid" "$dir/postgres/data/postmaster.pid"; do
    name=$(basename "$file" .pid)
    case $name in haproxy) program=haproxy ;; redis) program=redis-server ;; postmaster) name=postgresql program=postgres ;; *) program=main.js ;; esac
    if pid=$(live_pid "$file" "$program"); then say "  $name: running, pid $pid"; else say "  $name: not running"; fi
  done
  # shellcheck disable=SC1091
  [[ -s $dir/run/ports ]] && . "$dir/run/ports" && servers_of_balancer "$stats_port" | sed 's/^/  haproxy sees /'
  return 0
}

# "node1 UP" per line, from HAProxy's status page.
servers_of_balancer() { # stats port
  curl -fsS --max-time 1 "http://127.0.0.1:$1/;csv" 2>/dev/null | awk -F, '$1 == "floor_nodes" && $2 != "BACKEND" { print $2, $18 }'
}

# ---- start ---------------------------------------------------------------

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_until() { # seconds description command...
  local tenths=$(($1 * 10)) what=$2
  shift 2
  until "$@"; do
    ((tenths-- > 0)) || fail "$what did not come up; see the logs in $dir"
    sleep 0.1
  done
}

healthy() { curl -fs --max-time 1 -o /dev/null "http://127.0.0.1:$1/healthz"; }

node_healthy() { # index port
  live_pid "$dir/run/node$1.pid" main.js >/dev/null || {
    tail -n 5 "$dir/node$1.log" >&2
    fail "node$1 stopped (its log: $dir/node$1.log)"
  }
  healthy "$2"
}

both_up() { [[ $(servers_of_balancer "$stats_port" | grep -c ' UP$') -eq ${#node_ports[@]} ]]; }

# A command as the postgres user when we are root (initdb refuses root), as ourselves otherwise.
as_postgres() {
  if [[ $EUID -eq 0 ]]; then su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; else "$@"; fi
}

start_postgres() {
  local pg=$dir/postgres
  mkdir -p "$pg"
  if [[ $EUID -eq 0 ]]; then
    chown postgres: "$pg"
    su postgres -s /bin/sh -c "test -w $(printf '%q' "$pg")" ||
      fail "the postgres user cannot reach $pg: choose a folder every user may enter (not under /root)"
  fi
  if [[ ! -s $pg/data/PG_VERSION ]]; then
    say "Creating a PostgreSQL cluster in $pg/data"
    as_postgres "$pg_bin/initdb" -D "$pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg/initdb.log" 2>&1 ||
      { tail -n 5 "$pg/initdb.log" >&2; fail "initdb failed"; }
  fi
  as_postgres "$pg_bin/pg_ctl" -D "$pg/data" -l "$pg/log" -w \
    -o "-p $pg_port -k $pg -c listen_addresses=127.0.0.1" start >/dev/null ||
    { tail -n 5 "$pg/log" >&2; fail "PostgreSQL did not start"; }
  if [[ -z $("$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "select 1 from pg_database where datname = 'floor'") ]]; then
    "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres floor
  fi
  say "  postgresql: pid $(head -n 1 "$pg/data/postmaster.pid"), port $pg_port, database floor"
}

start_redis() {
  # Nothing to keep: what crosses Redis is already in PostgreSQL.
  redis-server --daemonize yes --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no \
    --pidfile "$dir/run/redis.pid" --logfile "$dir/redis.log" --dir "$dir" >/dev/null
  wait_until 10 Redis port_in_use "$redis_port"
  wait_until 5 Redis test -s "$dir/run/redis.pid"
  say "  redis: pid $(cat "$dir/run/redis.pid"), port $redis_port"
}

start_nodes() {
  local i port
  for i in "${!node_ports[@]}"; do
    port=${node_ports[$i]}
    # nohup: a --background trial outlives its terminal.
    PORT=$port HOST=127.0.0.1 FLOOR_DATA_DIR="$dir/node$((i + 1))" \
      FLOOR_DATABASE_URL="postgres://postgres@127.0.0.1:$pg_port/floor" \
      FLOOR_REDIS_URL="redis://127.0.0.1:$redis_port" FLOOR_PUBLIC_URL="$public_url" FLOOR_TRUSTED_PROXIES=127.0.0.1 \
      nohup node "$root/server/dist/main.js" >"$dir/node$((i + 1)).log" 2>&1 &
    echo $! >"$dir/run/node$((i + 1)).pid"
  done
  for i in "${!node_ports[@]}"; do
    wait_until 60 "node$((i + 1))" node_healthy "$((i + 1))" "${node_ports[$i]}"
    say "  node$((i + 1)): pid $(cat "$dir/run/node$((i + 1)).pid"), port ${node_ports[$i]}, log $dir/node$((i + 1)).log"
  done
}

start_haproxy() {
  export FLOOR_LB_BIND="$lb_bind:$lb_port" FLOOR_LB_STATS="127.0.0.1:$stats_port"
  export FLOOR_NODE1="127.0.0.1:${node_ports[0]}" FLOOR_NODE2="127.0.0.1:${node_ports[1]}"
  haproxy -q -c -f "$root/scripts/haproxy.cfg" || fail "scripts/haproxy.cfg does not check"
  haproxy -f "$root/scripts/haproxy.cfg" -D -p "$dir/run/haproxy.pid"
  wait_until 10 HAProxy both_up
  say "  haproxy: pid $(cat "$dir/run/haproxy.pid"), port $lb_port, status page http://127.0.0.1:$stats_port/"
}

# The address tablets on the network reach, as the server itself would print it.
default_public_url() {
  local ip
  ip=$(hostname -I 2>/dev/null | awk '{ print $1 }')
  printf 'http://%s:%s' "${ip:-localhost}" "$lb_port"
}

start() { # dir background
  local background=$2
  dir=$1
  ((${#node_ports[@]} == 2)) || fail "FLOOR_TRIAL_NODE_PORTS must name two ports (scripts/haproxy.cfg has two servers)"
  for tool in "$pg_bin/initdb" redis-server haproxy node curl; do
    command -v "$tool" >/dev/null || fail "$tool is missing"
  done
  for port in "$lb_port" "${node_ports[@]}" "$pg_port" "$redis_port" "$stats_port"; do
    ! port_in_use "$port" || fail "port $port is in use (another trial? scripts/cluster-trial.sh status)"
  done
  public_url=${FLOOR_PUBLIC_URL:-$(default_public_url)}

  if [[ -z $dir ]]; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/floor-cluster-trial.XXXXXX")
    touch "$dir/.temporary"
  fi
  mkdir -p "$dir/run"
  dir=$(cd "$dir" && pwd)
  # PostgreSQL's own user enters it.
  [[ $EUID -ne 0 ]] || chmod 755 "$dir"
  echo "$dir" >"$last_file"
  printf 'stats_port=%q\n' "$stats_port" >"$dir/run/ports"
  # Whatever fails from here on stops what was started, and keeps the logs.
  trap 'say "Start failed."; rm -f "$dir/.temporary"; stop_all "$dir"' EXIT

  (cd "$root" && node --input-type=module -e \
    "const b = await import('./scripts/buildIfStale.mjs'); b.buildClientIfStale(); b.buildServerIfStale()")

  say "Starting in $dir"
  start_postgres
  start_redis
  start_nodes
  start_haproxy
  trap - EXIT

  say ""
  say "Floor on two nodes behind HAProxy: open $public_url/"
  say "(pages are accepted from that address; set FLOOR_PUBLIC_URL to the one you will type)"
  grep -E '^  (Floor is|Setup page|Chair console|Room display|Webcast|Tablet links)' "$dir/node1.log" || true
  say ""
  say "Kill a node to see its clients move: kill -9 $(cat "$dir/run/node1.pid")   (node1)"
  if [[ $background == yes ]]; then
    say "Stop everything with: $0 stop $([[ -e $dir/.temporary ]] || printf '%q' "$dir")"
    return
  fi
  say "Ctrl+C stops everything."
  trap 'say ""; stop_all "$dir"; exit 0' INT TERM
  while :; do sleep 1 & wait $!; done
}

# ---- command line -----------------------------------------------------------

command=start background=no dir=
for arg in "$@"; do
  case $arg in
    start | stop | status) command=$arg ;;
    --background | -b) background=yes ;;
    -h | --help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) fail "unknown option $arg (see --help)" ;;
    *) dir=$arg ;;
  esac
done

case $command in
  start) start "$dir" "$background" ;;
  stop | status)
    dir=${dir:-$(cat "$last_file" 2>/dev/null || true)}
    [[ -n $dir && -d $dir ]] || fail "no trial to $command (give its folder)"
    dir=$(cd "$dir" && pwd)
    if [[ $command == stop ]]; then stop_all "$dir"; else status "$dir"; fi
    ;;
esac
