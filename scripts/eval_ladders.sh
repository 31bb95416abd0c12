#!/usr/bin/env bash
# Scores laddermerge on a labelled set of ladders (by default the shipped
# corpus, corpora/, against tests/gold/corpora_gold.yaml), next to
# scikit-learn baselines computed in the same run.
#
#   scripts/eval_ladders.sh                      # the shipped corpus
#   scripts/eval_ladders.sh --gold G.yaml --inputs a=x/ b=y.yaml c=z.csv
#   scripts/eval_ladders.sh --out DIR            # keep every JSON output in DIR
#
# It runs `laddermerge parse` and, when `laddermerge --help` lists them,
# `match`, `merge --out` and `levels`, then scripts/eval/score_ladders.py.
# Commands that do not exist yet are reported as "not available yet" and the
# rest is still scored. Builds only if build/bin/laddermerge is missing.
# Baselines need python3-sklearn (scripts/setup.sh --with-eval).
#
# Options:
#   --gold FILE       gold labels (default tests/gold/corpora_gold.yaml)
#   --inputs IN...    ladder inputs, as for laddermerge (default the corpora)
#   --out DIR         keep outputs here (default: a temporary directory)
#   --top-k K         matches kept per statement (default 10)
#   --dev-fallback    if `laddermerge parse` cannot read the inputs, use the
#                     Python stand-in parser instead. For developing the
#                     scorer only: those scores say nothing about laddermerge.
#   --no-baselines, --allow-missing, --verbose   passed to the scorer
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

gold=tests/gold/corpora_gold.yaml
default_gold=1
inputs=()
out=""
top_k=10
dev_fallback=0
scorer_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --gold) gold="${2:?--gold needs a file}"; default_gold=0; shift 2 ;;
    --out) out="${2:?--out needs a directory}"; shift 2 ;;
    --top-k) top_k="${2:?--top-k needs a number}"; shift 2 ;;
    --dev-fallback) dev_fallback=1; shift ;;
    --no-baselines | --allow-missing | --verbose) scorer_args+=("$1"); shift ;;
    --inputs)
      shift
      while [ $# -gt 0 ] && [[ "$1" != --* ]]; do inputs+=("$1"); shift; done ;;
    -h | --help) usage; exit 0 ;;
    *) echo "eval_ladders.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
  esac
done
if [ ${#inputs[@]} -eq 0 ]; then
  inputs=(corpora/northwind corpora/contoso corpora/fabrikam)
fi

python=/usr/bin/python3
[ -x "$python" ] || python=python3
bin="${BUILD_DIR:-build}/bin/laddermerge"
if [ ! -x "$bin" ]; then
  scripts/build.sh
fi
if [ -z "$out" ]; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
else
  mkdir -p "$out"
fi

if [ "$default_gold" -eq 1 ]; then
  check="$("$python" scripts/eval/check_gold.py --gold "$gold")"
  echo "${check%%$'\n'*}"
fi

# The subcommands `laddermerge --help` lists (CLI11: two-space indent).
commands="$("$bin" --help 2>/dev/null | awk '/^Subcommands:/ {s = 1; next} s && /^  [a-z]/ {print $1}')"
has_command() { grep -qx "$1" <<<"$commands"; }

echo "laddermerge parse ${inputs[*]}"
if ! "$bin" parse "${inputs[@]}" >"$out/parse.json" 2>"$out/parse.err"; then
  cat "$out/parse.err" >&2
  if [ "$dev_fallback" -eq 0 ]; then
    echo "eval_ladders.sh: laddermerge parse cannot read these inputs yet, so nothing can be scored." >&2
    echo "eval_ladders.sh: (--dev-fallback scores a Python stand-in parser's statements, for scorer development only)" >&2
    exit 1
  fi
  echo "eval_ladders.sh: WARNING: using the Python DEV FALLBACK parser; scores are for scorer development only" >&2
  "$python" scripts/eval/dev_fallback_parse.py "${inputs[@]}" >"$out/parse.json" 2>/dev/null
fi

outputs=()
if has_command match; then
  echo "laddermerge match --top-k $top_k"
  if "$bin" match "${inputs[@]}" --top-k "$top_k" >"$out/match.json"; then
    outputs+=(--match "$out/match.json")
  else
    echo "eval_ladders.sh: laddermerge match failed; matching not scored" >&2
  fi
else
  echo "match: not available yet"
fi
if has_command merge; then
  echo "laddermerge merge --out $out/merge"
  if "$bin" merge "${inputs[@]}" --out "$out/merge" >/dev/null; then
    outputs+=(--clusters "$out/merge/clusters.json")
    [ -f "$out/merge/gaps.json" ] && outputs+=(--gaps "$out/merge/gaps.json")
  else
    echo "eval_ladders.sh: laddermerge merge failed; clusters not scored" >&2
  fi
else
  echo "merge: not available yet"
fi
if has_command levels; then
  echo "laddermerge levels"
  if "$bin" levels "${inputs[@]}" >"$out/levels.json"; then
    outputs+=(--levels "$out/levels.json")
  else
    echo "eval_ladders.sh: laddermerge levels failed; level alignment not scored" >&2
  fi
elif [ -f "$out/merge/levels.json" ]; then
  outputs+=(--levels "$out/merge/levels.json")
else
  echo "levels: not available yet"
fi
echo

"$python" scripts/eval/score_ladders.py --gold "$gold" --parse "$out/parse.json" \
  "${outputs[@]}" --emit-baselines "$out/baselines" --json-out "$out/scores.json" \
  "${scorer_args[@]}"
