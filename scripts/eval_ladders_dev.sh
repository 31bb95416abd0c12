#!/usr/bin/env bash
# Cross-ladder top-1 precision of laddermerge vs scikit-learn TF-IDF on the
# real-ladder dev set (tests/gold/real_ladders_dev.yaml, references into
# ../shared/real-ladders). Extra arguments after -- go to score-pairs.
#
#   scripts/eval_ladders_dev.sh
#   scripts/eval_ladders_dev.sh --no-baseline -- --weights word=1
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-build}"
if [ ! -x "$build_dir/bin/laddermerge" ]; then scripts/build.sh >&2; fi
python=python3
if [ -x /usr/bin/python3 ]; then python=/usr/bin/python3; fi
shared="${LADDERMERGE_SHARED_DIR:-../shared}"
exec "$python" scripts/eval_ladders_dev.py --binary "$build_dir/bin/laddermerge" \
  --ladders "$shared/real-ladders" "$@"
