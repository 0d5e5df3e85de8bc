#!/usr/bin/env python3
"""The loopback guard (check-loopback-only) fails on every kind of off-machine target planted in a
project tree, names its file, line and target, and passes loopback targets and data that only looks
like an address.

Every planted line is a template whose $T becomes the target when the tree is made: written out in
this file, the targets would be exactly what the guard forbids the suite to name (and a grep over
tests/ must find none).
"""
import os
import string
import subprocess
import sys
import tempfile
import unittest

GUARD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "check-loopback-only")


def dotted(*parts):
    return ".".join(str(part) for part in parts)


TEST_NET_1 = dotted(192, 0, 2, 1)  # what the screenshots test once named: the gateway here
PRIVATE = dotted(10, 0, 0, 5)
PRIVATE_172 = dotted(172, 16, 0, 1)
PUBLIC = dotted(8, 8, 8, 8)
TEST_NET_2 = dotted(198, 51, 100, 7)
DOC_V6 = "2001:db8" + "::1"
NAME = dotted("db", "example", "com")
OTHER_NAME = dotted("trust", "example", "net")

# (case, file in the tree, line template, target, flagged?)
CASES = [
    # libpq connection strings, as the screenshots test and the replication tests write them
    ("conninfo, documentation net", "tests/screenshots/CMakeLists.txt",
     '"host=$T port=5432 dbname=passgate user=passgate_kiosk connect_timeout=10")', TEST_NET_1, True),
    ("conninfo, private net", "tests/integration/server/x.sh", 'db="host=$T dbname=passgate"', PRIVATE, True),
    ("conninfo, host name", "tests/unit/replication/tst_x.cpp",
     'settings.server = QStringLiteral("host=$T dbname=passgate");', NAME, True),
    ("conninfo, second of several hosts", "tests/unit/replication/tst_x.cpp",
     '<< "host=127.0.0.1,$T"', NAME, True),
    ("conninfo, hostaddr", "tests/x.sh", 'psql "hostaddr=$T port=5432"', PRIVATE_172, True),
    ("URI", "tests/x.sh", 'db=postgresql://kiosk@$T:5432/passgate', NAME, True),
    ("URI, IPv6", "tests/x.sh", 'db="postgresql://kiosk@[$T]:5432/passgate"', DOC_V6, True),
    ("PGHOST", "tests/integration/server/postgres.sh", "export PGHOST=$T PGPORT", PRIVATE, True),
    ("syncServer in a kiosk config", "tests/x/config.json", '{"syncServer": "host=$T"}', NAME, True),
    ("psql -h", "tests/x.sh", "psql -h $T -c 'select 1'", NAME, True),
    # URLs handed to the trust updater or a fetching command
    ("trust fetch", "tests/cli/x.sh", '"$$cli" trust fetch "https://$T/bundle.pgtb" "$${pin[@]}"', OTHER_NAME, True),
    ("trustBundleUrl", "tests/x/config.json", '{"trustBundleUrl": "https://$T/b.pgtb"}', OTHER_NAME, True),
    ("updater settings", "tests/unit/trust/tst_x.cpp", 's.url = QUrl(QStringLiteral("http://$T:8080/b"));',
     TEST_NET_2, True),
    ("curl", "tests/x.sh", "curl -fsS http://$T/health", NAME, True),
    ("debootstrap mirror", "tests/package/x.sh", 'debootstrap bookworm "$$tree" http://$T/debian', NAME, True),
    ("websocket", "tests/x.qml", 'url: "ws://$T/events"', NAME, True),
    # socket addresses
    ("QHostAddress", "tests/unit/x.cpp", 'm_server.listen(QHostAddress(QStringLiteral("$T")), 0);', PRIVATE, True),
    ("listening on every interface", "tests/unit/x.cpp", "m_server.listen(QHostAddress::$T, 0);", "Any", True),
    ("connectToHost", "tests/unit/x.cpp", 'socket.connectToHost(QStringLiteral("$T"), 80);', NAME, True),
    ("Python connect", "tests/x.py", 's.connect(("$T", 5432))', PUBLIC, True),
    ("Python bind, every interface", "tests/x.py", "s.bind(($T, 0))", '""', True),
    ("http.server --bind", "tests/x.sh", "python3 -m http.server 8000 --bind $T", PRIVATE, True),
    ("listen_addresses", "tests/x.sh", "postgres -c listen_addresses=$T", "*", True),
    ("/dev/tcp", "tests/x.sh", "exec 3<>/dev/tcp/$T/80", NAME, True),
    ("nc", "tests/x.sh", "nc -z $T 5432", NAME, True),
    ("socat", "tests/x.sh", "socat - TCP:$T:5432", NAME, True),
    ("a dotted address anywhere", "tests/x.sh", "gateway=$T", TEST_NET_1, True),
    # beyond tests/: CMake files anywhere, .ci, packaging scripts
    ("a CMake file outside tests", "app/CMakeLists.txt", 'set(SERVER "host=$T")', PRIVATE, True),
    ("a .cmake file", "cmake/Targets.cmake", 'set(URL "postgres://$T/db")', NAME, True),
    ("CI script", ".ci/run", 'curl "http://$T/"', PUBLIC, True),
    ("packaging script", "packaging/run-tests", "#!/bin/sh\nPGHOST=$T ctest", PRIVATE, True),
    # loopback, and data that only looks like an address
    ("conninfo, loopback", "tests/x.sh", 'db="host=$T port=$$PGPORT"', "127.0.0.1", False),
    ("conninfo, elsewhere in 127/8", "tests/x.sh", 'db="host=$T"', dotted(127, 0, 0, 53), False),
    ("conninfo, localhost", "tests/x.sh", 'db="host=$T"', "localhost", False),
    ("conninfo, ::1", "tests/x.sh", 'db="host=$T"', "::1", False),
    ("conninfo, Unix socket folder", "tests/x.sh", 'db="host=$T dbname=x"', "/tmp/passgate-pg.1234", False),
    ("conninfo, a variable", "tests/x.sh", 'db="host=$$PGHOST port=$$PGPORT"', "", False),
    ("conninfo, a reserved never-existing name", "tests/unit/x.cpp", '"host=$T"', "db.passgate.invalid", False),
    ("URI, loopback IPv6", "tests/x.sh", 'db="postgresql://k@[$T]:5432/db"', "::1", False),
    ("trust fetch, loopback", "tests/cli/x.sh", '"$$cli" trust fetch "http://$T:$$port/b.pgtb"', "127.0.0.1", False),
    ("Python bind, loopback", "tests/x.py", 's.bind(("$T", 0))', "127.0.0.1", False),
    ("listening on loopback", "tests/unit/x.cpp", "m_server.listen(QHostAddress::LocalHost, 0);", "", False),
    ("issuer URL in a pass payload", "tests/unit/shc/x.cpp", '{"iss", "https://$T/shc"}', "issuer.example", False),
    ("FHIR code system", "tests/support/x.cpp", 'QStringLiteral("http://$T/fhir/sid/cvx")', "hl7.org", False),
    ("an OID", "tests/support/x.cpp", 'QStringLiteral("$T")', dotted(1, 3, 6, 1, 4, 1, 1847, 2021, 1, 1), False),
    ("documentation outside tests", "docs/setup.md", 'passgate-cli server init --db "host=$T"', NAME, False),
    ("a packaging file that is not a script", "packaging/debian/control", "Homepage: https://$T/", NAME, False),
]


def run_guard(root):
    return subprocess.run([sys.executable, GUARD, root], capture_output=True, text=True, check=False)


def plant(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")


class CheckLoopbackOnly(unittest.TestCase):
    def test_each_case(self):
        for name, path, template, target, flagged in CASES:
            with self.subTest(name), tempfile.TemporaryDirectory() as root:
                text = string.Template(template).substitute(T=target)
                # The target line comes after a harmless first line, so the line number is checked too.
                plant(root, path, f"# {name}\n{text}" if not text.startswith("#!") else text)
                line = text.count("\n") + (1 if text.startswith("#!") else 2)
                result = run_guard(root)
                if flagged:
                    self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
                    self.assertIn(f"{path}:{line}: ", result.stdout)
                    shown = {"Any": "QHostAddress::" + target, '""': "''"}.get(target, target)
                    self.assertIn(shown, result.stdout)
                    self.assertIn("1 off-machine connection target in 1 files", result.stdout)
                else:
                    self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
                    self.assertIn("every connection target on loopback", result.stdout)

    def test_every_finding_is_listed(self):
        with tempfile.TemporaryDirectory() as root:
            for number, (name, path, template, target, flagged) in enumerate(CASES):
                if flagged and not path.startswith("packaging/") and not path.startswith(".ci"):
                    plant(root, f"tests/planted/{number}.txt", string.Template(template).substitute(T=target))
            result = run_guard(root)
            expected = sum(1 for case in CASES
                           if case[4] and not case[1].startswith(("packaging/", ".ci")))
            self.assertEqual(result.returncode, 1)
            self.assertIn(f"{expected} off-machine connection targets in {expected} files", result.stdout)

    def test_build_trees_and_binaries_are_not_read(self):
        with tempfile.TemporaryDirectory() as root:
            plant(root, "tests/ok.sh", 'db="host=127.0.0.1"')
            plant(root, "build/test/CMakeCache.txt", "")
            plant(root, "build/test/tests/CTestTestfile.cmake", 'add_test(x "host=' + PRIVATE + '")')
            with open(os.path.join(root, "tests", "frame.png"), "wb") as handle:
                handle.write(b"\x89PNG\0" + ("host=" + PRIVATE).encode())
            result = run_guard(root)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertIn("1 files", result.stdout)

    def test_misuse(self):
        self.assertEqual(run_guard(os.path.join(tempfile.gettempdir(), "no-such-folder-here")).returncode, 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
