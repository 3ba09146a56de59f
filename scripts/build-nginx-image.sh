#!/usr/bin/env bash
# Builds jcompose-test/nginx:bookworm, the front proxy image the rollout tests and bench/rollout.sh use, from
# Debian's packages (no image registry is reachable): debootstrap a minimal bookworm with nginx and its stream
# module, then import the tree as an image. Reuses the image when it exists. The name keeps clear of a user's own
# `nginx` images.
set -euo pipefail

IMAGE=${JCOMPOSE_TEST_NGINX_IMAGE:-jcompose-test/nginx:bookworm}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  echo "$IMAGE present"
  exit 0
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase --include=nginx-light,libnginx-mod-stream bookworm "$root" "$MIRROR" >/dev/null
# Nothing of the package cache or the apt lists is needed at run time.
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
tar -C "$root" -c . | docker import \
  --change 'CMD ["nginx", "-g", "daemon off;"]' \
  - "$IMAGE" >/dev/null
echo "$IMAGE built"
