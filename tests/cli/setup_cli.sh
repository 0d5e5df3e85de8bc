#!/usr/bin/env bash
# passgate-cli setup: the way to set up a self-scan kiosk besides its keyboard. It writes the venue
# and the staff PIN's record (owner-only), refuses bad input and never sets up a kiosk twice.
# usage: setup_cli.sh PASSGATE_CLI
set -uo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
cd "$work"
config=$work/kiosk/config.json

echo 2580 > pin
"$cli" setup --config "$config" --venue-name "카페 패스게이트" --venue-type cafe --phone 080-123-4567 \
  --pin-file pin > out 2>&1 || fail "setup: $(cat out)"
python3 - "$config" <<'PY' || fail "the config does not hold the setup: $(cat "$config")"
import json, sys
c = json.load(open(sys.argv[1]))
assert c["venueName"] == "카페 패스게이트" and c["venueType"] == "cafe" and c["checkInPhone"] == "0801234567", c
assert c["staffPin"].startswith("pbkdf2-sha256$") and "2580" not in c["staffPin"], c
PY
[ "$(stat -c %a "$config")" = 600 ] || fail "config mode $(stat -c %a "$config")"
echo 4827 | "$cli" setup --config "$config" --venue-name Other --phone 080-123-4567 --pin-file - > again 2>&1 &&
  fail "a second setup was accepted"
grep -q "already set up" again || fail "second setup said: $(cat again)"

fresh=$work/fresh/config.json
echo 0000 > trivial
"$cli" setup --config "$fresh" --venue-name X --phone 080-123-4567 --pin-file trivial > bad 2>&1 && fail "PIN 0000"
"$cli" setup --config "$fresh" --venue-name X --phone 12 --pin-file pin > bad 2>&1; [ $? = 2 ] || fail "phone 12"
"$cli" setup --config "$fresh" --venue-name X --venue-type castle --phone 080-123-4567 --pin-file pin > bad 2>&1
[ $? = 2 ] || fail "venue type castle"
[ ! -e "$fresh" ] || fail "a refused setup wrote a config"
echo "setup CLI: all checks passed"
