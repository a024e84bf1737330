#!/usr/bin/env bash
# corrupt-start.sh CHRONIK TESTS_UI_DIR WORK_DIR SHOTS_DIR QUESTIONS_DIR
# Creates a profile, damages its snapshot, adds a broken deck, and plays corrupt-start.txt.
set -euo pipefail
chronik=$1 here=$2 work=$3 shots=$4 questions=$5
rm -rf "$work" "$shots"
mkdir -p "$work/saves" "$work/questions" "$shots"
cp -r "$questions"/. "$work/questions/"
printf '{"schema": 1, "deck": {"id": "kaputt", "title": ' > "$work/questions/kaputt.json"

"$chronik" --no-audio --saves "$work/saves" --questions "$questions" --script "$here/scripts/create-anna.txt"
profile=$(dirname "$(ls "$work"/saves/profiles/*/profile.json | head -1)")
printf 'this is not JSON {{{' > "$profile/snapshot.json"

"$chronik" --no-audio --saves "$work/saves" --questions "$work/questions" \
    --script "$here/scripts/corrupt-start.txt" --screenshots "$shots"
# The damaged snapshot was moved aside, not deleted.
if ! find "$profile" -path '*damaged*' -type f | grep -q .; then
    echo "corrupt-start: the damaged snapshot was not kept under $profile/damaged" >&2
    exit 1
fi
echo "corrupt-start: passed"
