"""
Date shapes of a line: every date it prints, a date line, a stamp.

The bottom of the field stage: the header reader and the date rules both
read dates through these, and `pressparse._fields.Evidence` keeps each
text's dates so that a page's texts are scanned for dates once.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Final

from . import _vocab
from ._text import has_digit, is_prose, word_count
from .datelines._dates import FoundDate, find_date, parse_date

#: How many texts' dates `dates_in` and `date_line` keep: more than a page
#: asks about, so that a page's texts are scanned for dates once.
DATES_CACHE: Final = 1024

#: How far before a date a stamp word is looked for.
STAMP_CHARS: Final = 24
#: A date line holds at most this many words besides the date.
DATE_LINE_EXTRA_WORDS: Final = 4
#: A line this long is never a date line.
DATE_LINE_WORDS: Final = 12
#: Nor a line this many characters long (a few words of no spaces).
DATE_LINE_CHARS: Final = 200


def has_address(text: str) -> bool:
    """
    Whether *text* holds a web address.
    """
    return "//" in text or "www." in text or ".htm" in text


def is_stamp(text: str, span: tuple[int, int]) -> bool:
    """
    Whether the date at *span* in *text* is a stamp: it follows a web
    address or comes right before one (the line a browser prints at the
    top or foot of a page, ``http://... [21/05/2002 1:28:50]``,
    ``14/10/2009 http://...``), or follows a stamp word (``Last update:``,
    ``as at``). It tells when the page was printed or changed, or how old
    its figures are: on or after the release date, but often not on it.
    """
    start, end = span
    # Windows, not text[:start] and text[end:]: asked about every date of a
    # long unit in turn, copies of the text around each would be quadratic.
    after = text[end : end + STAMP_CHARS].lstrip()
    if len(after) < 4 and end + STAMP_CHARS < len(text):
        after = text[end:].lstrip()  # a run of white space after the date
    if _address_end(text) <= start or after[:4] in ("http", "www."):
        return True
    # (The stamp words, ``Last updated``, ``Stand``, ``as at``, are the
    # lexicon's: `_vocab.STAMP`.)
    return _vocab.STAMP(text, max(0, start - STAMP_CHARS), start) is not None


#: The last text `_address_end` was asked about, and its answer.
_LAST_ADDRESS_END: tuple[str, int] = ("", 1)


def _address_end(text: str) -> int:
    """
    Where the first web address mark (`has_address`) in *text* ends, or
    past the end when there is none: ``has_address(text[:start])`` is
    ``_address_end(text) <= start``. The answer for the last text is kept,
    since `is_stamp` asks about every date of one text in turn.
    """
    global _LAST_ADDRESS_END
    last = _LAST_ADDRESS_END
    if last[0] is text:
        return last[1]
    end = len(text) + 1
    for mark in ("//", "www.", ".htm"):
        found = text.find(mark, 0, end)
        if found != -1:
            end = min(end, found + len(mark))
    _LAST_ADDRESS_END = (text, end)
    return end


#: `_dates_in` reads a long text in windows of this many characters ...
DATES_WINDOW: Final = 2000
#: ... and trusts a date found in one that ends this far before its end.
DATES_MARGIN: Final = 200


@functools.lru_cache(maxsize=DATES_CACHE)
def dates_in(text: str, reference_date: dt.date | None) -> tuple[FoundDate, ...]:
    """
    Every date in *text*, in order (`find_date` finds only the first).

    Each text is scanned once: the header reader and several date rules
    ask about the same texts of a page, and the answers are kept for the
    last `DATES_CACHE` texts asked about.
    """
    out: list[FoundDate] = []
    offset = 0
    while has_digit(text, offset):
        # The text after each date is searched in a window: slicing all of
        # it would copy a long unit once per date. A date ending within
        # DATES_MARGIN of the window's end might read differently in the
        # whole text (a year cut off), so that one is looked for again.
        found = find_date(text[offset : offset + DATES_WINDOW], reference_date=reference_date)
        if offset + DATES_WINDOW < len(text) and (
            found is None or found.span[1] > DATES_WINDOW - DATES_MARGIN
        ):
            found = find_date(text[offset:], reference_date=reference_date)
        if found is None:
            break
        start, end = found.span
        out.append(FoundDate(found.date, (start + offset, end + offset)))
        offset += max(end, 1)
    return tuple(out)


@functools.lru_cache(maxsize=DATES_CACHE)
def date_line(text: str, reference_date: dt.date | None) -> dt.date | None:
    """
    The date of a date line: a short line that is a date with at most a
    few words beside it, a reference number, a time, a place, a kind label
    (``26 May 2005 ABB061/05``, ``MEDIA MONDAY 10 APRIL 2006``,
    ``Melbourne 23 February 2007``, ``Media Statement - 4 September
    2001``, ``Thursday 7 August 2008, 6:15pm``). Not a stamp of a change
    (``Last updated 19 November 2002``), not a sentence.
    """
    if len(text) > DATE_LINE_CHARS or word_count(text) > DATE_LINE_WORDS or has_address(text):
        return None
    found = parse_date(text, reference_date=reference_date)
    if found is not None:
        return found
    if text[-1] in ".!?" and is_prose(text):
        return None
    found_date = find_date(text, reference_date=reference_date)
    if found_date is None or is_stamp(text, found_date.span):
        return None
    start, end = found_date.span
    # (Split: the text at the date's sides may open or close with a space.)
    # A row of a table prints numbers beside its date ("2 6-Oct-08 17 17 1 2").
    extra = f"{text[:start].rstrip()} {text[end:].lstrip()}".split()
    if len(extra) > DATE_LINE_EXTRA_WORDS or sum(word.isdigit() for word in extra) > 1:
        return None
    return found_date.date
