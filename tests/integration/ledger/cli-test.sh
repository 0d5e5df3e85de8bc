#!/usr/bin/env bash
# The ledger and keys commands end to end: a kiosk's data dir alone reveals no phone number; the owner's
# key opens the export to exactly the numbers recorded; a second writer is refused; tampering is named.
# usage: cli-test.sh PASSGATE_CLI
set -euo pipefail
cli=$1
work=$(mktemp -d)
trap 'kill "${stress_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
data=$work/kiosk
fail() { echo "FAIL: $*" >&2; exit 1; }

# keys init: passphrase from standard input; the private key stays out of the data dir.
echo 'owner passphrase 1' | "$cli" keys init --data-dir "$data" --private-key-out "$work/owner.pem" --passphrase-file - >/dev/null
grep -q 'ENCRYPTED PRIVATE KEY' "$work/owner.pem" || fail "private key not encrypted"
if "$cli" keys init --data-dir "$work/other" --private-key-out "$work/other/owner.pem" --passphrase-file - <<<'a passphrase 2' 2>/dev/null; then
  fail "keys init wrote a private key into the data dir"
fi

# Phone (i % 4 == 1) and paper (i % 4 == 2) entries carry 010-9000-NNNN with NNNN = i.
count=40
"$cli" ledger stress --data-dir "$data" --count $count >"$work/ids"
[ "$(wc -l <"$work/ids")" = $count ] || fail "stress did not acknowledge $count entries"
expected=$work/expected
: >"$expected"
for i in $(seq 0 $((count - 1))); do
  if [ $((i % 4)) = 1 ] || [ $((i % 4)) = 2 ]; then
    printf '%d,010-9000-%04d\n' $((i + 1)) "$i" >>"$expected"
  fi
done

# The data dir alone: no number in any form, no private key.
while IFS=, read -r _ phone; do
  digits=${phone//-/}
  if grep -r -a -q -F -e "$phone" -e "$digits" -e "${phone#010-}" "$data"; then
    fail "phone number $phone readable in the data dir"
  fi
done <"$expected"
if grep -r -a -q 'PRIVATE KEY' "$data"; then fail "a private key is in the data dir"; fi

# With the owner's key: export -> open-export gives back exactly the recorded numbers.
"$cli" ledger export --data-dir "$data" --from 2000-01-01 --to 2100-01-01 --out "$work/trace.pgx" >/dev/null
if grep -a -q '010-9000' "$work/trace.pgx"; then fail "export holds a readable number"; fi
OWNER_PASSPHRASE='owner passphrase 1' "$cli" ledger open-export "$work/trace.pgx" --key "$work/owner.pem" \
  --passphrase-env OWNER_PASSPHRASE --out "$work/trace.csv" 2>/dev/null
[ "$(wc -l <"$work/trace.csv")" = $((count + 1)) ] || fail "CSV has $(wc -l <"$work/trace.csv") lines"
awk -F, 'NR > 1 && $9 != "" { print $1 "," $9 }' "$work/trace.csv" >"$work/opened"
diff "$expected" "$work/opened" || fail "open-export did not round-trip the phone numbers"
# Never through a link, never over a file without --force: the decrypted numbers go where asked or
# nowhere (as root a link could point at any file).
echo precious >"$work/victim"
ln -s "$work/victim" "$work/link.csv"
for out in "$work/link.csv" "$work/trace.csv"; do
  if OWNER_PASSPHRASE='owner passphrase 1' "$cli" ledger open-export "$work/trace.pgx" --key "$work/owner.pem" \
    --passphrase-env OWNER_PASSPHRASE --out "$out" >/dev/null 2>"$work/refused"; then
    fail "open-export wrote to $out"
  fi
  grep -q 'symbolic link\|give --force' "$work/refused" || fail "unclear refusal: $(cat "$work/refused")"
done
OWNER_PASSPHRASE='owner passphrase 1' "$cli" ledger open-export "$work/trace.pgx" --key "$work/owner.pem" \
  --passphrase-env OWNER_PASSPHRASE --out "$work/link.csv" --force >/dev/null 2>&1 && fail "--force wrote through a link"
for out in "$work/link.csv" "$work/trace.pgx"; do
  "$cli" ledger export --data-dir "$data" --from 2000-01-01 --to 2100-01-01 --out "$out" >/dev/null 2>"$work/refused" \
    && fail "ledger export wrote to $out"
  grep -q 'symbolic link\|give --force' "$work/refused" || fail "unclear refusal: $(cat "$work/refused")"
done
[ "$(cat "$work/victim")" = precious ] || fail "a link's target was overwritten"
"$cli" ledger export --data-dir "$data" --from 2000-01-01 --to 2100-01-01 --out "$work/trace.pgx" --force >/dev/null \
  || fail "--force replaces an export"
if OWNER_PASSPHRASE='wrong passphrase' "$cli" ledger open-export "$work/trace.pgx" --key "$work/owner.pem" \
  --passphrase-env OWNER_PASSPHRASE >/dev/null 2>"$work/wrong"; then
  fail "a wrong passphrase opened the export"
fi
grep -q 'passphrase does not open' "$work/wrong" || fail "unclear wrong-passphrase message: $(cat "$work/wrong")"
echo 'stranger passphrase' | "$cli" keys init --data-dir "$work/stranger" --private-key-out "$work/stranger.pem" --passphrase-file - >/dev/null
if echo 'stranger passphrase' | "$cli" ledger open-export "$work/trace.pgx" --key "$work/stranger.pem" --passphrase-file - >/dev/null 2>&1; then
  fail "another owner's key opened the export"
fi

# One writer per data dir: a second process is refused while the first runs; readers may look.
"$cli" ledger stress --data-dir "$data" --count 100000000 >"$work/running" 2>/dev/null &
stress_pid=$!
for _ in $(seq 100); do [ -s "$work/running" ] && break; sleep 0.05; done
[ -s "$work/running" ] || fail "the background writer never started"
if "$cli" ledger purge --data-dir "$data" 2>"$work/refused"; then fail "a second writer was let in"; fi
grep -q 'already-in-use: the data dir .* is already in use by another passgate process (pid '"$stress_pid"')' "$work/refused" ||
  fail "unclear second-writer message: $(cat "$work/refused")"
"$cli" ledger stats --data-dir "$data" >"$work/stats" || fail "stats failed next to a running writer"
kill -KILL "$stress_pid"
wait "$stress_pid" 2>/dev/null || true
stress_pid=

grep -q '^chain:     chain intact' "$work/stats" || fail "stats: $(cat "$work/stats")"
grep -Eq '^  [0-9]{4}-[0-9]{2}-[0-9]{2} +[0-9]+  override [0-9]+, paper [0-9]+, phone [0-9]+, qr [0-9]+$' "$work/stats" ||
  fail "stats per day: $(cat "$work/stats")"

# Tampering is named; purge leaves a chain that verifies.
cp -r "$data" "$work/tampered"
sqlite3 "$work/tampered/ledger.db" "UPDATE entries SET verdict = 'admit' WHERE id = 8"
if "$cli" ledger verify --data-dir "$work/tampered" 2>"$work/broken"; then fail "verify missed a changed verdict"; fi
grep -q '^chain broken at entry 8: was altered' "$work/broken" || fail "verify said: $(cat "$work/broken")"
"$cli" ledger purge --data-dir "$data" --older-than 0 | grep -q '^purged [0-9]* entries' || fail "purge"
"$cli" ledger verify --data-dir "$data" | grep -q 'checkpoint verified' || fail "verify after purge"
"$cli" ledger stats --data-dir "$data" | grep -q '^entries:   0 check-ins, 1 ledger events' || fail "stats after purge"

# A mistyped --data-dir is an error, not a new empty ledger; no folder appears.
for command in stats verify purge outages; do
  if "$cli" ledger "$command" --data-dir "$work/typo" >/dev/null 2>"$work/typo.err"; then
    fail "ledger $command reported success on a data dir that does not exist"
  fi
  grep -q 'there is no ledger at' "$work/typo.err" || fail "ledger $command on a typo: $(cat "$work/typo.err")"
  [ ! -e "$work/typo" ] || fail "ledger $command made the data dir $work/typo"
done
printf '{"syncServer": "host=127.0.0.1 dbname=passgate user=kiosk"}\n' >"$work/sync-config.json"
if timeout 30 "$cli" sync --data-dir "$work/typo" --config "$work/sync-config.json" --until-caught-up >/dev/null 2>"$work/typo.err"; then
  fail "sync reported success on a data dir that does not exist"
fi
grep -q 'there is no ledger at' "$work/typo.err" || fail "sync on a typo: $(cat "$work/typo.err")"
[ ! -e "$work/typo" ] || fail "sync made the data dir $work/typo"
"$cli" ledger export --data-dir "$work/typo" --from 2000-01-01 --to 2100-01-01 --out "$work/typo.pgx" >/dev/null 2>&1 &&
  fail "ledger export from a data dir that does not exist"
[ ! -e "$work/typo" ] || fail "ledger export made the data dir"

# A damaged ledger: purge says so, exits non-zero and leaves the file exactly as it was (the kiosk is
# the one that moves it aside, and records that it did).
mkdir "$work/damaged"
cp "$data/ledger.db" "$work/damaged/ledger.db"
printf 'this is not an SQLite database, it was overwritten by accident...........' |
  dd of="$work/damaged/ledger.db" bs=1 seek=0 conv=notrunc status=none
before=$(sha256sum <"$work/damaged/ledger.db")
if "$cli" ledger purge --data-dir "$work/damaged" >/dev/null 2>"$work/damaged.err"; then
  fail "purge of a damaged ledger exited 0"
fi
grep -q 'corrupt' "$work/damaged.err" && grep -q 'left as it is' "$work/damaged.err" ||
  fail "purge of a damaged ledger said: $(cat "$work/damaged.err")"
[ "$(sha256sum <"$work/damaged/ledger.db")" = "$before" ] || fail "purge changed the damaged ledger"
moved=$(ls -A "$work/damaged" | grep -v '^ledger\.db$\|^ledger\.lock$' || true)
[ -z "$moved" ] || fail "purge left files beside the damaged ledger: $moved"
echo "ledger CLI: keys, sealing, export round trip, single writer, tamper and purge checks passed"
