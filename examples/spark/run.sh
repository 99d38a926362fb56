#!/usr/bin/env bash
# Clean a JSON Lines file with tfix inside Spark (local mode, the same job a cluster runs).
#   examples/spark/run.sh INPUT.jsonl OUTPUT_DIR [options of clean_jsonl.py, e.g. --tfix-args "--pair zh-en"]
# Needs: the .NET SDK (to publish tfix once), Java 17+, and pyspark (pip install pyspark).
# Environment: TFIX_RID (default linux-x64), TFIX_PUBLISH_DIR (an existing publish to reuse),
# SPARK_MASTER (default local[*]).
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 INPUT.jsonl OUTPUT_DIR [clean_jsonl.py options]" >&2
  exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
input="$1"; output="$2"; shift 2

# 1. A self-contained tfix: no .NET needed where it runs (the executors).
rid="${TFIX_RID:-linux-x64}"
tfix_dir="${TFIX_PUBLISH_DIR:-$here/build/tfix-$rid}"
if [ ! -x "$tfix_dir/tfix" ]; then
  echo "run.sh: publishing tfix for $rid to $tfix_dir" >&2
  dotnet publish "$repo/src/TranslationFix.Cli" -c Release -r "$rid" --self-contained true -o "$tfix_dir" -v q -nologo >&2
fi

# 2. Java: Debian's OpenJDK 17 when JAVA_HOME is not set.
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/java-17-openjdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
fi

# 3. spark-submit (pip's pyspark puts it on PATH).
submit="${SPARK_SUBMIT:-spark-submit}"
if ! command -v "$submit" >/dev/null 2>&1; then
  echo "run.sh: spark-submit not found: pip install pyspark (or set SPARK_SUBMIT)" >&2
  exit 2
fi
# Local mode: executors run on this machine, so they find the binary at its absolute path.
# On a cluster, ship it with --archives and keep the default --tfix ./tfix/tfix (README.md).
exec "$submit" --master "${SPARK_MASTER:-local[*]}" "$here/clean_jsonl.py" \
  --tfix "$tfix_dir/tfix" "$@" "$(realpath "$input")" "$output"
