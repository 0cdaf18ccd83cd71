#!/usr/bin/env bash
# Renders an HTML report the way the room and a printer see it, to check it by eye:
#   - a screenshot in headless Chromium (what the projector shows),
#   - a print to PDF, and each page of it as a grayscale PNG (a black-and-white printer).
#
# Usage: scripts/render-html-report.sh [REPORT.html] [OUTPUT_DIR]
#   Without REPORT.html, renders the demo report (`accord demo --format html`).
#   OUTPUT_DIR defaults to ./out/html-report.
# Needs: chromium, pdftoppm (apt-get install -y chromium poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."

output=${2:-out/html-report}
mkdir -p "$output"
report=${1:-}
if [ -z "$report" ]; then
    report="$output/demo-report.html"
    swift build --product accord >&2
    "$(swift build --show-bin-path)/accord" demo --format html --db "$output/demo.sqlite" >"$report"
fi
[ -f "$report" ] || { echo "error: no such report: $report" >&2; exit 1; }
for tool in chromium pdftoppm; do
    command -v "$tool" >/dev/null || { echo "error: $tool is missing (apt-get install -y chromium poppler-utils)" >&2; exit 1; }
done

url="file://$(realpath "$report")"
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-pdf-header-footer)
width=${WIDTH:-1400}
height=${HEIGHT:-12000}

chromium "${flags[@]}" --window-size="$width,$height" --screenshot="$output/screen.png" "$url" 2>/dev/null
chromium "${flags[@]}" --print-to-pdf="$output/print.pdf" "$url" 2>/dev/null
rm -f "$output"/print-gray-*.png
pdftoppm -gray -r "${DPI:-70}" -png "$output/print.pdf" "$output/print-gray"

echo "screen:  $output/screen.png (${width}x${height}; the page is top-aligned, the rest is blank)"
echo "print:   $output/print.pdf"
echo "gray:    $(ls "$output"/print-gray-*.png | wc -l) pages in $output/print-gray-*.png"
