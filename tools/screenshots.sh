#!/usr/bin/env bash
# Screenshots of the running app as a person sees it: a real X server (Xvfb) with a window manager (openbox), the
# engine running the sample pipeline until Prod waits for approval, then the main window and the release page,
# in English, German and French, light and dark, at 1024x700 and at 2x scaling on a 2800x1800 screen.
#   tools/screenshots.sh [OUT_DIR] [LANGS] [THEMES] [SIZES]
# e.g. tools/screenshots.sh docs/screenshots/looks "en de fr" "light dark" "1024x700 2800x1800"
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots/looks}
langs=${2:-en de fr}
themes=${3:-light dark}
sizes=${4:-1024x700 2800x1800}
app=$PWD/build/app/slipway
[ -x "$app" ] || { echo "build first: cmake --build build" >&2; exit 1; }
for tool in Xvfb openbox import xdotool; do
  command -v $tool >/dev/null || { echo "needs $tool (apt-get install xvfb openbox imagemagick)" >&2; exit 1; }
done
mkdir -p "$out"
display=:$((90 + RANDOM % 100))
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

# Waits (polling, up to 90 s) until the sample's Release-1 has Prod waiting for approval.
wait_for_prod_approval() {
  for _ in $(seq 1 180); do
    if "$app" release show 1 --json 2>/dev/null | grep -q '"pendingApproval"'; then return 0; fi
    sleep 0.5
  done
  echo "the sample did not reach Prod's approval" >&2
  return 1
}

shoot() { # NAME: waits until the window is mapped and drawn, then saves the whole screen
  for _ in $(seq 1 60); do
    DISPLAY=$display xdotool search --onlyvisible --name '^Slipway' >/dev/null 2>&1 && break
    sleep 0.5
  done
  sleep 2 # the window manager maps and the first paint lands; only a screenshot waits like this
  DISPLAY=$display import -window root "$out/$1.png"
  echo "$out/$1.png"
}

for size in $sizes; do
  scale=1
  [ "$size" = 2800x1800 ] && scale=2
  Xvfb $display -screen 0 ${size}x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  DISPLAY=$display openbox >/dev/null 2>&1 &
  wm=$!
  sleep 1 # the window manager takes the screen before the first window maps
  for lang in $langs; do
    for theme in $themes; do
      home=$work/$lang-$theme-$size
      mkdir -p "$home/.config/Unknown Organization" "$home/runtime"
      chmod 700 "$home/runtime"
      language=$lang
      [ "$lang" = en ] && language=en_US
      # QSettings' file: the app names no organisation, so Qt files it under "Unknown Organization".
      printf '[General]\ntheme=%s\nlanguage=%s\n' "$theme" "$language" \
        >"$home/.config/Unknown Organization/slipway.conf"
      export HOME=$home XDG_RUNTIME_DIR=$home/runtime QT_SCALE_FACTOR=$scale LANG=C.UTF-8
      DISPLAY=$display "$app" >"$home/app.log" 2>&1 &
      pid=$!
      wait_for_prod_approval
      shoot "main-$lang-$theme-$size"
      kill $pid; wait $pid 2>/dev/null || true
      DISPLAY=$display "$app" --page release:1 >>"$home/app.log" 2>&1 &
      pid=$!
      shoot "release-$lang-$theme-$size"
      kill $pid; wait $pid 2>/dev/null || true
    done
  done
  kill $wm $xvfb 2>/dev/null || true
  wait $wm $xvfb 2>/dev/null || true
done
