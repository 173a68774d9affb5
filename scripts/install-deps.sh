#!/usr/bin/env bash
# Installs what building, running and testing Matchmaker needs, from Debian 12 packages and the
# npm registry only. Quick when everything is already there: it installs only what is missing.
# clang-14, its sanitizer/libFuzzer runtimes and llvm-14 (llvm-symbolizer) are for the
# sanitizer and fuzzing builds (scripts/sanitize.sh, scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config ccache git clang-format
  libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  libabsl-dev librocksdb-dev libgtest-dev libgmock-dev libbenchmark-dev libssl-dev
  python3 python3-grpcio python3-protobuf
  bazel-bootstrap
  clang-14 libclang-rt-14-dev llvm-14
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# Node's npm: Debian's nodejs+npm when no Node is installed (a NodeSource nodejs bundles npm).
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

# buf (proto lint) comes from npm, pinned in package.json / package-lock.json.
if [ ! -x node_modules/.bin/buf ]; then
  echo "install-deps: installing npm tools (buf)" >&2
  # `npm install --no-save`, not `npm ci`: this npm records only the local platform's optional
  # buf binary in the lock file, which `npm ci` then rejects as out of sync.
  npm install --no-save --no-audit --no-fund --loglevel=error >/dev/null
fi
