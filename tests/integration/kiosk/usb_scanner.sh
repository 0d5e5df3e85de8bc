#!/usr/bin/env bash
# A USB scanner at a counter where another program has the focus: a virtual keyboard made through
# /dev/uinput types a pass while the "POS" window holds the input focus; passgate, reading the device
# (--source hid:NODE), checks the visitor in and the entry is in its ledger.
# Needs a writable /dev/uinput (root and the uinput module); skipped (77) with a message without it.
# The recorded-stream tests (scanner_keystrokes) run the same reading code everywhere.
# usage: usb_scanner.sh PASSGATE PASSGATE_CLI UINPUT_TYPIST DEMO_PASSES   (inside xvfb-run)
set -uo pipefail
passgate=$1 cli=$2 typist=$3 list=$4
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -w /dev/uinput ]; then
  echo "SKIP: no writable /dev/uinput here (needs root and the uinput kernel module)"
  exit 77
fi
command -v xdotool > /dev/null || { echo "FAIL: xdotool is missing (packaging/install-deps)" >&2; exit 1; }
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; tail -20 "$work/log" >&2; exit 1; }
export QT_QUICK_BACKEND=software QT_MEDIA_BACKEND=ffmpeg

printf '2580\n' > "$work/pin"
"$cli" setup --config "$work/config.json" --venue-name "USB scanner test" --venue-type cafe \
  --phone 0212345678 --pin-file "$work/pin" > /dev/null || fail "passgate-cli setup failed"
pass=$(awk -F'\t' '$1 == "valid" { print $2; exit }' "$list")
[ -n "$pass" ] || fail "no 'valid' pass in $list"

"$typist" "$work/go" "$pass" > "$work/node" 2> "$work/typist.err" &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/node" ] && break; sleep 0.1; done
node=$(head -n 1 "$work/node")
[ -n "$node" ] || { cat "$work/typist.err" >&2; echo "SKIP: /dev/uinput made no keyboard here"; exit 77; }

"$passgate" --source "hid:$node" --mode counter --lang en --data-dir "$work/data" \
  --config "$work/config.json" > "$work/log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q "opened and grabbed" "$work/log" && break; sleep 0.1; done
grep -q "opened and grabbed" "$work/log" || fail "passgate did not open the scanner $node"

python3 "$here/focus_holder.py" "POS" &
pids+=($!)
sleep 2
focused=$(xdotool getwindowfocus getwindowname 2>/dev/null)
[ "$focused" = "POS" ] || fail "the POS window should have the focus, not '$focused'"

touch "$work/go"
for _ in $(seq 150); do grep -q "check-in mode=qr" "$work/log" && break; sleep 0.1; done
grep -q "check-in mode=qr verdict=admit .*recorded=yes" "$work/log" ||
  fail "no admitted, recorded check-in from the scanner while POS had the focus"
[ "$(xdotool getwindowfocus getwindowname 2>/dev/null)" = "POS" ] || fail "the POS window lost the focus"
kill "${pids[1]}"; wait "${pids[1]}" 2>/dev/null
"$cli" ledger stats --data-dir "$work/data" > "$work/stats" || fail "ledger stats failed"
grep -q "entries: *1 check-ins" "$work/stats" || { cat "$work/stats" >&2; fail "the ledger does not hold the one check-in"; }
echo "usb scanner: a pass typed by a virtual scanner while another window had the focus is in the ledger"
