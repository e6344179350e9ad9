#!/usr/bin/env bash
# Installs the built package with `apt install ./slipway_*.deb` into a clean Debian 12 root made by debootstrap,
# then runs `slipway --version`, a command, the headless engine and a --screenshot there, as an ordinary user.
# Needs root. The pristine root is cached (SLIPWAY_DEBOOTSTRAP_CACHE, default /var/cache/slipway-debootstrap)
# and copied for each run, so every run starts clean; downloaded packages are cached beside it.
# Usage: packaging/check-install.sh [PACKAGE_DIR]   (default: build/, where cpack leaves the packages)
set -euo pipefail

cd "$(dirname "$0")/.."
package_dir=$(realpath "${1:-build}")
cache=${SLIPWAY_DEBOOTSTRAP_CACHE:-/var/cache/slipway-debootstrap}
mirror=${SLIPWAY_DEBIAN_MIRROR:-http://deb.debian.org/debian}
results=$package_dir/check-install
failures=0

say() { printf '%s\n' "$*"; }
pass() { say "PASS  $*"; }
fail() { say "FAIL  $*"; failures=$((failures + 1)); }
die() { say "check-install: $*" >&2; exit 2; }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap and chroot need it)"
shopt -s nullglob
debs=("$package_dir"/slipway_*.deb)
ddebs=("$package_dir"/slipway-dbgsym_*.ddeb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || die "expected one slipway_*.deb in $package_dir, found ${#debs[@]}: build it with" \
  "'cmake --build build --target slipway slipway_manpage && (cd build && cpack)'"
deb=${debs[0]}

# A clean Debian 12 root, made once.
if [ ! -x "$cache/bookworm/usr/bin/apt" ]; then
  command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y debootstrap
  say "Creating the Debian 12 root in $cache/bookworm (once) ..."
  rm -rf --one-file-system "$cache/bookworm.tmp"
  mkdir -p "$cache"
  debootstrap --variant=minbase bookworm "$cache/bookworm.tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    die "debootstrap failed, see $cache/debootstrap.log"
  mv "$cache/bookworm.tmp" "$cache/bookworm"
fi

mkdir -p "$cache/runs" "$cache/archives/partial" "$results"
work=$(mktemp -d "$cache/runs/run.XXXXXX")
root=$work/root
mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}"; done
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT
bind() { mount --bind "$1" "$2" && mounted+=("$2"); }

cp -a --reflink=auto "$cache/bookworm" "$root"
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
bind /dev "$root/dev"
bind "$cache/archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The copy is thrown away after the run: dpkg need not sync every file it unpacks.
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/slipway-check-unsafe-io"
# What a Debian 12 user has: the release, its updates and its security archive.
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
mkdir -p "$root/tmp/packages"
cp "$deb" "${ddebs[@]}" "$root/tmp/packages/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 "$@"; }
as_user() {
  chroot --userspec=tester:tester "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/tester LC_ALL=C.UTF-8 \
    XDG_RUNTIME_DIR=/tmp/runtime-tester QT_QPA_PLATFORM=offscreen "$@"
}

say "Package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
start=$SECONDS
if in_root sh -c "apt-get update -qq && cd /tmp/packages && DEBIAN_FRONTEND=noninteractive \
    apt install -y ./$(basename "$deb")" >"$results/apt.log" 2>&1; then
  pass "apt install ./$(basename "$deb") ($((SECONDS - start)) s; log: $results/apt.log)"
else
  fail "apt install ./$(basename "$deb"): see $results/apt.log"
  tail -20 "$results/apt.log"
  exit 1
fi
in_root useradd --create-home tester
in_root install -d -m 0700 -o tester -g tester /tmp/runtime-tester

version=$(as_user slipway --version 2>"$results/version.log") && [[ $version =~ ^slipway\ [0-9] ]] &&
  pass "slipway --version: $version" || fail "slipway --version: $version"

for file in /usr/share/doc/slipway/copyright /usr/share/doc/slipway/changelog.Debian.gz \
  /usr/share/man/man1/slipway.1.gz /usr/lib/systemd/user/slipway-headless.service /usr/lib/systemd/system/slipway-agent@.service \
  /usr/share/applications/io.slipway.Slipway.desktop /usr/share/metainfo/io.slipway.Slipway.metainfo.xml; do
  [ -s "$root$file" ] && pass "installed $file" || fail "missing $file"
done
missing=$(in_root ldd /usr/bin/slipway | grep 'not found' || true)
[ -z "$missing" ] && pass "every shared library of /usr/bin/slipway resolves" || fail "unresolved: $missing"

shot_log=$results/screenshot.log
rm -f "$results/screenshot.png"
if as_user slipway --screenshot /tmp/slipway.png >"$shot_log" 2>&1 && [ -s "$root/tmp/slipway.png" ]; then
  cp "$root/tmp/slipway.png" "$results/screenshot.png"
  # Width and height are the first two big-endian words of the IHDR chunk.
  size=$(od -An -tu1 -j16 -N8 "$results/screenshot.png" |
    awk '{ print ($1*2^24+$2*2^16+$3*2^8+$4) "x" ($5*2^24+$6*2^16+$7*2^8+$8) }')
  [ "$(head -c4 "$results/screenshot.png" | od -An -c | tr -d ' ')" = "211PNG" ] &&
    pass "slipway --screenshot: a ${size} PNG, copied to $results/screenshot.png" ||
    fail "slipway --screenshot wrote a file that is not a PNG"
else
  fail "slipway --screenshot: see $shot_log"
  tail -5 "$shot_log"
fi

# The window created the sample pipeline in the user's database; the command line reads the same one.
pipelines=$(as_user slipway pipeline list 2>&1) && [ -n "$pipelines" ] &&
  pass "slipway pipeline list: $(head -1 <<<"$pipelines")" || fail "slipway pipeline list: $pipelines"

# What the systemd user unit runs: the engine starts, and SIGTERM stops it cleanly.
as_user timeout --preserve-status -s TERM 3 slipway --headless >"$results/headless.log" 2>&1 &&
  pass "slipway --headless ran until SIGTERM and exited 0" || fail "slipway --headless: see $results/headless.log"

# The binary is stripped; slipway-dbgsym installs and holds the debug file named by the binary's build id.
binary_size=$(du -h "$root/usr/bin/slipway" | cut -f1)
file -b "$root/usr/bin/slipway" | grep -q ', stripped' && pass "/usr/bin/slipway is stripped ($binary_size)" ||
  fail "/usr/bin/slipway is not stripped ($binary_size)"
if [ ${#ddebs[@]} -eq 1 ]; then
  in_root dpkg -i "/tmp/packages/$(basename "${ddebs[0]}")" >"$results/dbgsym.log" 2>&1 ||
    fail "dpkg -i $(basename "${ddebs[0]}"): see $results/dbgsym.log"
  id=$(readelf -n "$root/usr/bin/slipway" | sed -n 's/^ *Build ID: *//p')
  debug=/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug
  [ -n "$id" ] && [ -s "$root$debug" ] && pass "slipway-dbgsym holds $debug ($(du -h "$root$debug" | cut -f1))" ||
    fail "slipway-dbgsym: no debug file for the binary's build id '$id'"
else
  fail "expected one slipway-dbgsym_*.ddeb in $package_dir, found ${#ddebs[@]}"
fi

if [ "$failures" -eq 0 ]; then
  say "check-install: PASS (Debian 12 root, $((SECONDS)) s)"
else
  say "check-install: FAIL ($failures failed)"
  exit 1
fi
