#!/usr/bin/env bash
# Issue 35, items 11 and 12, through `passgate-cli sync` and `passgate-cli server` against a real
# PostgreSQL 15 (postgres.sh):
#  - a kiosk whose clock was wrong (entries dated 40 days back, in 1999, in 2099) is told its entries
#    are stored, and the server keeps every one of them: the automatic purge and `server purge` count
#    the retention from the day an entry arrived, and drop the oldest arrivals only, whatever their
#    dates, far-future ones too; every chain stays intact;
#  - `server status` runs the check `server verify` runs: a chain with a hole or without its newest
#    entry makes both say BROKEN and exit 1;
#  - a kiosk uploading rows that name another kiosk (ledger stress --kiosk-id B on kiosk C's data
#    dir) is refused: nothing stored, nothing credited to B in the export, the sync stops with
#    'wrong-kiosk' (not retried as unreachable), the attempt recorded and shown by `server status`.
# usage: retention.sh PASSGATE_CLI
set -euo pipefail
cli=$1
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
"$cli" server init --db "$db" --retention-days 28 > /dev/null || fail "server init"
echo 'owner passphrase' | "$cli" keys init --data-dir "$work/owner" --private-key-out "$work/owner.pem" \
  --passphrase-file - > /dev/null

register() { # KIOSK_ID
  "$cli" server add-kiosk "$1" --db "$db" --password-file "$work/$1.pw" > /dev/null || fail "add-kiosk $1"
}
kiosk() { # DIR KIOSK_ID
  mkdir -p "$work/$1"
  "$cli" keys init --data-dir "$work/$1/data" --owner-public-key "$work/owner/owner-public.pem" > /dev/null
  cat > "$work/$1/config.json" << JSON
{"version": 1, "kioskId": "$2", "syncPasswordFile": "$work/$2.pw",
 "syncServer": "host=127.0.0.1 port=$PGPORT dbname=passgate user=passgate_kiosk_$(echo "$2" | tr 'A-Z-' 'a-z_')"}
JSON
}
stress() { # DIR KIOSK_ID COUNT [OPTION...]
  "$cli" ledger stress --data-dir "$work/$1/data" --kiosk-id "$2" --count "$3" "${@:4}" > /dev/null ||
    fail "stress $1 ${*:4}"
}
sync_once() { # DIR: until caught up (or stopped); its output in DIR/log
  "$cli" sync --data-dir "$work/$1/data" --config "$work/$1/config.json" --until-caught-up --poll-ms 100 \
    --retry-cap-ms 1000 > "$work/$1/log" 2>&1
}
held() { # KIOSK_ID -> rows|min|max
  q -c "SELECT count(*) || '|' || coalesce(min(seq), 0) || '|' || coalesce(max(seq), 0)
        FROM passgate.entries WHERE kiosk_id = '$1'"
}
status_ok() { # WHAT
  "$cli" server status --db "$db" > "$work/status" || { cat "$work/status"; fail "$1: server status exit 1"; }
  grep -q '^chains: every chain intact$' "$work/status" || fail "$1: $(cat "$work/status")"
  "$cli" server verify --db "$db" > "$work/verify" || { cat "$work/verify"; fail "$1: server verify"; }
  echo "ok: $1: server status and server verify: every chain intact"
}
today="(now() AT TIME ZONE 'UTC')::date"
# As if entries FROM..TO of KIOSK had arrived DAYS days ago (the server's clock cannot be moved).
arrived_ago() { # KIOSK FROM TO DAYS
  q -c "SELECT passgate.ensure_partition($today - $4);
        UPDATE passgate.entries SET arrival_day = $today - $4, received_at = received_at - interval '$4 days'
         WHERE kiosk_id = '$1' AND seq BETWEEN $2 AND $3" > /dev/null
}

# 11. A kiosk whose clock was wrong for a while: 40 days behind, then in 1999, then in 2099, then right.
register kiosk-late
kiosk late kiosk-late
stress late kiosk-late 5
stress late kiosk-late 5 --clock "$(date -u -d '40 days ago' +%Y-%m-%dT%H:%M:%SZ)"
stress late kiosk-late 5 --clock 1999-03-01T12:00:00Z
stress late kiosk-late 5 --clock 2099-03-01T12:00:00Z
stress late kiosk-late 5
sync_once late || fail "the kiosk with a wrong clock: $(cat "$work/late/log")"
expect "wrong clock: every entry acknowledged" "$(tail -1 "$work/late/log")" \
  "caught-up acknowledged=25 local=25 sent=25 resent=0"
expect "wrong clock: every entry stored" "$(held kiosk-late)" "25|1|25"
expect "wrong clock: the entries' own days" \
  "$(q -c "SELECT count(DISTINCT day) >= 4, min(day) < '2000-01-01', max(day) > '2098-01-01' FROM passgate.entries")" \
  "t|t|t"
expect "one partition: today's arrivals" "$(q -c "SELECT count(*) FROM pg_inherits WHERE inhparent = 'passgate.entries'::regclass")" 1
# The automatic purge: a new UTC day begins, and the kiosk's next contact runs it.
q -c "UPDATE passgate.settings SET purged_on = $today - 1"
sync_once late || fail "a contact on a new day: $(cat "$work/late/log")"
expect "the automatic purge ran today" "$(q -c "SELECT purged_on = $today FROM passgate.settings")" t
expect "the automatic purge kept every acknowledged entry" "$(held kiosk-late)" "25|1|25"
expect "server purge keeps them too" "$("$cli" server purge --db "$db" | tail -1)" \
  "0 partitions of entries that arrived over 28 days ago purged"
expect "kept" "$(held kiosk-late)" "25|1|25"
status_ok "wrong clock"

# Retention counts from arrival: what arrived 29 days ago goes, whatever its date (40 days back,
# 1999); a kiosk's arrivals only grow along its chain, so the oldest part of the chain goes.
arrived_ago kiosk-late 1 15 29
expect "day 29: the oldest arrivals purged" "$("$cli" server purge --db "$db" | tail -1)" \
  "1 partitions of entries that arrived over 28 days ago purged"
expect "the rest kept, 2099's included" "$(held kiosk-late)" "10|16|25"
status_ok "after a purge"
# Far-future entries go by their arrival too, by the automatic purge.
arrived_ago kiosk-late 16 20 30
q -c "UPDATE passgate.settings SET purged_on = NULL"
sync_once late || fail "a contact on a new day: $(cat "$work/late/log")"
expect "entries dated 2099 purged 28 days after their arrival" "$(held kiosk-late)" "5|21|25"
# Any partition, whatever its name or dates: a DEFAULT one loses the rows past the retention.
q -c "CREATE TABLE passgate.entries_default PARTITION OF passgate.entries DEFAULT;
      INSERT INTO passgate.entries (kiosk_id, seq, day, time_ms, kind, kiosk, mode, verdict, reasons, passes,
                                    staff, contact, attributes, event, prev_hash, hash, received_at, arrival_day)
        SELECT 'kiosk-gone', seq, day, time_ms, kind, 'kiosk-gone', mode, verdict, reasons, passes, staff, contact,
               attributes, event, prev_hash, hash, received_at - interval '60 days', arrival_day - 60
          FROM passgate.entries WHERE kiosk_id = 'kiosk-late'"
expect "a DEFAULT partition: its old rows purged" "$("$cli" server purge --db "$db")" \
  "$(printf 'dropped entries_default (5 entries)\n1 partitions of entries that arrived over 28 days ago purged')"
q -c "DROP TABLE passgate.entries_default"
status_ok "after the purges"

# `server status` checks the chains as `server verify` does: a hole, then the newest entry gone.
q -c "CREATE TABLE public.saved AS SELECT * FROM passgate.entries WHERE kiosk_id = 'kiosk-late' AND seq IN (23, 25);
      DELETE FROM passgate.entries WHERE kiosk_id = 'kiosk-late' AND seq = 23"
if "$cli" server verify --db "$db" > "$work/verify"; then fail "server verify exit 0 with a hole"; fi
grep -q '^kiosk-late: 4 entries 21 to 25, BROKEN: 0 hashes wrong, 1 links broken$' "$work/verify" ||
  fail "a hole: $(cat "$work/verify")"
if "$cli" server status --db "$db" > "$work/status"; then fail "server status exit 0 with a hole: $(cat "$work/status")"; fi
grep -q "^ALARM: kiosk-late's chain on the server is BROKEN: 0 hashes wrong, 1 links broken" "$work/status" ||
  fail "server status on a hole: $(cat "$work/status")"
grep -q '^chains: 1 BROKEN' "$work/status" || fail "server status on a hole: $(cat "$work/status")"
echo "ok: a hole in a chain: server verify and server status say BROKEN and exit 1"
q -c "INSERT INTO passgate.entries SELECT * FROM public.saved WHERE seq = 23;
      DELETE FROM passgate.entries WHERE kiosk_id = 'kiosk-late' AND seq = 25"
if "$cli" server status --db "$db" > "$work/status"; then fail "server status exit 0 without the newest entry"; fi
grep -q "^ALARM: kiosk-late's chain on the server is BROKEN: 0 hashes wrong, 0 links broken, its newest 1 acknowledged entries missing" \
  "$work/status" || fail "server status without the newest entry: $(cat "$work/status")"
echo "ok: the newest acknowledged entry gone: server status says BROKEN and exits 1"
q -c "INSERT INTO passgate.entries SELECT * FROM public.saved WHERE seq = 25; DROP TABLE public.saved"
status_ok "restored"

# 12. Kiosk C's data dir holding entries recorded as kiosk B's, sent with C's credentials.
register kiosk-b
register kiosk-c
kiosk c kiosk-c
stress c kiosk-c 5
sync_once c || fail "kiosk-c: $(cat "$work/c/log")"
stress c kiosk-b 3
stress c kiosk-c 2
if sync_once c; then fail "rows naming kiosk-b were accepted from kiosk-c: $(cat "$work/c/log")"; fi
grep -q "^stopped .*problem=wrong-kiosk: the server refuses entry 6: it was recorded as kiosk 'kiosk-b', but this kiosk signs in as 'kiosk-c'" \
  "$work/c/log" || fail "another kiosk's rows: $(cat "$work/c/log")"
if grep -q '^retrying' "$work/c/log"; then fail "another kiosk's rows retried as a passing failure: $(cat "$work/c/log")"; fi
echo "ok: another kiosk's rows: the sync stops with wrong-kiosk"
expect "another kiosk's rows: nothing of them stored" "$(held kiosk-c)" "5|1|5"
expect "nothing stored naming kiosk-b" "$(q -c "SELECT count(*) FROM passgate.entries WHERE kiosk = 'kiosk-b' OR kiosk_id = 'kiosk-b'")" 0
expect "the attempt recorded" "$(q -c "SELECT kiosk_id, login_role, claimed_kiosk, seq, attempts FROM passgate.refused_uploads")" \
  "kiosk-c|passgate_kiosk_kiosk_c|kiosk-b|6|1"
if sync_once c; then fail "the second attempt was accepted"; fi
expect "a second attempt counted, not another line" "$(q -c "SELECT count(*), sum(attempts) FROM passgate.refused_uploads")" "1|2"
if "$cli" server status --db "$db" > "$work/status"; then fail "server status exit 0 after a refused upload"; fi
grep -q '^ALARM: refused upload: kiosk kiosk-c (role passgate_kiosk_kiosk_c) sent entry 6 naming kiosk kiosk-b; nothing of it stored (2 attempts' \
  "$work/status" || fail "server status on a refused upload: $(cat "$work/status")"
grep -q '^chains: every chain intact$' "$work/status" || fail "$(cat "$work/status")"
echo "ok: server status shows the refused upload and exits 1"
"$cli" server export --db "$db" --from 1990-01-01T00:00:00Z --to 2100-01-01T00:00:00Z --out "$work/all.pgx" \
  --owner-key "$work/owner/owner-public.pem" > /dev/null || fail "server export"
echo 'owner passphrase' | "$cli" ledger open-export "$work/all.pgx" --key "$work/owner.pem" --passphrase-file - \
  --out "$work/all.csv" 2> /dev/null || fail "open-export"
expect "the export credits nothing to kiosk-b" "$(grep -c 'kiosk-b' "$work/all.csv" || true)" 0
expect "the export holds kiosk-c's own check-ins" "$(grep -c 'kiosk-c' "$work/all.csv")" \
  "$(q -c "SELECT count(*) FROM passgate.entries WHERE kiosk_id = 'kiosk-c' AND kind = 'check-in'")"
# Refused uploads are kept as long as entries: retention_days after the last attempt.
q -c "UPDATE passgate.refused_uploads SET last_at = now() - interval '29 days'"
"$cli" server purge --db "$db" > /dev/null
expect "an old refused upload purged" "$(q -c "SELECT count(*) FROM passgate.refused_uploads")" 0
status_ok "the end"
echo "PASS"
