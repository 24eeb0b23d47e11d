"""
The page's headings and the prose they head, as read before the strippers.

Converters mark a page's headings in their own way: Markdown prints them
with ``#`` (read into `Line.tag` ``"h1"``..``"h6"``), a text browser (lynx)
prints them flush left over paragraphs indented by a few columns, a text
renderer (inscriptis) sets them out to the left of the paragraphs under
them. The title of a crawled page is its main heading: of the headings
that stand over the body's prose, the first that heads a fair share of it.
The strippers may well have taken the heading itself off as chrome (a short
line), so headings are read on the page as the converter printed it, and
the prose under them only where the strippers kept it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

import regex

from .. import _letterhead
from .._page import Line, Page
from .._scan import date_line, dates_in
from .._text import has_digit, word_count
from .._units import is_wrapped, join_units

#: A unit of prose has at least this many words ...
MIN_PROSE_WORDS: Final = 12
#: ... at most this share of them link text ...
MAX_PROSE_LINK_SHARE: Final = 0.3
#: ... and ends like a sentence.
_PROSE_ENDS: Final = frozenset('.!?"”»:)…')
#: A heading read for a title has at most this many words.
MAX_HEADING_WORDS: Final = 35
#: The prose a heading heads is looked for in this many units under it,
#: up to the next heading of its level or above.
HEADED_UNITS: Final = 20
#: A prose unit counts for at most this many words.
MAX_COUNTED_WORDS: Final = 80
#: The main heading heads at least this share of the prose the best heading
#: heads: the first such heading is the title (a subheading heads more
#: prose than the title over a lead of one paragraph).
MIN_HEADED_SHARE: Final = 0.2
#: A heading of the page's top level counts its prose this many times.
TOP_LEVEL_WEIGHT: Final = 1.5
#: Headings are told by indentation only on a page where at least this share
#: of the prose paragraphs are set in from the margin (a converter's layout).
MIN_INDENTED_SHARE: Final = 2 / 3
#: At least this share of a title's characters are letters.
MIN_LETTER_SHARE: Final = 0.5
#: The level of a heading told only by its indentation.
INDENTED_LEVEL: Final = 2
# What a converter prints for a page's widgets, never a title: form fields
# and buttons (lynx: "____________________ (BUTTON) Search"), images named
# by their file ("[logo.png]"), link relations ("#alternate", "#next").
_WIDGET: Final = regex.compile(
    r"\(BUTTON\)|_{4,}|\[[^\]\n]*\.(?:gif|png|jpe?g|svg|webp)\]|^#\p{L}|\(IMG\)|\[IMG\]"
    # A nested item of a text browser's or renderer's list ("+ ", "o ",
    # "› "), which no title opens with (a numbered one may: "15. Forum").
    r"|^[+o›»][^\S\n]"
)


def is_prose(unit: Line) -> bool:
    """
    Whether *unit* is a paragraph of running prose: long enough, ending
    like a sentence, not a list item, and mostly not link text.
    """
    text = unit.text
    return (
        not unit.marker
        and text[-1:] in _PROSE_ENDS
        and word_count(text) >= MIN_PROSE_WORDS
        and unit.link_chars <= MAX_PROSE_LINK_SHARE * len(text)
    )


def headings(units: Sequence[Line], prose: Sequence[bool]) -> dict[int, int]:
    """
    The headings among *units*, by index, with their levels (1 the top);
    *prose* says which units are prose (`is_prose`, asked once per unit).

    Where the converter marked headings (`Line.tag` ``"h1"``..``"h6"``),
    those; else a short line set out to the left of the prose paragraph
    that follows it (a text browser's or renderer's heading).
    """
    tagged = {
        index: int(unit.tag[1])
        for index, unit in enumerate(units)
        if unit.tag is not None
        and len(unit.tag) == 2
        and unit.tag[0] == "h"
        and unit.tag[1].isdigit()
    }
    if tagged:
        return tagged
    indents = [unit.indent for unit, is_para in zip(units, prose, strict=True) if is_para]
    if sum(1 for indent in indents if indent) < MIN_INDENTED_SHARE * len(indents) or not indents:
        # The page's prose is not set in from the margin by a converter (plain
        # text, an OCR'd letter): its indentation tells no headings.
        return {}
    out: dict[int, int] = {}
    prose_indent: int | None = None
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        if prose[index]:
            prose_indent = unit.indent
        elif (
            prose_indent is not None
            and not unit.marker
            and unit.indent < prose_indent
            and word_count(unit.text) <= MAX_HEADING_WORDS
        ):
            out[index] = INDENTED_LEVEL
    return out


def _titled(unit: Line) -> bool:
    """
    Whether *unit* can be a title: words, not a widget, a link list (a
    heading the converter marked may be a link: a blog links its post's
    heading to the post), a date line (nor, told by indentation alone, a
    line stating a date) or a reference number, nor the name of an office
    (a letterhead).
    """
    text = unit.text
    if (
        not text
        or unit.marker
        or word_count(text) > MAX_HEADING_WORDS
        or (unit.link_chars * 2 > len(text) and unit.tag is None)
        or _WIDGET.search(text) is not None
        or sum(map(str.isalpha, text)) < MIN_LETTER_SHARE * len(text)
    ):
        return False
    if has_digit(text) and (
        date_line(text, None) is not None
        # A heading told by indentation alone that states a date is the
        # date and byline line under a headline ("5. November 2021 admin
        # News", "Posted by ... on 7 July 2019"), not the headline.
        or (unit.tag is None and dates_in(text, None))
    ):
        return False
    return _letterhead.office(text) != text


def main_heading(page: Page, kept: Collection[int]) -> tuple[Line | None, frozenset[int]]:
    """
    The main heading of *page* (as read, before the strippers): of the
    headings that head prose the strippers *kept* (line numbers), the first
    that heads at least `MIN_HEADED_SHARE` of what the best one heads;
    ``None`` when the page marks no heading over kept prose. Also the line
    numbers of every heading that heads kept prose.
    """
    if not any(line.indent or line.tag for line in page.lines):
        return None, frozenset()  # no line set in, none tagged: no heading to tell
    units, _gaps = join_units(page.lines, wrapped=is_wrapped(page.lines))
    prose = [is_prose(unit) for unit in units]
    found = headings(units, prose)
    if not found:
        return None, frozenset()
    top = min(found.values())
    if top == INDENTED_LEVEL:
        # Headings told by indentation alone stand over the page's first
        # kept prose, not among it (a short line of a letter's body).
        first = next((i for i, unit in enumerate(units) if unit.number in kept and prose[i]), 0)
        found = {index: level for index, level in found.items() if index < first}
    scored: list[tuple[int, float]] = []
    for index in sorted(found):
        if not _titled(units[index]):
            continue
        level, words = found[index], 0
        for below in range(index + 1, min(index + 1 + HEADED_UNITS, len(units))):
            if found.get(below, level + 1) <= level:
                break
            unit = units[below]
            if prose[below] and unit.number in kept:
                words += min(word_count(unit.text), MAX_COUNTED_WORDS)
        if words:
            scored.append((index, words * (TOP_LEVEL_WEIGHT if level == top else 1.0)))
    if not scored:
        return None, frozenset()
    best = max(score for _index, score in scored)
    main = next(units[index] for index, score in scored if score >= MIN_HEADED_SHARE * best)
    return main, frozenset(units[index].number for index, _score in scored)


#: A text browser (lynx) prints a page's ``<link>`` relations as the page's
#: first paragraph, opening with ``#``; a blog's feeds are titled there as
#: "Site » Headline Comments Feed". The headline follows ``» `` there.
_FEED_TITLED: Final = regex.compile(r"»[^\S\n]")
#: A headline read from the link relations has at least this many words.
MIN_FEED_TITLE_WORDS: Final = 2


def feed_title(page: Page) -> Line | None:
    """
    The longest line of *page*, under the link relations a text browser
    prints at the top (a paragraph opening with ``#``), whose whole text
    the relations name after a ``»`` (a feed titled "Site » Headline
    Comments Feed"): the page states its headline twice. ``None`` where the
    page opens with no link relations or none names a line of the page.
    """
    lines = page.lines
    start = next((i for i, line in enumerate(lines) if line.text), None)
    if start is None or not lines[start].raw.lstrip().startswith("#"):
        return None
    end = next((i for i in range(start, len(lines)) if not lines[i].text), len(lines))
    relations = " ".join(line.text for line in lines[start:end]) + " "
    if _FEED_TITLED.search(relations) is None:
        return None
    units, _gaps = join_units(lines[end:], wrapped=is_wrapped(lines[end:]))
    named = [
        unit
        for unit in units
        if word_count(unit.text) >= MIN_FEED_TITLE_WORDS
        and f"» {unit.text} " in relations
        and _titled(unit)
    ]
    # The longest: a shorter line named so is the head of the headline ("»
    # Michigan" of "» Michigan Officials: ...") or of "» Comments Feed".
    return max(named, key=lambda unit: len(unit.text), default=None)
