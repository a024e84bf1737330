#!/usr/bin/env bash
# Benchmark: 200 WebSocket students (load.mjs) and 30 desktop bots play one 5-question game
# against chronik-cli host on 127.0.0.1. Checks that every answer was counted (the host's
# standings: each WebSocket student answered every question) and prints the host's CPU time,
# peak memory and the answer -> locked latency (p50/p99; target p99 < 50 ms on loopback).
#   load_bench.sh CHRONIK_CLI SOURCE_DIR [WS_STUDENTS] [DESKTOP_BOTS]
set -euo pipefail
cli=$1
root=$2
n_ws=${3:-200}
n_bots=${4:-30}
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "load-bench: $*" >&2; exit 1; }
[ -d "$here/node_modules/ws" ] || fail "npm test tools missing: run scripts/test"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
deck="$root/questions/nordkorea-russland.json"
code=L0ADWS
players=$((n_ws + n_bots))
# The host runs under python so that its CPU time and peak memory (getrusage) can be printed.
python3 - "$cli" "$work" "$deck" "$code" "$players" <<'PY' &
import resource, subprocess, sys
cli, work, deck, code, players = sys.argv[1:]
with open(f"{work}/standings.json", "w") as out, open(f"{work}/host.err", "w") as err:
    rc = subprocess.call([cli, "host", "--port", "0", "--web-port", "0", "--bind", "127.0.0.1",
                          "--port-file", f"{work}/port", "--code", code, "--players", players,
                          "--questions", "5", "--deck", deck, "--timer", "10", "--reading", "1",
                          "--reveal", "1", "--seed", "3", "--join-timeout", "90", "--json"],
                         stdout=out, stderr=err)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(f"{work}/rusage", "w") as f:
    f.write(f"{rc} {u.ru_utime + u.ru_stime:.2f} {u.ru_maxrss / 1024:.1f}\n")
PY
host=$!
pids+=("$host")
for _ in $(seq 100); do [ -f "$work/port" ] && [ "$(wc -l < "$work/port")" -ge 2 ] && break; sleep 0.1; done
[ -s "$work/port" ] || fail "the host did not start"
tcp_port=$(sed -n 1p "$work/port")
web_port=$(sed -n 2p "$work/port")
for i in $(seq 1 "$n_bots"); do
    "$cli" join "127.0.0.1:$tcp_port" --code "$code" --name "desk-$i" --bot random --seed "$i" \
        --timeout 150 --json > "$work/bot-$i.json" 2>/dev/null &
    pids+=("$!")
done
node "$here/load.mjs" "ws://127.0.0.1:$web_port/ws" "$code" "$n_ws" > "$work/load.json"
wait "$host"
read -r rc cpu peak < "$work/rusage"
[ "$rc" = 0 ] || { cat "$work/host.err" >&2; fail "the host failed"; }
python3 - "$work/standings.json" "$work/load.json" "$n_ws" "$n_bots" "$cpu" "$peak" <<'PY'
import json, sys
st = json.load(open(sys.argv[1])); load = json.load(open(sys.argv[2]))
n_ws, n_bots = int(sys.argv[3]), int(sys.argv[4])
ws = [p for p in st["players"] if p["name"].startswith("ws-")]
desk = [p for p in st["players"] if p["name"].startswith("desk-")]
assert len(ws) == n_ws and len(desk) == n_bots, (len(ws), len(desk))
lost = [p["name"] for p in ws if p["answers_given"] != st["question_count"]]
assert not lost, f"answers lost for {len(lost)} students: {lost[:5]}"
assert load["sent"] == load["locked"] == n_ws * st["question_count"], load
assert load["ended"] == n_ws and load["rejected"] == 0 and load["refused"] == 0, load
print(f"load-bench: {n_ws} WebSocket students + {n_bots} desktop bots, {st['question_count']} questions: "
      f"every answer counted ({load['locked']}); answer->locked p50 {load['p50_ms']} ms, p99 {load['p99_ms']} ms "
      f"(target p99 < 50 ms); host CPU {sys.argv[5]} s, peak memory {sys.argv[6]} MiB")
PY
