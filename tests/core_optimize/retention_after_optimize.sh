#!/bin/sh
# retention_after_optimize.sh CHRONIK_CLI QUESTIONS WORK_DIR
# Issue 10: a simulated learner whose memory differs from the defaults (it forgets faster)
# studies the bank for 30 days with the default weights; chronik-cli optimize --apply fits its
# profile's log and saves the weights; then it studies 90 more days, once from a copy of the
# profile as it was (defaults: before) and once with the applied weights (after). The test passes
# when |measured retention - desired| is smaller after (by more than 0.005). With weights equal to
# the defaults both arms would be the same run, so it fails when the fit changes nothing.
set -eu
cli=$1 questions=$2 work=$3
rm -rf "$work"
mkdir -p "$work"
learner=0.1,0.6,1.2,4.0,6.4133,0.8334,3.0194,0.001,1.2,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542
"$cli" simulate --questions "$questions" --saves "$work/after" --profile Lea --learner-w "$learner" \
    --days 30 --seed 1 > /dev/null 2>&1
cp -r "$work/after" "$work/before"
"$cli" optimize --saves "$work/after" --profile Lea --apply --json > "$work/apply.txt"
cat "$work/apply.txt"
tail -n 1 "$work/apply.txt" | grep -q '"applied":true' || { echo "FAIL: optimize --apply did not apply"; exit 1; }
# Five continuations per arm (seeds 2..6, each from its own copy): one 90-day run measures
# retention only to about +-0.01, as large as the effect.
for arm in before after; do
    for seed in 2 3 4 5 6; do
        cp -r "$work/$arm" "$work/$arm-$seed"
        "$cli" simulate --questions "$questions" --saves "$work/$arm-$seed" --profile Lea \
            --learner-w "$learner" --days 90 --seed "$seed" --json 2> /dev/null > "$work/$arm-$seed.json"
    done
done
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
def pooled(arm):
    runs = [json.load(open(f"{work}/{arm}-{seed}.json")) for seed in range(2, 7)]
    due = sum(r["due_reviews"] for r in runs)
    recalled = sum(r["due_recalled"] for r in runs)
    return runs[0]["desired_retention"], recalled / due, due
desired, before, due_before = pooled("before")
_, after, due_after = pooled("after")
print(f"desired {desired}: with defaults {before:.4f} ({due_before} due reviews), "
      f"with fitted weights {after:.4f} ({due_after} due reviews)")
if due_before < 2500 or due_after < 2500:
    sys.exit("FAIL: too few due reviews to compare")
if not abs(after - desired) < abs(before - desired) - 0.005:
    sys.exit(f"FAIL: |retention - desired| {abs(after - desired):.4f} after, "
             f"{abs(before - desired):.4f} before")
PY
