#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command beside a throwaway PostgreSQL server: a cluster made with initdb in a temporary folder,
# listening only on a Unix socket there, stopped and deleted when the command ends (however it ends).
# The command finds it through BORDERLOG_TEST_SERVER, a libpq connection string for a superuser, which the
# PostgreSQL tests use to make a database of their own. Run as root, the cluster belongs to the postgres
# user (initdb refuses root) and the folder is readable by it. With BORDERLOG_TEST_SERVER already set, the
# command runs against that server instead.
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "usage: with-test-server.sh COMMAND [ARG...]" >&2
  exit 2
fi
if [ -n "${BORDERLOG_TEST_SERVER:-}" ]; then
  exec "$@"
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-test-server.sh: no PostgreSQL server is installed (scripts/install-deps.sh --with server)" >&2
  exit 1
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/borderlog-pg.XXXXXX")
as_owner=()
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  as_owner=(runuser -u postgres --)
  chown postgres: "$dir"
fi
stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U "$owner" -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
# A fixed port is only a name for the socket's file here: nothing listens on TCP.
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-k $dir -p 54329 -c listen_addresses='' -c max_connections=60 -c fsync=on" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }
export BORDERLOG_TEST_SERVER="host=$dir port=54329 user=$owner dbname=postgres"
set +e
"$@"
status=$?
set -e
exit $status
