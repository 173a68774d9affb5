#!/usr/bin/env bash
# Builds every Bazel target and runs every Bazel test of the Matchmaker mirror,
# offline, with Debian's bazel-bootstrap 4.2.3. Extra arguments go to
# `bazel test` (e.g. ./test.sh --test_output=all, ./test.sh -c opt).
# Prints a closing "bazel: N passed, N failed" line; exits with Bazel's code.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v bazel >/dev/null 2>&1; then
  echo "bazel not found: apt-get install bazel-bootstrap (Debian 12, Bazel 4.2.3)" >&2
  exit 1
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# //...                 : this workspace (toy self-test + //:matchmaker_tests,
#                         which expands to every test in @matchmaker_src)
# @matchmaker_src//:all : every target of the project tree (libraries, binaries)
status=0
bazel test "$@" -- //... @matchmaker_src//:all 2>&1 | tee "$log" || status=$?

passed="$(grep -cE '^(//|@)[^ ]+ +(\(cached\) )?PASSED' "$log" || true)"
failed="$(grep -cE '^(//|@)[^ ]+ +.*(FAILED|TIMEOUT|NO STATUS|INCOMPLETE)' "$log" || true)"
echo "bazel: ${passed} passed, ${failed} failed"

# Do not leave a Bazel server running after a CI job.
if [[ "${CI:-}" == "true" ]]; then bazel shutdown || true; fi
exit "$status"
