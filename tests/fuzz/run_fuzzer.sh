#!/usr/bin/env bash
# Runs one libFuzzer target over a copy of its seed corpus (so runs never write into the
# source tree) for a number of executions, with the sanitizer options of docs/FUZZING.md.
#   tests/fuzz/run_fuzzer.sh <fuzzer binary> <seed corpus dir> <runs> [libFuzzer flags...]
# Crash inputs go to $MM_FUZZ_ARTIFACTS (default: ./fuzz-artifacts/). Exit status is the
# fuzzer's: 0 when it finished the runs without a finding.
set -euo pipefail
fuzzer="$1" seeds="$2" runs="$3"
shift 3
name="$(basename "$fuzzer")"
artifacts="${MM_FUZZ_ARTIFACTS:-$PWD/fuzz-artifacts}"
mkdir -p "$artifacts"
scratch_base=/tmp
[ -d /dev/shm ] && scratch_base=/dev/shm
work="$(mktemp -d "$scratch_base/mm-fuzz-corpus-$name-XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp -r "$seeds"/. "$work/"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
"$fuzzer" -runs="$runs" -print_final_stats=1 -artifact_prefix="$artifacts/$name-" \
  "$@" "$work"
