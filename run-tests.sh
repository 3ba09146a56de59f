#!/usr/bin/env bash
# Runs the whole test suite; on a fresh Debian machine (as root) first installs what the build needs.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v javac >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
python3 -c 'import yaml' >/dev/null 2>&1 || missing+=(python3-yaml)
if ((${#missing[@]})); then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

# Without -q so that surefire's "Tests run: N, Failures: F, Errors: E, Skipped: S" summary is printed.
exec mvn -B test "$@"
