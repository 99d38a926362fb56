#!/usr/bin/env bash
# Tests the Spark example from a clean clone:
#   1. the mapper contract: tfix stream behind RDD.pipe's exact line protocol (no Spark needed);
#   2. the real job: 10,000 records through run.sh (Spark local mode) come back cleaned, once each.
# Step 2 needs pyspark; when it is missing and cannot be installed, this says so and exits 1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
rid="${TFIX_RID:-linux-x64}"
export TFIX_PUBLISH_DIR="${TFIX_PUBLISH_DIR:-$here/build/tfix-$rid}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -x "$TFIX_PUBLISH_DIR/tfix" ]; then
  echo "test.sh: publishing tfix for $rid" >&2
  dotnet publish "$repo/src/TranslationFix.Cli" -c Release -r "$rid" --self-contained true -o "$TFIX_PUBLISH_DIR" -v q -nologo >&2
fi

records=10000 bad=3
python3 "$here/make_sample.py" "$records" --bad "$bad" > "$work/in.jsonl"

echo "== 1. mapper contract (RDD.pipe protocol, 4 partitions)" >&2
python3 "$here/pipe_contract.py" --tfix "$TFIX_PUBLISH_DIR/tfix" --partitions 4 "$work/in.jsonl"

echo "== 2. Spark local mode" >&2
if ! python3 -c "import pyspark" 2>/dev/null; then
  echo "test.sh: pyspark is not installed; trying pip install pyspark" >&2
  if ! python3 -m pip install --quiet pyspark >&2; then
    echo "test.sh: FAILED to install pyspark (is PyPI reachable?): the Spark job was NOT run; only the mapper contract was tested" >&2
    exit 1
  fi
fi
"$here/run.sh" "$work/in.jsonl" "$work/out" --partitions 4
"$TFIX_PUBLISH_DIR/tfix" stream < "$work/in.jsonl" > "$work/direct.jsonl" || true   # the answers without Spark

python3 - "$work/out" "$records" "$bad" "$work/direct.jsonl" <<'PY'
import collections, glob, json, sys
out, records, bad, direct = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
lines = [l for f in sorted(glob.glob(out + "/part-*")) for l in open(f, encoding="utf-8").read().splitlines()]
rows = [json.loads(l) for l in lines]
ok = [r for r in rows if "error" not in r]
ids = [r["id"] for r in ok]
problems = []
if len(rows) != records: problems.append(f"{len(rows)} output lines for {records} records")
if len(set(ids)) != len(ids): problems.append("a record came back twice")
if len(rows) - len(ok) != bad: problems.append(f"{len(rows) - len(ok)} errors, expected {bad}")
if any("Naixue's tea" in r["text"] for r in ok): problems.append("a record came back uncleaned")
# Error lines name the line inside each partition, so compare the cleaned records only.
cleaned = lambda ls: collections.Counter(l for l in ls if "error" not in json.loads(l))
if cleaned(lines) != cleaned(open(direct, encoding="utf-8").read().splitlines()):
    problems.append("Spark's answers differ from tfix stream's on the same input")
print(f"spark: {len(rows)} lines, {len(ok)} cleaned, {len(rows) - len(ok)} errors", file=sys.stderr)
for p in problems: print("  PROBLEM", p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
echo "test.sh: ok" >&2
