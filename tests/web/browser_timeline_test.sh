#!/usr/bin/env bash
# Timeline questions in real browsers: `chronik-cli host --timeline 3` deals three timeline
# questions (and one multiple-choice one the pages leave unanswered); four chromium pages
# (timeline.mjs: touch drag, mouse drag, ▲ ▼ buttons, keyboard) and a desktop bot that knows the
# dates play them. The host's --json standings must hold exactly the order each page submitted,
# and every point must follow the scoring rule (the desktop's pair score as a share of the
# classroom points; all pairs in order: correct, with the streak bonus). A fifth page sits idle
# on a link that went deaf (the host's messages stop arriving, nothing closes): the host's pings
# stop, and the page must come back with its token by itself. Screenshots stay in SHOTS_DIR.
#   browser_timeline_test.sh CHRONIK_CLI SOURCE_DIR SHOTS_DIR
set -euo pipefail
cli=$1
root=$2
shots=${3:-$PWD/web-shots}
here=$(cd "$(dirname "$0")" && pwd)
test_name=browser-timeline
# shellcheck source=browser_lib.sh
source "$here/browser_lib.sh"
mkdir -p "$shots"
rm -f "$shots"/timeline-*
deck="$root/questions/nordkorea-russland.json"
code=T1MEL1NE
start_host "$cli" --code "$code" --players 6 --questions 4 --timeline 3 --deck "$deck" --timer 20 \
    --reading 1 --reveal 1.5 --seed 11 --join-timeout 60
"$cli" join "127.0.0.1:$tcp_port" --code "$code" --name Desktop --bot correct --deck "$deck" \
    --timeout 120 --json > "$work/bot.json" 2> "$work/bot.err" &
pids+=("$!")
start=$(date +%s)
node "$here/timeline.mjs" "$url" "$shots" || { cat "$work/host.err" >&2; fail "the browsers' game"; }
wait "$host" || { cat "$work/host.err" >&2; fail "the host failed"; }
echo "browser timeline game took $(( $(date +%s) - start )) s"
python3 - "$work/standings.json" "$shots/timeline-report.json" "$work/bot.json" <<'PY' || { cat "$work/host.err" >&2; fail "standings"; }
import json, sys
st = json.load(open(sys.argv[1])); rep = json.load(open(sys.argv[2])); bot = json.load(open(sys.argv[3]))
players = {p["name"]: p for p in st["players"]}
questions = {q["q"]: q for q in st["questions"]}
timeline = [q for q, x in questions.items() if x.get("kind") == "timeline"]
assert len(timeline) == 3 and len(questions) == 4, questions.keys()
T = 20_000

def rule(order, ranks, response_ms, streak):
    """The scoring rule of game/core/round (README): pairs in order -> share of the points."""
    placed = [ranks[e] for e in order]
    n = len(placed); total = n * (n - 1) // 2
    ordered = sum(1 for i in range(n) for j in range(i + 1, n) if placed[i] < placed[j])
    t = min(response_ms, T)
    full = (2 * 1000 * T - 1000 * t + T) // (2 * T)
    if ordered == total:
        streak += 1
        return ordered, full, min(100 * (streak - 1), 500), streak
    percent = (200 * ordered + total) // (2 * total)
    return ordered, (2 * full * percent + 100) // 200, 0, 0

def check(name, submitted, reveals):
    p = players[name]
    answers = {a["q"]: a for a in p["answers"]}
    streak = total = 0
    for q in sorted(questions):
        a = answers.get(q)
        if q not in timeline:
            if a and a["correct"]: streak += 1; total += a["points"] + a["streak_bonus"]
            elif a: streak = 0
            else: streak = 0
            continue
        if submitted is not None and str(q) not in submitted:  # the deaf page away meanwhile
            assert a is None or a["order"] is None, (name, q, a)
            streak = 0
            continue
        assert a and a["order"] is not None, (name, q, a)
        if submitted is not None:
            assert a["order"] == submitted[str(q)], (name, q, a["order"], submitted[str(q)])
        ordered, points, bonus, streak = rule(a["order"], questions[q]["ranks"], a["response_ms"], streak)
        assert a["pairs_ordered"] == ordered, (name, q, a, ordered)
        assert (a["points"], a["streak_bonus"]) == (points, bonus), (name, q, a, points, bonus)
        assert a["correct"] == (ordered == len(a["order"]) * (len(a["order"]) - 1) // 2)
        total += points + bonus
        if reveals is not None:
            r = reveals[str(q)]
            assert r["your_order"] == a["order"] and r["ordered"] == ordered, (name, q, r)
            assert r["points"] == points + bonus and r["score"] == total, (name, q, r, total)
            ranks = questions[q]["ranks"]
            assert [ranks[e] for e in r["correct_order"]] == list(range(len(ranks))), (name, q, r)
            assert r["dates"] == questions[q]["dates"]
    assert total == p["score"], (name, total, p["score"])
    return total

for name, r in rep["students"].items():
    check(name, r["submitted"], r["reveals"])
    assert str(players[name]["score"]) in r["end"], (name, r["end"])
assert set(players) == set(rep["students"]) | {"Desktop"}, sorted(players)  # no "Xaver 2"
x = rep["students"]["Xaver"]
assert x["deaf_at"] and len(x["welcomes"]) == 2 and x["welcomes"][1]["rejoined"], x["welcomes"]
back_s = (x["welcomes"][1]["at"] - x["deaf_at"]) / 1000
assert back_s < 30, back_s  # pings every 5 s, silence noticed after 12 s (a loaded machine is slower)
assert all(r["pings"] >= 2 for r in rep["students"].values()), [r["pings"] for r in rep["students"].values()]
check("Desktop", None, None)
assert bot["finished"] and bot["score"] == players["Desktop"]["score"], bot
assert all(a["correct"] for a in players["Desktop"]["answers"]), players["Desktop"]
partial = sum(1 for n in rep["students"] for a in players[n]["answers"] if a.get("order") and not a["correct"] and a["points"] > 0)
assert partial >= 3, "too few partly ordered answers to test the share of points"
print(f"the deaf page came back with its seat {back_s:.1f} s after its link went deaf;")
print("timeline standings agree with the scoring rule for", len(rep["students"]),
      "browser students (touch drag, mouse drag, buttons, keyboard) and the desktop bot;",
      partial, "partly ordered answers")
PY
grep -o "pings [0-9]*, answered [0-9]*" "$work/host.err" || fail "no pings counted"
echo "browser-timeline: passed ($(ls "$shots"/timeline-*.png | wc -l) screenshots)"
