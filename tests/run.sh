#!/usr/bin/env bash
# Runs every test of the archive, browser tests included, twice: on the embedded SQLite store, then on a PostgreSQL
# server that tests/postgres/start.sh starts on 127.0.0.1 (and stops after). On a fresh Debian machine it first installs
# what is missing (chromium for the browser tests, wrk for the load check, postgresql for the second pass), then restores,
# builds and tests the whole solution. ARCHIVE_TEST_STORES="sqlite" (or "postgres") runs one pass only; further
# arguments go to dotnet test (a --filter is combined with the pass's own).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x "${ARCHIVE_CHROMIUM:-/usr/bin/chromium}" ]; then
    echo "Installing chromium for the browser tests..."
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

# wrk for the load check (50 concurrent readers against the app as a process on loopback; tests/Archive.Web.Tests/Faults).
if ! command -v wrk >/dev/null; then
    echo "Installing wrk for the load check..."
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
fi

# axe-core for the accessibility checks, pinned in the browser tests' package-lock.json; npm ci runs again only when the
# lock file changed since the last install (a copy of it is kept in node_modules).
axe_dir=tests/Archive.Browser.Tests
if ! command -v npm >/dev/null; then
    echo "Installing npm for the accessibility checks..."
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q npm
fi
if ! cmp -s "$axe_dir/package-lock.json" "$axe_dir/node_modules/.installed-lock.json" 2>/dev/null; then
    (cd "$axe_dir" && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.installed-lock.json)
fi

dotnet restore Archive.sln
dotnet build Archive.sln --no-restore -c Release

# Tests that only mean something on one store say so with a trait; each pass leaves out the other store's.
user_filter=
args=()
while [ $# -gt 0 ]; do
    if [ "$1" = --filter ]; then user_filter=$2; shift 2; else args+=("$1"); shift; fi
done
filter_for() { if [ -n "$user_filter" ]; then echo "(Store!=$1)&($user_filter)"; else echo "Store!=$1"; fi; }

log=$(mktemp -t archive-tests.XXXXXX)
count() { grep -oE "$1: +[0-9]+" "$2" | awk '{s+=$2} END {print s+0}'; }
rc=0
summary=()
run_pass() {
    local store=$1 excluded=$2 pass_log
    pass_log=$(mktemp -t archive-tests-$store.XXXXXX)
    echo "== Test pass on $store =="
    set +e
    ARCHIVE_TEST_STORE=$store dotnet test Archive.sln --no-build -c Release --filter "$(filter_for "$excluded")" "${args[@]}" 2>&1 | tee "$pass_log"
    local pass_rc=${PIPESTATUS[0]}
    set -e
    [ "$pass_rc" = 0 ] || rc=$pass_rc
    summary+=("$store: $(count Passed "$pass_log") passed, $(count Failed "$pass_log") failed, $(count Skipped "$pass_log") skipped")
    cat "$pass_log" >> "$log"
    rm -f "$pass_log"
}

stores=${ARCHIVE_TEST_STORES:-sqlite postgres}
for store in $stores; do
    case "$store" in
        sqlite) run_pass sqlite PostgresOnly ;;
        postgres)
            eval "$(tests/postgres/start.sh)"
            trap 'tests/postgres/stop.sh' EXIT
            run_pass postgres SqliteOnly
            tests/postgres/stop.sh
            trap - EXIT ;;
        *) echo "tests/run.sh: unknown store $store in ARCHIVE_TEST_STORES (sqlite, postgres)" >&2; exit 2 ;;
    esac
done
printf '%s\n' "${summary[@]}"
echo "$(count Passed "$log") passed, $(count Failed "$log") failed, $(count Skipped "$log") skipped"
rm -f "$log"
exit "$rc"
