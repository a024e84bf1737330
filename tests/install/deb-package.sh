#!/usr/bin/env bash
# deb-package.sh BUILD_DIR TESTS_UI_DIR WORK_DIR
# Builds the Debian package with cpack, checks its control data (dependencies from the shared
# libraries), unpacks it with dpkg-deb -x into a temporary root and runs from there, with a
# temporary HOME and no checkout in sight: chronik-cli lint and simulate, and the game under
# the current X display (ctest runs gui tests under Xvfb), whose profile and log must land in
# $XDG_DATA_HOME/chronik (~/.local/share/chronik when unset). Then lintian: no errors.
set -euo pipefail
build=$(cd "$1" && pwd) ui=$(cd "$2" && pwd) work=$3
rm -rf "$work"
mkdir -p "$work/pkg" "$work/root" "$work/home" "$work/elsewhere"
fail() { echo "deb-package: $*" >&2; exit 1; }
t0=$(date +%s)

# No maintainer is made up: without -DCHRONIK_MAINTAINER cpack refuses, naming the option; this
# test then names itself as the maintainer of the package it builds and throws away.
maintainer=$(sed -n 's/^CHRONIK_MAINTAINER:STRING=//p' "$build/CMakeCache.txt")
set_maintainer=()
if [ -z "$maintainer" ]; then
    if (cd "$work/pkg" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1); then
        fail "cpack built a package without a maintainer"
    fi
    grep -q -- '-DCHRONIK_MAINTAINER="Name <email>"' "$work/cpack.log" ||
        { cat "$work/cpack.log" >&2; fail "cpack without a maintainer does not name the option"; }
    maintainer="Chronik package test <deb-package-test@example.org>"
    set_maintainer=(-D "CPACK_DEBIAN_PACKAGE_MAINTAINER=$maintainer")
fi
(cd "$work/pkg" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" "${set_maintainer[@]}" \
    >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/pkg/chronik_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { cat "$work/cpack.log" >&2; fail "no chronik_*.deb in $work/pkg"; }
t1=$(date +%s)
echo "deb-package: built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $((t1 - t0)) s"

[ "$(dpkg-deb -f "$deb" Maintainer)" = "$maintainer" ] || fail "Maintainer is not $maintainer"
depends=$(dpkg-deb -f "$deb" Depends)
echo "deb-package: Depends: $depends"
for lib in libsfml-graphics libspdlog libstdc++6 fonts-dejavu-core; do
    echo "$depends" | grep -q "$lib" || fail "Depends lacks $lib"
done

dpkg-deb -x "$deb" "$work/root"
usr=$work/root/usr
zcat "$usr/share/doc/chronik/changelog.gz" | grep -qF -- " -- $maintainer  " ||
    fail "the packaged changelog is not signed by $maintainer"
[ -x "$usr/bin/chronik" ] && [ -x "$usr/bin/chronik-cli" ] || fail "programs missing in the package"

# A clean environment: only the packaged tree, a fresh home, English.
run() { (cd "$work/elsewhere" && env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=en_US.UTF-8 \
          ${DISPLAY:+DISPLAY=$DISPLAY} ${XAUTHORITY:+XAUTHORITY=$XAUTHORITY} ALSOFT_DRIVERS=null "$@"); }
run "$usr/bin/chronik-cli" lint >"$work/lint.out" 2>&1 || { cat "$work/lint.out" >&2; fail "lint failed"; }
tail -1 "$work/lint.out"
run "$usr/bin/chronik-cli" simulate --days 3 >"$work/simulate.out" 2>&1 \
    || { cat "$work/simulate.out" >&2; fail "simulate failed"; }

# The game: a profile made by script lands in ~/.local/share/chronik, with the log.
[ -n "${DISPLAY:-}" ] || fail "no X display (run under xvfb-run)"
run "$usr/bin/chronik" --no-audio --script "$ui/scripts/create-anna.txt" >"$work/game.out" 2>&1 \
    || { cat "$work/game.out" >&2; fail "the packaged game failed"; }
data=$work/home/.local/share/chronik
ls "$data"/profiles/*/profile.json >/dev/null 2>&1 || fail "no profile under $data"
grep -q 'chronik .* starting' "$data/chronik.log" || fail "no log in $data"
grep -q "no window icon" "$data/chronik.log" && fail "the packaged game found no window icon"
grep -q "interface language en (system locale)" "$data/chronik.log" || fail "LANG=en_US did not give English"
[ ! -e "$work/elsewhere/saves" ] || fail "the packaged game wrote ./saves"
# XDG_DATA_HOME moves it.
(cd "$work/elsewhere" && env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_DATA_HOME="$work/xdg" \
    DISPLAY="$DISPLAY" ${XAUTHORITY:+XAUTHORITY=$XAUTHORITY} ALSOFT_DRIVERS=null \
    "$usr/bin/chronik" --no-audio --script "$ui/scripts/create-anna.txt" >"$work/game2.out" 2>&1) \
    || { cat "$work/game2.out" >&2; fail "the packaged game failed with XDG_DATA_HOME"; }
ls "$work/xdg/chronik"/profiles/*/profile.json >/dev/null 2>&1 || fail "no profile under \$XDG_DATA_HOME/chronik"
t2=$(date +%s)

# lintian: errors fail the test; warnings are printed.
lintian --tag-display-limit 0 "$deb" >"$work/lintian.out" 2>&1 || true
cat "$work/lintian.out"
if grep -q '^E:' "$work/lintian.out"; then fail "lintian reports errors"; fi
if grep -q 'changelog' "$work/lintian.out"; then fail "lintian finds fault with the changelog"; fi
t3=$(date +%s)
echo "deb-package: passed (cpack $((t1 - t0)) s, runs $((t2 - t1)) s, lintian $((t3 - t2)) s)"
