#!/usr/bin/env bash
# The replication server's schema (resources/server/schema.sql) on a real PostgreSQL 15, fed the rows
# of real kiosk ledgers (passgate-cli ledger stress, read back with sqlite3):
#  - the server recomputes every row's hash by the kiosk's own rule (ChainHash) and accepts the chain;
#  - a re-sent batch (the acknowledgement was lost) is harmless;
#  - a batch that skips entries is answered 'gap', nothing stored;
#  - a forged row, and a second kiosk under the same id, are refused, recorded in passgate.forks, and
#    the kiosk is refused from then on;
#  - a kiosk role can write only its own chain and read nothing; the owner role reads;
#  - rows that name another kiosk than the caller's are refused, nothing stored, the attempt recorded;
#  - retention counts from arrival: entries dated 40 days back (a kiosk's clock) stay; purge drops
#    whole arrival-day partitions, runs by itself once a day at a kiosk's contact, and verify() finds
#    rows stored under another kiosk's id.
# usage: server_schema.sh PASSGATE_CLI SCHEMA_SQL FUNCTIONS_SQL
set -euo pipefail
cli=$1 schema=$2 functions=$3
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=postgres.sh
source "$here/postgres.sh"
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
command -v sqlite3 > /dev/null || {
  echo "SKIP: sqlite3 is not installed"
  exit 77
}
work=$(mktemp -d)
chmod 0755 "$work"
start_postgres
trap 'stop_postgres; rm -rf "$work"' EXIT

q() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }

q -c "CREATE DATABASE passgate" && export PGDATABASE=passgate
q -1 -f "$schema" -f "$functions" > /dev/null || fail "the schema does not apply"
q -c "CREATE ROLE kiosk_a LOGIN IN ROLE passgate_kiosk; CREATE ROLE kiosk_b LOGIN IN ROLE passgate_kiosk;
      CREATE ROLE kiosk_c LOGIN IN ROLE passgate_kiosk; CREATE ROLE kiosk_d LOGIN IN ROLE passgate_kiosk;
      CREATE ROLE kiosk_e LOGIN IN ROLE passgate_kiosk; CREATE ROLE owner1 LOGIN IN ROLE passgate_owner;
      INSERT INTO passgate.kiosks (kiosk_id, login_role)
        VALUES ('kiosk-a', 'kiosk_a'), ('kiosk-b', 'kiosk_b'), ('kiosk-c', 'kiosk_c'), ('kiosk-d', 'kiosk_d'),
               ('kiosk-e', 'kiosk_e');"

# A kiosk's ledger with N entries (phone and paper ones carry sealed contacts), as SQL rows seq FROM..TO.
make_ledger() { # DIR KIOSK_ID COUNT [OPTION...]
  mkdir -p "$1"
  "$cli" ledger stress --data-dir "$1" --kiosk-id "$2" --count "$3" "${@:4}" > /dev/null || fail "ledger stress"
}
rows() { # DIR FROM TO -> an SQL array of passgate.entry_in
  local body
  body=$(sqlite3 "$1/ledger.db" "SELECT printf('ROW(%d,%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,''\\x%s''::bytea,''\\x%s''::bytea)',
      id, time_ms, quote(kind), quote(kiosk), quote(mode), quote(verdict), quote(reasons), quote(passes), quote(staff),
      CASE WHEN contact IS NULL THEN 'NULL' ELSE printf('''\\x%s''::bytea', hex(contact)) END,
      quote(attributes), quote(event), hex(prev_hash), hex(hash))
    FROM entries WHERE id BETWEEN $2 AND $3 ORDER BY id" | paste -sd, -)
  echo "ARRAY[$body]::passgate.entry_in[]"
}
ingest() { # ROLE KIOSK ARRAY -> status|accepted|resent|high_water
  echo "SELECT status, accepted, resent, high_water FROM passgate.ingest('$2', $3)" > "$work/batch.sql"
  q -U "$1" -f "$work/batch.sql"
}
expect() { # WHAT GOT WANT
  [ "$2" = "$3" ] || fail "$1: got '$2', expected '$3'"
  echo "ok: $1 ($2)"
}

make_ledger "$work/a" kiosk-a 60
sqlite3 "$work/a/ledger.db" "SELECT count(*) FROM entries WHERE contact IS NOT NULL" | grep -qv '^0$' ||
  fail "the test ledger holds no sealed contact"
expect "high-water before any entry" "$(q -U kiosk_a -c "SELECT passgate.high_water('kiosk-a')")" 0
expect "first batch" "$(ingest kiosk_a kiosk-a "$(rows "$work/a" 1 25)")" "ok|25|0|25"
expect "second batch" "$(ingest kiosk_a kiosk-a "$(rows "$work/a" 26 50)")" "ok|25|0|50"
expect "a lost acknowledgement: the same batch again" "$(ingest kiosk_a kiosk-a "$(rows "$work/a" 26 50)")" "ok|0|25|50"
expect "overlapping batch" "$(ingest kiosk_a kiosk-a "$(rows "$work/a" 45 55)")" "ok|5|6|55"
expect "a batch that skips entries" "$(ingest kiosk_a kiosk-a "$(rows "$work/a" 58 60)")" "gap|0|0|55"
expect "rows stored" "$(q -c "SELECT count(*), min(seq), max(seq) FROM passgate.entries WHERE kiosk_id = 'kiosk-a'")" "55|1|55"
expect "contacts stored sealed, byte for byte" \
  "$(q -c "SELECT count(*) FROM passgate.entries WHERE contact IS NOT NULL")" \
  "$(sqlite3 "$work/a/ledger.db" "SELECT count(*) FROM entries WHERE id <= 55 AND contact IS NOT NULL")"

# Roles: a kiosk writes only its own chain and reads nothing; the owner reads.
q -U kiosk_b -c "SELECT passgate.high_water('kiosk-a')" > "$work/err" 2>&1 && fail "kiosk_b read kiosk-a's high-water"
grep -q "may not write for kiosk kiosk-a" "$work/err" || fail "kiosk_b refused with: $(cat "$work/err")"
q -U kiosk_a -c "SELECT count(*) FROM passgate.entries" > "$work/err" 2>&1 && fail "a kiosk read the entries"
grep -q "permission denied" "$work/err" || fail "a kiosk reading entries: $(cat "$work/err")"
q -U kiosk_a -c "INSERT INTO passgate.forks (kiosk_id, seq, problem) VALUES ('kiosk-b', 1, 'x')" > "$work/err" 2>&1 &&
  fail "a kiosk wrote a table directly"
expect "the owner reads" "$(q -U owner1 -c "SELECT count(*) FROM passgate.entries")" 55
echo "ok: roles (kiosk_b cannot act for kiosk-a; kiosks read and write no table; the owner reads)"

# A forged row: entry 56 a second later than it was recorded, its hash left as it was.
forged=$(rows "$work/a" 56 56 | sed -E 's/^ARRAY\[ROW\(56,([0-9]+),/ARRAY[ROW(56,\1 + 1000,/')
[ "$forged" != "$(rows "$work/a" 56 56)" ] || fail "the forgery did not change the row"
expect "a forged row" "$(ingest kiosk_a kiosk-a "$forged")" "fork|0|0|55"
expect "the fork recorded" "$(q -c "SELECT kiosk_id, seq, problem FROM passgate.forks")" \
  "kiosk-a|56|the row does not match its hash"
expect "the kiosk refused after a fork" "$(ingest kiosk_a kiosk-a "$(rows "$work/a" 56 60)")" "refused|0|0|55"

# Two kiosks with one id: kiosk-b's role is used by two PCs; the second one's first entry differs.
make_ledger "$work/b1" kiosk-b 10
make_ledger "$work/b2" kiosk-b 10
expect "kiosk-b, first PC" "$(ingest kiosk_b kiosk-b "$(rows "$work/b1" 1 10)")" "ok|10|0|10"
expect "kiosk-b, second PC with the same id" "$(ingest kiosk_b kiosk-b "$(rows "$work/b2" 1 10)")" "fork|0|0|10"
expect "its fork recorded" "$(q -c "SELECT problem FROM passgate.forks WHERE kiosk_id = 'kiosk-b'")" \
  "a different entry with this number arrived before"

# A row with a valid hash of its own that does not continue this chain (another ledger's entry 6).
make_ledger "$work/c1" kiosk-c 5
make_ledger "$work/c2" kiosk-c 6
expect "kiosk-c" "$(ingest kiosk_c kiosk-c "$(rows "$work/c1" 1 5)")" "ok|5|0|5"
expect "another chain's next entry" "$(ingest kiosk_c kiosk-c "$(rows "$work/c2" 6 6)")" "fork|0|0|5"
expect "its fork recorded" "$(q -c "SELECT problem FROM passgate.forks WHERE kiosk_id = 'kiosk-c'")" \
  "does not chain to the entry before it"

# Rows naming another kiosk: kiosk-d's own entries, then entries recorded as kiosk-b's in its ledger.
make_ledger "$work/d" kiosk-d 5
make_ledger "$work/d" kiosk-b 3
make_ledger "$work/d" kiosk-d 2 --clock "$(date -u -d '40 days ago' +%Y-%m-%dT%H:%M:%SZ)"
expect "kiosk-d" "$(ingest kiosk_d kiosk-d "$(rows "$work/d" 1 5)")" "ok|5|0|5"
expect "rows naming kiosk-b, sent by kiosk-d" "$(ingest kiosk_d kiosk-d "$(rows "$work/d" 6 10)")" "foreign|0|0|5"
expect "nothing of them stored" "$(q -c "SELECT count(*), max(seq) FROM passgate.entries WHERE kiosk_id = 'kiosk-d'")" "5|5"
expect "the attempt recorded" "$(q -c "SELECT kiosk_id, login_role, claimed_kiosk, seq, attempts FROM passgate.refused_uploads")" \
  "kiosk-d|kiosk_d|kiosk-b|6|1"
expect "again" "$(ingest kiosk_d kiosk-d "$(rows "$work/d" 6 10)")" "foreign|0|0|5"
expect "counted on the same line" "$(q -c "SELECT count(*), sum(attempts) FROM passgate.refused_uploads")" "1|2"
expect "kiosk-d is not refused for it" "$(q -c "SELECT refused_at IS NULL FROM passgate.kiosks WHERE kiosk_id = 'kiosk-d'")" t

# Retention counts from arrival: kiosk-e's entries dated 40 days back (its clock) arrive today.
make_ledger "$work/e" kiosk-e 3 --clock "$(date -u -d '40 days ago' +%Y-%m-%dT%H:%M:%SZ)"
expect "kiosk-e's entries dated 40 days back" "$(ingest kiosk_e kiosk-e "$(rows "$work/e" 1 3)")" "ok|3|0|3"
today=$(q -c "SELECT 'entries_' || to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDD')")
expect "filed under today's arrivals" "$(q -c "SELECT DISTINCT tableoid::regclass FROM passgate.entries WHERE kiosk_id = 'kiosk-e'")" \
  "passgate.$today"
# The purge by itself: at the first contact of a UTC day, whatever partition the past left behind.
expect "the server's retention" "$(q -c "SELECT retention_days FROM passgate.settings")" 28
old_day=$(q -c "SELECT 'entries_' || to_char((now() AT TIME ZONE 'UTC')::date - 40, 'YYYYMMDD')")
q -c "SELECT passgate.ensure_partition((now() AT TIME ZONE 'UTC')::date - 40);
      CREATE TABLE passgate.entries_handmade PARTITION OF passgate.entries
        FOR VALUES FROM ((now() AT TIME ZONE 'UTC')::date - 60) TO ((now() AT TIME ZONE 'UTC')::date - 50);
      UPDATE passgate.settings SET purged_on = (now() AT TIME ZONE 'UTC')::date - 1" > /dev/null
expect "a kiosk's contact on a new day" "$(q -U kiosk_e -c "SELECT passgate.high_water('kiosk-e')")" 3
expect "drops the arrivals past the retention" \
  "$(q -c "SELECT to_regclass('passgate.$old_day') IS NULL, to_regclass('passgate.entries_handmade') IS NULL")" "t|t"
expect "and keeps what arrived today, dated 40 days back" "$(q -c "SELECT count(*) FROM passgate.entries WHERE kiosk_id = 'kiosk-e'")" 3
expect "once a day" "$(q -c "SELECT purged_on = (now() AT TIME ZONE 'UTC')::date FROM passgate.settings")" t

# verify() re-checks the stored rows: one stored under another kiosk's id is counted.
q -c "INSERT INTO passgate.entries SELECT 'kiosk-x', seq, day, time_ms, kind, kiosk, mode, verdict, reasons, passes, staff,
        contact, attributes, event, prev_hash, hash, received_at, arrival_day FROM passgate.entries
       WHERE kiosk_id = 'kiosk-e' AND seq = 1"
expect "verify(): a row naming another kiosk" \
  "$(q -c "SELECT entries, bad_hashes, broken_links, foreign_rows, missing_newest FROM passgate.verify() WHERE kiosk_id = 'kiosk-x'")" \
  "1|0|0|1|0"
expect "verify(): the others" \
  "$(q -c "SELECT string_agg(kiosk_id || ':' || bad_hashes || broken_links || foreign_rows || missing_newest, ' ')
             FROM passgate.verify() WHERE kiosk_id <> 'kiosk-x'")" "kiosk-a:0000 kiosk-b:0000 kiosk-c:0000 kiosk-d:0000 kiosk-e:0000"
q -c "DELETE FROM passgate.entries WHERE kiosk_id = 'kiosk-x'"

# Purge: arrival-day partitions older than the cutoff go whole; today's stay under a 28-day retention.
expect "purge, 28 days" "$(q -c "SELECT count(*) FROM passgate.purge(28)")" 0
expect "entries kept" "$(q -c "SELECT count(*) FROM passgate.entries")" 78
expect "purge past today" "$(q -c "SELECT * FROM passgate.purge(-1)")" "$today"
expect "entries after the purge" "$(q -c "SELECT count(*) FROM passgate.entries")" 0
echo "PASS"
