#!/usr/bin/env bash
# memory-model.sh CHRONIK CHRONIK_CLI TESTS_UI_DIR WORK_DIR SHOTS_DIR
# The memory-model screen over profiles filled by chronik-cli simulate:
#  1. 10 simulated days: too few reviews, the screen says why (memory-model-too-few.txt);
#     19 pasted numbers are refused, 21 weights pasted as Anki shows them are saved (the
#     snapshot then holds exactly those);
#  2. 20 days of a learner who forgets faster than the defaults: fit and apply
#     (memory-model-fit.txt); the snapshot then holds 21 weights, exactly the ones
#     chronik-cli optimize fits to the same log;
#  3. the same profile again, in English: restore the defaults (memory-model-reset.txt); the
#     snapshot then holds no personal weights.
set -euo pipefail
chronik=$1 cli=$2 here=$3 work=$4 shots=$5
rm -rf "$work" "$shots"
mkdir -p "$work" "$shots/too-few" "$shots/fit" "$shots/reset"
learner=0.1,0.6,1.2,4.0,6.4133,0.8334,3.0194,0.001,1.2,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542
"$cli" simulate --saves "$work/few" --profile Mara --days 10 --learner-w "$learner" > /dev/null
"$cli" simulate --saves "$work/fit" --profile Mara --days 20 --learner-w "$learner" > /dev/null

"$chronik" --no-audio --seed 7 --saves "$work/few" --script "$here/scripts/memory-model-too-few.txt" \
    --screenshots "$shots/too-few"

python3 - "$work/few" "$learner" <<'PY'
import json, pathlib, sys
snap = next(pathlib.Path(sys.argv[1]).glob("profiles/*/snapshot.json"))
w = json.loads(snap.read_text(encoding="utf-8"))["settings"].get("fsrs_weights")
want = [float(x) for x in sys.argv[2].split(",")]
if w != want:
    sys.exit(f"memory-model: pasted weights saved as {w!r}, expected {want}")
PY

"$chronik" --no-audio --seed 7 --saves "$work/fit" --script "$here/scripts/memory-model-fit.txt" \
    --screenshots "$shots/fit"
"$cli" optimize --saves "$work/fit" --profile Mara --json | tail -n 1 > "$work/optimize.json"
python3 - "$work/fit" "$work/optimize.json" <<'PY'
import json, pathlib, sys
snap = next(pathlib.Path(sys.argv[1]).glob("profiles/*/snapshot.json"))
w = json.loads(snap.read_text(encoding="utf-8"))["settings"].get("fsrs_weights")
if not isinstance(w, list) or len(w) != 21:
    sys.exit(f"memory-model: saved fsrs_weights = {w!r}, expected 21 numbers")
cli = json.loads(pathlib.Path(sys.argv[2]).read_text())["w"]
if any(abs(a - b) > 1e-9 * max(1.0, abs(b)) for a, b in zip(w, cli)):
    sys.exit(f"memory-model: saved weights {w} differ from chronik-cli optimize's {cli}")
PY

"$chronik" --no-audio --seed 7 --lang en --saves "$work/fit" \
    --script "$here/scripts/memory-model-reset.txt" --screenshots "$shots/reset"
python3 - "$work/fit" <<'PY'
import json, pathlib, sys
snap = next(pathlib.Path(sys.argv[1]).glob("profiles/*/snapshot.json"))
s = json.loads(snap.read_text(encoding="utf-8"))["settings"]
if s.get("fsrs_weights") is not None:
    sys.exit(f"memory-model: after the reset fsrs_weights = {s['fsrs_weights']!r}")
PY
echo "memory-model: passed"
