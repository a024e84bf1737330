#!/usr/bin/env bash
# Cross-checks Chronik's Anki formats with independent implementations from npm (pinned in
# npm/package.json, installed by scripts/test): packages written by anki-apkg-export and
# genanki-js import with the right counts and clean texts; Chronik's .apkg reads back with
# anki-reader; Chronik's Anki text export imports back into the same cards.
set -euo pipefail
cli=$1
root=$2
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -d "$here/npm/node_modules/anki-reader" ] ||
    fail "npm test tools missing: run scripts/test, or npm ci --prefix tests/interop/npm"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

node "$here/make-apkg.mjs" "$work" >/dev/null

# A JSON deck's flashcards: count, drafts, and no markup left on any side.
check_deck() {  # FILE ITEMS
    python3 - "$1" "$2" <<'PY' || fail "$1"
import json, sys
deck = json.load(open(sys.argv[1])); items = deck["items"]
assert len(items) == int(sys.argv[2]), f"{len(items)} items, expected {sys.argv[2]}"
for i in items:
    for side in (i.get("front", ""), i.get("back", "")):
        for bad in ("<b>", "<br", "<div", "<i>", "<img", "&nbsp;", "&amp;", "&quot;", "{{", "[sound:"):
            assert bad not in side, f"{i['id']}: {bad!r} in {side!r}"
print("\n".join(f"{i['front']} => {i['back']}".replace("\n", "|") for i in items))
PY
}

"$cli" import apkg-export.apkg --out a.json >out.txt 2>err.txt || { cat out.txt err.txt; fail "anki-apkg-export package"; }
grep -q "3 notes imported as 3 flashcards (drafts)" out.txt || { cat out.txt; fail "anki-apkg-export counts"; }
grep -q "refers to karte.png" err.txt || { cat err.txt; fail "image not reported"; }
check_deck a.json 3 > a.txt
grep -qx 'Wann begann der Koreakrieg? => Im Juni 1950|mit dem Angriff des Nordens' a.txt || { cat a.txt; fail "HTML card"; }
grep -qx 'Wer führte Nordkorea 1950? => Kim Il-sung|"Großer Führer"' a.txt || { cat a.txt; fail "entities"; }

"$cli" import genanki.apkg --out g.json >out.txt 2>err.txt || { cat out.txt err.txt; fail "genanki-js package"; }
grep -q "3 notes imported as 5 flashcards (drafts), 1 skipped" out.txt || { cat out.txt err.txt; fail "genanki-js counts"; }
grep -q "refers to hymne.mp3" err.txt || { cat err.txt; fail "sound not reported"; }
check_deck g.json 5 > g.txt
grep -qx 'Grenzfluss zu Russland => Tumen' g.txt || { cat g.txt; fail "reversed card"; }
grep -qx 'Der Koreakrieg begann im \[Monat\] mit dem Angriff Nordkoreas. => Juni 1950||Quelle: Wikipedia' g.txt ||
    { cat g.txt; fail "cloze card 1"; }
python3 -c 'import json; d=json.load(open("g.json")); assert d["deck"]["title"]=="Geschichte::Nordkorea" and d["items"][0]["tags"]==["Geografie"], d["deck"]' ||
    fail "deck name or tags"
"$cli" lint --errors-only a.json g.json >/dev/null || fail "imported decks do not lint"

# Chronik's package, read by anki-reader: every item of the shipped deck, with its choices.
deck="$root/questions/nordkorea-russland.json"
"$cli" export "$deck" --out nk.apkg >/dev/null
node "$here/read-apkg.mjs" nk.apkg 2>/dev/null > nk-read.json
python3 - "$deck" nk-read.json <<'PY' || fail "anki-reader disagrees with the deck"
import html, json, sys
deck = json.load(open(sys.argv[1])); read = json.load(open(sys.argv[2]))
items = [i for i in deck["items"] if not i.get("draft")]
assert read["decks"] == [deck["deck"]["title"]], read["decks"]
cards = read["cards"]
assert len(cards) == len(items), (len(cards), len(items))
fronts = {html.unescape(c["front"].replace("<br>", "\n")) for c in cards}
backs = {html.unescape(c["back"].replace("<br>", "\n")) for c in cards}
for i in items:
    if i["kind"] == "multiple_choice":
        choices = sorted(i["distractors"] + [i["answer"]])
        want = i["prompt"] + "\n\n" + "\n".join(f"{chr(65 + k)}) {c}" for k, c in enumerate(choices))
        assert want in fronts, want
        assert i["answer"] + "\n\n" + i["explanation"] in backs, i["id"]
    elif i["kind"] == "event":
        assert "Wann geschah das?\n\n" + i["text"] in fronts, i["id"]
    else:
        assert i["front"] in fronts, i["id"]
print(len(cards), "cards read back")
PY

# Chronik's Anki text file imports back into the same cards.
"$cli" export "$deck" --out nk.txt >/dev/null
head -1 nk.txt | grep -qx '#separator:tab' || fail "text export header"
"$cli" import nk.txt --out nk-back.json >out.txt 2>&1 || { cat out.txt; fail "text export does not import"; }
python3 - "$deck" nk-back.json <<'PY' || fail "text round trip"
import json, sys
deck = json.load(open(sys.argv[1])); back = json.load(open(sys.argv[2]))
items = [i for i in deck["items"] if not i.get("draft")]
assert len(back["items"]) == len(items), (len(back["items"]), len(items))
for orig, got in zip(items, back["items"]):
    if orig["kind"] == "flashcard":
        assert (got["front"], got["back"]) == (orig["front"], orig["back"])
    elif orig["kind"] == "multiple_choice":
        assert got["front"].startswith(orig["prompt"] + "\n\nA) "), got["front"]
        assert got["back"].startswith(orig["answer"]), got["back"]
PY

# A broken package names the file and writes nothing.
printf 'PK\003\004 broken' > broken.apkg
set +e
"$cli" import broken.apkg --out broken.json >out.txt 2>&1
rc=$?
set -e
[ "$rc" = 1 ] && [ ! -e broken.json ] && grep -q "broken.apkg: not a zip file" out.txt || { cat out.txt; fail "broken package"; }
echo "interop with npm tools: ok"
