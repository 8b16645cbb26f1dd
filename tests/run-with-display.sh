#!/usr/bin/env bash
# Runs a UI test on a private X server, with GTK's cairo renderer for
# stable output. build-aux/deps.sh installs xvfb; without it, the test
# fails and says so rather than passing unrun.
if ! command -v xvfb-run >/dev/null; then
  echo "Bail out! xvfb-run is needed for the UI tests (apt-get install xvfb xauth)"
  exit 1
fi
export GSK_RENDERER=cairo GTK_A11Y=test NO_AT_BRIDGE=1
# The private X server, never the session the tests were started from
export GDK_BACKEND=x11
unset WAYLAND_DISPLAY
exec xvfb-run -a -s '-screen 0 1400x900x24' "$@"
