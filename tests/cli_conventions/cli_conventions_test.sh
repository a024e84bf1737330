#!/usr/bin/env bash
# chronik-cli's conventions, checked for every subcommand it lists: --version and --help answer
# before anything runs, "--" ends the options, --json gives one JSON object (lint, check,
# profile show), errors go to stderr (also import-csv's skipped lines), and no progress line
# reaches a stderr that is not a terminal.
set -euo pipefail
cli=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

commands=$("$cli" --help | awk '/^Commands:/{on=1; next} on && /^  [a-z]/{print $1} /^$/{if (on) exit}')
[ -n "$commands" ] || fail "no commands listed by --help"
for c in $commands; do
    out=$("$cli" "$c" --version) || fail "$c --version exited $?"
    [[ "$out" =~ ^chronik-cli\ $c\ [0-9]+\.[0-9]+ ]] || fail "$c --version printed '$out'"
    help=$("$cli" "$c" --help) || fail "$c --help exited $?"
    [[ "$help" == *"Usage: chronik-cli $c"* ]] || fail "$c --help"
done

# "--" ends the options: a file named like an option is a file (and missing).
set +e
"$cli" lint -- --version >out.txt 2>err.txt
rc=$?
set -e
[ "$rc" = 1 ] || fail "lint -- --version exited $rc"
grep -q -- "--version: -: -: deck file not found" out.txt || { cat out.txt; fail "lint -- FILE"; }
set +e
"$cli" lint --bogus >out.txt 2>err.txt
rc=$?
set -e
[ "$rc" = 2 ] && [ ! -s out.txt ] && grep -q "unknown option --bogus" err.txt || fail "usage error not on stderr"

# --json: one object a JSON parser accepts.
is_json() { python3 -c 'import json,sys; json.load(sys.stdin)' || fail "$1 is not JSON"; }
set +e
"$cli" lint --json "$root/questions/nordkorea-russland.json" > lint.json
set -e
is_json "lint --json" < lint.json
python3 -c 'import json; j=json.load(open("lint.json")); assert j["files"]==1 and j["errors"]==0, j' \
    || fail "lint --json counts"
"$cli" profile create "Anna" >/dev/null
"$cli" profile show --profile Anna --json > show.json 2>err.txt
is_json "profile show --json" < show.json
python3 -c 'import json; j=json.load(open("show.json")); assert j["cards"]==0 and j["profile"]=="anna", j' \
    || fail "profile show --json figures"
"$cli" check --profile Anna --json > check.json
python3 -c 'import json; j=json.load(open("check.json")); assert j["ok"] is True, j' || fail "check --json"

# import-csv: skipped lines on stderr, the summary on stdout.
printf 'card_id,review_time_ms,rating\n1,1739111150000,3\n2,1739111150000,9\n' > r.csv
set +e
"$cli" profile import-csv --profile Anna r.csv >out.txt 2>err.txt
set -e
grep -q "r.csv: line 3: rating" err.txt || { cat out.txt err.txt; fail "import-csv problem not on stderr"; }
grep -q "r.csv" out.txt && fail "import-csv problem on stdout"
grep -q "imported 1 reviews" out.txt || fail "import-csv summary"

# Personal weights pasted as Anki shows them; FSRS-5's 19 weights are refused with a reason.
w6="0.2172, 1.1771, 3.2602, 16.1507, 7.0114, 0.57, 2.0966, 0.0069, 1.5261, 0.112, 1.0178, 1.849, 0.1133, 0.3127, 2.2934, 0.2191, 3.0004, 0.7536, 0.3332, 0.1437, 0.2"
"$cli" profile set-weights --profile Anna "$w6" >/dev/null
"$cli" profile show --profile Anna --json | python3 -c 'import json,sys; w=json.load(sys.stdin)["fsrs_weights"]; assert len(w)==21 and abs(w[3]-16.1507)<1e-9, w' \
    || fail "set-weights not saved"
set +e
"$cli" profile set-weights --profile Anna 0.4 0.6 2.4 5.8 4.93 0.94 0.86 0.01 1.49 0.14 0.94 2.18 0.05 0.34 1.26 0.29 2.61 0.4 0.6 >out.txt 2>err.txt
rc=$?
set -e
[ "$rc" = 1 ] && grep -q "FSRS-5" err.txt || { cat err.txt; fail "19 weights not refused"; }
"$cli" profile set-weights --profile Anna default >/dev/null
"$cli" profile show --profile Anna --json | grep -q '"fsrs_weights":null' || fail "set-weights default"

# Long work prints no progress line when stderr is not a terminal.
"$cli" bench-saves --cards 10 --reviews 2000 >/dev/null 2>err.txt || true
grep -q $'\r' err.txt && fail "progress line written to a non-terminal"
# ... and does on a terminal (script(1) gives the command one).
if command -v script >/dev/null; then
    script -qec "'$cli' bench-saves --cards 10 --reviews 5000 --dir '$work/bench' 2>&1 >/dev/null" /dev/null > tty.txt || true
    grep -q "bench-saves: reviews written: 5000/5000" tty.txt || { cat -v tty.txt | head; fail "no progress line on a terminal"; }
    # import: the step, then the rows counted, then writing and checking the deck.
    python3 -c 'import sys
for i in range(3000): print(f"Begriff {i}\tDefinition {i}")' > terms.txt
    script -qec "'$cli' import terms.txt --out '$work/terms.json' 2>&1 >/dev/null" /dev/null > tty.txt || true
    for want in "import: reading terms.txt" "import: rows: 3000/3000 (100%)" "import: writing and checking terms.json"; do
        grep -qF "$want" tty.txt || { cat -v tty.txt | head; fail "import: no progress line '$want' on a terminal"; }
    done
    "$cli" import terms.txt --out terms2.json >/dev/null 2>err.txt
    grep -q $'\r' err.txt && fail "import: progress line written to a non-terminal"
    # simulate --saves counts the reviews saved; optimize names reading, preparing, its
    # iterations and the evaluation; derive names each step as it starts.
    script -qec "'$cli' simulate --questions '$root/questions' --saves '$work/prog' --profile Pia --days 8 2>&1 >/dev/null" /dev/null > tty.txt || true
    grep -qE "simulate: reviews saved: [0-9]+" tty.txt || { cat -v tty.txt | head; fail "simulate: no progress line on a terminal"; }
    script -qec "'$cli' optimize --saves '$work/prog' --profile Pia 2>&1 >/dev/null" /dev/null > tty.txt || true
    for want in "optimize: reading the review log" "optimize: preparing" "optimize: iteration: 1/" \
                "optimize: evaluating the fitted and the default weights"; do
        grep -qF "$want" tty.txt || { cat -v tty.txt | head; fail "optimize: no progress line '$want' on a terminal"; }
    done
    text=$root/questions/sources/nordkoreanisch-russische-beziehungen.txt
    mkdir -p "$work/derived"
    script -qec "'$cli' derive '$text' --out '$work/derived/deck.json' 2>&1 >/dev/null" /dev/null > tty.txt || true
    for want in "derive: reading nordkoreanisch-russische-beziehungen.txt" "derive: deriving questions from" \
                "derive: writing deck.json" "derive: checking deck.json"; do
        grep -qF "$want" tty.txt || { cat -v tty.txt | head; fail "derive: no progress line '$want' on a terminal"; }
    done
    for run in "optimize --saves $work/prog --profile Pia" "derive $text --out $work/derived/deck2.json"; do
        # shellcheck disable=SC2086
        "$cli" $run >/dev/null 2>err.txt || true
        grep -q $'\r' err.txt && fail "${run%% *}: progress line written to a non-terminal"
    done
fi
echo "cli conventions: ok"
