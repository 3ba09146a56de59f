#!/usr/bin/env bash
# Runs the whole test suite. On a fresh Debian machine (as root) it first installs what the tests need,
# starts a Docker engine (the engine tests use a real one) and a current one beside it (scripts/modern-engine.sh,
# which the engine adapter's tests run against as well), and builds the test images locally.
set -euo pipefail
cd "$(dirname "$0")"

scripts/build-tools-up.sh
missing=()
python3 -c 'import yaml' >/dev/null 2>&1 || missing+=(python3-yaml)
# Debian's docker-compose (1.29): the independent reader the interop tests and bench/up.sh compare with.
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
# A real pseudo-terminal for the shell and exec tests (TerminalE2ETest).
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
# ip: the private engine of EngineRestartE2ETest gets a bridge interface of its own.
command -v ip >/dev/null 2>&1 || missing+=(iproute2)
if ((${#missing[@]})); then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

scripts/engine-up.sh
# The registry RegistryE2ETest pulls from and pushes to: 127.0.0.1:47500, htpasswd auth, plain HTTP.
scripts/registry-up.sh
# A current Docker beside it; -Pmodern-engine runs the engine adapter's tests against it as well.
modern=$(scripts/modern-engine.sh start)

# Without -q so that surefire's "Tests run: N, Failures: F, Errors: E, Skipped: S" summary is printed (once per engine).
exec mvn -B test -Pmodern-engine -Dmodern.engine.host="${modern#DOCKER_HOST=}" "$@"
