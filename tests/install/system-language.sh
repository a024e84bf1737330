#!/usr/bin/env bash
# system-language.sh CHRONIK TESTS_UI_DIR WORK_DIR
# The game speaks the system's language (LC_ALL, LC_MESSAGES, LANG: German for de*, otherwise
# English) unless --lang or an open profile says otherwise; a profile made in the game starts in
# the language the game was speaking.
set -euo pipefail
chronik=$1 ui=$2 work=$3
rm -rf "$work"
fail() { echo "system-language: $*" >&2; exit 1; }
# play CASE EXPECTED_START_LANGUAGE [env assignments...] -- [game options...]
play() {
    local name=$1 expected=$2; shift 2
    local envs=()
    while [ "$1" != -- ]; do envs+=("$1"); shift; done
    shift
    local saves="$work/$name"
    mkdir -p "$saves"
    env -u LC_ALL -u LC_MESSAGES -u LANG -u LANGUAGE "${envs[@]}" \
        "$chronik" --no-audio --saves "$saves" --script "$ui/scripts/create-anna.txt" "$@" \
        >"$saves/out.txt" 2>&1 || { cat "$saves/out.txt" >&2; fail "$name: the game failed"; }
    grep -q "interface language $expected " "$saves/chronik.log" \
        || { grep "interface language" "$saves/chronik.log" >&2; fail "$name: did not start in $expected"; }
    grep -q "\"language\": *\"$expected\"" "$saves"/profiles/*/snapshot.json \
        || fail "$name: the new profile does not speak $expected"
}
play english-lang en LANG=en_US.UTF-8 --
play austrian-lang de LANG=de_AT.UTF-8 --
play french-lang en LANG=fr_FR.UTF-8 --
play c-locale en LANG=C.UTF-8 --
play messages-wins de LANG=en_GB.UTF-8 LC_MESSAGES=de_DE.UTF-8 --
play lc-all-wins en LANG=de_DE.UTF-8 LC_ALL=en_US.UTF-8 --
play option-wins de LANG=en_US.UTF-8 -- --lang de
# An English profile opened on a German system speaks English once it is open.
saves="$work/english-lang"
LANG=de_DE.UTF-8 "$chronik" --no-audio --saves "$saves" --script "$ui/scripts/open-anna.txt" \
    >"$saves/out2.txt" 2>&1 || { cat "$saves/out2.txt" >&2; fail "reopening Anna failed"; }
grep -q "interface language en (the profile's)" "$saves/chronik.log" \
    || fail "the English profile did not switch a German system's game to English"
echo "system-language: passed"
