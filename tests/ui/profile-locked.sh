#!/usr/bin/env bash
# profile-locked.sh CHRONIK CHRONIK-CLI TESTS_UI_DIR WORK_DIR SHOTS_DIR QUESTIONS_DIR
# One writer per profile, with the game: while a game window has Lea open, chronik-cli
# simulate and a second game window are turned away with the clear message (the window stays
# on the profile screen); afterwards every review the first window saved is in the log, check
# passes, and simulate can write again.
set -uo pipefail
chronik=$1 cli=$2 here=$3 work=$4 shots=$5 questions=$6
saves="$work/saves"
rm -rf "$work" "$shots"
mkdir -p "$saves" "$shots/first" "$shots/second"
fail() { echo "profile-locked: $*" >&2; kill "$first" 2>/dev/null; exit 1; }
"$cli" profile create Lea --saves "$saves" > /dev/null || fail "create"

"$chronik" --no-audio --seed 7 --saves "$saves" --questions "$questions" \
    --script "$here/scripts/hold-profile.txt" --screenshots "$shots/first" &
first=$!
held=0
for _ in $(seq 1 600); do
    if "$cli" check --saves "$saves" --profile Lea 2>/dev/null | grep -q "open for writing in another Chronik"; then
        held=1
        break
    fi
    kill -0 "$first" 2>/dev/null || break
    sleep 0.05
done
[ "$held" = 1 ] || fail "the game never held the profile"

# chronik-cli simulate is turned away and writes nothing.
"$cli" simulate --questions "$questions" --saves "$saves" --profile Lea --days 3 > /dev/null 2> "$work/sim.err"
rc=$?
[ "$rc" = 1 ] || { cat "$work/sim.err"; fail "simulate exited $rc while the game had Lea open"; }
grep -q "is open in another Chronik" "$work/sim.err" || { cat "$work/sim.err"; fail "simulate: no clear message"; }
# The read-only commands work meanwhile: profile list, show and export.
"$cli" profile list --saves "$saves" 2>&1 | grep -q "^lea" || fail "profile list while the game had Lea open"
"$cli" profile show --saves "$saves" --profile Lea > "$work/show.txt" 2>&1 ||
    { cat "$work/show.txt"; fail "profile show while the game had Lea open"; }
"$cli" profile export --saves "$saves" --profile Lea --out "$work/lea-export.json" > "$work/export.txt" 2>&1 ||
    { cat "$work/export.txt"; fail "profile export while the game had Lea open"; }
grep -q '"chronik-profile-export"' "$work/lea-export.json" || fail "the export is not a profile export"

# A second window shows the notice and stays on the profile screen.
"$chronik" --no-audio --seed 8 --saves "$saves" --questions "$questions" \
    --script "$here/scripts/open-locked.txt" --screenshots "$shots/second" 2> "$work/second.err" ||
    { cat "$work/second.err"; fail "the second window failed"; }
grep -q "is open in another Chronik" "$saves/chronik.log" || fail "the log does not name the lock"
[ -f "$shots/second/locked-notice.png" ] || fail "no screenshot of the notice"

wait "$first" || fail "the first window failed"
records=$(cat "$saves"/profiles/lea/reviews.jsonl)
flash=$(grep -c '"round":"flashcard"' <<< "$records")
simulated=$(grep -c '"round":"simulation"' <<< "$records")
[ "$flash" = 5 ] || fail "$flash flashcard reviews in the log, the window graded 5"
[ "$simulated" = 0 ] || fail "the refused simulate wrote $simulated reviews"
"$cli" check --saves "$saves" --profile Lea > "$work/check.txt" || { cat "$work/check.txt"; fail "check"; }

# Closed: now simulate may write, and everything it reports saved is there.
"$cli" simulate --questions "$questions" --saves "$saves" --profile Lea --days 3 > /dev/null 2> "$work/sim2.err" ||
    { cat "$work/sim2.err"; fail "simulate after the game closed"; }
saved=$(sed -n 's/^saved \([0-9]*\) reviews.*/\1/p' "$work/sim2.err")
simulated=$(grep -c '"round":"simulation"' "$saves"/profiles/lea/reviews.jsonl)
[ "$simulated" = "$saved" ] || fail "simulate reported $saved saved, the log has $simulated"
"$cli" check --saves "$saves" --profile Lea > "$work/check.txt" || { cat "$work/check.txt"; fail "check after simulate"; }
echo "profile-locked: passed ($flash reviews from the game, $saved from simulate)"
