#!/usr/bin/env bash
# Installs what is missing, builds Outlay and starts it on the bundled
# dataset. Arguments go to outlay (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."
. build-aux/deps.sh
outlay_install_deps

[ -f build/build.ninja ] || meson setup build >/dev/null
meson compile -C build >/dev/null
# devenv points OUTLAY_DATADIR at data/, so the build runs uninstalled.
exec meson devenv -C build --workdir "$PWD" build/app/outlay "$@"
