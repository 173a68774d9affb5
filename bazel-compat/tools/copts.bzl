"""Compiler options shared by the project's own targets (mirror of CMake's mm_warnings)."""

# Same as the CMake INTERFACE target mm_warnings. Generated proto code is built
# by the tools/proto.bzl macros without these, and its headers, like system
# headers, are included via -isystem, so only our own code is checked.
MATCHMAKER_COPTS = [
    "-Wall",
    "-Wextra",
    "-Werror",
    "-Wno-unused-parameter",
]
