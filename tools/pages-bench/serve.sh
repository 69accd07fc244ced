#!/bin/bash
# serve.sh DB PORT: the web app (Release, already built) on DB with seeds skipped, in the background; prints the app's pid.
set -e
cd "$(dirname "$0")/../../src/Archive.Web"
ConnectionStrings__Archive="Data Source=$1" Archive__SeedsPath="" \
  nohup dotnet run -c Release --no-build --no-launch-profile --urls "http://127.0.0.1:$2" > "/tmp/pages-serve-$2.log" 2>&1 &
sleep 10
pgrep -f "Archive.Web --urls http://127.0.0.1:$2" | head -1
