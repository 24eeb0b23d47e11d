"""
The headline: its rules, in order of preference.
"""

from __future__ import annotations

from typing import Final

from .. import _letterhead
from .._header import MAX_TITLE_CHARS
from ._document_title import repeated_headline
from ._evidence import Evidence
from ._headings import feed_title, under_heading
from ._markdown_title import after_kicker, crumb_heading
from ._rules import Found, RuleList
from ._seam import after_seam


def _hinted(ev: Evidence) -> str | None:
    hinted = ev.page.hints.title
    return hinted if hinted is not None and len(hinted) <= MAX_TITLE_CHARS else None


def _structured_data(ev: Evidence) -> Found[str] | None:
    """
    An HTML page's structured data (``<title>``, ``og:title``, JSON-LD
    headline): it states the headline more reliably than the text around
    it. A title longer than `MAX_TITLE_CHARS` is not used; a kicker set
    off by a spaced colon is cut off (`after_seam`).
    """
    hinted = _hinted(ev) if ev.html else None
    return Found(after_seam(hinted), locate=False) if hinted else None


def _feed_relation(ev: Evidence) -> Found[str] | None:
    """
    On crawled text, a line of the page that the link relations a text
    browser prints at its top name as the headline ("Site » Headline
    Comments Feed": `_headings.feed_title`): the page states it twice.
    """
    if ev.html:
        return None
    line = feed_title(ev.read, laid_out=lambda: ev.laid_out)
    return Found(line.text, line.number) if line is not None else None


def _document_title(ev: Evidence) -> Found[str] | None:
    """
    On crawled text, the line that repeats the headline part of the
    document's title ("Site - Section - Headline"), which the crawler's
    header states or the converter printed as the page's first line
    (`_document_title.repeated_headline`): the page states its headline
    twice, and the site's name apart from it.
    """
    if ev.html:
        return None
    crawl = ev.page.hints.crawl
    line = repeated_headline(ev.read, crawl.title if crawl is not None else None)
    return Found(line.text, line.number) if line is not None else None


def _over_lead(ev: Evidence) -> Found[str] | None:
    """
    On crawled text a converter laid out without heading marks (inscriptis
    prints none; a text browser sets headings out only by indentation),
    the unit standing where a headline stands: the best of the few units
    above the lead, over its byline, date and picture credit, scored by
    where it stands, its length and shape, and whether the page prints it
    again (`_headings.over_lead`), without a kicker set off by a spaced
    colon (`after_seam`). Not where a text browser set the page's main
    heading flush-left next to a unit it set in (`_headings.under_heading`):
    the heading is the headline.
    """
    if ev.html:
        return None
    unit = ev.over_lead
    if unit is None:
        return None
    heading, _numbers = ev.headings
    if heading is not None and under_heading(ev.read, unit, heading):
        return None  # (the main heading's: `title.main-heading`)
    return Found(after_seam(unit.text), unit.number)


def _breadcrumb_heading(ev: Evidence) -> Found[str] | None:
    """
    On a Markdown crawl, the headline a heading of the page and the last
    item of its breadcrumb trail both print
    (`_markdown_title.crumb_heading`): the page states it twice. Where the
    heading holds more (a kicker or a date run into it), the breadcrumb's
    item.
    """
    if ev.read.format != "markdown":
        return None
    found = crumb_heading(ev.read.lines)
    return Found(found[0], found[1].number) if found is not None else None


def _main_heading(ev: Evidence) -> Found[str] | None:
    """
    On crawled text, the page's main heading where the converter marked
    headings (``#`` in Markdown, a text browser's flush-left line over
    indented paragraphs): the first heading over a fair share of the
    body's prose (`_headings.main_heading`). Where the header reader's
    headline is itself a heading over the prose, the two readings agree and
    the headline (`title.headline`) is taken; on a Markdown page, only
    where it is the main heading itself or a heading of its rank or above
    standing over it (a heading under it that the header reader took, over
    the first paragraph, is a subheading; one of a lower rank over it, a
    widget's: "### Subscribe to our newsletter"). A kicker set off by a
    spaced colon is cut off (`after_seam`), as is one a Markdown heading
    sets in emphasis of its own (`_markdown_title.after_kicker`).
    """
    if ev.html:
        return None
    heading, numbers = ev.headings
    if heading is None:
        return None
    header = ev.header.title
    if (
        header is not None
        and header.number in numbers
        and (
            heading.tag is None
            # (Markdown heading tags are "h1".."h6": compared as levels.)
            or (header.number <= heading.number and (header.tag or "h9") <= heading.tag)
        )
    ):
        return None
    text = heading.text if heading.tag is None else after_kicker(heading)
    return Found(after_seam(text), heading.number)


def _headline(ev: Evidence) -> Found[str] | None:
    """
    The headline's line the header reader found, cleaned of a site's name
    or a letterhead run into it (`_letterhead.clean_title`), and on a
    Markdown page of a kicker set off by a spaced colon (`after_seam`) or,
    on a heading's line, in emphasis of its own
    (`_markdown_title.after_kicker`).
    """
    header = ev.header
    if not header.title_text:
        return None
    title = header.title_text
    line = header.title
    if line is not None and line.tag is not None and line.text == title:
        title = after_kicker(line)
    title = _letterhead.clean_title(title) or title
    if ev.page.format == "markdown":
        # (A plain-text page, an OCR'd letter, prints a spaced colon as its
        # own punctuation: "Indonesia : bilateral talks needed".)
        title = after_seam(title)
    return Found(title, header.title.number if header.title is not None else None)


def _hints(ev: Evidence) -> Found[str] | None:
    """
    A headline the page states outside its running text (`Hints.title`),
    where the text shows none.
    """
    hinted = _hinted(ev)
    return Found(hinted, locate=False) if hinted else None


#: The title's rules, in order of preference.
RULES: Final = RuleList[str](
    "title",
    [
        ("title.structured-data", _structured_data),
        ("title.feed-relation", _feed_relation),
        ("title.document-title", _document_title),
        ("title.over-lead", _over_lead),
        ("title.breadcrumb-heading", _breadcrumb_heading),
        ("title.main-heading", _main_heading),
        ("title.headline", _headline),
        ("title.hints", _hints),
    ],
)
