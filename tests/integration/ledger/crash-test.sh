#!/usr/bin/env bash
# Crash test: `passgate-cli ledger stress` killed with SIGKILL at a random moment, ROUNDS times on the
# same data dir. After each kill: every id printed before the kill (= acknowledged by append) is in the
# database, SQLite's integrity_check says ok, and `ledger verify` passes.
# usage: crash-test.sh PASSGATE_CLI [ROUNDS]
set -euo pipefail
cli=$1
rounds=${2:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=$work/data
acknowledged=$work/acknowledged
: >"$acknowledged"
rounds_with_ids=0
last_max=0

for round in $(seq 1 "$rounds"); do
  out=$work/round-$round.out
  "$cli" ledger stress --data-dir "$data" --count 100000000 >"$out" 2>"$work/round-$round.err" &
  pid=$!
  # Odd rounds: anywhere from start-up (creating the ledger, recovering the previous crash's WAL) on.
  # Even rounds: once appends are flowing, so a loaded machine's slow start-up cannot leave every
  # round killed before its first append.
  if [ $((round % 2)) = 0 ]; then
    for _ in $(seq 200); do [ -s "$out" ] && break; sleep 0.05; done
  fi
  sleep "0.$(printf '%03d' $((RANDOM % 800)))"
  kill -KILL "$pid"
  wait "$pid" 2>/dev/null || true

  # A line counts only when complete: the kill may land between the digits and the newline.
  if [ -s "$out" ] && [ -n "$(tail -c1 "$out")" ]; then
    sed -i '$d' "$out"
  fi
  printed=$(wc -l <"$out")
  if [ "$printed" -gt 0 ]; then
    rounds_with_ids=$((rounds_with_ids + 1))
    first=$(head -n1 "$out")
    if [ "$first" -le "$last_max" ]; then
      echo "round $round: id $first reused (ids up to $last_max were acknowledged before)" >&2
      exit 1
    fi
    last_max=$(tail -n1 "$out")
  fi
  cat "$out" >>"$acknowledged"

  if [ ! -e "$data/ledger.db" ] && [ ! -s "$acknowledged" ]; then
    # Killed before the ledger was created (it is made whole under another name, then renamed).
    echo "round $round: killed before the ledger existed"
    continue
  fi

  if ! verdict=$("$cli" ledger verify --data-dir "$data" 2>&1); then
    echo "round $round: ledger verify failed: $verdict" >&2
    exit 1
  fi
  integrity=$(sqlite3 "$data/ledger.db" 'PRAGMA integrity_check')
  if [ "$integrity" != ok ]; then
    echo "round $round: integrity_check: $integrity" >&2
    exit 1
  fi
  sqlite3 "$data/ledger.db" 'SELECT id FROM entries' | sort >"$work/present"
  missing=$(sort "$acknowledged" | comm -23 - "$work/present" | head -n5)
  if [ -n "$missing" ]; then
    echo "round $round: acknowledged ids missing after the crash: $missing" >&2
    exit 1
  fi
  echo "round $round: killed after $printed acknowledged appends; all $(wc -l <"$acknowledged") present; $verdict"
done

if [ "$rounds_with_ids" -lt $((rounds / 2)) ]; then
  echo "only $rounds_with_ids of $rounds rounds got as far as appending: the test proved little" >&2
  exit 1
fi
echo "crash test: $rounds rounds, $(wc -l <"$acknowledged") acknowledged entries, none lost"
