#!/usr/bin/env bash
# Kiosks replicating their ledgers into a real PostgreSQL 15 (started for the test, postgres.sh), through
# `passgate-cli sync`, the kiosk's own sync worker without the screen, and `passgate-cli server`:
#  - catch-up in batches, every entry once, byte for byte, every chain verified on the server;
#  - the server down for a while and back: the worker retries and every entry arrives once;
#  - the worker killed (SIGKILL) again and again mid-run and restarted: no gap, no duplicate;
#  - acknowledgements lost: the overlap is re-sent, counted, harmless;
#  - a forged row: refused, recorded, the kiosk stopped, `server status` raises the alarm;
#  - two kiosks with one id: the second is refused;
#  - TLS: a pinned certificate or a CA is required for another machine, a wrong pin sends nothing;
#    an unsafe password file is refused;
#  - server purge drops the partitions of entries that arrived past the retention; server today
#    counts; server export across kiosks opens with the owner's key.
# usage: replication.sh PASSGATE_CLI
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
background=()
cleanup() {
  for pid in "${background[@]}"; do
    kill -9 "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
  done
  stop_postgres
  [ -n "${KEEP_WORK:-}" ] && echo "kept $work" || rm -rf "$work"
}

# The server speaks TLS with a self-signed certificate for 127.0.0.1 (its own CA).
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=127.0.0.1 \
  -addext subjectAltName=IP:127.0.0.1 -keyout "$work/server.key" -out "$work/server.crt" 2> /dev/null
chmod 0600 "$work/server.key"
[ "$(id -u)" = 0 ] && chown postgres: "$work/server.key"
start_postgres -c ssl=on -c ssl_cert_file="$work/server.crt" -c ssl_key_file="$work/server.key"
trap cleanup EXIT
passgate_database
"$cli" server init --db "$db" --retention-days 28 > /dev/null || fail "server init"
expect "server init a second time" "$("$cli" server init --db "$db")" \
  "the server already has passgate's schema: nothing changed"

register() { # KIOSK_ID
  "$cli" server add-kiosk "$1" --db "$db" --password-file "$work/$1.pw" > /dev/null || fail "add-kiosk $1"
}
# The owner's key pair; every kiosk seals its contacts to the one public key (keys init --owner-public-key).
echo 'owner passphrase' | "$cli" keys init --data-dir "$work/owner" --private-key-out "$work/owner.pem" \
  --passphrase-file - > /dev/null
kiosk() { # DIR KIOSK_ID [EXTRA JSON MEMBERS]: a kiosk's settings naming the server
  mkdir -p "$work/$1"
  [ -e "$work/$1/data/venue-secret" ] ||
    "$cli" keys init --data-dir "$work/$1/data" --owner-public-key "$work/owner/owner-public.pem" > /dev/null
  local role
  role=passgate_kiosk_$(echo "$2" | tr 'A-Z-' 'a-z_')
  cat > "$work/$1/config.json" << JSON
{"version": 1, "kioskId": "$2", "syncPasswordFile": "$work/$2.pw",
 "syncServer": "host=127.0.0.1 port=$PGPORT dbname=passgate user=$role" ${3:-}}
JSON
}
stress() { # DIR KIOSK_ID COUNT
  "$cli" ledger stress --data-dir "$work/$1/data" --kiosk-id "$2" --count "$3" > /dev/null || fail "stress $1"
}
sync_once() { # DIR [OPTION...]: until caught up; its output in DIR/log
  "$cli" sync --data-dir "$work/$1/data" --config "$work/$1/config.json" --until-caught-up --poll-ms 100 \
    --retry-cap-ms 1000 "${@:2}" > "$work/$1/log" 2>&1
}
held() { # KIOSK_ID -> rows|distinct seqs|min|max
  q -c "SELECT count(*) || '|' || count(DISTINCT seq) || '|' || coalesce(min(seq), 0) || '|' || coalesce(max(seq), 0)
        FROM passgate.entries WHERE kiosk_id = '$1'"
}
wait_held() { # KIOSK_ID WANT SECONDS
  local got=""
  for _ in $(seq $(($3 * 5))); do
    got=$(held "$1" 2> /dev/null || true)
    [ "$got" = "$2" ] && return 0
    sleep 0.2
  done
  fail "$1: the server holds '$got', expected '$2' within $3 s"
}
same_bytes() { # DIR KIOSK_ID: the server's rows are the ledger's, byte for byte
  local here there
  here=$(sqlite3 "$work/$1/data/ledger.db" "SELECT id, time_ms, kind, mode, verdict, reasons, passes, staff,
           hex(contact), attributes, event, hex(prev_hash), hex(hash) FROM entries ORDER BY id" | sha256sum)
  there=$(q -F'|' -c "SELECT seq, time_ms, kind, mode, verdict, reasons, passes, staff, upper(encode(contact, 'hex')),
           attributes, event, upper(encode(prev_hash, 'hex')), upper(encode(hash, 'hex'))
           FROM passgate.entries WHERE kiosk_id = '$2' ORDER BY seq" | sha256sum)
  [ "$here" = "$there" ] || fail "$2: the server's rows differ from the ledger's"
  echo "ok: $2: the server's rows are the ledger's, byte for byte"
}
chains_intact() {
  "$cli" server verify --db "$db" > "$work/verify" || { cat "$work/verify"; fail "server verify"; }
  echo "ok: server verify: $(tail -1 "$work/verify")"
}

# 1. Catch-up: 1,234 entries in batches of 100.
register kiosk-one
kiosk one kiosk-one
stress one kiosk-one 1234
sync_once one --batch 100 || fail "catch-up: $(cat "$work/one/log")"
expect "catch-up: every entry once" "$(held kiosk-one)" "1234|1234|1|1234"
expect "catch-up: in batches" "$(grep -c '^sending' "$work/one/log")" 13
expect "catch-up: the last line" "$(tail -1 "$work/one/log")" "caught-up acknowledged=1234 local=1234 sent=1234 resent=0"
same_bytes one kiosk-one
expect "nothing more to send" "$(sync_once one && tail -1 "$work/one/log")" \
  "caught-up acknowledged=1234 local=1234 sent=0 resent=0"
chains_intact

# 2. The server down for a while and back, the worker running all along.
register kiosk-two
kiosk two kiosk-two
stress two kiosk-two 200
"$cli" sync --data-dir "$work/two/data" --config "$work/two/config.json" --poll-ms 100 --retry-cap-ms 1000 \
  > "$work/two/log" 2>&1 &
background+=($!)
wait_held kiosk-two "200|200|1|200" 30
pause_postgres
stress two kiosk-two 300 # recorded while the server is away
for _ in $(seq 50); do grep -q '^retrying .*problem=unreachable' "$work/two/log" && break; sleep 0.2; done
grep -q '^retrying .*problem=unreachable' "$work/two/log" || fail "outage: the worker did not notice: $(cat "$work/two/log")"
echo "ok: outage: $(grep -m1 '^retrying' "$work/two/log" | cut -c1-120)"
resume_postgres -c ssl=on -c ssl_cert_file="$work/server.crt" -c ssl_key_file="$work/server.key"
wait_held kiosk-two "500|500|1|500" 60
echo "ok: outage: every entry arrived once after the server came back ($(tail -1 "$work/two/log"))"
same_bytes two kiosk-two

# 3. SIGKILL mid-run, again and again; then a run to the end.
register kiosk-three
kiosk three kiosk-three
stress three kiosk-three 4000
mid=0
for round in 1 2 3 4 5 6; do
  "$cli" sync --data-dir "$work/three/data" --config "$work/three/config.json" --batch 10 --poll-ms 100 \
    > "$work/three/log.$round" 2>&1 &
  pid=$!
  sleep "0.$((RANDOM % 4 + 2))"
  kill -9 "$pid"
  wait "$pid" 2> /dev/null || true
  n=$(held kiosk-three | cut -d'|' -f1)
  [ "$n" -gt 0 ] && [ "$n" -lt 4000 ] && mid=$((mid + 1))
  echo "ok: killed round $round with $n entries on the server"
done
[ "$mid" -gt 0 ] || fail "no SIGKILL landed in the middle of the run"
sync_once three --batch 10 || fail "after the kills: $(cat "$work/three/log")"
expect "after $mid kills mid-run: no gap, no duplicate" "$(held kiosk-three)" "4000|4000|1|4000"
echo "ok: after the kills: $(tail -1 "$work/three/log")"
same_bytes three kiosk-three

# 4. Lost acknowledgements: the committed batch is re-sent from the kiosk's pointer; the server checks
#    and counts it, stores nothing twice.
register kiosk-four
kiosk four kiosk-four
stress four kiosk-four 100
sync_once four || fail "lost acks: $(cat "$work/four/log")"
stress four kiosk-four 300
sync_once four --batch 100 --lose-acknowledgements 2 || fail "lost acks: $(cat "$work/four/log")"
expect "two acknowledgements lost" "$(grep -c 'acknowledgement of entries 101 to 200 was lost' "$work/four/log")" 2
# Entries 101-200 committed three times over: twice unacknowledged, then re-sent and acknowledged.
expect "lost acks: the overlap re-sent, harmless" "$(tail -1 "$work/four/log")" \
  "caught-up acknowledged=400 local=400 sent=200 resent=100"
expect "lost acks: every entry once" "$(held kiosk-four)" "400|400|1|400"

# 5. A forged row: entry 40 changed in the kiosk's ledger after it was recorded.
register kiosk-five
kiosk five kiosk-five
stress five kiosk-five 30
sync_once five || fail "forgery setup"
stress five kiosk-five 20
sqlite3 "$work/five/data/ledger.db" "UPDATE entries SET verdict = 'admit', time_ms = time_ms + 1000 WHERE id = 40"
if sync_once five; then fail "a forged row was accepted: $(cat "$work/five/log")"; fi
grep -q '^stopped .*problem=refused' "$work/five/log" || fail "forgery: $(cat "$work/five/log")"
expect "forgery: the entries before it arrived, nothing after" "$(held kiosk-five)" "39|39|1|39"
expect "forgery: recorded" "$(q -c "SELECT seq, problem FROM passgate.forks WHERE kiosk_id = 'kiosk-five'")" \
  "40|the row does not match its hash"
if "$cli" server status --db "$db" > "$work/status"; then fail "server status exit 0 with a fork"; fi
grep -q '^kiosk-five: .*ALARM: refused since' "$work/status" || fail "no alarm: $(cat "$work/status")"
grep -q '^fork: kiosk-five entry 40: the row does not match its hash' "$work/status" || fail "$(cat "$work/status")"
echo "ok: forgery: server status raises the alarm"

# 6. Two kiosks with one id.
register kiosk-six
kiosk six-a kiosk-six
kiosk six-b kiosk-six
stress six-a kiosk-six 20
stress six-b kiosk-six 25
sync_once six-a || fail "same id, first kiosk: $(cat "$work/six-a/log")"
if sync_once six-b; then fail "a second kiosk with the same id was accepted"; fi
grep -q '^stopped .*problem=refused' "$work/six-b/log" || fail "same id: $(cat "$work/six-b/log")"
expect "same id: only the first kiosk's entries" "$(held kiosk-six)" "20|20|1|20"
# The second kiosk resumes where the server's copy ends, and its entry 21 is not the first kiosk's.
expect "same id: recorded" "$(q -c "SELECT seq, problem FROM passgate.forks WHERE kiosk_id = 'kiosk-six'")" \
  "21|does not chain to the entry before it"

# 7. TLS and credentials. Another machine needs a CA or a pin; a wrong pin sends nothing.
pin=$(openssl x509 -noout -fingerprint -sha256 -in "$work/server.crt" | cut -d= -f2)
register kiosk-seven
kiosk seven kiosk-seven ", \"syncServerPin\": \"$pin\""
stress seven kiosk-seven 50
sync_once seven || fail "pinned: $(cat "$work/seven/log")"
expect "pinned certificate: caught up" "$(held kiosk-seven)" "50|50|1|50"
stress seven kiosk-seven 10
kiosk seven kiosk-seven ", \"syncServerPin\": \"$(echo "$pin" | tr '0-9A-F' 'A-F0-9A-F')\""
if sync_once seven; then fail "a wrong pin was accepted"; fi
grep -q '^stopped .*problem=tls-mismatch: .*not the pinned one: nothing was sent' "$work/seven/log" ||
  fail "wrong pin: $(cat "$work/seven/log")"
expect "wrong pin: nothing sent" "$(held kiosk-seven)" "50|50|1|50"
kiosk seven kiosk-seven ", \"syncServerCa\": \"$work/server.crt\""
sync_once seven || fail "CA: $(cat "$work/seven/log")"
expect "the server's CA: caught up" "$(held kiosk-seven)" "60|60|1|60"
kiosk eight kiosk-seven
sed -i 's/host=127.0.0.1/host=server.passgate.invalid/' "$work/eight/config.json"
stress eight kiosk-seven 1
if sync_once eight; then fail "another machine without a CA or pin"; fi
grep -q 'problem=bad-settings: server.passgate.invalid is another machine: set syncServerCa' "$work/eight/log" ||
  fail "no anchor: $(cat "$work/eight/log")"
kiosk eight kiosk-seven
cp "$work/kiosk-seven.pw" "$work/kiosk-seven.right"
echo wrong-password > "$work/kiosk-seven.pw"
if sync_once eight; then fail "a wrong password was accepted"; fi
grep -q 'problem=auth-failed: .*password authentication failed for user "passgate_kiosk_kiosk_seven"' "$work/eight/log" ||
  fail "wrong password: $(cat "$work/eight/log")"
cp "$work/kiosk-seven.right" "$work/kiosk-seven.pw"
chmod 0644 "$work/kiosk-seven.pw"
if sync_once eight; then fail "a password file others can read was used"; fi
grep -q 'problem=credentials-unsafe: .* can be read by other users: chmod 600 it' "$work/eight/log" ||
  fail "unsafe password file: $(cat "$work/eight/log")"
echo "ok: TLS pin, CA, no anchor, a wrong password and an unsafe password file"

# 8. The owner's view: today's counts, one export across kiosks, purge.
"$cli" server today --db "$db" > "$work/today" || fail "server today"
total=$(q -c "SELECT count(*) FROM passgate.entries WHERE kind = 'check-in'")
expect "server today: total" "$(tail -1 "$work/today")" "total $total"
grep -q '^  kiosk-three  4000$' "$work/today" || fail "server today per kiosk: $(cat "$work/today")"
# Every kiosk seals to the same owner: the chain's one export opens with one key.
"$cli" server export --db "$db" --from 2000-01-01T00:00:00Z --to 2100-01-01T00:00:00Z --out "$work/all.pgx" \
  --owner-key "$work/owner/owner-public.pem" > /dev/null || fail "server export"
echo 'owner passphrase' | "$cli" ledger open-export "$work/all.pgx" --key "$work/owner.pem" --passphrase-file - \
  --out "$work/all.csv" 2> /dev/null || fail "open-export of the server's export"
expect "server export: one line per check-in" "$(($(wc -l < "$work/all.csv") - 1))" "$total"
expect "server export: the phone numbers opened" "$(grep -c ',010-9[0-9]*-[0-9]*,' "$work/all.csv")" \
  "$(q -c "SELECT count(*) FROM passgate.entries WHERE kind = 'check-in' AND contact IS NOT NULL")"

day=$(q -c "SELECT to_char((now() AT TIME ZONE 'UTC')::date - 40, 'YYYYMMDD')")
# Entries that arrived 40 days ago (the server's clock cannot be moved: made by hand).
q -c "SELECT passgate.ensure_partition((now() AT TIME ZONE 'UTC')::date - 40);
      INSERT INTO passgate.entries (kiosk_id, seq, day, time_ms, kind, kiosk, mode, verdict, reasons, passes, staff,
                                    contact, attributes, event, prev_hash, hash, received_at, arrival_day)
        SELECT 'kiosk-old', seq, day - 40, time_ms - 40 * 86400000::bigint, kind, kiosk, mode,
               verdict, reasons, passes, staff, contact, attributes, event, prev_hash, hash,
               received_at - interval '40 days', arrival_day - 40
          FROM passgate.entries WHERE kiosk_id = 'kiosk-one' AND seq <= 10" > /dev/null
expect "purge on the server's retention (28 days)" "$("$cli" server purge --db "$db")" \
  "$(printf 'dropped entries_%s\n1 partitions of entries that arrived over 28 days ago purged' "$day")"
expect "purge: the old day gone, the rest kept" "$(q -c "SELECT count(*) FROM passgate.entries WHERE kiosk_id = 'kiosk-old'")" 0
expect "purge: kiosk-one kept" "$(held kiosk-one)" "1234|1234|1|1234"
chains_intact
echo "PASS"
