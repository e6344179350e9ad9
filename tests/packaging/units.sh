#!/usr/bin/env bash
# systemd-analyze verify on the package's units, as installed but with the built binary: any line it prints fails.
# Usage: units.sh SLIPWAY_BINARY UNIT... (a template unit is checked as an instance named "test").
set -euo pipefail
binary=$1; shift
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
for unit in "$@"; do
  name=$(basename "$unit"); name=${name/@./@test.}
  sed "s|/usr/bin/slipway|$binary|g" "$unit" >"$dir/$name"
  out=$(systemd-analyze verify --man=no "$dir/$name" 2>&1 || true)
  if [ -n "$out" ]; then echo "$name: $out"; exit 1; fi
  echo "$name: verifies"
done
