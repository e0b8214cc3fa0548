#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test through CTest.
# Extra arguments go to ctest (e.g. ./scripts/test.sh -R seed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

./scripts/deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --test-dir build/dev --output-on-failure --parallel "$(nproc)" "$@"
