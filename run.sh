#!/usr/bin/env bash
# Installs what is missing, builds incrementally in build/, and starts Slipway (arguments pass through).
set -euo pipefail
cd "$(dirname "$0")"
tools/install-deps.sh
[ -f build/build.ninja ] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
exec build/app/slipway "$@"
