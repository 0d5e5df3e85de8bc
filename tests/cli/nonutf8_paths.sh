#!/usr/bin/env bash
# File names that are not UTF-8 (an EUC-KR name from an old Windows share, a Latin-1 one from a camera's
# USB stick) are opened and written by their bytes: a pass file to verify, the owner's key, an export
# and its CSV. Before, Qt turned those bytes into U+FFFD and every command said "No such file".
# The kiosk itself refuses such an argument with a clear message instead of guessing a folder.
# usage: nonutf8_paths.sh PASSGATE_CLI DEMO_DIR PASSGATE
set -uo pipefail
cli=$1 demo=$2 kiosk=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

euckr=$'\xc4\xab\xc6\xe4' # "카페" in EUC-KR: not UTF-8
latin1=$'caf\xe9'         # "café" in Latin-1: not UTF-8

issued=$("$cli" trust show "$demo/demo-bundle.pgtb" 2> /dev/null | awk '/^issued/ {print $2}')
at=$(date -u -d "$issued + 1 day" +%Y-%m-%dT%H:%M:%SZ)
awk -F'\t' '$1 == "valid" {printf "%s", $2}' "$demo/demo-passes.txt" > "$work/$euckr.txt"
[ -s "$work/$euckr.txt" ] || fail "no valid demo pass"
"$cli" verify --bundle "$demo/demo-bundle.pgtb" --policy kr-2022-01-03 --venue pcbang --zone Asia/Seoul \
  --at "$at" "$work/$euckr.txt" > "$work/verify.json" 2> "$work/verify.err" ||
  fail "verify of an EUC-KR file name: $(cat "$work/verify.json" "$work/verify.err")"
grep -q '"verdict":"admit"' "$work/verify.json" || fail "verify: $(cat "$work/verify.json")"
echo "ok: verify reads a file whose name is EUC-KR"

echo 'owner passphrase' | "$cli" keys init --data-dir "$work/data" --private-key-out "$work/$latin1.pem" \
  --passphrase-file - > /dev/null 2>&1 || fail "keys init with a Latin-1 key file name"
[ -s "$work/$latin1.pem" ] || fail "the key file is not under its own name: $(ls "$work")"
"$cli" ledger stress --data-dir "$work/data" --kiosk-id k --count 3 > /dev/null || fail "ledger stress"
"$cli" ledger export --data-dir "$work/data" --from 2000-01-01T00:00:00Z --to 2100-01-01T00:00:00Z \
  --out "$work/$euckr.pgx" > /dev/null 2> "$work/export.err" || fail "export: $(cat "$work/export.err")"
[ -s "$work/$euckr.pgx" ] || fail "the export is not under its own name: $(ls "$work")"
echo 'owner passphrase' | "$cli" ledger open-export "$work/$euckr.pgx" --key "$work/$latin1.pem" \
  --passphrase-file - --out "$work/$latin1.csv" > /dev/null 2> "$work/open.err" ||
  fail "open-export: $(cat "$work/open.err")"
[ "$(wc -l < "$work/$latin1.csv")" = 4 ] || fail "the CSV: $(cat "$work/$latin1.csv")"
# No stray file under a replaced name (U+FFFD is EF BF BD in UTF-8).
ls "$work" | grep -q $'\xef\xbf\xbd' && fail "a file was made under a U+FFFD name: $(ls "$work")"
echo "ok: keys, export and its CSV written and read under EUC-KR and Latin-1 names"

out=$(env QT_QPA_PLATFORM=offscreen "$kiosk" --data-dir "$work/$euckr" --config "$work/c.json" 2>&1)
[ $? = 2 ] || fail "the kiosk with a non-UTF-8 data dir: $out"
grep -q 'not UTF-8' <<< "$out" || fail "the kiosk said: $out"
[ -e "$work/$euckr" ] && fail "the kiosk made the data dir anyway"
echo "ok: the kiosk refuses a non-UTF-8 path and makes nothing"
