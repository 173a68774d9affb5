#!/usr/bin/env bash
# The long fuzzing runs of docs/FUZZING.md: builds the libFuzzer targets in build-fuzz
# (clang-14, ASan + UBSan, the same flags as scripts/sanitize.sh asan, so ccache shares their
# objects) and runs each target for MM_FUZZ_RUNS executions (default 1,000,000) over a copy of
# its seed corpus in tests/fuzz/corpus/, then prints one summary line per target.
#   scripts/fuzz.sh                      all three targets, one after another
#   scripts/fuzz.sh storage_codec_fuzzer one target
#   MM_FUZZ_RUNS=20000 scripts/fuzz.sh   a shorter run
# Logs: build-fuzz/fuzz-logs/<target>.log; crash inputs: build-fuzz/fuzz-artifacts/.
# Exit status: non-zero when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=("$@")
((${#targets[@]})) || targets=(request_validation_fuzzer storage_codec_fuzzer handler_path_fuzzer)
runs="${MM_FUZZ_RUNS:-1000000}"
jobs="${MATCHMAKER_JOBS:-$(nproc)}"
dir=build-fuzz

CC=clang-14 CXX=clang++-14 cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" -DMM_FUZZ=ON >/dev/null
cmake --build "$dir" -j"$jobs" --target "${targets[@]}"

mkdir -p "$dir/fuzz-logs"
export MM_FUZZ_ARTIFACTS="$PWD/$dir/fuzz-artifacts"
failed=0
for target in "${targets[@]}"; do
  log="$dir/fuzz-logs/$target.log"
  echo "fuzz: $target, $runs runs (log: $log)" >&2
  flags=()
  if [ "$target" = handler_path_fuzzer ]; then
    # The in-process server allocates on its own threads during every call, so libFuzzer's
    # per-input leak check (run whenever an input's mallocs and frees differ) fired on most
    # inputs and cost most of the time; LeakSanitizer still checks the whole run at exit.
    # The entropic scheduler's bookkeeping over the server's ~120,000 features cost a third.
    # Together: about 100 -> 900 executions/s (docs/FUZZING.md).
    flags=(-detect_leaks=0 -entropic=0)
  fi
  status=0
  tests/fuzz/run_fuzzer.sh "$dir/bin/$target" "tests/fuzz/corpus/$target" "$runs" \
    "${flags[@]}" >"$log" 2>&1 || status=$?
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  per_sec="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
  rss="$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)"
  seconds="$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)"
  cov="$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)"
  crashes="$(grep -c -E 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|runtime error:' "$log" || true)"
  echo "$target: exit=$status executions=${execs:-?} exec/s=${per_sec:-?} seconds=${seconds:-?} ${cov:-cov: ?} peak_rss_mb=${rss:-?} findings=$crashes"
  [ "$status" -eq 0 ] || failed=1
done
exit "$failed"
