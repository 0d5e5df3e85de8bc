#!/usr/bin/env bash
# passgate-cli trust build|import|show|fetch end to end, as a publisher and a kiosk operator would:
# keys from openssl, a signer certificate, a rule set; then import, re-import, a tampered file, a
# rollback, and fetches over HTTP from python3's http.server on 127.0.0.1.
# usage: trust_cli.sh PASSGATE_CLI RULES_DIR
set -euo pipefail
cli=$1
rules=$2
work=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
cd "$work"

openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out publisher.pem 2>/dev/null
openssl pkey -in publisher.pem -pubout -out publisher.pub 2>/dev/null
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out other.pem 2>/dev/null
mkdir certs
openssl req -x509 -new -key other.pem -sha256 -days 30 -subj "/C=KR/CN=cli test signer" -out certs/signer.pem 2>/dev/null
printf 'uci 00112233445566778899aabbccddeeff\nsignature ffeeddccbbaa99887766554433221100\n' > revoked.txt

"$cli" trust build --signer-key publisher.pem --certs certs --rules "$rules" --revocations revoked.txt \
  --sequence 5 --publisher "cli test" --out b5.pgtb > build.out || fail "build"
grep -q "sequence 5, 1 signers, 7 rule sets, 2 revocations" build.out || fail "build summary: $(cat build.out)"
# Issuer keys of the other formats: a SMART Health Card issuer's JWKS and the NZ COVID Pass issuer's
# DID document (from the shared examples, when they are there), carried and used by the bundle.
examples=${PASSGATE_TESTDATA_DIR:-}
if [ -f "$examples/shc/issuer-jwks.json" ] && [ -f "$examples/nzcp/valid/did.json" ]; then
  "$cli" trust build --signer-key publisher.pem --sequence 9 --out issuers.pgtb \
    --issuer "https://spec.smarthealth.cards/examples/issuer|US=$examples/shc/issuer-jwks.json" \
    --issuer "did:web:nzcp.covid19.health.nz|NZ=$examples/nzcp/valid/did.json" > issuers.out || fail "build with issuers"
  grep -q "3 issuer keys" issuers.out || fail "issuer keys counted: $(cat issuers.out)"
  "$cli" trust show issuers.pgtb --publisher-key publisher.pub > issuers-show.out || fail "show issuers"
  grep -q "shc  https://spec.smarthealth.cards/examples/issuer  kid 3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s  US" \
    issuers-show.out || fail "show lists the SHC key: $(cat issuers-show.out)"
  grep -q "nzcp  did:web:nzcp.covid19.health.nz  kid key-1  NZ" issuers-show.out || fail "show lists the NZCP key"
  "$cli" verify --bundle issuers.pgtb --publisher-key publisher.pub --at 2022-01-01T00:00:00Z \
    "$examples/shc/valid/example-00-f-qr-code-numeric-value-0.txt" "$examples/nzcp/valid/nzcp.txt" > verified.out \
    || fail "verify SHC and NZCP with the bundle: $(cat verified.out)"
  grep -q '"format":"shc".*"ok":true' verified.out || fail "SHC verified: $(cat verified.out)"
  grep -q '"format":"nzcp".*"ok":true' verified.out || fail "NZCP verified: $(cat verified.out)"
  # A key set whose kid is not its key's thumbprint is refused when the bundle is built.
  sed 's/3Kfdg-XwP/3Kfdg-XwQ/' "$examples/shc/issuer-jwks.json" > wrong-kid.json
  "$cli" trust build --signer-key publisher.pem --sequence 10 --out wrong.pgtb \
    --issuer "https://spec.smarthealth.cards/examples/issuer=wrong-kid.json" > /dev/null 2> wrong.err \
    && fail "a wrong kid was accepted"
  grep -q "thumbprint" wrong.err || fail "wrong kid refused with its reason: $(cat wrong.err)"
fi
# Published signer lists and value sets (../shared/testdata/trust-lists), as a publisher imports them.
lists=$examples/trust-lists
if [ -f "$lists/de/dsc-list-2022-02-03.json" ]; then
  "$cli" trust build --signer-key publisher.pem --sequence 11 --out lists.pgtb \
    --dsc-list "$lists/de/dsc-list-2022-02-03.json" --dsc-list-key "$lists/de/dsc-list-signing-key.pem" \
    --eu-trust-list "$lists/se/trust-list-2022-01-15.jws" --anchor "$lists/se/sweden.pem" \
    --at 2022-01-15T12:00:00Z --value-sets "$lists/valuesets" > lists.out || fail "build from lists: $(cat lists.out)"
  grep -q "^note: trust-list-2022-01-15.jws expired at 2022-01-16T03:35:21Z; imported as of 2022-01-15T12:00:00Z" \
    lists.out || fail "an import at another time says so: $(cat lists.out)"
  grep -q "from dsc-list dsc-list-2022-02-03.json (newest entry 2022-02-02): 306 signers, 0 skipped" lists.out \
    || fail "DE list counted: $(cat lists.out)"
  grep -q "from eu-trust-list trust-list-2022-01-15.jws (of 2022-01-15): 268 signers, 0 skipped" lists.out \
    || fail "SE list counted: $(cat lists.out)"
  # Every Swedish certificate is in the German list too: one signer each, with the Swedish usage.
  unique=$(grep -c "^  kid " <("$cli" trust show lists.pgtb --publisher-key publisher.pub))
  [ "$unique" -eq 306 ] || fail "signers from both lists, without repeats: $unique"
  "$cli" trust show lists.pgtb --publisher-key publisher.pub > lists-show.out || fail "show lists bundle"
  grep -q "^  from dsc-list dsc-list-2022-02-03.json (newest entry 2022-02-02): 306 signers" lists-show.out \
    || fail "show names the sources: $(head -20 lists-show.out)"
  grep -q "^value sets 9" lists-show.out || fail "show counts value sets"
  grep -q "^  vaccines-covid-19-names  2022-11-30  39 codes" lists-show.out || fail "show lists a value set"
  grep -q "signs only test\$" lists-show.out || fail "the SE eku map restricts signers"
  # Refused: the Swedish list checked now (it lived one day in 2022), and with another anchor.
  "$cli" trust build --signer-key publisher.pem --sequence 12 --out refused.pgtb \
    --eu-trust-list "$lists/se/trust-list-2022-01-15.jws" --anchor "$lists/se/sweden.pem" > /dev/null 2> expired.err \
    && fail "an expired JWS list was imported"
  grep -q "refused: trust-list-2022-01-15.jws: the list is valid from 2022-01-15T03:35:21Z until" expired.err \
    || fail "expired list refused with its reason: $(cat expired.err)"
  "$cli" trust build --signer-key publisher.pem --sequence 12 --out refused.pgtb --at 2022-01-15T12:00:00Z \
    --eu-trust-list "$lists/se/trust-list-2022-01-15.jws" --anchor certs/signer.pem > /dev/null 2> anchor.err \
    && fail "a list signed by another anchor was imported"
  grep -q "other than the anchor given" anchor.err || fail "wrong anchor refused: $(cat anchor.err)"
  "$cli" trust build --signer-key publisher.pem --sequence 12 --out refused.pgtb \
    --dsc-list "$lists/de/dsc-list-2022-02-03.json" --dsc-list-key publisher.pub > /dev/null 2> key.err \
    && fail "a list was imported with another key"
  grep -q "refused: dsc-list-2022-02-03.json: the list's signature does not verify" key.err \
    || fail "wrong list key refused: $(cat key.err)"
  [ ! -e refused.pgtb ] || fail "a refused build wrote a bundle"
fi
"$cli" trust build --signer-key publisher.pem --certs certs --sequence 4 --out b4.pgtb > /dev/null || fail "build 4"
"$cli" trust build --signer-key publisher.pem --certs certs --sequence 6 --out b6.pgtb > /dev/null || fail "build 6"
# A bundle no kiosk could use is not built: nothing to verify passes with, or an expiry past reading.
mkdir empty
for refused in "--certs empty" "--certs /dev" "--certs does-not-exist" "" "--certs certs --valid-days 1000000000" \
    "--certs certs --valid-days 3661" "--certs certs --valid-days 0"; do
  # shellcheck disable=SC2086
  "$cli" trust build --signer-key publisher.pem --sequence 7 --out unusable.pgtb $refused > /dev/null 2> unusable.err \
    && fail "built an unusable bundle with '$refused'"
  grep -q "no certificate files\|no signer and no issuer key\|--valid-days a number of days from 1 to 3660" unusable.err \
    || fail "'$refused' refused with its reason: $(cat unusable.err)"
  [ ! -e unusable.pgtb ] || fail "'$refused' wrote a bundle"
done
"$cli" trust build --signer-key publisher.pem --certs certs --sequence 7 --valid-days 3660 --out long.pgtb > /dev/null \
  || fail "ten years is still a bundle"
"$cli" trust build --signer-key publisher.pem --out missing.pgtb > /dev/null 2>&1 && fail "build without --sequence"

pin=(--publisher-key publisher.pub --store store)
"$cli" trust show b5.pgtb --publisher-key publisher.pub > show.out || fail "show file"
grep -q "^sequence   5" show.out || fail "show: $(cat show.out)"
grep -q "kr-2022-01-03" show.out || fail "show lists rule sets"
grep -q "uci 1, country+uci 0, signature 1" show.out || fail "show revocations: $(cat show.out)"
"$cli" trust show "${pin[@]}" > /dev/null 2>&1 && fail "show with nothing installed"

"$cli" trust import b5.pgtb "${pin[@]}" > import.out || fail "import"
grep -q "^installed" import.out || fail "import said: $(cat import.out)"
"$cli" trust import b5.pgtb "${pin[@]}" | grep -q "^already installed" || fail "re-import"
"$cli" trust import b4.pgtb "${pin[@]}" 2> rollback.err && fail "rollback accepted"
grep -q "refused (rollback)" rollback.err || fail "rollback reason: $(cat rollback.err)"
cp b6.pgtb tampered.pgtb
printf 'X' | dd of=tampered.pgtb bs=1 seek=40 conv=notrunc 2>/dev/null
"$cli" trust import tampered.pgtb "${pin[@]}" 2> tampered.err && fail "tampered accepted"
grep -q "refused (bad-signature)" tampered.err || fail "tampered reason: $(cat tampered.err)"
"$cli" trust import b6.pgtb --store store 2> unpinned.err && fail "the demo pin accepted another publisher"
grep -q "refused (unknown-publisher)" unpinned.err || fail "unknown publisher reason: $(cat unpinned.err)"
[ "$(ls store/refused/*.pgtb | wc -l)" = 3 ] || fail "refused files kept aside: $(ls store/refused)"
"$cli" trust show "${pin[@]}" | grep -q "^sequence   5" || fail "the last good bundle stays in force"

# fetch over HTTP: a newer bundle, then an error page (refused), then a missing file (404).
mkdir www
cp b6.pgtb www/bundle.pgtb
echo "<html>maintenance</html>" > www/broken.pgtb
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
python3 -m http.server "$port" --bind 127.0.0.1 --directory www > /dev/null 2>&1 &
server_pid=$!
for _ in $(seq 50); do python3 -c "import socket; socket.create_connection(('127.0.0.1',$port))" 2>/dev/null && break; sleep 0.1; done
"$cli" trust fetch "http://127.0.0.1:$port/bundle.pgtb" "${pin[@]}" > fetch.out || fail "fetch: $(cat fetch.out)"
grep -q "^installed" fetch.out || fail "fetch said: $(cat fetch.out)"
"$cli" trust fetch "http://127.0.0.1:$port/broken.pgtb" "${pin[@]}" > broken.out && fail "broken fetch succeeded"
grep -q "^refused: malformed" broken.out || fail "broken fetch said: $(cat broken.out)"
"$cli" trust fetch "http://127.0.0.1:$port/nothing.pgtb" "${pin[@]}" > missing.out && fail "404 succeeded"
grep -q "^http-error: 404" missing.out || fail "404 said: $(cat missing.out)"
"$cli" trust show "${pin[@]}" | grep -q "^sequence   6" || fail "fetched bundle in force"

# One name for a kiosk's data: --data-dir DIR works on the trust commands as on the kiosk and
# `ledger` (the list is DIR/trust); --store names that folder itself.
"$cli" trust import b5.pgtb --publisher-key publisher.pub --data-dir kiosk-data > /dev/null ||
  fail "import --data-dir"
[ -n "$(ls kiosk-data/trust/*.pgtb 2>/dev/null)" ] || fail "--data-dir did not install into DIR/trust"
"$cli" trust show --publisher-key publisher.pub --data-dir kiosk-data | grep -q "^sequence   5" ||
  fail "show --data-dir"
"$cli" trust show --publisher-key publisher.pub --store kiosk-data/trust | grep -q "^sequence   5" ||
  fail "--store is the same folder"
echo "trust CLI: all checks passed"
