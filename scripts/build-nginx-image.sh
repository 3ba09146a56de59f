#!/usr/bin/env bash
# Builds jcompose-test/nginx:bookworm, the front proxy image the rollout tests and bench/rollout.sh use, from
# Debian's packages (no image registry is reachable): a minimal bookworm with nginx and its stream module
# (scripts/build-debian-image.sh). Reuses the image when it exists. The name keeps clear of a user's own `nginx` images.
set -euo pipefail

"$(dirname "$0")/build-debian-image.sh" "${JCOMPOSE_TEST_NGINX_IMAGE:-jcompose-test/nginx:bookworm}" \
  nginx-light,libnginx-mod-stream '["nginx", "-g", "daemon off;"]'
