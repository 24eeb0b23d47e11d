"""
The state of one reading, and what every part of the reader asks of it:
the dateline at a line, a letterhead's shape, a date line to note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .. import _letterhead
from .._models import Dateline
from .._page import Line
from .._scan import date_line
from .._sections import is_label
from .._text import word_count
from ..datelines._dates import find_date
from ..plugins import DatelineParser
from ._shapes import (
    _DIGIT,
    BODY_LOOKAHEAD,
    MAX_LETTERHEAD_WORDS,
    MAX_STANDALONE_DATELINE_WORDS,
    Header,
    _inline_label,
)


class ReaderState:
    """
    One reading of a page's header: its units, what has been found so
    far (`Header`), and the questions every part of the reader asks.
    """

    def __init__(
        self,
        units: Sequence[Line],
        datelines: Sequence[DatelineParser],
        reference_date: dt.date | None,
        *,
        titled: bool = False,
    ) -> None:
        self.units = list(units)
        # Whether the page states its title outside the running text (an
        # HTML page's structured data): then no opening sentence of the
        # body is taken for a headline.
        self.titled = titled
        self.split_at = -1
        self.title_end = -1
        # How many units in a row, up to the one being read, were set
        # aside as lines under the headline (``header.subtitle``).
        self.aside_run = 0
        # `_after_menu_run`'s scan so far: its start, where it stopped, the
        # menu items and header lines it read, and whether a unit broke it.
        self._menu_scan: tuple[int, int, int, bool, bool] = (-1, 0, 0, False, False)
        # The last title `_headline_under_banner` judged, and its verdict.
        self._banner_of: tuple[str | None, bool] = (None, False)
        self.datelines = datelines
        # The parsers asked about any line, not only the body's first.
        self.line_datelines = [p for p in datelines if not getattr(p, "lead", False)]
        self.reference_date = reference_date
        self.header = Header()

    def dateline_at(self, text: str, *, lead: bool = False) -> Dateline | None:
        """
        The dateline *text* opens with, or ``None``. Lead-only parsers
        (`LeadDatelineParser`, a parser whose ``lead`` attribute is true)
        are asked only with *lead*: *text* is the body's first paragraph.
        """
        for parser in self.datelines if lead else self.line_datelines:
            found = parser.parse(text, reference_date=self.reference_date)
            if found is not None and found.raw and text.startswith(found.raw):
                return found
        return None

    def _metadata_line(self, index: int) -> bool:
        """
        Whether unit *index* is a metadata line: a strip of ``Label:
        value`` pairs or one inline pair (`_inline_label`).
        """
        unit = self.units[index]
        return ": " in unit.text and (
            _letterhead.is_label_strip(unit.text) or _inline_label(unit) is not None
        )

    def _after_header_lines(self, index: int) -> Line | None:
        """
        The first unit from *index* on that is not a header line of its
        own: past a standalone dateline or date line, a ``Label: value``
        pair, a label, a release number, interface text (``FOR IMMEDIATE
        RELEASE``), a short way down; ``None`` past the end.
        """
        for unit in self.units[index : index + BODY_LOOKAHEAD]:
            text = unit.text
            if unit.marker or not text:
                return unit
            if not (
                is_label(text)
                or _inline_label(unit) is not None
                or _letterhead.is_label_strip(text)
                or (word_count(text) <= MAX_LETTERHEAD_WORDS and _letterhead.is_chrome(text))
                or self._standalone_dateline(text)
            ):
                return unit
        return None

    def _standalone_dateline(self, text: str) -> bool:
        """
        Whether *text* is a dateline alone on its line with a date
        ("March 12, 2024 – Regina, Saskatchewan"); a short line with a digit
        only is looked at.
        """
        if word_count(text) > MAX_STANDALONE_DATELINE_WORDS or not _DIGIT(text):
            return False
        found = self.dateline_at(text)
        return found is not None and found.date is not None and found.raw.strip() == text

    @staticmethod
    def _menu_item(unit: Line) -> bool:
        """
        Whether *unit* is shaped like an item of a menu printed without
        bullets: at most three words, no digits, no closing punctuation.
        """
        text = unit.text
        return (
            bool(text)
            and not unit.marker
            and word_count(text) <= 3
            and not _DIGIT(text)
            and text[-1] not in ".!?:"
        )

    def _letterhead_shape(self, text: str) -> bool:
        if word_count(text) > MAX_LETTERHEAD_WORDS or text[-1] in ".!?":
            return False
        return (
            _letterhead.office(text) is not None
            or _letterhead.is_person(text)
            or _letterhead.is_chrome(text)
        )

    def _note_date_line(self, text: str) -> None:
        """
        Record the date of a header line that is a date line (`_date_line`).
        """
        if _DIGIT(text):
            found = date_line(text, self.reference_date)
            if found is not None:
                self.header.dates.append(found)
                # A date first, then a few words with no digits: perhaps a
                # topic tag ("12 March 2024 Health").
                at = find_date(text, reference_date=self.reference_date)
                if at is not None and not text[: at.span[0]].strip():
                    tail = text[at.span[1] :].strip(" ,|-–—·")
                    if tail[:1].isupper() and not _DIGIT(tail) and word_count(tail) <= 3:
                        self.header.date_tails.append(tail)
