#!/usr/bin/env bash
# Builds the libFuzzer harnesses (the `fuzz` preset: clang, ASan + UBSan)
# and runs each for SECONDS, one after the other.
#
#   scripts/fuzz.sh 600                  # every harness, 10 minutes each
#   scripts/fuzz.sh 20 yaml markdown     # only these harnesses
#
# Harnesses: fuzz/<name>_fuzzer.cc. Each starts from build-fuzz/corpus/<name>/,
# which keeps what earlier runs found and is topped up with the seeds: the
# files of corpora/ and tests/testdata/ in the harness's format, and the
# minimized crashers of fuzz/regressions/<name>/. Nothing under build-fuzz/
# is committed; a crasher worth keeping is minimized into fuzz/regressions/
# with a regression test (README.md, "Reliability").
#
# Findings (crash-*, leak-*, timeout-*, oom-*) go to build-fuzz/findings/<name>/
# and make the script exit 1; logs to build-fuzz/logs/<name>.log. The last
# lines are a table of executions, coverage (libFuzzer's cov and ft) and
# seconds per harness, also written to build-fuzz/summary.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

all=(markdown yaml json delimited html javascript text encoding parse)
if [ $# -lt 1 ] || ! [[ "$1" =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh SECONDS [HARNESS...] (harnesses: ${all[*]})" >&2
  exit 2
fi
seconds="$1"
shift
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=("${all[@]}")
for h in "${harnesses[@]}"; do
  [ -f "fuzz/${h}_fuzzer.cc" ] || { echo "fuzz.sh: no harness '$h'" >&2; exit 2; }
done

build=build-fuzz
cmake --preset fuzz >/dev/null
targets=()
for h in "${harnesses[@]}"; do targets+=("laddermerge_${h}_fuzzer"); done
cmake --build --preset fuzz --parallel "$(nproc)" --target "${targets[@]}"

# The file name patterns of each harness's seeds.
seed_patterns() {
  case "$1" in
    markdown) echo '*.md *.markdown' ;;
    yaml) echo '*.yaml *.yml' ;;
    json) echo '*.json' ;;
    delimited) echo '*.csv *.tsv' ;;
    html) echo '*.html *.htm' ;;
    javascript) echo '*.js' ;;
    text) echo '*.txt *.rst' ;;
    encoding|parse) echo '*' ;;
  esac
}

# The parse harness reads its first byte as the index of the extension in
# kExtensions (fuzz/parse_fuzzer.cc), so each seed gets its own prefixed.
parse_prefix() {
  case "$1" in
    *.md) echo 0 ;; *.yaml|*.yml) echo 1 ;; *.json) echo 2 ;; *.csv) echo 3 ;;
    *.tsv) echo 4 ;; *.html|*.htm) echo 5 ;; *.js) echo 6 ;; *.txt) echo 7 ;;
    *.rst) echo 9 ;; *) echo 8 ;;
  esac
}

copy_seeds() {
  local h="$1" corpus="$2" pattern file name
  local -a find_names=()
  for pattern in $(seed_patterns "$h"); do
    find_names+=(-o -name "$pattern")
  done
  while IFS= read -r -d '' file; do
    name="seed-$(echo "$file" | tr '/' '_')"
    if [ "$h" = parse ]; then
      { printf "\\x0$(parse_prefix "$file")"; cat "$file"; } >"$corpus/$name"
    else
      cp "$file" "$corpus/$name"
    fi
  done < <(find corpora tests/testdata -type f \( -false "${find_names[@]}" \) \
             -print0)
  if [ -d "fuzz/regressions/$h" ]; then
    cp fuzz/regressions/"$h"/* "$corpus/"
  fi
}

mkdir -p "$build/logs"
summary="$build/summary.txt"
printf '%-11s %12s %8s %8s %8s %s\n' harness executions cov ft seconds result \
  >"$summary"
failed=0
for h in "${harnesses[@]}"; do
  corpus="$build/corpus/$h"
  findings="$build/findings/$h"
  log="$build/logs/$h.log"
  mkdir -p "$corpus" "$findings"
  copy_seeds "$h" "$corpus"
  dict=()
  [ -f "fuzz/dicts/$h.dict" ] && dict=("-dict=fuzz/dicts/$h.dict")
  echo "fuzz.sh: $h for ${seconds}s (log: $log)" >&2
  result=ok
  start=$(date +%s)
  if ! "$build/bin/laddermerge_${h}_fuzzer" "$corpus" "${dict[@]}" \
      -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 \
      -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1; then
    result="FINDING in $findings (see $log)"
    failed=1
  fi
  elapsed=$(( $(date +%s) - start ))
  stats=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
  runs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" |
           grep -oE '[0-9]+$' || echo '?')
  cov=$(echo "$stats" | grep -oE 'cov: [0-9]+' | grep -oE '[0-9]+' || echo '?')
  ft=$(echo "$stats" | grep -oE 'ft: [0-9]+' | grep -oE '[0-9]+' || echo '?')
  printf '%-11s %12s %8s %8s %8s %s\n' "$h" "$runs" "$cov" "$ft" "$elapsed" \
    "$result" >>"$summary"
done
cat "$summary"
exit "$failed"
