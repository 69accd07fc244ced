#!/bin/bash
# pages.sh PORT PID LABEL [miss]: wrk -t2 -c16 for DUR (10s) on each page; prints path, req/s, p50, p99, non-2xx, then
# the app's VmRSS and VmHWM. With "miss" every request carries a new query string, so the output cache never answers.
PORT=$1; PID=$2; LABEL=$3; MODE=$4; D=${DUR:-10s}; HERE="$(dirname "$0")"
URLS="/ /browse /browse/2019 /browse/2019/09 /browse/2019/09/20 /browse/undated /speakers /speakers/mr-luns /organs /organs/general-assembly /organs/general-assembly/sessions/74 /kinds /kinds/statement /missions /missions/canada /documents/undated-statement-4dab77964e2d"
SCRIPT=(); [ "$MODE" = miss ] && SCRIPT=(-s "$HERE/miss.lua")
echo "# $LABEL ${MODE:-cached} $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg)"
for u in $URLS; do
  curl -s -o /dev/null "http://127.0.0.1:$PORT$u"; curl -s -o /dev/null "http://127.0.0.1:$PORT$u"
  out=$(wrk -t2 -c16 -d"$D" --latency "${SCRIPT[@]}" "http://127.0.0.1:$PORT$u" 2>&1)
  echo "$u $(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '/^ +50%/ {print $2}') $(echo "$out" | awk '/^ +99%/ {print $2}') $(echo "$out" | awk '/Non-2xx/ {print $5}')"
done
echo "VmRSS $(awk '/VmRSS/ {print $2, $3}' /proc/$PID/status) VmHWM $(awk '/VmHWM/ {print $2, $3}' /proc/$PID/status)"
