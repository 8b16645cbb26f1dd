#!/usr/bin/env bash
# Installs what is missing, builds Outlay and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
. build-aux/deps.sh
outlay_install_deps

[ -f build/build.ninja ] || meson setup build >/dev/null
meson compile -C build >/dev/null
exec meson test -C build --print-errorlogs "$@"
