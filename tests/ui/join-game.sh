#!/usr/bin/env bash
# join-game.sh MODE CHRONIK CHRONIK_CLI TESTS_UI_DIR WORK_DIR SHOTS_DIR
# A student joins a network class game from the game, against `chronik-cli host` on loopback
# (the host takes a free port itself: --port 0 --port-file).
#   play        3 questions for 2 players: the game creates a profile, joins by typing address,
#               code and name, waits, answers every question (keys 1 and B, the mouse), sees
#               reveals and standings and its final place; one `chronik-cli join --bot correct`
#               joins after it. Checks: the host's JSON standings hold the game's player with
#               3 answers, and the profile's review log holds Classroom reviews of exactly the
#               host's questions.
#   timeline    2 timeline questions for 2 players: the game places the events of the first by
#               the keys (Space, →, Alt+→, Enter) and of the second by a mouse drag and the send
#               button; one `chronik-cli join --bot slow` orders both by the dates of its bank.
#               Checks: the host received exactly the orders the keys and the drag made, scored
#               them by the pairs rule, and the bot's orders were whole.
#   wrong-code  the game types a wrong room code: it stays on the join form with the message
#               (screenshot), and a typed URL is refused before connecting; with the right code
#               it joins, the host goes away, and the game shows the lost connection with
#               "Erneut verbinden" (which fails while the host is gone).
set -euo pipefail
mode=$1 chronik=$2 cli=$3 here=$4 work=$5 shots=$6
rm -rf "$work" "$shots"
mkdir -p "$work/saves" "$shots"
code=K7QX3M
player="Jördis"
host_pid="" bot_pid="" game_pid=""
cleanup() {
    for pid in $game_pid $bot_pid $host_pid; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
fail() { echo "join-game: $*" >&2; exit 1; }

# The host and the bot find the shipped questions from the current directory upwards.
cd "$here"
questions=(--questions 3 --timer 20)
[ "$mode" = timeline ] && questions=(--questions 2 --timeline 2 --timer 10)
"$cli" host --port 0 --bind 127.0.0.1 --port-file "$work/port" --code "$code" "${questions[@]}" \
    --players 2 --reading 1 --reveal 2 --join-timeout 120 --json --verbose \
    > "$work/standings.json" 2> "$work/host.err" &
host_pid=$!
for _ in $(seq 150); do [ -s "$work/port" ] && break; sleep 0.1; done
[ -s "$work/port" ] || { cat "$work/host.err" >&2; fail "the host did not start listening"; }
port=$(head -n1 "$work/port")  # line 2 is the web port
script="$work/script.txt"
# The student types the code as people do: lower case, with a space ("k7q x3m"); the host
# ignores case and spaces.
typed_code=$(printf '%s' "$code" | tr 'A-Z' 'a-z' | sed 's/^\(...\)/\1 /')
sed -e "s/@PORT@/$port/g" -e "s/@CODE@/$typed_code/g" "$here/scripts/join-$mode.txt" > "$script"

"$chronik" --no-audio --seed 7 --saves "$work/saves" --script "$script" \
    --screenshots "$shots" 2> >(tee "$work/game.err" >&2) &
game_pid=$!

if [ "$mode" = wrong-code ]; then
    # Once the game is in with the right code, the host goes away.
    for _ in $(seq 600); do
        grep -q "Kim joined" "$work/host.err" && break
        kill -0 "$game_pid" 2>/dev/null || break
        sleep 0.1
    done
    grep -q "Kim joined" "$work/host.err" || fail "the game did not join with the right code"
    kill "$host_pid"
    wait "$game_pid" || fail "the game's script failed (status $?)"
    game_pid=""
    grep -q "the host refused: wrong-code" "$work/saves/chronik.log" ||
        fail "the game's log does not show the refusal"
    grep -q "lost the connection" "$work/saves/chronik.log" ||
        fail "the game's log does not show the lost connection"
    echo "join-game: wrong code passed ($(ls "$shots" | wc -l) screenshots in $shots)"
    exit 0
fi

# The bot joins once the game is in, so the game shows its waiting screen first.
for _ in $(seq 600); do
    grep -q "$player joined" "$work/host.err" && break
    kill -0 "$game_pid" 2>/dev/null || break  # the game's script already failed
    sleep 0.1
done
grep -q "$player joined" "$work/host.err" || fail "the game did not join the host"
sleep 1.5  # the waiting screen's screenshot comes first
bot=correct
# A slow bot in the timeline game, so that the game's locked screen shows before the reveal.
[ "$mode" = timeline ] && bot=slow
"$cli" join "127.0.0.1:$port" --code "$code" --name Bot --bot "$bot" --timeout 120 \
    > "$work/bot.out" &
bot_pid=$!

wait "$game_pid" || fail "the game's script failed (status $?)"
game_pid=""
wait "$bot_pid" || fail "the bot did not finish: $(cat "$work/bot.out")"
bot_pid=""
wait "$host_pid" || { cat "$work/host.err" >&2; fail "the host failed"; }
host_pid=""

if [ "$mode" = timeline ]; then
    python3 - "$work/standings.json" "$player" <<'PY'
import json, pathlib, sys
standings = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
player = sys.argv[2]
players = {p["name"]: p for p in standings["players"]}
if player not in players or "Bot" not in players:
    sys.exit(f"join-game: {player!r} and Bot are not both in the standings: {sorted(players)}")
expected = {0: [1, 2, 3, 0, 4], 1: [1, 2, 3, 4, 0]}  # what the script's keys and drag make
def pairs(order, ranks):
    return sum(1 for i in range(len(order)) for j in range(i + 1, len(order))
               if ranks[order[i]] < ranks[order[j]])
for name, p in players.items():
    for a in p["answers"]:
        q = standings["questions"][a["q"]]
        if q["kind"] != "timeline":
            sys.exit(f"join-game: question {a['q']} is not a timeline question")
        if a["order"] is None:
            sys.exit(f"join-game: the host has no order from {name} for question {a['q']}")
        if name == player and a["order"] != expected[a["q"]]:
            sys.exit(f"join-game: {name} sent {a['order']} for question {a['q']}, "
                     f"the script made {expected[a['q']]}")
        n = len(q["ranks"])
        total = n * (n - 1) // 2
        ordered = pairs(a["order"], q["ranks"])
        if a["pairs_ordered"] != ordered:
            sys.exit(f"join-game: {name} q{a['q']}: {a['pairs_ordered']} pairs, expected {ordered}")
        if name == "Bot" and ordered != total:
            sys.exit(f"join-game: the bot's order {a['order']} is not the right one {q['ranks']}")
        # The desktop's timeline score: that share of the question's (speed-scaled) points.
        percent = (200 * ordered + total) // (2 * total)
        if a["correct"] != (ordered == total) or not 0 <= a["points"] <= 1000:
            sys.exit(f"join-game: {name} q{a['q']} scored {a}")
        if ordered < total and not (500 * percent + 50) // 100 <= a["points"] <= (1000 * percent + 50) // 100:
            sys.exit(f"join-game: {name} q{a['q']}: {a['points']} points for {percent} %")
    if p["answers_given"] != 2:
        sys.exit(f"join-game: {name} gave {p['answers_given']} answers, expected 2")
me = players[player]
print(f"join-game: {player} sent {[a['order'] for a in me['answers']]}, "
      f"{[a['pairs_ordered'] for a in me['answers']]} pairs in order, score {me['score']}")
PY
    echo "join-game: timeline passed ($(ls "$shots" | wc -l) screenshots in $shots)"
    exit 0
fi

python3 - "$work/standings.json" "$work/saves" "$player" <<'PY'
import json, pathlib, sys
standings = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
saves, player = pathlib.Path(sys.argv[2]), sys.argv[3]
players = {p["name"]: p for p in standings["players"]}
if player not in players:
    sys.exit(f"join-game: {player!r} is not in the host's standings: {sorted(players)}")
me = players[player]
if me["answers_given"] != 3 or len([a for a in me["answers"] if a["choice"] is not None]) != 3:
    sys.exit(f"join-game: the host counted {me['answers_given']} answers of {player}, expected 3")
asked = sorted(q["item_id"] for q in standings["questions"])
log = next(saves.glob("profiles/*/reviews.jsonl")).read_text(encoding="utf-8")
records = [json.loads(l) for l in log.splitlines() if l.strip()]
classroom = [r for r in records if r.get("round") == "classroom"]
ids = sorted(r["card"] for r in classroom)
if ids != asked:
    sys.exit(f"join-game: classroom reviews for {ids}, expected the host's questions {asked}")
# Each answer's rating follows its correctness: Again (1) exactly for the wrong ones.
wrong = sorted(standings["questions"][a["q"]]["item_id"] for a in me["answers"] if not a["correct"])
again = sorted(r["card"] for r in classroom if r.get("rating") == 1)
if wrong != again:
    sys.exit(f"join-game: Again for {again}, but the wrong answers were {wrong}")
print(f"join-game: {player} answered 3 questions (score {me['score']}, rank {me['rank']}); "
      f"{len(classroom)} classroom reviews saved")
PY
echo "join-game: play passed ($(ls "$shots" | wc -l) screenshots in $shots)"
