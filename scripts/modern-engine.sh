#!/usr/bin/env bash
# A current Docker engine (Debian sid's docker.io and containerd: Docker 28+, API 1.51, containerd 2, with containerd's
# image store, the default of new installs from Docker 29) running BESIDE the machine's default engine, for the tests
# that must also pass on what users run today (README, "On a fresh machine"). Needs root, the default engine's
# `docker.io` (its runc runs the containers: sid's runc wants a newer glibc) and a Debian mirror. Nothing is installed
# system-wide: the sid packages are unpacked under the engine's directory. The engine has its own data root, exec
# root, socket and pid file, a default bridge of its own (jcmodern0, 10.202.0.1/24: a dockerd started with
# --bridge=none deletes the host's docker0, which the default engine's containers need), no iptables or ip6tables rules (Docker 27+ writes ip6tables rules
# unless told not to), ports published on 127.0.0.1 and networks from 10.201.0.0/16, so it never touches the default
# engine or its network.
#
#   scripts/modern-engine.sh start   starts it unless it answers, loads the test image if it lacks it,
#                                    prints DOCKER_HOST=unix://DIR/docker.sock
#   scripts/modern-engine.sh stop    stops it (by its pid file) and removes DIR
#
# DIR is $JCOMPOSE_MODERN_ENGINE_DIR, default /var/tmp/jcompose-modern-engine (where the tests look for it).
set -euo pipefail

dir=${JCOMPOSE_MODERN_ENGINE_DIR:-/var/tmp/jcompose-modern-engine}
host="unix://$dir/docker.sock"
bridge=jcmodern0
image=jcompose-test/busybox:latest

answers() {
    docker -H "$host" version >/dev/null 2>&1
}

stop() {
    # the bridges of its networks outlive the engine (on the host's network); named br-<12 digits of the network id>
    local bridges
    bridges=$(docker -H "$host" network ls -q --filter driver=bridge 2>/dev/null || true)
    if [ -s "$dir/dockerd.pid" ]; then
        local pid
        pid=$(cat "$dir/dockerd.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 40); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
    fi
    for id in $bridges; do
        ip link delete "br-${id:0:12}" 2>/dev/null || true
    done
    # the engine's overlay and netns mounts under DIR, deepest first
    awk -v d="$dir/" 'index($5, d) == 1 { print $5 }' /proc/self/mountinfo | sort -r \
        | while read -r m; do umount -l "$m"; done
    ip link delete "$bridge" 2>/dev/null || true
    rm -rf "$dir"
}

# Downloads sid's docker.io and containerd with apt's own lists under DIR (the system's lists stay as they are).
unpack_sid_packages() {
    local mirror
    mirror=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    [ -n "$mirror" ] || mirror=$(awk '/^deb / { print $2; exit }' /etc/apt/sources.list)
    mkdir -p "$dir/apt/lists/partial" "$dir/apt/archives/partial" "$dir/debs" "$dir/root"
    printf 'deb %s sid main\n' "$mirror" >"$dir/apt/sources.list"
    local apt=(-o "Dir::Etc::sourcelist=$dir/apt/sources.list" -o Dir::Etc::sourceparts=/dev/null
        -o "Dir::State::Lists=$dir/apt/lists" -o "Dir::Cache::Archives=$dir/apt/archives" -o APT::Sandbox::User=root)
    apt-get -qq "${apt[@]}" update
    (cd "$dir/debs" && apt-get -qq "${apt[@]}" download docker.io containerd)
    for deb in "$dir"/debs/*.deb; do dpkg-deb -x "$deb" "$dir/root"; done
    rm -rf "$dir/apt" "$dir/debs"
}

start() {
    command -v runc >/dev/null || { echo "modern-engine: runc is missing (apt-get install docker.io)" >&2; exit 1; }
    mkdir -p "$dir"
    if ! answers; then
        local had_docker0=no
        [ -e /sys/class/net/docker0 ] && had_docker0=yes
        [ -x "$dir/root/usr/sbin/dockerd" ] || unpack_sid_packages
        mkdir -p "$dir/data" "$dir/exec"
        if [ ! -e "/sys/class/net/$bridge" ]; then
            ip link add "$bridge" type bridge
            ip addr add 10.202.0.1/24 dev "$bridge"
            ip link set "$bridge" up
        fi
        # containerd, docker-proxy and docker-init are found on PATH: the unpacked ones first
        PATH="$dir/root/usr/bin:$dir/root/usr/sbin:$PATH" setsid "$dir/root/usr/sbin/dockerd" \
            --data-root "$dir/data" --exec-root "$dir/exec" --pidfile "$dir/dockerd.pid" -H "$host" \
            --bridge="$bridge" --iptables=false --ip6tables=false --ip-masq=false --ip=127.0.0.1 \
            --default-address-pool base=10.201.0.0/16,size=24 \
            --feature containerd-snapshotter=true \
            --add-runtime host-runc="$(command -v runc)" --default-runtime host-runc \
            </dev/null >"$dir/dockerd.log" 2>&1 &
        for _ in $(seq 1 60); do
            answers && break
            sleep 0.5
        done
        if ! answers; then
            echo "modern-engine: dockerd did not answer within 30 s; $dir/dockerd.log says:" >&2
            tail -n 20 "$dir/dockerd.log" >&2
            exit 1
        fi
        if [ "$had_docker0" = yes ] && [ ! -e /sys/class/net/docker0 ]; then
            echo "modern-engine: the host's docker0 disappeared when this engine started" >&2
            exit 1
        fi
    fi
    docker -H "$host" version --format 'modern engine: Docker {{.Server.Version}}, API {{.Server.APIVersion}}' >&2
    # the test image, copied from the default engine (scripts/build-test-images.sh builds it there)
    if ! docker -H "$host" image inspect "$image" >/dev/null 2>&1; then
        local default=()
        [ "${DOCKER_HOST:-}" = "$host" ] && default=(-H unix:///var/run/docker.sock)
        docker "${default[@]}" save "$image" | docker -H "$host" load -q >&2
    fi
    echo "DOCKER_HOST=$host"
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
