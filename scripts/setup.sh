#!/usr/bin/env bash
# Installs the Debian packages Chronik needs, only those that are missing
# (apt-get as root, otherwise through sudo). Sourced by scripts/play and scripts/test.
set -euo pipefail

CHRONIK_PACKAGES_BUILD=(cmake g++ make libsfml-dev nlohmann-json3-dev libspdlog-dev doctest-dev fonts-dejavu-core
    pkg-config libxml2-dev libzip-dev libsqlite3-dev libzstd-dev libboost1.81-dev hunspell-de-de
    libqrencode-dev help2man zlib1g-dev libutf8proc-dev libhyphen-dev hyphen-de)
CHRONIK_PACKAGES_TEST=(xvfb xauth xdotool imagemagick clang libclang-rt-14-dev python3 chromium firefox-esr zbar-tools curl
    clang-format-14 clang-tidy-14 desktop-file-utils appstream lintian dpkg-dev file syncthing)

chronik_install_packages() {
    local missing=()
    local p
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "chronik: installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
            echo "chronik: need root or sudo to install: ${missing[*]}" >&2; return 1
        fi
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
