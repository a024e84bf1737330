#!/usr/bin/env bash
# Shell-level test of chronik-cli check and profile: exit codes, messages, repair, export/import, CSV.
set -euo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_rc() { local want=$1; shift; set +e; "$@" >out.txt 2>&1; local rc=$?; set -e
    [ "$rc" = "$want" ] || { cat out.txt; fail "'$*' exited $rc, expected $want"; }; }

for c in check profile bench-saves; do
    "$cli" "$c" --help | grep -q "Usage: chronik-cli $c" || fail "$c --help"
done
expect_rc 2 "$cli" check
expect_rc 2 "$cli" profile

"$cli" profile create "Anna Größe" >/dev/null
"$cli" profile create "../../escape" >/dev/null
[ ! -e ../escape ] && [ -d saves/profiles/escape ] || fail "hostile name left the saves folder"
cat > reviews.csv <<'CSV'
card_id,review_time_ms,rating
1001,1739111150000,3
1001,1739158550000,4
1002,1739111150000,9
1003,notatime,3
1002,1739111160000,1
CSV
expect_rc 1 "$cli" profile import-csv --profile "Anna Größe" reviews.csv
grep -q "reviews.csv: line 4: rating \"9\"" out.txt || { cat out.txt; fail "bad rating line not reported"; }
grep -q "reviews.csv: line 5: review_time_ms" out.txt || { cat out.txt; fail "bad time line not reported"; }
grep -q "imported 3 reviews" out.txt || { cat out.txt; fail "good lines not imported"; }

expect_rc 0 "$cli" check --profile anna-groesse
grep -q "2 cards, 3 reviews in the log" out.txt || { cat out.txt; fail "check counts"; }

# A damaged snapshot: check fails and changes nothing; --repair fixes it.
echo '{"format":"chronik-snapshot","sch' > saves/profiles/anna-groesse/snapshot.json
expect_rc 1 "$cli" check --profile "Anna Größe"
grep -q "error: snapshot.json: truncated JSON" out.txt || { cat out.txt; fail "truncated snapshot not reported"; }
expect_rc 0 "$cli" check --profile "Anna Größe" --repair
grep -q "^repaired" out.txt || { cat out.txt; fail "repair"; }
ls saves/profiles/anna-groesse/damaged | grep -q '^snapshot.json.bad-' || fail "damaged snapshot not kept"
expect_rc 0 "$cli" check --profile "Anna Größe"

# Export and import: a name clash gives a new name; the progress is the same.
expect_rc 0 "$cli" profile export --profile "Anna Größe" --out anna.json
expect_rc 0 "$cli" profile import anna.json
grep -q 'imported as anna-groesse-2 ("Anna Größe (2)")' out.txt || { cat out.txt; fail "import name"; }
expect_rc 0 "$cli" check --profile "Anna Größe (2)"
grep -q "2 cards, 3 reviews in the log" out.txt || { cat out.txt; fail "imported counts"; }
expect_rc 0 "$cli" profile export-csv --profile anna-groesse-2 --out back.csv
[ "$(wc -l < back.csv)" = 4 ] || fail "export-csv lines"
head -1 back.csv | grep -q '^card_id,review_time,review_rating,review_state,review_duration,item_id' || fail "csv header"

# A newer snapshot: refused, not changed.
sed -i 's/"schema": 2/"schema": 99/' saves/profiles/anna-groesse/snapshot.json
sum=$(md5sum saves/profiles/anna-groesse/snapshot.json)
expect_rc 1 "$cli" check --profile anna-groesse --repair
grep -q "newer Chronik" out.txt || { cat out.txt; fail "newer version message"; }
[ "$(md5sum saves/profiles/anna-groesse/snapshot.json)" = "$sum" ] || fail "newer snapshot was changed"

# Delete moves to the trash.
expect_rc 0 "$cli" profile delete --profile escape
ls saves/.trash | grep -q '^escape-' || fail "trash"
echo "cli saves test passed"
