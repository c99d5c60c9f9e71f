#!/bin/sh
# Renders client/public/icons/icon.svg to the PNG icons the manifest lists, and to the two icons
# browsers look for at the site's root without a <link> (favicon.ico, apple-touch-icon.png), with
# headless Chromium and a CJK font (Debian: chromium, fonts-noto-cjk). Run after changing the SVG;
# the icons are committed, so builds need neither.
set -eu
cd "$(dirname "$0")/../client/public/icons"
tmp=$(mktemp -d)
shot() { # size file scale
  printf '<style>html,body{margin:0;height:100%%;background:#b8141b;display:grid;place-items:center}</style><img src="file://%s/icon.svg" style="width:%s;height:%s">' "$PWD" "$3" "$3" > "$tmp/icon.html"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --force-device-scale-factor=1 --window-size="$1,$1" \
    --allow-file-access-from-files --screenshot="$2" "file://$tmp/icon.html" 2>/dev/null
}
shot 192 "$PWD/icon-192.png" 100%
shot 512 "$PWD/icon-512.png" 100%
shot 180 "$PWD/../apple-touch-icon.png" 100%
shot 512 "$PWD/maskable-512.png" 80%
shot 32 "$tmp/favicon.png" 100%
# An .ico holding one PNG: a 6-byte header, a 16-byte directory entry, then the PNG itself, in 16
# colours (333 B against 921 B in full colour: every first visit downloads it).
node -e '
require("sharp")(process.argv[1]).png({ palette: true, colors: 16, compressionLevel: 9, effort: 10 }).toBuffer().then((png) => {
  const head = Buffer.alloc(22)
  head.writeUInt16LE(1, 2); head.writeUInt16LE(1, 4); head[6] = 32; head[7] = 32
  head.writeUInt16LE(1, 10); head.writeUInt16LE(32, 12); head.writeUInt32LE(png.length, 14); head.writeUInt32LE(22, 18)
  require("fs").writeFileSync("../favicon.ico", Buffer.concat([head, png]))
})' "$tmp/favicon.png"
rm -rf "$tmp"
ls -l ./*.png ../favicon.ico ../apple-touch-icon.png
