"""cc_test defaults for the project's tests (mirror of CMake's add_executable + gtest_discover_tests).

    mm_cc_test(
        name = "storage_codec_test",          # = the CMake target name
        srcs = ["tests/storage/codec_test.cc"],  # = the CMake sources (+ local headers)
        deps = [":mm_storage", ":mm_testing", "@//third_party:gtest_main"],
    )

Adds what every CMake test gets implicitly or through mm_warnings:
  * copts = MATCHMAKER_COPTS (-Wall -Wextra -Werror -Wno-unused-parameter),
  * linkstatic = True: link the static libraries like CMake does (no per-library
    .so link actions, same static-initializer semantics as CMake's STATIC libraries),
  * @//tools:test_tmpdir: $TMPDIR = Bazel's private $TEST_TMPDIR (see test_tmpdir.cc).
`size` defaults to "small" (60 s timeout); tests that CMake gives a longer TIMEOUT, or that
take tens of seconds, say size = "medium" (300 s).
"""

load("@//tools:copts.bzl", "MATCHMAKER_COPTS")

def mm_cc_test(name, srcs, deps, size = "small", copts = None, **kwargs):
    native.cc_test(
        name = name,
        srcs = srcs,
        size = size,
        copts = MATCHMAKER_COPTS + (copts or []),
        linkstatic = True,
        deps = deps + ["@//tools:test_tmpdir"],
        **kwargs
    )
