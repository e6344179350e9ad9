#!/usr/bin/env bash
# A private, throwaway PostgreSQL 15 cluster for the tests (docs/testing.md#postgresql).
#   tools/pgcluster.sh start DIR    initdb into DIR, start it, write DIR/uri (Unix socket) and DIR/tcp-uri
#   tools/pgcluster.sh stop DIR     stop it and remove its data (nothing to do when it is not running)
# Roles: `slipway`, superuser; every role is trusted on the Unix socket (the tests' people log in as
# themselves); `slipway_pw`, CREATEDB, with a password, scram-sha-256 on 127.0.0.1 (TCP asks every role for a
# password). Durability is off (fsync, synchronous_commit, full_page_writes):
# the data is thrown away anyway. PostgreSQL refuses to run as root: as root the server runs as $PGCLUSTER_USER
# (default nobody), in DIR when that user can reach it, otherwise in a folder under /tmp that DIR/cluster-path names.
set -euo pipefail

usage() {
  echo "usage: $0 start|stop DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
action=$1
dir=$2
bin=${PGBIN:-/usr/lib/postgresql/15/bin}
[ -x "$bin/initdb" ] || bin=$(pg_config --bindir 2>/dev/null || true)
[ -x "$bin/initdb" ] || { echo "pgcluster: no PostgreSQL 15 (install postgresql-15)" >&2; exit 1; }

owner=""
if [ "$(id -u)" -eq 0 ]; then
  owner=${PGCLUSTER_USER:-nobody}
fi
as_owner() {
  if [ -n "$owner" ]; then
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}

# The folder holding data/ and the socket: DIR itself, or the one DIR/cluster-path names.
cluster_root() {
  if [ -f "$dir/cluster-path" ]; then cat "$dir/cluster-path"; else echo "$dir"; fi
}

stop() {
  [ -d "$dir" ] || return 0
  local root
  root=$(cluster_root)
  if [ -f "$root/data/postmaster.pid" ]; then
    # immediate: no checkpoint, the data is thrown away below.
    as_owner "$bin/pg_ctl" -D "$root/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$root/data" "$root/socket"
  [ "$root" != "$dir" ] && rm -rf "$root"
  rm -f "$dir/cluster-path" "$dir/uri" "$dir/tcp-uri" "$dir/port"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# A root the server's user can write, with a socket path short enough for sun_path (107 bytes).
prepare_root() {
  local root=$dir
  if [ -n "$owner" ]; then
    chown "$owner": "$dir"
    runuser -u "$owner" -- test -w "$dir" -a -x "$dir" || root=""
  fi
  if [ -z "$root" ] || [ ${#root} -gt 80 ]; then
    root=$(mktemp -d /tmp/slipway-pg.XXXXXX)
    [ -n "$owner" ] && chown "$owner": "$root"
    echo "$root" >"$dir/cluster-path"
  fi
  chmod 755 "$root"
  echo "$root"
}

write_config() {
  local data=$1 socket=$2 port=$3
  cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$socket'
unix_socket_permissions = 0777
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
shared_buffers = 64MB
log_min_messages = warning
log_min_error_statement = error
EOF
  cat >"$data/pg_hba.conf" <<EOF
local all all trust
host all all 127.0.0.1/32 scram-sha-256
EOF
}

start() {
  stop
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  local root data socket port password
  root=$(prepare_root)
  data=$root/data
  socket=$root/socket
  as_owner mkdir -p "$socket"
  as_owner "$bin/initdb" -D "$data" -U slipway -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }
  password=pw$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  for attempt in 1 2 3; do
    port=$(free_port)
    write_config "$data" "$socket" "$port"
    # The log goes where the server's user can write it; a copy of its path is in DIR.
    if as_owner "$bin/pg_ctl" -D "$data" -l "$root/postgres.log" -w -t 60 start >/dev/null; then
      break
    fi
    [ "$attempt" -eq 3 ] && { cat "$root/postgres.log" >&2; exit 1; }
  done
  "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$socket" -p "$port" -U slipway -d postgres \
    -c "CREATE ROLE slipway_pw LOGIN CREATEDB PASSWORD '$password'" >/dev/null
  local encoded=${socket//\//%2F}
  echo "postgresql://slipway@$encoded:$port/postgres" >"$dir/uri"
  echo "postgresql://slipway_pw:$password@127.0.0.1:$port/postgres" >"$dir/tcp-uri"
  echo "$port" >"$dir/port"
  echo "pgcluster: PostgreSQL $("$bin/postgres" -V | awk '{print $3}') on $socket and 127.0.0.1:$port"
}

case $action in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
