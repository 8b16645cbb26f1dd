#!/usr/bin/env bash
# Installs what building and testing Outlay needs on Debian 12 or Ubuntu,
# as root or through sudo. Sourced by run.sh and test.sh.

outlay_packages=(
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libjson-glib-dev libgtk-4-dev libadwaita-1-dev
  libcairo2-dev libpango1.0-dev libpng-dev
  # fonts the charts are drawn in, Arabic included; the SVG loader for icons
  fonts-noto-core fonts-dejavu-core librsvg2-common
  # what the tests check exported charts with, and run the window in
  libxml2-utils librsvg2-bin poppler-utils xvfb xauth xdotool
  # what the tests check the desktop file and the metainfo with (appstream
  # also brings the gettext rules that translate the metainfo)
  desktop-file-utils appstream
  # what meson install runs after installing (gtk4-update-icon-cache)
  libgtk-4-bin
)

outlay_install_deps () {
  local missing=()
  for p in "${outlay_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "Installing: ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}
