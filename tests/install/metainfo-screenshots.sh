#!/usr/bin/env bash
# metainfo-screenshots.sh SOURCE_DIR WORK_DIR
# The AppStream metainfo written by cmake/Metainfo.cmake (as the build does) passes
# `appstreamcli validate` without -DCHRONIK_SCREENSHOT_URL (no <screenshots>) and with it
# (<screenshots> naming files below that URL), and every file it names ships in
# assets/screenshots, 16:9 and at least AppStream's recommended 620x350.
set -euo pipefail
src=$(cd "$1" && pwd) work=$2
rm -rf "$work" && mkdir -p "$work"
fail() { echo "metainfo-screenshots: $*" >&2; exit 1; }
write() {  # OUTPUT [-DVAR=VALUE...]
    local out=$1
    shift
    cmake -DMETAINFO_TEMPLATE="$src/packaging/chronik.metainfo.xml.in" -DMETAINFO_OUTPUT="$out" \
        -DCHRONIK_APP_ID=io.github.chronik_game.Chronik -DPROJECT_VERSION=0.1.0 "$@" \
        -P "$src/cmake/Metainfo.cmake"
}

write "$work/plain.xml"
appstreamcli validate --no-net "$work/plain.xml" || fail "the metainfo without screenshots is invalid"
if grep -q '<screenshot' "$work/plain.xml"; then fail "screenshots named without a URL"; fi

base=https://chronik.example.org/screenshots
write "$work/shots.xml" -DCHRONIK_SCREENSHOT_URL="$base/" -DCHRONIK_HOMEPAGE=https://chronik.example.org
appstreamcli validate --no-net "$work/shots.xml" || fail "the metainfo with screenshots is invalid"
[ "$(grep -c '<screenshot type="default">' "$work/shots.xml")" = 1 ] || fail "not one default screenshot"
images=$(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$work/shots.xml")
[ "$(echo "$images" | wc -l)" -ge 2 ] || fail "fewer than two screenshots: $images"
for url in $images; do
    case $url in "$base"/*) ;; *) fail "$url is not below $base" ;; esac
    file=$src/assets/screenshots/${url#"$base"/}
    [ -f "$file" ] || fail "$url names ${file#"$src"/}, which is not shipped"
    read -r w h < <(identify -format '%w %h\n' "$file")
    [ "$w" -ge 620 ] && [ "$h" -ge 350 ] && [ $((w * 9)) = $((h * 16)) ] ||
        fail "$file is ${w}x$h, not 16:9 of at least 620x350"
    echo "metainfo-screenshots: $url -> ${file#"$src"/} (${w}x$h)"
done
echo "metainfo-screenshots: passed"
