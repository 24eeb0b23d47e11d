"""
Paragraph units: hard-wrapped lines joined back into paragraphs.

Crawled text comes in two shapes. Most pages print one paragraph per line;
printed releases scanned or converted from PDF print one *printed* line per
line, so a paragraph runs over several lines, with or without blank lines
between paragraphs. A page is taken for hard-wrapped when many of its long
lines stop without a sentence ending; only then are lines joined.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from ._page import Line

#: A line shorter than this is never taken for a wrapped printed line.
MIN_WRAPPED_CHARS: Final = 40
#: A printed line this long ran to the margin (print runs 60 to 90 wide).
MIN_MARGIN_CHARS: Final = 60
#: Share of long lines that must stop mid-sentence for a page to be wrapped.
WRAPPED_SHARE: Final = 0.3

# A line that opens like a dateline ("LEEDS, 19 January 2024 – ...",
# "Christchurch, 3 May -") starts a paragraph: never a printed line's
# continuation. Bounded repetitions keep the match cheap.
_DATELINE_START: Final = regex.compile(
    r"\p{Lu}[\p{L}.'’ -]{1,40}?,\s[^\n]{0,30}?\d[^\n]{0,40}?\s[-–—]{1,2}\s"
)
_ENDS_SENTENCE: Final = frozenset('.!?…:;"”’»)')
_ENDS_OPEN: Final = frozenset(",;-–—(/&")


def _label_shaped(text: str) -> bool:
    # "Place: GENEVA", "Date:": metadata, never part of a wrapped paragraph.
    # (Most lines hold no colon: one search in C decides them.)
    return ":" in text and text.partition(":")[0].count(" ") < 4


def is_wrapped(lines: Sequence[Line]) -> bool:
    """
    ``True`` when the page's long lines often stop mid-sentence and go on
    in lower case on the next line: the marks of hard wrapping.
    """
    long_lines = 0
    open_lines = 0
    continued = 0
    previous_open = False
    last_lower = False
    for line in lines:
        text = line.text
        if not text:
            continue
        # A line goes on from an open one when it starts in lower case, or
        # when the open one stopped on a word in lower case (German nouns
        # start in capitals, so the next line's case alone says little). A
        # bulleted line never goes on from one (`_continues`): a headline
        # over a ``- Date:`` block is not a wrapped line.
        if previous_open and not line.marker and (text[:1].islower() or last_lower):
            continued += 1
        previous_open = False
        if len(text) >= MIN_WRAPPED_CHARS and not line.marker and line.tag is None:
            long_lines += 1
            if text[-1] not in _ENDS_SENTENCE and not _label_shaped(text):
                open_lines += 1
                previous_open = True
                # Only a line as long as print runs to the margin counts:
                # a headline may well stop on a word in lower case.
                last_lower = (
                    len(text) >= MIN_MARGIN_CHARS and text.rsplit(" ", 1)[-1][:1].islower()
                )
    return continued >= 2 and open_lines >= WRAPPED_SHARE * long_lines


def _same_case(a: str, b: str) -> bool:
    # A line in capitals and one in mixed case are a headline and a body,
    # or a letterhead and a headline: never one wrapped paragraph.
    return a.isupper() == b.isupper()


def _continues(previous: Line, line: Line, after_blank: bool) -> bool:
    """
    Whether *line* continues the paragraph *previous* ends with.
    """
    if line.marker or line.tag is not None or previous.tag is not None:
        return False
    last = previous.text
    text = line.text
    if not last or last[-1] in _ENDS_SENTENCE or _label_shaped(text):
        return False
    if text[:1].islower():
        return True  # (a dateline opens with a capital)
    if after_blank or not _same_case(last, text) or _DATELINE_START.match(text) is not None:
        return False
    tail = previous.raw.rstrip()
    # The printed line ran to the margin, or stopped on a word that cannot
    # end a sentence (a comma, an ampersand, a dash).
    return last[-1] in _ENDS_OPEN or len(tail.rsplit("\n", 1)[-1]) >= MIN_WRAPPED_CHARS


def join_units(lines: Sequence[Line], *, wrapped: bool) -> tuple[list[Line], list[bool]]:
    """
    Join hard-wrapped lines into paragraph units.

    Returns the units (each a `Line` whose text is the joined paragraph,
    whose raw is the printed lines joined with newlines, and whose number is
    the first line's) and, for each, whether a blank line stood before it.
    With *wrapped* false every non-blank line is its own unit.
    """
    units: list[Line] = []
    gaps: list[bool] = []
    after_blank = False
    if not wrapped:
        # Every non-blank line is its own unit: no unit to build.
        for line in lines:
            if not line.text and not line.marker:
                after_blank = True
                continue
            units.append(line)
            gaps.append(after_blank)
            after_blank = False
        return units, gaps
    # The lines of the unit being built, joined when it ends: joining them
    # one by one would copy the unit on every line, quadratic on a page
    # that runs into one long unit. Whether a line continues the unit is
    # told from the unit's last line: the unit's text ends with that
    # line's, its raw with that line's raw, and a line joins only when
    # both are in capitals or neither is (or it opens in lower case), so
    # the unit is in capitals exactly when its last line is.
    run: list[Line] = []
    for line in lines:
        if not line.text and not line.marker:
            after_blank = True
            continue
        if run and _continues(run[-1], line, after_blank):
            run.append(line)
        else:
            if run:
                units.append(_joined(run))
            run = [line]
            gaps.append(after_blank)
        after_blank = False
    if run:
        units.append(_joined(run))
    return units, gaps


def _joined(run: Sequence[Line]) -> Line:
    """
    The unit of the printed lines *run*: the first line, its text and raw
    those of all the lines joined.
    """
    first = run[0]
    if len(run) == 1:
        return first
    pieces = [first.text]
    previous = first.text
    for line in run[1:]:
        text = line.text
        if not _joins_hyphenated(previous, text):
            pieces.append(" ")
        pieces.append(text)
        previous = text
    return first._replace(text="".join(pieces), raw="\n".join(line.raw for line in run))


def _joins_hyphenated(left: str, right: str) -> bool:
    # A line ending in a hyphen inside a word ("co-" / "operation") joins
    # without a space; the hyphen stays, since it may belong to the word.
    return left.endswith("-") and len(left) > 1 and left[-2].isalpha() and right[:1].islower()
