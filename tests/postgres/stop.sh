#!/usr/bin/env bash
# Stops the server tests/postgres/start.sh started (ARCHIVE_PGDIR) and removes its files.
set -euo pipefail
[ -n "${ARCHIVE_PGDIR:-}" ] && [ -d "$ARCHIVE_PGDIR" ] || exit 0
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$PGBIN/pg_ctl" -D "$ARCHIVE_PGDIR/data" -m fast -w stop >&2 || true
rm -rf "$ARCHIVE_PGDIR"
