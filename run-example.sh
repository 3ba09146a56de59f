#!/usr/bin/env bash
# Builds jcompose if needed and prints the resolved configuration of the multi-container Dockerrun example.
set -euo pipefail
cd "$(dirname "$0")"

if [[ ! -x target/jcompose || ! -f target/jcompose.jar ]]; then
    mvn -q -B -DskipTests package
fi
exec target/jcompose -f examples/dockerrun-multi/Dockerrun.aws.json config "$@"
