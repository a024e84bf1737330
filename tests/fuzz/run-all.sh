#!/usr/bin/env bash
# Runs every Chronik libFuzzer target for ${CHRONIK_FUZZ_SECONDS:-60} seconds each, starting from the
# committed seed corpus in tests/fuzz/corpus/<target>/ (which is never modified: new inputs go to a
# temporary folder). Fails on any crash, sanitizer report, leak or timeout; the input that caused it is
# kept as BUILD_DIR/fuzz-artifacts/<target>-crash-... to reproduce with: BUILD_DIR/tests/fuzz/<target> FILE
# Usage: tests/fuzz/run-all.sh BUILD_DIR   (built with -DCHRONIK_FUZZ=ON, target chronik_fuzzers)
set -euo pipefail
build=${1:?usage: tests/fuzz/run-all.sh BUILD_DIR}
build=$(cd "$build" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
seconds=${CHRONIK_FUZZ_SECONDS:-60}
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
found=0
# Every fuzz_* executable the chronik_fuzzers target built.
for exe in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$exe" ] && [ -x "$exe" ] || continue
    found=$((found + 1))
    target=$(basename "$exe")
    corpus="$here/corpus/$target"
    [ -d "$corpus" ] || { echo "run-all.sh: no seed corpus $corpus" >&2; exit 1; }
    scratch=$(mktemp -d)
    echo "== $target for ${seconds}s (corpus: tests/fuzz/corpus/$target) =="
    if "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$artifacts/$target-" -print_final_stats=1 \
        "$scratch" "$corpus" 2>"$build/$target.log"; then
        grep -E "^(stat::number_of_executed_units|stat::new_units_added)" "$build/$target.log" || true
        echo "$target: no crash, leak or timeout"
    else
        status=1
        tail -n 60 "$build/$target.log" >&2
        echo "$target: FAILED (full log: $build/$target.log; inputs in $artifacts)" >&2
    fi
    rm -rf "$scratch"
done
if [ "$found" = 0 ]; then
    echo "run-all.sh: no fuzzers in $build/tests/fuzz (cmake --build $build --target chronik_fuzzers)" >&2
    exit 1
fi
exit $status
