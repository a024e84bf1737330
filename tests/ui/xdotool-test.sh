#!/usr/bin/env bash
# xdotool-test.sh CHRONIK SAVES_DIR
# Drives the real window through the X server (no script): click the title, create a profile
# by typing (with an umlaut), reach home, quit with Esc. Proves the real input path works.
set -euo pipefail
chronik=$1 saves=$2
rm -rf "$saves"
mkdir -p "$saves"
log="$saves/console.log"
"$chronik" --no-audio --verbose --saves "$saves" 2>"$log" &
pid=$!
# The game logs every change of its scene stack ("scenes: home"); wait for one.
wait_for_scenes() {
    for _ in $(seq 1 100); do
        grep -q "scenes: $1\$" "$log" && return 0
        sleep 0.1
    done
    echo "xdotool-test: the scenes '$1' did not appear; the log says:" >&2
    grep "scenes:" "$log" >&2 || true
    exit 1
}
# Clicks X Y until the scenes appear (at most three times, 3 s each): under a loaded machine
# a click right after a scene change can reach the game before the new scene takes input.
click_until_scenes() {
    local x=$1 y=$2 scenes=$3
    for _ in 1 2 3; do
        xdotool mousemove --window "$wid" "$x" "$y" click 1
        for _ in $(seq 1 30); do
            grep -q "scenes: $scenes\$" "$log" && return 0
            sleep 0.1
        done
    done
    wait_for_scenes "$scenes"
}
trap 'kill $pid 2>/dev/null || true' EXIT
wid=$(timeout 20 xdotool search --sync --name '^Chronik$' | head -1)
# Without a window manager SFML may place the window partly off-screen.
xdotool windowmove "$wid" 0 0
xdotool windowfocus --sync "$wid"
wait_for_scenes title
sleep 0.3
click_until_scenes 640 400 profiles                   # title -> profiles
sleep 0.3
click_until_scenes 440 195 profiles,name-dialog       # "Neues Profil"
# A German layout has ö on a key of its own, so xdotool need not remap a keycode for it
# (remapping races with the game reading the key). Restored to us at the end.
setxkbmap de 2>/dev/null || true
sleep 0.3
xdotool type --delay 60 'Xdö'
setxkbmap us 2>/dev/null || true
sleep 0.2
xdotool key Return                                    # create and open -> home
wait_for_scenes home
sleep 0.3
xdotool key Escape                                    # Esc on home quits
for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
done
if kill -0 "$pid" 2>/dev/null; then
    echo "xdotool-test: chronik still runs after Esc: home was not reached" >&2
    exit 1
fi
wait "$pid" || { echo "xdotool-test: chronik exited with status $?" >&2; exit 1; }
trap - EXIT
grep -q '"display_name": *"Xdö"' "$saves"/profiles/*/profile.json || {
    echo "xdotool-test: no profile named Xdö in $saves" >&2
    cat "$saves"/profiles/*/profile.json >&2 || true
    exit 1
}
echo "xdotool-test: passed"
