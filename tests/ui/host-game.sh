#!/usr/bin/env bash
# The teacher hosts a network class game from the game:
#   host-game.sh play|busy CHRONIK CHRONIK_CLI SCRIPT SAVES_DIR SHOTS_DIR REPO_DIR [game options]
# play: picks a free loopback port, starts the game on the script with CHRONIK_HOST_PORT/CODE set,
#   and once the room listens starts a bot (Zoe) that the teacher removes in the lobby, then five
#   more (`chronik-cli join`). Ben's computer "restarts" in the lobby (his bot ends, a new one with
#   his name but without his token comes): the projector asks and the teacher lets him back (A).
#   The teacher closes the room (L) and a latecomer (Finn) is turned away. Checks the game's exit
#   status, that Zoe was removed and Finn refused, every other bot's end of game and the saved
#   standings (CSV and JSON in the saves folder).
# timeline: the teacher sets 3 questions with 2 timelines; three bots (correct, random, slow) play
#   them. Checks the saved standings: 2 timeline questions, each bot's orders and pairs scored by
#   the rules, the right bot with every pair in order.
# busy: another program holds the port; the script checks the setup screen says so.
set -uo pipefail
mode=$1
shift
chronik=$(realpath "$1") cli=$(realpath "$2") script=$(realpath "$3") saves=$(realpath -m "$4") shots=$(realpath -m "$5") repo=$(realpath "$6")
shift 6
rm -rf "$saves" "$shots"
mkdir -p "$saves" "$shots"
fail() { echo "host-game: $*" >&2; kill $(jobs -p) 2>/dev/null; exit 1; }

# The game listens on the port the setup screen shows (CHRONIK_HOST_PORT), so the test chooses it.
# A port from the kernel's ephemeral range can be taken meanwhile as the local end of any other
# process's outgoing connection (tests run side by side), so the port comes from below that range,
# checked free on every address; in busy mode the holder keeps it bound and listening.
pick_port='import random, socket, sys, time
low = int(open("/proc/sys/net/ipv4/ip_local_port_range").read().split()[0])
for _ in range(200):
    port = random.randrange(max(1025, low - 12000), low)
    s = socket.socket()
    try:
        s.bind(("0.0.0.0", port))
        s.listen()
    except OSError:
        s.close()
        continue
    print(port, flush=True)
    if sys.argv[1] == "hold":
        time.sleep(120)
    sys.exit(0)
sys.exit("no free port below the ephemeral range")'
code=TEST77
if [ "$mode" = busy ]; then
    python3 -c "$pick_port" hold > "$saves.port" &
    holder=$!
    for _ in $(seq 1 100); do [ -s "$saves.port" ] && break; sleep 0.1; done
    port=$(cat "$saves.port")
    [ -n "$port" ] || fail "the holder found no port"
    export CHRONIK_HOST_PORT=$port CHRONIK_HOST_CODE=$code
    ss -ltnH "sport = :$port" 2>/dev/null | grep -q . || fail "the holder does not listen on $port"
    "$chronik" --no-audio --seed 7 --saves "$saves" --script "$script" --screenshots "$shots" "$@"
    status=$?
    kill "$holder" 2>/dev/null
    [ "$status" = 0 ] || fail "the game exited with $status"
    grep -q "cannot host a network game.*$port" "$saves/chronik.log" || fail "the log does not name port $port"
    echo "host-game: passed (busy port $port refused with a message)"
    exit 0
fi
port=$(python3 -c "$pick_port" free) || fail "no free port"
export CHRONIK_HOST_PORT=$port CHRONIK_HOST_CODE=$code
"$chronik" --no-audio --seed 7 --saves "$saves" --script "$script" --screenshots "$shots" "$@" &
game=$!

# The room listens once the script has opened it (a listening socket, no connection made).
for _ in $(seq 1 600); do
    ss -ltnH "sport = :$port" 2>/dev/null | grep -q . && break
    kill -0 "$game" 2>/dev/null || fail "the game exited before the room opened"
    sleep 0.1
done
ss -ltnH "sport = :$port" | grep -q . || fail "nothing listens on port $port after 60 s"

if [ "$mode" = timeline ]; then
    names=("Anna" "Dana" "Emil")
    kinds=("correct" "random" "slow")
    pids=()
    for i in 0 1 2; do
        (cd "$repo" && exec "$cli" join "127.0.0.1:$port" --code "$code" --name "${names[$i]}" \
            --bot "${kinds[$i]}" --seed $((i + 1)) --timeout 200 --json > "$saves/bot-$i.json") &
        pids[$i]=$!
    done
    wait "$game" || fail "the game exited with $?"
    for i in 0 1 2; do
        wait "${pids[$i]}" || fail "bot ${names[$i]} did not play to the end: $(cat "$saves/bot-$i.json")"
    done
    python3 - "$saves" <<'PY' || fail "the saved standings are wrong"
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
data = json.loads(next(root.glob("classroom-*.json")).read_text(encoding="utf-8"))
qs = data["questions"]
assert len(qs) == 3, len(qs)
timelines = [q for q in qs if q.get("kind") == "timeline"]
assert len(timelines) == 2, [q.get("kind") for q in qs]
players = {p["name"]: p for p in data["players"]}
assert sorted(players) == ["Anna", "Dana", "Emil"], sorted(players)
for p in data["players"]:
    assert p["answers_given"] == 3, p
    assert sum(a["points"] + a["streak_bonus"] for a in p["answers"]) == p["score"], p
    for a in p["answers"]:
        q = qs[a["q"]]
        if q.get("kind") != "timeline":
            continue
        ranks, order = q["ranks"], a["order"]
        assert sorted(order) == list(range(len(ranks))), (p["name"], a)
        n = len(ranks)
        pairs = sum(1 for i in range(n) for j in range(i + 1, n) if ranks[order[i]] < ranks[order[j]])
        assert a["pairs_ordered"] == pairs, (p["name"], a, ranks)
        assert a["correct"] == (pairs == n * (n - 1) // 2), a
for name in ("Anna", "Emil"):
    assert players[name]["correct"] == 3, players[name]
print("host-game: timeline standings", [(p["name"], p["score"]) for p in data["players"]])
PY
    echo "host-game: timeline passed ($(ls "$shots" | wc -l) screenshots in $shots)"
    exit 0
fi

# Zoe comes first, so she is the selected player the script removes with Entf.
(cd "$repo" && "$cli" join "127.0.0.1:$port" --code "$code" --name Zoe --bot correct \
    --timeout 200 --json > "$saves/bot-zoe.json") &
zoe=$!
sleep 1.5
bots=()
names=("Anna" "Ben" "Jürgen" "Dana" "Emil")
kinds=("correct" "correct" "correct" "random" "slow")
start_bot() {  # index; the bot's own pid lands in bots[index]
    local i=$1
    (cd "$repo" && exec "$cli" join "127.0.0.1:$port" --code "$code" --name "${names[$i]}" \
        --bot "${kinds[$i]}" --seed $((i + 1)) --timeout 200 --json > "$saves/bot-$i.json") &
    bots[$i]=$!
}
for i in 0 1 2 3 4; do start_bot $i; done
shot() {  # waits (up to 60 s) until the script took the screenshot $1
    for _ in $(seq 1 600); do
        [ -f "$shots/$1.png" ] && return 0
        kill -0 "$game" 2>/dev/null || fail "the game exited before the screenshot $1"
        sleep 0.1
    done
    fail "no screenshot $1 after 60 s"
}
# Everyone is in: Ben's computer restarts. His game's token is gone with it, so his name alone
# comes back, and the teacher is asked on the projector.
shot lobby-first
kill -9 "${bots[1]}" 2>/dev/null
wait "${bots[1]}" 2>/dev/null
sleep 0.5
start_bot 1
# The teacher closes the room: a latecomer is turned away.
shot lobby-locked
(cd "$repo" && exec "$cli" join "127.0.0.1:$port" --code "$code" --name Finn --bot correct \
    --timeout 30 --json > "$saves/bot-finn.json" 2> "$saves/bot-finn.err") &
finn=$!

wait "$game"
status=$?
[ "$status" = 0 ] || fail "the game exited with $status"
wait "$zoe" && fail "Zoe played to the end although the teacher removed her"
grep -q '"finished": *false' "$saves/bot-zoe.json" || fail "Zoe's report: $(cat "$saves/bot-zoe.json")"
wait "$finn" && fail "Finn joined a closed room"
grep -q '"refused": *"room-locked"' "$saves/bot-finn.json" || fail "Finn's report: $(cat "$saves/bot-finn.json")"
for i in 0 1 2 3 4; do
    wait "${bots[$i]}" || fail "bot ${names[$i]} did not play to the end (see $saves/bot-$i.json)"
done

python3 - "$saves" <<'PY' || fail "the saved standings are wrong"
import csv, json, pathlib, sys
root = pathlib.Path(sys.argv[1])
jsons = sorted(root.glob("classroom-*.json"))
csvs = sorted(root.glob("classroom-*.csv"))
assert len(jsons) == 1 and len(csvs) == 1, f"standings files: {jsons} {csvs}"
data = json.loads(jsons[0].read_text(encoding="utf-8"))
players = {p["name"]: p for p in data["players"]}
assert sorted(players) == sorted(["Anna", "Ben", "Jürgen", "Dana", "Emil"]), sorted(players)
qs = data["questions"]
assert len(qs) == 3, len(qs)
# 1: everyone answered; 2: revealed early, before the slow student answered; 3: skipped;
# the game ended during 4 (of 5), which is neither scored nor listed.
assert qs[0]["no_answer"] == 0 and not qs[0]["skipped"], qs[0]
assert qs[1]["no_answer"] >= 1 and not qs[1]["skipped"], qs[1]
assert qs[2]["skipped"], qs[2]
for name in ("Anna", "Ben", "Jürgen"):
    assert players[name]["correct"] == 2, (name, players[name])
assert players["Emil"]["correct"] == 1, players["Emil"]
# Scores follow the rules: each right answer earns 500..1000 plus the streak bonus.
for p in data["players"]:
    gained = sum(a["points"] + a["streak_bonus"] for a in p["answers"])
    assert gained == p["score"], p
    for a in p["answers"]:
        if a["correct"]:
            assert 500 <= a["points"] <= 1000, a
        else:
            assert a["points"] == 0, a
rows = list(csv.reader(csvs[0].open(encoding="utf-8")))
assert rows[0][:3] == ["rank", "name", "score"], rows[0]
assert len(rows) == 6, rows
print("host-game: standings", [(p["name"], p["score"]) for p in data["players"]])
PY
echo "host-game: passed ($(ls "$shots" | wc -l) screenshots in $shots)"
