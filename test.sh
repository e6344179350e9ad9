#!/usr/bin/env bash
# Installs what is missing, builds incrementally in build/ (warnings are errors under CI), runs every test.
set -euo pipefail
cd "$(dirname "$0")"
tools/install-deps.sh
werror=OFF
[ -n "${CI:-}" ] && werror=ON
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache) # reuses earlier builds' objects
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSLIPWAY_WERROR=$werror "${launcher[@]}"
cmake --build build
QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure --timeout 300 "$@"
