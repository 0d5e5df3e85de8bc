#!/usr/bin/env bash
# A kiosk and a server that speak Korean (LC_ALL=ko_KR.UTF-8 for `passgate-cli sync`, lc_messages for
# PostgreSQL): a wrong password, a missing database and a server nobody listens on are still told apart,
# by the SQLSTATE the server sends and not by its words. A setting to fix stops sync and says what; only
# a server that cannot be reached is retried.
# The Korean locale is compiled into the test's own folder (localedef, LOCPATH): nothing system-wide.
# usage: sync_locale.sh PASSGATE_CLI
set -euo pipefail
cli=$1
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=postgres.sh
source "$here/postgres.sh"
# shellcheck source=server-test.sh
source "$here/server-test.sh"
[ -d /usr/share/i18n/locales ] && [ -e /usr/share/i18n/charmaps/UTF-8.gz ] || {
  echo "SKIP: the locale sources are not installed (locales)"
  exit 77
}
work=$(mktemp -d)
chmod 0755 "$work"
cleanup() {
  stop_postgres
  rm -rf "$work"
}
mkdir -p "$work/locale"
localedef -i ko_KR -f UTF-8 "$work/locale/ko_KR.UTF-8" 2> /dev/null ||
  [ -e "$work/locale/ko_KR.UTF-8/LC_MESSAGES" ] || fail "localedef ko_KR.UTF-8"
chmod -R a+rX "$work/locale"
export LOCPATH=$work/locale
start_postgres -c lc_messages=ko_KR.UTF-8
trap cleanup EXIT
passgate_database
"$cli" server init --db "$db" --retention-days 28 > /dev/null || fail "server init"
"$cli" server add-kiosk kiosk-ko --db "$db" --password-file "$work/kiosk-ko.pw" > /dev/null || fail "add-kiosk"
"$cli" keys init --data-dir "$work/data" --private-key-out "$work/owner.pem" \
  --passphrase-file <(echo "owner passphrase") > /dev/null
"$cli" ledger stress --data-dir "$work/data" --kiosk-id kiosk-ko --count 5 > /dev/null || fail "ledger stress"
settings() { # SERVER
  printf '{"kioskId": "kiosk-ko", "syncPasswordFile": "%s", "syncServer": "%s"}' "$work/kiosk-ko.pw" "$1" \
    > "$work/config.json"
}
sync_ko() { # seconds; output in $work/log
  LC_ALL=ko_KR.UTF-8 LANGUAGE=ko timeout "$1" "$cli" sync --data-dir "$work/data" --config "$work/config.json" \
    --until-caught-up --poll-ms 100 --retry-cap-ms 1000 > "$work/log" 2>&1
}
role=passgate_kiosk_kiosk_ko

# The server really answers in Korean: otherwise this test would prove nothing.
PGPASSWORD=wrong LC_ALL=ko_KR.UTF-8 psql -X -h 127.0.0.1 -U "$role" -d passgate -c 'SELECT 1' > "$work/psql" 2>&1 &&
  fail "psql with a wrong password"
grep -q '인증을 실패했습니다' "$work/psql" || fail "the server does not answer in Korean: $(cat "$work/psql")"

settings "host=127.0.0.1 port=$PGPORT dbname=passgate user=$role"
sync_ko 60 || fail "the right password: $(cat "$work/log")"
grep -q '^caught-up acknowledged=5' "$work/log" || fail "caught up: $(cat "$work/log")"
echo "ok: caught up under ko_KR"

cp "$work/kiosk-ko.pw" "$work/right.pw"
echo wrong-password > "$work/kiosk-ko.pw"
rc=0
sync_ko 60 || rc=$?
[ "$rc" = 1 ] || fail "a wrong password: exit $rc, expected 1 (stopped): $(cat "$work/log")"
grep -q '^stopped .*problem=auth-failed: .*28P01' "$work/log" || fail "a wrong password: $(cat "$work/log")"
grep -q '인증을 실패했습니다' "$work/log" || fail "the server's own words are kept: $(cat "$work/log")"
grep -q 'LOCATION' "$work/log" && fail "the server's source location is shown: $(cat "$work/log")"
echo "ok: a wrong password in Korean is auth-failed, and sync stops: $(grep -m1 -o "problem=.*" "$work/log")"
cp "$work/right.pw" "$work/kiosk-ko.pw"

settings "host=127.0.0.1 port=$PGPORT dbname=passgat user=$role"
rc=0
sync_ko 60 || rc=$?
[ "$rc" = 1 ] || fail "a missing database: exit $rc: $(cat "$work/log")"
grep -q '^stopped .*problem=bad-settings: .*the database named in syncServer does not exist' "$work/log" ||
  fail "a missing database: $(cat "$work/log")"
echo "ok: a missing database is a setting to fix"

# A port nobody listens on (asked of the kernel, then closed): retried, not stopped.
free=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
settings "host=127.0.0.1 port=$free dbname=passgate user=$role"
rc=0
sync_ko 4 || rc=$?
[ "$rc" = 124 ] || fail "nobody listening: sync ended ($rc) instead of retrying: $(cat "$work/log")"
grep -q '^retrying .*problem=unreachable' "$work/log" || fail "nobody listening: $(cat "$work/log")"
grep -q '^stopped' "$work/log" && fail "nobody listening: stopped: $(cat "$work/log")"
echo "ok: a server that cannot be reached is retried"
echo "sync under ko_KR: all checks passed"
