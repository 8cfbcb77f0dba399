#!/usr/bin/env bash
# Regenerates the diagrams of this folder from the embedded default graph
# and takes each SVG's screenshot in headless Chromium at page size
# (A4 landscape, 842×595 pt, at 1.5 device px per CSS px, 2 px per pt). Needs chromium
# (Debian: apt-get install chromium). Run from the repository's root:
#   bash docs/diagrams/make.sh
set -euo pipefail
out=docs/diagrams
bin=$(mktemp -d)/recital
go build -o "$bin" .

draw() { # name, then the arguments of recital render
  local name=$1; shift
  echo "== $name: recital render $*"
  "$bin" render "$@" -o "$out/$name.svg" 2>&1 | tee "$out/$name.txt"
  "$bin" render "$@" -o "$out/$name.pdf" >/dev/null 2>&1
  local size
  size=$(grep -o 'width="[0-9.]*pt" height="[0-9.]*pt"' "$out/$name.svg" | head -1 | tr -dc '0-9. ' )
  read -r w h <<<"$(echo "$size" | awk '{printf "%d %d", $1+0.5, $2+0.5}')"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1.5 \
    --window-size="$((w * 4 / 3)),$((h * 4 / 3))" --screenshot="$out/$name.png" "file://$PWD/$out/$name.svg" 2>/dev/null
  rm "$out/$name.svg" "$out/$name.pdf"
}

draw 60-45 60/45
draw 80-16-reduced 80/16 --reduce
draw 80-16 80/16
draw 1514-cited-by "1514 (XV)" --cited-by
draw 1514-cited-by-depth-2 "1514 (XV)" --cited-by --depth 2
draw 1514-cited-by-lineage-40 "1514 (XV)" --cited-by --view lineage --max-nodes 40 --page none
draw 242-cited-by "242 (1967)" --cited-by
draw 80-243 80/243
draw series-60-45 "series(60/45)"
