#!/usr/bin/env bash
# Runs a checker that reports problems on stdout/stderr but may still exit 0: any output is a failure.
set -uo pipefail
output=$("$@" 2>&1)
status=$?
[ -n "$output" ] && printf '%s\n' "$output"
[ "$status" -eq 0 ] && [ -z "$output" ]
