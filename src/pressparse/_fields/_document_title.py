"""
The document's title, and the line of the page that repeats its headline.

A page's document title (its HTML ``<title>``) names the headline with the
site's name and section around it: "BfS - Pressemitteilungen - Radon im
Boden: Neue Karte gibt Orientierung". Crawled text keeps it in two ways:
a converter that renders the whole document prints it as the page's first
line (html-text, and Common Crawl's WET extracts), and a reader service or
front matter states it in the crawler's header (`CrawlHeader.title`). The
page then prints the headline a second time as a line of its own. Where a
part of the document title (a run of its segments, holding its longest
segment) is printed again as a whole line, that line is the headline: the
page states it twice, and the site's name is told apart by not being
repeated with it.
"""

from __future__ import annotations

from typing import Final

import regex

from .. import _letterhead
from .._page import Line, Page
from .._text import word_count

#: What separates a document title's segments: a bar, bullet, guillemet
#: or dash between spaces, ``::``, or a colon before a space ("Reparatur-
#: café am 31. Januar: Stadt Ahlen"; a colon inside a headline stays
#: inside a run of segments).
_SEPARATORS: Final = regex.compile(
    r"[^\S\n]+(?:[|·•»«]{1,2}|[-–—]{1,2}|::)[^\S\n]+|[^\S\n]*:[^\S\n]+"
)
#: A document title has at most this many segments; a longer line of
#: separated items is a menu bar, not a title.
MAX_SEGMENTS: Final = 6
#: A run of segments that does not hold the longest holds at least this
#: share of the title's characters.
MIN_RUN_SHARE: Final = 0.4
#: A repeated headline has at least this many words.
MIN_WORDS: Final = 2
#: A document title is at most this long (a line of prose is not one).
MAX_CHARS: Final = 300


def comparison_key(text: str) -> str:
    """
    *text* as compared: soft hyphens dropped, case folded, white space
    collapsed.
    """
    return " ".join(text.replace("\xad", "").casefold().split())


def _runs(title: str) -> list[str]:
    """
    The runs of consecutive segments of *title* that may be its headline,
    longest first: each holds the title's longest segment or at least
    `MIN_RUN_SHARE` of its characters (a shorter part is the site's or the
    section's name), and none is the whole title (a page that prints its
    document title twice repeats no headline). ``[]`` where the title has
    one segment or more than `MAX_SEGMENTS`.
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    for separator in _SEPARATORS.finditer(title):
        bounds.append((start, separator.start()))
        start = separator.end()
    bounds.append((start, len(title)))
    if not 2 <= len(bounds) <= MAX_SEGMENTS:
        return []
    longest = max(range(len(bounds)), key=lambda i: bounds[i][1] - bounds[i][0])
    runs = [
        title[bounds[first][0] : bounds[last][1]]
        for first in range(len(bounds))
        for last in range(first, len(bounds))
        if last - first < len(bounds) - 1
        and (
            first <= longest <= last
            or bounds[last][1] - bounds[first][0] >= MIN_RUN_SHARE * len(title)
        )
    ]
    return sorted(runs, key=len, reverse=True)


def repeated_headline(page: Page, stated: str | None = None) -> Line | None:
    """
    The line of *page* (as read, before the strippers) that repeats the
    headline part of the document title: the title the crawler's header
    *stated*, else the page's first line where it is one, set out in
    segments. The longest run of the title's segments holding its longest
    segment that a later line prints whole (white space, case and soft
    hyphens aside) is the headline; a stated title may be repeated whole.
    ``None`` where no line repeats it, or the repeat names an office (the
    site's letterhead).
    """
    lines = page.lines
    first = next((line for line in lines if line.text), None)
    if first is None:
        return None
    if stated:
        title, after = stated, -1
        runs = [stated, *_runs(stated)]
    else:
        title, after = first.text, first.number
        runs = _runs(title) if len(title) <= MAX_CHARS else []
    wanted = {comparison_key(run) for run in runs if word_count(run) >= MIN_WORDS}
    if not wanted:
        return None
    limit = max(len(run) for run in wanted) + 2
    # Every key wanted holds a space (two words or more): a line with no
    # white space at all (no space, and printable, as no other white space
    # is) cannot repeat one, and is passed over without building its key.
    spaced = all(" " in key for key in wanted)
    best: Line | None = None
    best_chars = -1
    for line in lines:
        text = line.text
        if (
            not text
            or line.number <= after
            or len(text) > limit
            or line.marker
            or (spaced and " " not in text and text.isprintable())
        ):
            continue
        key = comparison_key(text)
        if key in wanted and len(key) > best_chars:
            best, best_chars = line, len(key)
    if best is None or _letterhead.office(best.text) == best.text:
        return None
    return best
