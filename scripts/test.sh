#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test through CTest.
# Extra arguments go to ctest (e.g. ./scripts/test.sh -R seed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

./scripts/deps.sh

# The client tests' npm packages (tests/clients), exactly as package-lock.json pins them. npm ci
# runs only when node_modules does not match the lockfile (a stamp of its hash, kept inside
# node_modules so that npm ci's own wipe of the folder also removes it).
clients="$root/tests/clients"
stamp="$clients/node_modules/.package-lock.sha256"
lock_hash="$(sha256sum "$clients/package-lock.json" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  (cd "$clients" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" >"$stamp"
fi

cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --test-dir build/dev --output-on-failure --parallel "$(nproc)" "$@"
