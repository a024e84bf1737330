#!/usr/bin/env bash
# Two writers on one profile: two `chronik-cli simulate` processes, again and again, first on
# a roomy disk, then on a nearly full one (a small tmpfs when this test may mount one, else a
# file size limit, `ulimit -f`). Afterwards every review that either process reported saved
# ("saved N reviews") is in the log, `check` passes, and every writer that saved nothing was
# refused with the clear message.
# Usage: two_writers_test.sh CHRONIK-CLI QUESTIONS-DIR   (CHRONIK_TEST_NO_MOUNT=1: the ulimit way)
set -uo pipefail
cli=$1 questions=$2
work=$(mktemp -d)
mounted=""
cleanup() {
    [ -n "$mounted" ] && umount "$mounted" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# simulate in the background; its stderr goes to $work/NAME.err, its status to $work/NAME.rc.
start_writer() {  # NAME SAVES SEED DAYS [ULIMIT_KB]
    local name=$1 saves=$2 seed=$3 days=$4 limit=${5:-}
    (
        [ -n "$limit" ] && ulimit -f "$limit"
        "$cli" simulate --questions "$questions" --saves "$saves" --profile Lea --days "$days" \
            --seed "$seed" > /dev/null 2> "$work/$name.err"
        echo $? > "$work/$name.rc"
    ) &
}

reported_total=0
refusals=0
full_stops=0
# Adds what a finished writer reported to reported_total; checks its status and message.
account() {  # NAME
    local name=$1 rc saved
    rc=$(cat "$work/$name.rc")
    saved=$(sed -n 's/^saved \([0-9]*\) reviews.*/\1/p' "$work/$name.err")
    if [ -z "$saved" ]; then
        # Saved nothing: it must have been turned away with the clear message.
        [ "$rc" = 1 ] || { cat "$work/$name.err"; fail "$name saved nothing but exited $rc"; }
        grep -q "is open in another Chronik" "$work/$name.err" ||
            { cat "$work/$name.err"; fail "$name got no clear message"; }
        refusals=$((refusals + 1))
        return
    fi
    reported_total=$((reported_total + saved))
    if [ "$rc" != 0 ]; then
        # Only a full disk may stop a writer that has started saving, and it says so.
        grep -Eq "disk is full|File too large|No space" "$work/$name.err" ||
            { cat "$work/$name.err"; fail "$name stopped with status $rc"; }
        full_stops=$((full_stops + 1))
    fi
}

# The simulated reviews in the log and a passing check.
verify() {  # SAVES
    local saves=$1 in_log
    in_log=$(cat "$saves"/profiles/*/reviews.jsonl | grep -c '"round":"simulation"')
    [ "$in_log" = "$reported_total" ] ||
        fail "$in_log simulated reviews in the log, the writers reported $reported_total saved"
    "$cli" check --saves "$saves" --profile Lea > "$work/check.txt" 2>&1 ||
        { cat "$work/check.txt"; fail "check fails"; }
}

# Waits until the profile is held by a writer (check names it) or the writer is done.
wait_until_held() {  # SAVES NAME
    for _ in $(seq 1 500); do
        "$cli" check --saves "$1" --profile Lea 2>/dev/null | grep -q "open for writing in another Chronik" &&
            return 0
        [ -s "$work/$2.rc" ] && return 1
        sleep 0.01
    done
    return 1
}

rounds() {  # SAVES DAYS ROUNDS [ULIMIT_KB]
    local saves=$1 days=$2 n=$3 limit=${4:-} i
    for i in $(seq 1 "$n"); do
        rm -f "$work"/a.* "$work"/b.*
        if [ $((i % 2)) = 1 ]; then
            # Both at once: a race for the lock (and, the first time, for creating the profile).
            start_writer a "$saves" $((i * 2)) "$days" "$limit"
            start_writer b "$saves" $((i * 2 + 1)) "$days" "$limit"
        else
            # The second one starts while the first certainly holds the profile.
            start_writer a "$saves" $((i * 2)) "$days" "$limit"
            if wait_until_held "$saves" a; then
                # Refused, unless the first one finished before the second one opened the
                # profile (a full disk ends a writer early): account checks either way.
                start_writer b "$saves" $((i * 2 + 1)) "$days" "$limit"
            else
                wait
                start_writer b "$saves" $((i * 2 + 1)) "$days" "$limit"
            fi
        fi
        wait
        account a
        account b
        verify "$saves"
    done
}

# 1. A roomy disk.
mkdir -p "$work/disk"
rounds "$work/disk" 25 4
[ "$refusals" -ge 2 ] || fail "only $refusals refusals: the writers never met"
echo "roomy disk: $reported_total reviews saved, $refusals writers turned away"

# 2. A nearly full file system.
reported_total=0
full="$work/full"
mkdir -p "$full"
if [ "${CHRONIK_TEST_NO_MOUNT:-0}" != 1 ] && mount -t tmpfs -o size=1536k tmpfs "$full" 2>/dev/null; then
    mounted=$full
    mode="a 1.5 MiB tmpfs"
    "$cli" profile create Lea --saves "$full/saves" > /dev/null || fail "create on tmpfs"
    # Fill it up, leaving room for a few hundred reviews.
    dd if=/dev/zero of="$full/filler" bs=1k count=100000 2>/dev/null
    truncate -s -160k "$full/filler"
    limit=""
else
    mode="ulimit -f (cannot mount here)"
    "$cli" profile create Lea --saves "$full/saves" > /dev/null || fail "create"
    limit=300  # KiB: the log may grow to ~300 KiB
fi
rounds "$full/saves" 40 4 "$limit"
[ "$full_stops" -ge 1 ] || fail "the nearly full disk never stopped a writer"
echo "nearly full disk ($mode): $reported_total reviews saved, $full_stops writers stopped by" \
    "the full disk, $refusals writers turned away in all"
# Space again: the profile opens for writing and check passes.
[ -n "$mounted" ] && rm -f "$full/filler"
reported_total_before=$reported_total
start_writer a "$full/saves" 99 5
wait
account a
verify "$full/saves"
[ "$reported_total" -gt "$reported_total_before" ] || [ -n "$limit" ] ||
    fail "no review saved after space was freed"
echo "two writers test passed"
