#!/usr/bin/env bash
# Builds the images the engine tests run, locally (no registry is reachable): jcompose-test/busybox:latest is
# Debian's static busybox on an empty image (scripts/build-busybox-image.sh); jcompose-test/nginx:bookworm (the
# rollout tests' front proxy) comes from scripts/build-nginx-image.sh. Skips images that already exist.
set -euo pipefail

here=$(dirname "$0")
"$here/build-nginx-image.sh"
"$here/build-busybox-image.sh"
