#!/usr/bin/env bash
# Builds the whole project in build-san/ with clang under AddressSanitizer + UndefinedBehaviorSanitizer (any report
# aborts), leak detection on, with libFuzzer coverage so that the fuzz targets come from the same build, and runs
# every test there but the PostgreSQL variants (label postgres: they run in the normal build). Arguments go to
# ctest (e.g. -R tst_cli).
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
# ccache reuses objects built with precompiled headers only with this (cmake/SlipwayPch.cmake).
export CCACHE_SLOPPINESS=pch_defines,time_macros
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# -O1 and line tables only: a third of the compile time of -O2 -g, and stacks still name file and line.
cmake -S . -B build-san -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Sanitize \
  -DCMAKE_CXX_FLAGS_SANITIZE="-O1 -gline-tables-only" -DSLIPWAY_SANITIZE=ON -DSLIPWAY_FUZZ=ON \
  -DSLIPWAY_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
cmake --build build-san
supp="$PWD/tests/sanitizers"
export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1:abort_on_error=0"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp"
# Everything runs 2-5 times slower here: Qt Test's per-function watchdog (300 s) would stop the longest.
export QTEST_FUNCTION_TIMEOUT=900000
# Tests that spawn the slipway binary pass these on, so its processes are checked too.
QT_QPA_PLATFORM=offscreen ctest --test-dir build-san --output-on-failure --timeout 900 -j2 -LE "packaging|postgres" "$@"
