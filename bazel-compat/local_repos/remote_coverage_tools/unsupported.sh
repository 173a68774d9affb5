#!/bin/sh
echo "remote_coverage_tools stand-in: 'bazel coverage' is not supported in the offline Bazel setup" >&2
exit 1
