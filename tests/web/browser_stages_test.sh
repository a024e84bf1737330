#!/usr/bin/env bash
# Every stage of the student's page at phone, tablet and laptop size (stages.mjs) in one game of
# `chronik-cli host` with a multiple-choice and a timeline question, and a slow desktop bot that
# keeps each question open while the pages' locked screens are taken. Checks what the pages said
# against the host's standings: the timeline's pairs named once, and the end screen counting
# partly ordered timelines apart from right answers. Screenshots stay in SHOTS_DIR (look at them).
#   browser_stages_test.sh CHRONIK_CLI SOURCE_DIR SHOTS_DIR
set -euo pipefail
cli=$1
root=$2
shots=${3:-$PWD/web-shots-stages}
here=$(cd "$(dirname "$0")" && pwd)
test_name=browser-stages
# shellcheck source=browser_lib.sh
source "$here/browser_lib.sh"
mkdir -p "$shots"
rm -f "$shots"/stage-*
deck="$root/questions/nordkorea-russland.json"
code=STAGES7
start_host "$cli" --code "$code" --players 4 --questions 2 --timeline 1 --deck "$deck" --timer 20 \
    --reading 2 --reveal 2 --seed 5 --join-timeout 60
rm -f "$shots/stages-joined"
start=$(date +%s)
node "$here/stages.mjs" "$url" "$shots" &
node=$!
pids+=("$node")
# The bot (the fourth player, who starts the game) joins once the pages' lobby is on screen.
for _ in $(seq 600); do [ -f "$shots/stages-joined" ] && break; kill -0 "$node" 2>/dev/null || break; sleep 0.1; done
"$cli" join "127.0.0.1:$tcp_port" --code "$code" --name Desktop --bot slow --deck "$deck" \
    --timeout 120 --json > "$work/bot.json" 2> "$work/bot.err" &
pids+=("$!")
wait "$node" || { cat "$work/host.err" >&2; fail "the pages' game"; }
wait "$host" || { cat "$work/host.err" >&2; fail "the host failed"; }
echo "browser stages game took $(( $(date +%s) - start )) s"
python3 - "$work/standings.json" "$shots/stages-report.json" <<'PY' || fail "the pages' texts"
import json, sys
st = json.load(open(sys.argv[1])); rep = json.load(open(sys.argv[2]))
qs = {q["q"]: q for q in st["questions"]}
players = {p["name"]: p for p in st["players"]}
for name, seen in rep.items():
    p = players[name]
    tl = [a for a in p["answers"] if qs[a["q"]].get("kind") == "timeline"]
    assert len(tl) == 1 and tl[0]["order"] == seen["order"], (name, tl, seen)
    a = tl[0]
    n = len(a["order"]); total = n * (n - 1) // 2
    pairs = f"{a['pairs_ordered']} von {total} Paaren richtig"
    said = seen["verdict"] + " | " + seen["reveal"]
    # The pairs once: in the verdict when some were in order, else with the right order.
    assert said.count("Paaren") == (0 if a["pairs_ordered"] == total else 1), said
    if 0 < a["pairs_ordered"] < total:
        assert seen["verdict"] == pairs, said
    partial = 1 if 0 < a["pairs_ordered"] < total else 0
    expected = f"{p['score']} Punkte · {p['correct']} richtig" + (" · 1 Zeitleiste teilweise" if partial else "")
    assert seen["end"] == expected, (name, seen["end"], expected)
    print(f"browser-stages: {name}: {said} -> end {seen['end']!r}")
PY
echo "browser-stages: passed ($(ls "$shots"/stage-*.png | wc -l) screenshots in $shots)"
