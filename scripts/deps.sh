#!/usr/bin/env bash
# Installs the Debian packages that building, running and testing foundry-console need.
# Idempotent: when every package is already installed it does nothing (no apt-get update).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools
  qt6-httpserver-dev
  qt6-websockets-dev        # Debian's HttpServer CMake config needs it but does not depend on it
  qt6-qpa-plugins           # offscreen/xcb platform plugins: the GUI (and its tests) cannot start without
  libgl-dev                 # Qt6Gui's CMake config looks for OpenGL headers
  libyaml-cpp-dev
  curl
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "deps.sh: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
