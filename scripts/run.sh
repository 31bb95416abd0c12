#!/usr/bin/env bash
# The main job: installs what is missing, builds, and merges the ladders of
# the shipped corpus (corpora/): every report goes to merged/ (or the
# directory given as the first argument). Open merged/report.html.
#
#   scripts/run.sh            # -> merged/
#   scripts/run.sh /tmp/out   # -> /tmp/out/
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-merged}"
scripts/setup.sh
scripts/build.sh
mapfile -t ladders < <(find corpora -mindepth 1 -maxdepth 1 -type d | sort)
"${BUILD_DIR:-build}/bin/laddermerge" merge "${ladders[@]}" --out "$out"
echo "run.sh: open $out/report.html in a browser (also: $out/framework.md, $out/gaps.md, $out/report.xlsx)"
