#!/usr/bin/env bash
# Real profiles on several computers (#23): `chronik-cli simulate --saves` studies with two and
# three device ids (CHRONIK_DEVICE_ID) on copies of one saves folder; the folders are combined by
# plain copying (cp, no deletes) in both directions, in either order, twice. Every side must show
# the same profile (the same reviews in effect with the same states), exactly the union of the
# review ids, and `check` must pass. Also: a log of a Chronik before devices converted on two
# computers counts once, and SIGKILL during the conversion or while studying loses nothing.
set -euo pipefail
CLI="$1"
QUESTIONS="$2"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
export XDG_STATE_HOME="$T/state"
fail() { echo "FAIL: $*" >&2; exit 1; }

study() {  # DEVICE SAVES DAYS SEED
    CHRONIK_DEVICE_ID="$1" "$CLI" simulate --questions "$QUESTIONS" --saves "$2" --profile Anna \
        --days "$3" --seed "$4" >/dev/null
}
ids() {  # SAVES: every review id in the profile's devices/ folder, sorted bytewise
    "$CLI" sync-log show --dir "$1/profiles/anna/devices" --profile anna --ids |
        { grep '^id ' || true; } | LC_ALL=C sort -u
}
both_ways() {  # SAVES... : copy every folder into every other, plain cp, no deletes
    local a b
    for a in "$@"; do for b in "$@"; do
        [ "$a" = "$b" ] || cp -r "$a/." "$b/"
    done; done
}
# EXPECTED_IDS_FILE DEVICE:SAVES... : the same ids, the same reviews and states, check passes
same() {
    local want="$1" n=0 arg dev dir
    shift
    for arg in "$@"; do
        dev="${arg%%:*}" dir="${arg#*:}"
        n=$((n + 1))
        ids "$dir" >"$T/ids.$n"
        cmp -s "$T/ids.$n" "$want" ||
            fail "$dir holds $(wc -l <"$T/ids.$n") review ids, want exactly the union ($(wc -l <"$want"))"
        CHRONIK_DEVICE_ID="$dev" "$CLI" check --saves "$dir" --profile Anna >"$T/check.$n" 2>&1 ||
            { cat "$T/check.$n"; fail "$dir: check fails on $dev"; }
        grep -q "merged" "$T/check.$n" || { cat "$T/check.$n"; fail "$dir: not merged on $dev"; }
        CHRONIK_DEVICE_ID="$dev" "$CLI" profile export-csv --saves "$dir" --profile Anna \
            --out "$T/csv.$n" >/dev/null
        cmp -s "$T/csv.$n" "$T/csv.1" || fail "$dir shows other reviews or states than the first"
    done
}
union() { LC_ALL=C sort -u "$@"; }

# --- two devices: each studies apart, copying both ways in either order, twice ---------------
study dev-a "$T/start" 3 1
cp -r "$T/start" "$T/home"
cp -r "$T/start" "$T/school"
study dev-a "$T/home" 2 2
study dev-b "$T/school" 2 3          # the same cards: states must be recomputed
union <(ids "$T/home") <(ids "$T/school") >"$T/want"
[ "$(wc -l <"$T/want")" -gt "$(ids "$T/start" | wc -l)" ] || fail "nobody studied"
cp -r "$T/home/." "$T/school/"       # home -> school first
cp -r "$T/school/." "$T/home/"
same "$T/want" dev-a:"$T/home" dev-b:"$T/school"
CHRONIK_DEVICE_ID=dev-a "$CLI" check --saves "$T/home" --profile Anna | grep -q "computed anew" ||
    fail "no review got its states recomputed"
study dev-a "$T/home" 1 4
study dev-b "$T/school" 2 5
union <(ids "$T/home") <(ids "$T/school") >"$T/want"
cp -r "$T/school/." "$T/home/"       # school -> home first this time
cp -r "$T/home/." "$T/school/"
same "$T/want" dev-a:"$T/home" dev-b:"$T/school"
both_ways "$T/home" "$T/school"      # a second round changes nothing
same "$T/want" dev-a:"$T/home" dev-b:"$T/school"
echo "two devices: $(wc -l <"$T/want") reviews on both sides"

# --- three devices -----------------------------------------------------------------------------
for d in a b c; do cp -r "$T/start" "$T/three-$d"; done
study dev-a "$T/three-a" 2 6
study dev-b "$T/three-b" 1 7
study dev-c "$T/three-c" 3 8
union <(ids "$T/three-a") <(ids "$T/three-b") <(ids "$T/three-c") >"$T/want"
both_ways "$T/three-c" "$T/three-b" "$T/three-a"
both_ways "$T/three-a" "$T/three-b" "$T/three-c"
same "$T/want" dev-a:"$T/three-a" dev-b:"$T/three-b" dev-c:"$T/three-c"
echo "three devices: $(wc -l <"$T/want") reviews on every side"

# --- both computers create "Anna" while apart, then meet -----------------------------------------
study dev-a "$T/new-a" 2 21
study dev-b "$T/new-b" 2 22
for d in a b; do
    ls "$T/new-$d/profiles/anna/writer.dev-$d.lock" >/dev/null || fail "no per-device lock on dev-$d"
    [ ! -e "$T/new-$d/profiles/anna/writer.lock" ] || fail "dev-$d wrote the shared writer.lock"
done
union <(ids "$T/new-a") <(ids "$T/new-b") >"$T/want"
[ "$(wc -l <"$T/want")" -eq $(($(ids "$T/new-a" | wc -l) + $(ids "$T/new-b" | wc -l))) ] ||
    fail "two profiles made apart share review ids"
cp -r "$T/new-b/." "$T/new-a/"
cp -r "$T/new-a/." "$T/new-b/"
same "$T/want" dev-a:"$T/new-a" dev-b:"$T/new-b"
study dev-a "$T/new-a" 1 23          # and both go on studying
study dev-b "$T/new-b" 1 24
union <(ids "$T/new-a") <(ids "$T/new-b") >"$T/want"
both_ways "$T/new-a" "$T/new-b"
same "$T/want" dev-a:"$T/new-a" dev-b:"$T/new-b"
echo "one profile created on two computers apart: $(wc -l <"$T/want") reviews on both sides"

# --- a log of a Chronik before devices, converted on two computers, counts once -------------
mkdir -p "$T/old/profiles"
cp -r "$T/start/profiles/anna" "$T/old/profiles/anna"
rm -rf "$T/old/profiles/anna/devices" "$T/old/profiles/anna/backups" "$T/old/profiles/anna/snapshot.json"
sed -i '1s/"device":"[a-z0-9-]*",//' "$T/old/profiles/anna/reviews.jsonl"
grep -q '"device"' <(head -1 "$T/old/profiles/anna/reviews.jsonl") && fail "the old header still names a device"
old_lines=$(($(wc -l <"$T/old/profiles/anna/reviews.jsonl") - 1))
old_sum="$(md5sum <"$T/old/profiles/anna/reviews.jsonl")"
cp -r "$T/old" "$T/old-b"
cp -r "$T/old" "$T/old-c"
study dev-b "$T/old-b" 1 9
study dev-c "$T/old-c" 1 10
ls "$T/old-b/profiles/anna/devices" | grep -q '^legacy-' || fail "the old log was not converted"
[ "$(ids "$T/old-b" | grep -c ' legacy-' || true)" -eq "$old_lines" ] ||
    fail "the conversion does not hold the $old_lines old records"
union <(ids "$T/old-b") <(ids "$T/old-c") >"$T/want"
both_ways "$T/old-b" "$T/old-c"
same "$T/want" dev-b:"$T/old-b" dev-c:"$T/old-c"
echo "an old log converted on two computers: $old_lines old records counted once"

# --- SIGKILL during the conversion loses nothing -----------------------------------------------
cp -r "$T/old" "$T/kill"
for delay in 0.05 0.1 0.2 0.3; do
    CHRONIK_DEVICE_ID=dev-k timeout -s KILL "$delay" \
        "$CLI" check --saves "$T/kill" --profile Anna --repair >/dev/null 2>&1 || true
done
CHRONIK_DEVICE_ID=dev-k "$CLI" check --saves "$T/kill" --profile Anna --repair >/dev/null 2>&1 || true
[ "$(md5sum <"$T/kill/profiles/anna/reviews.jsonl")" = "$old_sum" ] || fail "the old log was changed"
[ "$(ids "$T/kill" | wc -l)" -eq "$old_lines" ] ||
    fail "after SIGKILLs during the conversion: $(ids "$T/kill" | wc -l) records, want $old_lines"
CHRONIK_DEVICE_ID=dev-k "$CLI" check --saves "$T/kill" --profile Anna >/dev/null ||
    fail "check fails after SIGKILLs during the conversion"

# --- SIGKILL while a merged profile studies loses nothing that was saved -------------------------
cp -r "$T/home" "$T/kill-a"
cp -r "$T/school" "$T/kill-b"
for delay in 0.3 0.6 1.0; do
    CHRONIK_DEVICE_ID=dev-b timeout -s KILL "$delay" \
        "$CLI" simulate --questions "$QUESTIONS" --saves "$T/kill-b" --profile Anna --days 3 \
        --seed 11 >/dev/null 2>&1 || true
    saved="$(ids "$T/kill-b")"
    study dev-a "$T/kill-a" 1 12
    union <(ids "$T/kill-a") <(echo "$saved") >"$T/want"
    both_ways "$T/kill-a" "$T/kill-b"
    same "$T/want" dev-a:"$T/kill-a" dev-b:"$T/kill-b"
done
echo "SIGKILL while studying: nothing saved was lost"
echo "PASS"
