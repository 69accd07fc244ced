#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 (Debian's packages, installed when missing) for the tests, and prints
# the variables that point the suite at it:  eval "$(tests/postgres/start.sh)"   …   tests/postgres/stop.sh
# ARCHIVE_PG is the connection string of a server database the tests may create databases from (one per test archive).
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "Installing PostgreSQL (apt-get install postgresql)…" >&2
    as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
    as_root apt-get update -q >&2 || true
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q postgresql >&2
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
if [ -z "${PGPORT:-}" ]; then PGPORT=55432; while ss -Hltn "sport = :$PGPORT" | grep -q .; do PGPORT=$((PGPORT+1)); done; fi
D=$(mktemp -d -t archive-pg.XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$D"
as_pg "$PGBIN/initdb" -D "$D/data" -U archive --auth=trust -E UTF8 --locale=C.UTF-8 >"$D/initdb.log"
# fsync off: a test server holds nothing worth keeping through a power cut, and the suite creates hundreds of databases.
# ARCHIVE_PG_DURABLE=1 keeps PostgreSQL's defaults instead (the benchmarks compare stores that both write durably).
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${ARCHIVE_PG_DURABLE:-0}" = 1 ] && durability=""
as_pg "$PGBIN/pg_ctl" -D "$D/data" -l "$D/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $D $durability -c max_connections=300" start >&2
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U archive archive
echo "export ARCHIVE_PGDIR=$D ARCHIVE_PG='Host=127.0.0.1;Port=$PGPORT;Username=archive;Database=archive'"
