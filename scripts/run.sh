#!/usr/bin/env bash
# Installs what is missing, builds, and starts foundry-console on the bundled demo seed.
# Extra arguments go to foundry-console (e.g. ./scripts/run.sh --port 0).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

./scripts/deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target foundry-console

args=(--seed "$root/resources/demo-seed.yaml")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  args+=(--headless)
fi
exec "$root/build/dev/app/foundry-console" "${args[@]}" "$@"
