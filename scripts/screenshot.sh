#!/usr/bin/env bash
# Renders report.html of the demo corpus in headless Chromium and saves the
# top of the page as the README's screenshot (src/report/assets/
# screenshot.png). Needs `scripts/setup.sh --with-browser`.
#
#   scripts/screenshot.sh [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
png="${1:-src/report/assets/screenshot.png}"
bin="${BUILD_DIR:-build}/bin/laddermerge"
[ -x "$bin" ] || scripts/build.sh
command -v chromium >/dev/null || { echo "screenshot.sh: chromium not found (scripts/setup.sh --with-browser)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" -q merge corpora/northwind corpora/contoso corpora/fabrikam --out "$work/merged"
timeout 120 chromium --headless --no-sandbox --disable-gpu \
  --disable-background-networking --disable-component-update --disable-sync \
  --no-first-run --disable-dev-shm-usage --hide-scrollbars \
  --user-data-dir="$work/profile" --window-size=1280,1500 \
  --screenshot="$work/shot.png" "file://$work/merged/report.html" \
  </dev/null >/dev/null 2>&1
mv "$work/shot.png" "$png"
echo "screenshot.sh: wrote $png"
