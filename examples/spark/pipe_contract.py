#!/usr/bin/env python3
"""Check tfix stream against the line protocol of PySpark's RDD.pipe, without Spark.

    pipe_contract.py --tfix PATH INPUT.jsonl [--partitions N]

RDD.pipe runs one child per partition (shlex.split(command), env replaced by the given dict),
writes each element + "\\n" from a thread, closes stdin, and yields each stdout line with its
"\\n" stripped. This script does exactly that for N contiguous partitions of the input (two at a
time), then checks the contract a Spark job relies on: one output line per input line, in order,
each a JSON object with the input's id; a broken input line gets {"error"} and the rest goes on.
"""
import argparse
import json
import shlex
import sys
from concurrent.futures import ThreadPoolExecutor
from subprocess import PIPE, Popen
from threading import Thread

ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8", "DOTNET_NOLOGO": "1"}


def pipe(command, elements):
    child = Popen(shlex.split(command), env=ENV, stdin=PIPE, stdout=PIPE)

    def feed(out):
        for obj in elements:
            out.write((str(obj).rstrip("\n") + "\n").encode("utf-8"))
        out.close()

    Thread(target=feed, args=[child.stdin]).start()
    lines = [x.rstrip(b"\n").decode("utf-8") for x in iter(child.stdout.readline, b"")]
    child.wait()
    return lines, child.returncode


def input_id(line):
    try:
        record = json.loads(line)
        return record.get("id") if isinstance(record, dict) else None
    except ValueError:
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tfix", required=True)
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("input")
    a = ap.parse_args()
    with open(a.input, encoding="utf-8") as f:
        lines = f.read().splitlines()
    size = -(-len(lines) // a.partitions)
    parts = [lines[i:i + size] for i in range(0, len(lines), size)]
    command = f"{shlex.quote(a.tfix)} stream --jobs 1"
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda p: pipe(command, p), parts))

    problems, seen, errors, changed = [], {}, 0, 0
    for index, (part, (out, code)) in enumerate(zip(parts, results)):
        if len(out) != len(part):
            problems.append(f"partition {index}: {len(part)} lines in, {len(out)} out")
            continue
        for line_in, line_out in zip(part, out):
            record = json.loads(line_out)
            want = input_id(line_in)
            # A broken line may still give its id (read before the damage); a good one must.
            if record.get("id") != want and not ("error" in record and want is None):
                problems.append(f"partition {index}: id {want!r} answered as {record.get('id')!r}")
            if "error" in record:
                errors += 1
            else:
                changed += record["changed"]
                if want is not None:
                    seen[json.dumps(want)] = seen.get(json.dumps(want), 0) + 1
        if code not in (0, 2):
            problems.append(f"partition {index}: exit code {code}")
    twice = [k for k, n in seen.items() if n > 1]
    if twice:
        problems.append(f"{len(twice)} ids answered more than once, e.g. {twice[0]}")
    print(f"pipe contract: {len(lines)} records in {len(parts)} partitions, {sum(len(o) for o, _ in results)} answered, "
          f"{changed} changed, {errors} errors", file=sys.stderr)
    for p in problems[:20]:
        print("  PROBLEM", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
