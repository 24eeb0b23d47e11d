"""
The ``html-regions`` stripper: removes lines the HTML reader placed in
boilerplate regions.
"""

from __future__ import annotations

from typing import Final

from .._models import Boilerplate
from .._page import RAW_OF, Line, Page
from ._zones import BOILERPLATE_ZONES

#: The registered name of `HtmlRegionStripper`.
NAME: Final = "html-regions"
#: What is left must hold a line of at least this many characters, or this
#: many characters in all, to count as a body; else the stripper backs off.
MIN_BODY_LINE: Final = 60
#: See `MIN_BODY_LINE`.
MIN_BODY_CHARS: Final = 150


def _has_body(lines: list[Line]) -> bool:
    total = 0
    for line in lines:
        size = len(line.text)
        if size >= MIN_BODY_LINE and line.tag != "h1":
            return True
        total += size
    return total >= MIN_BODY_CHARS


class HtmlRegionStripper:
    """
    Removes the lines of an HTML page that sit in boilerplate regions.

    Lines whose `Line.zone` is a boilerplate zone (``nav``, ``header``,
    ``footer``, ``aside``, ``form``, ``cookie``, ``share``, ``related``,
    ``newsletter``, ``comments``, ``ads``, ...) are removed with that zone
    as the `Boilerplate.kind`. When the reader found the main text (lines
    with zone ``"main"``), lines outside it are removed too (kind
    ``"outside-main"``), except ``<h1>`` headings.

    It is conservative: when what would remain holds no body-looking text,
    it removes only the boilerplate regions; when even that leaves nothing,
    it returns the page unchanged. Pages not read from HTML are returned
    as they are.
    """

    def strip(self, page: Page, /) -> Page:
        """
        Return *page* without its boilerplate regions; see the class docstring.
        """
        if page.format != "html":
            return page
        lines = page.lines
        # One look at every line: the boilerplate zones in the order of
        # their first line (each is one removal, in this order, then the
        # lines outside the main text), and what `_has_body` would say of
        # the lines left without the lines outside the main text ("inner")
        # and with them ("all").
        order: dict[str, int] = {}
        has_main = False
        loose = False  # a line in no region that is no <h1>
        inner_long = all_long = False
        inner_chars = all_chars = 0
        last = -1
        for number, _, text, marker, _, tag, zone, _ in lines:
            if number <= last:
                # A page built by hand, its line numbers not rising.
                return _strip_by_number(page)
            last = number
            if not text and not marker:
                continue
            if zone in BOILERPLATE_ZONES:
                if zone not in order:
                    order[zone] = len(order)
                continue
            size = len(text)
            long = size >= MIN_BODY_LINE and tag != "h1"
            all_long = all_long or long
            all_chars += size
            if zone is None and tag != "h1":
                loose = True
                continue
            if zone == "main":
                has_main = True
            inner_long = inner_long or long
            inner_chars += size
        outside = has_main and loose
        if outside and not (inner_long or inner_chars >= MIN_BODY_CHARS):
            outside = False
        if not outside and not (all_long or all_chars >= MIN_BODY_CHARS):
            return page
        if not order and not outside:
            return page
        return _remove_all(page, list(order), outside)


def _strip_by_number(page: Page) -> Page:
    """
    `HtmlRegionStripper.strip` for a page whose line numbers do not rise
    (built by hand): one `Page.remove` per removal, which goes by number.
    """
    lines = [line for line in page.lines if not line.is_blank]
    has_main = any(line.zone == "main" for line in lines)
    outside = [
        line.number for line in lines if has_main and line.zone is None and line.tag != "h1"
    ]
    by_zone: dict[str, list[int]] = {}
    for line in lines:
        if line.zone in BOILERPLATE_ZONES:
            by_zone.setdefault(line.zone, []).append(line.number)
    gone = {n for numbers in by_zone.values() for n in numbers}
    if outside:
        kept = [
            ln for ln in lines if ln.number not in gone and (ln.zone is not None or ln.tag == "h1")
        ]
        if not _has_body(kept):
            outside = []
    if not outside:
        kept = [ln for ln in lines if ln.number not in gone]
        if not _has_body(kept):
            return page
    for zone, numbers in by_zone.items():
        page = page.remove(numbers, kind=zone, stripper=NAME)
    if outside:
        page = page.remove(outside, kind="outside-main", stripper=NAME)
    return page


def _remove_all(page: Page, zones: list[str], outside: bool) -> Page:
    """
    Remove, in one pass, what one `Page.remove` per zone of *zones* (in
    that order) and then one for the lines outside the main text (when
    *outside*) would remove, with the same `Boilerplate` records in the
    same order.

    Removal number ``p`` sees the page without what removals ``0 .. p-1``
    took, so a line of removal ``q`` ends a run of removal ``p`` only when
    ``q > p`` (or the line stays). The open runs form a stack, the
    smallest removal on top. A blank line between two lines of a run
    joins it, unless an earlier removal took it already; otherwise it
    stays.
    """
    lines = page.lines
    index = {zone: number for number, zone in enumerate(zones)}
    outside_index = len(zones) if outside else -1
    keep = len(zones) + 1  # larger than any removal
    # The line numbers rise (checked by the caller): blank lines taken by a
    # run are known by number.
    absorbed: set[int] = set()
    runs: list[list[list[Line]]] = [[] for _ in range(keep)]
    stack: list[int] = []  # open removals, the smallest last
    open_runs: dict[int, list[Line]] = {}
    pending: dict[int, list[Line]] = {}  # blank lines since a run's last line
    kept: list[Line] = []
    for line in lines:
        _, _, text, marker, _, tag, zone, _ = line
        if not text and not marker:
            for removal in stack:
                pending[removal].append(line)
            kept.append(line)
            continue
        if zone is None:
            removal = outside_index if tag != "h1" else keep
            if removal < 0:
                removal = keep
        else:
            removal = index.get(zone, keep)
        while stack and stack[-1] < removal:
            closed = stack.pop()
            runs[closed].append(open_runs.pop(closed))
            del pending[closed]
        if removal == keep:
            kept.append(line)
            continue
        if stack and stack[-1] == removal:
            run = open_runs[removal]
            blanks = pending[removal]
            if blanks:
                for blank in blanks:
                    if blank.number not in absorbed:
                        absorbed.add(blank.number)
                        run.append(blank)
                pending[removal] = []
            run.append(line)
        else:
            stack.append(removal)
            open_runs[removal] = [line]
            pending[removal] = []
    for closed in reversed(stack):
        runs[closed].append(open_runs[closed])
    if absorbed:
        kept = [line for line in kept if line.number not in absorbed]
    kinds = [*zones, "outside-main"]
    records = tuple(
        Boilerplate(
            kind=kinds[removal],
            stripper=NAME,
            lines=tuple(map(RAW_OF, run)),
            start=run[0].number,
        )
        for removal in range(keep)
        for run in runs[removal]
    )
    return Page(lines=kept, removed=page.removed + records, hints=page.hints, format=page.format)
