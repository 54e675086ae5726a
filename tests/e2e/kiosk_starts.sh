#!/usr/bin/env bash
# End-to-end: the real kiosk binary opens a window under Xvfb, draws the
# welcome screen with Japanese text, and closes cleanly on SIGTERM; start-up
# failures (missing font, unusable record file) are one clear line.
# Usage (under an X server, see with_xvfb.sh): kiosk_starts.sh KIOSK_BINARY ARTIFACT_DIR
set -euo pipefail
kiosk=$1
artifacts=$2
mkdir -p "$artifacts"
shot="$artifacts/welcome.bmp"
rm -f "$shot"

fail() { echo "FAIL: $*" >&2; exit 1; }

source_dir=$(cd "$(dirname "$0")/../.." && pwd)

# 1. Missing data is a one-line error naming what is missing and a non-zero
#    exit, not a crash: first the form templates, then the font.
data=$(mktemp -d)
set +e
msg=$("$kiosk" --data-dir "$data" --db "$data/k.db" 2>&1)
rc=$?
set -e
[ $rc -eq 1 ] || fail "missing templates: expected exit 1, got $rc"
grep -q "hihokensha-shikaku-moushitatesho" <<<"$msg" || fail "missing templates: message was: $msg"
ln -s "$source_dir/templates" "$data/templates"
ln -s "$source_dir/assets" "$data/assets"
set +e
msg=$("$kiosk" --data-dir "$data" --db "$data/k.db" 2>&1)
rc=$?
set -e
rm -rf "$data"
[ $rc -eq 1 ] || fail "missing font: expected exit 1, got $rc"
grep -q "font file not readable" <<<"$msg" || fail "missing font: message was: $msg"

# 2. A record file that is not a kiosk database is reported and left as it was.
bad=$(mktemp)
printf 'this is not a database, but it is somebody else''s file' > "$bad"
before=$(sha256sum < "$bad")
set +e
msg=$("$kiosk" --db "$bad" 2>&1)
rc=$?
set -e
[ $rc -eq 1 ] || fail "bad database: expected exit 1, got $rc"
grep -q "$bad" <<<"$msg" || fail "bad database: message does not name the file: $msg"
[ "$(sha256sum < "$bad")" = "$before" ] || fail "bad database: the file was modified"
rm -f "$bad"

# 3. Normal start, screenshot of the settled first screen, clean exit on SIGTERM.
db=$(mktemp -d)/kiosk.db
"$kiosk" --db "$db" --screenshot "$shot" &
runner=$!
for _ in $(seq 1 100); do [ -s "$shot" ] && break; sleep 0.2; done
[ -s "$shot" ] || { kill $runner 2>/dev/null; fail "no screenshot within 20 s"; }
kill -TERM $runner
set +e
wait $runner
rc=$?
set -e
[ $rc -eq 0 ] || fail "kiosk did not exit cleanly on SIGTERM (exit $rc)"
[ -s "$db" ] || fail "kiosk did not create its record file $db"

# The screen is not blank: text and buttons give many distinct colours.
colours=$(convert "$shot" -format %k info:)
[ "$colours" -gt 20 ] || fail "screenshot looks blank ($colours colours)"
convert "$shot" "$artifacts/welcome.png"
echo "kiosk_starts: ok ($colours colours, screenshot $artifacts/welcome.png)"
