#!/usr/bin/env bash
# flatpak-local.sh: build Outlay's Flatpak from flatpak/io.github.outlay.Outlay.json
# on a machine that cannot reach Flathub, and run it inside the sandbox.
#
#   build-aux/flatpak-local.sh [--work DIR] [--rebuild-runtime] [--skip-run]
#
# A Flatpak runtime is a /usr tree with a metadata file. Where the GNOME
# runtime cannot be downloaded, this script makes a stand-in for it from
# Debian 12 (bookworm, the oldest system Outlay supports): a Platform
# (debootstrap minbase plus GTK 4, libadwaita, json-glib, D-Bus and fonts)
# and an Sdk (the same plus compilers, meson and the -dev packages), each
# exported with `flatpak build-export --runtime` into a local repository and
# installed for the user. That is done once and kept in the work folder.
#
# Then, every time:
#   1. flatpak-builder builds the app from the manifest in flatpak/, with only
#      the runtime and sdk names swapped for the local ones;
#   2. inside the sandbox, `outlay --validate` on the installed dataset;
#   3. inside the sandbox, `outlay --export` of a chart into the app's own
#      data folder (~/.var/app/io.github.outlay.Outlay/data), checked from
#      outside;
#   4. the window under Xvfb, with a screenshot taken from outside; then
#      Ctrl+O, and a second screenshot: the file chooser that opens is the
#      portal's (xdg-desktop-portal-gtk, outside the sandbox), the only way
#      the app can reach a file outside its own folders.
# Each step's time is printed, and the outputs go to the work folder.
#
# It needs root (debootstrap, and bubblewrap without user namespaces), a
# Debian mirror (the one apt uses; DEBIAN_MIRROR overrides it), a few hundred
# MB of downloads the first time and about 2 GB of disk. Tools it installs
# with apt-get if missing: debootstrap flatpak flatpak-builder xvfb xauth
# imagemagick dbus xdotool xdg-desktop-portal-gtk.
#
# Options:
#   --work DIR         where everything goes (default ~/.cache/outlay-flatpak)
#   --rebuild-runtime  make the Platform and Sdk again even if they exist
#   --skip-run         build the app but do not run it

set -euo pipefail

app_id=io.github.outlay.Outlay
runtime_branch=bookworm
platform_id=io.github.outlay.LocalPlatform
sdk_id=io.github.outlay.LocalSdk
arch="$(uname -m)"

work="${XDG_CACHE_HOME:-$HOME/.cache}/outlay-flatpak"
rebuild_runtime=false
skip_run=false

while [ $# -gt 0 ]; do
  case "$1" in
    --work) [ $# -ge 2 ] || { echo "flatpak-local: --work needs a folder" >&2; exit 2; }
            work="$2"; shift 2 ;;
    --rebuild-runtime) rebuild_runtime=true; shift ;;
    --skip-run) skip_run=true; shift ;;
    -h|--help) sed -n '2,37p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "flatpak-local: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

src_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
manifest="$src_root/flatpak/$app_id.json"

say () { printf '\n== %s\n' "$*"; }
die () { printf 'flatpak-local: %s\n' "$*" >&2; exit 1; }

# Times each step: `step NAME command…`, recorded for the summary. A
# function called on the left of `||` runs with `set -e` off, so each step
# checks its commands itself and returns non-zero on the first failure.
declare -a step_lines=()
step () {
  local name="$1" start end status=0
  shift
  say "$name"
  start=$(date +%s.%N)
  "$@" || status=$?
  end=$(date +%s.%N)
  step_lines+=("$(printf '%-44s %8.1f s  %s' "$name" "$(echo "$end - $start" | bc)" \
                  "$([ $status -eq 0 ] && echo ok || echo "FAILED ($status)")")")
  return $status
}

summary () {
  say "Summary"
  printf '%s\n' "${step_lines[@]}"
}
trap summary EXIT

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, and bubblewrap without user namespaces)"
[ -f "$manifest" ] || die "no manifest at $manifest"

missing=()
for pair in debootstrap:debootstrap flatpak:flatpak flatpak-builder:flatpak-builder \
            xvfb-run:xvfb xauth:xauth import:imagemagick dbus-run-session:dbus bc:bc \
            python3:python3 xdotool:xdotool /usr/libexec/xdg-desktop-portal-gtk:xdg-desktop-portal-gtk; do
  command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

# The mirror apt already uses, so that a machine behind a local mirror works
mirror="${DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then
  mirror="$(grep -hoE '^(URIs:|deb) +https?://[^ ]+' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null \
            | awk '{print $2}' | grep -v security | head -n1 || true)"
fi
mirror="${mirror:-http://deb.debian.org/debian}"

mkdir -p "$work"
repo="$work/repo"
log_dir="$work/logs"
mkdir -p "$log_dir"

# What the Platform holds: what Outlay links to and needs at run time
platform_packages=(
  libgtk-4-1 libadwaita-1-0 libjson-glib-1.0-0 libpng16-16
  dbus dbus-x11 dconf-gsettings-backend gsettings-desktop-schemas
  adwaita-icon-theme hicolor-icon-theme librsvg2-common shared-mime-info
  fonts-noto-core fonts-dejavu-core fontconfig
  libgl1-mesa-dri libegl1 libgles2
)
# The Sdk adds what building Outlay with meson needs, and what
# flatpak-builder runs inside the Sdk when it finishes the app
sdk_packages=(
  "${platform_packages[@]}"
  gcc libc6-dev pkg-config meson ninja-build gettext
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libpng-dev libcairo2-dev
  libglib2.0-dev-bin desktop-file-utils appstream appstream-util elfutils binutils
)

# make_runtime ID PACKAGES…: a bookworm tree turned into a runtime in $repo
make_runtime () {
  local id="$1" rootfs="$work/rootfs-$1" dir="$work/runtime-$1"
  shift
  local include
  include="$(IFS=,; echo "$*")"

  rm -rf "$rootfs" "$dir"
  debootstrap --variant=minbase --include="$include" "$runtime_branch" "$rootfs" "$mirror" \
    > "$log_dir/debootstrap-$id.log" 2>&1 \
    || { tail -n 20 "$log_dir/debootstrap-$id.log" >&2; return 1; }

  # Caches the sandbox would otherwise find stale or missing
  chroot "$rootfs" fc-cache -f >/dev/null 2>&1 || true
  chroot "$rootfs" glib-compile-schemas /usr/share/glib-2.0/schemas >/dev/null 2>&1 || true
  chroot "$rootfs" update-mime-database /usr/share/mime >/dev/null 2>&1 || true
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*

  # A runtime's files/ is mounted as /usr; its files/etc becomes /etc.
  # Flatpak runs ldconfig from the runtime by name, and Debian keeps it in
  # sbin, which is not on the sandbox's PATH.
  mkdir -p "$dir/files" &&
    cp -a "$rootfs/usr/." "$dir/files/" &&
    cp -a "$rootfs/etc" "$dir/files/etc" || return 1
  [ -e "$dir/files/bin/ldconfig" ] || ln -s ../sbin/ldconfig "$dir/files/bin/ldconfig" || return 1

  cat > "$dir/metadata" <<EOF
[Runtime]
name=$id
runtime=$platform_id/$arch/$runtime_branch
sdk=$sdk_id/$arch/$runtime_branch
EOF
  flatpak build-export --runtime --files=files "$repo" "$dir" "$runtime_branch" \
    > "$log_dir/export-$id.log" 2>&1 \
    || { tail -n 20 "$log_dir/export-$id.log" >&2; return 1; }
  rm -rf "$rootfs"
}

install_runtimes () {
  flatpak --user remote-add --if-not-exists --no-gpg-verify outlay-local "$repo" || return 1
  flatpak --user install -y --noninteractive --reinstall outlay-local \
    "$platform_id//$runtime_branch" "$sdk_id//$runtime_branch"
}

if $rebuild_runtime || ! flatpak --user info "$sdk_id//$runtime_branch" >/dev/null 2>&1 \
   || ! flatpak --user info "$platform_id//$runtime_branch" >/dev/null 2>&1; then
  step "Platform: debootstrap and export" make_runtime "$platform_id" "${platform_packages[@]}"
  step "Sdk: debootstrap and export" make_runtime "$sdk_id" "${sdk_packages[@]}"
  step "Install both runtimes (user)" install_runtimes
fi

# The same manifest with only the runtime names swapped, written beside the
# original so that its relative source path ("..") still means this tree
local_manifest="$src_root/flatpak/.$app_id.local.json"
python3 - "$manifest" "$local_manifest" "$platform_id" "$sdk_id" "$runtime_branch" <<'EOF'
import json, sys
src, dst, platform, sdk, branch = sys.argv[1:]
with open(src) as f:
    m = json.load(f)
m["runtime"], m["sdk"], m["runtime-version"] = platform, sdk, branch
with open(dst, "w") as f:
    json.dump(m, f, indent=2)
EOF
trap 'rm -f "$local_manifest"; summary' EXIT

build_app () {
  flatpak-builder --user --install --force-clean --disable-rofiles-fuse \
    --state-dir="$work/state" "$work/app-build" "$local_manifest" \
    > "$log_dir/flatpak-builder.log" 2>&1 \
    || { tail -n 30 "$log_dir/flatpak-builder.log" >&2; return 1; }
}
step "flatpak-builder: build and install the app" build_app

$skip_run && exit 0

# With no session bus, `flatpak run` would start its own D-Bus daemon, which
# keeps our output pipe open: every run gets a bus from dbus-run-session,
# writes to a file and is bounded by timeout.
sandbox () {
  local out="$1"
  shift
  timeout 120 dbus-run-session -- flatpak run "$@" > "$out" 2>&1
}

# The document portal mounts its files under $XDG_RUNTIME_DIR/doc, and
# flatpak shows them to the sandbox as /run/user/UID/doc: without a runtime
# folder (a root shell with no login session), the portal falls back to
# ~/.cache/doc and hands the app paths that do not exist inside.
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/run/user/$(id -u)}"
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"

data_dir="$HOME/.var/app/$app_id/data"
out="$work/out"
rm -rf "$out"
mkdir -p "$out"

run_validate () {
  local status=0
  sandbox "$out/validate.txt" --command=outlay "$app_id" \
    --validate /app/share/outlay/china-ai-spending.json || status=$?
  cat "$out/validate.txt"
  return $status
}
step "sandbox: outlay --validate" run_validate

run_export () {
  rm -f "$data_dir/capex-sandbox.png"
  sandbox "$out/export.txt" --command=sh "$app_id" -c \
    'exec outlay --export "$XDG_DATA_HOME/capex-sandbox.png" --chart capex --scale 2' \
    || { cat "$out/export.txt"; return 1; }
  cat "$out/export.txt"
  [ -s "$data_dir/capex-sandbox.png" ] || { echo "no file at $data_dir/capex-sandbox.png"; return 1; }
  head -c 8 "$data_dir/capex-sandbox.png" | cmp -s - <(printf '\211PNG\r\n\032\n') \
    || { echo "not a PNG: $data_dir/capex-sandbox.png"; return 1; }
  cp "$data_dir/capex-sandbox.png" "$out/"
  file "$out/capex-sandbox.png" 2>/dev/null || true
}
step "sandbox: outlay --export to its data folder" run_export

# The window, on a private X server, with screenshots taken from outside.
# The app must still be running when they are taken: a window that fails to
# start leaves no picture, and fails this step. Then the two ways files
# cross the sandbox, driven by keyboard as a user would: Ctrl+O opens a
# dataset from the host through the portal's file chooser (the window's
# title becomes the dataset's), and Ctrl+E exports the chart to a host
# folder the sandbox cannot see (the file must appear there, a PNG).
# No window manager runs: the keyboard goes to the window under the
# pointer, and each dialog opens over the main window, under it.
wait_for_window () {
  local name="$1" i
  for i in $(seq 1 40); do
    DISPLAY="$display" xdotool search --name "^$name\$" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  echo "no window named “$name” appeared; the windows are:"
  DISPLAY="$display" xdotool search --name '.' getwindowname %@ 2>/dev/null | sort -u | sed 's/^/  /'
  return 1
}

run_window () {
  local pid xvfb status=0 host="$out/host"
  mkdir -p "$host"
  python3 - "$src_root/data/china-ai-spending.json" "$host/other.json" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    dataset = json.load(f)
dataset["title"]["en"] = "Dataset opened through the portal"
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(dataset, f, ensure_ascii=False)
PY

  # Xvfb picks a free display itself and writes its number to fd 3
  rm -f "$out/display"
  Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3> "$out/display" > "$out/xvfb.txt" 2>&1 &
  xvfb=$!
  for i in $(seq 1 40); do [ -s "$out/display" ] && break; sleep 0.25; done
  if ! [ -s "$out/display" ] || ! kill -0 "$xvfb" 2>/dev/null; then
    echo "Xvfb did not start:"; cat "$out/xvfb.txt"
    return 1
  fi
  display=":$(tr -d '[:space:]' < "$out/display")"
  DISPLAY="$display" GSK_RENDERER=cairo LANGUAGE= timeout 90 dbus-run-session -- \
    flatpak run --env=GSK_RENDERER=cairo "$app_id" > "$out/window.txt" 2>&1 &
  pid=$!
  sleep 10

  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the app exited before the screenshot:"; cat "$out/window.txt"
    kill "$xvfb" 2>/dev/null
    return 1
  fi

  DISPLAY="$display" import -window root "$out/window.png" || status=1
  export DISPLAY="$display"
  xdotool mousemove 700 120

  echo "Ctrl+O: open $host/other.json through the portal"
  xdotool key ctrl+o
  if wait_for_window "Open Dataset"; then
    sleep 2
    import -window root "$out/open-portal.png"
    xdotool key ctrl+l; sleep 0.5
    xdotool type --delay 20 "$host/other.json"; sleep 0.5
    xdotool key Return
    if wait_for_window "Dataset opened through the portal"; then
      echo "  opened: the window's title is the dataset's"
    else
      status=1
    fi
  else
    status=1
  fi

  echo "Ctrl+E: export the chart to $host/exported.svg through the portal"
  sleep 1
  xdotool key ctrl+e
  if wait_for_window "Export Chart"; then
    sleep 2
    import -window root "$out/export-portal.png"
    xdotool key ctrl+a; sleep 0.3
    xdotool type --delay 20 "$host/exported.svg"; sleep 0.5
    xdotool key Return
    for i in $(seq 1 40); do [ -s "$host/exported.svg" ] && break; sleep 0.25; done
    if [ -s "$host/exported.svg" ] && grep -q '<svg' "$host/exported.svg"; then
      echo "  exported: $(wc -c < "$host/exported.svg") bytes of SVG on the host"
      # The export writes a temporary file beside the target and renames
      # it: through the document portal too, nothing else may be left
      if [ "$(ls -A "$host" | tr '\n' ' ')" != "exported.svg other.json " ]; then
        echo "  left beside it: $(ls -A "$host")"; status=1
      fi
    else
      echo "  no SVG at $host/exported.svg"; status=1
    fi
  else
    status=1
  fi
  sleep 1
  import -window root "$out/after.png"
  unset DISPLAY

  flatpak kill "$app_id" >/dev/null 2>&1 || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  echo "screenshots: $out/window.png $out/open-portal.png $out/export-portal.png $out/after.png"
  return $status
}
step "sandbox: window, open and export through the portal" run_window
