#!/usr/bin/env bash
# `passgate-cli server init` on a server that has the first schema (schema-v1.sql, as passgate shipped
# it before schema versions): upgraded in one transaction to the current version, every entry kept
# (those of a kiosk whose clock was 40 days behind included, which version 1 filed under their own
# day and would have purged), now partitioned by arrival; the kiosks go on syncing; a second init
# changes nothing.
# usage: upgrade.sh PASSGATE_CLI SCHEMA_V1_SQL
set -euo pipefail
cli=$1 schema_v1=$2
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=postgres.sh
source "$here/postgres.sh"
# shellcheck source=server-test.sh
source "$here/server-test.sh"
need_sqlite3
work=$(mktemp -d)
chmod 0755 "$work"
start_postgres
trap 'stop_postgres; rm -rf "$work"' EXIT
passgate_database
q -1 -f "$schema_v1" > /dev/null || fail "the version 1 schema does not apply"
"$cli" server add-kiosk kiosk-a --db "$db" --password-file "$work/kiosk-a.pw" > /dev/null || fail "add-kiosk"
mkdir -p "$work/a"
cat > "$work/a/config.json" << JSON
{"version": 1, "kioskId": "kiosk-a", "syncPasswordFile": "$work/kiosk-a.pw",
 "syncServer": "host=127.0.0.1 port=$PGPORT dbname=passgate user=passgate_kiosk_kiosk_a"}
JSON
stress() { # COUNT [OPTION...]
  "$cli" ledger stress --data-dir "$work/a/data" --kiosk-id kiosk-a --count "$1" "${@:2}" > /dev/null || fail "stress"
}
sync_once() {
  "$cli" sync --data-dir "$work/a/data" --config "$work/a/config.json" --until-caught-up --poll-ms 100 \
    --retry-cap-ms 1000 > "$work/log" 2>&1 || fail "sync: $(cat "$work/log")"
}
held() {
  q -c "SELECT count(*) || '|' || min(seq) || '|' || max(seq) FROM passgate.entries WHERE kiosk_id = 'kiosk-a'"
}
stress 10
stress 3 --clock "$(date -u -d '40 days ago' +%Y-%m-%dT%H:%M:%SZ)"
stress 2
sync_once
expect "version 1: every entry stored" "$(held)" "15|1|15"
expect "version 1: filed under their own days" \
  "$(q -c "SELECT count(*) FROM pg_inherits WHERE inhparent = 'passgate.entries'::regclass")" 2

expect "server init upgrades" "$("$cli" server init --db "$db")" \
  "passgate's schema on the server upgraded from version 1 to 2, every entry kept"
expect "every entry kept" "$(held)" "15|1|15"
expect "the entries byte for byte" \
  "$(q -F'|' -c "SELECT seq, time_ms, kind, kiosk, mode, verdict, reasons, passes, staff, upper(encode(contact, 'hex')),
           attributes, event, upper(encode(prev_hash, 'hex')), upper(encode(hash, 'hex'))
           FROM passgate.entries ORDER BY seq" | sha256sum)" \
  "$(sqlite3 "$work/a/data/ledger.db" "SELECT id, time_ms, kind, kiosk, mode, verdict, reasons, passes, staff,
       hex(contact), attributes, event, hex(prev_hash), hex(hash) FROM entries ORDER BY id" | sha256sum)"
expect "now partitioned by arrival" \
  "$(q -c "SELECT count(*) FROM pg_inherits WHERE inhparent = 'passgate.entries'::regclass")" 1
expect "the version recorded" "$(q -c "SELECT schema_version, retention_days FROM passgate.settings")" "2|28"
expect "server init a second time" "$("$cli" server init --db "$db")" \
  "the server already has passgate's schema: nothing changed"
expect "version 1 would drop the late entries' day; version 2 keeps them" \
  "$("$cli" server purge --db "$db" | tail -1)" "0 partitions of entries that arrived over 28 days ago purged"
expect "kept" "$(held)" "15|1|15"
"$cli" server verify --db "$db" > "$work/verify" || fail "server verify: $(cat "$work/verify")"
"$cli" server status --db "$db" > "$work/status" || fail "server status: $(cat "$work/status")"
stress 5
sync_once
expect "the kiosk syncs on" "$(held)" "20|1|20"
"$cli" server verify --db "$db" > "$work/verify" || fail "server verify: $(cat "$work/verify")"
echo "ok: $(tail -1 "$work/verify")"
echo "PASS"
