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

# Fallback: mean and min wall time in milliseconds from date +%s%N.
measure() {
    local total=0 min= t0 t1 ms i
    for ((i = 0; i < 3; i++)); do "$@" >/dev/null; done
    for ((i = 0; i < runs; i++)); do
        t0=$(date +%s%N)
        "$@" >/dev/null
        t1=$(date +%s%N)
        ms=$(((t1 - t0) / 1000000))
        total=$((total + ms))
        if [[ -z $min ]] || ((ms < min)); then min=$ms; fi
    done
    printf '%-28s mean %5d ms   min %5d ms   (%d runs)\n' "$*" $((total / runs)) "$min" "$runs"
}
measure "$jc" version
measure "$jc" --help
