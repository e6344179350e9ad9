#!/usr/bin/env bash
# Installs the Debian 12 packages Slipway needs to build, test and run, skipping what is present.
set -euo pipefail
# help2man writes the manual page; lintian, appstreamcli and desktop-file-validate are the packaging tests';
# clang with its runtime builds the sanitizer and fuzzing build (tools/sanitize.sh, tools/fuzz.sh); postgresql-15
# and the QPSQL driver run the suite on PostgreSQL too (tools/pgcluster.sh starts a private server); fonts-dejavu-core
# gives scripts, logs and diffs a fixed-width font on a machine installed without recommends; gnome-keyring and
# dbus-daemon give tst_secretservice a real system keyring (tools/with-secret-service.sh); systemd-analyze (systemd)
# checks the package's units.
packages=(build-essential cmake ninja-build file git qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev
          qt6-websockets-dev qt6-svg-dev libqt6sql6-sqlite libsqlite3-dev libqcustomplot-dev xvfb xauth
          help2man lintian appstream desktop-file-utils python3
          qt6-translations-l10n clang libclang-rt-14-dev libsodium-dev qtkeychain-qt6-dev pkg-config
          gnome-keyring dbus-daemon systemd
          postgresql-15 libqt6sql6-psql fonts-dejavu-core)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
