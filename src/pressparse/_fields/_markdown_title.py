"""
Evidence for the title that only a Markdown crawl shows: where its links go.

A Markdown converter keeps a link's destination, which tells a page's
chrome from its headline where the text alone does not.

The breadcrumb trail (`crumb_heading`). A site's breadcrumb trail names the
page it leads to by its headline: a Markdown converter (html2text) prints
it as a numbered list whose items link to the pages above, the last item,
the page itself, plain text::

      1. [Startseite](/)
      2. [Presse](/presse/)
      3. Erinnerung an die Opfer der NS-Verbrechen

Where a heading of the page prints that item, the page states its headline
twice, and the heading may hold more than the headline: a kicker or a date
its markup set before it (``# _Holocaust-Gedenktag_ Erinnerung an ...``,
``# 1. Februar 2022 Bundesministerin Raab: ...``), which the breadcrumb
leaves out. The item a heading prints whole or as its end is the headline.

The kicker (`after_kicker`). A heading that opens with a few words set in
emphasis of their own (``## **Deutschlandtakt** Flixbus attackiert ...``,
``# _Holocaust-Gedenktag_ Erinnerung an ...``) prints the kicker's element
in it: the headline is what follows.

The site's name (`home_link`). A heading that is one link to the site's
home page (``# [Zahlenzauberin](https://zahlenzauberin.wordpress.com/)``,
``# [jan-grosser.de](../index.html)``) is the site's name over every page
of it, never the headline of one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from .._page import Line
from .._text import word_count
from ._document_title import comparison_key
from ._trails import numbered_runs, page_item

#: The page's item has at least this many words (a section's name, which a
#: heading of a listing page prints too, has fewer).
MIN_CRUMB_WORDS: Final = 3
#: A heading that ends with the page's item holds at most this many words
#: before it (a kicker, a date).
MAX_PREFIX_WORDS: Final = 8
# What closes each item but the last of a bulleted trail, after a space.
_SEPARATORS: Final = frozenset("/>›»")


def _page_item(run: Sequence[Line]) -> str | None:
    """
    The last item of *run* (consecutive list items of a Markdown page)
    where *run* is a breadcrumb trail: at least two items, numbered one,
    two and on (`_trails.numbered_runs`), or bulleted, each but the last closed by one separator
    (``[Start](/) /``, ``[Presse](/presse/) >``); every one but the last
    a link (or a bare number: an icon's link), the last plain text of at
    least `MIN_CRUMB_WORDS` words. ``None`` otherwise.
    """
    if len(run) < 2:
        return None
    items: list[tuple[str, int]] = []
    if run[0].marker:
        separator = run[0].text[-2:]
        if separator[:1] != " " or separator[1:] not in _SEPARATORS:
            return None
        for line in run:
            if line.marker != run[0].marker:
                return None
            items.append((line.text.removesuffix(separator), line.link_chars))
        if any(
            not line.text.endswith(separator) or not text.strip()
            for line, (text, _links) in zip(run[:-1], items, strict=False)
        ):
            return None
    else:
        runs = numbered_runs([line.text for line in run], len(run))
        if not runs:
            return None
        items.extend(
            (text, line.link_chars) for (_index, text), line in zip(runs[0], run, strict=True)
        )
    for text, link_chars in items[:-1]:
        if text and link_chars * 2 < len(text):
            return None
    last, link_chars = items[-1]
    last = page_item(last)
    if link_chars or word_count(last) < MIN_CRUMB_WORDS:
        return None
    return last


def _trails(lines: Sequence[Line]) -> list[str]:
    """
    The page's items of the breadcrumb trails among *lines* (`_page_item`
    of each run of consecutive list items).
    """
    found: list[str] = []
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.tag == "li":
            run.append(line)
            continue
        if run:
            item = _page_item(run)
            if item is not None:
                found.append(item)
            run = []
    return found


def crumb_heading(lines: Sequence[Line]) -> tuple[str, Line] | None:
    """
    The headline a breadcrumb trail of a Markdown page (*lines*, as read)
    names and a heading of the page prints (`Line.tag` ``"h1"``..``"h6"``):
    the first heading that prints the trail's last item whole (the
    heading's text is the headline) or as its end, after at most
    `MAX_PREFIX_WORDS` words (a kicker or a date run into the heading: the
    item is the headline). With the heading's line; ``None`` where the page
    prints no such trail or no heading agrees with it.
    """
    if not any(line.tag == "li" for line in lines):
        return None
    items = _trails(lines)
    if not items:
        return None
    keys = [(item, comparison_key(item)) for item in items]
    for line in lines:
        tag = line.tag
        if tag is None or len(tag) != 2 or tag[0] != "h" or not tag[1].isdigit():
            continue
        heading = comparison_key(line.text)
        for item, key in keys:
            if heading == key:
                return line.text, line
            if (
                heading.endswith(key)
                and heading[-len(key) - 1] == " "
                and word_count(heading[: -len(key)]) <= MAX_PREFIX_WORDS
            ):
                return item, line
    return None


# A heading that is one link and nothing else: its text, then its
# destination (and the link's title in quotes, if any).
_LINKED_HEADING: Final = regex.compile(
    r'\A\#{0,6}[^\S\n]*+\[[^\[\]]*+\]\([^\S\n]*+([^\s()]++)(?:[^\S\n]++"[^"\n]*+")?[^\S\n]*+\)\s*+\Z'
)
# A destination that is a site's home page: its root ("/", "https://host/",
# "//host"), or its index page, relative ("../index.html") or not; as the
# Wayback Machine serves it too ("https://web.archive.org/web/2014.../http://
# www.host.com/").
_HOME: Final = regex.compile(
    r"(?:https?://web\.archive\.org/web/\d++[a-z_]*+/)?"
    r"(?:(?:https?:)?//[^/?#\s]++)?(?:\.{0,2}/)*+(?:index\.(?:html?|php|aspx?))?",
)


def home_link(line: Line) -> bool:
    """
    Whether *line*, a heading of a Markdown page (as printed: `Line.raw`),
    is one link to the site's home page: the site's name.
    """
    if not line.link_chars:
        return False
    linked = _LINKED_HEADING.match(line.raw)
    return linked is not None and _HOME.fullmatch(linked[1]) is not None


# A heading that opens with an emphasized run (strong or em, stars or
# underscores) and goes on after it.
_KICKED: Final = regex.compile(
    r"\A\#{1,6}[^\S\n]++(\*\*|__|\*|_)(?=\S)([^*_\[\]\n]{1,100}?)(?<=\S)\1[^\S\n]++\S"
)
#: A kicker has at most this many words ...
MAX_KICKER_WORDS: Final = 4
#: ... and the headline after it at least this many.
MIN_KICKED_WORDS: Final = 3


def after_kicker(line: Line) -> str:
    """
    The text of *line*, a Markdown heading, without the kicker it opens
    with: a run of at most `MAX_KICKER_WORDS` words in emphasis of its own,
    followed by at least `MIN_KICKED_WORDS` words of the headline (a colon
    closing the kicker goes with it). The whole text where it opens with
    none.
    """
    text = line.text
    if line.raw[:1] != "#" or ("*" not in line.raw and "_" not in line.raw):
        return text
    kicked = _KICKED.match(line.raw)
    if kicked is None:
        return text
    kicker = " ".join(kicked[2].split())
    if word_count(kicker) > MAX_KICKER_WORDS or not text.startswith(kicker):
        return text
    rest = text[len(kicker) :].lstrip(" :")
    return rest if word_count(rest) >= MIN_KICKED_WORDS else text
