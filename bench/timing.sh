# Sourced by the bench scripts: the timer used when hyperfine is not installed.
# timed LABEL COMMAND...: runs COMMAND $runs times (after $warmup untimed runs, default 0) and prints the mean and
# minimum wall time in milliseconds from date +%s%N.
timed() {
    local label=$1 total=0 min= t0 t1 ms i
    shift
    for ((i = 0; i < ${warmup:-0}; i++)); do "$@" >/dev/null; done
    for ((i = 0; i < runs; i++)); do
        t0=$(date +%s%N)
        "$@" >/dev/null
        t1=$(date +%s%N)
        ms=$(((t1 - t0) / 1000000))
        total=$((total + ms))
        if [[ -z $min ]] || ((ms < min)); then min=$ms; fi
    done
    printf '%-32s mean %6d ms   min %6d ms   (%d runs)\n' "$label" $((total / runs)) "$min" "$runs"
}
