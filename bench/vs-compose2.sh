#!/usr/bin/env bash
# jcompose beside Docker Compose v2 on the same engine, every everyday verb, taken in turns (one round runs each
# verb with jcompose, then with Compose v2, so that a busy moment of the machine hits both alike). For each row:
# the median wall time and client CPU (user+sys, from /usr/bin/time) of ROUNDS rounds, and the ratio
# jcompose / Compose v2. Peak memory (maximum resident set size) of `up -d` for 100 services is the last row.
#
# Needs a running engine and the jcompose-test/busybox image (scripts/engine-up.sh), and Compose v2
# (../shared/tools/get-compose2.sh installs it as /opt/compose2/docker-compose; COMPOSE2 names another binary).
# Usage: bench/vs-compose2.sh [ROUNDS] [SERVICES]   (defaults 3 and 30)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
n=${2:-30}
image=jcompose-test/busybox:latest
c2=${COMPOSE2:-/opt/compose2/docker-compose}
[[ -x "$c2" ]] || { echo "error: Compose v2 not found at $c2 (run ../shared/tools/get-compose2.sh)" >&2; exit 2; }
[[ -x target/jcompose ]] || mvn -q -B -DskipTests package
jc=$PWD/target/jcompose
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
cleanup() {
    cd /
    for tool in jc c2; do
        for d in flat chain hundred; do
            [[ -d "$work/$d" ]] || continue
            (cd "$work/$d" && if [[ $tool == jc ]]; then "$jc" -p "b$tool$d" down -v -t 0; else "$c2" -p "b$tool$d" down -v -t 0; fi) \
                >/dev/null 2>&1 || true
        done
    done
    rm -rf "$work"
}
trap cleanup EXIT

service() { # name extra-lines...
    echo "  $1:"
    echo "    image: $image"
    echo "    command: [\"sh\", \"-c\", \"trap 'exit 0' TERM; echo started \$\$HOSTNAME; sleep 300 & wait\"]"
    shift
    local l
    for l in "$@"; do echo "    $l"; done
}
mkdir -p "$work/flat" "$work/chain" "$work/hundred" "$work/large"
{ echo "services:"; for ((i = 0; i < n; i++)); do service "s$i" "environment: {INDEX: \"$i\"}"; done; } \
    >"$work/flat/compose.yaml"
{
    echo "services:"
    for ((i = 0; i < 10; i++)); do
        # healthy once it has run a second; checked every second
        lines=("healthcheck: {test: [\"CMD-SHELL\", \"test -f /up || (touch /up; false)\"], interval: 1s, timeout: 2s, retries: 30}")
        ((i > 0)) && lines+=("depends_on: {c$((i - 1)): {condition: service_healthy}}")
        service "c$i" "${lines[@]}"
    done
} >"$work/chain/compose.yaml"
{ echo "services:"; for ((i = 0; i < 100; i++)); do service "m$i" "environment: {INDEX: \"$i\"}"; done; } \
    >"$work/hundred/compose.yaml"
{
    echo "services:"
    for ((i = 0; i < 1000; i++)); do
        echo "  svc$i:"
        echo "    image: registry.example/app:1.$i"
        echo "    ports: [\"127.0.0.1:$((10000 + i)):8080\"]"
        echo "    environment: {SERVICE_INDEX: \"$i\"}"
        ((i > 0)) && echo "    depends_on: [svc$((i - 1))]"
    done
} >"$work/large/compose.yaml"

# After a down the engine goes on cleaning up (shims, network namespaces) for a while; the next run would pay
# for it. Wait until the load average is back down (or 20 s), so each tool starts on a settled engine.
settle() { local i; for ((i = 0; i < 40; i++)); do awk '{exit !($1 < 1.0)}' /proc/loadavg && return; sleep 0.5; done; }

declare -A wall cpu rss
# command TOOL ARGS...: the tool (jc or c2) with the project name of the current directory
command_of() {
    local t=$1
    shift
    local p="b$t$(basename "$PWD")"
    if [[ $t == jc ]]; then cmd=("$jc" -p "$p" "$@"); else cmd=("$c2" -p "$p" "$@"); fi
}
tool() { command_of "$@"; "${cmd[@]}"; }
# measure KEY TOOL ARGS...: runs it once, appends its wall ms and CPU ms to the key's lists
measure() {
    local key="$2 $1" out
    shift
    command_of "$@"
    if ! out=$(/usr/bin/time -f '%e %U %S %M' "${cmd[@]}" 2>&1 >/dev/null | tail -1); then
        echo "warning: failed: ${cmd[*]} (in $PWD)" >&2
        out=$(tail -1 <<<"$out")
    fi
    read -r e u s m <<<"$out"
    wall[$key]+="$(awk -v e="$e" 'BEGIN{printf "%d", e*1000}') "
    cpu[$key]+="$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%d", (u+s)*1000}') "
    rss[$key]=$m
}

for ((r = 0; r < rounds; r++)); do
    for t in jc c2; do
        cd "$work/flat"
        settle
        measure up "$t" up -d
        measure noop "$t" up -d
        measure ps "$t" ps
        measure logs "$t" logs --tail 10
        measure exec "$t" exec -T s0 true
        # one changed service of n: its environment differs
        sed -i 's/INDEX: "0"}/INDEX: "zero"}/' compose.yaml
        measure recreate1 "$t" up -d
        sed -i 's/INDEX: "zero"}/INDEX: "0"}/' compose.yaml
        tool "$t" up -d >/dev/null 2>&1
        measure restart "$t" restart -t 1
        measure stop "$t" stop -t 1
        tool "$t" up -d >/dev/null 2>&1
        settle
        measure down "$t" down -t 1
        measure version "$t" version
        cd "$work/large"
        measure config1000 "$t" config
        cd "$work/chain"
        settle
        measure chain "$t" up -d --wait
        tool "$t" down -t 0 >/dev/null 2>&1
    done
done
for t in jc c2; do
    cd "$work/hundred"
    settle
    measure up100 "$t" up -d
    tool "$t" down -t 0 >/dev/null 2>&1
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
row() { # label key
    local jw cw jc2 cc
    jw=$(median <<<"${wall[jc $2]}")
    cw=$(median <<<"${wall[c2 $2]}")
    jc2=$(median <<<"${cpu[jc $2]}")
    cc=$(median <<<"${cpu[c2 $2]}")
    printf '| %-38s | %7d | %7d | %5.2fx | %6d | %6d | %+6d |\n' "$1" "$jw" "$cw" "$(awk -v a="$jw" -v b="$cw" 'BEGIN{print (b>0)?a/b:0}')" \
        "$jc2" "$cc" "$((jc2 - cc))"
}
echo
echo "jcompose ($("$jc" version --short 2>/dev/null || echo '?')) vs Compose v2 ($("$c2" version --short)), engine $(docker version --format '{{.Server.Version}}'), $(nproc) cores, medians of $rounds rounds"
echo
echo "| run | jcompose wall ms | v2 wall ms | ratio | jcompose CPU ms | v2 CPU ms | CPU diff ms |"
echo "|---|---|---|---|---|---|---|"
row "up -d, $n services, from nothing" up
row "up -d, nothing changed" noop
row "ps" ps
row "logs --tail 10" logs
row "exec -T s0 true" exec
row "up -d, 1 of $n changed (recreate)" recreate1
row "restart, $n services" restart
row "stop, $n services" stop
row "down, $n running services" down
row "version" version
row "config, 1,000 services" config1000
row "10-deep service_healthy chain, up --wait" chain
printf '| %-38s | %7d | %7d | %5.2fx |\n' "up -d, 100 services (once)" "$(median <<<"${wall[jc up100]}")" \
    "$(median <<<"${wall[c2 up100]}")" "$(awk -v a="$(median <<<"${wall[jc up100]}")" -v b="$(median <<<"${wall[c2 up100]}")" 'BEGIN{print a/b}')"
echo
echo "peak RSS of up -d, 100 services: jcompose $((rss[jc up100] / 1024)) MiB, Compose v2 $((rss[c2 up100] / 1024)) MiB"
