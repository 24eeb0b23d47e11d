"""
Cost per kilobyte of ``pressparse.parse`` on each page of a folder.

Times every ``*.txt`` page of DIR on one core in CPU time (best of
``--rounds`` runs of each page, the rounds over the whole folder
interleaved, so that on a machine shared with other jobs a page is not
charged for the time it waited), divides by the page's size in
kilobytes (UTF-8), and reports the folder's median cost per KB and the pages
that cost the most per KB against that median. Issue #13's target: no page
costs more than 4 times the median.

    python benchmarks/bench_per_kb.py DIR [--rounds 5] [--worst 10] [--json]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import sys
import time
from collections.abc import Sequence

import pressparse


def page_costs(pages: Sequence[str], rounds: int) -> list[float]:
    """
    The best of *rounds* timings of ``pressparse.parse`` on each page, in
    seconds of CPU time.
    """
    best = [float("inf")] * len(pages)
    for _ in range(rounds):
        for index, page in enumerate(pages):
            start = time.process_time()
            pressparse.parse(page)
            best[index] = min(best[index], time.process_time() - start)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    """
    Time the pages of a folder and print the worst costs per KB.
    """
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=pathlib.Path)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--worst", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    paths = sorted(args.corpus.glob("*.txt"))
    if not paths:
        sys.exit(f"no *.txt pages in {args.corpus}")
    pages = [path.read_text(encoding="utf-8") for path in paths]
    kbs = [max(len(page.encode("utf-8")), 1) / 1024 for page in pages]
    costs = page_costs(pages, args.rounds)
    per_kb = [cost / kb for cost, kb in zip(costs, kbs, strict=True)]
    median = statistics.median(per_kb)
    order = sorted(range(len(pages)), key=per_kb.__getitem__, reverse=True)
    worst = [
        {
            "page": paths[index].name,
            "kb": round(kbs[index], 1),
            "ms": round(costs[index] * 1e3, 2),
            "us_per_kb": round(per_kb[index] * 1e6, 1),
            "times_median": round(per_kb[index] / median, 2),
        }
        for index in order[: args.worst]
    ]
    result = {
        "pages": len(pages),
        "median_us_per_kb": round(median * 1e6, 1),
        "max_times_median": worst[0]["times_median"],
        "over_4x": sum(1 for cost in per_kb if cost > 4 * median),
        "worst": worst,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"{result['pages']} pages; median {result['median_us_per_kb']} us/KB; "
        f"worst {result['max_times_median']}x the median; "
        f"{result['over_4x']} pages over 4x"
    )
    print("| page | KB | ms | us/KB | x median |")
    print("|---|---|---|---|---|")
    for row in worst:
        print(
            f"| {row['page']} | {row['kb']} | {row['ms']} | {row['us_per_kb']} "
            f"| {row['times_median']} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
