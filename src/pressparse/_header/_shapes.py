"""
The header reader's shapes and limits: the `Header` it fills, the sizes
it judges lines by, and the line shapes more than one of its parts reads
(a kind label, an inline ``Label: value``, a numbered line).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs
import regex

from .. import _letterhead, _lexicon, _vocab
from .._models import Dateline, MetaField
from .._page import Line
from .._text import has_digit, word_count

#: Headlines longer than this many words are taken for prose.
MAX_TITLE_WORDS: Final = 40


#: A headline has at most this many characters (`MAX_TITLE_WORDS` words of
#: ten characters): a longer line, such as a run of junk with no spaces or
#: a page printed on one line, is never a headline, and a longer title in
#: an HTML page's metadata is not used.
MAX_TITLE_CHARS: Final = 400


#: Inline ``Label: value`` metadata: how many words a label may have.
MAX_LABEL_WORDS: Final = 4


#: Letterhead lines (office, person, date line) have at most this many words.
MAX_LETTERHEAD_WORDS: Final = 15


#: A dateline alone on its line has at most this many words
#: ("OSLO, Norway, March 5, 2020 (GLOBE NEWSWIRE)").
MAX_STANDALONE_DATELINE_WORDS: Final = 8


#: A speech's salutation (``Excellencies, ladies and gentlemen,``), a short
#: line ending in a comma under the headline, opens the body; it has at
#: most this many words.
SALUTATION_WORDS: Final = 8


# Every date has a digit; three words in capitals in a row mark a case
# change worth looking at. Both run in C, before the costlier tests.
_DIGIT: Final = has_digit


#: A unit longer than this is never taken for letterhead or chrome.
MAX_HEADER_UNIT_WORDS: Final = 40


#: How far into a header line a date is looked for.
HEADER_DATE_CHARS: Final = 300


#: How many header units a date is looked for in: a header holds a few
#: dozen at most, but a page where no body is found is all header.
HEADER_DATE_UNITS: Final = 50


#: A sign-off line this short may hold its date anywhere.
SIGN_OFF_WORDS: Final = 12


#: How many units after the body a sign-off date may stand.
SIGN_OFF_UNITS: Final = 4


#: How far below a body's name (`HeaderReader._body_line`) its headline may stand,
#: and the fewest words that headline has (menu items have fewer).
BODY_LOOKAHEAD: Final = 8


# Words a printed line does not end a headline on, in the languages of the
# kind labels; articles may open a headline's second line only after such a
# word, never alone.
_CONNECTORS: Final = _lexicon.words("connectors")


@attrs.define
class Header:
    kind: str | None = None
    title: Line | None = None
    title_text: str | None = None
    metadata: list[MetaField] = attrs.Factory(list)
    dates: list[dt.date] = attrs.Factory(list)
    # Dates of stamps in the letterhead (``Last updated: ...``): a last resort.
    stamps: list[dt.date] = attrs.Factory(list)
    offices: list[str] = attrs.Factory(list)
    #: How many of *offices* the first letterhead line naming any holds.
    first_line_offices: int = 0
    organisations: list[str] = attrs.Factory(list)
    #: Lines naming a public body alone (`_letterhead.body_name`), top down.
    bodies: list[str] = attrs.Factory(list)
    dateline: Dateline | None = None
    dropped: list[Line] = attrs.Factory(list)
    #: Lines a headline was cut off (`HeaderReader._split_glued`), as printed: the
    #: body keeps only their sentence, so the line is recorded as ``split``.
    split: list[Line] = attrs.Factory(list)
    #: Words printed after the date of a date line ("12 March 2024 Health"):
    #: a topic tag when the page's menus list them (`_date_line_topic`).
    date_tails: list[str] = attrs.Factory(list)
    #: The place a bar of fields names after its date (`HeaderReader._date_bar`).
    bar_place: str | None = None
    #: The step of `pressparse._header._steps.STEPS` that took each unit,
    #: by the unit's line number.
    steps: dict[int, str] = attrs.Factory(dict)
    #: The standfirst under the headline that opens the body
    #: (`pressparse._header._steps.deck`), or ``None``.
    deck: Line | None = None


def _is_letter_spaced(text: str) -> bool:
    """
    Whether *text* is display type set with spaces between its letters:
    every word of it a single letter (``s e``, a lone ``a``), or a run of
    four spaced letters opening it (``M E D I A  R E L E A S E  Senator``).
    """
    if len(text) == 1:
        return text.isalpha()
    if text[1:2] != " ":
        return False  # (cheap: most lines open with a word of two letters or more)
    if all(len(word) == 1 and word.isalpha() for word in text.split(" ")):
        return True
    return _letterhead.collapse_letter_spacing(text) is not None


def _inline_label(line: Line) -> tuple[str, str] | None:
    """
    Split ``Label: value`` when *line* is inline metadata: a known label,
    a marked line, or any short label whose value is only a release
    number (``Release Number: 05/195``): a headline's words after a colon
    are never only that (they may be only a date: ``Update: May 2017``).
    """
    label, sep, value = line.text.partition(": ")
    if not sep and _NUMBER_WORD(line.text) is not None:
        numbered = _NUMBERED_LINE.fullmatch(line.text)
        if numbered is not None and _letterhead.kind_prefix(line.text) is None:
            return numbered["label"], numbered["value"]
    if not sep or not value or word_count(label) > MAX_LABEL_WORDS:
        return None
    if _vocab.key(label) in _vocab.KNOWN_LABELS or line.marker:
        return label.strip(), value.strip()
    value = value.strip()
    if _DIGIT(value) and (_letterhead.is_reference(value) or _MEASURE(value) is not None):
        return label.strip(), value
    return None


# A value that is only a measure, a number and its unit, perhaps a second
# in brackets: the interface's reading time or count ("Reading time: 1 min
# (312 words)", "Lesezeit: 3 Minuten"); a headline's words are never only that.
_MEASURE_UNIT: Final = (
    r"\d{1,6}+[^\S\n]*+(?i:min|mins|minutes?|minuten?|minutos?|minuti|words|wörter|mots|"
    r"palabras|parole|palavras|views|aufrufe|vues|sec|seconds?|sekunden)\.?+"
)


_MEASURE: Final = regex.compile(rf"{_MEASURE_UNIT}(?:[^\S\n]*+\({_MEASURE_UNIT}\))?+").fullmatch


# A release's number printed with its label and no colon: "Release No.
# 0123.24", "Communiqué n° 42", "Press Release Number 24/85".
_NUMBER_WORD: Final = regex.compile(r"(?i)\b(?:no|nr|n[º°]|number|núm|№)\b").search


_NUMBERED_LINE: Final = regex.compile(
    r"(?P<label>(?:\p{L}++\s++){0,3}(?i:no|nr|n[º°]|number|núm|№)\.?+)\s*+(?P<value>\d[\w./-]*+)"
)


def _is_junk_token(text: str) -> bool:
    """
    ``True`` for a line longer than a headline (`MAX_TITLE_CHARS`) that is
    one ASCII token with no space: an encoded blob, a run of one character,
    a URL, never words anyone reads. (A paragraph in a script written
    without spaces is not ASCII.)
    """
    return " " not in text and text.isascii()


def _is_kind(text: str) -> bool:
    return len(text) <= _vocab.MAX_KIND_CHARS and _vocab.key(text) in _vocab.KINDS


def _is_section_name(kind: str) -> bool:
    """
    Whether the kind label *kind* is in the plural (``Press releases``):
    the name of a site's section more often than a page's own label.
    """
    label = _vocab.key(kind)
    return label.endswith("s") and label[:-1] in _vocab.KINDS


def _kind_label(text: str) -> str:
    """
    A kind label as printed without the separators set around it
    (``- Joint Media Release -``, ``Media Release:``).
    """
    return text.strip(" -–—:|") or text


_COLUMN_GAP: Final = regex.compile(r"[ \t]{2,}|\s\|\s")


#: On HTML pages, a line of the main content this long is body even when it
#: does not end like a sentence (a subtitle, a lead-in set as a heading).
MIN_MAIN_CONTENT_CHARS: Final = 40


def _main_content(unit: Line) -> bool:
    return unit.zone == "main" and len(unit.text) >= MIN_MAIN_CONTENT_CHARS
