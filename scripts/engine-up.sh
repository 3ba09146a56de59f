#!/usr/bin/env bash
# Makes a Docker engine available on this Debian machine (as root) and builds the test images.
# Idempotent: installs only what is missing, starts dockerd only when `docker info` fails.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)

missing=()
command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
[ -x /bin/busybox ] && ldd /bin/busybox 2>&1 | grep -q 'not a dynamic' || missing+=(busybox-static)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

if ! docker info >/dev/null 2>&1; then
  # --ip binds published ports to loopback unless a host IP is given; no iptables on these machines.
  nohup dockerd --iptables=false --ip-masq=false --ip=127.0.0.1 >/var/log/dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 1
  done
  if ! docker info >/dev/null 2>&1; then
    echo "error: dockerd did not come up within 60 s; see /var/log/dockerd.log" >&2
    tail -n 20 /var/log/dockerd.log >&2 || true
    exit 1
  fi
fi

"$here/build-test-images.sh"
