#!/usr/bin/env bash
# Builds jcompose-test/busybox:latest locally (no registry is reachable): Debian's static busybox on an empty image.
# The engine tests run it, and the examples' stand-in images (examples/build-standins.sh) start from it. Skips the
# build when the image exists.
set -euo pipefail

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
