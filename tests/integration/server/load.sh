#!/usr/bin/env bash
# Load: KIOSKS simulated kiosks (default 50) with ENTRIES entries each (default 10,000) replicate at once
# into one PostgreSQL 15 on loopback, durable as in production (fsync on). Prints the rows per second and
# the time to catch up (the README's figures come from here); asserts every entry arrived exactly once
# and every chain verifies on the server.
# usage: load.sh PASSGATE_CLI [SUMMARY_FILE]
set -euo pipefail
cli=$1 summary=${2:-}
kiosks=${PASSGATE_LOAD_KIOSKS:-50} entries=${PASSGATE_LOAD_ENTRIES:-10000}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=postgres.sh
source "$here/postgres.sh"
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
work=$(mktemp -d)
chmod 0755 "$work"
start_postgres -c fsync=on -c max_connections=$((kiosks + 20))
trap 'stop_postgres; rm -rf "$work"' EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }
q -c "CREATE DATABASE passgate"
export PGDATABASE=passgate
db="host=127.0.0.1 port=$PGPORT user=postgres dbname=passgate"
"$cli" server init --db "$db" > /dev/null || fail "server init"

# The kiosks' ledgers, two at a time (the machine's cores), each in one transaction.
started=$(date +%s%N)
for i in $(seq -w 1 "$kiosks"); do
  id=load-$i
  mkdir -p "$work/$id"
  "$cli" server add-kiosk "$id" --no-password --db "$db" > /dev/null || fail "add-kiosk $id"
  cat > "$work/$id/config.json" << JSON
{"version": 1, "kioskId": "$id", "syncServer": "host=127.0.0.1 port=$PGPORT dbname=passgate user=passgate_kiosk_load_$i"}
JSON
  echo "$id"
done | xargs -P 2 -I{} "$cli" ledger stress --data-dir "$work/{}/data" --kiosk-id {} --count "$entries" \
  --in-one-transaction > /dev/null || fail "making the ledgers"
echo "made $kiosks ledgers of $entries entries in $((($(date +%s%N) - started) / 1000000)) ms"

# Every kiosk at once, as after a central outage.
started=$(date +%s%N)
pids=()
for i in $(seq -w 1 "$kiosks"); do
  "$cli" sync --data-dir "$work/load-$i/data" --config "$work/load-$i/config.json" --until-caught-up \
    > "$work/load-$i/log" 2>&1 &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
elapsed_ms=$((($(date +%s%N) - started) / 1000000))
[ "$failed" = 0 ] || fail "$failed kiosks did not catch up: $(grep -h problem "$work"/load-*/log | head -3)"

rows=$((kiosks * entries))
got=$(q -c "SELECT count(*) || '|' || count(DISTINCT (kiosk_id, seq)) || '|' || count(DISTINCT kiosk_id) FROM passgate.entries")
[ "$got" = "$rows|$rows|$kiosks" ] || fail "the server holds rows|distinct|kiosks '$got', expected '$rows|$rows|$kiosks'"
per_kiosk=$(q -c "SELECT count(*) FROM (SELECT kiosk_id FROM passgate.entries GROUP BY kiosk_id
                  HAVING min(seq) = 1 AND max(seq) = $entries AND count(*) = $entries) k")
[ "$per_kiosk" = "$kiosks" ] || fail "only $per_kiosk kiosks hold entries 1..$entries exactly"
"$cli" server verify --db "$db" > "$work/verify" || { tail -3 "$work/verify"; fail "server verify"; }
line=$(awk -v k="$kiosks" -v e="$entries" -v r="$rows" -v ms="$elapsed_ms" 'BEGIN {
  printf "load: %d kiosks x %d entries = %d rows replicated in %.1f s: %.0f rows/s (every entry once, every chain intact)",
    k, e, r, ms / 1000, r / (ms / 1000) }')
echo "$line"
[ -z "$summary" ] || echo "$line" > "$summary"
echo "PASS"
