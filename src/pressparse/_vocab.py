"""
Words pages use for their own structure: kind labels and metadata labels.

Read from the language lexicons (`pressparse._lexicon`), compared
case-insensitively after `key` normalisation. These are the words of page
templates in general (many sites, many languages), never the words of one
page: a site's own labels go in a plugin (docs/how-to/site-labels.md).
"""

from __future__ import annotations

from typing import Final

import regex

from . import _lexicon
from ._lexicon import key

__all__ = [
    "ARTICLES",
    "CONTACT_LABELS",
    "DATE_LABELS",
    "KINDS",
    "KIND_LABELS",
    "KNOWN_LABELS",
    "MAX_KIND_CHARS",
    "PLACE_LABELS",
    "SOURCE_LABELS",
    "STAMP",
    "TOPIC_LABELS",
    "key",
]

#: What a page calls itself. A line equal to one of these is its kind label.
KINDS: Final = _lexicon.keys("kinds")

#: No kind label is longer than this (a cheap test before the lookup).
MAX_KIND_CHARS: Final = max(map(len, KINDS)) + 4

#: Metadata labels that state the publication date.
DATE_LABELS: Final = _lexicon.keys("date_labels")
#: Metadata labels that state where the release was issued.
PLACE_LABELS: Final = _lexicon.keys("place_labels")
#: Metadata labels that name the issuing office.
SOURCE_LABELS: Final = _lexicon.keys("source_labels")
#: Metadata labels that list subject terms.
TOPIC_LABELS: Final = _lexicon.keys("topic_labels")
#: Metadata labels that state the kind of document.
KIND_LABELS: Final = _lexicon.keys("type_labels")
#: Metadata labels that give whom reporters may call or write to.
CONTACT_LABELS: Final = _lexicon.keys("contact_labels")

#: Every label pressparse knows: a one-line ``Label: value`` is metadata
#: only when its label is known or it stands in a block of labels.
KNOWN_LABELS: Final = (
    DATE_LABELS | PLACE_LABELS | SOURCE_LABELS | TOPIC_LABELS | KIND_LABELS | CONTACT_LABELS
)

#: Articles in the languages of the kind labels: an article opens no second
#: line of a headline alone, and is no part of a body's name ("Le Conseil
#: fédéral").
ARTICLES: Final = _lexicon.words("articles")

#: A word that makes a date after it a stamp of when the page was changed,
#: printed or copied, or what state it reports (``Last updated:``,
#: ``Stand:``, ``mis à jour le``, ``Current as at``, ``©``), not of when the
#: release was issued: a whole word, in any case.
STAMP: Final = regex.compile(
    rf"\b(?:{_lexicon.pattern('stamp_words')})\b|©", regex.IGNORECASE
).search
