#!/usr/bin/env bash
# Runs every test. The store tests run on PGlite and on PostgreSQL: when DATABASE_URL is not
# set and Debian's PostgreSQL 15 is installed (as CI installs it), a throwaway server is
# started for the run and stopped after it.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=/usr/lib/postgresql/15/bin
if [ -z "${DATABASE_URL:-}" ] && [ -x "$PG_BIN/initdb" ] && [ "$(id -u)" = 0 ]; then
  eval "$(bash scripts/start-test-postgres.sh)"
  trap 'su postgres -c "$PG_BIN/pg_ctl -D \"$BILAT_TEST_PG_DIR\" stop -m fast" >/dev/null 2>&1 || true; rm -rf "$BILAT_TEST_PG_DIR"' EXIT
  echo "PostgreSQL for the store tests: $DATABASE_URL" >&2
fi

# Node 20's test runner needs the files listed: a quoted glob or a folder runs no test.
mapfile -t files < <(find src test -name '*.test.ts' | sort)
node --import tsx --test "${files[@]}"
