#!/usr/bin/env bash
# Regenerates the DEMO-ONLY trust material in this folder:
#   demo-publisher-key.pem, demo-publisher-public.pem  the demo bundle publisher (ECDSA P-256)
#   signers/demo-signer.pem                             a demo DCC document signer (KR, all usages;
#                                                       its private key is never written)
#   demo-passes.txt                                     demo passes, "label<TAB>payload" lines
#   demo-revocations.txt                                the revocation entry of the "revoked" pass
#   demo-bundle.pgtb                                    a trust bundle trusting the demo signer
# Everything here is public and worthless as trust: it exists so the kiosk can be shown and tested
# without real keys. Never pin the demo publisher key on a kiosk that checks real passes.
#
# usage: resources/demo/make-demo.sh BUILD_DIR [--bundle-only]   (a built passgate build folder with
#        tests enabled; --bundle-only keeps the keys, signer and passes and rebuilds the bundle, e.g.
#        after the CertLogic renditions of the presets changed)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: $0 BUILD_DIR [--bundle-only]}" && pwd)
bundle_only=${2:-}
cli=$build/app/passgate-cli
passes_tool=$build/tests/demo/passgate-demo-passes
for tool in "$cli" "$passes_tool"; do
  [ -x "$tool" ] || { echo "missing $tool: build the project (with tests) first" >&2; exit 1; }
done
cd "$here"

if [ "$bundle_only" != --bundle-only ]; then
  # The publisher key: fresh each run, unencrypted on purpose (demo only).
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out demo-publisher-key.pem
  openssl pkey -in demo-publisher-key.pem -pubout -out demo-publisher-public.pem

  # A fresh demo signer, the passes it signs, and the revocation entry of the "revoked" one.
  "$passes_tool" --out-dir "$here"
fi

# The bundle: the demo signer, the CertLogic renditions of the presets (they replace the presets
# by name, with the same verdicts), the revoked demo pass; valid for ten years.
# --bundle-only: issued when the passes were made, as before, so the demo "test" pass still counts
# the day after the bundle's issue (the kiosk and tests count from there); a higher sequence all the same.
issued=$(date -u +%Y-%m-%dT%H:%M:%SZ)
if [ "$bundle_only" = --bundle-only ]; then
  issued=$("$cli" trust show --publisher-key demo-publisher-public.pem demo-bundle.pgtb | sed -n 's/^issued *//p')
fi
"$cli" trust build --signer-key demo-publisher-key.pem --certs signers --rules ../policies/certlogic \
  --revocations demo-revocations.txt --sequence "$(date -u +%Y%m%d%H)" --issued "$issued" --valid-days 3650 \
  --publisher "passgate DEMO publisher (demo only)" --out demo-bundle.pgtb --force
echo "demo material written to $here"
