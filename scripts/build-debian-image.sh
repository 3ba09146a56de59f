#!/usr/bin/env bash
# Builds an image from Debian's packages, with no image registry: debootstraps a minimal bookworm with PACKAGES
# (comma-separated) and imports the tree as IMAGE, whose command is CMD (JSON). Reuses the image when it exists.
# Usage: scripts/build-debian-image.sh IMAGE PACKAGES CMD
set -euo pipefail

IMAGE=$1 PACKAGES=$2 CMD=$3
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
debootstrap --variant=minbase --include="$PACKAGES" bookworm "$root" "$MIRROR" >/dev/null
# Nothing of the package cache or the apt lists is needed at run time.
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
tar -C "$root" -c . | docker import --change "CMD $CMD" - "$IMAGE" >/dev/null
echo "$IMAGE built"
