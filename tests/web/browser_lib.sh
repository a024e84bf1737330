# Shared setup of the browser tests, sourced after setting `here` (this folder) and `test_name`:
# checks the tools, makes a work folder that goes away with every process the test started, and
# starts `chronik-cli host` on loopback with free ports (start_host).
fail() { echo "$test_name: $*" >&2; exit 1; }
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

# start_host CLI ARGS...: the host on 127.0.0.1 (TCP and web port picked free) with the test's
# arguments; its --json standings go to $work/standings.json, its messages to $work/host.err.
# Sets host (its pid), tcp_port, web_port and url (the join address it prints for browsers).
start_host() {
    local cli=$1
    shift
    "$cli" host --port 0 --web-port 0 --bind 127.0.0.1 --port-file "$work/port" "$@" \
        --json > "$work/standings.json" 2> "$work/host.err" &
    host=$!
    pids+=("$host")
    for _ in $(seq 100); do
        [ -f "$work/port" ] && [ "$(wc -l < "$work/port")" -ge 2 ] && break
        sleep 0.1
    done
    [ -s "$work/port" ] || { cat "$work/host.err" >&2; fail "the host did not start"; }
    tcp_port=$(sed -n 1p "$work/port")
    web_port=$(sed -n 2p "$work/port")
    url=$(sed -n 's/.*browsers join at \(http[^ ]*\).*/\1/p' "$work/host.err")
}
