#!/usr/bin/env bash
# Two and three devices study apart on copies of one log folder; the folders are then combined
# by plain copying (cp, no deletes) in both directions, in either order, twice. Every side must
# show the same profile: exactly the union of the reviews (by id), the same merged states, and no
# problem. Also: an open segment (a running or killed game), conflict copies, files still being
# transferred, a stale copy coming back, and SIGKILL while studying.
set -euo pipefail
CLI="$1"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

study() {  # DEVICE FOLDER REVIEWS SEED [more args]
    local dev="$1" dir="$2" n="$3" seed="$4"
    shift 4
    CHRONIK_DEVICE_ID="$dev" "$CLI" sync-log study --dir "$dir" --profile anna --reviews "$n" \
        --seed "$seed" "$@" >/dev/null
}
show() { "$CLI" sync-log show --dir "$1" --profile anna --ids; }
ids() { show "$1" | grep '^id ' || true; }
count() { show "$1" | sed -n 's/^reviews: //p'; }
both_ways() {  # FOLDER... : copy every folder into every other, plain cp, no deletes
    local a b
    for a in "$@"; do for b in "$@"; do
        [ "$a" = "$b" ] || cp -r "$a/." "$b/"
    done; done
}
same() {  # EXPECTED_COUNT FOLDER... : one `show` per folder, compared with the first
    local want="$1" f n=0
    shift
    for f in "$@"; do
        n=$((n + 1))
        show "$f" >"$T/show.$n" || { cat "$T/show.$n"; fail "$f: show reports a problem"; }
        grep -qx "reviews: $want" "$T/show.$n" || { cat "$T/show.$n"; fail "$f: want $want reviews"; }
        [ "$(grep '^id ' "$T/show.$n")" = "$(grep '^id ' "$T/show.1")" ] ||
            fail "$f and $1 hold different review ids"
        [ "$(grep '^digest: ' "$T/show.$n")" = "$(grep '^digest: ' "$T/show.1")" ] ||
            fail "$f and $1 merge to different states"
    done
}

# --- two devices, each studies apart, then copying both ways in either order, twice ---------
mkdir -p "$T/home/log" "$T/school/log"
study home "$T/home/log" 40 1
cp -r "$T/home/log/." "$T/school/log/"
same 40 "$T/home/log" "$T/school/log"
study home "$T/home/log" 30 2
study school "$T/school/log" 25 3         # the same 30 cards: states must be recomputed
cp -r "$T/school/log/." "$T/home/log/"    # school -> home first this time
cp -r "$T/home/log/." "$T/school/log/"
same 95 "$T/home/log" "$T/school/log"
show "$T/home/log" | grep -q '^recomputed: [1-9]' || fail "no review was recomputed"
# A second round of copying changes nothing.
before="$(ids "$T/home/log")"
both_ways "$T/home/log" "$T/school/log"
same 95 "$T/home/log" "$T/school/log"
[ "$(ids "$T/home/log")" = "$before" ] || fail "copying again changed the reviews"

# --- an open segment (a running game) copied, then the stale copy comes back -----------------
study home "$T/home/log" 12 4 --hold
cp -r "$T/home/log/." "$T/school/log/"     # school gets home's open segment
same 107 "$T/home/log" "$T/school/log"
study home "$T/home/log" 8 5               # home seals its open segment, starts a new one
study school "$T/school/log" 6 6
both_ways "$T/school/log" "$T/home/log"    # school's stale open segment lands on home again
same 121 "$T/home/log" "$T/school/log"
study home "$T/home/log" 1 7               # home removes the stale copy (contained in its seal)
both_ways "$T/home/log" "$T/school/log"
same 122 "$T/home/log" "$T/school/log"

# --- three devices ----------------------------------------------------------------------------
mkdir -p "$T/laptop/log"
cp -r "$T/home/log/." "$T/laptop/log/"
study home "$T/home/log" 10 8
study school "$T/school/log" 10 9
study laptop "$T/laptop/log" 10 10
both_ways "$T/laptop/log" "$T/school/log" "$T/home/log"
both_ways "$T/home/log" "$T/laptop/log" "$T/school/log"
same 152 "$T/home/log" "$T/school/log" "$T/laptop/log"
show "$T/home/log" | grep -q '^device laptop: 10 reviews' || fail "laptop's share is not shown"

# --- what sync tools leave: conflict copies, temporaries, a half-transferred file -------------
seg="$(ls "$T/home/log" | grep '^school-.*\.clog\.zst$' | head -1)"
cp "$T/home/log/$seg" "$T/home/log/${seg%.clog.zst}.sync-conflict-20261207-101500-ABCDEFG.clog.zst"
cp "$T/home/log/$seg" "$T/home/log/${seg%.clog.zst} (conflicted copy 2026-12-07 101500).clog.zst"
head -c 100 "$T/home/log/$seg" >"$T/home/log/.syncthing.$seg.tmp"
cp "$T/home/log/$seg" "$T/home/log/Kopie von $seg"
same 152 "$T/home/log" "$T/school/log"
show "$T/home/log" | grep -q 'conflict copy made by Syncthing' || fail "Syncthing's copy not named"
# A segment that is still arriving under its final name: its reviews count once it is whole.
mkdir -p "$T/late/log"
cp -r "$T/school/log/." "$T/late/log/"
study school "$T/school/log" 300 11
new="$(ls -t "$T/school/log" | grep '^school-.*\.clog\.zst$' | head -1)"
size=$(stat -c %s "$T/school/log/$new")
head -c $((size / 2)) "$T/school/log/$new" >"$T/late/log/$new"
show "$T/late/log" >/dev/null || fail "a half-transferred segment is reported as a problem"
[ "$(count "$T/late/log")" -lt 452 ] || fail "a half file cannot hold every review"
cp "$T/school/log/$new" "$T/late/log/$new"
same 452 "$T/school/log" "$T/late/log"

# --- SIGKILL while studying: every review written before the kill stays ------------------------
for i in 1 2 3; do
    CHRONIK_DEVICE_ID=killed "$CLI" sync-log study --dir "$T/school/log" --profile anna \
        --reviews 100000 --seed $((20 + i)) >/dev/null &
    pid=$!
    sleep 0.$((3 + i))
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    show "$T/school/log" >"$T/show.out" || { cat "$T/show.out"; fail "after SIGKILL $i: a problem"; }
done
n_before="$(count "$T/school/log")"
study killed "$T/school/log" 1 30          # seals the killed session's open segment
[ "$(count "$T/school/log")" = $((n_before + 1)) ] || fail "reviews lost after a SIGKILL"
show "$T/school/log" >/dev/null || fail "the sealed killed session reports a problem"
echo "copy sync: OK"
