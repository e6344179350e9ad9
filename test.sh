#!/usr/bin/env bash
# Installs what is missing, then:
#  1. builds incrementally in build/ (GCC; warnings are errors under CI) and runs every test;
#  2. builds build-san/ (clang, AddressSanitizer + UBSan, leak detection) and runs every test again there;
#  3. runs each libFuzzer target for FUZZ_SECONDS (default 120) from its seed corpus.
# Arguments go to both ctest runs (e.g. ./test.sh -R tst_cli).
set -euo pipefail
cd "$(dirname "$0")"
tools/install-deps.sh
werror=OFF
[ -n "${CI:-}" ] && werror=ON
launcher=()
# ccache reuses objects built with precompiled headers only with this (cmake/SlipwayPch.cmake).
export CCACHE_SLOPPINESS=pch_defines,time_macros
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache) # reuses earlier builds' objects
start=$SECONDS
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSLIPWAY_WERROR=$werror "${launcher[@]}"
cmake --build build
QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure --timeout 300 -j2 "$@"
echo "test.sh: build and tests took $((SECONDS - start)) s; now the sanitizer build"
start=$SECONDS
tools/sanitize.sh "$@"
echo "test.sh: sanitizer build and tests took $((SECONDS - start)) s; now fuzzing"
start=$SECONDS
tools/fuzz.sh "${FUZZ_SECONDS:-120}"
echo "test.sh: fuzzing took $((SECONDS - start)) s"
