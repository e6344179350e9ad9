#!/usr/bin/env bash
# Runs every libFuzzer target of the sanitizer build for SECONDS each (default 120), two at a time.
#   tools/fuzz.sh [SECONDS] [BUILD_DIR]     e.g. tools/fuzz.sh 3600 for an hour each
# Seeds come from tests/fuzz/corpus/NAME (read-only); what a fuzzer discovers goes to BUILD_DIR/fuzz/NAME, a crash
# to BUILD_DIR/fuzz/NAME-crash-*, and the run fails. Add a crashing input to the seed corpus once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
build=${2:-build-san}
targets=()
for seeds in tests/fuzz/corpus/*/; do
  name=$(basename "$seeds")
  [ -x "$build/tests/fuzz/fuzz_$name" ] || { echo "fuzz: $build/tests/fuzz/fuzz_$name is not built" >&2; exit 1; }
  targets+=("$name")
done
run() {
  local name=$1 work="$build/fuzz/$1"
  mkdir -p "$work"
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: a blow-up is a failure, not a swap storm.
  "$build/tests/fuzz/fuzz_$name" "$work" "tests/fuzz/corpus/$name" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/fuzz/$name-crash-" \
    >"$build/fuzz/$name.log" 2>&1
}
mkdir -p "$build/fuzz"
pids=()
failed=0
echo "fuzz: ${targets[*]} for ${seconds} s each, two at a time"
for name in "${targets[@]}"; do
  run "$name" &
  pids+=($!)
  if [ ${#pids[@]} -eq 2 ]; then
    wait "${pids[0]}" || failed=1
    pids=("${pids[1]}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
for name in "${targets[@]}"; do
  stats=$(grep -E '^stat::number_of_executed_units' "$build/fuzz/$name.log" | awk '{print $2}')
  echo "fuzz: $name: ${stats:-?} inputs run, corpus $(ls "$build/fuzz/$name" | wc -l) files"
done
if [ "$failed" -ne 0 ]; then
  echo "fuzz: a target failed; its log:" >&2
  for name in "${targets[@]}"; do
    grep -q -E 'ERROR|SUMMARY|deadly signal|Test unit written' "$build/fuzz/$name.log" && tail -40 "$build/fuzz/$name.log" >&2
  done
  exit 1
fi
