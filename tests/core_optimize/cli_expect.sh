#!/bin/sh
# Runs a command and checks its exit status and that its output (stdout and stderr) matches a
# grep -E pattern. Usage: cli_expect.sh STATUS PATTERN COMMAND [ARGS...]
expected=$1
pattern=$2
shift 2
out=$("$@" 2>&1)
status=$?
printf '%s\n' "$out"
if [ "$status" -ne "$expected" ]; then
    echo "cli_expect: exit status $status, expected $expected" >&2
    exit 1
fi
if ! printf '%s\n' "$out" | grep -Eq -- "$pattern"; then
    echo "cli_expect: output does not match: $pattern" >&2
    exit 1
fi
