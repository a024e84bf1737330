#!/usr/bin/env bash
# Runs one scripted UI flow: run-script.sh CHRONIK SCRIPT SAVES_DIR SHOTS_DIR [extra options]
# The saves folder starts empty. Passes when chronik exits with EXPECT_STATUS (default 0) and
# the optional checks hold:
#   EXPECT_STDERR=REGEX         stderr matches
#   EXPECT_TRASH_ENTRIES=N      saves/.trash holds N deleted profiles
#   EXPECT_SAVED_NAMES="A|B"    the live profiles' profile.json files name exactly these (sorted, '|')
#                               (the names they were created with: renames are in fields.*.json)
#   EXPECT_REVIEWS="N U"        the one profile's log holds N reviews in effect and U undos
set -uo pipefail
chronik=$1 script=$2 saves=$3 shots=$4
shift 4
rm -rf "$saves" "$shots"
mkdir -p "$saves" "$shots"
err=$(mktemp)
"$chronik" --no-audio --seed 7 --saves "$saves" --script "$script" --screenshots "$shots" "$@" 2> >(tee "$err" >&2)
status=$?
sleep 0.2
fail() { echo "run-script: $*" >&2; rm -f "$err"; exit 1; }
[ "$status" = "${EXPECT_STATUS:-0}" ] || fail "exit status $status, expected ${EXPECT_STATUS:-0}"
if [ -n "${EXPECT_STDERR:-}" ]; then grep -Eq "$EXPECT_STDERR" "$err" || fail "stderr does not match '$EXPECT_STDERR'"; fi
if [ -n "${EXPECT_TRASH_ENTRIES:-}" ]; then
    n=$(find "$saves/.trash" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)
    [ "$n" = "$EXPECT_TRASH_ENTRIES" ] || fail "$n profiles in .trash, expected $EXPECT_TRASH_ENTRIES"
fi
if [ -n "${EXPECT_SAVED_NAMES:-}" ]; then
    names=$(python3 -c '
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
names = sorted(json.loads(p.read_text(encoding="utf-8")).get("display_name", "?")
               for p in root.glob("profiles/*/profile.json"))
print("|".join(names))' "$saves")
    [ "$names" = "$EXPECT_SAVED_NAMES" ] || fail "saved profiles '$names', expected '$EXPECT_SAVED_NAMES'"
fi
if [ -n "${EXPECT_REVIEWS:-}" ]; then
    got=$(python3 -c '
import json, pathlib, sys
logs = list(pathlib.Path(sys.argv[1]).glob("profiles/*/reviews.jsonl"))
if len(logs) != 1: print("%d profiles" % len(logs)); sys.exit()
kinds = [json.loads(l).get("kind") for l in logs[0].read_text(encoding="utf-8").splitlines()[1:] if l.strip()]
undos = kinds.count("undo")
print("%d %d" % (kinds.count("review") - undos, undos))' "$saves")
    [ "$got" = "$EXPECT_REVIEWS" ] || fail "reviews in effect and undos '$got', expected '$EXPECT_REVIEWS'"
fi
rm -f "$err"
echo "run-script: passed ($(ls "$shots" | wc -l) screenshots in $shots)"
