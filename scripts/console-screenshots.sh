#!/usr/bin/env bash
# Takes the README's console screenshots from the real binary on the demo seed, under Xvfb,
# driven by xdotool like a user would (no screenshot mode in the product).
#   scripts/console-screenshots.sh [path/to/foundry-console]
# Needs: xvfb xdotool imagemagick curl (apt-get install xvfb xdotool imagemagick curl).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
binary=${1:-$root/build/dev/app/foundry-console}
out=$root/docs/screenshots
port=${PORT:-4817}
if [[ -z "${SCREENSHOTS_INSIDE:-}" ]]; then
  export SCREENSHOTS_INSIDE=1
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$binary"
fi

work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config HOME=$work # no saved window state, no recent files
cp "$root/resources/demo-seed.yaml" "$work/demo-seed.yaml"
"$binary" --port "$port" "$work/demo-seed.yaml" > "$work/out.log" 2>&1 &
app=$!
win=$(xdotool search --sync --onlyvisible --name 'Foundry Emulator Console' | head -1)
xdotool windowmove "$win" 0 0 windowsize "$win" 1400 900
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done

base=http://127.0.0.1:$port
curl -s -o /dev/null -u route-optimizer:ro-7f3c9a1e5b2d48c6 -d grant_type=client_credentials \
     -d scope=api:ontologies-read "$base/multipass/api/oauth2/token"
curl -s -o /dev/null -H 'Authorization: Bearer demo-admin-token' "$base/multipass/api/me"
curl -s -o /dev/null -H 'Authorization: Bearer demo-admin-token' "$base/api/v2/admin/users?pageSize=5"
curl -s -o /dev/null -H 'Authorization: Bearer not-a-token' "$base/multipass/api/me"
curl -s -o /dev/null "$base/api/v2/admin/nothing-here"
sleep 0.5

key() { xdotool key --window "$win" "$@"; sleep 0.6; }
click() { xdotool mousemove --window "$win" "$1" "$2" click 1; sleep 0.6; }
shot() { import -window root "$out/$1"; echo "wrote docs/screenshots/$1"; }

key ctrl+1; click 420 250; shot console-users.png # maria.santos, with attributes
key ctrl+2; click 420 74; shot console-service-principals.png
key ctrl+3; click 420 154 # Route Optimizer, with its service principal
click 300 $((900 - 150)) # a request in the log: its detail shows beside it
shot console-applications.png
