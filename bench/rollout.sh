#!/usr/bin/env bash
# Failed requests and wall time while a 2-replica HTTP service is redeployed under steady load, three ways, in the
# same run on the same engine:
#   jcompose rollout  - the service behind its front (deploy.update_config.order: start-first), batch by batch;
#   jcompose recreate - the same service without a front: up's stop-then-start recreate (Docker Compose's way);
#   docker-compose    - Debian's docker-compose 1.29 recreating the same (one replica: two cannot share a host port).
# Per batch it also reports the time the new replica's healthcheck needed to pass, and the overhead beyond it.
# Needs a running engine, jcompose-test/busybox and jcompose-test/nginx:bookworm (scripts/build-test-images.sh).
# Usage: bench/rollout.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
image=jcompose-test/busybox:latest
export JCOMPOSE_FRONT_IMAGE=${JCOMPOSE_FRONT_IMAGE:-jcompose-test/nginx:bookworm}
[[ -x target/jcompose ]] || mvn -q -B -DskipTests package
jc=$PWD/target/jcompose
work=$(mktemp -d)
cleanup() {
    cd /
    (cd "$work/front" && "$jc" -p jcbroll down -t 1 >/dev/null 2>&1) || true
    (cd "$work/plain" && "$jc" -p jcbplain down -t 1 >/dev/null 2>&1) || true
    (cd "$work/dc" && docker-compose -p dcbroll down -t 1 >/dev/null 2>&1) || true
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/front" "$work/plain" "$work/dc" "$work/classes"
javac -d "$work/classes" bench/src/LoadCounter.java
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# write DIR VERSION PORT REPLICAS FRONT(yes|no)
write() {
    local deploy="    deploy:
      replicas: $4"
    [[ $5 == yes ]] && deploy+="
      update_config:
        order: start-first"
    cat >"$1/compose.yaml" <<YAML
services:
  web:
    image: $image
    init: true
    command: ["sh", "-c", "mkdir -p /www && echo \$\$VERSION > /www/index.html && exec httpd -f -p 8080 -h /www"]
    environment:
      VERSION: "$2"
    ports:
      - target: 8080
        published: "$3"
        host_ip: 127.0.0.1
        app_protocol: http
    healthcheck:
      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
      interval: 1s
      timeout: 2s
      retries: 3
$deploy
YAML
}

# measure LABEL DIR PORT COMMAND...: runs COMMAND under load; prints failed/total and the wall time
measure() {
    local label=$1 dir=$2 p=$3 stop t0 t1 result
    shift 3
    stop="$work/stop-$RANDOM"
    java -cp "$work/classes" LoadCounter "$p" "$stop" 2 >"$work/load.out" &
    local load=$!
    sleep 1
    t0=$(date +%s%N)
    (cd "$dir" && "$@") >"$work/cmd.out" 2>&1 || { echo "$label failed:"; cat "$work/cmd.out"; }
    t1=$(date +%s%N)
    sleep 1
    touch "$stop"
    wait "$load"
    result=$(cat "$work/load.out")
    last_wall=$(((t1 - t0) / 1000000))
    printf '%-20s %-28s wall %6d ms\n' "$label" "$result" "$last_wall"
}

# stamped COMMAND...: runs COMMAND with each output line prefixed by the time it arrived (ns since the epoch)
stamped() {
    "$@" 2>&1 | while IFS= read -r line; do printf '%s %s\n' "$(date +%s%N)" "$line"; done
    return "${PIPESTATUS[0]}"
}

# healthy_after NAME: ms from the container's start to the end of its first passing healthcheck
healthy_after() {
    docker inspect -f '{{.State.StartedAt}} {{range .State.Health.Log}}{{if eq .ExitCode 0}}{{.End.UnixNano}} {{end}}{{end}}' "$1" |
        python3 -c '
import sys, datetime
parts = sys.stdin.read().split()
head, _, frac = parts[0].rstrip("Z").partition(".")
started = datetime.datetime.fromisoformat(head).replace(tzinfo=datetime.timezone.utc).timestamp() + float("0." + (frac or "0"))
print(int((int(parts[1]) / 1e9 - started) * 1000) if len(parts) > 1 else -1)'
}

p_front=$(port); p_plain=$(port); p_dc=$(port)
echo "rounds: $rounds; each round redeploys once under 2 clients sending one request per new connection"
for ((r = 1; r <= rounds; r++)); do
    write "$work/front" "v$r" "$p_front" 2 yes
    write "$work/plain" "v$r" "$p_plain" 1 no
    write "$work/dc" "v$r" "$p_dc" 1 no
    # docker-compose 1.29 knows neither app_protocol nor host_ip in the long syntax: the short one says the same.
    sed -i -e '/app_protocol/d' -e '/host_ip/d' -e '/published:/d' -e "s|- target: 8080|- \"127.0.0.1:$p_dc:8080\"|" \
        "$work/dc/compose.yaml"
    if ((r == 1)); then
        (cd "$work/front" && "$jc" -p jcbroll up -d --wait >"$work/up.out" 2>&1) || { cat "$work/up.out"; exit 1; }
        (cd "$work/plain" && "$jc" -p jcbplain up -d --wait >"$work/up.out" 2>&1) || { cat "$work/up.out"; exit 1; }
        if command -v docker-compose >/dev/null 2>&1; then
            (cd "$work/dc" && docker-compose -p dcbroll up -d >"$work/up.out" 2>&1) || { cat "$work/up.out"; exit 1; }
        fi
        continue
    fi
    measure "jcompose rollout" "$work/front" "$p_front" stamped "$jc" -p jcbroll --progress plain up -d
    # A batch runs from its "Rolling out batch" line to the next one (or "Rolled out"); its new replica's
    # time to healthy is the engine's: from its start to the end of its first passing healthcheck.
    grep -E 'Rolling out batch|Rolled out' "$work/cmd.out" | awk '{print $1}' >"$work/marks"
    mapfile -t marks <"$work/marks"
    for ((b = 0; b + 1 < ${#marks[@]}; b++)); do
        name=$(awk -v n=$((b + 1)) '/Rolling out batch/ {c++} c == n && /Container .* Creating/ {print $3; exit}' "$work/cmd.out")
        batch_ms=$(((marks[b + 1] - marks[b]) / 1000000))
        healthy=$(healthy_after "$name")
        printf '%-20s batch %d: %5d ms, of which %s time to healthy %5d ms, overhead %5d ms\n' "" $((b + 1)) \
            "$batch_ms" "$name" "$healthy" $((batch_ms - healthy))
    done
    measure "jcompose recreate" "$work/plain" "$p_plain" "$jc" -p jcbplain up -d --wait
    if command -v docker-compose >/dev/null 2>&1; then
        measure "docker-compose 1.29" "$work/dc" "$p_dc" docker-compose -p dcbroll up -d
    fi
done
