"""
The lead dateline: a place and a dash (or a place and region with a colon)
with no date, where a release's first paragraph opens.

``München – Der Freistaat ...``, ``Brasília (DF) – O Ministério ...``,
``Washington, DC: A team ...``. Such a prefix is a dateline only where a
dateline stands: `LeadDatelineParser` is a lead-only parser (its ``lead``
attribute is true), which the parser offers the body's first paragraph
alone, never a header line.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import regex

from .._models import Dateline
from .._text import has_digit, is_sentence, word_count

#: How far into a paragraph a lead dateline's dash or colon must stand.
DATELINE_HEAD_CHARS: Final = 80
_DASH: Final = regex.compile(r"[–—―]|\s-|-\s|--").search

# The dateline of a body's first paragraph in mixed case with a dash and no
# date: "München – ", "Brasília (DF) – ". One to three capitalised words
# (none in capitals: those the dateline parsers read), an optional state or
# region abbreviation of two or three capitals in brackets, a spaced dash.
# Trusted only where a dateline stands (the opening of the first paragraph)
# and before a sentence (see `lead_dateline`).
_LEAD_DATELINE: Final = regex.compile(
    r"(?P<place>\p{Lu}[\p{Ll}\p{M}'’]++(?:[- ]\p{Lu}[\p{Ll}\p{M}'’]++){0,2}+"
    r"(?:[^\S\n]\(\p{Lu}{2,3}+\))?+)[^\S\n]++[–—-][^\S\n]++(?=[\p{Lu}\"“„«])"
).match
# The same position's place and region ended by a colon: "Washington, DC: ",
# "Ottawa, Ontario: ". A colon after one name is a headline's ("Brexit: ").
_LEAD_COLON_DATELINE: Final = regex.compile(
    r"(?P<place>\p{Lu}[\p{L}\p{M}'’.]++(?:[- ]\p{Lu}[\p{L}\p{M}'’.]++){0,2}+,[^\S\n]"
    r"\p{Lu}[\p{L}\p{M}.]++(?:[^\S\n]\p{Lu}[\p{L}\p{M}.]++){0,2}+):[^\S\n]++(?=\p{Lu})"
).match
#: A lead dateline's paragraph goes on with at least this many words.
MIN_LEAD_SENTENCE_WORDS: Final = 6
#: Words that open a headline or a label before a dash, never a place.
_NOT_LEAD_PLACES: Final = frozenset(
    {
        "update",
        "updated",
        "breaking",
        "note",
        "notice",
        "correction",
        "corrected",
        "press",
        "media",
        "news",
        "video",
        "watch",
        "live",
    }
)


class LeadDatelineParser:
    """
    Reads a mixed-case place with a dash and no date (``München –``), or
    a place and region with a colon (``Washington, DC:``), opening a
    release's first paragraph.

    Registered as the dateline parser ``"lead"``, after ``"standard"`` in
    the default chain. It is a lead-only parser: ``lead`` is ``True``, so it
    is offered only the body's first paragraph, where a dateline stands,
    and the rest of that paragraph must read as a sentence.
    """

    #: Offered only the body's first paragraph.
    lead: Final = True

    def parse(self, text: str, /, *, reference_date: dt.date | None = None) -> Dateline | None:
        """
        The lead dateline *text* opens with, or ``None``.
        """
        return lead_dateline(text)

    def __repr__(self) -> str:
        return "LeadDatelineParser()"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LeadDatelineParser)

    def __hash__(self) -> int:
        return hash(LeadDatelineParser)


def lead_dateline(text: str) -> Dateline | None:
    """
    The mixed-case dateline with a dash and no date that opens *text*, the
    body's first paragraph ("München – Der Freistaat ...", "Brasília (DF) –
    O Ministério ..."), or a place and region with a colon ("Washington,
    DC: A team ..."), or ``None``. The rest must read as a sentence, so a
    headline with a dash ("Vienna – Talks") is none.
    """
    if not text[:1].isupper():
        return None
    if _DASH(text, 0, DATELINE_HEAD_CHARS):
        m = _LEAD_DATELINE(text)
    elif ": " in text[:DATELINE_HEAD_CHARS]:
        m = _LEAD_COLON_DATELINE(text)
    else:
        return None
    if m is None:
        return None
    place = m["place"]
    if place.split()[0].casefold() in _NOT_LEAD_PLACES:
        return None
    rest = text[m.end() :]
    if word_count(rest) < MIN_LEAD_SENTENCE_WORDS or not is_sentence(rest):
        return None
    if has_digit(" ".join(rest.split(None, 3)[:3])):
        return None  # a date after the dash ("Darmstadt - Januar 2021."): no lead dateline
    return Dateline(raw=text[: m.end()], place=place)
