#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server, for the tests of the PostgreSQL store:
#   scripts/with-postgres.sh ctest ...
# The server listens only on a Unix socket in a new temporary directory (no port is taken), trusts local
# users, does not sync to disk, and is stopped and deleted when the command ends. The command sees its URI
# in DYAD_TEST_PG. When DYAD_TEST_PG is already set, that server is used and none is started.
# Without PostgreSQL's server programs the command runs alone and those tests skip, unless
# DYAD_REQUIRE_PG=1 (CI), which makes that an error.
set -euo pipefail
if [ -n "${DYAD_TEST_PG:-}" ]; then exec "$@"; fi
bindir=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then bindir=$d; break; fi
done
if [ -z "$bindir" ]; then
  if [ "${DYAD_REQUIRE_PG:-0}" = 1 ]; then
    echo "dyad: no PostgreSQL server programs (/usr/lib/postgresql/*/bin); install postgresql" >&2
    exit 1
  fi
  echo "dyad: no PostgreSQL server programs: the PostgreSQL store's tests are skipped" >&2
  exec "$@"
fi
dir=$(mktemp -d /tmp/dyad-pg.XXXXXX)
as=()  # initdb and postgres refuse to run as root: then they run as the postgres user
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "dyad: running as root and there is no 'postgres' user to run the test server" >&2
    exit 1
  fi
  chown postgres "$dir"
  as=(runuser -u postgres --)
fi
stop() {
  "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
if ! "${as[@]}" "$bindir/initdb" -D "$dir/data" -U dyad -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1; then
  cat "$dir/initdb.log" >&2
  exit 1
fi
if ! "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -c listen_addresses= -c fsync=off -c full_page_writes=off -c max_connections=40" start >/dev/null; then
  cat "$dir/server.log" >&2
  exit 1
fi
export DYAD_TEST_PG="postgresql:///postgres?host=$dir&user=dyad"
"$@"
