#!/usr/bin/env bash
# A classroom game in real browsers (classroom.mjs: chromium through puppeteer-core) that open the
# URL of the host's QR code (read with zbarimg), and one desktop bot against `chronik-cli host` on 127.0.0.1; the pages' scores are checked against the
# host's --json standings and the scoring rule. Screenshots stay in $CHRONIK_WEB_SHOTS (default:
# the build folder's web-shots/) for a person to look at.
#   browser_game_test.sh CHRONIK_CLI SOURCE_DIR SHOTS_DIR
set -euo pipefail
cli=$1
root=$2
shots=${3:-$PWD/web-shots}
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "browser-game: $*" >&2; exit 1; }
[ -d "$here/node_modules/puppeteer-core" ] ||
    fail "npm test tools missing: run scripts/test (npm install --no-save in tests/web)"
[ -x /usr/bin/chromium ] || fail "no /usr/bin/chromium (Debian package chromium; scripts/setup.sh)"
work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
rm -rf "$shots"
mkdir -p "$shots"
deck="$root/questions/nordkorea-russland.json"
code=K7QX3M
"$cli" host --port 0 --web-port 0 --bind 127.0.0.1 --port-file "$work/port" --code "$code" \
    --players 6 --questions 4 --deck "$deck" --timer 10 --reading 1 --reveal 1.5 --seed 5 \
    --join-timeout 60 --qr-file "$work/join.pbm" --json > "$work/standings.json" 2> "$work/host.err" &
host=$!
pids+=("$host")
for _ in $(seq 100); do [ -f "$work/port" ] && [ "$(wc -l < "$work/port")" -ge 2 ] && break; sleep 0.1; done
[ -s "$work/port" ] || { cat "$work/host.err" >&2; fail "the host did not start"; }
tcp_port=$(sed -n 1p "$work/port")
web_port=$(sed -n 2p "$work/port")
url=$(sed -n 's/.*browsers join at \(http[^ ]*\).*/\1/p' "$work/host.err")
[ "$url" = "http://127.0.0.1:$web_port/?code=$code" ] || fail "the host prints '$url'"
# The students scan the QR code: its URL is the printed one, and the pages open what it says.
command -v zbarimg >/dev/null || fail "no zbarimg (Debian package zbar-tools; scripts/setup.sh)"
scanned=$(zbarimg --quiet --raw "$work/join.pbm") || fail "zbarimg read no QR code"
[ "$scanned" = "$url" ] || fail "the QR code says '$scanned', the host '$url'"
cp "$work/join.pbm" "$shots/join-qr.pbm"

"$cli" join "127.0.0.1:$tcp_port" --code "$code" --name Desktop --bot correct --deck "$deck" \
    --timeout 110 --json > "$work/bot.json" 2> "$work/bot.err" &
pids+=("$!")
start=$(date +%s)
node "$here/classroom.mjs" "$scanned" "$shots" || { cat "$work/host.err" >&2; fail "the browsers' game"; }
wait "$host" || { cat "$work/host.err" >&2; fail "the host failed"; }
echo "browser game took $(( $(date +%s) - start )) s"
python3 - "$work/standings.json" "$shots/report.json" "$work/bot.json" <<'PY' || { cat "$work/host.err" >&2; fail "standings"; }
import json, re, sys
st = json.load(open(sys.argv[1])); rep = json.load(open(sys.argv[2])); bot = json.load(open(sys.argv[3]))
players = {p["name"]: p for p in st["players"]}
assert set(players) == {"Anna", "Ben", "Cem", "Dana", "Emil", "Desktop"}, sorted(players)
questions = {q["q"]: q for q in st["questions"]}
assert bot["finished"] and bot["score"] == players["Desktop"]["score"], (bot, players["Desktop"])
assert players["Desktop"]["correct"] == 4, players["Desktop"]
for name, r in rep["students"].items():
    p = players[name]
    host_answers = {a["q"]: a for a in p["answers"]}
    total = 0
    for q in range(4):
        a = host_answers.get(q)
        sent = r["answers"].get(str(q))
        reveal = r["reveals"].get(str(q))
        assert reveal is not None, (name, q, "no reveal seen")
        if sent is None:
            assert a is None or a["choice"] is None, (name, q, a)
            assert reveal["verdict"] == "none" and reveal["points"] == 0, (name, q, reveal)
        else:
            assert a is not None and a["choice"] == sent, (name, q, a, sent)
            right = sent == questions[q]["correct_choice"]
            assert a["correct"] == right, (name, q)
            assert reveal["verdict"] == ("right" if right else "wrong"), (name, q, reveal)
            gained = a["points"] + a["streak_bonus"]
            assert reveal["points"] == gained, (name, q, reveal, a)
            assert (gained > 0) == right, (name, q, gained)
        total += reveal["points"]
        assert reveal["score"] == total, (name, q, reveal, total)
    assert total == p["score"], (name, total, p["score"])
    assert re.search(r"\b%d\b" % p["rank"], r["end"]["place"]), (name, r["end"], p["rank"])
    assert str(p["score"]) in r["end"]["score"], (name, r["end"], p["score"])
assert rep["students"]["Emil"]["answers"] == {} and players["Emil"]["score"] == 0
assert rep["students"]["Dana"]["rejoined"]
assert sum(r["seen"] for r in rep["students"].values()) >= 5, "hardly any reveal screen seen"
print("standings agree for", len(rep["students"]), "browser students and the desktop bot")
PY
grep -q "malformed 1, oversized 1, unauthenticated 1" "$work/host.err" ||
    { grep "answers taken" "$work/host.err" >&2; fail "the hostile messages were not counted as such"; }
ls "$shots"/*.png >/dev/null || fail "no screenshots"
echo "browser-game: passed ($(ls "$shots"/*.png | wc -l) screenshots in $shots)"
