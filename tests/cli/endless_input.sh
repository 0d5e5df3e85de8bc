#!/usr/bin/env bash
# Every file input has a size bound checked while reading: /dev/zero as a pass, a bundle, a
# certificate or a key is a one-line error and exit 1 (2 for an option's file: a usage error), under a 2 GB address-space limit (before,
# verify grew to 12 GB and import died of std::bad_alloc).
# usage: endless_input.sh PASSGATE_CLI
set -uo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
ulimit -v 2000000

check() { # EXIT EXPECTED_WORDS COMMAND...
  local code=$1 words=$2; shift 2
  local out status
  out=$(timeout 60 "$@" 2>&1); status=$?
  [ "$status" = "$code" ] || fail "$*: exit $status (expected $code): $(tail -c 300 <<< "$out")"
  grep -q "$words" <<< "$out" || fail "$*: no '$words' in: $(tail -c 300 <<< "$out")"
}
check 1 'larger than' "$cli" verify /dev/zero
check 2 'larger than' "$cli" verify --trust /dev/zero /dev/null
check 1 'larger than' "$cli" verify --bundle /dev/zero /dev/null
check 1 'larger than' "$cli" trust import /dev/zero --store "$work/store"
check 1 'larger than' "$cli" trust show /dev/zero
head -c 100000 /dev/zero | tr '\0' 'A' > "$work/long.txt"
check 1 'more than any QR code' "$cli" verify "$work/long.txt"
echo "endless inputs: every one refused at its bound"
