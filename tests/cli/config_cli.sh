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

"$cli" config check > out 2>&1; [ $? = 2 ] || fail "no file is a usage error"
"$cli" config check missing.json > out 2>&1 || fail "a missing file is a fresh, valid config: $(cat out)"
echo "config CLI: all checks passed"
