#!/usr/bin/env bash
# The one test command: installs what is missing, builds, checks formatting,
# and runs every test (unit, end-to-end and benchmark smoke tests) with CTest,
# then builds everything again with AddressSanitizer + UBSan and runs the unit
# and end-to-end tests under them.
#
#   scripts/test.sh           # everything (what CI runs)
#   scripts/test.sh --fast    # skip the sanitizer build
set -euo pipefail
cd "$(dirname "$0")/.."
fast=false
for arg in "$@"; do
  case "$arg" in
    --fast) fast=true ;;
    *) echo "test.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
jobs="$(nproc)"
scripts/setup.sh
scripts/build.sh
scripts/format.sh --check
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure --parallel "$jobs"
if [ "$fast" = false ]; then
  werror=OFF
  if [ "${CI:-}" = "true" ]; then werror=ON; fi
  cmake --preset asan -DLADDERMERGE_WERROR="$werror" >/dev/null
  cmake --build --preset asan --parallel "$jobs"
  ctest --preset asan --parallel "$jobs"
fi
