#!/usr/bin/env bash
# Builds Release and prints the benchmark table (bench/RESULTS.md records the latest figures).
# Extra arguments go to bench.py (e.g. --quick, --duration 5).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

./scripts/deps.sh
missing=()
for p in wrk nginx-light python3; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
cmake --preset release >/dev/null
cmake --build --preset release --target foundry-console seed_io_bench
exec python3 bench/bench.py build/release "$@"
