#!/usr/bin/env python3
"""Clean a JSON Lines feed with `tfix stream` as the mapper of Spark's RDD.pipe.

    spark-submit [--master ...] [--archives tfix-linux-x64.tar.gz#tfix] clean_jsonl.py \
        [--tfix ./tfix/tfix] [--tfix-args "--pair zh-en"] [--partitions N] INPUT OUTPUT_DIR

Each input line is one record {"id", "text", "source"?, "from"?}; each output line is tfix's answer
for it ({"id", "text", "changed", "findings"} or {"id", "error"}), in the order of the input
inside each partition (part-NNNNN files). The same code runs in local mode and on a cluster;
only --tfix (where the executors find the binary) differs. See README.md.
"""
import argparse
import json
import os
import shlex
import sys

from pyspark.sql import SparkSession


def pipe_environment(extra):
    # RDD.pipe REPLACES the child's environment with this dict (an empty dict means an empty
    # environment), so give tfix what a .NET program needs, plus what the user asks for.
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": "/tmp",
        "LANG": "C.UTF-8",
        "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
        "DOTNET_NOLOGO": "1",
    }
    # Executors without libicu: run .NET without ICU (set it on the driver, it is passed along).
    for name in ("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "DOTNET_GCHeapHardLimit"):
        if name in os.environ:
            env[name] = os.environ[name]
    for item in extra:
        key, _, value = item.partition("=")
        env[key] = value
    return env


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", help="JSON Lines file or folder (any Hadoop path: file://, hdfs://, s3a://)")
    ap.add_argument("output", help="output folder (must not exist)")
    ap.add_argument("--tfix", default="./tfix/tfix",
                    help="the tfix binary as the executors see it (default ./tfix/tfix: the --archives alias 'tfix')")
    ap.add_argument("--tfix-args", default="", help='extra options for tfix stream, e.g. "--pair zh-en -g house.yaml"')
    ap.add_argument("--partitions", type=int, default=0, help="minimum number of input partitions")
    ap.add_argument("--env", action="append", default=[], metavar="KEY=VALUE", help="environment for tfix (repeatable)")
    a = ap.parse_args()

    spark = SparkSession.builder.appName("tfix-stream").getOrCreate()
    sc = spark.sparkContext
    lines = sc.textFile(a.input, minPartitions=a.partitions) if a.partitions else sc.textFile(a.input)

    # One tfix process per partition; Spark runs one task per core, so one worker thread each.
    command = " ".join(shlex.quote(part) for part in [a.tfix, "stream", "--jobs", "1"] + shlex.split(a.tfix_args))
    cleaned = lines.pipe(command, env=pipe_environment(a.env), checkCode=False)

    total, changed, failed = sc.accumulator(0), sc.accumulator(0), sc.accumulator(0)

    def tally(line):
        total.add(1)
        record = json.loads(line)
        if "error" in record:
            failed.add(1)
        elif record.get("changed"):
            changed.add(1)
        return line

    cleaned.map(tally).saveAsTextFile(a.output)
    print(f"tfix-stream: {total.value} records, {changed.value} changed, {failed.value} failed -> {a.output}", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
