#!/usr/bin/env bash
# The main job: installs what is missing, builds, and runs laddermerge on the
# shipped corpus (corpora/), printing the statements it reads.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
mapfile -t ladders < <(find corpora -mindepth 1 -maxdepth 1 -type d | sort)
"${BUILD_DIR:-build}/bin/laddermerge" parse "${ladders[@]}"
