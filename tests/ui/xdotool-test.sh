#!/usr/bin/env bash
# xdotool-test.sh CHRONIK SAVES_DIR
# Drives the real window through the X server (no script): click the title, create a profile
# by typing (with an umlaut), reach home, quit with Esc. Proves the real input path works.
set -euo pipefail
chronik=$1 saves=$2
rm -rf "$saves"
mkdir -p "$saves"
"$chronik" --no-audio --saves "$saves" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
wid=$(timeout 20 xdotool search --sync --name '^Chronik$' | head -1)
# Without a window manager SFML may place the window partly off-screen.
xdotool windowmove "$wid" 0 0
xdotool windowfocus --sync "$wid"
sleep 1
xdotool mousemove --window "$wid" 640 400 click 1     # title -> profiles
sleep 1
xdotool mousemove --window "$wid" 440 195 click 1     # "Neues Profil"
sleep 1
xdotool type --delay 40 'Xdö'
xdotool key Return                                    # create and open -> home
sleep 1.5
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
grep -q '"display_name": *"Xdö"' "$saves"/*/profile.json || {
    echo "xdotool-test: no profile named Xdö in $saves" >&2
    cat "$saves"/*/profile.json >&2 || true
    exit 1
}
echo "xdotool-test: passed"
