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
for arm in before after; do
    "$cli" simulate --questions "$questions" --saves "$work/$arm" --profile Lea \
        --learner-w "$learner" --days 90 --seed 2 --json 2> /dev/null > "$work/$arm.json"
done
python3 - "$work/before.json" "$work/after.json" <<'PY'
import json, sys
before, after = (json.load(open(p)) for p in sys.argv[1:3])
desired = before["desired_retention"]
miss_before = abs(before["measured_retention"] - desired)
miss_after = abs(after["measured_retention"] - desired)
print(f"desired {desired}: with defaults {before['measured_retention']:.4f} "
      f"({before['due_reviews']} due reviews), with fitted weights "
      f"{after['measured_retention']:.4f} ({after['due_reviews']} due reviews)")
if before["due_reviews"] < 500 or after["due_reviews"] < 500:
    sys.exit("FAIL: too few due reviews to compare")
if not miss_after < miss_before - 0.005:
    sys.exit(f"FAIL: |retention - desired| {miss_after:.4f} after, {miss_before:.4f} before")
PY
