#!/usr/bin/env bash
# log-after-kill.sh CHRONIK WORK_DIR
# The log reaches the disk line by line (#22 item 12): the game is driven through the X server
# from the title to the profile list, killed with SIGKILL as soon as its console shows that scene
# change, and its log file must already hold that line.
set -euo pipefail
chronik=$1 work=$2
rm -rf "$work"
mkdir -p "$work/saves"
console="$work/console.log"
"$chronik" --no-audio --verbose --lang en --saves "$work/saves" 2>"$console" &
pid=$!
trap 'kill -9 $pid 2>/dev/null || true' EXIT
wait_console() {
    for _ in $(seq 1 200); do
        grep -q "$1" "$console" && return 0
        sleep 0.05
    done
    echo "log-after-kill: '$1' never appeared on the console:" >&2
    cat "$console" >&2
    exit 1
}
wid=$(timeout 30 xdotool search --sync --name '^Chronik$' | head -1)
xdotool windowmove "$wid" 0 0
xdotool windowfocus --sync "$wid"
wait_console 'scenes: title$'
for _ in 1 2 3; do
    xdotool key Return
    for _ in $(seq 1 40); do grep -q 'scenes: profiles$' "$console" && break 2; sleep 0.05; done
done
wait_console 'scenes: profiles$'
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
trap - EXIT
log="$work/saves/chronik.log"
[ -f "$log" ] || { echo "log-after-kill: no log file $log" >&2; exit 1; }
for line in 'chronik .* starting' 'scenes: title$' 'scenes: profiles$'; do
    if ! grep -q "$line" "$log"; then
        echo "log-after-kill: the killed game's log lacks '$line'; it holds:" >&2
        cat "$log" >&2
        exit 1
    fi
done
echo "log-after-kill: passed ($(wc -l <"$log") lines survived SIGKILL)"
