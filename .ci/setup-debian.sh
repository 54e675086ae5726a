#!/usr/bin/env bash
# Installs every Debian 12 package the project needs to build, run and test.
# Idempotent: when everything is already installed it changes nothing and
# needs no network. Runs as root, or through sudo when available.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config git clang-format
  # libraries
  libimgui-dev libstb-dev libsdl2-dev libfreetype-dev
  libsqlite3-dev sqlite3 libicu-dev nlohmann-json3-dev libcli11-dev
  libhpdf-dev libqrencode-dev libpng-dev libpugixml-dev libsodium-dev
  libtesseract-dev libleptonica-dev tesseract-ocr-jpn
  libpcsclite-dev pcscd pcsc-tools vsmartcard-vpcd
  libanthy-dev anthy
  # tests
  libgtest-dev libgmock-dev poppler-utils zbar-tools xvfb xauth xdotool imagemagick
  tesseract-ocr  # e2e reads what the finish screen shows
  python3
  clang-14 libclang-rt-14-dev  # libFuzzer for tests/fuzz
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} Debian packages present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "setup: missing packages: ${missing[*]}" >&2
  echo "setup: run this script as root (or install sudo) so it can apt-get them" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: apt-get not found; this project targets Debian 12. Missing: ${missing[*]}" >&2
  exit 1
fi

echo "setup: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
if ! "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
  echo "setup: apt-get could not install: ${missing[*]}" >&2
  exit 1
fi
echo "setup: done"
