#!/usr/bin/env bash
# Regenerates the shell completion scripts in completions/ from jcompose's command model (run it after adding or
# changing a command or an option; CompletionScriptsTest fails while they are out of date).
# Usage: scripts/gen-completions.sh   (offline once the dependencies are in ~/.m2)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
java -cp "target/classes:$(cat target/classpath.txt)" dev.jcompose.cli.shell.CompletionScripts completions
