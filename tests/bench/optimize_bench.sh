#!/bin/sh
# Benchmark of the personal FSRS-6 optimizer (prints figures; not a test).
# Usage: tests/bench/optimize_bench.sh [PATH/TO/chronik-cli] [REPEAT]
# Fits the sample log of tests/data/fsrs and a generated 100,000-review log of a simulated
# learner (the sample learner's true weights, seed 1), with 1 and 2 threads.
# Reference (fsrs-rs on this 2-core machine class): 0.02 s on the sample, 0.75 s on 100k.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cli=${1:-$root/build/chronik-cli}
repeat=${2:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
true_w=0.2435,1.3513,2.5739,11.3308,6.2834,0.6512,2.8441,0.001,2.0803,0.1406,0.6918,1.8012,0.0802,0.2681,1.7388,0.6905,1.7771,0.5142,0.08,0.0569,0.1678

echo "== sample-revlog.csv (5,000 reviews; reference 0.02 s, log-loss 0.34334, RMSE(bins) 0.04563)"
"$cli" optimize --revlog "$root/tests/data/fsrs/sample-revlog.csv" --bench --repeat "$repeat"

"$cli" optimize --generate "$tmp/revlog-100k.csv" --reviews 100000 --seed 1 --learner-w "$true_w"
echo "== generated 100,000-review log (reference 0.75 s)"
"$cli" optimize --revlog "$tmp/revlog-100k.csv" --bench --repeat "$repeat"
"$cli" optimize --revlog "$tmp/revlog-100k.csv" --evaluate "$true_w" | tail -4
