#!/bin/sh
# Sends requests one after another until Ctrl-C, then prints how many succeeded and how many failed.
# usage: ./load.sh [URL]     (default http://127.0.0.1:$WEB_PORT/, WEB_PORT defaulting to 8082)
url=${1:-http://127.0.0.1:${WEB_PORT:-8082}/}
ok=0
failed=0
trap 'echo; echo "ok=$ok failed=$failed"; exit 0' INT TERM
echo "sending requests to $url; Ctrl-C to stop"
while :; do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
        ok=$((ok + 1))
    else
        failed=$((failed + 1))
        echo "failed at $(date +%T)"
    fi
done
