#!/usr/bin/env bash
# A kiosk window destroyed from outside (XDestroyWindow, as `xdotool windowclose` does) under Xvfb:
# at the counter passgate ends, releasing the data dir's lock (before, it ran on invisibly and the
# next kiosk found the ledger in use); in self-scan mode the window is made again and shown.
# usage: window_closed.sh PASSGATE   (inside xvfb-run)
set -uo pipefail
passgate=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; tail -5 "$work"/*/log >&2; exit 1; }
export QT_QUICK_BACKEND=software

start() { # NAME MODE; sets pid (a child of this shell, so that its exit status can be read)
  mkdir -p "$work/$1"
  "$passgate" --source demo --mode "$2" --lang en --data-dir "$work/$1/data" --config "$work/$1/config.json" \
    > "$work/$1/log" 2>&1 &
  pid=$!
}

start counter counter
sleep 5
python3 "$here/destroy_window.py" passgate > /dev/null || fail "counter: no window to destroy"
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then kill "$pid"; fail "counter: passgate still runs without its window"; fi
wait "$pid"; [ $? = 0 ] || fail "counter: passgate did not end cleanly"
# The lock went with it: the next kiosk on the same data dir has its ledger.
start counter counter
sleep 5
grep -q "already in use" "$work/counter/log" && fail "the data dir lock outlived the closed kiosk"
kill "$pid"; wait "$pid" 2>/dev/null

start selfscan kiosk
sleep 5
python3 "$here/destroy_window.py" passgate > /dev/null || fail "self-scan: no window to destroy"
sleep 4
kill -0 "$pid" 2>/dev/null || fail "self-scan: passgate ended"
python3 "$here/destroy_window.py" --probe passgate > /dev/null || fail "self-scan: the window was not shown again"
kill "$pid"; wait "$pid" 2>/dev/null
echo "window closed from outside: counter ends, self-scan shows it again"
