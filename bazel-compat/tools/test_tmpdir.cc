// Linked into every Bazel test of the mirror (see tools/cc.bzl): Bazel gives each test a
// private, writable $TEST_TMPDIR but leaves $TMPDIR at the client's value (/tmp), while the
// project's tests (tests/testing/temp_dir.h) make their directories under $TMPDIR. Point
// $TMPDIR at $TEST_TMPDIR before main() runs, so temp data stays inside Bazel's per-test
// directory (cleaned by Bazel, kept on failure under bazel-testlogs' outputs). Children
// (e.g. a spawned matchmaker_server) inherit it. Outside `bazel test` this does nothing.
#include <cstdlib>

namespace {

const bool kTmpdirFromTestTmpdir = [] {
  const char* test_tmpdir = std::getenv("TEST_TMPDIR");
  if (test_tmpdir != nullptr && *test_tmpdir != '\0') ::setenv("TMPDIR", test_tmpdir, 1);
  return true;
}();

}  // namespace
