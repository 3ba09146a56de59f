#!/usr/bin/env bash
# Start-up time of commands that load no project: `jcompose version` and `jcompose --help`.
# Usage: bench/startup.sh [RUNS]   (default 20; uses hyperfine when installed, otherwise a date loop)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
((runs >= 10)) || { echo "bench/startup.sh: use at least 10 runs" >&2; exit 2; }
[[ -x target/jcompose ]] || mvn -q -B -DskipTests package
jc=$PWD/target/jcompose

if command -v hyperfine >/dev/null 2>&1; then
    exec hyperfine -N --warmup 3 --runs "$runs" "$jc version" "$jc --help"
fi

# Fallback without hyperfine.
source bench/timing.sh
warmup=3
timed "$jc version" "$jc" version
timed "$jc --help" "$jc" --help
