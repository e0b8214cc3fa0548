#!/usr/bin/env bash
# Builds Release and prints the benchmark table (bench/RESULTS.md records the latest figures).
# Extra arguments go to bench.py: --quick (a 1-2 minute smoke run), --duration SECONDS.
# BENCH_BUILD_DIR chooses the build directory (default build/release).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${BENCH_BUILD_DIR:-build/release}"

./scripts/deps.sh
missing=()
for p in wrk nginx-light python3; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  # Where systemd runs, the package starts a system nginx on port 80; the benchmark runs its own.
  if command -v systemctl >/dev/null && systemctl is-active --quiet nginx 2>/dev/null; then
    systemctl disable --now nginx >/dev/null 2>&1 || true
  fi
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target foundry-console seed_io_bench console_bench
exec python3 bench/bench.py "$build" "$@"
