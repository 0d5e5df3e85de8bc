#!/usr/bin/env bash
# The kiosk binary as a package or kiosk session starts it, outside the project's scripts:
#  - on a video with QT_MEDIA_BACKEND unset (Qt 6.4's default backend, gstreamer, crashed here
#    without gstreamer1.0-plugins-base): it must not crash and must check a pass in;
#  - with a gstreamer backend forced and an element missing: no crash, the log says what is missing;
#  - with gstreamer forced and no gstreamer plugins at all, the kiosk and `passgate-cli scan` both
#    refuse the video by the one check, naming what is missing, and neither crashes;
#  - --help and --version with no display print and exit 0; a start with no display says so, exit 1.
# usage: first_day.sh PASSGATE MAKE_PASS_VIDEO DEMO_PASSES PASSGATE_CLI
set -uo pipefail
passgate=$1 make_video=$2 list=$3 cli=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

head -n 3 "$list" > "$work/passes.txt"
QT_QPA_PLATFORM=offscreen "$make_video" "$work/passes.txt" "$work/passes.mp4" >/dev/null 2>&1 ||
  fail "cannot make the test video"

# One kiosk run: RUN NAME, then environment assignments; stops after 25 s, or as soon as a check-in
# (or the missing-piece message) is logged. Prints the exit status.
run() {
  local name=$1; shift
  mkdir -p "$work/$name/data"
  env -u QT_MEDIA_BACKEND "$@" QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software \
    "$passgate" --source "video:$work/passes.mp4" --mode counter --lang en \
    --data-dir "$work/$name/data" --config "$work/$name/config.json" > "$work/$name/log" 2>&1 &
  local pid=$!
  for _ in $(seq 250); do
    kill -0 "$pid" 2>/dev/null || break
    grep -q 'check-in mode=qr\|not started:' "$work/$name/log" && break
    sleep 0.1
  done
  kill -TERM "$pid" 2>/dev/null # (a background job of a script ignores SIGINT)
  wait "$pid"
  echo $?
}

status=$(run default)
grep -q 'check-in mode=qr' "$work/default/log" ||
  { tail -20 "$work/default/log" >&2; fail "with QT_MEDIA_BACKEND unset no pass was checked in (exit $status)"; }
[ "$status" -lt 128 ] || [ "$status" = 143 ] ||
  { tail -20 "$work/default/log" >&2; fail "the kiosk died of signal $((status - 128))"; }
grep -q 'media backend ffmpeg' "$work/default/log" || fail "the log does not name the media backend chosen"

# gstreamer forced, with an element this system may lack: either it works, or it says what is
# missing; it never crashes.
status=$(run gstreamer QT_MEDIA_BACKEND=gstreamer)
[ "$status" -lt 128 ] || [ "$status" = 143 ] ||
  { tail -20 "$work/gstreamer/log" >&2; fail "gstreamer forced: the kiosk died of signal $((status - 128))"; }
grep -q 'check-in mode=qr\|not started: the gstreamer media backend lacks' "$work/gstreamer/log" ||
  { tail -20 "$work/gstreamer/log" >&2; fail "gstreamer forced: neither a check-in nor the missing pieces"; }

# gstreamer forced with no plugin to be found (an empty plugin path and registry of the test's own):
# whatever this system has installed, the video path lacks its elements.
mkdir -p "$work/no-plugins"
no_plugins=(QT_MEDIA_BACKEND=gstreamer GST_PLUGIN_SYSTEM_PATH_1_0="$work/no-plugins"
  GST_PLUGIN_PATH_1_0="$work/no-plugins" GST_REGISTRY_1_0="$work/no-plugins/registry.bin")
status=$(run no-plugins "${no_plugins[@]}")
[ "$status" -lt 128 ] || [ "$status" = 143 ] || fail "no plugins: the kiosk died of signal $((status - 128))"
grep -q 'not started: the gstreamer media backend lacks' "$work/no-plugins/log" ||
  { tail -20 "$work/no-plugins/log" >&2; fail "no plugins: the kiosk did not say what is missing"; }
env "${no_plugins[@]}" QT_QPA_PLATFORM=offscreen timeout 60 "$cli" scan "video:$work/passes.mp4" --frames 50 \
  > "$work/cli-scan.log" 2>&1
status=$?
[ "$status" = 1 ] || { cat "$work/cli-scan.log" >&2; fail "no plugins: passgate-cli scan exit $status, expected 1"; }
grep -q 'cannot be read: the gstreamer media backend lacks' "$work/cli-scan.log" ||
  fail "no plugins: passgate-cli scan said: $(cat "$work/cli-scan.log")"

for option in --help --version; do
  out=$(env -i PATH="$PATH" HOME="$work" "$passgate" "$option" 2>&1) || fail "$option without a display failed: $out"
  grep -qi 'passgate' <<< "$out" || fail "$option printed nothing useful: $out"
done
out=$(env -i PATH="$PATH" HOME="$work" "$passgate" 2>&1)
[ $? = 1 ] || fail "a start without a display should exit 1: $out"
grep -q 'no display' <<< "$out" || fail "a start without a display should say so: $out"
echo "first day: no crash on the default backend, gstreamer checked (kiosk and scan), help without a display"
