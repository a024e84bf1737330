#!/usr/bin/env bash
# A 10-question classroom game in real browsers (classroom.mjs: ten chromium pages through
# puppeteer-core, and two firefox-esr pages over WebDriver BiDi when Debian's firefox-esr is
# installed) that open the URL of the host's QR code (read with zbarimg), and one desktop bot,
# against `chronik-cli host` on 127.0.0.1; every page's scores are checked against the host's
# --json standings and the scoring rule. Screenshots stay in SHOTS_DIR (default ./web-shots) for
# a person to look at. CHRONIK_WEB_FIREFOX=off leaves firefox out.
#   browser_game_test.sh CHRONIK_CLI SOURCE_DIR SHOTS_DIR
set -euo pipefail
cli=$1
root=$2
shots=${3:-$PWD/web-shots}
here=$(cd "$(dirname "$0")" && pwd)
test_name=browser-game
# shellcheck source=browser_lib.sh
source "$here/browser_lib.sh"
rm -rf "$shots"
mkdir -p "$shots"
deck="$root/questions/nordkorea-russland.json"
code=K7QX3M
pages=10
firefox=()
if [ "${CHRONIK_WEB_FIREFOX:-on}" = off ]; then
    echo "browser-game: firefox left out (CHRONIK_WEB_FIREFOX=off)"
elif [ ! -x /usr/bin/firefox-esr ]; then
    echo "browser-game: firefox skipped: no /usr/bin/firefox-esr (Debian package firefox-esr, scripts/setup.sh)"
else
    firefox=(--firefox)
    pages=12
fi
start_host "$cli" --code "$code" --players $((pages + 1)) --questions 10 --deck "$deck" --timer 8 \
    --reading 1 --reveal 1.5 --seed 5 --join-timeout 300 --qr-file "$work/join.pbm"
[ "$url" = "http://127.0.0.1:$web_port/?code=$code" ] || fail "the host prints '$url'"
# The students scan the QR code: its URL is the printed one, and the pages open what it says.
command -v zbarimg >/dev/null || fail "no zbarimg (Debian package zbar-tools; scripts/setup.sh)"
scanned=$(zbarimg --quiet --raw "$work/join.pbm") || fail "zbarimg read no QR code"
[ "$scanned" = "$url" ] || fail "the QR code says '$scanned', the host '$url'"
cp "$work/join.pbm" "$shots/join-qr.pbm"

"$cli" join "127.0.0.1:$tcp_port" --code "$code" --name Desktop --bot correct --deck "$deck" \
    --timeout 420 --json > "$work/bot.json" 2> "$work/bot.err" &
pids+=("$!")
start=$(date +%s)
node "$here/classroom.mjs" "$scanned" "$shots" "${firefox[@]}" || { cat "$work/host.err" >&2; fail "the browsers' game"; }
wait "$host" || { cat "$work/host.err" >&2; fail "the host failed"; }
echo "browser game took $(( $(date +%s) - start )) s"
python3 - "$work/standings.json" "$shots/report.json" "$work/bot.json" "$pages" <<'PY' || { cat "$work/host.err" >&2; fail "standings"; }
import json, re, sys
st = json.load(open(sys.argv[1])); rep = json.load(open(sys.argv[2])); bot = json.load(open(sys.argv[3]))
players = {p["name"]: p for p in st["players"]}
# Every page is one seat: the reloaded and the cut-off page took theirs back (no "Dana 2").
assert len(rep["students"]) == int(sys.argv[4]), sorted(rep["students"])
assert set(players) == set(rep["students"]) | {"Desktop"}, sorted(players)
questions = {q["q"]: q for q in st["questions"]}
assert st["question_count"] == 10 and len(questions) == 10, st["question_count"]
assert bot["finished"] and bot["score"] == players["Desktop"]["score"], (bot, players["Desktop"])
assert players["Desktop"]["correct"] == 10, players["Desktop"]
right = wrong = 0
cut_answer = None
for name, r in rep["students"].items():
    p = players[name]
    host_answers = {a["q"]: a for a in p["answers"]}
    cut_q = r.get("away_at") if r["how"] == "cut" else None
    total = 0
    for q in range(10):
        a = host_answers.get(q)
        sent = r["answers"].get(str(q))
        reveal = r["reveals"].get(str(q))
        if reveal is None and r.get("away_at") == q:
            # The cut or reloading page was away for the rest of that question (on a slow
            # machine): an answer tapped into the dead link never arrived, so it has no points.
            assert a is None or a["choice"] is None, (name, q, a)
            if r["how"] == "cut": cut_answer = "lost with the link"
            continue
        assert reveal is not None, (name, q, "no reveal seen")
        if cut_q == q:
            cut_answer = "counted" if a is not None and a["choice"] is not None else "not counted"
        if sent is None:
            assert a is None or a["choice"] is None, (name, q, a)
            assert reveal["verdict"] == "none" and reveal["points"] == 0, (name, q, reveal)
        elif a is None or a["choice"] is None:
            # Sent in the last second and read by the host after its deadline: too late, no points.
            # (Or tapped into the cut page's dead link and back only after the time was up.)
            assert (r["how"] == "late" and r["rejected"].get(str(q)) == "too-late") or cut_q == q, (name, q, r["rejected"])
            assert reveal["verdict"] == "none" and reveal["points"] == 0, (name, q, reveal)
        else:
            assert a is not None and a["choice"] == sent, (name, q, a, sent)
            is_right = sent == questions[q]["correct_choice"]
            assert a["correct"] == is_right, (name, q)
            assert reveal["verdict"] == ("right" if is_right else "wrong"), (name, q, reveal)
            gained = a["points"] + a["streak_bonus"]
            assert reveal["points"] == gained, (name, q, reveal, a)
            assert (gained > 0) == is_right, (name, q, gained)
            right, wrong = right + (1 if a["correct"] else 0), wrong + (0 if a["correct"] else 1)
        total += reveal["points"]
        assert reveal["score"] == total, (name, q, reveal, total)
    assert total == p["score"], (name, total, p["score"])
    assert re.search(r"\b%d\b" % p["rank"], r["end"]["place"]), (name, r["end"], p["rank"])
    assert str(p["score"]) in r["end"]["score"], (name, r["end"], p["score"])
assert right >= 10 and wrong >= 10, (right, wrong)
emil = rep["students"]["Emil"]
# Emil answers only in the last two seconds of even questions (a slow machine's poll can miss a
# window, not all five).
assert all(int(q) % 2 == 0 for q in emil["answers"]) and len(emil["answers"]) >= 1, emil["answers"]
assert rep["students"]["Dana"]["rejoined"]
fatma = rep["students"]["Fatma"]
# Cut off mid-question 3: the answer tapped into the dead link came through after the Wi-Fi came
# back (the page sent it again on its new link), the seat and its score were kept.
assert fatma["cut"] and True in fatma["welcomes"], fatma["welcomes"]
assert fatma["away_at"] == 2 and cut_answer, (fatma["away_at"], cut_answer)
assert players["Fatma"]["answers_given"] >= 6, players["Fatma"]
assert sum(r["seen"] for r in rep["students"].values()) >= 20, "hardly any reveal screen seen"
print("standings agree for", len(rep["students"]), "browser students and the desktop bot;",
      f"{right} right and {wrong} wrong answers, Emil's late ones {emil['answers']} / rejected {emil['rejected']};",
      f"Fatma's answer tapped while cut off: {cut_answer}")
PY
grep -q "malformed 1, oversized 1, unauthenticated 1" "$work/host.err" ||
    { grep "answers taken" "$work/host.err" >&2; fail "the hostile messages were not counted as such"; }
ls "$shots"/*.png >/dev/null || fail "no screenshots"
echo "browser-game: passed ($(ls "$shots"/*.png | wc -l) screenshots in $shots)"
