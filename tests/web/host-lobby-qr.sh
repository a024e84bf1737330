#!/usr/bin/env bash
# The projector's lobby shows the browsers' address and a large QR code: the game hosts on the
# script host-lobby-qr.txt, the test reads the QR code from the game's own screenshot with
# zbarimg, also scaled down to a fifth (as seen from the back of a classroom), checks that it
# carries the room code and the web port, and loads the page it names (on 127.0.0.1: test traffic
# stays on this machine).
#   host-lobby-qr.sh CHRONIK SCRIPT SHOTS_DIR
set -uo pipefail
chronik=$(realpath "$1") script=$(realpath "$2") shots=$(realpath -m "$3")
work=$(mktemp -d)
rm -rf "$shots"
mkdir -p "$shots"
fail() { echo "host-lobby-qr: $*" >&2; kill $(jobs -p) 2>/dev/null; rm -rf "$work"; exit 1; }
command -v zbarimg >/dev/null || fail "no zbarimg (Debian package zbar-tools; scripts/setup.sh)"
# The game's own port: from below the kernel's ephemeral range (see tests/ui/host-game.sh).
port=$(python3 - <<'PY'
import random, socket
low = int(open("/proc/sys/net/ipv4/ip_local_port_range").read().split()[0])
for _ in range(200):
    port = random.randrange(max(1025, low - 12000), low)
    with socket.socket() as s:
        try:
            s.bind(("0.0.0.0", port))
        except OSError:
            continue
    print(port)
    break
PY
) || fail "no free port"
code=WEBQR7
CHRONIK_HOST_PORT=$port CHRONIK_HOST_CODE=$code CHRONIK_WEB_PORT=0 \
    "$chronik" --no-audio --seed 7 --saves "$work/saves" --script "$script" --screenshots "$shots" \
    2> "$work/game.err" &
game=$!
for _ in $(seq 1 600); do [ -s "$shots/lobby-web.png" ] && break; sleep 0.1; done
[ -s "$shots/lobby-web.png" ] || { cat "$work/game.err" >&2; fail "no lobby screenshot"; }
sleep 0.5
url=$(zbarimg --quiet --raw "$shots/lobby-web.png") || fail "no QR code on the lobby screen"
echo "the lobby's QR code: $url"
[[ $url =~ ^http://([0-9.]+):([0-9]+)/\?code=$code$ ]] || fail "the QR code says '$url'"
web_port=${BASH_REMATCH[2]}
[ "$web_port" != "$port" ] || fail "the web app on the desktop port"
# From the back of the classroom: the projector's picture a fifth of its size (256x144, a QR
# module about 2.4 px) must still be read; the old 264 px code was not, below a quarter.
convert "$shots/lobby-web.png" -resize 20% "$shots/lobby-web-fifth.png" 2>/dev/null ||
    fail "ImageMagick could not scale the screenshot"
far=$(zbarimg --quiet --raw "$shots/lobby-web-fifth.png" 2>/dev/null) ||
    fail "the QR code is not read at a fifth of the screen's size (too small for the back of a room)"
[ "$far" = "$url" ] || fail "at a fifth of the size the QR code says '$far'"
page=$(curl -s --max-time 5 "http://127.0.0.1:$web_port/?code=$code") || fail "the web app does not load"
grep -q 'id="join-form"' <<< "$page" || fail "the web port serves no join page"
wait "$game" || { cat "$work/game.err" >&2; fail "the game failed"; }
rm -rf "$work"
echo "host-lobby-qr: passed ($url)"
