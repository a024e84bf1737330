#!/usr/bin/env bash
# two-computers.sh CHRONIK CHRONIK_CLI QUESTIONS TESTS_UI_DIR WORK_DIR SHOTS_DIR
# One profile on two computers (#23): dev-laptop studies, its folder is copied to dev-school,
# which studies too; both change "new cards per day" while apart (the laptop to 25, the school
# later to 30: each device's fields.<device>.json, as set_settings writes it) and the folders are
# copied both ways. Both also rename the profile while apart (the laptop to "Anni", the school
# later to "Annika"; a second profile "Zoe" is never renamed). The game on the laptop then shows
# on the profile screen which name was kept for Annika and the help for Zoe, the conflict line on
# the settings screen ("30 behalten") and both devices on the statistics.
set -euo pipefail
chronik=$1 cli=$2 questions=$3 here=$4 work=$5 shots=$6
rm -rf "$work" "$shots"
mkdir -p "$work" "$shots"
export XDG_STATE_HOME="$work/state"
CHRONIK_DEVICE_ID=dev-laptop "$cli" simulate --questions "$questions" --saves "$work/laptop" \
    --profile Anna --days 2 --seed 1 >/dev/null
cp -r "$work/laptop" "$work/school"
CHRONIK_DEVICE_ID=dev-school "$cli" simulate --questions "$questions" --saves "$work/school" \
    --profile Anna --days 1 --seed 2 >/dev/null
fields() {  # SAVES DEVICE VALUE TIME
    printf '{"format":"chronik-field-changes","schema":1,"profile":"anna","changes":[{"device":"%s","seq":1,"field":"settings.daily_new_limit","value":"%s","t":%s,"replaces":[]}]}\n' \
        "$2" "$3" "$4" >"$1/profiles/anna/fields.$2.json"
}
fields "$work/laptop" dev-laptop 25 1767268800000
fields "$work/school" dev-school 30 1767272400000
CHRONIK_DEVICE_ID=dev-laptop "$cli" profile rename --saves "$work/laptop" --profile Anna Anni \
    >/dev/null
sleep 0.1
CHRONIK_DEVICE_ID=dev-school "$cli" profile rename --saves "$work/school" --profile Anna Annika \
    >/dev/null
CHRONIK_DEVICE_ID=dev-laptop "$cli" profile create --saves "$work/laptop" Zoe >/dev/null
cp -r "$work/school/." "$work/laptop/"
cp -r "$work/laptop/." "$work/school/"
# Both computers show the later name; the shared profile.json keeps the name it was made with.
for side in laptop school; do
    CHRONIK_DEVICE_ID=dev-$side "$cli" profile list --saves "$work/$side" | grep -q $'^anna\tAnnika' ||
        { echo "two-computers: $side does not list anna as Annika" >&2; exit 1; }
done
grep -q '"display_name": "Anna"' "$work/laptop/profiles/anna/profile.json" ||
    { echo "two-computers: profile.json was rewritten by a rename" >&2; exit 1; }
CHRONIK_DEVICE_ID=dev-laptop "$cli" check --saves "$work/laptop" --profile anna >/dev/null
CHRONIK_DEVICE_ID=dev-laptop "$chronik" --no-audio --seed 7 --saves "$work/laptop" \
    --questions "$questions" --script "$here/scripts/two-computers.txt" --screenshots "$shots"
for s in profiles profiles-help settings statistics; do
    ls "$shots"/*"$s"* >/dev/null 2>&1 || { echo "two-computers: no $s screenshot" >&2; exit 1; }
done
echo "two-computers: passed"
