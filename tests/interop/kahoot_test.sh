#!/usr/bin/env bash
# A Kahoot quiz sheet (.xlsx laid out as Kahoot's template, made by make_kahoot_xlsx.py) imports
# with the right counts, the correct answers, the time limits, a lint-clean deck, and a hostile
# sheet (entity expansion, broken zip) is refused with the file's name and nothing written.
set -euo pipefail
cli=$1
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
python3 "$here/make_kahoot_xlsx.py" quiz.xlsx
"$cli" import quiz.xlsx --out quiz.json >out.txt 2>err.txt || { cat out.txt err.txt; fail "import"; }
# Row 13's time limit is ignored (a warning): its question is imported, so it is not skipped.
grep -q "5 multiple-choice questions, 2 flashcards, 2 rows skipped" out.txt || { cat out.txt; fail "counts"; }
grep -q 'row 13: time limit "9999" is not 1 to 3600 seconds' err.txt || { cat err.txt; fail "time limit warning"; }
grep -q "quiz.xlsx: row 9: " err.txt && grep -q "quiz.xlsx: row 10: correct answer 4 is empty" err.txt ||
    { cat err.txt; fail "bad rows not reported with their row"; }
grep -q "row 8: 4 answers, 2 correct: kept as a flashcard" err.txt || { cat err.txt; fail "flashcard note"; }
python3 - <<'PY' || fail "deck content"
import json
d = json.load(open("quiz.json"))
mc = {i["prompt"]: i for i in d["items"] if i["kind"] == "multiple_choice"}
fc = {i["front"]: i for i in d["items"] if i["kind"] == "flashcard"}
q = mc["In welchem Jahr begann der Koreakrieg?"]
assert (q["answer"], q["answer_type"], q["time_limit"]) == ("1950", "year", 20), q
assert sorted(q["distractors"]) == ["1945", "1948", "1953"], q
q = mc["Wer gründete Nordkorea & führte es bis 1994?"]
assert (q["answer"], q["time_limit"]) == ("Kim Il-sung", 30), q
assert mc["Wann endete der Koreakrieg mit einem Waffenstillstand?"]["time_limit"] == 240
assert mc["Welcher Fluss bildet die Grenze zu Russland?"]["answer"] == "Tumen"
assert "time_limit" not in mc["Wie heißt die Hauptstadt Nordkoreas?"], mc["Wie heißt die Hauptstadt Nordkoreas?"]
assert fc["Welche Länder grenzen an Nordkorea?"]["back"] == "China / Russland"
assert fc["Pjöngjang liegt am Taedong."]["back"] == "Wahr"
assert d["deck"]["source"] == "quiz.import.txt"
PY
"$cli" lint --errors-only quiz.json >/dev/null || { "$cli" lint quiz.json; fail "the imported deck does not lint"; }

python3 "$here/make_kahoot_xlsx.py" laughs.xlsx --billion-laughs
printf 'PK\003\004 not really' > broken.xlsx
for bad in laughs broken; do
    set +e
    timeout 20 "$cli" import $bad.xlsx --out $bad.json >out.txt 2>&1
    rc=$?
    set -e
    [ "$rc" = 1 ] && [ ! -e $bad.json ] && grep -q "$bad.xlsx: " out.txt || { cat out.txt; fail "$bad.xlsx: rc $rc"; }
done
echo "kahoot import: ok"
