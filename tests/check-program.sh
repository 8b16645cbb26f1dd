#!/usr/bin/env bash
# check-program.sh: the outlay program as a user starts it, as TAP. The
# command line runs without GTK loaded; the window comes from the GUI
# module (liboutlay-gui.so), found beside the program in the build tree,
# and opens and quits on Ctrl+Q; without its module, or with a module of
# another version, the program says so.
#
#   tests/check-program.sh OUTLAY   (under run-with-display.sh: it needs X)
#
# OUTLAY_DATADIR and GSETTINGS_SCHEMA_DIR come from meson's test
# environment.

set -uo pipefail

outlay="$1"
work="$(mktemp -d)"
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
# meson points LD_LIBRARY_PATH at the module's folder; the program must
# find it by itself, as it does once installed
unset LD_LIBRARY_PATH
export GSETTINGS_BACKEND=memory

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; shift; for line in "$@"; do echo "# $line"; done; }
skip () { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }

# With no display at all, GTK stops at once and says so: X11 only, or a
# developer's Wayland session would be found without WAYLAND_DISPLAY
without_display () {
  env -u DISPLAY -u WAYLAND_DISPLAY GDK_BACKEND=x11 "$@"
}

echo "1..9"

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
without_display LD_BIND_NOW=1 timeout 30 "$outlay" >"$work/bind.out" 2>"$work/bind.err"
if grep -q 'cannot open display' "$work/bind.err" && ! grep -q 'cannot open the window' "$work/bind.err"; then
  ok "the module loads with every symbol bound"
else
  not_ok "the module loads with every symbol bound" "$(cat "$work/bind.err")"
fi

# 4–7 drive the window with xdotool
if ! command -v xdotool >/dev/null; then
  for what in "the window opens" "the window shows the bundled dataset" \
              "Ctrl+Q quits with status 0" "no warnings on stderr"; do
    skip "$what" "xdotool is missing (apt-get install xdotool)"
  done
else
  # 4. With no command, the window opens (the module loaded and ran)
  "$outlay" >"$work/out" 2>"$work/err" &
  pid=$!
  window=
  for _ in $(seq 300); do
    window="$(xdotool search --onlyvisible --classname outlay 2>/dev/null | head -1)"
    [ -n "$window" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -n "$window" ]; then
    ok "the window opens"
  else
    not_ok "the window opens" "no visible window of class outlay within 30 s" "$(cat "$work/err")"
  fi

  # 5. Its title is the dataset's
  title="$( [ -n "$window" ] && xdotool getwindowname "$window" 2>/dev/null)"
  if [ "$title" = "China's AI spending race, 2025–2026" ]; then
    ok "the window shows the bundled dataset"
  else
    not_ok "the window shows the bundled dataset" "title: “$title”"
  fi

  # 6. Ctrl+Q quits, with status 0 (the window is gone before the key is
  # released, which xdotool reports: its stderr is not the program's)
  [ -n "$window" ] && xdotool key --window "$window" ctrl+q 2>/dev/null
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

  # 7. Nothing went wrong on the way (a machine without a session bus
  # says so; that is the machine's, not Outlay's)
  problems="$(grep -E 'CRITICAL|WARNING|ERROR' "$work/err" | grep -v 'Unable to acquire session bus')"
  if [ -z "$problems" ]; then
    ok "no warnings on stderr"
  else
    not_ok "no warnings on stderr" "$problems"
  fi
fi

# 8. A program without its module runs its commands and says why the
# window cannot open
mkdir "$work/alone"
cp "$outlay" "$work/alone/outlay"
version="$("$work/alone/outlay" --version 2>&1)"
without_display timeout 30 "$work/alone/outlay" >"$work/alone/out" 2>"$work/alone/err"
status=$?
if [ "$status" = 1 ] && grep -q 'cannot open the window: its module is missing (looked for .*liboutlay-gui.so' "$work/alone/err" &&
   [[ "$version" == Outlay* ]]; then
  ok "without its module: commands work, the window says why not"
else
  not_ok "without its module: commands work, the window says why not" \
    "status $status" "--version: $version" "$(cat "$work/alone/err")"
fi

# 9. A module of another version is refused before it runs: the same
# module with its version string changed, beside a copy of the program
mkdir "$work/other"
cp "$outlay" "$work/other/outlay"
ours="${version#Outlay }"
other="$(tr '0-9' '1-90' <<<"$ours")"   # 0.1.0 → 1.2.1, as long
perl -0777 -pe "s/\\Q$ours\\E(?=\\0)/$other/g" "$(dirname "$outlay")/liboutlay-gui.so" >"$work/other/liboutlay-gui.so"
without_display timeout 30 "$work/other/outlay" >"$work/other/out" 2>"$work/other/err"
status=$?
if [ "$status" = 1 ] && grep -qF "is of version $other, the program of $ours" "$work/other/err" &&
   ! grep -q 'cannot open display' "$work/other/err"; then
  ok "a module of another version is refused"
else
  not_ok "a module of another version is refused" "status $status" "$(cat "$work/other/err")"
fi
