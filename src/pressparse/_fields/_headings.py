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

import itertools
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from typing import Final

import regex

from .. import _letterhead, _lexicon
from .._lazy import LazyPattern
from .._page import Line, Page
from .._scan import date_line, dates_in
from .._sections import is_byline, is_credit
from .._text import has_digit, word_count
from .._units import is_wrapped, join_units
from ._markdown_title import home_link
from ._seam import after_seam
from ._trails import numbered_runs, page_item

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
# and buttons (lynx: "____________________ (BUTTON) Search"; w3m: "[ ]",
# "[                    ]"), images named by their file ("[logo.png]").
_WIDGET: Final = regex.compile(
    r"\(BUTTON\)|_{4,}|\[[^\S\n]++\]|\[[^\]\n]*\.(?:gif|png|jpe?g|svg|webp)\]|\(IMG\)|\[IMG\]"
    # A nested item of a text browser's or renderer's list ("+ ", "o ",
    # "› "; lynx marks the fourth and fifth levels "# " and "@ "), which no
    # title opens with (a numbered one may: "15. Forum").
    r"|^[+o#@›»][^\S\n]"
    # A link to the previous or next post ("← Older post", "Newer post →").
    r"|^←|→$"
)
# A link relation a text browser prints ("#alternate", "#next"), never a
# title, where it stands: in the paragraph a text browser (lynx) opens the
# page with (`link_relations`). Elsewhere a line may open with a hashtag
# ("#RieslingBirthday Posts gewinnen").
_RELATION: Final = regex.compile(r"#\p{L}")
#: The link relations stand in one of the page's first this many paragraphs
#: (lynx may print an inserted element, "[INS: :INS]", over them).
RELATIONS_REACH: Final = 2


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


def _set_in(units: Sequence[Line], margin: int = 0, prose: Sequence[bool] | None = None) -> bool:
    """
    Whether a converter set the prose of *units* in from the *margin* (at
    least `MIN_INDENTED_SHARE` of the prose units are indented further): a
    text browser's or renderer's layout, not plain text or an OCR'd letter.
    *prose* says which units are prose, where the caller asked already.
    """
    if prose is None:
        prose = [is_prose(unit) for unit in units]
    indents = [unit.indent for unit, is_para in zip(units, prose, strict=True) if is_para]
    return bool(indents) and sum(1 for indent in indents if indent > margin) >= (
        MIN_INDENTED_SHARE * len(indents)
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
    if not _set_in(units, prose=prose):
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
    heading to the post), a picture's credit (`is_credit`, a Creative
    Commons licence among them), a byline (`is_byline`), a date line (nor,
    told by indentation alone, a line stating a date) or a reference
    number, nor the name of an office (a letterhead), nor a Markdown
    heading that links to the site's home page (`_markdown_title.home_link`:
    the site's name).
    """
    text = unit.text
    if (
        not text
        or unit.marker
        or word_count(text) > MAX_HEADING_WORDS
        or (unit.link_chars * 2 > len(text) and unit.tag is None)
        or _WIDGET.search(text) is not None
        or sum(map(str.isalpha, text)) < MIN_LETTER_SHARE * len(text)
        or is_credit(text)
        or is_byline(text)
        or (unit.tag is not None and home_link(unit))
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


def link_relations(page: Page) -> range:
    """
    The line numbers of the link relations a text browser (lynx) prints at
    the top of *page*: a paragraph (lines up to a blank one) whose first
    line opens with ``#`` and a letter ("#alternate", "#Site » Feed"),
    among the page's first `RELATIONS_REACH` paragraphs; an empty range
    where the page opens with none (a renderer's or a Markdown page, where
    a line opening with ``#`` and a letter is a hashtag or a heading).
    """
    lines = page.lines
    start = 0
    for _paragraph in range(RELATIONS_REACH):
        start = next((i for i in range(start, len(lines)) if lines[i].text), len(lines))
        if start == len(lines):
            break
        end = next((i for i in range(start, len(lines)) if not lines[i].text), len(lines))
        first = lines[start]
        if first.tag is None and _RELATION.match(first.text) is not None:
            return range(first.number, lines[end - 1].number + 1)
        start = end
    return range(0)


def read_units(page: Page) -> list[Line]:
    """
    The lines of *page* joined into paragraph units (`join_units`), as the
    heading readers read them.
    """
    return join_units(page.lines, wrapped=is_wrapped(page.lines))[0]


def main_heading(
    page: Page, kept: Collection[int], units: Sequence[Line] | None = None
) -> tuple[Line | None, frozenset[int]]:
    """
    The main heading of *page* (as read, before the strippers): of the
    headings that head prose the strippers *kept* (line numbers), the first
    that heads at least `MIN_HEADED_SHARE` of what the best one heads, or
    the page's one top heading above it (`_sole_top_heading`), or the
    heading under it where it names the page's view (`_under_view_name`).
    Where no heading heads kept prose, the Markdown heading nearest above
    the lead (`_far_over_lead`); else ``None``. Also the line numbers of
    every heading that heads kept prose (or of the one nearest above the
    lead). *units* are the page's `read_units`, when already joined.
    """
    if not any(line.indent or line.tag for line in page.lines):
        return None, frozenset()  # no line set in, none tagged: no heading to tell
    if units is None:
        units = read_units(page)
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
    relations = link_relations(page)
    scored: list[tuple[int, float]] = []
    for index in sorted(found):
        if not _titled(units[index]) or units[index].number in relations:
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
        far = _far_over_lead(units, found, kept)
        return (
            (units[far], frozenset({units[far].number}))
            if far is not None
            else (None, frozenset())
        )
    best = max(score for _index, score in scored)
    at = next(index for index, score in scored if score >= MIN_HEADED_SHARE * best)
    sole = _sole_top_heading(units, found, at)
    if sole is None:
        at = _under_view_name(units, found, [index for index, _score in scored], prose, at)
    main = units[at if sole is None else sole]
    return main, frozenset(units[index].number for index, _score in scored)


def _far_over_lead(
    units: Sequence[Line], found: dict[int, int], kept: Collection[int]
) -> int | None:
    """
    The index of the Markdown heading nearest above the lead (`_lead`)
    where no heading heads kept prose within `HEADED_UNITS` units: the
    body stands under the chrome of its headline (share buttons, a
    gallery) too long for the reach. ``None`` where the headings are not
    Markdown's, or the nearest can be no title.
    """
    if not found or units[next(iter(found))].tag is None:
        return None
    lead = _lead(units, kept)
    if lead is None:
        return None
    above = max((index for index in found if index < lead), default=None)
    if above is None or not _titled(units[above]):
        return None
    return above


def _under_view_name(
    units: Sequence[Line], found: dict[int, int], scored: list[int], prose: Sequence[bool], at: int
) -> int:
    """
    The index of the main heading where the heading at index *at* is a
    Markdown heading of one word over no prose of its own: the name of the
    page's view or section ("# Details", "# Detailansicht") over the
    headline, which is the next heading that heads prose (*scored*, by
    index), of a lower rank, with no prose (*prose*, by index) between
    them. *at* itself where it is no such name.
    """
    unit = units[at]
    if unit.tag is None or word_count(unit.text) != 1:
        return at
    level = found[at]
    below = next((index for index in scored if index > at), None)
    if (
        below is None
        or any(prose[at + 1 : below])
        or any(found[index] <= level for index in found if at < index <= below)
    ):
        return at
    return below


def _sole_top_heading(units: Sequence[Line], found: dict[int, int], at: int) -> int | None:
    """
    The index of the page's one top heading (``#`` in Markdown: every
    ``h1`` of the page prints the same text) where it stands above the
    heading at index *at*, under a line of links (the site's menu), and
    can be a title, not a link (a site's name linked to its home page): a
    page's ``h1`` states its headline even where the body's prose stands
    under a subheading of its own, or too far below it to count as headed.
    ``None`` otherwise, or where the top heading holds the heading at *at*
    (the document's title, with the site's name).
    """
    tops = [index for index in sorted(found) if found[index] == 1 and units[index].tag == "h1"]
    if not tops or tops[0] >= at or len({units[index].text for index in tops}) > 1:
        return None
    top = units[tops[0]]
    if (
        top.link_chars
        or units[at].text in top.text
        or not _titled(top)
        or not any(unit.link_chars * 2 > len(unit.text) for unit in units[: tops[0]])
    ):
        # (A top heading that holds the heading under it is the document's
        # title, "Headline | Site", printed as a heading; one over the
        # site's menu, the site's name.)
        return None
    return tops[0]


#: A text browser (lynx) prints a page's ``<link>`` relations as the page's
#: first paragraph, opening with ``#``; a blog's feeds are titled there as
#: "Site » Headline Comments Feed". The headline follows ``» `` there.
_FEED_TITLED: Final = regex.compile(r"»[^\S\n]")
#: A headline read from the link relations has at least this many words.
MIN_FEED_TITLE_WORDS: Final = 2


def feed_title(page: Page, laid_out: Callable[[], list[Line]] | None = None) -> Line | None:
    """
    The longest line of *page*, under the link relations a text browser
    prints at the top (a paragraph opening with ``#``), whose whole text
    the relations name after a ``»`` (a feed titled "Site » Headline
    Comments Feed"): the page states its headline twice. A line is read
    joined to the lines wrapped under it, as a paragraph (`join_units`) and
    as the browser laid out its blocks (`laid_out_units`: a heading set
    flush left over an indented line stands alone; *laid_out* gives them
    where the caller keeps them). ``None`` where the page opens with no link
    relations or none names a line of the page.
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
    # (Also the blocks as the browser laid them out: a heading set flush left
    # over an indented line is a block of its own.)
    first = lines[end].number if end < len(lines) else None
    laid = laid_out() if laid_out is not None else laid_out_units(page)
    blocks = [unit for unit in laid if first is not None and unit.number >= first]
    named = [
        unit
        for unit in [*units, *blocks]
        if word_count(unit.text) >= MIN_FEED_TITLE_WORDS
        and f"» {unit.text} " in relations
        and _titled(unit)
    ]
    # The longest: a shorter line named so is the head of the headline ("»
    # Michigan" of "» Michigan Officials: ...") or of "» Comments Feed".
    return max(named, key=lambda unit: len(unit.text), default=None)


# -- the headline over the lead -------------------------------------------------
#
# A converter that marks no headings (inscriptis prints none; a text browser
# marks them only by indentation) leaves the title to be told by where it
# stands: the headline is the last short unit above the first paragraph of
# the body's prose the strippers kept (the lead), over the byline, the date
# and the picture's credit printed between them, and under the site's
# chrome and the article's kicker. Each unit of the few above the lead that
# can be a title is scored by that evidence; the best is taken.

#: The headline is looked for in this many units above the lead of at
#: least `MIN_REACH_WORDS` words each: a shorter unit (a share button, a
#: label, a chapter's "Previous" and "Next", a recipe's "Preparo") is the
#: chrome a page prints between its headline and lead and uses up none of
#: the reach ...
LEAD_WINDOW: Final = 12
MIN_REACH_WORDS: Final = 4
#: ... which ends this many units above the lead in all ...
MAX_LEAD_REACH: Final = 3 * LEAD_WINDOW
#: ... and, past the first `LEAD_WINDOW` units, short of the page's first
#: this many: its masthead, the site's name a page prints at its top (and
#: again further down), stands over a short menu, not over the headline.
MASTHEAD_UNITS: Final = 3
#: Each unit between a candidate and the lead costs this much (the headline
#: stands close over the lead).
DISTANCE_COST: Final = 0.05
#: A candidate the page prints again (a breadcrumb's last item, a share
#: link, the same heading twice) gains this much.
REPEAT_GAIN: Final = 1.0
#: A candidate that ends with a full stop (a standfirst, a caption) costs this
#: much.
SENTENCE_COST: Final = 2.0
#: A candidate of one word (a kicker, a section's name) costs this much ...
ONE_WORD_COST: Final = 1.5
#: ... of two words, this much ...
TWO_WORD_COST: Final = 0.7
#: ... and one of at least `FULL_WORDS` words gains this much.
FULL_GAIN: Final = 0.5
FULL_WORDS: Final = 4
#: A candidate of at least `LONG_WORDS` words (a standfirst, a sentence of
#: the page's text; a headline is shorter) costs this much.
LONG_COST: Final = 0.5
LONG_WORDS: Final = 20
#: A candidate in capitals (a kicker, a section's name) costs this much.
CAPITALS_COST: Final = 1.0
#: A candidate the strippers kept gains this much (they take menus and
#: banners).
KEPT_GAIN: Final = 0.3
#: A candidate right under a shorter one that can be a title (of at least
#: `STANDFIRST_OVER_WORDS` words: a kicker has fewer, and at most
#: `STANDFIRST_REACH` units above it, past a byline, a date or a credit:
#: a line of the site's menu further up heads no standfirst), with at least
#: `STANDFIRST_WORDS` words and `STANDFIRST_RATIO` times the words of the
#: one above, is the standfirst under the headline, and costs this much.
STANDFIRST_COST: Final = 0.5
STANDFIRST_WORDS: Final = 8
STANDFIRST_RATIO: Final = 1.5
STANDFIRST_OVER_WORDS: Final = 3
STANDFIRST_REACH: Final = 4
#: A candidate set out to the left of the lead by a few columns, at most
#: `SET_OUT_REACH` (a heading, as a text browser prints it over paragraphs
#: set in by three), gains this much; a line far out to the left is the
#: site's chrome beside the article, as a renderer nests it.
SET_OUT_GAIN: Final = 1.0
SET_OUT_REACH: Final = 4
#: A candidate right over the lead, set in at the lead's indent under a
#: unit right over it that can be a title, set out to its left by a few
#: columns (at most `SET_OUT_REACH`), not in capitals (a kicker) and
#: standing alone, a blank line over it (a row of buttons or a menu's
#: last item stands under its others), is
#: the subheading or standfirst under the headline a converter set out
#: (``Faire Lieferketten`` over ``Aktionen planen, die was bewegen``, as
#: inscriptis prints a heading over its section), and costs this much.
SET_UNDER_COST: Final = 1.5
#: A candidate in a run of at least `TEASER_RUN` units, each standing
#: right over the next, of `FULL_WORDS` words or more that can be a title,
#: at its indent, is a teaser in a list of other articles' headlines
#: ("Dans la section Politique" over ten headlines), and costs this much:
#: a headline stands alone, over its byline, date or lead.
TEASER_COST: Final = 1.0
TEASER_RUN: Final = 4
#: A candidate right under a line that names a site by its host name alone
#: ("strafprozess.ch", "jan-grosser.de") and over no byline or date is
#: the site's motto under its name in the masthead ("Aktuelles zum Straf-
#: und Strafprozessrecht"), and costs this much (`_motto`).
MOTTO_COST: Final = 1.0
#: The gain of a unit right under a breadcrumb trail that ends on a
#: section of at most `MAX_SECTION_CRUMB_WORDS` words ("Business News ›
#: Tech › Hardware", "News > Nation"): the page's headline stands there.
#: (A trail ending on the headline names it: `_crumb_agreed`.)
UNDER_TRAIL_GAIN: Final = 0.5
MAX_SECTION_CRUMB_WORDS: Final = 3
# A host name alone: labels joined by dots, ending on a top-level domain.
_HOST: Final = regex.compile(r"(?:[\p{L}\p{N}-]++\.)++\p{L}{2,6}+", regex.V1)
#: A candidate whose markup set a kicker off by a seam (``Klimaschutz :
#: Bohren, bis es heiß wird``: `_seam.after_seam`), the kicker's element
#: and the headline's run into one line, is a headline's shape and gains
#: this much; it is no standfirst under the line over it.
SEAM_GAIN: Final = 1.0
#: A repeat does not count for a candidate of at most this many words the
#: strippers took off, where no copy stands within `CHROME_REPEAT_REACH`
#: units of it: a menu's item, a section's, the site's or an author's name,
#: printed again in another part of the page's chrome (a breadcrumb trail's
#: last item, right over the headline, stays a repeat).
MAX_CHROME_REPEAT_WORDS: Final = 3
CHROME_REPEAT_REACH: Final = 4
#: A repeat counts only for a candidate of at least this many words when it
#: stands inside a longer unit (a short name stands inside many).
MIN_REPEAT_INSIDE_WORDS: Final = 3


#: The lead opens a run of prose of at least this share of the page's
#: longest (a cookie notice or a site's motto kept as prose opens a short
#: one).
MIN_LEAD_SHARE: Final = 0.3


#: A converter's layout sets its prose in by at least this many columns
#: (lynx: 3) ...
MIN_SET_IN: Final = 3
#: ... or nests at least this share of the lines ...
MIN_NESTED_SHARE: Final = 0.1
#: ... at least this many columns in ...
MIN_NESTED_INDENT: Final = 4
#: ... with no more than this share of its lines at one indent.
MAX_ONE_INDENT_SHARE: Final = 0.85


def _laid_out(page: Page, units: Sequence[Line]) -> bool:
    """
    Whether a converter laid *page* out (*units* its lines joined): its
    prose is set in by `MIN_SET_IN` columns or more from the page's own
    margin (`_set_in`: a text browser's paragraphs), or its lines follow a
    nesting (a text renderer's): at least `MIN_NESTED_SHARE` of them stand
    `MIN_NESTED_INDENT` columns or more in from the margin, and no one
    indent holds more than `MAX_ONE_INDENT_SHARE` of them. An OCR'd letter
    wanders a column or two, no more.
    """
    indents = Counter(line.indent for line in page.lines if line.text)
    if len(indents) < 2:
        return False
    margin = min(indents)
    if _set_in(units, margin + MIN_SET_IN - 1):
        return True
    lines = indents.total()
    nested = sum(
        count for indent, count in indents.items() if indent >= margin + MIN_NESTED_INDENT
    )
    return nested >= MIN_NESTED_SHARE * lines and max(indents.values()) <= (
        MAX_ONE_INDENT_SHARE * lines
    )


# A sentence's end in running text: a full stop (or an ellipsis), perhaps
# closed by quotes or a bracket, at the end or before the next sentence
# (not the number of a list's item: "1. Der ..."); or a question or an
# exclamation mark before the next sentence ("Wie war das nochmal mit den
# Variablen? Hier ein Auszug ...!"): a headline may end on one, but opens
# no second sentence after it.
_SENTENCE_END: Final = regex.compile(
    r"(?<!^\p{N}{1,3})[.…][\"”’»)]*+(?:\Z|[^\S\n]++[\"“„‘«(]?+\p{Lu})"
    r"|[!?][\"”’»)]*+[^\S\n]++[\"“„‘«(]?+\p{Lu}",
    regex.V1,
)


def _lead_prose(unit: Line) -> bool:
    """
    Whether *unit* is prose that can open the body (`is_prose`) and
    holds a sentence ended by a full stop, or by a question or an
    exclamation mark with another sentence after it: a long headline may
    end with a question mark, a quote or a bracket, or be a breadcrumb
    ending on one; a lead ends its sentences.
    """
    return is_prose(unit) and _SENTENCE_END.search(unit.text) is not None


def _lead(units: Sequence[Line], kept: Collection[int]) -> int | None:
    """
    The index in *units* of the lead: the first prose unit the strippers
    *kept* that opens a run of prose (its words, and those of the kept
    prose in the `HEADED_UNITS` units under it) of at least
    `MIN_LEAD_SHARE` of the page's longest run; ``None`` without kept
    prose.
    """
    prose = [
        (index, min(word_count(unit.text), MAX_COUNTED_WORDS))
        for index, unit in enumerate(units)
        if unit.number in kept and _lead_prose(unit)
    ]
    if not prose:
        return None
    runs: list[tuple[int, int]] = []
    for start, (index, _words) in enumerate(prose):
        mass = 0
        for below, words in prose[start:]:
            if below > index + HEADED_UNITS:
                break
            mass += words
        runs.append((index, mass))
    longest = max(mass for _index, mass in runs)
    return next(index for index, mass in runs if mass >= MIN_LEAD_SHARE * longest)


#: A blurb over the article's header is passed only for prose within this
#: many units under it.
MAX_BLURB_GAP: Final = LEAD_WINDOW


def _dated(unit: Line) -> bool:
    """Whether *unit* is a byline or a line stating a date."""
    text = unit.text
    return is_byline(text) or bool(has_digit(text) and dates_in(text, None))


def _past_blurbs(
    units: Sequence[Line], kept: Collection[int], lead: int, printed_again: Callable[[Line], bool]
) -> int:
    """
    The index in *units* of the lead under any blurb the strippers kept
    over the article's header: where, between the prose at *lead* and the
    next kept prose under it (at most `MAX_BLURB_GAP` units down), a
    byline or a line stating a date stands right over a unit that can be
    a headline (`_over_lead_titled`) and that the page prints again
    (*printed_again*: in a breadcrumb trail, a list of posts, a second
    heading), the prose at *lead* is a site's or blog's description or a
    notice over the article ("Here is where I plan to blog ...", a Covid
    notice over "21.01.2022 Press release" and the headline), and the
    prose under the header is the lead. (A standfirst under its headline
    stands over a byline and a date too, but no headline the page repeats
    stands under them.)
    """
    while True:
        below = next(
            (
                index
                for index in range(lead + 1, min(lead + MAX_BLURB_GAP + 1, len(units)))
                if units[index].number in kept and _lead_prose(units[index])
            ),
            None,
        )
        if below is None:
            return lead
        gap = [unit for unit in units[lead + 1 : below] if unit.text]
        if not any(
            _dated(unit) and _over_lead_titled(under) and printed_again(under)
            for unit, under in itertools.pairwise(gap)
        ):
            return lead
        lead = below


def _bracketed(text: str) -> bool:
    """
    Whether the whole of *text* stands in one pair of brackets (``(Photo:
    Jane Roe)``, ``(will not be published)``): an aside, a credit or a
    form's note, never a headline (``(Un)equal pay (part 2)`` is not
    bracketed whole).
    """
    if len(text) < 2 or text[0] not in "([" or text[-1] != {"(": ")", "[": "]"}[text[0]]:
        return False
    depth = 0
    for char in text[:-1]:
        depth += char == text[0]
        depth -= char == text[-1]
        if depth == 0:
            return False
    return True


#: A headline that numbers a name has a word of at least this many letters.
MIN_NUMBERED_NAME_LETTERS: Final = 5


def _chrome(text: str) -> bool:
    """
    Whether *text* is interface text, a page number, a reference or a
    copyright line (`_letterhead.is_chrome`), but not a headline that
    numbers a name (``Scherenschnitt (3)``, ``Enterprise 2.0``,
    ``Bundesregierung 2017 #btw17``), whose digits read as a reference
    number's: its words without digits are at least half its words, are
    no chrome, and hold one of `MIN_NUMBERED_NAME_LETTERS` letters or more
    (a table's row, "39 Stanton Barrett 2 0 0 0", has more numbers).
    """
    if not _letterhead.is_chrome(text):
        return False
    if not has_digit(text):
        return True
    split = text.split()
    words = [word for word in split if not has_digit(word)]
    return (
        len(words) * 2 < len(split)
        or max(sum(map(str.isalpha, word)) for word in words) < MIN_NUMBERED_NAME_LETTERS
        or _letterhead.is_chrome(" ".join(words))
    )


# A staff line: an author's name and their post on the paper, printed
# under a headline without a byline word ("Richard Adams Education
# editor", "Tom Gillespie, news reporter", "Steve Peoples, Ap National
# Political Writer": The Guardian, Sky News, AP). After the name's
# capitalised words the post's word is in lower case; after a comma, a
# few words of any case open it ("Guardian appoints new education editor"
# and "Meet Our New Editor" are headlines).
# (The posts are the lexicon's staff_posts.)
_STAFF_POST: Final = f"(?:{_lexicon.pattern('staff_posts')})"
_STAFF_NAME_WORD: Final = r"\p{Lu}[\p{L}\p{M}.'’-]*"
_STAFF_LINE: Final = LazyPattern(
    rf"(?:{_STAFF_NAME_WORD}[^\S\n]+){{2,5}}{_STAFF_POST}"
    rf"|{_STAFF_NAME_WORD}(?:[^\S\n]+{_STAFF_NAME_WORD}){{0,3}},"
    rf"(?:[^\S\n]+[\p{{L}}\p{{M}}.'’-]+){{0,3}}[^\S\n]+(?i:{_STAFF_POST})",
    regex.V1,
)
# Words run into each other (a lower-case letter, then a word opening in
# capitals: "languagesAbkhazAdyghe", "StartseiteLawinenbulletin"): a menu
# whose items a renderer printed with no space between.
_RUN_ON: Final = regex.compile(r"\p{Ll}\p{Lu}\p{Ll}", regex.V1)
#: A unit with at least this many words run into each other is a menu
#: (one or two: "iPhone", "McDonald's", "YouTube").
MIN_RUN_ONS: Final = 3


def _run_on_menu(text: str) -> bool:
    """
    Whether *text* is a menu a renderer ran together (`_RUN_ON`, at least
    `MIN_RUN_ONS` times: "All languagesAbkhazAdygheAfrikaans...", "El
    paísEconomíaSociedad..."), never a headline.
    """
    return any(found >= MIN_RUN_ONS for found, _match in enumerate(_RUN_ON.finditer(text), 1))


# A postal address: a street and its house number, then a postcode and a
# town ("Västmannagatan 43 113 25 Stockholm", "Via Bologna, 32 – 10152
# Torino", "Friedrichstr. 200, 10117 Berlin": The Local, Lavazza,
# singapur-reiseinfo.de); or an e-mail address, or the placeholder a
# site's host prints for one it hides ("AFP/The Local - [email
# protected]", a menu of Página 12's run together over it). A contact
# line of the page's chrome, never a headline.
_CONTACT: Final = regex.compile(
    r"\p{L}{3,}\.?,?[^\S\n]\d{1,4}[a-z]?(?:[^\S\n]*[,–-])?[^\S\n]+"
    r"(?:\d{4,5}|\d{3}[^\S\n]\d{2})[^\S\n]+\p{Lu}\p{Ll}"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email[^\S\n]protected\]",
    regex.V1,
)


def _contact(text: str) -> bool:
    """
    Whether *text* holds a postal or an e-mail address (`_CONTACT`); the
    pattern is tried only on a text with a digit, an ``@`` or a bracket.
    """
    return (has_digit(text) or "@" in text or "]" in text) and _CONTACT.search(text) is not None


def _numbered_name(text: str) -> bool:
    """
    Whether *text*, which the header reader took for a letterhead's line,
    may be a headline that numbers a name (``Enterprise 2.0``,
    ``Scherenschnitt (3)``, ``Bundesregierung 2017 #btw17``): its digits
    read as a reference number's (`_letterhead.is_chrome`), `_chrome`
    keeps it, and it names no office or person. (A date line is no
    headline all the same: `_over_lead_titled`.)
    """
    return (
        bool(has_digit(text))
        and _letterhead.is_chrome(text)
        and not _chrome(text)
        and _letterhead.office(text) is None
        and not _letterhead.is_person(text)
    )


def _over_lead_titled(unit: Line) -> bool:
    """
    Whether *unit*, above the lead, can be its headline: `_titled`, and
    not a label (``Teilen:``), an aside in brackets (`_bracketed`), a
    line stating a date, prose that can open
    the body (`_lead_prose`), interface text (`_letterhead.is_chrome`, a
    button's or widget's, `_letterhead.is_interface`), a question and a
    call to act after it (`_letterhead.is_call_to_action`), a breadcrumb
    trail, a byline (`is_byline`) or a staff line (`_STAFF_LINE`: a
    byline without a byline word),
    a contact line (`_contact`: a postal or an e-mail address) or a menu
    run together (`_run_on_menu`).
    """
    text = unit.text
    return (
        _titled(unit)
        and not text.endswith(":")
        and _STAFF_LINE.fullmatch(text) is None
        and not is_byline(text)
        and not _contact(text)
        and not _run_on_menu(text)
        and not _bracketed(text)
        and not _lead_prose(unit)
        and not (has_digit(text) and dates_in(text, None))
        and not _chrome(text)
        and not _letterhead.is_interface(text)
        and not _letterhead.is_call_to_action(text)
        and _letterhead.breadcrumb(text) is None
        and ("1." not in text or _numbered_trail(text) is None)
    )


# A breadcrumb trail a converter printed as a numbered list on one line
# ("1. Startseite 2. Presse 3. Headline"): items numbered from one on.
_TRAIL_NUMBER: Final = regex.compile(r"(?:^|(?<=\s))(\d{1,2})\.(?=\s|$)")


def _numbered_trail(text: str) -> str | None:
    """
    The last item of a breadcrumb trail printed as a numbered list on one
    line (``1. Home 2. Media 3. Headline``), or ``None`` when *text* is
    not one: at least three items numbered one, two, three and on.
    """
    marks = list(_TRAIL_NUMBER.finditer(text))
    if len(marks) < 3 or [int(mark[1]) for mark in marks] != list(range(1, len(marks) + 1)):
        return None
    last = text[marks[-1].end() :].strip()
    return last or None


#: A breadcrumb trail set out as a numbered list has at least this many items.
MIN_TRAIL_ITEMS: Final = 3


def _listed_trails(texts: Sequence[str]) -> tuple[dict[int, str], frozenset[int]]:
    """
    The breadcrumb trails among *texts* set out as numbered lists, an item
    a line (``1. Home``, ``2. Media``, ``3. Headline``: at least
    `MIN_TRAIL_ITEMS` lines numbered one, two, three and on,
    `_trails.numbered_runs`): each trail's last item (`_trails.page_item`),
    by its index, and the indexes of every item (a trail's item is never
    the headline; its last item repeats it).
    """
    crumbs: dict[int, str] = {}
    items: set[int] = set()
    for run in numbered_runs(texts, MIN_TRAIL_ITEMS):
        last, text = run[-1]
        if name := page_item(text):
            crumbs[last] = name
        items.update(index for index, _text in run)
    return crumbs, frozenset(items)


#: A kicker printed on the headline's line, before the breadcrumb trail's
#: last item, has at most this many words ("Holocaust-Gedenktag Erinnerung
#: an die Opfer ..." under a trail ending "Erinnerung an die Opfer ...").
MAX_CRUMB_KICKER_WORDS: Final = 3


def _crumb_agreed(text: str, crumbs: Collection[str]) -> str | None:
    """
    The headline *text* holds where it agrees with a breadcrumb trail's
    last item (one of *crumbs* of `MIN_REPEAT_INSIDE_WORDS` words or
    more): the item, where *text* ends with it after a kicker of at most
    `MAX_CRUMB_KICKER_WORDS` words or a date run into it; or what follows
    a date run into *text*, where it opens with the item (a trail cuts a
    long headline short: "1. Februar 2022 Headline ..."). ``None``
    otherwise.
    """
    for crumb in crumbs:
        if crumb not in text or crumb == text or word_count(crumb) < MIN_REPEAT_INSIDE_WORDS:
            continue
        dated = dates_in(text, None) if has_digit(text) else ()
        if dated and dated[0].span[0] == 0:
            rest = text[dated[0].span[1] :].lstrip(" ,-–—|")
            if rest.startswith(crumb):
                return rest
        if text.endswith(crumb) and text[-len(crumb) - 1 : -len(crumb)] == " ":
            kicker = text[: -len(crumb)]
            if word_count(kicker) <= MAX_CRUMB_KICKER_WORDS and not has_digit(kicker):
                return crumb
    return None


def _repeated(
    index: int,
    texts: Sequence[str],
    counts: Counter[str],
    blob: str,
    crumbs: dict[int, str],
    prose: Collection[int] = frozenset(),
    listed: Sequence[bool] = (),
) -> bool:
    """
    Whether the page prints text *index* of *texts* (its units' texts;
    *counts* how often each stands alone, *blob* them joined by line
    breaks, the units *prose* (by index: `_lead_prose`) blanked) again,
    apart from it (not on the unit right next to it, where a picture's alt
    text and caption repeat a credit, unless that unit is a list's item and
    text *index* is not, *listed* saying which are: a bulleted breadcrumb
    trail, an item a line, ends on the headline printed right under it):
    the same text on another unit, or as a breadcrumb trail's last item
    (*crumbs*, by index), or, for a text of `MIN_REPEAT_INSIDE_WORDS` words
    or more, inside a longer one that is not a paragraph of prose (a
    standfirst whose sentence the body prints again, "Coal has been in a
    slow-motion death spiral ...", repeats no headline).
    """
    text = texts[index]
    if any(crumb == text and other != index for other, crumb in crumbs.items()):
        return True
    near = [
        other
        for other in range(max(index - 1, 0), min(index + 2, len(texts)))
        if other == index or not (listed and listed[other] and not listed[index])
    ]
    if word_count(text) >= MIN_REPEAT_INSIDE_WORDS:
        return blob.count(text) > sum(
            texts[other].count(text) for other in near if other not in prose
        )
    return counts[text] > sum(texts[other] == text for other in near)


def _chrome_repeat(index: int, texts: Sequence[str], kept: bool) -> bool:
    """
    Whether the repeat of text *index* of *texts* (the page's units' texts)
    is the chrome's: a text of at most `MAX_CHROME_REPEAT_WORDS` words the
    strippers took off (not *kept*), no copy of which stands within
    `CHROME_REPEAT_REACH` units of it (a menu's item or a site's name
    printed again in the footer, not a breadcrumb's last item over the
    headline).
    """
    text = texts[index]
    if kept or word_count(text) > MAX_CHROME_REPEAT_WORDS:
        return False
    near = texts[max(index - CHROME_REPEAT_REACH, 0) : index + CHROME_REPEAT_REACH + 1]
    return near.count(text) == 1


def _over_lead_score(
    unit: Line,
    distance: int,
    repeated: bool,
    kept: bool,
    above: Line | None,
    lead: Line,
    set_under: bool = False,
    teaser: bool = False,
    motto: bool = False,
    under_trail: bool = False,
) -> float:
    """
    The evidence that *unit*, *distance* units above the lead, is the
    headline (the weights above); *above* is the nearest unit over it
    that can be a title, if any; *set_under* whether it stands set in
    under a headline set out right over it (`_set_under`); *teaser*
    whether it stands in a list of teasers (`_in_teasers`); *motto*
    whether it stands right under the site's host name (`MOTTO_COST`);
    *under_trail* whether it stands right under a breadcrumb trail that
    ends on a section (`UNDER_TRAIL_GAIN`).
    """
    text = unit.text
    words = word_count(text)
    score = -DISTANCE_COST * distance
    seamed = " :" in text and after_seam(text) != text
    if seamed:
        score += SEAM_GAIN
    elif above is not None and words >= STANDFIRST_WORDS:
        over = word_count(above.text)
        if STANDFIRST_OVER_WORDS <= over and words >= STANDFIRST_RATIO * over:
            score -= STANDFIRST_COST
    if set_under:
        score -= SET_UNDER_COST
    if teaser:
        score -= TEASER_COST
    if motto:
        score -= MOTTO_COST
    if under_trail:
        score += UNDER_TRAIL_GAIN
    if repeated:
        score += REPEAT_GAIN
    if text.endswith(".") and not text.endswith(".."):
        score -= SENTENCE_COST
    if words == 1:
        score -= ONE_WORD_COST
    elif words == 2:
        score -= TWO_WORD_COST
    elif words >= LONG_WORDS:
        score -= LONG_COST
    elif words >= FULL_WORDS:
        score += FULL_GAIN
    if text.isupper():
        score -= CAPITALS_COST
    if kept:
        score += KEPT_GAIN
    if 0 < lead.indent - unit.indent <= SET_OUT_REACH:
        score += SET_OUT_GAIN
    return score


# A short labelled line ("Autor: Jane Roe", "Data: 28-04-2021").
_LABELLED: Final = regex.compile(r"\p{L}{2,20}:[^\S\n]", regex.V1)
#: A labelled line passed over has at most this many words.
MAX_LABELLED_WORDS: Final = 6


def _set_under(
    page: Page, distance: int, unit: Line, titled_at: dict[int, Line], lead: Line
) -> bool:
    """
    Whether *unit*, *distance* units over the *lead* of *page*, stands
    right over it at its indent, under a unit right over it that can be a
    title (*titled_at*, by distance), set out to its left by at most
    `SET_OUT_REACH` columns, not in capitals and with a blank line over
    it: a subheading or a standfirst under a headline a converter set out
    (`SET_UNDER_COST`).
    """
    if distance != 1 or unit.indent != lead.indent:
        return False
    head = titled_at.get(distance + 1)
    if head is None or not 0 < unit.indent - head.indent <= SET_OUT_REACH or head.text.isupper():
        return False
    lines = page.lines
    at = head.number - lines[0].number
    return 0 < at < len(lines) and lines[at].number == head.number and not lines[at - 1].text


def _in_teasers(distance: int, titled_at: dict[int, Line]) -> bool:
    """
    Whether the unit at *distance* over the lead stands in a list of
    teasers (`TEASER_COST`): in a run of at least `TEASER_RUN` units
    right over each other (*titled_at*, by distance: the units that can be
    a title) of `FULL_WORDS` words or more, at one indent, none opening in
    lower case (a hard-wrapped paragraph's lines, "of his death. The
    picnic ...", are no headlines).
    """
    unit = titled_at[distance]

    def headline_shaped(other: Line | None) -> bool:
        return (
            other is not None
            and other.indent == unit.indent
            and word_count(other.text) >= FULL_WORDS
            and not other.text[:1].islower()
        )

    if not headline_shaped(unit):
        return False

    def sibling(at: int) -> bool:
        return headline_shaped(titled_at.get(at))

    run = 1
    for step in (1, -1):
        at = distance + step
        while run < TEASER_RUN and sibling(at):
            run += 1
            at += step
    return run >= TEASER_RUN


def _motto(distance: int, window: Sequence[tuple[int, Line]]) -> bool:
    """
    Whether the unit at *distance* in the *window* (``(distance, unit)``
    bottom up) is the site's motto (`MOTTO_COST`): it stands right under a
    line naming the site by its host name alone (``strafprozess.ch``),
    and over no byline or date line (`_over_byline`: a post's headline
    under the host name stands over its author and date).
    """
    return (
        distance < len(window)
        and _HOST.fullmatch(window[distance][1].text) is not None
        and not _over_byline(distance, window)
    )


def _passed_over(unit: Line) -> bool:
    """
    Whether *unit*, between a headline and its standfirst, is what a page
    prints there: a byline, a picture's credit, a line stating a date, a
    short labelled line (an author's or a date's label), a picture
    printed without words, or a paragraph of prose (a standfirst over the
    caption under it).
    """
    text = unit.text
    return (
        not text.strip()
        or _lead_prose(unit)
        or is_byline(text)
        or is_credit(text)
        or (has_digit(text) and bool(dates_in(text, None)))
        or (_LABELLED.match(text) is not None and word_count(text) <= MAX_LABELLED_WORDS)
    )


def _unit_above(
    distance: int, window: Sequence[tuple[int, Line]], titled_at: dict[int, Line]
) -> Line | None:
    """
    The unit of the *window* (``(distance, unit)`` bottom up) that can be
    a title (*titled_at*, by distance) nearest over the one at *distance*,
    at most `STANDFIRST_REACH` units above it and past nothing but
    bylines, credits and date lines (`_passed_over`); ``None`` where
    anything else stands between (a button, a label, a menu's line: a
    line of the chrome further up heads no standfirst).
    """
    for above in range(distance + 1, min(distance + STANDFIRST_REACH, len(window)) + 1):
        unit = titled_at.get(above)
        if unit is not None:
            return unit
        if not _passed_over(window[above - 1][1]):
            return None
    return None


def _under_section_trail(
    distance: int,
    window: Sequence[tuple[int, Line]],
    index_of: dict[int, int],
    crumbs: dict[int, str],
) -> bool:
    """
    Whether the unit at *distance* in the *window* (``(distance, unit)``
    bottom up) stands right under a breadcrumb trail (*crumbs*: each
    trail's last item, by its index among the printed units, *index_of*
    by line number) that ends on a section (`UNDER_TRAIL_GAIN`).
    """
    if distance >= len(window):
        return False
    crumb = crumbs.get(index_of[window[distance][1].number])
    return crumb is not None and word_count(crumb) <= MAX_SECTION_CRUMB_WORDS


def _over_byline(distance: int, window: Sequence[tuple[int, Line]]) -> bool:
    """
    Whether the unit at *distance* in the *window* (``(distance, unit)``
    bottom up) stands right over a byline or a line stating a date
    (`_dated`): a post's headline over its date and author on a crawled
    web page ("Managing Python Environments" over "By Jane Roe - January
    10, 2020"), where the header reader read a letterhead (an office's
    name over its address at the top of a letter stands over no date).
    """
    return distance > 1 and _dated(window[distance - 2][1])


#: A text browser's margin: at least this many lines of the page run to
#: within `MARGIN_SLACK` columns of its widest.
MIN_MARGIN_LINES: Final = 10
MARGIN_SLACK: Final = 8


def _margin(page: Page) -> int:
    """
    The column a text browser wrapped *page* at: its widest line's, where
    at least `MIN_MARGIN_LINES` lines run to within `MARGIN_SLACK` columns
    of it; else 0 (a renderer's lines, as long as their paragraphs).
    """
    lengths = [len(line.raw) for line in page.lines]
    width = max(lengths, default=0)
    near = sum(1 for length in lengths if length >= width - MARGIN_SLACK)
    return width if near >= MIN_MARGIN_LINES else 0


def under_heading(page: Page, unit: Line, heading: Line) -> bool:
    """
    Whether a text browser (lynx: it wraps the page at a margin,
    `_margin`) set *heading*, the page's main heading (`main_heading`),
    flush-left, like every heading it prints, and *unit* in (a menu's line,
    an epigraph, an image's name), with no other flush-left line between
    them: *unit*, standing over the lead (`over_lead`), belongs to the
    heading's section or runs into it, and the heading, not *unit*, is
    the headline. A renderer (inscriptis) sets a headline in as deep as
    its paragraphs, and a widget's label flush-left: not where it wraps
    nothing.
    """
    if heading.tag is not None or heading.indent or not unit.indent:
        return False
    low, high = sorted((heading.number, unit.number))
    return not any(
        line.text and not line.indent for line in page.lines if low < line.number < high
    ) and bool(_margin(page))


def _ends_short(line: Line, following: Line, width: int) -> bool:
    """
    Whether *line* of a hard-wrapped page ends a paragraph before
    *following*: it ends a sentence, and the first word of *following*
    would have fitted after it within *width* (the page's widest line: a
    text browser's margin), so the browser did not wrap there; what
    follows is a picture's caption or a list printed flush under the
    paragraph ("... Dünger benötigt sie nicht." over "Hamamelis Winter
    Die Zaubernuss blüht ...").
    """
    text = line.text
    return (
        width > 0
        and text[-1:] in ".!?"
        and len(line.raw) + 1 + len(following.text.split(maxsplit=1)[0]) <= width
    )


def laid_out_units(page: Page) -> list[Line]:
    """
    The lines of a page a converter laid out, joined into its blocks. A
    page whose lines are hard-wrapped (`is_wrapped`: a text browser wraps a
    paragraph or a heading at its indent) joins the lines that follow each
    other with no blank line between, at one indent, none opening a list
    item, and none after a line that ends a sentence short of the margin
    (`_ends_short`); on any other page (a renderer prints each block on a line of its
    own) each printed line is a block. A joined block is a `Line` whose
    text is its lines' joined, whose raw is its printed lines, and whose
    number is its first line's.
    """
    if not is_wrapped(page.lines):
        return [line for line in page.lines if line.text]
    width = _margin(page)
    units: list[Line] = []
    run: list[Line] = []
    for line in [*page.lines, None]:
        if (
            line is None
            or not line.text
            or line.marker
            or not run
            or line.indent != run[-1].indent
            or _ends_short(run[-1], line, width)
        ):
            if run:
                first = run[0]
                units.append(
                    first
                    if len(run) == 1
                    else first._replace(
                        text=" ".join(piece.text for piece in run),
                        raw="\n".join(piece.raw for piece in run),
                    )
                )
            run = [line] if line is not None and line.text and not line.marker else []
            if line is not None and line.marker:
                units.append(line)
        else:
            run.append(line)
    return units


def over_lead(
    page: Page,
    kept: Collection[int],
    set_aside: Collection[int] = (),
    letterheads: Collection[int] = (),
    laid_out: Callable[[], list[Line]] | None = None,
) -> Line | None:
    """
    The unit of *page* (as read, before the strippers) standing where a
    headline stands: of the blocks (`laid_out_units`) above the lead
    (`_lead`, over prose the strippers *kept*: line numbers), up to the
    `LEAD_WINDOW`-th of `MIN_REACH_WORDS` words or more (buttons and labels
    use up no reach), at most `MAX_LEAD_REACH`, and short of the masthead
    (`MASTHEAD_UNITS`) past the first `LEAD_WINDOW`, the best scored
    (`_over_lead_score`) that can be a headline (`_over_lead_titled`) and
    is none of the lines *set_aside* (what the header reader read as a
    label or a kind label), nor of the lines it read as a letterhead
    (*letterheads*) unless a byline or a line stating a date stands right
    under it (`_over_byline`). ``None`` on a page no converter
    laid out (`_laid_out`: plain text, an OCR'd letter, whose header the
    header reader reads), or that keeps no prose, or where nothing above
    the lead can be a headline. *laid_out* gives the page's
    `laid_out_units` where the caller keeps them.
    """
    if len({line.indent for line in page.lines if line.text}) < 2:
        return None  # (cheap: plain text sets nothing in)
    units = laid_out() if laid_out is not None else laid_out_units(page)
    if not _laid_out(page, units):
        return None
    lead = _lead(units, kept)
    if lead is None:
        return None
    printed = [unit for unit in units if unit.text]
    texts = [unit.text for unit in printed]
    prose = frozenset(index for index, unit in enumerate(printed) if _lead_prose(unit))
    blob = "\n".join("" if index in prose else text for index, text in enumerate(texts))
    listed = [bool(unit.marker) for unit in printed]
    counts = Counter(texts)
    index_of = {unit.number: index for index, unit in enumerate(printed)}
    crumbs, trail_items = _listed_trails(texts)
    crumbs.update(
        (index, crumb)
        for index, text in enumerate(texts)
        if ">" in text or "»" in text or "›" in text or " / " in text or text[:3] == "1. "
        if (crumb := _letterhead.breadcrumb(text) or _numbered_trail(text)) is not None
    )

    def printed_again(unit: Line) -> bool:
        index = index_of[unit.number]
        return _repeated(index, texts, counts, blob, crumbs, prose, listed) and not _chrome_repeat(
            index, texts, unit.number in kept
        )

    lead = _past_blurbs(units, kept, lead, printed_again)
    window: list[tuple[int, Line]] = []  # (distance, unit), bottom up
    reach = 0  # (the units of `MIN_REACH_WORDS` words or more passed)
    for at in range(lead - 1, -1, -1):
        unit = units[at]
        if unit.text:
            if len(window) >= LEAD_WINDOW and at < MASTHEAD_UNITS:
                break
            window.append((len(window) + 1, unit))
            reach += word_count(unit.text) >= MIN_REACH_WORDS
            if reach == LEAD_WINDOW or len(window) == MAX_LEAD_REACH:
                break
    relations = link_relations(page)
    titled: list[tuple[int, Line]] = []
    for distance, unit in window:
        if index_of[unit.number] in trail_items or unit.number in relations:
            continue
        agreed = _crumb_agreed(unit.text, crumbs.values()) if crumbs else None
        if agreed is not None:
            # (Even on a line the header reader set aside: a date bar that
            # runs into the headline.)
            unit = unit._replace(text=agreed)
        elif unit.number in set_aside or (
            unit.number in letterheads
            and not _over_byline(distance, window)
            and not _numbered_name(unit.text)
        ):
            continue
        if _over_lead_titled(unit):
            titled.append((distance, unit))
    titled_at = dict(titled)
    best: tuple[float, Line] | None = None
    for distance, unit in titled:
        above = _unit_above(distance, window, titled_at)
        index = index_of[unit.number]
        # (A unit that agrees with a trail's last item repeats it.)
        repeated = unit.text != texts[index] or printed_again(unit)
        set_under = _set_under(page, distance, unit, titled_at, units[lead])
        score = _over_lead_score(
            unit,
            distance,
            repeated,
            unit.number in kept,
            above,
            units[lead],
            set_under,
            _in_teasers(distance, titled_at),
            _motto(distance, window),
            _under_section_trail(distance, window, index_of, crumbs),
        )
        if best is None or score > best[0]:
            best = (score, unit)
    return best[1] if best is not None else None
