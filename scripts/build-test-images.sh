#!/usr/bin/env bash
# Builds the images the engine tests run, locally (no registry is reachable): jcompose-test/busybox:latest is
# Debian's static busybox on an empty image; jcompose-test/nginx:bookworm (the rollout tests' front proxy) comes from
# scripts/build-nginx-image.sh. Skips images that already exist.
set -euo pipefail

"$(dirname "$0")/build-nginx-image.sh"

IMAGE=jcompose-test/busybox:latest
BUSYBOX=${BUSYBOX:-/bin/busybox}

if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  echo "$IMAGE present"
  exit 0
fi
if ! file -L "$BUSYBOX" 2>/dev/null | grep -q 'statically linked' && ! ldd "$BUSYBOX" 2>&1 | grep -q 'not a dynamic'; then
  echo "error: $BUSYBOX is not a static busybox (install busybox-static)" >&2
  exit 1
fi

context=$(mktemp -d)
trap 'rm -rf "$context"' EXIT
cp "$BUSYBOX" "$context/busybox"
cat >"$context/Dockerfile" <<'DOCKERFILE'
FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
CMD ["sh"]
DOCKERFILE
docker build --quiet --tag "$IMAGE" "$context" >/dev/null
echo "$IMAGE built"
