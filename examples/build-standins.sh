#!/usr/bin/env bash
# Builds local images that stand in for the official images the examples use, for a machine where no image registry
# is reachable. Each is tagged jcompose-standin/ROLE:latest; each example's README says how to point it at them
# (its standins.env, or standins.yaml for the Dockerrun example).
#
#   postgres mysql redis nginx python adminer: busybox (Debian's busybox-static) with scripts that answer where
#       the real server and its tools would (examples/standins/busybox): enough for healthchecks, dependency
#       conditions and a page to fetch, not a database.
#   official-nginx: Debian's nginx set up as the official image is: templates, wget (examples/standins/nginx).
#   debian-python, debian-redis: the real Python 3 and Redis from Debian's packages (examples/standins/debian-*),
#       on jcompose-standin/debian:bookworm, a minimal Debian debootstrapped with both (a minute or two the first time).
#
# Usage: examples/build-standins.sh [ROLE...]     (no ROLE: all of them)
#        examples/build-standins.sh --remove      (removes the jcompose-standin images again)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
all=(postgres mysql redis nginx python adminer official-nginx debian-python debian-redis)

debian=jcompose-standin/debian:bookworm

if [[ ${1:-} == --remove ]]; then
  for image in "${all[@]/#/jcompose-standin/}" "$debian"; do
    [[ $image == *:* ]] || image=$image:latest
    docker image rm "$image" >/dev/null 2>&1 && echo "$image removed" || true
  done
  exit 0
fi

roles=("$@")
((${#roles[@]})) || roles=("${all[@]}")
for role in "${roles[@]}"; do
  [[ " ${all[*]} " == *" $role "* ]] || { echo "error: unknown role '$role' (known: ${all[*]})" >&2; exit 64; }
done

# docker build's own output (a legacy builder notice included) only when the build fails
build() {
  local out
  out=$(docker build --quiet "$@" 2>&1) || { echo "$out" >&2; exit 1; }
}

"$here/../scripts/build-busybox-image.sh"
for role in "${roles[@]}"; do
  tag="jcompose-standin/$role:latest"
  if [[ $role == official-nginx ]]; then
    "$here/../scripts/build-nginx-image.sh"
    build --tag "$tag" "$here/standins/nginx"
  elif [[ $role == debian-* ]]; then
    "$here/../scripts/build-debian-image.sh" "$debian" python3,python-is-python3,redis-server '["bash"]'
    build --tag "$tag" "$here/standins/$role"
  else
    build --tag "$tag" --build-arg "ROLE=$role" "$here/standins/busybox"
  fi
  echo "$tag built"
done
