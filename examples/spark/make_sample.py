#!/usr/bin/env python3
"""Write N synthetic JSON Lines records of our own (MT-style errors among clean text) to stdout.

    make_sample.py N [--bad K]    # K lines (spread out) are deliberately broken
"""
import json
import sys

SENTENCES = [
    "Naixue's tea said its quarterly revenue rose 12 percent , helped by new stores..",
    "The company opened 40 shops in Shenzhen last month.",
    "Analysts said big models are changing how banks handle customer calls.",
    "Shares of the carmaker fell 3% on Tuesday after deliveries missed forecasts.",
    "The team won the match 2-1 after a late goal.",
    "The the board approved the plan on Monday.",
]


def main():
    n = int(sys.argv[1])
    bad = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--bad" else 0
    step = n // bad if bad else 0
    out = sys.stdout
    for i in range(n):
        if step and i % step == step // 2:
            out.write('{"id": %d, "text": "broken\n' % i)
            continue
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3))
        out.write(json.dumps({"id": i, "text": f"Story {i}. {text}"}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
