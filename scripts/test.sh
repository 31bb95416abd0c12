#!/usr/bin/env bash
# The one test command: installs what is missing, builds, checks formatting,
# and runs every test (unit, end-to-end and benchmark smoke tests) with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
scripts/format.sh --check
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure --parallel "$(nproc)"
