#!/usr/bin/env bash
# Installs every system package laddermerge needs to build, test and run, with
# apt-get, on Debian 12. Idempotent and quiet: when everything is already
# installed it changes nothing and needs no network.
#
#   scripts/setup.sh                 # build, test and run
#   scripts/setup.sh --with-eval     # + Python/scikit-learn for eval and bench scripts
#   scripts/setup.sh --with-browser  # + Chromium for the browser test of report.html
#   scripts/setup.sh --with-fuzz     # + clang's libFuzzer runtime
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config git clang-format
  libabsl-dev libicu-dev libeigen3-dev libgtest-dev libgmock-dev libbenchmark-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev nlohmann-json3-dev
  libcli11-dev libstemmer-dev libxml2-dev libxlsxwriter-dev zlib1g-dev wordnet-base
  python3 python3-yaml
)
for arg in "$@"; do
  case "$arg" in
    --with-eval) packages+=(python3-numpy python3-scipy python3-sklearn
                            libopenblas0-pthread) ;;
    --with-browser) packages+=(chromium) ;;
    --with-fuzz) packages+=(clang libclang-rt-14-dev) ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
