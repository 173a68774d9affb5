#!/usr/bin/env bash
# README command 1: installs what is missing, builds the server and the command-line tools, and
# runs the Matchmaker server on 127.0.0.1:50051 with RocksDB in ./var/matchmaker. On first start
# (an empty database) it loads a deterministic demo market through the admin tool.
# Ctrl-C stops the server gracefully (in-flight calls drain, the database closes cleanly).
#
# Environment: MATCHMAKER_LISTEN (default 127.0.0.1:50051), MATCHMAKER_DATA_DIR
# (default ./var/matchmaker), MATCHMAKER_DEMO_CREATORS / _BRANDS / _BRIEFS (10000 / 100 / 300).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

listen="${MATCHMAKER_LISTEN:-127.0.0.1:50051}"
data_dir="${MATCHMAKER_DATA_DIR:-var/matchmaker}"
jobs="${MATCHMAKER_JOBS:-$(nproc)}"

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs" --target matchmaker_server matchmaker-admin matchmaker-brand \
  matchmaker-creator

fresh=0
[ -e "$data_dir/CURRENT" ] || fresh=1
mkdir -p "$data_dir"
key_file="$(cd "$data_dir" && pwd)/admin.key"

build/bin/matchmaker_server --listen="$listen" --data_dir="$data_dir" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null || true' INT TERM

export MATCHMAKER_SERVER="$listen"
# The server writes its bootstrap admin key there on first start (mode 0600); the tools read
# it through this variable (with the default data dir they would find it anyway).
export MATCHMAKER_API_KEY_FILE="$key_file"
for _ in $(seq 1 100); do
  build/bin/matchmaker-admin stats >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { wait "$server"; exit $?; }
  sleep 0.2
done

if [ "$fresh" = 1 ]; then
  echo "run: empty database: loading the demo market" >&2
  build/bin/matchmaker-admin demo load \
    --creators "${MATCHMAKER_DEMO_CREATORS:-10000}" \
    --brands "${MATCHMAKER_DEMO_BRANDS:-100}" \
    --briefs "${MATCHMAKER_DEMO_BRIEFS:-300}"
fi

cat >&2 <<MSG
run: Matchmaker is serving on $listen (data in $data_dir). In another shell:
  export PATH="$PWD/build/bin:\$PATH"
  export MATCHMAKER_API_KEY_FILE="$key_file"   # the admin key (docs/security.md)
  matchmaker-admin stats
  matchmaker-brand brief list --brand-id brand-001
run: Ctrl-C to stop.
MSG
status=0
wait "$server" || status=$?
# A signal interrupts the first wait; wait again so the server finishes draining.
if kill -0 "$server" 2>/dev/null; then wait "$server" || status=$?; fi
exit "$status"
