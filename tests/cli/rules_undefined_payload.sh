#!/usr/bin/env bash
# conformance rules: a rule test without a payload evaluates the rule on an undefined payload
# (CertLogic's var gives null), as the gateway's own test runner does; it is not "malformed".
# usage: rules_undefined_payload.sh PASSGATE_CLI
set -euo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/XX/RR-XX-0001/tests"
cat > "$work/XX/RR-XX-0001/rule.json" <<'JSON'
{"Identifier": "RR-XX-0001", "Logic": {"if": [{"var": "payload.r.0"}, false, true]}}
JSON
# No payload at all: payload.r.0 is null, so the rule passes.
echo '{"name": "no payload", "expected": true, "external": {"validationClock": "2021-12-13T12:00:00Z"}}' \
  > "$work/XX/RR-XX-0001/tests/test001.json"
# No payload and no external either.
echo '{"name": "nothing given", "expected": true}' > "$work/XX/RR-XX-0001/tests/test002.json"
# With a recovery: the rule fails, as expected.
echo '{"name": "a recovery", "expected": false, "payload": {"r": [{"fr": "2021-06-01"}]}}' \
  > "$work/XX/RR-XX-0001/tests/test003.json"
out=$("$cli" conformance rules "$work" 2>&1) || { echo "$out"; echo "FAIL: conformance rules failed" >&2; exit 1; }
grep -q '^3 passed, 0 failed' <<< "$out" || { echo "$out"; echo "FAIL: expected 3 passed" >&2; exit 1; }
echo "rule tests without a payload: 3 passed"
