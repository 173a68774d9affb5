#!/usr/bin/env bash
# README command 2: installs what is missing, builds everything, runs every test:
#   CMake build + CTest (unit, storage, validation, service, client, end-to-end, buf lint,
#   CMake/Bazel parity), then the whole suite again under ASan + UBSan with a short run of every
#   fuzz target (scripts/sanitize.sh asan), then the Bazel mirror (bazel-compat/test.sh).
# MATCHMAKER_SKIP_SANITIZE=1 / MATCHMAKER_SKIP_BAZEL=1 skip those parts while iterating
# locally (CI never sets them).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

jobs="${MATCHMAKER_JOBS:-$(nproc)}"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs" --timeout 600

if [ "${MATCHMAKER_SKIP_SANITIZE:-0}" != 1 ]; then
  scripts/sanitize.sh asan
fi

if [ "${MATCHMAKER_SKIP_BAZEL:-0}" != 1 ]; then
  bazel-compat/test.sh
fi
