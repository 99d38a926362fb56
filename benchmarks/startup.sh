#!/usr/bin/env bash
# Start-up: `tfix fix` on a one-line file against `tfix --version`, 7 runs each, interleaved, the
# median of each printed as CPU seconds (user+sys) and wall seconds, and their ratio.
#
#   benchmarks/startup.sh                         # builds Release into a temporary folder
#   TFIX="dotnet path/to/tfix.dll" RUNS=7 benchmarks/startup.sh     # an existing build or install
#
# Target (issue 14): fix ≤ 3× --version.
set -euo pipefail

RUNS=${RUNS:-7}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tfix-startup.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
if [ -z "${TFIX:-}" ]; then
  echo "== building (Release)"
  dotnet build "$ROOT/src/TranslationFix.Cli" -c Release -v q -nologo -o "$WORK/tfix" >/dev/null
  TFIX="dotnet $WORK/tfix/tfix.dll"
fi
read -r -a CMD <<<"$TFIX"
printf 'Naixue\x27s tea said ,it would grow..\n' > "$WORK/one-line.txt"

TIMEFORMAT='%R %U %S'
# sample NAME CMD...: appends "cpu wall" of one run to $WORK/NAME.
sample() {
  local name=$1; shift
  local times
  times=$( { time "$@" >/dev/null 2>&1; } 2>&1 ) || true
  awk -v t="$times" 'BEGIN { split(t, a, " "); printf "%.3f %.3f\n", a[2] + a[3], a[1] }' >> "$WORK/$name"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

sample warm-up "${CMD[@]}" fix "$WORK/one-line.txt"
for _ in $(seq "$RUNS"); do
  sample version "${CMD[@]}" --version
  sample fix "${CMD[@]}" fix "$WORK/one-line.txt"
done
for name in version fix; do
  cpu=$(cut -d' ' -f1 "$WORK/$name" | median); wall=$(cut -d' ' -f2 "$WORK/$name" | median)
  printf '%-22s median cpu %6.3f s   wall %6.3f s   (%s runs)\n' "tfix $name" "$cpu" "$wall" "$RUNS"
  declare "CPU_$name=$cpu" "WALL_$name=$wall"
done
awk -v f="$CPU_fix" -v v="$CPU_version" -v fw="$WALL_fix" -v vw="$WALL_version" \
  'BEGIN { printf "fix / --version: %.2fx by CPU, %.2fx by wall (target <= 3x)\n", f / v, fw / vw }'
