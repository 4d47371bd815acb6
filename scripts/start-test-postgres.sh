#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server (Debian's package) on a loopback port for the
# store tests, and prints the line that points them at it:
#   eval "$(bash scripts/start-test-postgres.sh)"   # sets DATABASE_URL
# Needs root (to install the package when missing and to run the server as "postgres").
# Stop it with: su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D $BILAT_TEST_PG_DIR stop -m fast"
set -euo pipefail

PORT="${BILAT_TEST_PG_PORT:-54329}"
# A port something already listens on (a server left by an earlier run) is skipped.
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done

BIN=/usr/lib/postgresql/15/bin
if [ ! -x "$BIN/initdb" ]; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >&2
fi

DIR="$(mktemp -d /tmp/bilat-test-pg.XXXXXX)"
chown postgres:postgres "$DIR"
su postgres -c "$BIN/initdb -D '$DIR' -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8" >&2
# fsync off: a test server that may lose data in a power cut, and is several times faster for it.
su postgres -c "$BIN/pg_ctl -D '$DIR' -l '$DIR/server.log' -w \
  -o \"-p $PORT -k '$DIR' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start" >&2

echo "export BILAT_TEST_PG_DIR='$DIR'"
echo "export DATABASE_URL='postgres://postgres@127.0.0.1:$PORT/postgres'"
