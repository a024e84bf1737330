#!/usr/bin/env bash
# Files far above their size limits (500 MB, sparse so the test costs nothing) are refused from
# their size alone: quickly, with a clear message, and without the memory reading them would
# take. Prints the time and peak memory of each command.
# Usage: huge_files_test.sh CHRONIK-CLI QUESTIONS-DIR
set -euo pipefail
cli=$1 questions=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

# Peak RSS of the program doing nothing (`--version`): the bounds below are on top of it, so they
# hold for a sanitizer build too (ASan's shadow memory alone is ~190 MB; a Release build ~10 MB).
base_mb=$(python3 - "$cli" <<'PY'
import resource, subprocess, sys
subprocess.call([sys.argv[1], "--version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(int(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
PY
)
echo "  baseline (--version): peak ${base_mb} MB"

# Runs the command; its output goes to out.txt, its exit status to $rc; prints the wall time
# and peak RSS, and fails if the peak RSS is above the baseline plus MAX_MB.
measure() {  # MAX_MB COMMAND...
    local max=$(($1 + base_mb))
    shift
    set +e
    python3 - "$max" "$@" > stats.txt <<'PY'
import resource, subprocess, sys, time
limit = int(sys.argv[1])
start = time.monotonic()
with open("out.txt", "wb") as out:
    rc = subprocess.call(sys.argv[2:], stdout=out, stderr=subprocess.STDOUT)
took = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{rc} {took:.3f} {peak:.1f}")
sys.exit(0 if peak <= limit else 3)
PY
    local status=$?
    set -e
    read -r rc took peak < stats.txt
    echo "  $(basename "$2") $3: ${took} s, peak ${peak} MB (exit $rc)"
    [ "$status" = 0 ] || { cat out.txt; fail "$* used ${peak} MB of memory"; }
}

"$cli" simulate --questions "$questions" --saves saves --profile Anna --days 20 > /dev/null 2>&1
"$cli" profile create Ben --saves saves > /dev/null
anna=saves/profiles/anna
ben=saves/profiles/ben

# A 500 MB snapshot.json.
rm "$anna/snapshot.json"
truncate -s 500M "$anna/snapshot.json"
measure 200 "$cli" check --saves saves --profile Anna
[ "$rc" = 1 ] || { cat out.txt; fail "check passed a 500 MB snapshot"; }
grep -q "snapshot.json: is 500.0 MiB; files of this kind over 32.0 MiB are refused" out.txt ||
    { cat out.txt; fail "no clear message for the 500 MB snapshot"; }
# A 500 MB profile.json in another profile: the list (and so the profile screen) stays fast.
truncate -s 500M "$ben/profile.json"
measure 200 "$cli" profile list --saves saves
[ "$rc" = 0 ] || { cat out.txt; fail "profile list failed"; }
grep -q "is 500.0 MiB" out.txt || { cat out.txt; fail "the huge profile.json is not named"; }
grep -q "^anna" out.txt || { cat out.txt; fail "Anna is not listed"; }
# Repair sets the huge snapshot aside (never deleted) and rebuilds it from the log.
measure 200 "$cli" check --saves saves --profile Anna --repair
[ "$rc" = 0 ] || { cat out.txt; fail "repair did not make the profile healthy"; }
ls "$anna/damaged" | grep -q '^snapshot.json.bad-' || fail "the huge snapshot was not kept"
[ "$(stat -c %s "$anna"/damaged/snapshot.json.bad-*)" = 524288000 ] || fail "the huge snapshot changed"

# Imports: a 500 MB profile export, a 500 MB table and a 500 MB review-log CSV.
truncate -s 500M export.json
measure 200 "$cli" profile import export.json --saves saves
[ "$rc" = 1 ] && grep -q "is 500.0 MiB" out.txt || { cat out.txt; fail "huge export not refused"; }
[ "$(ls saves/profiles | wc -l)" = 2 ] || fail "the refused import left something in profiles/"
truncate -s 500M table.csv
measure 200 "$cli" import table.csv --out deck.json
[ "$rc" = 1 ] && grep -q "files over 32 MiB are refused" out.txt || { cat out.txt; fail "huge table not refused"; }
[ ! -e deck.json ] && [ -z "$(ls | grep -E '^deck\.')" ] || fail "the refused import left a file behind"
truncate -s 500M reviews.csv
measure 200 "$cli" profile import-csv --profile Anna reviews.csv --saves saves
[ "$rc" = 1 ] && grep -q "is 500.0 MiB" out.txt || { cat out.txt; fail "huge review CSV not refused"; }
echo "huge files test passed"
