#!/usr/bin/env bash
# The Debian packages as a venue meets them, on a fresh Debian 12 (debootstrap --variant=minbase):
#
#   deb_test.sh build   OUT                    this tree's packages and the previous release's (git history)
#   deb_test.sh install OUT MAKE_VIDEO PASSES  apt-get install ./passgate*.deb, the unit verified, doctor,
#                                              kiosk enable, the kiosk under cage (headless) for 20 s as user
#                                              passgate: check-ins land in /var/lib/passgate; remove keeps
#                                              data and settings, purge the settings only
#   deb_test.sh upgrade OUT MAKE_VIDEO PASSES  the previous release records check-ins, this one upgrades the
#                                              ledger's schema keeping every entry, the previous one again
#                                              refuses to write
#
# The kiosk reads a video of the demo passes (MAKE_VIDEO renders PASSES, tests/screenshots), not
# `--source demo`: passes from the demo source are shown but by design never recorded (they would
# count as visitors and reach contact exports), and this test is about what gets recorded.
#
# Needs root (chroot, mounts, runuser). Exit 77 (skipped) when not root, or under CI=true unless
# PASSGATE_PACKAGE_TESTS=1: two package builds and two Debian roots take about 15 minutes, more than
# the suite's budget on a 2-core CI machine. The minbase tree is made once and cached in
# $PASSGATE_PACKAGE_CACHE (default /var/cache/passgate-package-test).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
step=${1:?build, install or upgrade}
out=${2:?output folder}
make_video=${3:-}
passes=${4:-}
if [ "$(id -u)" != 0 ]; then
  echo "SKIP: the package tests need root (debootstrap, chroot, runuser): sudo ctest -L package"
  exit 77
fi
if [ "${CI:-}" = true ] && [ "${PASSGATE_PACKAGE_TESTS:-}" != 1 ]; then
  echo "SKIP: under CI=true the package tests run only with PASSGATE_PACKAGE_TESTS=1 (about 15 minutes)"
  exit 77
fi
mkdir -p "$out/$step"
logs=$out/$step # logs of this step (install and upgrade may run at once)
cache=${PASSGATE_PACKAGE_CACHE:-/var/cache/passgate-package-test}
fail() {
  echo "FAIL: $*"
  exit 1
}

# The release before this tree's: the changelog's second entry, by its tag (v0.1.0), or else the
# newest commit whose packaging/debian/changelog starts with that entry.
previous_release() {
  local previous
  previous=$(dpkg-parsechangelog -l "$project/packaging/debian/changelog" --offset 1 --count 1 -S Version)
  [ -n "$previous" ] || return 1
  if git -C "$project" rev-parse -q --verify "refs/tags/v$previous^{commit}"; then
    return 0
  fi
  local commit
  for commit in $(git -C "$project" log --format=%H -- packaging/debian/changelog); do
    if [ "$(git -C "$project" show "$commit:packaging/debian/changelog" | dpkg-parsechangelog -l - -S Version)" = "$previous" ]; then
      echo "$commit"
      return 0
    fi
  done
  return 1
}

build() {
  rm -rf "$out/current" "$out/previous"
  "$project/packaging/build-deb" "$out/current" || fail "this tree's packages did not build or lintian found errors"
  local commit
  commit=$(previous_release) || fail "no previous release in the git history (a shallow clone?)"
  echo "previous release: $(git -C "$project" log -1 --format='%h %s' "$commit")"
  "$project/packaging/build-deb" --rev "$commit" "$out/previous" || fail "the previous release did not build"
}

# A fresh root in $root, torn down on exit.
root=""
make_root() {
  command -v debootstrap > /dev/null || apt-get install -y -qq debootstrap > /dev/null
  if [ ! -s "$cache/bookworm-minbase.tgz" ]; then
    mkdir -p "$cache"
    local tree
    tree=$(mktemp -d)
    echo "making the Debian 12 minbase tree once (a few minutes)"
    # From debootstrap's default mirror, Debian's archive: the only place off this machine a test reaches.
    debootstrap --variant=minbase bookworm "$tree" > "$cache/debootstrap.log" 2>&1 ||
      fail "debootstrap failed: see $cache/debootstrap.log"
    tar -C "$tree" -czf "$cache/bookworm-minbase.tgz" . && rm -rf "$tree"
  fi
  root=$(mktemp -d /tmp/passgate-deb-root.XXXX)
  tar -C "$root" -xzf "$cache/bookworm-minbase.tgz"
  chmod 0755 "$root" # mktemp's 0700 (or the tarball's) would keep the user passgate out of its own /
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount --make-rslave "$root/dev"
  mount -t tmpfs tmpfs "$root/tmp"
  mount -t tmpfs tmpfs "$root/run"
  trap 'stop_root_processes; umount -l "$root/proc" "$root/dev" "$root/tmp" "$root/run" 2> /dev/null; rm -rf "$root"' EXIT
  mkdir -p "$root/debs"
  in_root apt-get update -qq > /dev/null || fail "apt-get update failed in the root"
  # What every Debian PC has and minbase leaves out: systemd (the kiosk service, systemd-analyze),
  # udev (it makes the groups input and render) and man-db (systemd-analyze verify checks that the
  # unit's Documentation= man page resolves).
  in_root apt-get install -y -qq --no-install-recommends systemd udev man-db > "$logs/root-systemd.log" 2>&1 ||
    fail "systemd did not install in the root: see $logs/root-systemd.log"
}

in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

# apt-get install of one build's packages; --no-install-recommends, so Depends alone must suffice.
install_debs() {
  local from=$1
  shift
  rm -f "$root"/debs/*.deb
  cp "$from"/passgate_*.deb "$from"/passgate-cli_*.deb "$root/debs/"
  in_root sh -c "apt-get install -y --no-install-recommends $* /debs/*.deb" > "$logs/apt-$(basename "$from").log" 2>&1 ||
    fail "apt-get install of $(basename "$from") packages failed: see $logs/apt-$(basename "$from").log"
}

as_kiosk() {
  in_root runuser -u passgate -- "$@"
}

# The video the kiosk reads, in the root: three demo passes (valid, expired, forged) one after another.
make_pass_video() {
  [ -x "$make_video" ] && [ -s "$passes" ] || fail "give MAKE_VIDEO and PASSES (see the top of this script)"
  head -n 3 "$passes" > "$logs/passes.txt"
  QT_QPA_PLATFORM=offscreen "$make_video" "$logs/passes.txt" "$logs/passes.mp4" > "$logs/make-video.log" 2>&1 ||
    fail "cannot make the pass video: $(tail -3 "$logs/make-video.log")"
  mkdir -p "$root/srv"
  cp "$logs/passes.mp4" "$root/srv/passes.mp4"
  chmod 0644 "$root/srv/passes.mp4"
}

# Whatever the root still runs (a kiosk cage left behind) keeps its data dir locked and its mounts busy.
stop_root_processes() {
  local pid
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    [ "$(readlink "/proc/$pid/root" 2> /dev/null)" = "$root" ] && kill -KILL "$pid" 2> /dev/null
  done
  sleep 1
}

set_up_venue() {
  echo 4826 > "$root/tmp/pin"
  chmod 0644 "$root/tmp/pin"
  as_kiosk passgate-cli setup --config /etc/passgate/config.json --venue-name "Package test cafe" \
    --phone 0212345678 --pin-file /tmp/pin || fail "passgate-cli setup as user passgate failed"
}

# The kiosk under cage on wlroots' headless backend, as the service runs it but on no tty, for
# $1 seconds; its log in $2.
run_kiosk() {
  local seconds=$1 log=$2 uid
  uid=$(in_root id -u passgate)
  mkdir -p "$root/run/user/$uid"
  in_root chown passgate:passgate "/run/user/$uid"
  chmod 0700 "$root/run/user/$uid"
  set +e
  mkdir -p "$root/var/cache/passgate-kiosk" # what the unit's CacheDirectory= makes
  in_root chown passgate:passgate /var/cache/passgate-kiosk
  in_root runuser -u passgate -- env XDG_RUNTIME_DIR="/run/user/$uid" XDG_CACHE_HOME=/var/cache/passgate-kiosk \
    WLR_BACKENDS=headless \
    WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 QT_QPA_PLATFORM=wayland QT_QUICK_BACKEND=software \
    timeout -s TERM "$seconds" cage -d -- passgate --source video:/srv/passes.mp4 --mode kiosk --fullscreen \
    --data-dir /var/lib/passgate --config /etc/passgate/config.json > "$log" 2>&1
  set -e
  stop_root_processes
  grep -q "data /var/lib/passgate" "$log" || fail "the kiosk did not start under cage: $(tail -5 "$log")"
}

check_ins() {
  as_kiosk passgate-cli ledger stats --data-dir /var/lib/passgate | sed -n 's/^entries: *\([0-9]*\) check-ins.*/\1/p'
}

install_test() {
  make_root
  make_pass_video
  install_debs "$out/current"
  echo "installed: $(in_root dpkg-query -W -f='${Package} ${Version}\n' passgate passgate-cli | tr '\n' ' ')"
  in_root id passgate | grep -q "(video)" || fail "user passgate is not in the group video"
  in_root id passgate | grep -q "(input)" || fail "user passgate is not in the group input"
  [ "$(in_root stat -c '%U %a' /var/lib/passgate)" = "passgate 700" ] ||
    fail "/var/lib/passgate: $(in_root stat -c '%U %a' /var/lib/passgate)"
  for file in /usr/share/man/man1/passgate.1.gz /usr/share/man/man1/passgate-cli.1.gz \
    /usr/share/applications/io.github.passgate.Passgate.desktop \
    /usr/share/metainfo/io.github.passgate.Passgate.metainfo.xml /lib/systemd/system/passgate-kiosk@.service \
    /etc/pam.d/passgate-kiosk; do
    [ -e "$root$file" ] || fail "$file is not installed"
  done

  # The unit as systemd reads it (a template is verified as an instance).
  cp "$root/lib/systemd/system/passgate-kiosk@.service" "$root/tmp/passgate-kiosk@tty7.service"
  in_root systemd-analyze verify /tmp/passgate-kiosk@tty7.service > "$logs/verify.log" 2>&1 ||
    fail "systemd-analyze verify refused the unit: $(cat "$logs/verify.log")"
  echo "systemd-analyze verify: accepted $(tr '\n' ' ' < "$logs/verify.log")"

  set +e
  in_root passgate-cli doctor > "$logs/doctor-fresh.log" 2>&1
  local status=$?
  set -e
  cat "$logs/doctor-fresh.log"
  # This root has no camera (and no scanner chosen): the one problem doctor must name.
  [ $status = 1 ] || fail "doctor exited $status on a machine without a camera"
  [ "$(grep -c PROBLEM "$logs/doctor-fresh.log")" = 1 ] && grep -q "PROBLEM camera" "$logs/doctor-fresh.log" ||
    fail "doctor's problems on a fresh install are not just the missing camera"
  grep -q "ok      fonts         Korean in" "$logs/doctor-fresh.log" || fail "doctor finds no Korean font"
  grep -q "ok      data dir      /var/lib/passgate: owned by passgate, mode 0700" "$logs/doctor-fresh.log" ||
    fail "doctor does not find /var/lib/passgate right"
  grep -q "installed (/lib/systemd/system/passgate-kiosk@.service) but not enabled" "$logs/doctor-fresh.log" ||
    fail "doctor does not see the unit installed and disabled"

  in_root passgate-cli kiosk enable --no-start > "$logs/enable.log" 2>&1 || fail "kiosk enable: $(cat "$logs/enable.log")"
  cat "$logs/enable.log"
  [ -L "$root/etc/systemd/system/graphical.target.wants/passgate-kiosk@tty7.service" ] ||
    fail "kiosk enable made no graphical.target.wants link"

  set_up_venue
  run_kiosk 20 "$logs/kiosk.log"
  local recorded
  recorded=$(check_ins)
  echo "kiosk ran 20 s under cage as passgate: $recorded check-ins in /var/lib/passgate"
  [ "${recorded:-0}" -gt 0 ] || fail "no check-in landed in /var/lib/passgate: $(tail -20 "$logs/kiosk.log")"
  [ "$(in_root stat -c '%U %a' /var/lib/passgate/ledger.db)" = "passgate 600" ] ||
    fail "ledger.db: $(in_root stat -c '%U %a' /var/lib/passgate/ledger.db)"
  as_kiosk passgate-cli ledger verify --data-dir /var/lib/passgate > /dev/null || fail "the ledger's chain does not verify"

  set +e
  in_root passgate-cli doctor > "$logs/doctor-running.log" 2>&1
  set -e
  cat "$logs/doctor-running.log"
  grep -q "ok      ledger        $recorded check-in(s)" "$logs/doctor-running.log" || fail "doctor does not report the ledger"
  grep -q "ok      kiosk service enabled on tty7" "$logs/doctor-running.log" || fail "doctor does not see the service enabled"
  grep -q "ok      settings      /etc/passgate/config.json: venue \"Package test cafe\"" "$logs/doctor-running.log" ||
    fail "doctor does not read the settings"

  in_root apt-get remove -y passgate > "$logs/remove.log" 2>&1 || fail "apt-get remove failed"
  [ -s "$root/var/lib/passgate/ledger.db" ] && [ -s "$root/etc/passgate/config.json" ] ||
    fail "remove lost the ledger or the settings"
  in_root apt-get purge -y passgate > "$logs/purge.log" 2>&1 || fail "apt-get purge failed"
  [ ! -e "$root/etc/passgate/config.json" ] || fail "purge left the settings"
  [ "$(ls "$root"/etc/passgate/owner-private-key-*.pem | wc -l)" = 1 ] || fail "purge did not keep the owner's private key"
  [ "$(ls -A "$root/etc/passgate" | wc -l)" = 1 ] || fail "purge left more than the owner's key: $(ls -A "$root/etc/passgate")"
  [ -s "$root/var/lib/passgate/ledger.db" ] || fail "purge removed the ledger"
  echo "remove kept ledger and settings; purge removed the settings and kept the ledger and the owner's private key"
  echo "PASS"
}

upgrade_test() {
  make_root
  make_pass_video
  install_debs "$out/previous"
  local before after version
  version=$(in_root dpkg-query -W -f='${Version}' passgate)
  set_up_venue
  run_kiosk 20 "$logs/kiosk-previous.log"
  before=$(check_ins)
  [ "${before:-0}" -gt 0 ] || fail "passgate $version recorded nothing: $(tail -20 "$logs/kiosk-previous.log")"
  local oldest
  oldest=$(as_kiosk passgate-cli ledger stats --data-dir /var/lib/passgate | sed -n 's/^oldest: *//p')
  echo "passgate $version recorded $before check-ins (oldest $oldest)"

  install_debs "$out/current"
  local new
  new=$(in_root dpkg-query -W -f='${Version}' passgate)
  run_kiosk 20 "$logs/kiosk-current.log"
  as_kiosk passgate-cli ledger stats --data-dir /var/lib/passgate > "$logs/stats-upgraded.txt" ||
    fail "the upgraded ledger does not read: $(cat "$logs/stats-upgraded.txt")"
  cat "$logs/stats-upgraded.txt"
  after=$(check_ins)
  [ "$after" -gt "$before" ] || fail "passgate $new recorded nothing after the upgrade ($before -> $after)"
  grep -q "^oldest: *$oldest" "$logs/stats-upgraded.txt" || fail "the oldest entry changed in the upgrade"
  as_kiosk passgate-cli ledger verify --data-dir /var/lib/passgate > "$logs/verify-upgraded.txt" ||
    fail "the chain does not verify after the upgrade: $(cat "$logs/verify-upgraded.txt")"
  grep -q "^schema: *2, since .* (passgate $new)" "$logs/stats-upgraded.txt" ||
    fail "the ledger does not record its upgrade to schema 2 by passgate $new"
  echo "upgraded to $new: $after check-ins, the $before from $version among them, chain intact"

  install_debs "$out/previous" --allow-downgrades
  run_kiosk 10 "$logs/kiosk-downgraded.log"
  grep -q "written by a newer passgate (ledger schema 2; this version knows up to 1)" "$logs/kiosk-downgraded.log" ||
    fail "the downgraded kiosk does not say why it cannot record: $(grep -i ledger "$logs/kiosk-downgraded.log" | head -5)"
  grep "ledger unavailable" "$logs/kiosk-downgraded.log" | head -1
  grep -q "recorded=yes" "$logs/kiosk-downgraded.log" && fail "the downgraded kiosk recorded check-ins"
  # What it left is the newer passgate's ledger, whole: 0.1.0 folds a pending WAL into the file when
  # it refuses (0.2.0 leaves both files alone, tst_ledgerfaults), so compare entries, not bytes.
  install_debs "$out/current"
  [ "$(check_ins)" = "$after" ] || fail "the ledger lost or gained check-ins while downgraded ($after -> $(check_ins))"
  as_kiosk passgate-cli ledger verify --data-dir /var/lib/passgate > /dev/null ||
    fail "the chain does not verify after the downgrade"
  echo "downgraded to $version: refused with its message, recorded nothing; back on $new: $after check-ins, chain intact"
  echo "PASS"
}

case $step in
build) build ;;
install) install_test ;;
upgrade) upgrade_test ;;
*) fail "unknown step $step" ;;
esac
