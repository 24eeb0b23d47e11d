"""
Cost of inputs that are not clean: time and peak memory of
``pressparse.parse`` at a size and at twice that size.

    python benchmarks/bench_dirty.py [--size 5000000] [--shape NAME]

Every shape runs in a fresh process per size, so the peak resident memory
it reports is that page's alone (above the interpreter with pressparse
imported and warmed up, during the first parse); the time is the best of
``--repeat`` parses of the same page. For each shape the script prints seconds, the
growth of the time when the input doubles (about x2 for linear cost), the
peak memory above the interpreter and its ratio to the input's size, and,
for the one-line page, its time against ordinary text of the same size.

Shapes: a mostly-UTF-8 page with a stray byte every 10,000 bytes; a page
that is all menu, as crawled text and as HTML; a page on one line; ordinary
text of the same size; random binary bytes; HTML nested 5,000 levels deep
around ordinary paragraphs.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import subprocess
import sys
from collections.abc import Callable

_SENTENCE = (
    "The harbour board voted on Tuesday to back the plans for a new ferry terminal"
    " on the eastern quay of Zürich – building starts in spring. "
)
_MENU = ["Home", "News", "About us", "Contact", "Media", "Events", "Careers", "Search"]


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit.encode("utf-8")))


def _mostly_utf8(size: int) -> bytes:
    block = _fill(_SENTENCE + "\n", 10_000).encode("utf-8")
    return b"Press release\nFerry terminal\n" + (block + b"\xff") * max(1, size // len(block))


#: Shape -> page of about *size* bytes.
SHAPES: dict[str, Callable[[int], str | bytes]] = {
    "mostly-utf8": _mostly_utf8,
    "menu-text": lambda size: _fill("".join(f"- {word}\n" for word in _MENU), size),
    "menu-html": lambda size: (
        "<html><body><nav><ul>"
        + _fill("".join(f"<li><a href='/{w}'>{w}</a></li>" for w in _MENU), size)
        + "</ul></nav></body></html>"
    ),
    "one-line": lambda size: "Ferry terminal\n" + _fill(_SENTENCE, size),
    "ordinary": lambda size: "Ferry terminal\n" + _fill(_SENTENCE + "\n", size),
    "random-binary": lambda size: random.Random(14).randbytes(size),
    "deep-html": lambda size: (
        "<html><body>"
        + "<div>" * 5000
        + "<h1>Ferry terminal</h1>"
        + _fill(f"<p>{_SENTENCE}</p>", size)
        + "</div>" * 5000
        + "</body></html>"
    ),
}

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {bench!r})
import bench_dirty, pressparse
page = bench_dirty.SHAPES[{shape!r}]({size})
pressparse.parse("Warm up\\nGENEVA, 1 May 2000 - Text.")
pressparse.parse("<p>Warm up</p><p>GENEVA, 1 May 2000 - Text.</p><div>x</div>")
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
release = pressparse.parse(page)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
for _ in range({repeat} - 1):  # best of several: other jobs on the machine only slow it
    del release
    start = time.perf_counter()
    release = pressparse.parse(page)
    seconds = min(seconds, time.perf_counter() - start)
size = len(page if isinstance(page, bytes) else page.encode("utf-8"))
print(json.dumps({{"seconds": seconds, "peak_mb": (peak - base) / 1024, "size": size,
                  "title": release.title, "decoding": release.decoding,
                  "paragraphs": len(release.paragraphs)}}))
"""


def _run(shape: str, size: int, repeat: int) -> dict[str, float]:
    """
    Parse one page of *shape* and *size* in a fresh interpreter.
    """
    bench = str(pathlib.Path(__file__).resolve().parent)
    code = _CHILD.format(bench=bench, shape=shape, size=size, repeat=repeat)
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def main() -> None:
    """
    Print one row per shape.
    """
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=5_000_000)
    ap.add_argument("--shape", action="append", choices=sorted(SHAPES))
    ap.add_argument("--repeat", type=int, default=3, help="best of this many parses per page")
    args = ap.parse_args()
    seconds: dict[str, float] = {}
    for shape in args.shape or SHAPES:
        small, big = _run(shape, args.size, args.repeat), _run(shape, 2 * args.size, args.repeat)
        seconds[shape] = big["seconds"]
        print(
            f"{shape:14} {small['size'] / 1e6:5.1f} MB {small['seconds']:6.2f} s |"
            f" {big['size'] / 1e6:5.1f} MB {big['seconds']:6.2f} s"
            f" x{big['seconds'] / max(small['seconds'], 1e-4):4.1f} |"
            f" peak +{big['peak_mb']:5.0f} MB = {big['peak_mb'] * 2**20 / big['size']:4.1f}"
            f" x input | title {big['title']!r:.40} decoding {big['decoding']}"
            f" paragraphs {big['paragraphs']}",
            flush=True,
        )
    if "one-line" in seconds and "ordinary" in seconds:
        print(f"one-line / ordinary text: x{seconds['one-line'] / seconds['ordinary']:.2f}")


if __name__ == "__main__":
    main()
