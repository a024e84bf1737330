#!/usr/bin/env bash
# FSRS review logs in the optimizer's format: chronik-cli profile export-csv writes what
# @open-spaced-repetition/binding's CSV converter accepts, and it makes the same training items
# as Chronik's optimizer; profile import-csv and optimize --revlog read the export back.
set -euo pipefail
cli=$1
root=$2
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -d "$here/npm/node_modules/@open-spaced-repetition/binding" ] ||
    fail "npm test tools missing: run scripts/test, or npm ci --prefix tests/interop/npm"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

"$cli" profile create Lea >/dev/null
"$cli" simulate --days 60 --saves saves --profile Lea --questions "$root/questions" >/dev/null 2>&1
"$cli" profile export-csv --profile Lea --out lea.csv >/dev/null
head -1 lea.csv | grep -q '^card_id,review_time,review_rating,review_state,review_duration,item_id,' ||
    fail "export header: $(head -1 lea.csv)"
python3 - lea.csv <<'PY' || fail "export columns"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert len(rows) > 500, len(rows)
first = {}
for r in rows:
    assert int(r["card_id"]) >= 0 and r["item_id"].startswith("nkru-")
    assert r["review_rating"] in "1234" and r["review_state"] in "0123"
    assert int(r["review_duration"]) >= 0 and int(r["review_time"]) > 1_600_000_000_000
    if r["item_id"] not in first:
        first[r["item_id"]] = r
        assert r["review_state"] == "0", r  # a card's first review is of a new card
ids = {}
for r in rows:
    assert ids.setdefault(r["item_id"], r["card_id"]) == r["card_id"]
assert len(set(ids.values())) == len(ids)  # one integer per item
PY

node "$here/fsrs-items.mjs" lea.csv > binding.json || fail "the binding refused the export"
"$cli" optimize --revlog lea.csv --items-json > chronik.json
python3 - <<'PY' || fail "the binding's items differ from Chronik's"
import json
b = json.load(open("binding.json")); c = json.load(open("chronik.json"))
assert len(c) > 300, len(c)
assert sorted(map(json.dumps, b)) == sorted(map(json.dumps, c)), (len(b), len(c))
print(len(c), "items agree")
PY

# The export reads back: into a new profile with the same card states, and into the optimizer.
"$cli" profile create Ben >/dev/null
"$cli" profile import-csv --profile Ben lea.csv >out.txt 2>err.txt || { cat out.txt err.txt; fail "import-csv"; }
[ ! -s err.txt ] || { cat err.txt; fail "import-csv complained"; }
a=$("$cli" profile show --profile Lea --json | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["cards"], j["reviews"], j["mature"], j["young"])')
b=$("$cli" profile show --profile Ben --json | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["cards"], j["reviews"], j["mature"], j["young"])')
[ "$a" = "$b" ] || fail "imported profile differs: $a vs $b"
"$cli" optimize --revlog lea.csv --json >out.txt 2>&1 || { cat out.txt; fail "optimize --revlog"; }

# A plain FSRS log (three columns, integer card ids) imports through the scheduler.
printf 'card_id,review_time,review_rating\n7,1767630772708,3\n7,1767890000000,3\n' > plain.csv
"$cli" profile create Cem >/dev/null
"$cli" profile import-csv --profile Cem plain.csv >out.txt 2>&1 || { cat out.txt; fail "plain FSRS log"; }
grep -q "imported 2 reviews" out.txt || { cat out.txt; fail "plain FSRS log count"; }
echo "revlog interop: ok"
