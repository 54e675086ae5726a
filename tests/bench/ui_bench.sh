#!/usr/bin/env bash
# UI benchmark (not a test): font atlas, start-up to the first frame, resident
# memory, frame times at 1920×1080 (welcome and a text-heavy screen) and CPU
# while the kiosk idles on its welcome screen. Runs under its own Xvfb.
# Usage: tests/bench/ui_bench.sh [BUILD_DIR]   (default build/release; needs
#        the kiosk and kiosk_ui_bench targets built there)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build/release}" && pwd)
if [ -z "${UI_BENCH_UNDER_XVFB:-}" ]; then
  UI_BENCH_UNDER_XVFB=1 exec "$here/../e2e/with_xvfb.sh" 1920x1080 "$0" "$build"
fi
bench=$build/bin/kiosk_ui_bench
kiosk=$build/bin/kiosk
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "--- font atlas (no window)"
"$bench" atlas
echo "--- kiosk_ui_bench at 1920x1080 (vsync off: the work per frame, not the 60 Hz pacing)"
for screen in welcome welcome-nobg text text-nobg; do SDL_RENDER_VSYNC=0 "$bench" frames $screen 600; done

echo "--- the real kiosk binary at 1920x1080, welcome screen"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$(date +%s%N)
"$kiosk" --db "$work/kiosk.db" --width 1920 --height 1080 --screenshot "$work/first.bmp" &
pid=$!
while [ ! -s "$work/first.bmp" ] && kill -0 $pid 2>/dev/null; do sleep 0.005; done
[ -s "$work/first.bmp" ] || { echo "kiosk exited before its first frame" >&2; exit 1; }
echo "start to first settled frame (screenshot written): $(( ($(date +%s%N) - start) / 1000000 )) ms (target < 1000)"
sleep 3
echo "resident memory: $(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status) MB (target < 200)"
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(ticks)
sleep 10
after=$(ticks)
hz=$(getconf CLK_TCK)
echo "idle CPU over 10 s: $(awk -v t=$((after - before)) -v hz="$hz" 'BEGIN {printf "%.2f", 100 * t / hz / 10}') % (target < 2)"
kill -TERM $pid
wait $pid
