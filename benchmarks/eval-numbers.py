#!/usr/bin/env python3
"""Score tfix's source-aware number check on a numbers key (the numbers-dev format).

    benchmarks/eval-numbers.py [--key DIR] [--texts DIR] [--tfix CMD] [-v]

The key DIR holds number-errors.tsv (system, line, kind, source_expr, target_expr, correct,
note) and number-ok.tsv (system, line, note); the texts DIR holds src.zh and sys-<system>.en,
line n of each output translating line n of src.zh. For each system the script writes one JSON
Lines file (one segment per source line, id = line number) to a temporary folder, runs
`tfix check FILE --format json` once, and counts a (system, line) pair as flagged when a
source-mismatch finding on numbers, units, dates or currencies (not `number.currency-style`)
names that segment.

It prints recall on the error pairs and the false-flag rate on the ok pairs, for the dev part
(line % 5 != 0) and the held-out part (line % 5 == 0) separately. Nothing of the key or the
texts is written anywhere but the temporary folder.
"""
import argparse
import collections
import csv
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_TFIX = "dotnet " + os.path.join(ROOT, "src/TranslationFix.Cli/bin/Release/net10.0/tfix.dll")
# The rules that say "the translation does not say what the source says" about a quantity.
COUNTED_RULES = re.compile(r"^(number|unit|date|currency)\.source-mismatch$")
SEGMENT = re.compile(r"\bsegment (\d+)\b")


def held_out(line):
    return line % 5 == 0


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read().split("\n")


def flagged_segments(tfix, src_lines, sys_lines, tmp, system):
    """{line: [messages]} for the counted findings of one system's output."""
    path = os.path.join(tmp, f"{system}.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for n, (s, t) in enumerate(zip(src_lines, sys_lines), start=1):
            if not s.strip():
                continue
            f.write(json.dumps({"id": str(n), "source": s, "target": t}, ensure_ascii=False) + "\n")
    run = subprocess.run(shlex.split(tfix) + ["check", path, "--format", "json", "--fail-on", "error"],
                         capture_output=True, text=True, encoding="utf-8")
    if run.returncode not in (0, 1):
        sys.exit(f"tfix failed ({run.returncode}) on {system}: {run.stderr.strip()}")
    flagged = collections.defaultdict(list)
    for file in json.loads(run.stdout)["files"]:
        for finding in file["findings"]:
            if not COUNTED_RULES.match(finding["ruleId"]):
                continue
            m = SEGMENT.search(finding["message"])
            # Without a segment name, the target text lays segments out one paragraph each.
            line = int(m.group(1)) if m else (finding["line"] + 1) // 2
            flagged[line].append(f'{finding["ruleId"]}: {finding["message"]}')
    return flagged


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--key", default="/work/shared/eval/numbers-dev", help="folder with number-errors.tsv and number-ok.tsv")
    ap.add_argument("--texts", default=os.path.join(ROOT, "eval-data/wmt22") if os.path.isdir(os.path.join(ROOT, "eval-data/wmt22"))
                    else "/work/eval-data/wmt22", help="folder with src.zh and sys-<system>.en")
    ap.add_argument("--tfix", default=DEFAULT_TFIX, help="command that runs tfix")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses (dev part only) and false flags (dev part only)")
    args = ap.parse_args()

    errors = read_tsv(os.path.join(args.key, "number-errors.tsv"))
    oks = read_tsv(os.path.join(args.key, "number-ok.tsv"))
    error_pairs = {(r["system"], int(r["line"])) for r in errors}
    ok_pairs = {(r["system"], int(r["line"])) for r in oks}
    systems = sorted({s for s, _ in error_pairs | ok_pairs})

    src = read_lines(os.path.join(args.texts, "src.zh"))
    flagged = {}
    with tempfile.TemporaryDirectory(prefix="tfix-eval-numbers-") as tmp:
        for system in systems:
            flagged[system] = flagged_segments(args.tfix, src, read_lines(os.path.join(args.texts, f"sys-{system}.en")), tmp, system)

    def hit(pair):
        return pair[1] in flagged[pair[0]]

    print(f"{'part':<9} {'recall (error lines flagged)':<32} {'false flags (ok lines flagged)'}")
    for name, keep in (("dev", lambda p: not held_out(p[1])), ("held-out", lambda p: held_out(p[1])), ("all", lambda p: True)):
        e = [p for p in error_pairs if keep(p)]
        o = [p for p in ok_pairs if keep(p)]
        he, ho = sum(map(hit, e)), sum(map(hit, o))
        print(f"{name:<9} {he:>4}/{len(e):<4} {100 * he / max(len(e), 1):5.1f}%{'':<17} {ho:>4}/{len(o):<4} {100 * ho / max(len(o), 1):5.1f}%")

    if args.verbose:
        kinds = collections.defaultdict(list)
        for r in errors:
            kinds[(r["system"], int(r["line"]))].append(f'{r["kind"]}: {r["source_expr"]} -> {r["target_expr"]!r} ({r["correct"]})')
        print("\nmissed (dev):")
        for p in sorted(error_pairs, key=lambda p: (p[1], p[0])):
            if not held_out(p[1]) and not hit(p):
                print(f"  {p[0]} {p[1]}: " + "; ".join(kinds[p]))
        print("\nfalse flags (dev):")
        for p in sorted(ok_pairs, key=lambda p: (p[1], p[0])):
            if not held_out(p[1]) and hit(p):
                for msg in flagged[p[0]][p[1]]:
                    print(f"  {p[0]} {p[1]}: {msg}")


if __name__ == "__main__":
    main()
