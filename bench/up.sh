#!/usr/bin/env bash
# up -d of N independent services (default 30), side by side on the same engine:
#   jcompose up -d from nothing, jcompose up -d again with nothing changed (the no-op),
#   Debian's docker-compose (1.29) doing the same, and the engine floor: the same containers created and started
#   through the engine adapter directly, all in parallel, in a JVM that has done it once already.
# Also the 10-deep dependency chain: jcompose up -d wall time against the sum of the engine's own start times,
# and the peak memory (maximum resident set size) of jcompose up -d for 100 services.
# Needs a running engine and the jcompose-test/busybox image (scripts/engine-up.sh). Usage: bench/up.sh [N] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-30}
rounds=${2:-3}
image=jcompose-test/busybox:latest
[[ -x target/jcompose ]] || mvn -q -B -DskipTests package
jc=$PWD/target/jcompose
work=$(mktemp -d)
trap 'cd /; (cd "$work/flat" && "$jc" down -t 1 >/dev/null 2>&1; cd "$work/chain" && "$jc" down -t 1 >/dev/null 2>&1; cd "$work/hundred" && "$jc" -p jcmem down -t 1 >/dev/null 2>&1) || true; rm -rf "$work"' EXIT

mkdir -p "$work/flat" "$work/chain" "$work/hundred" "$work/classes"
{
    echo "services:"
    for ((i = 0; i < n; i++)); do
        echo "  s$i:"
        echo "    image: $image"
        echo "    command: [\"sh\", \"-c\", \"trap 'exit 0' TERM; sleep 300 & wait\"]"
    done
} >"$work/flat/compose.yaml"
{
    echo "services:"
    for ((i = 0; i < 10; i++)); do
        echo "  c$i:"
        echo "    image: $image"
        echo "    command: [\"sh\", \"-c\", \"trap 'exit 0' TERM; sleep 300 & wait\"]"
        ((i > 0)) && echo "    depends_on: [c$((i - 1))]"
    done
} >"$work/chain/compose.yaml"

{
    echo "services:"
    for ((i = 0; i < 100; i++)); do
        echo "  m$i:"
        echo "    image: $image"
        echo "    command: [\"sh\", \"-c\", \"trap 'exit 0' TERM; sleep 300 & wait\"]"
        echo "    environment: {INDEX: \"$i\"}"
    done
} >"$work/hundred/compose.yaml"

# After a down the engine goes on cleaning up (shims, network namespaces) for a while; the next run would pay
# for it. Wait until the load average is back down (or 20 s), so each tool starts on a settled engine.
settle() { local i; for ((i = 0; i < 40; i++)); do awk '{exit !($1 < 1.5)}' /proc/loadavg && return; sleep 0.5; done; }
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); echo $(((t1 - t0) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

cd "$work/flat"
declare -a fresh noop dc_fresh dc_noop floor floor_net
for ((r = 0; r < rounds; r++)); do
    settle
    fresh+=("$(ms "$jc" -p jcbench up -d)")
    noop+=("$(ms "$jc" -p jcbench up -d)")
    "$jc" -p jcbench down -t 1 >/dev/null 2>&1
    if command -v docker-compose >/dev/null 2>&1; then
        settle
        dc_fresh+=("$(ms docker-compose -p dcbench up -d)")
        dc_noop+=("$(ms docker-compose -p dcbench up -d)")
        docker-compose -p dcbench down -t 1 >/dev/null 2>&1
    fi
done
javac -d "$work/classes" -cp "$OLDPWD/target/classes:$OLDPWD/target/lib/*" "$OLDPWD/bench/src/EngineFloor.java"
for ((r = 0; r < rounds; r++)); do
    settle
    floor+=("$(java -cp "$work/classes:$OLDPWD/target/classes:$OLDPWD/target/lib/*" EngineFloor "$n" "$image" | tail -1)")
    settle
    floor_net+=("$(java -cp "$work/classes:$OLDPWD/target/classes:$OLDPWD/target/lib/*" EngineFloor "$n" "$image" network | tail -1)")
done

cd "$work/chain"
"$jc" -p jcchain up -d >/dev/null 2>&1 && "$jc" -p jcchain down -t 1 >/dev/null 2>&1
settle
chain_wall=$(ms "$jc" -p jcchain up -d)
# The engine's own start time of each container: from its creation to its StartedAt.
chain_engine=$(docker ps -q --filter label=com.docker.compose.project=jcchain | xargs docker inspect \
    --format '{{.Created}} {{.State.StartedAt}}' | python3 -c '
import sys, datetime
def t(s): return datetime.datetime.fromisoformat(s[:26].rstrip("Z")).timestamp()
print(int(sum(t(b) - t(a) for a, b in (l.split() for l in sys.stdin)) * 1000))')
"$jc" -p jcchain down -t 1 >/dev/null 2>&1

cd "$work/hundred"
peak_kb=$(/usr/bin/time -f '%M' "$jc" -p jcmem up -d 2>&1 >/dev/null | tail -1)
# A failed teardown is reported, not fatal: the figures above are already measured. (Seen once: Docker 20.10 kept
# an endpoint count for a network after all its containers were gone, and refused to remove it until restarted.)
"$jc" -p jcmem down -t 1 >/dev/null 2>&1 || echo "warning: jcompose -p jcmem down failed in $work/hundred" >&2

printf 'up -d, %d services, median of %d rounds (ms):\n' "$n" "$rounds"
printf '  jcompose up -d (from nothing)   %6d   [%s]\n' "$(printf '%s\n' "${fresh[@]}" | median)" "${fresh[*]}"
printf '  jcompose up -d (no change)      %6d   [%s]\n' "$(printf '%s\n' "${noop[@]}" | median)" "${noop[*]}"
if ((${#dc_fresh[@]})); then
    printf '  docker-compose up -d            %6d   [%s]\n' "$(printf '%s\n' "${dc_fresh[@]}" | median)" "${dc_fresh[*]}"
    printf '  docker-compose up -d (no change)%6d   [%s]\n' "$(printf '%s\n' "${dc_noop[@]}" | median)" "${dc_noop[*]}"
fi
printf '  engine floor (docker-java, warm)%6d   [%s]   default bridge\n' "$(printf '%s\n' "${floor[@]}" | median)" "${floor[*]}"
printf '  engine floor, project network   %6d   [%s]   the same containers as jcompose makes\n' \
    "$(printf '%s\n' "${floor_net[@]}" | median)" "${floor_net[*]}"
printf '10-deep chain: jcompose up -d %d ms; sum of the engine'"'"'s own create-to-start times %d ms\n' \
    "$chain_wall" "$chain_engine"
printf 'peak memory of jcompose up -d for 100 services: %d MiB (maximum resident set size)\n' "$((peak_kb / 1024))"
