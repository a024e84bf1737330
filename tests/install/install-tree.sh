#!/usr/bin/env bash
# install-tree.sh BUILD_DIR WORK_DIR
# `cmake --install` into a temporary prefix, then, from a folder far from the checkout: the data,
# desktop entry, icons, AppStream metadata and man pages are where desktops look for them and
# pass their validators; chronik-cli finds the installed bank (lint, simulate) also after the
# prefix is moved; profiles go to $XDG_DATA_HOME/chronik (default ~/.local/share/chronik) unless
# --saves says otherwise, and speak the system's language.
set -euo pipefail
build=$1 work=$2
rm -rf "$work"
mkdir -p "$work/elsewhere" "$work/home"
fail() { echo "install-tree: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/usr" >"$work/install.log"
prefix=$work/usr
id=$(sed -n 's/^CHRONIK_APP_ID:STRING=//p' "$build/CMakeCache.txt")
[ -n "$id" ] || fail "no CHRONIK_APP_ID in $build/CMakeCache.txt"
for f in bin/chronik bin/chronik-cli share/chronik/questions/README.md \
         share/chronik/questions/sources/nordkoreanisch-russische-beziehungen.txt \
         share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg share/icons/hicolor/128x128/apps/$id.png \
         share/icons/hicolor/16x16/apps/$id.png share/icons/hicolor/512x512/apps/$id.png \
         share/man/man6/chronik.6.gz share/man/man1/chronik-cli.1.gz \
         share/doc/chronik/copyright share/doc/chronik/changelog.gz; do
    [ -f "$prefix/$f" ] || fail "missing $prefix/$f"
done
ls "$prefix"/share/chronik/questions/*.json >/dev/null || fail "no decks installed"
# Nothing of the build folder leaks into the installed tree.
if grep -rlq --binary-files=without-match "chronik-build-tree" "$prefix/share"; then fail "build marker installed"; fi
[ ! -e "$prefix/bin/chronik-build-tree.txt" ] || fail "build marker installed in bin/"

desktop-file-validate "$prefix/share/applications/$id.desktop"
appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml"
zcat "$prefix/share/man/man6/chronik.6.gz" | grep -q 'XDG_DATA_HOME' || fail "chronik.6 lacks the options"
zcat "$prefix/share/man/man1/chronik-cli.1.gz" | grep -q 'simulate' || fail "chronik-cli.1 lacks the commands"

# A clean environment: no checkout around, a fresh home.
run() { (cd "$work/elsewhere" && env -i PATH=/usr/bin:/bin HOME="$work/home" LANG="${LANG_FOR_RUN:-C.UTF-8}" "$@"); }

out=$(run "$prefix/bin/chronik-cli" lint 2>&1) || fail "lint of the installed bank failed: $out"
echo "$out" | tail -1
run "$prefix/bin/chronik-cli" simulate --days 3 >"$work/simulate.out" 2>&1 \
    || { cat "$work/simulate.out" >&2; fail "simulate failed"; }

# Moved: the tree still finds its data from the executable's place.
mv "$work/usr" "$work/moved"
prefix=$work/moved
run "$prefix/bin/chronik-cli" lint >/dev/null 2>&1 || fail "lint failed after moving the prefix"
# A tree without data says where it looked.
mkdir -p "$work/bare/bin" && cp "$prefix/bin/chronik-cli" "$work/bare/bin/"
if out=$(run "$work/bare/bin/chronik-cli" lint 2>&1); then fail "lint without a bank passed"; fi
echo "$out" | grep -q "$work/bare/share/chronik/questions" || fail "lint without a bank does not say where it looked: $out"

# Saves: ~/.local/share/chronik by default, $XDG_DATA_HOME/chronik when set, --saves wins.
LANG_FOR_RUN=de_DE.UTF-8 run "$prefix/bin/chronik-cli" profile create Jürgen >/dev/null
ls "$work/home/.local/share/chronik"/profiles/*/profile.json >/dev/null 2>&1 || fail "no profile in ~/.local/share/chronik"
grep -q '"language": *"de"' "$work/home/.local/share/chronik"/profiles/*/snapshot.json || fail "LANG=de_DE did not give a German profile"
(cd "$work/elsewhere" && env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_DATA_HOME="$work/xdg" LANG=en_US.UTF-8 \
    "$prefix/bin/chronik-cli" profile create Ann >/dev/null)
ls "$work/xdg/chronik"/profiles/*/profile.json >/dev/null 2>&1 || fail "no profile in \$XDG_DATA_HOME/chronik"
grep -q '"language": *"en"' "$work/xdg/chronik"/profiles/*/snapshot.json || fail "LANG=en_US did not give an English profile"
run "$prefix/bin/chronik-cli" profile create Bo --saves "$work/given" >/dev/null
ls "$work/given"/profiles/*/profile.json >/dev/null 2>&1 || fail "--saves was not used"
[ ! -e "$work/elsewhere/saves" ] || fail "an installed chronik-cli wrote ./saves"
# Saves of a Chronik before profiles/: profiles directly in ~/.local/share/chronik are moved into
# its profiles/ folder, and profiles in an older ./saves (either layout) are named.
data=$work/home/.local/share/chronik
old=$(basename "$(dirname "$(ls "$data"/profiles/*/profile.json | head -1)")")
mv "$data/profiles/$old" "$data/$old"
out=$(run "$prefix/bin/chronik-cli" profile list 2>&1) || fail "profile list of an older layout: $out"
echo "$out" | grep -q "Jürgen" || fail "the older layout's profile is not listed: $out"
[ -f "$data/profiles/$old/profile.json" ] && [ ! -e "$data/$old" ] ||
    fail "the older layout's profile was not moved into profiles/"
for layout in "saves/lea" "saves/profiles/lea"; do
    rm -rf "$work/elsewhere/saves"
    mkdir -p "$work/elsewhere/$layout" && echo '{}' >"$work/elsewhere/$layout/profile.json"
    out=$(run "$prefix/bin/chronik-cli" profile list 2>&1) || fail "profile list: $out"
    echo "$out" | grep -q "profiles of an older Chronik are in $work/elsewhere/saves" ||
        fail "an older ./saves ($layout) is not named: $out"
done
rm -rf "$work/elsewhere/saves"
echo "install-tree: passed"
