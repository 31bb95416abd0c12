#!/usr/bin/env bash
# Spearman x100 between laddermerge's similarity scores and human judgements on
# ../shared/sts (STS Benchmark and SICK), with scikit-learn TF-IDF baselines
# computed in the same run when Debian's python3-sklearn is installed
# (scripts/setup.sh --with-eval). Builds laddermerge first if needed.
#
#   scripts/eval_sts.sh                       # dev/test sets, defaults
#   scripts/eval_sts.sh --sets sts-train,sick-trial
#   scripts/eval_sts.sh --no-baseline -- --weights word=1,char=1
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-build}"
if [ ! -x "$build_dir/bin/laddermerge" ]; then scripts/build.sh >&2; fi
python=python3
if [ -x /usr/bin/python3 ]; then python=/usr/bin/python3; fi
shared="${LADDERMERGE_SHARED_DIR:-../shared}"
exec "$python" scripts/eval_sts.py --binary "$build_dir/bin/laddermerge" \
  --data "$shared/sts" "$@"
