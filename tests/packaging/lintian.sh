#!/usr/bin/env bash
# Usage: lintian.sh BUILD_DIR OUT_DIR. Packages BUILD_DIR with cpack into OUT_DIR and runs lintian on what it
# made. Fails on any error or warning; informational tags are shown but pass. (--show-overrides is left out:
# with it lintian 2.116 fails on an overridden warning; the overrides are in packaging/lintian-overrides.)
set -euo pipefail
build=$1
out=$2
rm -rf "$out"
mkdir -p "$out"
if ! cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1; then
  cat "$out/cpack.log"
  exit 1
fi
shopt -s nullglob
packages=("$out"/*.deb "$out"/*.ddeb)
[ ${#packages[@]} -eq 2 ] || { echo "expected a .deb and a .ddeb, cpack made: ${packages[*]}"; exit 1; }
for package in "${packages[@]}"; do
  echo "== lintian $(basename "$package") ($(du -h "$package" | cut -f1))"
done
lintian --display-info --fail-on error,warning "${packages[@]}"
echo "lintian: no errors, no warnings"
