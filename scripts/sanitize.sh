#!/usr/bin/env bash
# Sanitizer builds of everything plus the whole CTest suite (docs/SANITIZERS.md):
#   scripts/sanitize.sh asan   build-asan: ASan + UBSan (-DMM_SANITIZE=address,undefined), with
#                              LeakSanitizer, and -DMM_FUZZ=ON so the same build also runs a short
#                              smoke run of every fuzz target (CTest label "fuzz")
#   scripts/sanitize.sh tsan   build-tsan: TSan (-DMM_SANITIZE=thread)
# Compiler: clang-14 (scripts/install-deps.sh installs it). -O1 and line tables only: a
# sanitizer build is for finding bugs, and this keeps its cold build and the suite fast enough
# for CI. The tree checks (buf lint, clang-format, Bazel parity) do not run compiled code and
# compare the default configuration, so they are left to the default build.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
case "$mode" in
  asan)
    dir=build-asan
    options=(-DMM_SANITIZE=address,undefined -DMM_FUZZ=ON)
    ;;
  tsan)
    dir=build-tsan
    options=(-DMM_SANITIZE=thread)
    ;;
  *)
    echo "usage: scripts/sanitize.sh asan|tsan" >&2
    exit 2
    ;;
esac

jobs="${MATCHMAKER_JOBS:-$(nproc)}"
CC=clang-14 CXX=clang++-14 cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" "${options[@]}" >/dev/null
cmake --build "$dir" -j"$jobs"

supp="$PWD/tests/sanitizers"
# Any finding fails the test that hit it (the e2e tests' server process included: it inherits
# these and exits non-zero).
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"
# Library internals only, never our code (docs/SANITIZERS.md).
if [ -f "$supp/tsan.supp" ]; then
  TSAN_OPTIONS="$TSAN_OPTIONS:suppressions=$supp/tsan.supp:print_suppressions=0"
fi
ctest --test-dir "$dir" --output-on-failure -j"$jobs" --timeout 900 \
  -E '^(buf_lint|clang_format|bazel_cmake_parity)$'
