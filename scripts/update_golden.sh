#!/usr/bin/env bash
# Regenerates the golden files of the end-to-end tests from the built binary
# (build/bin/laddermerge, or $BUILD_DIR). Review the diff before committing:
# every change in a golden file is a change in what users get.
#
#   scripts/update_golden.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${BUILD_DIR:-build}/bin/laddermerge"
[ -x "$bin" ] || scripts/build.sh
data=tests/testdata/merge
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$bin" -q merge "$data/alpha.md" "$data/beta.yaml" \
  --decisions "$data/decisions.yaml" --out "$out/merge"
for f in clusters.json levels.json gaps.json framework.yaml framework.md \
         gaps.md overlap.csv clusters.csv gaps.csv; do
  cp "$out/merge/$f" "$data/golden/$f"
done
"$bin" -q merge corpora/northwind corpora/contoso corpora/fabrikam \
  --out "$out/corpora"
cp "$out/corpora/levels.json" "$data/golden/corpora_levels.json"
cp "$out/corpora/overlap.csv" "$data/golden/corpora_overlap.csv"
echo "update_golden.sh: refreshed $data/golden; review with git diff"
