#!/usr/bin/env bash
# Installs the Debian packages that building, running and testing foundry-console need.
# Idempotent: when every package is already installed it does nothing (no apt-get update).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools
  qt6-qpa-plugins           # offscreen/xcb platform plugins: the GUI (and its tests) cannot start without
  libgl-dev                 # Qt6Gui's CMake config looks for OpenGL headers
  libyaml-cpp-dev
  curl
  chromium                  # the real-browser sign-in test (tests/clients); driven by playwright-core
  fonts-dejavu-core         # so headless Chromium renders the sign-in page's text (and its screenshot)
  librsvg2-bin              # rsvg-convert: the icon's PNG sizes, rendered from its SVG at build time
  dpkg-dev                  # dpkg-shlibdeps: CPack computes the .deb's Depends with it
  file                      # the packaging test checks the binary is stripped and the PNG sizes
  desktop-file-utils        # desktop-file-validate, for the packaging test
  appstream                 # appstreamcli validate, for the packaging test
  clang libclang-rt-14-dev  # the sanitizer builds and the libFuzzer targets (scripts/test.sh)
)

# The client tests (tests/clients) run on Node.js with npm. Machines that already have a node on
# PATH (e.g. Node 20 with npm 11) keep it; otherwise Debian's own (Node 18) is installed, which the
# pinned packages support (playwright-core 1.61 needs Node >= 18, @osdk/oauth 1.13 any).
if ! command -v node >/dev/null 2>&1; then packages+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then packages+=(npm); fi

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
