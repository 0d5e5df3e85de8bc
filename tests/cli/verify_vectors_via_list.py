#!/usr/bin/env python3
"""A published signer list, end to end: `passgate-cli trust build --dsc-list` turns the German acceptance
list (../shared/testdata/trust-lists/de-demo) into a bundle, and every shared EU DCC vector whose signer
certificate is in that list must then verify with `verify --bundle` alone — no TESTCTX certificate given —
with the outcome its EXPECTEDVERIFY states: true passes the trust and signature stages (the signer is
found by kid and the signature holds; a later stage such as validity may still refuse it), false is
refused at the signature stage (or, for a vector that states EXPECTEDKEYUSAGE, at the key-usage stage:
a signer whose usage forbids the statement). As a control, each such vector must
be refused at the trust stage (no signer with its kid) without the bundle (so the list, not something else, is what trusts it).
A flipped byte in the list's signature line or JSON must make `trust build` refuse, naming the list.
Closes with "N passed, M failed".
usage: verify_vectors_via_list.py PASSGATE_CLI TESTDATA_DIR DEMO_DIR
"""
import base64
import json
import os
import subprocess
import sys
import tempfile


def run_json(command):
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    try:
        return json.loads(run.stdout.splitlines()[0]), run
    except (IndexError, ValueError):
        return {}, run


def build(cli, demo, lists, out, listing):
    return subprocess.run([cli, "trust", "build", "--signer-key", os.path.join(demo, "demo-publisher-key.pem"),
                           "--sequence", "1", "--issued", "2020-01-01T00:00:00Z", "--valid-days", "3000",
                           "--dsc-list", listing, "--dsc-list-key", os.path.join(lists, "de-demo", "dsc-list-signing-key.pem"),
                           "--out", out], capture_output=True, text=True, check=False)


def main():
    cli, testdata, demo = sys.argv[1:4]
    lists = os.path.join(testdata, "trust-lists")
    listing = os.path.join(lists, "de-demo", "dsc-list.json")
    with open(listing, encoding="utf-8") as f:
        text = f.read()
    listed = {entry["rawData"] for entry in json.loads(text[text.index("{"):])["certificates"]}
    passed, failed = 0, []
    with tempfile.TemporaryDirectory() as work:
        bundle = os.path.join(work, "list.pgtb")
        made = build(cli, demo, lists, bundle, listing)
        if made.returncode != 0 or f"{len(listed)} signers" not in made.stdout:
            print(f"FAIL trust build: exit {made.returncode}: {made.stdout} {made.stderr}")
            return 1
        # Tampering anywhere the signature covers (or the signature itself) refuses the whole list.
        for label, offset in (("signature line", 10), ("JSON", text.index('"kid"') + 8)):
            tampered = os.path.join(work, "tampered.json")
            flipped = text[:offset] + ("A" if text[offset] != "A" else "B") + text[offset + 1:]
            with open(tampered, "w", encoding="utf-8") as f:
                f.write(flipped)
            refused = build(cli, demo, lists, os.path.join(work, "tampered.pgtb"), tampered)
            if refused.returncode != 0 and "tampered.json" in refused.stderr and "signature" in refused.stderr \
                    and not os.path.exists(os.path.join(work, "tampered.pgtb")):
                passed += 1
            else:
                failed.append(f"a flipped byte in the {label} was not refused: exit {refused.returncode}: "
                              f"{refused.stdout} {refused.stderr}")
        publisher = os.path.join(demo, "demo-publisher-public.pem")
        dcc = os.path.join(testdata, "dcc")
        for folder, _, names in sorted(os.walk(dcc)):
            for name in sorted(n for n in names if n.endswith(".json")):
                path = os.path.join(folder, name)
                relative = os.path.relpath(path, dcc)
                with open(path, encoding="utf-8") as f:
                    vector = json.load(f)
                context = vector.get("TESTCTX") or {}
                expected = (vector.get("EXPECTEDRESULTS") or {}).get("EXPECTEDVERIFY")
                certificate = context.get("CERTIFICATE")
                if expected is None or not certificate or \
                        base64.b64encode(base64.b64decode(certificate)).decode() not in listed:
                    continue
                pass_file = os.path.join(work, "pass.txt")
                with open(pass_file, "w", encoding="utf-8") as f:
                    f.write(vector["PREFIX"])
                clock = ["--at", context["VALIDATIONCLOCK"]] if context.get("VALIDATIONCLOCK") else []
                result, run = run_json([cli, "verify", "--bundle", bundle, "--publisher-key", publisher,
                                        *clock, pass_file])
                control, _ = run_json([cli, "verify", *clock, pass_file])
                stage = result.get("stage")
                if not result:
                    failed.append(f"{relative}: no result: exit {run.returncode}: {run.stderr.strip()}")
                elif control.get("stage") != "trust":
                    failed.append(f"{relative}: without the bundle it reached stage {control.get('stage')}")
                elif expected is True and stage not in ("trust", "signature"):
                    passed += 1
                elif expected is False and (stage == "signature" or (
                        stage == "keyusage" and "EXPECTEDKEYUSAGE" in vector["EXPECTEDRESULTS"])):
                    passed += 1
                else:
                    failed.append(f"{relative}: EXPECTEDVERIFY {expected}, got ok {result.get('ok')} stage {stage}: "
                                  f"{result.get('reason')}")
    for line in failed:
        print("FAIL " + line)
    print(f"{passed} passed, {len(failed)} failed")
    return 0 if passed > 2 and not failed else 1


if __name__ == "__main__":
    sys.exit(main())
