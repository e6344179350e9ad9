#!/bin/sh
# Runs a command in a D-Bus session of its own with GNOME Keyring's Secret Service unlocked: a real system keyring,
# kept in a temporary HOME, so that tests reach it the way the desktop does (tests/e2e/tst_secretservice.cpp).
#   tools/with-secret-service.sh COMMAND [ARGUMENTS...]
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "with-secret-service: $tool is missing (Debian: dbus-daemon, gnome-keyring)" >&2; exit 1; }
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
export SLIPWAY_TEST_SECRET_SERVICE=1
# --unlock reads the login keyring's password from stdin and makes that keyring (the default collection).
dbus-run-session -- sh -c 'printf slipway | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null &&
  exec "$@"' with-secret-service "$@"
