#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command beside a throwaway PostgreSQL server: a cluster made with initdb in a temporary folder,
# stopped and deleted when the command ends (however it ends). It listens on a Unix socket there (trusted:
# BORDERLOG_TEST_SERVER, a libpq connection string for a superuser, which the PostgreSQL tests use to make
# a database of their own) and on 127.0.0.1 with TLS only and SCRAM passwords, under a certificate of a
# certificate authority made for the run (BORDERLOG_TEST_TLS: host, port, sslmode=verify-full and the
# authority's certificate; a plain TCP connection is refused; BORDERLOG_TEST_OTHER_CA is another authority's). Run as root, the cluster belongs to the
# postgres user (initdb refuses root) and the folder is readable by it. With BORDERLOG_TEST_SERVER already
# set, the command runs against that server instead.
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "usage: with-test-server.sh COMMAND [ARG...]" >&2
  exit 2
fi
if [ -n "${BORDERLOG_TEST_SERVER:-}" ]; then
  # A server of one's own: its TLS tests need BORDERLOG_TEST_TLS and BORDERLOG_TEST_OTHER_CA too.
  exec "$@"
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-test-server.sh: no PostgreSQL server is installed (scripts/install-deps.sh --with server)" >&2
  exit 1
fi
# /tmp, not TMPDIR: the postgres user must reach the folder, and a socket's path has at most 107 bytes.
dir=$(mktemp -d /tmp/borderlog-pg.XXXXXX)
as_owner=(env)
owner=$(id -un)
stop() {
  [ -d "$dir/data" ] && { "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; }
  rm -rf "$dir"
}
trap stop EXIT
# A signal ends the script through its EXIT trap, so the server is stopped then too.
trap 'exit 130' INT
trap 'exit 143' TERM HUP
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  as_owner=(runuser -u postgres --)
  chown postgres: "$dir"
fi
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U "$owner" -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
# A certificate authority for this run, and the server's certificate for localhost signed by it.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Border Incident Log test CA" \
  -keyout "$dir/ca.key" -out "$dir/ca.crt" >/dev/null 2>&1
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$dir/server.key" -out "$dir/server.csr" >/dev/null 2>&1
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$dir/san.ext"
openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
  -extfile "$dir/san.ext" -out "$dir/server.crt" >/dev/null 2>&1
# Another authority, which did not sign the server's certificate (the tests' wrong one).
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Another authority" \
  -keyout "$dir/other-ca.key" -out "$dir/other-ca.crt" >/dev/null 2>&1
chmod 600 "$dir/server.key"
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"/server.* "$dir/ca.crt"
# The socket is trusted (the superuser's way in); TCP takes TLS and SCRAM passwords only.
printf 'local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n' >"$dir/pg_hba.conf"
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pg_hba.conf"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c max_connections=60 -c fsync=on -c ssl=on \
      -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key -c hba_file=$dir/pg_hba.conf" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }
export BORDERLOG_TEST_SERVER="host=$dir port=$port user=$owner dbname=postgres"
export BORDERLOG_TEST_TLS="host=localhost port=$port sslmode=verify-full sslrootcert=$dir/ca.crt"
export BORDERLOG_TEST_OTHER_CA="$dir/other-ca.crt"
set +e
"$@"
status=$?
set -e
exit $status
