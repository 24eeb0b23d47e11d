"""
The ``html-regions`` stripper: removes lines the HTML reader placed in
boilerplate regions.
"""

from __future__ import annotations

from typing import Final

from .._page import Line, Page
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
                ln
                for ln in lines
                if ln.number not in gone and (ln.zone is not None or ln.tag == "h1")
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
