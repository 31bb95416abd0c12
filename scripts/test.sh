#!/usr/bin/env bash
# The one test command: installs what is missing, builds, checks formatting,
# and runs every test (unit, end-to-end and benchmark smoke tests) with CTest,
# then builds everything again with AddressSanitizer + UBSan and runs the unit
# and end-to-end tests under them, and finally builds the libFuzzer harnesses
# with clang and runs each briefly (FUZZ_SECONDS, default 15) from the seeds.
#
#   scripts/test.sh           # everything (what CI runs)
#   scripts/test.sh --fast    # skip the sanitizer build and the fuzzers
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
if [ "$fast" = false ]; then
  scripts/setup.sh --with-fuzz
else
  scripts/setup.sh
fi
scripts/build.sh
scripts/format.sh --check
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure --parallel "$jobs"
if [ "$fast" = false ]; then
  werror=OFF
  if [ "${CI:-}" = "true" ]; then werror=ON; fi
  # The word-vector resources are inputs, not code under test: the asan
  # build copies them from the release build instead of generating them
  # again with instrumented tools.
  cmake --preset asan -DLADDERMERGE_WERROR="$werror" \
    -DLADDERMERGE_PREBUILT_RESOURCES="$PWD/${BUILD_DIR:-build}/share/laddermerge" \
    >/dev/null
  cmake --build --preset asan --parallel "$jobs"
  ctest --preset asan --parallel "$jobs"
  scripts/fuzz.sh "${FUZZ_SECONDS:-15}"
fi
