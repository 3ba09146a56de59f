#!/usr/bin/env bash
# `ps` and a no-op `up -d` inside `jcompose shell` (a warm JVM) beside Docker Compose v2 started cold, on the same
# running project of N services. The shell's per-command time is the difference between a session that runs the
# command K+1 times and one that runs it once, divided by K (so the JVM's start and the first, cold run drop out).
# Needs a running engine, the jcompose-test/busybox image and Compose v2 (COMPOSE2, default
# /opt/compose2/docker-compose). Usage: bench/shell-warm.sh [K] [N]   (defaults 20 and 30)
set -euo pipefail
cd "$(dirname "$0")/.."
k=${1:-20}
n=${2:-30}
c2=${COMPOSE2:-/opt/compose2/docker-compose}
[[ -x "$c2" ]] || { echo "error: Compose v2 not found at $c2" >&2; exit 2; }
[[ -x target/jcompose ]] || mvn -q -B -DskipTests package
jc=$PWD/target/jcompose
work=$(mktemp -d)
trap 'cd /; (cd "$work" && "$jc" -p bshell down -t 0 >/dev/null 2>&1); rm -rf "$work"' EXIT
cd "$work"
{
    echo "services:"
    for ((i = 0; i < n; i++)); do
        echo "  s$i:"
        echo "    image: jcompose-test/busybox:latest"
        echo "    command: [\"sh\", \"-c\", \"trap 'exit 0' TERM; sleep 300 & wait\"]"
    done
} >compose.yaml
"$jc" -p bshell up -d >/dev/null 2>&1

ms() { local t0; t0=$(date +%s%N); "$@" >/dev/null 2>&1; echo $((($(date +%s%N) - t0) / 1000000)); }
session() { # TIMES COMMAND: a shell session running COMMAND that many times
    local i
    for ((i = 0; i < $1; i++)); do echo "$2"; done >commands
    echo exit >>commands
    "$jc" -p bshell shell <commands
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for verb in "ps" "up -d"; do
    one=$(ms session 1 "$verb")
    many=$(ms session $((k + 1)) "$verb")
    cold=$(for _ in 1 2 3 4 5; do ms "$c2" -p bshell $verb; done | median)
    printf '%-6s  jcompose shell, warm: %4d ms a command   Compose v2, cold: %4d ms (median of 5)\n' \
        "$verb" $(((many - one) / k)) "$cold"
done
