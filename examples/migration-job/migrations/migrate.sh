#!/bin/sh
# Applies every migrations/*.sql in name order, each in one transaction, stopping at the first error.
# The migrations are written to be re-runnable, so running this on every `up` is safe.
set -eu
for file in /migrations/*.sql; do
    echo "applying $(basename "$file")"
    psql -v ON_ERROR_STOP=1 --single-transaction -q -f "$file"
done
echo "migrations done"
