"""
Pages per second of `pressparse.parse_many` with 1 and N workers, and peak
memory, on real crawled text and on a generated folder of many pages.

    python benchmarks/bench_batch.py [--pages 2000] [--workers 2] [--repeat 3]
                                     [--generated 100000] [--shared ../shared]

*Real pages*: the first ``--pages`` pages of the shared corpus's crawled
text (the Australian ministerial releases' texts, then the crawltext
folders), read into memory once, parsed with one worker and with
``--workers`` workers, ``--repeat`` times each (alternating); the script
prints every run, the median pages per second of each, the median
speed-up, and checks that every run gave the same releases.

*Generated folder* (``--generated N``, 0 to skip): N small pages written to
a temporary folder, then walked, read and parsed as the command line does
(streamed: ``os.scandir``, never a list of the folder), with one worker and
with N workers; the peak resident memory of the parent and of the largest
worker is printed beside the rate, and should not grow with N.

Run it on an otherwise idle machine: other processes on the same cores
lower the speed-up.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator

import pressparse
from pressparse.cli import walk

_ROOT = pathlib.Path(__file__).resolve().parents[1]


def _real_pages(shared: pathlib.Path, limit: int) -> list[bytes]:
    corpus = shared / "corpus"
    folders = [
        corpus / "trove-parliament-pressreleases" / "texts",
        corpus / "crawltext" / "html2text",
        corpus / "crawltext" / "inscriptis",
        corpus / "crawltext" / "lynx",
    ]
    pages: list[bytes] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            data = path.read_bytes()
            if data.startswith(b"---\n"):  # YAML front matter holding the gold: not the page
                end = data.find(b"\n---\n", 4)
                data = data[end + 5 :] if end >= 0 else data
            pages.append(data)
            if len(pages) >= limit:
                return pages
    return pages


def _cpu() -> tuple[float, float]:
    """
    CPU seconds used so far by this process and by its finished children.
    """
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _rate(pages: list[bytes], workers: int) -> tuple[float, float, list[dict[str, object]]]:
    """
    Pages per second, CPU seconds per page (parent and workers together)
    and the results of one run.
    """
    own, children = _cpu()
    start = time.perf_counter()
    results = [r.to_dict() for r in pressparse.parse_many(pages, workers=workers)]
    seconds = time.perf_counter() - start
    own_after, children_after = _cpu()
    cpu = own_after - own + children_after - children
    return len(pages) / seconds, cpu / len(pages), results


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def bench_real(shared: pathlib.Path, count: int, workers: int, repeat: int) -> None:
    """
    Print pages per second with 1 and *workers* workers on real pages.
    """
    pages = _real_pages(shared, count)
    if not pages:
        print(f"no crawled text under {shared}/corpus: skipped")
        return
    size = sum(map(len, pages)) / 1e6
    print(f"real pages: {len(pages)} pages, {size:.1f} MB of crawled text")
    ones: list[float] = []
    manys: list[float] = []
    cpu_ones: list[float] = []
    cpu_manys: list[float] = []
    reference: list[dict[str, object]] | None = None
    for run in range(repeat):
        one, cpu_one, got_one = _rate(pages, 1)
        many, cpu_many, got_many = _rate(pages, workers)
        reference = reference or got_one
        same = got_one == reference and got_many == reference
        ones.append(one)
        manys.append(many)
        cpu_ones.append(cpu_one)
        cpu_manys.append(cpu_many)
        print(
            f"  run {run + 1}: 1 worker {one:7.0f} pages/s, {workers} workers {many:7.0f} pages/s,"
            f" x{many / one:.2f}; CPU ms per page {cpu_one * 1e3:.2f} and {cpu_many * 1e3:.2f};"
            f" identical results: {same}",
            flush=True,
        )
        if not same:
            sys.exit("results differ between runs or worker counts")
    print(
        f"  median: 1 worker {statistics.median(ones):.0f} pages/s, {workers} workers"
        f" {statistics.median(manys):.0f} pages/s, speed-up"
        f" x{statistics.median(m / o for m, o in zip(manys, ones, strict=True)):.2f};"
        f" CPU per page with {workers} workers (parent and workers) is"
        f" x{statistics.median(cpu_manys) / statistics.median(cpu_ones):.2f} that of one"
    )
    print(
        "  (the speed-up is at most the number of idle cores: other processes on"
        " the machine lower it; the CPU ratio is the cost of the workers themselves)"
    )


_PAGE = (
    "Press release\n"
    "Harbour board {n} backs the new ferry terminal\n"
    "GENEVA, 3 March 2025 - The harbour board voted on Tuesday to back the plans for a new"
    " ferry terminal on the eastern quay, page {n}.\n"
    "Building work is expected to begin next spring and to take two years.\n"
)


def _generate(folder: pathlib.Path, count: int) -> None:
    per_folder = 1000
    for n in range(count):
        sub = folder / f"{n // per_folder:04}"
        if n % per_folder == 0:
            sub.mkdir()
        (sub / f"{n:07}.txt").write_text(_PAGE.format(n=n), encoding="utf-8")


def _read(folder: pathlib.Path) -> Iterator[bytes]:
    for path in walk(folder):
        yield path.read_bytes()


def bench_generated(count: int, workers: int) -> None:
    """
    Print the rate and peak memory of walking, reading and parsing a
    generated folder of *count* pages.
    """
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        start = time.perf_counter()
        _generate(folder, count)
        print(f"generated folder: {count} pages written in {time.perf_counter() - start:.1f} s")
        for n in (1, workers):
            start = time.perf_counter()
            parsed = sum(1 for _ in pressparse.parse_many(_read(folder), workers=n))
            seconds = time.perf_counter() - start
            print(
                f"  {n} worker(s): {parsed / seconds:7.0f} pages/s; peak RSS so far: parent"
                f" {_peak_mb(resource.RUSAGE_SELF):.0f} MB, largest worker"
                f" {_peak_mb(resource.RUSAGE_CHILDREN):.0f} MB",
                flush=True,
            )


def main() -> None:
    """
    Run the benchmarks chosen on the command line.
    """
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--generated", type=int, default=100_000)
    ap.add_argument("--shared", type=pathlib.Path, default=_ROOT.parent / "shared")
    args = ap.parse_args()
    python = sys.version.split()[0]
    print(f"pressparse {pressparse.__version__}, {os.cpu_count()} CPUs, Python {python}")
    pressparse.parse("Warm up\nGENEVA, 1 May 2000 - Text.")
    if args.pages:
        bench_real(args.shared, args.pages, args.workers, args.repeat)
    if args.generated:
        bench_generated(args.generated, args.workers)
    print(f"peak RSS: parent {_peak_mb(resource.RUSAGE_SELF):.0f} MB")


if __name__ == "__main__":
    main()
