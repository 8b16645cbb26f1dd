#!/usr/bin/env bash
# check-install.sh BUILDDIR PREFIX LIBDIR: `meson install` into a temporary DESTDIR,
# then checks, as TAP, that every file a GNOME desktop looks for is where it
# looks, that the files agree with one another (the icon the desktop file
# names, the desktop file the metainfo launches), and that the installed
# binary runs: --validate and an --export with the installed dataset, and
# loads its GUI module from the installed tree.
set -uo pipefail

build_dir="$1"
prefix="$2"
libdir="$3"
app_id=io.github.outlay.Outlay

# An empty DESTDIR would install into the real prefix: stop first
# (its physical path: the installed binary finds its module by its own)
dest="$(mktemp -d)" && [ -d "$dest" ] && dest="$(cd "$dest" && pwd -P)" ||
  { echo "Bail out! mktemp -d failed"; exit 1; }
trap 'rm -rf "$dest"' EXIT
root="$dest$prefix"
n=0
failed=0

ok () {
  # ok DESCRIPTION COMMAND…: one TAP line for the command's status
  local description="$1"
  shift
  n=$((n + 1))
  local output
  if output="$("$@" 2>&1)"; then
    echo "ok $n - $description"
  else
    echo "not ok $n - $description"
    printf '%s\n' "$output" | sed 's/^/# /'
    failed=$((failed + 1))
  fi
}

ok "meson install into a DESTDIR" \
  meson install -C "$build_dir" --no-rebuild --quiet --destdir "$dest"

for file in \
    bin/outlay \
    share/outlay/china-ai-spending.json \
    share/applications/$app_id.desktop \
    share/metainfo/$app_id.metainfo.xml \
    share/icons/hicolor/scalable/apps/$app_id.svg \
    share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg \
    share/glib-2.0/schemas/$app_id.gschema.xml \
    share/locale/ar/LC_MESSAGES/outlay.mo; do
  ok "installed: $file" test -s "$root/$file"
done

# libdir is relative to the prefix, unless configured outside it
case "$libdir" in
  /*) module="$dest$libdir/outlay/liboutlay-gui.so" ;;
  *) module="$root/$libdir/outlay/liboutlay-gui.so" ;;
esac
ok "installed: the GUI module, ${module#"$dest"}" test -s "$module"

ok "the binary is executable" test -x "$root/bin/outlay"

ok "the desktop file names an installed icon" \
  test -s "$root/share/icons/hicolor/scalable/apps/$(sed -n 's/^Icon=//p' "$root/share/applications/$app_id.desktop").svg"
ok "the desktop file runs the installed binary by name" \
  grep -qx 'Exec=outlay %f' "$root/share/applications/$app_id.desktop"
ok "the desktop file is translated into Arabic" \
  grep -q '^Comment\[ar\]=' "$root/share/applications/$app_id.desktop"
ok "the metainfo launches the installed desktop file" \
  grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
    "$root/share/metainfo/$app_id.metainfo.xml"
ok "the metainfo is translated into Arabic" \
  grep -q '<summary xml:lang="ar">' "$root/share/metainfo/$app_id.metainfo.xml"
ok "the Arabic catalogue holds the UI's strings" \
  grep -q 'الإنفاق الرأسمالي' "$root/share/locale/ar/LC_MESSAGES/outlay.mo"
ok "the schema compiles" \
  glib-compile-schemas --strict --dry-run "$root/share/glib-2.0/schemas"

export LC_ALL=C.UTF-8 LANGUAGE=
ok "the installed binary prints its version" \
  sh -c '"$1" --version | grep -q "^Outlay "' sh "$root/bin/outlay"
ok "the installed binary validates the installed dataset" \
  "$root/bin/outlay" --validate "$root/share/outlay/china-ai-spending.json"

# The binary looks for its dataset under the prefix it was configured for;
# under a DESTDIR that is OUTLAY_DATADIR's job.
export OUTLAY_DATADIR="$root/share/outlay"
ok "the installed binary exports a chart from the installed dataset" \
  "$root/bin/outlay" --export "$dest/capex.svg" --chart capex
ok "the export is an SVG document" \
  grep -q '<svg' "$dest/capex.svg"
ok "the installed binary exports the installed dataset as CSV" \
  sh -c '"$1" --export "$2" && test "$(wc -l < "$2")" -gt 30' sh "$root/bin/outlay" "$dest/facts.csv"

# With no command the binary loads its GUI module, from the DESTDIR: it
# looks relative to itself. With no display GTK then stops, and says so.
loads_installed_module () {
  local log="$dest/ld"
  env -u DISPLAY -u WAYLAND_DISPLAY -u LD_LIBRARY_PATH GDK_BACKEND=x11 LD_DEBUG=files LD_DEBUG_OUTPUT="$log" \
    GSETTINGS_BACKEND=memory timeout 30 "$root/bin/outlay" >/dev/null 2>&1
  grep -hqF "calling init: $module" "$log".*
}
ok "the installed binary loads its GUI module from the installed tree" loads_installed_module

echo "1..$n"
[ $failed -eq 0 ]
