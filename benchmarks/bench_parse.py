"""
Pages per second of ``pressparse.parse`` on seed-sized crawled-text pages.

Runs on one core, beside a floor measured in the same run over the same
pages: ``str.splitlines()`` plus one compiled regex match per line. Pages
are built from the project's own sample (examples/sample-release.txt)
padded with menu items to about 5.5 KB, the size of the OSCE seed pages;
with ``--corpus DIR`` the ``*.txt`` pages of DIR are used instead (for
instance ../shared/corpus/seeds).

    python benchmarks/bench_parse.py [--corpus DIR] [--seconds 3] [--json]

Also reports the share of parse() time spent in the dateline parsers,
timed around each call, and which build it measured (``build``: pure
Python, the one wheel pressparse ships, installed or from a source tree).
"""

from __future__ import annotations

import argparse
import datetime
import json
import pathlib
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence

import pressparse

HERE = pathlib.Path(__file__).resolve().parent
SAMPLE = HERE.parent / "examples" / "sample-release.txt"
_LINE = re.compile(r"^\s*(?:[-*•·]\s+)?(\w[^:]{0,40}:)?")


def _own_pages() -> list[str]:
    base = SAMPLE.read_text(encoding="utf-8")
    menu = "".join(f"- Menu entry number {i} of the site\n" for i in range(120))
    page = menu + base
    return [
        page.replace("NAIROBI", city) for city in ("NAIROBI", "ACCRA", "LIMA", "HANOI", "OSLO")
    ]


def _pages(corpus: pathlib.Path | None) -> list[str]:
    if corpus is None:
        return _own_pages()
    pages = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    if not pages:
        sys.exit(f"no *.txt pages in {corpus}")
    return pages


class _TimedDatelines:
    """
    Wraps the dateline parsers and adds up the time spent in them.
    """

    def __init__(self, parsers: Sequence[pressparse.plugins.DatelineParser]) -> None:
        self.parsers = parsers
        self.seconds = 0.0

    def parse(
        self, text: str, /, *, reference_date: datetime.date | None = None
    ) -> pressparse.Dateline | None:
        start = time.perf_counter()
        try:
            for parser in self.parsers:
                found = parser.parse(text, reference_date=reference_date)
                if found is not None:
                    return found
            return None
        finally:
            self.seconds += time.perf_counter() - start


def _build() -> str:
    """
    Which build of pressparse is measured, for the report: ``"pure Python"``
    (the one wheel there is, ``py3-none-any``), its version, and whether it
    is an installed wheel or a source tree (``src/`` or an editable
    install). Extension modules, should someone have compiled a build of
    their own, are counted and named in the report.
    """
    package = pathlib.Path(pressparse.__file__ or "").resolve().parent
    binaries = [p for p in package.rglob("*") if p.suffix in (".so", ".pyd")]
    build = f"compiled ({len(binaries)} extension modules)" if binaries else "pure Python"
    where = "installed wheel" if "site-packages" in package.parts else "source tree"
    return f"{build}, {where}, pressparse {pressparse.__version__}"


def _floor(page: str) -> int:
    hits = 0
    for line in page.splitlines():
        if _LINE.match(line):
            hits += 1
    return hits


#: Rounds each function runs; the best round counts.
ROUNDS = 10


def _round(func: Callable[[str], object], pages: Sequence[str], seconds: float) -> float:
    """
    Pages per second of *func* over *pages*, for about *seconds*.
    """
    done = 0
    start = time.perf_counter()
    deadline = start + seconds
    while True:
        for page in pages:
            func(page)
        done += len(pages)
        now = time.perf_counter()
        if now >= deadline:
            return done / (now - start)


def _rates(
    funcs: Sequence[Callable[[str], object]], pages: Sequence[str], seconds: float
) -> list[float]:
    """
    Best-of-`ROUNDS` pages per second of each function, the rounds of the
    functions interleaved so that a machine shared with other jobs slows
    them alike and their ratio holds.
    """
    for func in funcs:  # warm up caches and lazy imports
        for page in pages:
            func(page)
    best = [0.0] * len(funcs)
    for _ in range(ROUNDS):
        for index, func in enumerate(funcs):
            best[index] = max(best[index], _round(func, pages, seconds / ROUNDS))
    return best


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=pathlib.Path, default=None)
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    pages = _pages(args.corpus)
    size = statistics.mean(len(p.encode("utf-8")) for p in pages)
    timed = _TimedDatelines(pressparse.Parser().datelines)
    with_timing = pressparse.Parser(datelines=[timed])
    results: dict[str, object] = {
        "pages": len(pages),
        "mean_bytes": round(size),
        "python": platform.python_version(),
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "build": _build(),
    }
    floor, parse = _rates([_floor, pressparse.parse], pages, args.seconds)
    results["floor_pages_per_s"] = round(floor)
    results["parse_pages_per_s"] = round(parse)
    results["slowdown_vs_floor"] = round(floor / parse, 2)
    # The share of parse() spent inside the dateline parsers, timed around
    # each call on the same pages (a Parser without dateline parsers is no
    # fair comparison: it falls back to costlier searches for a date).
    start = time.perf_counter()
    rounds = 0
    while time.perf_counter() - start < args.seconds:
        for page in pages:
            with_timing.parse(page)
        rounds += 1
    total = time.perf_counter() - start
    results["dateline_share_percent"] = round(100 * timed.seconds / total, 1)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(
        f"{results['pages']} pages of {results['mean_bytes']} bytes on average, "
        f"Python {results['python']}, one core; build: {results['build']}"
    )
    print("| what | pages/s |")
    print("|---|---|")
    print(f"| floor: splitlines + one regex match per line | {results['floor_pages_per_s']:,} |")
    print(f"| pressparse.parse | {results['parse_pages_per_s']:,} |")
    print(
        f"slowdown vs floor: {results['slowdown_vs_floor']}x; "
        f"dateline parsing is {results['dateline_share_percent']}% of parse() time"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
