# Sourced by the server tests: a PostgreSQL 15 of the test's own on 127.0.0.1, in a temporary folder,
# stopped on exit. PostgreSQL refuses to run as root: as root the server runs as the user postgres
# (made by Debian's postgresql-common), otherwise as the caller.
#   start_postgres           sets PGHOST PGPORT PGUSER PGDATABASE for psql and the programs under test
pg_bin=/usr/lib/postgresql/15/bin
pg_dir=""
start_postgres() {
  [ -x "$pg_bin/initdb" ] || { echo "SKIP: PostgreSQL 15 is not installed (postgresql-15)"; exit 77; }
  pg_dir=$(mktemp -d /tmp/passgate-pg.XXXX)
  chmod 0755 "$pg_dir"
  local as=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$pg_dir"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust --no-sync > "$pg_dir/initdb.log" 2>&1 ||
    { cat "$pg_dir/initdb.log"; return 1; }
  # A free port: ask the kernel for one.
  PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $pg_dir -c fsync=off" > /dev/null ||
    { cat "$pg_dir/server.log"; return 1; }
  trap 'stop_postgres' EXIT
  export PGHOST=127.0.0.1 PGPORT PGUSER=postgres PGDATABASE=postgres
}
stop_postgres() {
  [ -n "$pg_dir" ] || return 0
  local as=()
  [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop > /dev/null 2>&1
  rm -rf "$pg_dir"
  pg_dir=""
}
