#!/usr/bin/env bash
# A scripted class game (run-script.sh CHRONIK SCRIPT SAVES_DIR SHOTS_DIR), then checks that the
# final standings were saved for the teacher: one CSV and one JSON file in the saves folder, with
# EXPECT_TEAMS teams ranked by score, and the JSON's questions with their answer counts; with
# EXPECT_TURNS_PER_TEAM, every team's timeline turns in the JSON (that many each).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/run-script.sh" "$@" || exit 1
saves=$3
fail() { echo "class-game: $*" >&2; exit 1; }
csv=$(find "$saves" -maxdepth 1 -name 'classroom-*.csv' | head -n 1)
json=$(find "$saves" -maxdepth 1 -name 'classroom-*.json' | head -n 1)
[ -n "$csv" ] || fail "no classroom-*.csv in $saves"
[ -n "$json" ] || fail "no classroom-*.json in $saves"
python3 - "$csv" "$json" "${EXPECT_TEAMS:-4}" "${EXPECT_TURNS_PER_TEAM:-}" <<'PY' || exit 1
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
doc = json.load(open(sys.argv[2], encoding="utf-8"))
teams = int(sys.argv[3])
def fail(msg):
    print("class-game:", msg, file=sys.stderr); sys.exit(1)
if rows[0] != ["rank", "name", "score", "correct_answers", "answers_given"]: fail(f"csv header {rows[0]}")
if len(rows) != teams + 1: fail(f"{len(rows) - 1} teams in the csv, expected {teams}")
scores = [int(r[2]) for r in rows[1:]]
if scores != sorted(scores, reverse=True): fail(f"csv not ranked by score: {scores}")
if len(doc["players"]) != teams: fail("json players")
if [p["score"] for p in doc["players"]] != scores: fail("json and csv scores differ")
for q in doc["questions"]:
    if not q["skipped"] and sum(q["counts"]) + q["no_answer"] != teams: fail(f"question {q['q']} counts {q['counts']}")
if sys.argv[4]:
    turns = [len(p.get("timeline_turns", [])) for p in doc["players"]]
    if turns != [int(sys.argv[4])] * teams: fail(f"timeline turns per team {turns}, expected {sys.argv[4]} each")
print(f"class-game: standings saved ({len(rows) - 1} teams, {len(doc['questions'])} questions)")
PY
