#!/usr/bin/env python3
"""Fails when a C++ file of ours differs from what clang-format (repo .clang-format) makes of it."""

import argparse
import pathlib
import subprocess
import sys

FOLDERS = ("storage", "server", "client", "tests", "bench")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clang-format", required=True)
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    root = pathlib.Path(args.root)
    files = sorted(str(p) for folder in FOLDERS if (root / folder).is_dir()
                   for p in (root / folder).rglob("*") if p.suffix in (".h", ".cc"))
    bad = []
    for path in files:
        result = subprocess.run([args.clang_format, "--dry-run", "--Werror", path],
                                capture_output=True, text=True)
        if result.returncode != 0:
            bad.append(path)
    for path in bad:
        print(f"not clang-formatted: {path}")
    print(f"checked {len(files)} files, {len(bad)} not formatted")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
