#!/bin/sh
# Renders client/public/icons/icon.svg to the PNG icons the manifest lists, with headless
# Chromium and a CJK font (Debian: chromium, fonts-noto-cjk). Run after changing the SVG; the
# PNGs are committed, so builds need neither.
set -eu
cd "$(dirname "$0")/../client/public/icons"
tmp=$(mktemp -d)
shot() { # size file scale
  printf '<style>html,body{margin:0;height:100%%;background:#b8141b;display:grid;place-items:center}</style><img src="file://%s/icon.svg" style="width:%s;height:%s">' "$PWD" "$3" "$3" > "$tmp/icon.html"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --force-device-scale-factor=1 --window-size="$1,$1" \
    --allow-file-access-from-files --screenshot="$PWD/$2" "file://$tmp/icon.html" 2>/dev/null
}
shot 192 icon-192.png 100%
shot 512 icon-512.png 100%
shot 180 apple-touch-icon.png 100%
shot 512 maskable-512.png 80%
rm -rf "$tmp"
ls -l ./*.png
