#!/usr/bin/env bash
# Brings up examples/web-db-cache (a web app that starts once its database and cache are healthy) with no image
# registry: starts a Docker engine if none answers (scripts/engine-up.sh), builds jcompose if needed, builds the
# images the example runs locally (examples/build-standins.sh: Python and Redis from Debian's packages, a stand-in
# for PostgreSQL), runs `jcompose up --wait`, then prints where to reach the stack and how to take it down.
# WEB_PORT and DB_PORT move the ports it publishes on 127.0.0.1 (8000, 5432); COMPOSE_PROJECT_NAME names the
# project (default web-db-cache).
set -euo pipefail
cd "$(dirname "$0")"

docker info >/dev/null 2>&1 || scripts/engine-up.sh
if [[ ! -x target/jcompose || ! -f target/jcompose.jar || -n $(find pom.xml src -newer target/jcompose.jar -print -quit) ]]; then
    scripts/build-tools-up.sh
    mvn -q -B -DskipTests package
fi
examples/build-standins.sh debian-python debian-redis postgres

project=${COMPOSE_PROJECT_NAME:-web-db-cache}
web=http://127.0.0.1:${WEB_PORT:-8000}
cd examples/web-db-cache
../../target/jcompose -p "$project" --env-file standins.env up --wait
echo
echo "$web/ answers:"
curl -fsS --max-time 5 "$web/" || busybox wget -qO- "$web/" || true
cat <<TEXT

The stack is up: the web app at $web/ (a page counter kept in Redis; $web/healthz checks Redis and
PostgreSQL), PostgreSQL on 127.0.0.1:${DB_PORT:-5432}. Python and Redis run from images built here from Debian's
packages, PostgreSQL as a busybox stand-in (examples/web-db-cache/README.md).
See it:        cd examples/web-db-cache && ../../target/jcompose -p $project ps
Take it down:  cd examples/web-db-cache && ../../target/jcompose -p $project down -v
(and examples/build-standins.sh --remove removes the images built for it)
TEXT
