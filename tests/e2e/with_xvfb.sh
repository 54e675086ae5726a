#!/usr/bin/env bash
# Runs a command with its own Xvfb server and returns the command's exit code.
# One server for a whole test script: starting one per step (xvfb-run) races
# with fast-exiting programs and fails its own clean-up now and then.
# Usage: with_xvfb.sh WIDTHxHEIGHT COMMAND [ARGS...]
set -euo pipefail
geometry=$1
shift
displayfile=$(mktemp)
Xvfb -displayfd 3 -screen 0 "${geometry}x24" -nolisten tcp 3>"$displayfile" 2>/dev/null &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null; rm -f "$displayfile"' EXIT
for _ in $(seq 1 100); do [ -s "$displayfile" ] && break; sleep 0.05; done
[ -s "$displayfile" ] || { echo "with_xvfb: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$displayfile")"
set +e
"$@"
rc=$?
set -e
exit $rc
