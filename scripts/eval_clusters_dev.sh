#!/usr/bin/env bash
# Duplicate clustering on real ladders: runs `laddermerge merge` on five
# companies' ladders and scores the clusters of one comparable role (senior
# engineer, team scope) against tests/gold/real_ladders_role_dev.yaml, next
# to scikit-learn TF-IDF + agglomerative baselines at their best threshold.
# Prints cross-ladder pairwise precision/recall/F1 and B-cubed. The ladders
# are read from ../shared/real-ladders (LADDERMERGE_SHARED_DIR overrides
# ../shared); without them the script says so and exits 0.
#
#   scripts/eval_clusters_dev.sh
#   scripts/eval_clusters_dev.sh --sweep                  # also --min-similarity 0.1 ... 0.5
#   scripts/eval_clusters_dev.sh -- --min-similarity 0.25 # options after -- go to merge
#   scripts/eval_clusters_dev.sh --role-only --show-errors 20
#
# Options:
#   --binary PATH     laddermerge to run (default build/bin/laddermerge,
#                     built with scripts/build.sh if missing)
#   --whole           pass whole ladders (Dropbox docs/, Mercari en/) instead
#                     of the role's own file where a ladder has one per level
#   --role-only       merge only the five roles' statements (temporary JSON
#                     ladders built from parse's output): no other levels
#   --sweep           also run merge at several --min-similarity values
#   --sweep-values V  comma-separated values for --sweep
#   --show-errors N   list N false merges and N missed pairs (ladder text is
#                     printed on the terminal, never written to the repository)
#   --no-baselines    skip scikit-learn
#   --json-out FILE   all metrics as JSON
#   --check-gold      only check the gold file's structure
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

binary=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary="${2:?--binary needs a path}"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    --) args+=("$@"); break ;;
    *) args+=("$1"); shift ;;
  esac
done

python=python3
if [ -x /usr/bin/python3 ]; then python=/usr/bin/python3; fi
shared="${LADDERMERGE_SHARED_DIR:-../shared}"
check_only=0
for a in "${args[@]+"${args[@]}"}"; do
  [ "$a" = "--" ] && break
  [ "$a" = "--check-gold" ] && check_only=1
done
if [ "$check_only" -eq 0 ] && [ ! -d "$shared/real-ladders" ]; then
  echo "eval_clusters_dev.sh: skipped: $shared/real-ladders not found (the real ladders are kept outside the repository; set LADDERMERGE_SHARED_DIR)"
  exit 0
fi
if [ -z "$binary" ]; then
  binary="${BUILD_DIR:-build}/bin/laddermerge"
  if [ "$check_only" -eq 0 ] && [ ! -x "$binary" ]; then scripts/build.sh >&2; fi
fi
exec "$python" scripts/eval/eval_clusters_dev.py --binary "$binary" \
  --ladders "$shared/real-ladders" "${args[@]+"${args[@]}"}"
