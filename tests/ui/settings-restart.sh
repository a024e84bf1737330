#!/usr/bin/env bash
# settings-restart.sh CHRONIK TESTS_UI_DIR WORK_DIR SHOTS_DIR
# Changes settings and keys in one run, checks they are in the save, then starts the game again:
# the profile opens with them, and the remapped keys answer a quiz question (Q) and flip a
# flashcard (K), which the saved scores must show.
set -euo pipefail
chronik=$1 here=$2 work=$3 shots=$4
rm -rf "$work" "$shots"
mkdir -p "$work" "$shots/first" "$shots/second"
"$chronik" --no-audio --seed 7 --saves "$work" --script "$here/scripts/settings-change.txt" \
    --screenshots "$shots/first"
python3 - "$work" <<'PY'
import json, pathlib, sys
snap = next(pathlib.Path(sys.argv[1]).glob("profiles/*/snapshot.json"))
s = json.loads(snap.read_text(encoding="utf-8"))["settings"]
want = {"desired_retention": 0.85, "daily_new_limit": 25, "high_contrast": True}
if s.get("timer", {}).get("on") is not True:
    sys.exit(f"settings-restart: saved timer = {s.get('timer')!r}, expected on")
for k, v in want.items():
    if s.get(k) != v:
        sys.exit(f"settings-restart: saved {k} = {s.get(k)!r}, expected {v!r}")
if abs(s.get("sound_volume", 0) - 0.7) > 1e-9:
    sys.exit(f"settings-restart: saved sound_volume = {s.get('sound_volume')!r}, expected 0.7")
if s.get("key_bindings") != {"answer_1": "Q", "flip": "K"}:
    sys.exit(f"settings-restart: saved key_bindings = {s.get('key_bindings')!r}")
PY
"$chronik" --no-audio --seed 7 --saves "$work" --script "$here/scripts/settings-after-restart.txt" \
    --screenshots "$shots/second"
python3 - "$work" <<'PY'
import json, pathlib, sys
snap = next(pathlib.Path(sys.argv[1]).glob("profiles/*/snapshot.json"))
by = json.loads(snap.read_text(encoding="utf-8"))["progress"]["scores"]["by_round"]
if by.get("multiple_choice", 0) < 1: sys.exit(f"settings-restart: Q answered nothing: {by}")
if by.get("flashcard", 0) < 1: sys.exit(f"settings-restart: K flipped nothing: {by}")
# The timed-out question is saved as Again with the whole 30 s as its time.
log = next(pathlib.Path(sys.argv[1]).glob("profiles/*/reviews.jsonl")).read_text(encoding="utf-8")
records = [json.loads(l) for l in log.splitlines() if '"card"' in l]
timed_out = [r for r in records if r.get("round") == "multiple_choice" and r.get("rating") == 1
             and r.get("response_ms") == 30000]
if len(timed_out) != 1: sys.exit(f"settings-restart: expected one timed-out answer, got {len(timed_out)}")
PY
echo "settings-restart: passed"
