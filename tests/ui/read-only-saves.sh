#!/usr/bin/env bash
# read-only-saves.sh CHRONIK CHRONIK-CLI TESTS_UI_DIR WORK_DIR SHOTS_DIR QUESTIONS_DIR
# A saves folder where nothing can be written (a read-only bind mount; as a user without root,
# chmod): opening a profile shows one plain notice, Lernen still advances from card to card
# and says that it practises without saving, nothing on disk changes, and creating a profile
# in an empty read-only folder is refused with a plain message. Exits 77 (skipped) when this
# machine can make no folder read-only for this user.
set -uo pipefail
chronik=$1 cli=$2 here=$3 work=$4 shots=$5 questions=$6
mounted=()
cleanup() {
    for m in "${mounted[@]}"; do umount "$m" 2>/dev/null; done
    chmod -R u+w "$work" 2>/dev/null
}
trap cleanup EXIT
fail() { echo "read-only-saves: $*" >&2; exit 1; }
# A run killed before its cleanup may have left its mounts.
umount "$work/ro" "$work/empty-ro" 2>/dev/null
rm -rf "$work" "$shots"
mkdir -p "$work/rw" "$work/ro" "$work/empty-rw" "$work/empty-ro" "$shots/study" "$shots/create"

"$cli" profile create Lea --saves "$work/rw" > /dev/null || fail "create"
"$cli" simulate --questions "$questions" --saves "$work/rw" --profile Lea --days 2 > /dev/null 2>&1 ||
    fail "simulate"

# SRC read-only at DST (a bind mount), or SRC itself made read-only (not root); sets
# read_only to the folder to use. Not in a subshell: cleanup must see every mount.
make_read_only() {  # SRC DST
    if [ "$(id -u)" = 0 ]; then
        mount --bind "$1" "$2" 2>/dev/null || return 1
        mounted=("$2" "${mounted[@]}")
        mount -o remount,bind,ro "$2" 2>/dev/null || return 1
        read_only=$2
    else
        chmod -R a-w "$1" || return 1
        read_only=$1
    fi
}
make_read_only "$work/rw" "$work/ro" || { echo "read-only-saves: cannot make a folder read-only here: skipped"; exit 77; }
saves=$read_only
make_read_only "$work/empty-rw" "$work/empty-ro" || { echo "read-only-saves: skipped"; exit 77; }
empty=$read_only
touch "$saves/probe" 2>/dev/null && fail "the folder $saves is still writable"

before=$(cd "$work/rw" && find . -type f -exec md5sum {} + | sort)
"$chronik" --no-audio --seed 7 --saves "$saves" --questions "$questions" \
    --script "$here/scripts/read-only-study.txt" --screenshots "$shots/study" 2> "$work/study.err" ||
    { cat "$work/study.err"; fail "the study flow failed"; }
after=$(cd "$work/rw" && find . -type f -exec md5sum {} + | sort)
[ "$before" = "$after" ] || fail "files changed in the read-only folder"

# Each grade brought a new card: the screens after two grades differ (a card that does not
# advance shows the same back and message again).
for shot in card-1 after-grade-1 after-grade-2 after-grade-3 notice; do
    [ -f "$shots/study/$shot.png" ] || fail "no screenshot $shot"
done
differ() {
    local n
    n=$(compare -metric AE "$1" "$2" null: 2>&1 | cut -d' ' -f1)
    [ "${n%.*}" -gt 2000 ]
}
differ "$shots/study/after-grade-1.png" "$shots/study/after-grade-2.png" ||
    fail "the card did not advance after the second grade"
differ "$shots/study/after-grade-2.png" "$shots/study/after-grade-3.png" ||
    fail "the card did not advance after the third grade"

"$chronik" --no-audio --seed 7 --saves "$empty" --questions "$questions" \
    --script "$here/scripts/read-only-create.txt" --screenshots "$shots/create" 2> "$work/create.err" ||
    { cat "$work/create.err"; fail "the create flow failed"; }
[ -z "$(ls -A "$work/empty-rw")" ] || fail "something was written into the empty read-only folder"
echo "read-only-saves: passed (screenshots in $shots)"
