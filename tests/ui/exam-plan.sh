#!/usr/bin/env bash
# exam-plan.sh CHRONIK TESTS_UI_DIR QUESTIONS_DIR WORK_DIR SHOTS_DIR
# Issue 18's game flow (exam-plan.txt): a new profile sets an exam date, shortens the daily time,
# chooses the topic Diplomatie and studies today's planned cards. Then checks what was saved:
#  - settings.exam: 21 days ahead (14 + 7), 5 minutes a day, topic Diplomatie;
#  - the review log: the 15 answers of the session (5 minutes at 20 s) are the first 15
#    Diplomatie cards of the bank, in bank order: the session followed the plan (all cards new,
#    so the plan introduces them in deck order), and nothing else came first.
# The same profile then opens in English (exam-plan-english.txt) for the screenshots, and twice
# more with its exam edited (exam-plan-edge.txt): one that is over (plain FSRS, the plan screen
# says so) and one whose topic no card carries (no chart, home shows the usual figures).
set -euo pipefail
chronik=$1 here=$2 questions=$3 work=$4 shots=$5
rm -rf "$work" "$shots"
mkdir -p "$work" "$shots/de" "$shots/en"
"$chronik" --no-audio --seed 7 --saves "$work" --script "$here/scripts/exam-plan.txt" \
    --screenshots "$shots/de"
python3 - "$work" "$questions" <<'PY'
import datetime, json, pathlib, sys
saves, questions = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
folder = next(p.parent for p in saves.glob("profiles/*/snapshot.json"))
settings = json.loads((folder / "snapshot.json").read_text(encoding="utf-8"))["settings"]
exam = settings.get("exam")
if not exam:
    sys.exit(f"exam-plan: no exam saved in {folder}/snapshot.json")
# Local today (the game uses the local calendar); the run may cross midnight, so allow a day.
today = datetime.date.today()
date = datetime.date.fromisoformat(exam["date"])
if (date - today).days not in (20, 21):
    sys.exit(f"exam-plan: exam date {date}, expected 21 days after {today}")
if exam.get("minutes_per_day") != 5 or exam.get("topics") != ["Diplomatie"]:
    sys.exit(f"exam-plan: saved exam {exam}")
items = []
for deck in sorted(questions.glob("*.json")):
    items += [i["id"] for i in json.loads(deck.read_text(encoding="utf-8"))["items"]
              if "Diplomatie" in i.get("tags", []) and not i.get("draft")]
reviews = [json.loads(l) for l in (folder / "reviews.jsonl").read_text(encoding="utf-8").splitlines()
           if '"card"' in l]
cards = [r["card"] for r in reviews if r.get("kind") == "review"]
if cards != items[:15]:
    sys.exit(f"exam-plan: the session answered {cards}, expected the plan's {items[:15]}")
print("exam-plan: the session followed the plan:", ", ".join(cards[:3]), "...")
PY
"$chronik" --no-audio --seed 7 --lang en --saves "$work" \
    --script "$here/scripts/exam-plan-english.txt" --screenshots "$shots/en"
# Unhappy paths: an exam that is over, then one whose topic no card carries. The settings are
# edited in the snapshot (the game itself only offers dates from today on and existing topics).
edit_exam() {
    python3 - "$work" "$1" <<'PY'
import datetime, json, pathlib, sys
saves, what = pathlib.Path(sys.argv[1]), sys.argv[2]
path = next(saves.glob("profiles/*/snapshot.json"))
snap = json.loads(path.read_text(encoding="utf-8"))
exam = snap["settings"]["exam"]
if what == "over":
    exam["date"] = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
else:
    exam["date"] = (datetime.date.today() + datetime.timedelta(days=9)).isoformat()
    exam["topics"] = ["Kein Thema"]
path.write_text(json.dumps(snap, ensure_ascii=False), encoding="utf-8")
PY
}
for what in over no-cards; do
    edit_exam "$what"
    mkdir -p "$shots/$what"
    "$chronik" --no-audio --seed 7 --saves "$work" --script "$here/scripts/exam-plan-edge.txt" \
        --screenshots "$shots/$what"
    # The game keeps the exam as it was (it is the student's to move or remove).
    python3 - "$work" "$what" <<'PY'
import json, pathlib, sys
snap = json.loads(next(pathlib.Path(sys.argv[1]).glob("profiles/*/snapshot.json")).read_text(encoding="utf-8"))
if not snap["settings"].get("exam"):
    sys.exit(f"exam-plan: the {sys.argv[2]} exam was dropped from the settings")
PY
done
echo "exam-plan: passed"
