#!/usr/bin/env bash
# Loading time for large projects: generates compose files with 1,000 and 2,000 services (ports, environment,
# depends_on, volumes, networks) and times `config -q` (load and validate) and a full `config` (also render).
# Usage: bench/config-large.sh [RUNS]   (default 5; uses hyperfine when installed, otherwise a date loop)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[[ -x target/jcompose ]] || mvn -q -B -DskipTests package
jc=$PWD/target/jcompose
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# generate N FILE: service i depends on service i-1, publishes port 10000+i, mounts a named volume and joins one
# of ten networks.
generate() {
    local n=$1 file=$2 i
    {
        echo "name: bench$n"
        echo "services:"
        for ((i = 0; i < n; i++)); do
            echo "  svc$i:"
            echo "    image: registry.example/app:1.$i"
            echo "    command: [\"serve\", \"--port\", \"8080\"]"
            echo "    ports:"
            echo "      - \"127.0.0.1:$((10000 + i)):8080/tcp\""
            echo "    environment:"
            echo "      SERVICE_INDEX: \"$i\""
            echo "      LOG_LEVEL: \${LOG_LEVEL:-info}"
            echo "    volumes:"
            echo "      - data$i:/var/lib/app"
            echo "      - ./config:/etc/app:ro"
            echo "    networks: [net$((i % 10))]"
            if ((i > 0)); then
                echo "    depends_on:"
                echo "      svc$((i - 1)):"
                echo "        condition: service_started"
            fi
        done
        echo "volumes:"
        for ((i = 0; i < n; i++)); do echo "  data$i: {}"; done
        echo "networks:"
        for ((i = 0; i < 10; i++)); do echo "  net$i: {}"; done
    } >"$file"
}

source bench/timing.sh

# Start-up alone, for comparison: what the loader adds on top of it is the time of the rows below.
if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --warmup 1 --runs "$runs" -n "start-up: version" "$jc version"
else
    timed "start-up: version" "$jc" version
fi

for n in 1000 2000; do
    file=$work/compose-$n.yaml
    generate "$n" "$file"
    # Fail loudly before timing if the file does not load.
    "$jc" -f "$file" config -q
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine -N --warmup 1 --runs "$runs" \
            -n "$n services: config -q" "$jc -f $file config -q" \
            -n "$n services: config" "$jc -f $file config -o /dev/null"
    else
        timed "$n services: config -q" "$jc" -f "$file" config -q
        timed "$n services: config" "$jc" -f "$file" config
    fi
done
