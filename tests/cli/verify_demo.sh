#!/usr/bin/env bash
# passgate-cli verify --bundle --policy on the shipped demo material: the demo bundle (pinned by
# the compiled-in demo publisher key) and the demo passes give the verdicts resources/demo/README.md
# lists, at a fixed time one day after the bundle was issued.
# usage: verify_demo.sh PASSGATE_CLI DEMO_DIR
set -euo pipefail
cli=$1
demo=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

issued=$("$cli" trust show "$demo/demo-bundle.pgtb" 2>/dev/null | awk '/^issued/ {print $2}')
[ -n "$issued" ] || fail "trust show could not read the demo bundle"
at=$(date -u -d "$issued + 1 day" +%Y-%m-%dT%H:%M:%SZ)
while IFS=$'\t' read -r label payload; do
  [ -n "$label" ] && printf '%s' "$payload" > "$work/$label"
done < "$demo/demo-passes.txt"

verdict() { # LABEL -> "verdict reason" of the decision (the exit status is checked below)
  { "$cli" verify --bundle "$demo/demo-bundle.pgtb" --policy kr-2022-01-03 --venue pcbang --zone Asia/Seoul \
    --at "$at" "$work/$1" 2>/dev/null || true; } |
    python3 -c 'import json,sys; d=json.loads(sys.stdin.readline())["decision"]; print(d["verdict"], d["reasons"][0]["code"])'
}
check() { # LABEL EXPECTED
  got=$(verdict "$1")
  [ "$got" = "$2" ] || fail "$1: expected '$2', got '$got'"
}
check valid "admit booster"
check expired "deny expired"
check forged "deny signature-invalid"
check test "admit tested"
check recovery "admit recovered"
check revoked "deny revoked"

# Exit status: 0 only when every input is admitted.
"$cli" verify --bundle "$demo/demo-bundle.pgtb" --policy kr-2022-01-03 --at "$at" "$work/valid" "$work/recovery" \
  > /dev/null 2>&1 || fail "all admitted, yet a failure status"
"$cli" verify --bundle "$demo/demo-bundle.pgtb" --policy kr-2022-01-03 --at "$at" "$work/valid" "$work/forged" \
  > /dev/null 2>&1 && fail "a forged pass, yet a success status"
# Without the bundle (and no --trust) nothing is trusted, as at a kiosk with no trust list; an
# unknown policy is a usage error.
unbundled=$("$cli" verify --policy kr-2022-01-03 --at "$at" "$work/valid" 2>/dev/null || true)
grep -q '"trust-missing"' <<< "$unbundled" || fail "without the bundle no trust list should be installed"
set +e
"$cli" verify --policy no-such-policy "$work/valid" > /dev/null 2>&1
[ $? = 2 ] || fail "unknown policy should be a usage error"
echo "verify with the demo bundle: all checks passed"
