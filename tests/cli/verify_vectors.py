#!/usr/bin/env python3
"""End to end over the shared EU DCC vectors: `passgate-cli verify --trust CERT --at CLOCK` must print
"ok": true (a genuine pass) for every vector whose EXPECTEDRESULTS are all true, as a user would run it
on the QR text. Its "problems" (what staff must look at) must be empty too, except
 - "clock" where the vector states no EXPECTEDEXPIRATIONCHECK (some put the clock before issue), and
 - "pass-data-malformed" for a vector in the known-divergence list (the published schema refuses its
   payload; passgate follows the schema and sends such a pass to staff).
Closes with "N passed, M failed".
usage: verify_vectors.py PASSGATE_CLI DCC_DIR DIVERGENCES_JSON
"""
import base64
import json
import os
import subprocess
import sys
import tempfile


def main():
    cli, root, divergences = sys.argv[1:4]
    with open(divergences, encoding="utf-8") as f:
        divergent = {d["file"] for d in json.load(f)["divergences"]}
    passed, failed = 0, []
    with tempfile.TemporaryDirectory() as work:
        for folder, _, names in sorted(os.walk(root)):
            for name in sorted(n for n in names if n.endswith(".json")):
                path = os.path.join(folder, name)
                relative = os.path.relpath(path, root)
                with open(path, encoding="utf-8") as f:
                    vector = json.load(f)
                expected = vector.get("EXPECTEDRESULTS") or {}
                if not expected or not all(value is True for value in expected.values()):
                    continue
                allowed = set()
                if "EXPECTEDEXPIRATIONCHECK" not in expected:
                    allowed.add("clock")
                if relative in divergent:
                    allowed.add("pass-data-malformed")
                context = vector["TESTCTX"]
                text_file = os.path.join(work, "pass.txt")
                cert_file = os.path.join(work, "signer.der")
                with open(text_file, "w", encoding="utf-8") as f:
                    f.write(vector["PREFIX"])
                with open(cert_file, "wb") as f:
                    f.write(base64.b64decode(context["CERTIFICATE"]))
                run = subprocess.run([cli, "verify", "--trust", cert_file, "--at", context["VALIDATIONCLOCK"], text_file],
                                     capture_output=True, text=True, check=False)
                try:
                    result = json.loads(run.stdout.splitlines()[0])
                except (IndexError, ValueError):
                    result = {}
                problems = {p["code"] for p in result.get("problems", [])}
                if run.returncode == 0 and result.get("ok") is True and problems <= allowed:
                    passed += 1
                elif result.get("ok") is True:
                    failed.append(f"{relative}: ok, but problems {sorted(problems - allowed)}: {result['problems']}")
                else:
                    failed.append(f"{relative}: exit {run.returncode}, stage {result.get('stage')}: "
                                  f"{result.get('reason') or run.stderr.strip()}")
    for line in failed:
        print("FAIL " + line)
    print(f"{passed} passed, {len(failed)} failed")
    return 0 if passed > 0 and not failed else 1


if __name__ == "__main__":
    sys.exit(main())
