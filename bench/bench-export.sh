#!/usr/bin/env bash
# bench-export.sh: Outlay's command-line export of the campaign chart, to SVG
# and to PNG at scale 2, timed with hyperfine in the same run as gnuplot
# drawing the same chart to its svg and pngcairo terminals at the same pixel
# size. Target: Outlay no slower than gnuplot. See bench/README.md, "Chart
# export against gnuplot".
#
#   bench/bench-export.sh [--warmup N] [--min-runs N] [--out DIR] [--plain] [--strict]
#   meson test -C build --benchmark export
#
# Environment: OUTLAY (the outlay binary; default build/app/outlay beside
# this script's source tree) and OUTLAY_DATADIR (default the tree's data/).
# It builds nothing. Exit status: 0, or 1 on an error (or, with --strict, a
# missed target), 77 (skipped, to meson) when hyperfine or gnuplot is missing.

set -euo pipefail

usage ()
{
  cat <<'EOF'
Usage: bench-export.sh [OPTION…]

Times `outlay --export` of the campaign chart (SVG, and PNG at --scale 2)
against gnuplot drawing the same chart (svg 1200x800, pngcairo 2400x1600).

  --warmup N     hyperfine warm-up runs per command (default 3)
  --min-runs N   hyperfine minimum runs per command, and the rounds of the
                 interleaved pass that gives the verdict (default 20; that
                 pass always warms up with 2 rounds of its own)
  --out DIR      where the charts, gnuplot's script and the tables go
                 (default BUILD/bench/export, BUILD being outlay's build dir)
  --plain        also time gnuplot's chart without the hatching (plain fills;
                 reported, not part of the verdict)
  --strict       exit 1 when a target is missed (default: only report it)
  -h, --help     this text

Environment: OUTLAY, the outlay binary (default build/app/outlay);
OUTLAY_DATADIR, where the bundled dataset is (default the tree's data/).
EOF
}

warmup=3
min_runs=20
out_dir=
plain=false
strict=false

while [ $# -gt 0 ]; do
  case "$1" in
    --warmup) warmup="$2"; shift 2 ;;
    --min-runs) min_runs="$2"; shift 2 ;;
    --out) out_dir="$2"; shift 2 ;;
    --plain) plain=true; shift ;;
    --strict) strict=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench-export: unknown option $1" >&2; usage >&2; exit 1 ;;
  esac
done

src_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
outlay="${OUTLAY:-$src_root/build/app/outlay}"
export OUTLAY_DATADIR="${OUTLAY_DATADIR:-$src_root/data}"

# --- the tools --------------------------------------------------------------

missing=()
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
command -v gnuplot >/dev/null 2>&1 || missing+=(gnuplot-nox)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench-export: missing ${missing[*]}: apt-get install -y ${missing[*]}" >&2
  exit 77
fi

# Debian's gnuplot-nox has both terminals (pngcairo through cairo and Pango,
# the same libraries Outlay draws with); a gnuplot built without cairo does not.
terminals="$(gnuplot -e 'set terminal' 2>&1 </dev/null || true)"
for term in svg pngcairo; do
  if ! grep -Eq "^ *$term " <<<"$terminals"; then
    echo "bench-export: this gnuplot has no '$term' terminal; Debian's gnuplot-nox has both" >&2
    exit 77
  fi
done

if [ ! -x "$outlay" ]; then
  echo "bench-export: no outlay binary at $outlay: build it first with" >&2
  echo "  meson setup build && meson compile -C build" >&2
  echo "(or set OUTLAY to the binary)" >&2
  exit 1
fi
if [ ! -f "$OUTLAY_DATADIR/china-ai-spending.json" ]; then
  echo "bench-export: no bundled dataset in OUTLAY_DATADIR=$OUTLAY_DATADIR" >&2
  exit 1
fi

if [ -z "$out_dir" ]; then
  out_dir="$(cd "$(dirname "$outlay")/.." && pwd)/bench/export"
fi
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"

# The same language every time: Outlay picks the dataset's English or
# Arabic texts from the user's languages.
export LC_ALL=C.UTF-8
export LANGUAGE=

# --- gnuplot's chart ----------------------------------------------------------

# The same four bars, figures and colours as Outlay's campaign chart of the
# bundled dataset, drawn the same way: a light fill with a hatch and an
# outline in each bar's colour, a bold value label on each bar, a bold title
# and a subtitle, y tick labels with their unit plus a y-axis label, light
# grid lines, a legend entry, two- to four-line category labels and a
# source line at the bottom, all in Noto Sans. Called as
#   gnuplot -c chart.gp svg|png OUT [plain]
gp="$out_dir/campaign.gp"
cat >"$gp" <<'EOF'
fmt = ARG1
out = ARG2
hatch = (ARGC < 3 || ARG3 ne "plain")
set encoding utf8
if (fmt eq "svg") {
  set terminal svg size 1200,800 font "Noto Sans,12" background "white"
} else {
  set terminal pngcairo size 2400,1600 font "Noto Sans,12" fontscale 2 linewidth 2 background "white"
}
set output out

$bars << EOD
0 3.0 0xff7800 "3 bn yuan"
1 1.0 0x26a269 "1 bn yuan"
2 0.5 0x9141ac "500 M yuan"
3 4.5 0x5c5c66 "≈ 4.5 bn yuan"
EOD

set title "{/:Bold Campaign budgets}\n{/*0.8 As each source states it, from zero}" left offset screen -0.43,0 font ",18" tc rgb "#1f1f24"
set ylabel "billion yuan" tc rgb "#5c5c66"
set yrange [0:5]
set ytics 0,1,5 format "%g bn yuan" tc rgb "#5c5c66" nomirror
set xrange [-0.6:3.6]
set xtics ("Alibaba\n6 Feb 2026 plan\n≈ $431 M — Al-Eqtisadiah\n≈ $430 M — Arabic tech news site" 0, \
           "Tencent\nFeb 2026 plan" 1, \
           "Baidu\nFeb 2026 plan" 2, \
           "Lunar New Year AI campaigns, total\nFeb 2026 plan" 3) nomirror scale 0 tc rgb "#1f1f24"
set grid ytics lc rgb "#dddddd" lt 1
set border 1 lc rgb "#5c5c66"
set boxwidth 0.6
set key top left reverse Left samplen 1 tc rgb "#1f1f24"
set bmargin 9
set tmargin 7
set label 1 "Sources: Al-Eqtisadiah; Arabic tech news site" at screen 0.02,0.03 tc rgb "#5c5c66"

if (hatch) {
  plot $bars using 1:2:3 with boxes fill transparent solid 0.28 lc rgb variable notitle, \
       $bars using 1:2:3 with boxes fill transparent pattern 5 noborder lc rgb variable notitle, \
       $bars using 1:2:3 with boxes fill empty lw 1.5 lc rgb variable notitle, \
       $bars using 1:2:4 with labels offset 0,0.8 font "Noto Sans:Bold,12" tc rgb "#1f1f24" notitle, \
       NaN with boxes fill pattern 5 lc rgb "#5c5c66" title "Planned (hatched)"
} else {
  plot $bars using 1:2:3 with boxes fill solid 0.28 lc rgb variable notitle, \
       $bars using 1:2:3 with boxes fill empty lw 1.5 lc rgb variable notitle, \
       $bars using 1:2:4 with labels offset 0,0.8 font "Noto Sans:Bold,12" tc rgb "#1f1f24" notitle, \
       NaN with boxes fill solid 0.28 lc rgb "#5c5c66" title "Planned"
}
EOF

# --- the run ------------------------------------------------------------------

o_svg="$out_dir/outlay.svg"
g_svg="$out_dir/gnuplot.svg"
o_png="$out_dir/outlay-2x.png"
g_png="$out_dir/gnuplot-2400x1600.png"
gp_plain_png="$out_dir/gnuplot-plain-2400x1600.png"
gp_plain_svg="$out_dir/gnuplot-plain.svg"

cmd_o_svg="$outlay --export $o_svg --chart campaign --width 1200 --height 800"
cmd_g_svg="gnuplot -c $gp svg $g_svg"
cmd_o_png="$outlay --export $o_png --chart campaign --scale 2 --width 1200 --height 800"
cmd_g_png="gnuplot -c $gp png $g_png"

# Paths with spaces would be split by hyperfine's --shell=none
case "$outlay$out_dir" in
  *[[:space:]]*) echo "bench-export: the paths must not contain spaces: $outlay, $out_dir" >&2; exit 1 ;;
esac

# Each command once, so a broken one fails here and not inside hyperfine
for cmd in "$cmd_o_svg" "$cmd_g_svg" "$cmd_o_png" "$cmd_g_png"; do
  if ! $cmd >/dev/null; then
    echo "bench-export: this command failed: $cmd" >&2
    exit 1
  fi
done

names=(-n "outlay svg" "$cmd_o_svg"
       -n "gnuplot svg" "$cmd_g_svg"
       -n "outlay png 2x" "$cmd_o_png"
       -n "gnuplot pngcairo 2400x1600" "$cmd_g_png")
if $plain; then
  names+=(-n "gnuplot svg no hatch" "gnuplot -c $gp svg $gp_plain_svg plain"
          -n "gnuplot pngcairo 2400x1600 no hatch" "gnuplot -c $gp png $gp_plain_png plain")
fi

md="$out_dir/export.md"
csv="$out_dir/export.csv"

echo "outlay:  $outlay"
echo "gnuplot: $(gnuplot --version)"
echo "$(hyperfine --version), warm-up $warmup, at least $min_runs runs each; $(nproc) CPUs"
echo "results: $out_dir"
echo

# Outlay prints "Chart written to …" on each run: --output=null drops it
hyperfine --shell=none --warmup "$warmup" --min-runs "$min_runs" --output=null \
  --export-markdown "$md" --export-csv "$csv" "${names[@]}"

# --- the tables ---------------------------------------------------------------

# column: 2 mean, 3 stddev, 4 median, 7 min (seconds)
field ()
{
  awk -F, -v name="$1" -v col="$2" 'NR > 1 && $1 == name { print $col }' "$csv"
}

png_size ()
{
  # IHDR: width and height, big-endian, at bytes 16-23
  od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%d×%d", $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }'
}

verdict_rows=()
all_met=true
row ()
{
  local label="$1" o="$2" g="$3"
  local om os omin gm gs gmin
  om="$(field "$o" 2)"; os="$(field "$o" 3)"; omin="$(field "$o" 7)"
  gm="$(field "$g" 2)"; gs="$(field "$g" 3)"; gmin="$(field "$g" 7)"
  local line
  if [ -z "$om" ] || [ -z "$gm" ]; then
    echo "bench-export: no result for $o or $g in $csv" >&2
    exit 1
  fi
  line="$(awk -v om="$om" -v os="$os" -v omin="$omin" -v gm="$gm" -v gs="$gs" -v gmin="$gmin" -v label="$label" 'BEGIN {
    r = om / gm
    # relative uncertainty of the ratio from both standard deviations
    u = r * sqrt((os / om) ^ 2 + (gs / gm) ^ 2)
    verdict = r <= 1 ? "met" : "missed"
    if (r > 1 && r - u <= 1) verdict = "missed (within noise)"
    if (r <= 1 && r + u > 1) verdict = "met (within noise)"
    printf "| %s | %.1f ± %.1f | %.1f ± %.1f | %.2f ± %.2f | %.2f | %s |\n",
      label, om * 1000, os * 1000, gm * 1000, gs * 1000, r, u, omin / gmin, verdict
  }')"
  verdict_rows+=("$line")
  case "$line" in *"| missed"*) all_met=false ;; esac
}

row "SVG 1200×800" "outlay svg" "gnuplot svg"
row "PNG 2400×1600" "outlay png 2x" "gnuplot pngcairo 2400x1600"
if $plain; then
  row "SVG, gnuplot without hatch" "outlay svg" "gnuplot svg no hatch"
  row "PNG, gnuplot without hatch" "outlay png 2x" "gnuplot pngcairo 2400x1600 no hatch"
fi

# hyperfine runs each command's runs back to back, so a machine that slows
# down for a while (this one does) moves one command's mean and not the
# other's. The verdict comes from a second pass that interleaves them: each
# round runs every command once, in alternating order, and the medians are
# compared.
interleaved="$(python3 - "$src_root/bench" "$min_runs" "$cmd_o_svg" "$cmd_g_svg" "$cmd_o_png" "$cmd_g_png" <<'PY'
import statistics, sys

sys.dont_write_bytecode = True   # nothing written into the source tree
sys.path.insert(0, sys.argv[1])
from interleave import interleave

rounds, commands = int(sys.argv[2]), sys.argv[3:]
times = dict(zip(commands, interleave([c.split() for c in commands], rounds, "bench-export")))

def line(label, o, g):
    om, gm = statistics.median(times[o]), statistics.median(times[g])
    verdict = "met" if om <= gm else "missed"
    print(f"| {label} | {om:.1f} | {gm:.1f} | {om / gm:.2f} | {verdict} |")

line("SVG 1200×800", commands[0], commands[1])
line("PNG 2400×1600", commands[2], commands[3])
PY
)" || exit 1
case "$interleaved" in *"| missed |"*) all_met=false ;; *) all_met=true ;; esac

{
  echo
  echo "Target: no slower than gnuplot (outlay/gnuplot ≤ 1)."
  echo
  echo "hyperfine, one command after the other:"
  echo
  echo "| export | outlay ms | gnuplot ms | outlay/gnuplot (means) | outlay/gnuplot (fastest runs) | verdict |"
  echo "|---|---:|---:|---:|---:|---|"
  printf '%s\n' "${verdict_rows[@]}"
  echo
  echo "Interleaved, $min_runs rounds of all four in alternating order (the verdict):"
  echo
  echo "| export | outlay median ms | gnuplot median ms | outlay/gnuplot | verdict |"
  echo "|---|---:|---:|---:|---|"
  echo "$interleaved"
  echo
  echo "| file | bytes | pixels |"
  echo "|---|---:|---|"
  files=("$o_svg" "$g_svg" "$o_png" "$g_png")
  if $plain; then
    files+=("$gp_plain_svg" "$gp_plain_png")
  fi
  for f in "${files[@]}"; do
    case "$f" in
      *.png) px="$(png_size "$f")" ;;
      *) px="1200×800 (viewBox)" ;;
    esac
    echo "| $(basename "$f") | $(stat -c %s "$f") | $px |"
  done
} >>"$md"

echo
cat "$md"

if $strict && ! $all_met; then
  exit 1
fi
exit 0
