#!/usr/bin/env bash
# Builds every Bazel target and runs every Bazel test of the Matchmaker mirror,
# offline, with Debian's bazel-bootstrap 4.2.3. Extra arguments go to
# `bazel test` (e.g. ./test.sh --test_output=all, ./test.sh -c opt).
# Then checks that check_parity.py's reading of matchmaker_src.BUILD (what CTest's
# bazel_cmake_parity compares with CMake) is what Bazel itself sees.
# Prints a closing "bazel: N passed, N failed" line; exits with Bazel's code
# (0 ok, 1 build failure -- or the parity evaluator disagreeing with Bazel --,
# 3 some test failed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v bazel >/dev/null 2>&1; then
  echo "bazel not found: apt-get install bazel-bootstrap (Debian 12, Bazel 4.2.3)" >&2
  exit 1
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# //...                 : this workspace (//:matchmaker_tests = every test in
#                         @matchmaker_src, //tools, //third_party)
# @matchmaker_src//:all : every target of the project tree (libraries, the
#                         server, the CLIs, benchmarks, tests)
status=0
bazel test "$@" -- //... @matchmaker_src//:all 2>&1 | tee "$log" || status=$?

passed="$(grep -cE '^(//|@)[^ ]+ +(\(cached\) )?PASSED' "$log" || true)"
failed="$(grep -cE '^(//|@)[^ ]+ +.*(FAILED|TIMEOUT|NO STATUS|INCOMPLETE)' "$log" || true)"

if ! python3 check_parity.py --root .. --check-evaluator; then
  echo "check_parity.py reads matchmaker_src.BUILD differently from Bazel: fix check_parity.py" >&2
  if [[ "$status" == 0 ]]; then status=1; fi
fi

echo "bazel: ${passed} passed, ${failed} failed"

# Do not leave a Bazel server running after a CI job.
if [[ "${CI:-}" == "true" ]]; then bazel shutdown || true; fi
exit "$status"
