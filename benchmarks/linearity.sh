#!/usr/bin/env bash
# Linear in every shape: times `tfix check` (SARIF, so fingerprints are computed) and `tfix fix`
# on the same MB of article text as ~250-character lines and as one line, and on 4×MB in lines;
# prints CPU seconds (user+sys, so load from other processes distorts little) less the cost of a
# one-line file (start-up and glossary loading), and the ratios, all measured in this one run.
#
#   benchmarks/linearity.sh            # MB=5, the default pipeline plus a 10k-entry glossary
#   MB=1 TIMEOUT=120 benchmarks/linearity.sh
#
# Targets (issue 14): one line / lines ≤ 3×, 4×MB / MB ≤ 4.5×, for check and for fix.
set -euo pipefail

MB=${MB:-5}
ENTRIES=${ENTRIES:-10000}
TIMEOUT=${TIMEOUT:-900}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tfix-linearity.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "== building (Release)"
dotnet build "$ROOT/src/TranslationFix.Cli" -c Release -v q -nologo -o "$WORK/tfix" >/dev/null
dotnet build "$ROOT/benchmarks/TranslationFix.Benchmarks" -c Release -v q -nologo -o "$WORK/bench" >/dev/null
dotnet "$WORK/bench/TranslationFix.Benchmarks.dll" shapes "$WORK/data" "$MB" "$ENTRIES"

TFIX=(dotnet "$WORK/tfix/tfix.dll")
GLOSSARY=(-g "$WORK/data/glossary.yaml")
TIMEFORMAT='%U %S'

# cpu CMD...: prints the CPU seconds CMD took (or "timeout" after TIMEOUT seconds of wall time).
cpu() {
  local times status=0
  times=$( { time timeout "$TIMEOUT" "$@" >/dev/null 2>&1; } 2>&1 ) || status=$?
  # check exits 1 when it finds something; only a timeout (124) is a failure here.
  if [ "$status" -eq 124 ]; then echo timeout; return; fi
  awk -v t="$times" 'BEGIN { split(t, a, " "); printf "%.2f", a[1] + a[2] }'
}

declare -A NET
echo "== timing ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)); CPU seconds less the one-line file's"
printf '%-6s %-14s %8s %8s\n' command shape cpu-s net-s
for command in check fix; do
  if [ "$command" = check ]; then args=(check --format sarif --fail-on never); else args=(fix); fi
  base=$(cpu "${TFIX[@]}" "${args[@]}" "${GLOSSARY[@]}" "$WORK/data/tiny.txt")
  printf '%-6s %-14s %8s\n' "$command" tiny "$base"
  for shape in lines one-line lines-x4; do
    t=$(cpu "${TFIX[@]}" "${args[@]}" "${GLOSSARY[@]}" "$WORK/data/$shape.txt")
    if [ "$t" = timeout ]; then NET[$command/$shape]=timeout; else NET[$command/$shape]=$(awk -v t="$t" -v b="$base" 'BEGIN { n = t - b; printf "%.2f", n < 0.01 ? 0.01 : n }'); fi
    printf '%-6s %-14s %8s %8s\n' "$command" "$shape" "$t" "${NET[$command/$shape]}"
  done
done

# verdict NAME A B LIMIT: prints A/B and whether it is within LIMIT.
verdict() {
  if [ "$2" = timeout ] || [ "$3" = timeout ]; then printf '%-40s timeout (over %s s)   FAIL\n' "$1" "$TIMEOUT"; return; fi
  awk -v n="$1" -v a="$2" -v b="$3" -v l="$4" 'BEGIN { r = a / b; printf "%-40s %6.2fx (limit %.1fx)   %s\n", n, r, l, r <= l ? "ok" : "FAIL" }'
}
echo "== ratios"
for command in check fix; do
  verdict "$command: one line / lines ($MB MB)" "${NET[$command/one-line]}" "${NET[$command/lines]}" 3
  verdict "$command: $((4 * MB)) MB / $MB MB (lines)" "${NET[$command/lines-x4]}" "${NET[$command/lines]}" 4.5
done
