#!/usr/bin/env bash
# Renders the add-in icons that manifest.xml points at: assets/icon-{16,32,64,80,128}.png,
# from assets/icon.svg (green rounded square, white table rows, yellow check mark).
#
# Needs ImageMagick (`apt-get install imagemagick`). The PNGs are committed, so only whoever
# changes the icon runs this.
#
# ImageMagick rasterises SVG with librsvg where it was built with it, and otherwise with its own
# MSVG renderer, which (6.9.x) draws a black outline that the SVG does not have. So the script
# renders the SVG, probes a few pixels of the result against the SVG's colours, and when they do
# not match it draws the same picture with ImageMagick's drawing primitives instead (the
# coordinates below are the SVG's, times 4). ICONS_METHOD=svg or ICONS_METHOD=draw forces a path.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
assets="$root/assets"
svg="$assets/icon.svg"
sizes=(16 32 64 80 128)
master_size=512 # the SVG's 128-unit viewBox, times 4: every size is a downscale of this

if command -v magick >/dev/null 2>&1; then
  im=(magick)
elif command -v convert >/dev/null 2>&1 && convert -version 2>/dev/null | grep -q 'ImageMagick'; then
  im=(convert)
else
  echo "make-icons: ImageMagick is needed (apt-get install imagemagick)" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
master="$work/master.png"

# One pixel of an image as RRGGBBAA (8 bits a channel).
pixel() {
  "${im[@]}" "$1" -alpha on -crop "1x1+$2+$3" +repage -depth 8 txt:- |
    sed -n '2s/.*#\([0-9A-Fa-f]\{8\}\).*/\1/p' | tr 'a-f' 'A-F'
}

# Whether pixel ($2,$3) of image $1 is within 40 per channel of RRGGBBAA $4.
near() {
  local got want i a b
  got="$(pixel "$1" "$2" "$3")"
  want="$4"
  [ "${#got}" -eq 8 ] || return 1
  for i in 0 2 4 6; do
    a=$((16#${got:i:2}))
    b=$((16#${want:i:2}))
    [ $(((a - b) * (a - b))) -le 1600 ] || return 1
  done
}

# The SVG's look, probed at master size: transparent corner; green just inside the square's
# edges and white just inside the header row's edge (where MSVG puts its black outline); the
# header row's middle white, the gap below it green, the check mark's corner yellow.
looks_right() {
  near "$1" 4 4 00000000 &&
    near "$1" 33 256 1F6F43FF &&
    near "$1" 256 33 1F6F43FF &&
    near "$1" 256 114 FFFFFFFF &&
    near "$1" 256 132 FFFFFFFF &&
    near "$1" 256 170 1F6F43FF &&
    near "$1" 312 400 FFD54AFF
}

render_svg() {
  "${im[@]}" -background none -density 384 "$svg" -resize "${master_size}x${master_size}!" \
    -depth 8 "PNG32:$master"
}

# The same picture as icon.svg with drawing primitives, at 4x.
draw() {
  "${im[@]}" -size "${master_size}x${master_size}" xc:none \
    -stroke none -fill '#1f6f43' -draw 'roundrectangle 32,32 479,479 56,56' \
    -fill '#ffffff' \
    -draw 'roundrectangle 96,112 415,151 8,8' \
    -draw 'roundrectangle 96,184 239,215 8,8' \
    -draw 'roundrectangle 272,184 415,215 8,8' \
    -draw 'roundrectangle 96,248 239,279 8,8' \
    -draw 'roundrectangle 272,248 415,279 8,8' \
    -draw 'roundrectangle 96,312 239,343 8,8' \
    -fill none -stroke '#ffd54a' -strokewidth 40 \
    -draw 'stroke-linecap round stroke-linejoin round polyline 264,352 312,400 416,280' \
    -depth 8 "PNG32:$master"
}

method="${ICONS_METHOD:-auto}"
case "$method" in
  auto)
    if render_svg 2>/dev/null && looks_right "$master"; then
      method=svg
    else
      echo "make-icons: ImageMagick does not rasterise icon.svg faithfully here; drawing it with primitives" >&2
      draw
      method=draw
    fi
    ;;
  svg) render_svg ;;
  draw) draw ;;
  *)
    echo "make-icons: ICONS_METHOD must be auto, svg or draw" >&2
    exit 2
    ;;
esac

if ! looks_right "$master"; then
  echo "make-icons: the $method rendering does not match icon.svg's colours" >&2
  exit 1
fi

for size in "${sizes[@]}"; do
  out="$assets/icon-$size.png"
  "${im[@]}" "$master" -filter Lanczos -resize "${size}x${size}!" -strip -depth 8 "PNG32:$out"
  echo "make-icons: $out (${size}x${size}, $method)"
done
