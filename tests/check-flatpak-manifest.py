#!/usr/bin/env python3
# check-flatpak-manifest.py MANIFEST DESKTOP METAINFO: the Flatpak manifest
# parsed and its promises checked, as TAP: the app id shared with the
# desktop file and the metainfo, a GNOME runtime and Sdk, a meson build, and
# the minimal permissions (Wayland with X11 as fallback, IPC, GPU): no
# filesystem, no network, no session-wide D-Bus names, no devices beyond dri.
# Files reach the app through the portals only.

import configparser
import json
import sys
import xml.etree.ElementTree as ET

manifest_path, desktop_path, metainfo_path = sys.argv[1:4]
results = []


def check(description, condition, detail=""):
    results.append((description, bool(condition), detail))


with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)

app_id = manifest.get("id") or manifest.get("app-id")
metainfo_id = ET.parse(metainfo_path).getroot().findtext("id")
# Only the [Desktop Entry] group: an action's Exec must not stand in for it
parser = configparser.ConfigParser(interpolation=None, strict=False)
parser.optionxform = str
parser.read(desktop_path, encoding="utf-8")
desktop = dict(parser["Desktop Entry"]) if parser.has_section("Desktop Entry") else {}

check("the manifest names an app id", app_id)
check("the metainfo has the same id", metainfo_id == app_id, f"{metainfo_id} != {app_id}")
check("the desktop file runs the manifest's command",
      (desktop.get("Exec") or "").split()[:1] == [manifest.get("command")],
      f"{desktop.get('Exec')} vs {manifest.get('command')}")
check("the desktop file's icon is the app id", desktop.get("Icon") == app_id)
check("runtime is org.gnome.Platform", manifest.get("runtime") == "org.gnome.Platform")
check("sdk is org.gnome.Sdk", manifest.get("sdk") == "org.gnome.Sdk")
check("runtime-version is a GNOME release number",
      str(manifest.get("runtime-version", "")).isdigit()
      and int(manifest["runtime-version"]) >= 45,
      str(manifest.get("runtime-version")))

args = manifest.get("finish-args", [])
check("Wayland", "--socket=wayland" in args)
check("X11 only as a fallback", "--socket=fallback-x11" in args and "--socket=x11" not in args)
check("IPC for X11", "--share=ipc" in args)
check("GPU", "--device=dri" in args)
allowed = {"--socket=wayland", "--socket=fallback-x11", "--share=ipc", "--device=dri"}
check("no permission beyond those", set(args) <= allowed, sorted(set(args) - allowed))
check("no filesystem access",
      not any(a.startswith(("--filesystem", "--persist")) for a in args))
check("no network", "--share=network" not in args)
check("no D-Bus names beyond the portals",
      not any(a.startswith(("--talk-name", "--own-name", "--system-talk-name", "--socket=session-bus",
                            "--socket=system-bus")) for a in args))

modules = manifest.get("modules", [])
app_module = modules[-1] if modules else {}
check("the last module builds the app with meson", app_module.get("buildsystem") == "meson")
check("the app is built without its tests",
      "-Dtests=false" in app_module.get("config-opts", []))
check("the app is built as a release", "--buildtype=release" in app_module.get("config-opts", []))

for i, (description, passed, detail) in enumerate(results, 1):
    print(f"{'ok' if passed else 'not ok'} {i} - {description}")
    if not passed and detail:
        print(f"# {detail}")
print(f"1..{len(results)}")
sys.exit(0 if all(p for _, p, _ in results) else 1)
