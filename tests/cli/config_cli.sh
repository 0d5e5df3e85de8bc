#!/usr/bin/env bash
# passgate-cli config check: a settings file as the kiosk reads it at start. A valid one passes; each
# wrong setting is listed with its key, its value and what is allowed, and the exit code says so.
# usage: config_cli.sh PASSGATE_CLI
set -uo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
cd "$work"

echo '{"venueName": "카페", "mode": "kiosk", "policy": "eu-3g", "retentionDays": 14}' > good.json
"$cli" config check good.json > out 2>&1 || fail "a valid file: $(cat out)"
grep -q "valid" out || fail "valid file said: $(cat out)"

echo '{"retentionDays":"14","verdictSeconds":"abc","mode":5,"sounds":"no","policy":"no-such-policy"}' > bad.json
"$cli" config check bad.json > out 2>&1; [ $? = 1 ] || fail "wrong settings passed: $(cat out)"
for expected in 'retentionDays: "14"' 'verdictSeconds: "abc"' 'mode: 5' 'sounds: "no"' 'policy: "no-such-policy"' \
    'counter, kiosk, frontdesk' 'true or false'; do
  grep -qF -- "$expected" out || fail "no line with '$expected' in: $(cat out)"
done

echo '[1,2,3]' > list.json
"$cli" config check list.json > out 2>&1; [ $? = 1 ] || fail "a list passed"
grep -q "JSON object" out || fail "a list said: $(cat out)"
grep -q "no error occurred" out && fail "a list said: $(cat out)"

# The sync settings by the same check sync makes: what sync refuses, config check refuses, in the same
# words, and sync stops at once instead of retrying a server it could never use.
"$cli" keys init --data-dir data --private-key-out owner.pem --passphrase-file <(echo "owner passphrase") > /dev/null ||
  fail "keys init"
"$cli" ledger stress --data-dir data --kiosk-id k --count 1 > /dev/null || fail "ledger stress"
check_sync() { # SERVER WORDS [EXTRA JSON MEMBERS]
  printf '{"kioskId": "k", "syncServer": "%s" %s}' "$1" "${3:-}" > sync.json
  "$cli" config check sync.json > out 2>&1; [ $? = 1 ] || fail "config check took syncServer '$1': $(cat out)"
  grep -qF -- "sync settings: " out && grep -qF -- "$2" out || fail "config check on '$1' said: $(cat out)"
  timeout 20 "$cli" sync --data-dir data --config sync.json --until-caught-up > sync.out 2>&1
  [ $? = 1 ] || fail "sync with '$1' did not stop with exit 1: $(cat sync.out)"
  grep -qF -- "$2" sync.out || fail "sync on '$1' said: $(cat sync.out)"
}
check_sync garbage 'sync server setting'
check_sync 'postgresql://k:secret@localhost/passgate' 'holds a password'
check_sync 'host=db.passgate.invalid dbname=passgate' 'db.passgate.invalid is another machine'
check_sync 'host=127.0.0.1 port=notaport' 'a port is a number from 1 to 65535'
check_sync 'host=127.0.0.1' 'the password file' ', "syncPasswordFile": "/nonexistent/pw"'

"$cli" config check > out 2>&1; [ $? = 2 ] || fail "no file is a usage error"
"$cli" config check missing.json > out 2>&1 || fail "a missing file is a fresh, valid config: $(cat out)"
echo "config CLI: all checks passed"
