# Sourced by the server tests: a PostgreSQL 15 of the test's own on 127.0.0.1, in a temporary folder,
# stopped on exit. PostgreSQL refuses to run as root: as root the server runs as the user postgres
# (made by Debian's postgresql-common), otherwise as the caller.
#   start_postgres [SETTING...]  initdb and start; sets PGHOST PGPORT PGUSER PGDATABASE for psql and the
#                                programs under test; each SETTING is a "-c name=value" for postgres
#   pause_postgres               stop the server (its data stays)
#   resume_postgres [SETTING...] start it again on the same port
#   postgres_hba < LINES         replace pg_hba.conf and reload
pg_bin=/usr/lib/postgresql/15/bin
pg_dir=""
pg_as=()
start_postgres() {
  [ -x "$pg_bin/initdb" ] || { echo "SKIP: PostgreSQL 15 is not installed (postgresql-15)"; exit 77; }
  pg_dir=$(mktemp -d /tmp/passgate-pg.XXXX)
  chmod 0755 "$pg_dir"
  pg_as=()
  if [ "$(id -u)" = 0 ]; then
    # A root file system whose / only root may enter (a chroot made with mktemp -d) leaves the user
    # postgres unable to reach any program: nothing to test there, and nothing passgate can fix.
    runuser -u postgres -- test -x "$pg_bin/initdb" || {
      echo "SKIP: the user postgres cannot run $pg_bin/initdb here (/ is mode $(stat -c %a /))"
      rm -rf "$pg_dir"
      exit 77
    }
    chown postgres: "$pg_dir"
    pg_as=(runuser -u postgres --)
  fi
  "${pg_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust --no-sync > "$pg_dir/initdb.log" 2>&1 ||
    { cat "$pg_dir/initdb.log"; return 1; }
  # A free port: ask the kernel for one.
  PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  trap 'stop_postgres' EXIT
  export PGHOST=127.0.0.1 PGPORT PGUSER=postgres PGDATABASE=postgres
  resume_postgres "$@"
}
resume_postgres() {
  local settings="-c listen_addresses=127.0.0.1 -p $PGPORT -k $pg_dir -c fsync=off $*"
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start -o "$settings" > /dev/null ||
    { cat "$pg_dir/server.log"; return 1; }
}
pause_postgres() {
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop > /dev/null
}
stop_postgres() {
  [ -n "$pg_dir" ] || return 0
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop > /dev/null 2>&1
  rm -rf "$pg_dir"
  pg_dir=""
}
# Replaces pg_hba.conf with the lines on stdin and reloads.
postgres_hba() {
  "${pg_as[@]}" tee "$pg_dir/data/pg_hba.conf" > /dev/null
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" reload > /dev/null
}
