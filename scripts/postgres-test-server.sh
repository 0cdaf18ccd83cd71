#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `start DIR PORT` initialises DIR (owned by the
# postgres user, which PostgreSQL requires when run by root), starts the server on 127.0.0.1:PORT
# with trust authentication on loopback only, creates the database `accord_test` and prints its
# URL; `stop DIR` stops it. Uses Debian's postgresql package (/usr/lib/postgresql/N/bin).
set -euo pipefail

bin_dir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [ -n "$dir" ] || { echo "postgres-test-server: Debian's postgresql is not installed" >&2; exit 1; }
    echo "$dir"
}

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
    dir="$2" port="$3" bin=$(bin_dir)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_postgres "$bin/initdb" --pgdata="$dir/data" --username=postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    # Loopback only, no Unix socket outside the cluster's folder, and the settings that the
    # anonymity check demands: no commit timestamps, no statement logging. The test suites run
    # in parallel, each store with its own connections: more than the default 100 at a time.
    as_postgres "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=400 -c log_lock_waits=on -c log_autovacuum_min_duration=0" \
        start >/dev/null
    as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c 'CREATE DATABASE accord_test' postgres
    echo "postgres://postgres@127.0.0.1:$port/accord_test"
    ;;
stop)
    dir="$2" bin=$(bin_dir)
    [ -d "$dir/data" ] && as_postgres "$bin/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >/dev/null || true
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
