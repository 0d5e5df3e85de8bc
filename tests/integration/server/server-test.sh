# Sourced by the server tests after postgres.sh: the steps every one of them takes around PostgreSQL.
#   fail MESSAGE, expect WHAT GOT WANT     a failed check ends the test; a passed one says "ok: WHAT"
#   need_sqlite3                           skip (77) where the sqlite3 shell is missing
#   q ARGS                                 psql for one answer, unaligned, stopping at the first error
#   passgate_database                      the test's superuser by trust and every kiosk by its password
#                                          (SCRAM, as on a real server); the database passgate as
#                                          PGDATABASE and as $db for passgate-cli's --db
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
expect() { # WHAT GOT WANT
  [ "$2" = "$3" ] || fail "$1: got '$2', expected '$3'"
  echo "ok: $1 ($2)"
}
need_sqlite3() {
  command -v sqlite3 > /dev/null || {
    echo "SKIP: sqlite3 is not installed"
    exit 77
  }
}
q() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }
passgate_database() {
  postgres_hba << 'HBA'
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
HBA
  sleep 0.5
  q -c "CREATE DATABASE passgate"
  export PGDATABASE=passgate
  db="host=127.0.0.1 port=$PGPORT user=postgres dbname=passgate"
}
