#!/usr/bin/env bash
# Benchmark: 1,000 idle WebSockets and slow readers (idle.mjs) against chronik-cli host on
# 127.0.0.1: 970 students who join and never answer, 20 who join and then never read, 10 who
# answer every question, and a flood of 1,000 WebSockets that never say hello opened during the
# game. Checks that the game runs to the end for everyone who reads, that every answer is counted
# and the scores are untouched, and that the flood is closed; prints the host's CPU time, its
# memory (start, 1,000 joined, during the flood, end: MiB and KiB per connection) and the active
# students' answer -> locked latency (p50/p99).
#   idle_bench.sh CHRONIK_CLI SOURCE_DIR [IDLE SLOW ACTIVE FLOOD]
set -euo pipefail
cli=$1
root=$2
n_idle=${3:-970} n_slow=${4:-20} n_active=${5:-10} n_flood=${6:-1000}
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "idle-bench: $*" >&2; exit 1; }
[ -d "$here/node_modules/ws" ] || fail "npm test tools missing: run scripts/test"
# Two thousand sockets on the students' side, as many on the host's.
ulimit -n "$(ulimit -Hn)"
[ "$(ulimit -n)" -ge 4200 ] || fail "ulimit -n is $(ulimit -n); 4200 open files are needed"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
deck="$root/questions/nordkorea-russland.json"
code=IDLE42
players=$((n_idle + n_slow + n_active))
# The host runs under python so that its CPU time and peak memory (getrusage) can be printed.
python3 - "$cli" "$work" "$deck" "$code" "$players" <<'PY' &
import resource, subprocess, sys
cli, work, deck, code, players = sys.argv[1:]
with open(f"{work}/standings.json", "w") as out, open(f"{work}/host.err", "w") as err:
    host = subprocess.Popen([cli, "host", "--port", "0", "--web-port", "0", "--bind", "127.0.0.1",
                             "--port-file", f"{work}/port", "--code", code, "--players", players,
                             "--questions", "4", "--deck", deck, "--timer", "4", "--reading", "1",
                             "--reveal", "1", "--seed", "9", "--join-timeout", "120", "--json"],
                            stdout=out, stderr=err)
    open(f"{work}/pid", "w").write(str(host.pid))
    rc = host.wait()
u = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(f"{work}/rusage", "w") as f:
    f.write(f"{rc} {u.ru_utime + u.ru_stime:.2f} {u.ru_maxrss / 1024:.1f}\n")
PY
pids+=("$!")
for _ in $(seq 100); do [ -f "$work/port" ] && [ "$(wc -l < "$work/port")" -ge 2 ] && break; sleep 0.1; done
[ -s "$work/port" ] && [ -s "$work/pid" ] || { cat "$work/host.err" >&2; fail "the host did not start"; }
web_port=$(sed -n 2p "$work/port")
start=$(date +%s)
node "$here/idle.mjs" "ws://127.0.0.1:$web_port/ws" "$code" "$(cat "$work/pid")" \
    "$n_idle" "$n_slow" "$n_active" "$n_flood" > "$work/idle.json" || { cat "$work/host.err" >&2; fail "the students"; }
node_done=$(date +%s)
wait "${pids[0]}"
echo "idle-bench: the host exited $(( $(date +%s) - node_done )) s after the students were done"
read -r rc cpu peak < "$work/rusage"
[ "$rc" = 0 ] || { cat "$work/host.err" >&2; fail "the host failed"; }
grep "answers taken" "$work/host.err" || true
python3 - "$work/standings.json" "$work/idle.json" "$n_idle" "$n_slow" "$n_active" "$n_flood" "$cpu" "$peak" "$(( $(date +%s) - start ))" <<'PY'
import json, sys
st = json.load(open(sys.argv[1])); r = json.load(open(sys.argv[2]))
n_idle, n_slow, n_active, n_flood = map(int, sys.argv[3:7])
cpu, peak, took = sys.argv[7], float(sys.argv[8]), sys.argv[9]
by_kind = {}
for p in st["players"]:
    by_kind.setdefault(p["name"].split("-")[0], []).append(p)
assert {k: len(v) for k, v in by_kind.items()} == {"idle": n_idle, "slow": n_slow, "active": n_active}, \
    {k: len(v) for k, v in by_kind.items()}
q = st["question_count"]
# Every answer of the students who answered is counted; nobody else has an answer or a point.
assert all(p["answers_given"] == q for p in by_kind["active"]), [p["answers_given"] for p in by_kind["active"]]
assert r["sent"] == r["locked"] == n_active * q and r["rejected"] == 0 and r["refused"] == 0, r
assert all(p["answers_given"] == 0 and p["score"] == 0 for p in by_kind["idle"] + by_kind["slow"])
# Everyone who reads saw the end; the flood was closed without a hello, none of it joined.
assert r["ended"] == n_idle + n_active, r
f = r["flood"]
assert f["closed"] == n_flood, f
m = r["rss_mib"]
per_conn = (m["joined"] - m["start"]) * 1024 / (n_idle + n_slow + n_active)
print(f"idle-bench: {n_idle} idle + {n_slow} slow readers + {n_active} answering WebSocket students, "
      f"{q} questions, and {n_flood} WebSockets without a hello: every answer counted, the game ended for "
      f"everyone reading; joined in {r['join_s']} s; the flood: {f['opened_peak']} open at most, "
      f"{r['flood_open_after_1500ms']} still open after 1.5 s, all closed after {f['all_closed_s']} s; "
      f"host memory {m['start']} MiB at start, {m['joined']} MiB with {n_idle + n_slow + n_active} joined "
      f"({per_conn:.1f} KiB a connection), {m['flood']} MiB in the flood, {m['end']} MiB at the end, "
      f"peak {peak} MiB; host CPU {cpu} s; answer->locked p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms; {took} s")
PY
