#!/usr/bin/env bash
# Runs every test of the archive, browser tests included. On a fresh Debian machine it first installs
# what is missing (chromium for the browser tests, wrk for the load check), then restores, builds and tests the whole solution.
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

log=$(mktemp -t archive-tests.XXXXXX)
set +e
dotnet test Archive.sln --no-build -c Release "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
count() { grep -oE "$1: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}'; }
echo "$(count Passed) passed, $(count Failed) failed, $(count Skipped) skipped"
rm -f "$log"
exit "$rc"
