#!/usr/bin/env bash
# check-program.sh: the outlay program as a user starts it, as TAP. The
# command line runs without GTK loaded; the window comes from the GUI
# module (liboutlay-gui.so), found beside the program in the build tree, and
# opens and quits on Ctrl+Q; without its module the program says so.
#
#   tests/check-program.sh OUTLAY   (under run-with-display.sh: it needs X)
#
# OUTLAY_DATADIR and GSETTINGS_SCHEMA_DIR come from meson's test
# environment.

set -uo pipefail

outlay="$1"
work="$(mktemp -d)"
# meson points LD_LIBRARY_PATH at the module's folder; the program must
# find it by itself, as it does once installed
unset LD_LIBRARY_PATH
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

if ! command -v xdotool >/dev/null; then
  echo "Bail out! xdotool is needed to drive the window (apt-get install xdotool)"
  exit 1
fi

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; shift; for line in "$@"; do echo "# $line"; done; }

echo "1..8"

# 1. No GTK among the libraries the program names
needed="$(readelf -d "$outlay" | grep NEEDED)"
if grep -Eq 'libgtk|libadwaita' <<<"$needed"; then
  not_ok "the program does not link GTK" "$needed"
else
  ok "the program does not link GTK"
fi

# 2. …nor among those an export loads
LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld" "$outlay" --export "$work/c.svg" --chart campaign >/dev/null 2>&1
loaded="$(cat "$work"/ld.* 2>/dev/null | grep -Eo 'file=[^ ]+' | sort -u)"
if [ ! -s "$work/c.svg" ]; then
  not_ok "an export loads neither GTK nor libadwaita" "the export wrote nothing"
elif grep -Eq 'libgtk|libadwaita|liboutlay-gui' <<<"$loaded"; then
  not_ok "an export loads neither GTK nor libadwaita" $(grep -E 'libgtk|libadwaita|liboutlay-gui' <<<"$loaded")
else
  ok "an export loads neither GTK nor libadwaita"
fi

# 3. Every symbol the module needs is there: the program binds them all at
# load time (it binds lazily otherwise); with no display GTK then stops
env -u DISPLAY -u WAYLAND_DISPLAY LD_BIND_NOW=1 GSETTINGS_BACKEND=memory \
  timeout 30 "$outlay" >"$work/bind.out" 2>"$work/bind.err"
if grep -q 'cannot open display' "$work/bind.err" && ! grep -q 'cannot open the window' "$work/bind.err"; then
  ok "the module loads with every symbol bound"
else
  not_ok "the module loads with every symbol bound" "$(cat "$work/bind.err")"
fi

# 4. With no command, the window opens (the module loaded and ran)
export GSETTINGS_BACKEND=memory
"$outlay" >"$work/out" 2>"$work/err" &
pid=$!
window="$(timeout 30 xdotool search --sync --onlyvisible --classname outlay 2>/dev/null | head -1)"
if [ -n "$window" ]; then
  ok "the window opens"
else
  not_ok "the window opens" "no visible window of class outlay within 30 s" "$(cat "$work/err")"
fi

# 5. Its title is the dataset's
title="$( [ -n "$window" ] && xdotool getwindowname "$window")"
if [ "$title" = "China's AI spending race, 2025–2026" ]; then
  ok "the window shows the bundled dataset"
else
  not_ok "the window shows the bundled dataset" "title: “$title”"
fi

# 6. Ctrl+Q quits, with status 0
[ -n "$window" ] && xdotool key --window "$window" ctrl+q
status=
for _ in $(seq 100); do
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid"; status=$?; pid=
    break
  fi
  sleep 0.1
done
if [ "$status" = 0 ]; then
  ok "Ctrl+Q quits with status 0"
else
  not_ok "Ctrl+Q quits with status 0" "status: ${status:-still running after 10 s}"
fi

# 7. Nothing went wrong on the way (a machine without a session bus says
# so; that is the machine's, not Outlay's)
problems="$(grep -E 'CRITICAL|WARNING|ERROR' "$work/err" | grep -v 'Unable to acquire session bus')"
if [ -z "$problems" ]; then
  ok "no warnings on stderr"
else
  not_ok "no warnings on stderr" "$problems"
fi

# 8. A program without its module runs its commands and says why the
# window cannot open
mkdir "$work/alone"
cp "$outlay" "$work/alone/outlay"
version="$("$work/alone/outlay" --version 2>&1)"
timeout 30 "$work/alone/outlay" >"$work/alone/out" 2>"$work/alone/err"
status=$?
if [ "$status" = 1 ] && grep -q 'cannot open the window: its module is missing (looked for .*liboutlay-gui.so' "$work/alone/err" &&
   [[ "$version" == Outlay* ]]; then
  ok "without its module: commands work, the window says why not"
else
  not_ok "without its module: commands work, the window says why not" \
    "status $status" "--version: $version" "$(cat "$work/alone/err")"
fi
