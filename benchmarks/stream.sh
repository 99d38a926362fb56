#!/usr/bin/env bash
# Whole-process benchmark of `tfix stream`: N records (default 100,000) through one process,
# checked for the streaming contract, and timed against `tfix rewrite` on the same texts.
#
#   benchmarks/stream.sh                 # 100,000 records, --jobs = cores
#   RECORDS=20000 JOBS=2 benchmarks/stream.sh
#
# Checks: one output line per record, ids in input order, the one broken record reported as
# {"error"} without stopping the stream (exit code 2), peak RSS (/usr/bin/time -v) under 400 MB.
# Throughput: records/s and input MB/s of stream, and of rewrite over the same texts written one
# file per record (what a corpus of short articles looks like); the ratio is stream/rewrite in
# this one run. Wall time depends on what else the machine runs; CPU time (user+sys) is shown too.
set -euo pipefail

RECORDS=${RECORDS:-100000}
JOBS=${JOBS:-$(nproc)}
RSS_LIMIT_MB=${RSS_LIMIT_MB:-400}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tfix-stream.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
[ -x /usr/bin/time ] || { echo "stream.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

echo "== building (Release)"
dotnet build "$ROOT/src/TranslationFix.Cli" -c Release -v q -nologo -o "$WORK/tfix" >/dev/null
TFIX=(dotnet "$WORK/tfix/tfix.dll")

echo "== $RECORDS records (1 broken on purpose)"
python3 "$ROOT/examples/spark/make_sample.py" "$RECORDS" --bad 1 > "$WORK/in.jsonl"
# The same texts as files, for rewrite (the broken record has no text: it is left out).
python3 - "$WORK/in.jsonl" "$WORK/files" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
for n, line in enumerate(open(src, encoding="utf-8")):
    try:
        record = json.loads(line)
    except ValueError:
        continue
    folder = os.path.join(out, f"{n // 1000:04d}")      # 1,000 files a folder
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"{n}.txt"), "w", encoding="utf-8") as f:
        f.write(record["text"])
PY
MB=$(python3 -c "import os; print(round(os.path.getsize('$WORK/in.jsonl') / 1e6, 1))")

# seconds, user+sys seconds, peak RSS in MB from /usr/bin/time -v output
measure() {
  python3 - "$1" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
def field(name):
    return re.search(re.escape(name) + r":\s*(.+)", t).group(1).strip()
parts = [float(p) for p in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
print(f"{wall:.2f} {cpu:.2f} {int(field('Maximum resident set size (kbytes)')) / 1024:.0f}")
PY
}

echo "== tfix stream --jobs $JOBS"
set +e
/usr/bin/time -v -o "$WORK/stream.time" "${TFIX[@]}" stream --jobs "$JOBS" < "$WORK/in.jsonl" > "$WORK/out.jsonl" 2> "$WORK/stream.err"
STREAM_EXIT=$?
set -e
read -r S_WALL S_CPU S_RSS < <(measure "$WORK/stream.time")

echo "== tfix rewrite --jobs $JOBS (same texts, one file per record)"
/usr/bin/time -v -o "$WORK/rewrite.time" "${TFIX[@]}" rewrite "$WORK/files" --out-dir "$WORK/cleaned" --jobs "$JOBS" > /dev/null 2>&1
read -r R_WALL R_CPU R_RSS < <(measure "$WORK/rewrite.time")

python3 - "$WORK/in.jsonl" "$WORK/out.jsonl" "$STREAM_EXIT" "$RECORDS" "$MB" \
  "$S_WALL" "$S_CPU" "$S_RSS" "$R_WALL" "$R_CPU" "$R_RSS" "$RSS_LIMIT_MB" <<'PY'
import json, sys
src, out, code, n, mb = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
s_wall, s_cpu, s_rss, r_wall, r_cpu, r_rss = map(float, sys.argv[6:12])
limit = float(sys.argv[12])
inputs = open(src, encoding="utf-8").read().splitlines()
outputs = [json.loads(l) for l in open(out, encoding="utf-8").read().splitlines()]
problems = []
if len(outputs) != len(inputs):
    problems.append(f"{len(outputs)} output lines for {len(inputs)} records")
errors = [o for o in outputs if "error" in o]
in_order = all(o.get("id") == i for i, o in enumerate(outputs))
if not in_order: problems.append("output ids are not in input order")
if len(errors) != 1: problems.append(f"{len(errors)} error lines, expected 1")
if code != 2: problems.append(f"exit code {code}, expected 2 (a record failed)")
if s_rss >= limit: problems.append(f"peak RSS {s_rss:.0f} MB, limit {limit:.0f} MB")
print(f"records           {n} ({mb} MB of JSON Lines)")
print(f"contract          {len(outputs)} lines out, order kept: {in_order}, errors reported: {len(errors)} ({errors[0]['error'] if errors else '-'}), exit {code}")
print(f"stream            {s_wall:7.2f} s wall  {s_cpu:7.2f} s cpu  {n / s_wall:9.0f} records/s  {mb / s_wall:6.2f} MB/s  peak RSS {s_rss:.0f} MB")
print(f"rewrite           {r_wall:7.2f} s wall  {r_cpu:7.2f} s cpu  {(n - 1) / r_wall:9.0f} records/s  peak RSS {r_rss:.0f} MB")
print(f"stream / rewrite  {r_wall / s_wall:.2f}x throughput (wall), {r_cpu / s_cpu:.2f}x (cpu)")
for p in problems: print("PROBLEM", p)
sys.exit(1 if problems else 0)
PY
