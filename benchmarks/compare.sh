#!/usr/bin/env bash
# Whole-process benchmark: tfix rewrite against textlint + textlint-rule-prh on the same corpus
# and the same glossary (converted to a prh dictionary), and GNU grep -F -o finding the same
# variants (a floor: it only finds, never checks bounds, case or context). Runs from a clean clone:
# builds tfix, generates the data, installs textlint from npm into a temporary folder, times all,
# prints MB/s, all in this one run.
#
#   benchmarks/compare.sh                        # 50 MB for tfix, 20 files for textlint, 10k entries
#   MB=10 TEXTLINT_FILES=20 JOBS=2 benchmarks/compare.sh
#
# textlint is hundreds of times slower, so it gets the first TEXTLINT_FILES files of the corpus,
# and tfix is timed on that share too; MB/s compare because the files are alike. Wall time includes process start
# and glossary loading for both tools; CPU time (user+sys) is shown too because on a shared machine
# wall time depends on what else runs.
set -euo pipefail

MB=${MB:-50}
TEXTLINT_FILES=${TEXTLINT_FILES:-20}
ENTRIES=${ENTRIES:-10000}
JOBS=${JOBS:-$(nproc)}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tfix-compare.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

need() { command -v "$1" >/dev/null || { echo "compare.sh: needs $1 on PATH" >&2; exit 2; }; }
need dotnet; need npm; need node; need grep

echo "== building (Release)"
dotnet build "$ROOT/src/TranslationFix.Cli" -c Release -v q -nologo -o "$WORK/tfix" >/dev/null
dotnet build "$ROOT/benchmarks/TranslationFix.Benchmarks" -c Release -v q -nologo -o "$WORK/bench" >/dev/null

echo "== generating $MB MB of articles and a $ENTRIES-entry glossary"
dotnet "$WORK/bench/TranslationFix.Benchmarks.dll" generate "$WORK/data" "$MB" "$ENTRIES"

echo "== installing textlint + textlint-rule-prh from npm into $WORK/textlint"
mkdir -p "$WORK/textlint"
(cd "$WORK/textlint" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error textlint@15 textlint-rule-prh@6 >/dev/null)
printf '{"rules":{"prh":{"rulePaths":["%s"]}}}\n' "$WORK/data/prh.yml" > "$WORK/textlint/.textlintrc.json"

# The textlint share: the first TEXTLINT_FILES files of the corpus.
mkdir -p "$WORK/textlint-corpus"
while IFS= read -r f; do
  rel=${f#"$WORK/data/corpus/"}; mkdir -p "$WORK/textlint-corpus/$(dirname "$rel")"
  cp "$f" "$WORK/textlint-corpus/$rel"
done < <(find "$WORK/data/corpus" -name '*.txt' | sort | head -n "$TEXTLINT_FILES")
# grep's patterns: every variant of the glossary, one a line (the prh dictionary's patterns).
sed -n 's/^      - "\(.*\)"$/\1/p' "$WORK/data/prh.yml" | sed 's/\\"/"/g; s/\\\\/\\/g' > "$WORK/data/variants.txt"
cp -r "$WORK/textlint-corpus" "$WORK/textlint-corpus-tfix"

# run NAME BYTES CMD...: times CMD (bash's own `time`: wall, user, sys) and prints MB/s.
declare -A WALL_RATE CPU_RATE
TIMEFORMAT='%R %U %S'
run() {
  local name=$1 bytes=$2; shift 2
  local times
  times=$( { time "$@" >"$WORK/log" 2>&1; } 2>&1 ) || true
  read -r wall user sys <<<"$times"
  WALL_RATE[$name]=$(awk -v b="$bytes" -v t="$wall" 'BEGIN { printf "%.3f", b / 1e6 / t }')
  CPU_RATE[$name]=$(awk -v b="$bytes" -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", b / 1e6 / (u + s) }')
  awk -v n="$name" -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v wr="${WALL_RATE[$name]}" -v cr="${CPU_RATE[$name]}" \
    'BEGIN { printf "%-24s %7.1f MB   wall %7.2f s %9.3f MB/s   cpu %7.2f s %9.3f MB per cpu-second\n", n, b / 1e6, w, wr, u + s, cr }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

TFIX=("dotnet" "$WORK/tfix/tfix.dll" rewrite -g "$WORK/data/glossary.yaml" --no-builtin-glossaries)
# prh only substitutes glossary terms: the like-for-like run switches the other check families off.
GLOSSARY_ONLY=(--disable punct --disable case --disable boilerplate --disable markdown --disable sentence --disable number --disable unit)
corpus_bytes=$(du -sb "$WORK/data/corpus" | cut -f1)
tl_bytes=$(du -sb "$WORK/textlint-corpus" | cut -f1)

echo "== timing ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg))"
run "tfix --jobs 1"        "$corpus_bytes" "${TFIX[@]}" "$WORK/data/corpus" --out-dir "$WORK/out-1" --jobs 1
run "tfix --jobs $JOBS"    "$corpus_bytes" "${TFIX[@]}" "$WORK/data/corpus" --out-dir "$WORK/out-n" --jobs "$JOBS"
run "tfix glossary only"   "$corpus_bytes" "${TFIX[@]}" "${GLOSSARY_ONLY[@]}" "$WORK/data/corpus" --out-dir "$WORK/out-g" --jobs 1
run "tfix (textlint share)" "$tl_bytes"    "${TFIX[@]}" "${GLOSSARY_ONLY[@]}" "$WORK/textlint-corpus-tfix" --in-place --jobs 1
run "textlint --fix"       "$tl_bytes"     bash -c "cd '$WORK/textlint' && ./node_modules/.bin/textlint --fix '$WORK/textlint-corpus'"
run "grep -F -o"           "$corpus_bytes" bash -c "LC_ALL=C grep -r -F -o -f '$WORK/data/variants.txt' '$WORK/data/corpus' > '$WORK/grep-hits'"
echo "grep -F -o: $(wc -l < "$WORK/grep-hits") variant occurrences ($(wc -l < "$WORK/data/variants.txt") patterns)"

cmp -s <(cd "$WORK/out-1" && find . -type f | sort | xargs cat) <(cd "$WORK/out-n" && find . -type f | sort | xargs cat) \
  && echo "outputs of --jobs 1 and --jobs $JOBS: identical" || echo "outputs of --jobs 1 and --jobs $JOBS: DIFFER"
differ=$(diff -rq "$WORK/textlint-corpus" "$WORK/textlint-corpus-tfix" | wc -l || true)
echo "files where textlint's and tfix's fixes differ: $differ (of $(find "$WORK/textlint-corpus" -type f | wc -l))"
echo "speed-up of tfix --jobs $JOBS over --jobs 1 (wall): $(ratio "${WALL_RATE["tfix --jobs $JOBS"]}" "${WALL_RATE["tfix --jobs 1"]}")x"
echo "tfix / textlint on the same files, one process each: $(ratio "${WALL_RATE["tfix (textlint share)"]}" "${WALL_RATE["textlint --fix"]}")x by wall time, $(ratio "${CPU_RATE["tfix (textlint share)"]}" "${CPU_RATE["textlint --fix"]}")x by CPU time"
echo "tfix --jobs 1 on the whole corpus / textlint: $(ratio "${CPU_RATE["tfix --jobs 1"]}" "${CPU_RATE["textlint --fix"]}")x by CPU time"
echo "tfix --jobs 1 / grep -F -o, MB per CPU-second: $(awk -v a="${CPU_RATE["tfix --jobs 1"]}" -v b="${CPU_RATE["grep -F -o"]}" 'BEGIN { printf "%.3f", a / b }')x (target >= 0.1x)"
