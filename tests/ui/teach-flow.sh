#!/usr/bin/env bash
# Decks flows (helper "teach"): teach-flow.sh MODE CHRONIK CHRONIK_CLI SOURCE_DIR SAVES SHOTS
#   import: the files of tests/data/import are copied next to the saves folder and the script
#           (scripts/teach-import.txt, @FILES@ replaced by their folder) imports two of them from
#           the game, chooses decks and plays a quiz; then the new decks must lint cleanly and
#           the profile's settings must name the chosen deck.
#   review: a draft is derived by `chronik-cli derive` from tests/data/import/hanse.txt into
#           <saves>/decks; the script (scripts/teach-review.txt) reviews it and finishes it; then
#           the deck must have no draft left, lint cleanly, and keep its first version aside.
#   anki:   an Anki package (chronik-cli export of the shipped deck) and an Anki text export with
#           header lines are imported from the game (scripts/teach-anki.txt); the package is a
#           draft deck, the text a playable one; X on the shipped deck writes saves/exports/, and
#           that package imports again with chronik-cli.
#   newdeck: after a quiz and a day's new cards in Lernen, a CSV deck is imported from the game
#           and studied at once with "Diesen Stapel lernen" (scripts/teach-new-deck.txt); then the
#           review log must hold a Lernen answer to a card of the new deck.
#   chooser: HOME is a folder with "Unterricht 10b – Ärger 😀" (two CSVs with odd names, a photo,
#           a hidden CSV, a broken link, a subfolder) and "Viele Dateien" (10,000 files); the
#           script (scripts/teach-chooser.txt) picks one CSV by keys and one by mouse in the file
#           chooser; both must become decks that lint cleanly.
set -uo pipefail
mode=$1 chronik=$2 cli=$3 src=$4 saves=$5 shots=$6
fail() { echo "teach-flow: $*" >&2; exit 1; }
# The decks the (only) profile's saved settings choose, comma-separated.
chosen_decks() {
    python3 -c '
import json, pathlib, sys
for p in pathlib.Path(sys.argv[1]).glob("profiles/*/snapshot.json"):
    print(",".join(json.loads(p.read_text(encoding="utf-8"))["settings"].get("decks", [])))' "$saves"
}
rm -rf "$saves" "$shots" "$saves.files"
mkdir -p "$saves" "$shots" "$saves.files"
script="$saves.files/script.txt"
case "$mode" in
import)
    cp "$src"/tests/data/import/* "$saves.files/"
    sed "s|@FILES@|$saves.files|g" "$src/tests/ui/scripts/teach-import.txt" >"$script"
    ;;
review)
    mkdir -p "$saves/decks"
    cp "$src/tests/data/import/hanse.txt" "$saves/decks/hanse.txt"
    "$cli" derive "$saves/decks/hanse.txt" --out "$saves/decks/hanse.json" --title Hanse >/dev/null ||
        fail "derive failed"
    cp "$src/tests/ui/scripts/teach-review.txt" "$script"
    ;;
newdeck)
    cp "$src"/tests/data/import/mc.csv "$saves.files/"
    sed "s|@FILES@|$saves.files|g" "$src/tests/ui/scripts/teach-new-deck.txt" >"$script"
    ;;
chooser)
    odd="$saves.files/Unterricht 10b – Ärger 😀"
    mkdir -p "$odd/Ältere Listen" "$saves.files/Viele Dateien"
    cp "$src/tests/data/import/timeline.csv" "$odd/Zeitleiste Ü 😀 (neu).csv"
    cp "$src/tests/data/import/mc.csv" "$odd/mc – Quiz ß.csv"
    cp "$src/tests/data/import/mc.csv" "$odd/.versteckt.csv"
    : >"$odd/foto.jpg"
    ln -s "$odd/gibt-es-nicht.csv" "$odd/weg.csv"
    (cd "$saves.files/Viele Dateien" && seq -f 'Karte %g.csv' 1 10000 | xargs -d '\n' touch)
    cp "$src/tests/ui/scripts/teach-chooser.txt" "$script"
    export HOME="$saves.files"
    ;;
anki)
    "$cli" export "$src/questions/nordkorea-russland.json" --out "$saves.files/korea.apkg" >/dev/null ||
        fail "export failed"
    cp "$src/tests/data/interop/anki-notes-with-headers.txt" "$saves.files/anki-notizen.txt"
    sed "s|@FILES@|$saves.files|g" "$src/tests/ui/scripts/teach-anki.txt" >"$script"
    ;;
*) fail "unknown mode $mode" ;;
esac
"$chronik" --no-audio --seed 7 --saves "$saves" --script "$script" --screenshots "$shots" ||
    fail "the script failed (status $?)"
case "$mode" in
import)
    for deck in timeline mc; do
        [ -f "$saves/decks/$deck.json" ] || fail "no deck $deck.json in $saves/decks"
        "$cli" lint --errors-only "$saves/decks/$deck.json" >/dev/null || fail "$deck.json does not lint"
    done
    [ "$(chosen_decks)" = "mc" ] || fail "the profile studies '$(chosen_decks)', expected only mc"
    ;;
review)
    deck="$saves/decks/hanse.json"
    grep -q '"draft"' "$deck" && fail "hanse.json still has draft items"
    grep -q 'größer und schöner' "$deck" || fail "the edit with umlauts is not in hanse.json"
    grep -q '"Göttingen"' "$deck" || fail "the edited distractor is not in hanse.json"
    grep -q '"kind": "flashcard"' "$deck" || fail "no item became a flashcard"
    "$cli" lint "$deck" >/dev/null || fail "hanse.json does not lint"
    [ -f "$saves/decks/originals/hanse.json" ] || fail "the draft as derived was not kept"
    [ "$(chosen_decks)" = "hanse" ] || fail "the profile studies '$(chosen_decks)', expected only hanse"
    ;;
newdeck)
    [ -f "$saves/decks/mc.json" ] || fail "no deck mc.json in $saves/decks"
    python3 - "$saves" <<'PY' || fail "no Lernen answer to a card of the new deck"
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
deck = json.loads((root / "decks" / "mc.json").read_text(encoding="utf-8"))
ids = {i["id"] for i in deck["items"]}
logs = list(root.glob("profiles/*/reviews.jsonl"))
assert len(logs) == 1, logs
records = [json.loads(l) for l in logs[0].read_text(encoding="utf-8").splitlines()[1:] if l.strip()]
studied = [r for r in records if r.get("card") in ids or r.get("card_id") in ids]
assert studied and all(r.get("round") == "flashcard" for r in studied), studied
PY
    ;;
chooser)
    [ "$(ls "$saves"/decks/*.json | wc -l)" = 2 ] || fail "expected 2 decks in $saves/decks: $(ls "$saves/decks")"
    for deck in "$saves"/decks/*.json; do
        "$cli" lint --errors-only "$deck" >/dev/null || fail "$deck does not lint"
    done
    grep -l '"Zeitleiste Ü 😀 (neu)"' "$saves"/decks/*.json >/dev/null || fail "no deck titled after the odd file name"
    grep -l '"mc – Quiz ß"' "$saves"/decks/*.json >/dev/null || fail "no deck from the mouse-picked file"
    ;;
anki)
    package=$(ls "$saves"/decks/*.json | xargs grep -l '"draft": true' | head -1)
    [ -n "$package" ] || fail "the Anki package did not become a draft deck"
    [ -f "$saves/decks/anki-notizen.json" ] || fail "no deck anki-notizen.json"
    "$cli" lint --errors-only "$saves/decks/anki-notizen.json" >/dev/null || fail "anki-notizen.json does not lint"
    grep -q '"front": "Der Koreakrieg begann im \[Monat\] mit dem Angriff Nordkoreas."' \
        "$saves/decks/anki-notizen.json" || fail "the cloze note is not a clean flashcard"
    [ -f "$saves/exports/nkru.apkg" ] && [ -f "$saves/exports/nkru.txt" ] || fail "no export in $saves/exports"
    "$cli" import "$saves/exports/nkru.apkg" --out "$saves.files/back.json" >/dev/null 2>&1 ||
        fail "the exported package does not import"
    ;;
esac
echo "teach-flow: $mode passed ($(ls "$shots" | wc -l) screenshots in $shots)"
