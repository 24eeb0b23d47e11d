"""
Time ``pressparse.parse`` on worst-case inputs at growing sizes.

Each shape once took time growing faster than its size (or crashed): a
long word, a hard-wrapped page that is one paragraph, thousands of dates
in one unit after a contact line, a page of number lines, a tag with
thousands of attributes, deep nesting followed by tags left open. For
every shape the script prints the seconds per size and the growth factor
of the time from one size to the next; linear code grows about as fast as
the input (10x per 10x).

    python benchmarks/bench_worst_case.py [--sizes 10000,100000,1000000] [--shape NAME]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import pressparse

_HEAD = (
    "Harbour board backs the new ferry terminal\n"
    "The harbour board voted on Tuesday to back the plans for a new ferry terminal.\n"
    "Building work is expected to begin next spring and to take two years.\n"
)
_WRAPPED = (
    "the harbour board said on Tuesday that the new ferry terminal would\n"
    "be built on the eastern quay, and that the work would begin in spring\n"
)


_MD = "[Home](/) [News](/news)\n\n" + _HEAD + "\n"


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


#: Shape name -> (format, page of about *size* characters).
SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "long-word": ("text", lambda size: "x" * size),
    "wrapped-paragraph": ("text", lambda size: _repeat(_WRAPPED, size) + "the end."),
    "dates-after-contact": (
        "text",
        lambda size: _HEAD + "For details contact us. " + _repeat("Met on 1 May 2020. ", size),
    ),
    "stamps-after-address": (
        "text",
        lambda size: (
            _HEAD + "Printed from http://example.org/ " + _repeat("on 3 June 2021, ", size)
        ),
    ),
    "number-lines": ("text", lambda size: _repeat("12 12 12 12 12 12 12 12 12 12\n", size)),
    "one-line-of-numbers": ("text", lambda size: _repeat("12 ", size)),
    "labels": ("text", lambda size: "Ferry terminal\nDate: " + _repeat("Note: ", size)),
    # Markdown (two links make a page Markdown): marks that never close.
    "md-open-images": ("text", lambda size: _MD + _repeat("![", size) + "](x)"),
    "md-open-brackets": ("text", lambda size: _MD + _repeat("[x ", size)),
    "md-open-destinations": ("text", lambda size: _MD + "[x](" + _repeat("(", size)),
    "md-underscores": ("text", lambda size: _MD + _repeat("_a ", size)),
    "md-stars": ("text", lambda size: _MD + _repeat("*a ", size)),
    "md-backticks": ("text", lambda size: _MD + _repeat("`a ", size)),
    "md-link-lines": ("text", lambda size: _MD + _repeat("  * [News](/news)\n", size)),
    "many-attributes": (
        "html",
        lambda size: (
            "<div " + " ".join(f"a{i}=1" for i in range(size // 8)) + "><p>" + _HEAD + "</p></div>"
        ),
    ),
    "deep-then-open-tags": (
        "html",
        lambda size: "<div>" * 5000 + "<p>" + _HEAD + "</p>" + _repeat("<a ", size),
    ),
    "deep-divs": ("html", lambda size: "<div>" * (size // 11) + _HEAD + "</div>" * (size // 11)),
    "table-of-dates": (
        "html",
        lambda size: "<table>" + _repeat("<tr><td>1</td><td>2 May 2020</td></tr>", size),
    ),
    "json-ld-nested": (
        "html",
        lambda size: (
            '<script type="application/ld+json">'
            + "[" * (size // 2)
            + "]" * (size // 2)
            + "</script><p>"
            + _HEAD
            + "</p>"
        ),
    ),
}


def main() -> None:
    """
    Run the shapes and print one row each.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    pressparse.parse("Warm up\nGENEVA, 1 May 2000 - Text.")
    for name in args.shape or SHAPES:
        form, build = SHAPES[name]
        row: list[str] = []
        previous = None
        for size in sizes:
            page = build(size)
            start = time.perf_counter()
            pressparse.parse(page, format="html" if form == "html" else "text")
            seconds = time.perf_counter() - start
            growth = f" x{seconds / previous:5.1f}" if previous else ""
            row.append(f"{len(page) / 1e6:6.2f} MB {seconds:7.3f}s{growth}")
            previous = max(seconds, 1e-4)
        print(f"{name:22} " + " | ".join(row), flush=True)


if __name__ == "__main__":
    main()
