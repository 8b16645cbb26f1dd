#!/usr/bin/env bash
# bench-start.sh: Outlay from start to its first frame with the chart
# drawn, against an empty GTK 4 window from start to its first frame,
# timed with hyperfine in the same run, on the same private X server, with
# the same renderer. Target: Outlay ≤ 1.25× the empty window. See
# bench/README.md, "Start-up".
#
#   bench/bench-start.sh [--warmup N] [--runs N] [--out DIR] [--strict]
#   meson test -C build --benchmark start
#
# Environment: FIRST_FRAME (the outlay-bench-first-frame binary; default
# build/bench/outlay-bench-first-frame), OUTLAY_DATADIR and
# GSETTINGS_SCHEMA_DIR (default the tree's data/ and build/data/),
# GSK_RENDERER (default cairo). Exit status: 0, or 1 on an error (or, with
# --strict, a missed target), 77 (skipped, to meson) when hyperfine or
# xvfb-run is missing.

set -euo pipefail

warmup=3
runs=30
out_dir=
strict=false

while [ $# -gt 0 ]; do
  case "$1" in
    --warmup) warmup="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --out) out_dir="$2"; shift 2 ;;
    --strict) strict=true; shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-start: unknown option $1" >&2; exit 1 ;;
  esac
done

for tool in hyperfine xvfb-run; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench-start: $tool is missing (apt-get install hyperfine xvfb xauth): skipped"
    exit 77
  fi
done

src_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
first_frame="${FIRST_FRAME:-$src_root/build/bench/outlay-bench-first-frame}"
out_dir="${out_dir:-$(dirname "$first_frame")/start}"
mkdir -p "$out_dir"

export OUTLAY_DATADIR="${OUTLAY_DATADIR:-$src_root/data}"
export GSETTINGS_SCHEMA_DIR="${GSETTINGS_SCHEMA_DIR:-$src_root/build/data}"
export GSETTINGS_BACKEND=memory
export GSK_RENDERER="${GSK_RENDERER:-cairo}"
export NO_AT_BRIDGE=1
export LC_ALL=C.UTF-8 LANGUAGE=

# Each program must reach its first frame on its own before it is timed
for mode in empty adwaita outlay; do
  if ! xvfb-run -a -s '-screen 0 1400x900x24' timeout 30 "$first_frame" "$mode"; then
    echo "bench-start: “$first_frame $mode” did not reach its first frame" >&2
    exit 1
  fi
done

# One X server for both, so both pay the same display costs
xvfb-run -a -s '-screen 0 1400x900x24' \
  hyperfine --shell=none --warmup "$warmup" --runs "$runs" --style basic \
    --export-json "$out_dir/start.json" --export-markdown "$out_dir/start.md" \
    -n 'empty GTK 4 window' "$first_frame empty" \
    -n 'empty Adwaita window' "$first_frame adwaita" \
    -n 'outlay, bundled dataset' "$first_frame outlay"

# hyperfine runs each program's starts back to back, so a machine that
# slows down for a minute (this one does) moves one program's mean and
# not the others'. The verdict comes from a second pass that interleaves
# them instead: each round starts all three, in alternating order, and
# the medians are compared.
xvfb-run -a -s '-screen 0 1400x900x24' \
  python3 - "$src_root/bench" "$first_frame" "$runs" "$out_dir/start.json" "$strict" <<'PY'
import json, statistics, sys

sys.dont_write_bytecode = True   # nothing written into the source tree
sys.path.insert(0, sys.argv[1])
from interleave import interleave

first_frame, rounds, hyperfine_json, strict = sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
names = {"empty": "empty GTK 4 window", "adwaita": "empty Adwaita window", "outlay": "outlay, bundled dataset"}
modes = list(names)

results = {r["command"]: r for r in json.load(open(hyperfine_json))["results"]}
print()
print("hyperfine, one program after the other:")
print()
print("| program | mean (ms) | σ (ms) | min (ms) |")
print("|---|---:|---:|---:|")
for mode in modes:
    r = results[names[mode]]
    print(f"| {names[mode]} | {r['mean']*1000:.1f} | {r['stddev']*1000:.1f} | {r['min']*1000:.1f} |")
print(f"\nratio of means (not the verdict): {results[names['outlay']]['mean'] / results[names['empty']]['mean']:.2f}×")

times = dict(zip(modes, interleave([[first_frame, mode] for mode in modes], rounds, "bench-start")))

print(f"\ninterleaved, {rounds} rounds of all three in alternating order:")
print()
print("| program | median (ms) | mean (ms) | min (ms) |")
print("|---|---:|---:|---:|")
for mode in modes:
    t = times[mode]
    print(f"| {names[mode]} | {statistics.median(t):.1f} | {statistics.mean(t):.1f} | {min(t):.1f} |")
ratio = statistics.median(times["outlay"]) / statistics.median(times["empty"])
adwaita_ratio = statistics.median(times["outlay"]) / statistics.median(times["adwaita"])
verdict = "met" if ratio <= 1.25 else "MISSED"
print(f"\nOutlay / empty window (interleaved medians): {ratio:.2f}× (target ≤ 1.25×: {verdict});"
      f" Outlay / empty Adwaita window: {adwaita_ratio:.2f}×")
sys.exit(1 if strict == "true" and ratio > 1.25 else 0)
PY
