"""
The page as the field rules see it: scanned once, read by every rule.

`Evidence` joins the stripped page's lines into units, lets the header
reader (`pressparse._header`) find the header and the body, and keys the
metadata labels once. Dates are read through `pressparse._scan`, which
keeps each text's dates, so that no rule scans a text for dates twice.
Rules read it and never change it; the body's opening (`Opening`: its
dateline, and a note before it) is settled once, by `open_body`, before the
rules that need it run.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

import attrs
import regex

from .. import _vocab
from .._header import HeaderReader
from .._markdown import read_inline
from .._models import Dateline, MetaField
from .._page import Line, Page
from .._scan import dates_in
from .._text import has_digit, is_sentence
from .._units import is_wrapped, join_units
from ..plugins import DatelineParser
from ._headings import laid_out_units, main_heading, over_lead, read_units

#: A word, for comparing a standfirst with the title (`Evidence.drop_deck`).
_WORD = regex.compile(r"\w+")


@attrs.frozen
class Opening:
    """
    How the body opens: its dateline, and the units that are its body.

    Attributes:
        dateline: The dateline the first paragraph opens with (or the
            header's, when the header printed one), or ``None``.
        rule: Which reading found it: ``"dateline.header"``,
            ``"dateline.lead"``, ``"dateline.after-note"``, or ``""``.
        body: The body's units.
        paragraphs: The body's paragraphs, the dateline cut from the first.
        note: A unit printed before the dateline's paragraph and taken off
            the body (`dateline.after-note`), or ``None``.
    """

    dateline: Dateline | None
    rule: str
    body: tuple[Line, ...]
    paragraphs: tuple[str, ...]
    note: Line | None = None


#: The header reader's steps that take a line for something other than a
#: headline: a kind label, a label's pair, a letterhead, a public body.
_NOT_HEADLINE_STEPS = frozenset(
    {
        "header.kind-label",
        "header.label-block",
        "header.bar-strip",
        "header.date-bar",
        "header.label-strip",
        "header.inline-label",
        "header.body-name",
        "header.letterhead",
    }
)

#: Bullet marks a removed line may open with (removed lines are kept as
#: printed).
_BULLETS = "*+•·-–— "


class Evidence:
    """
    One stripped page, read once for the field rules.

    Attributes:
        page: The stripped page.
        html: Whether the page was read from HTML.
        units: The page's lines joined into paragraph units.
        reader: The header reader, after reading (`HeaderReader.header`
            holds what it found).
        body_start: The index in *units* of the first body unit.
        reference_date: The caller's reference date.
        keyed: The metadata fields that have values, each with its label's
            lookup key (`_vocab.key`).
        found: What a rule's helper found on the page, by the helper's
            name, where more than one rule asks for it.
    """

    def __init__(
        self,
        page: Page,
        datelines: Sequence[DatelineParser],
        reference_date: dt.date | None,
        *,
        read: Page | None = None,
    ) -> None:
        self.page = page
        #: The page as read, before the strippers.
        self.read = read if read is not None else page
        self.html = page.format == "html"
        units, _gaps = join_units(page.lines, wrapped=is_wrapped(page.lines))
        self.reader = HeaderReader(
            units, datelines, reference_date, titled=bool(self.html and page.hints.title)
        )
        self.body_start = self.reader.read()
        self.header = self.reader.header
        self.units = self.reader.units
        self.reference_date = reference_date
        self.keyed = [
            (_vocab.key(field.label), field) for field in self.header.metadata if field.values
        ]
        self._opening: Opening | None = None
        self._printed: list[tuple[int, str]] | None = None
        self.found: dict[str, object] = {}
        #: The year of a dateline that prints none: the date the rules
        #: before ``date.dateline`` found, else *reference_date*.
        self.year_reference = reference_date

    # -- what every rule reads -------------------------------------------------

    @property
    def header_units(self) -> list[Line]:
        """
        The units of the header, above the body.
        """
        return self.units[: self.body_start]

    def field(self, labels: frozenset[str]) -> MetaField | None:
        """
        The first metadata field whose label is one of *labels* (keys).
        """
        for key, field in self.keyed:
            if key in labels:
                return field
        return None

    @functools.cached_property
    def kept(self) -> frozenset[int]:
        """
        The line numbers of the page as read that the strippers kept.
        """
        return frozenset(line.number for line in self.page.lines)

    @functools.cached_property
    def read_units(self) -> list[Line]:
        """
        The page as read, before the strippers, joined into units
        (`_headings.read_units`): where headings are read.
        """
        return read_units(self.read)

    @functools.cached_property
    def laid_out(self) -> list[Line]:
        """
        The page as read, before the strippers, joined into the blocks its
        converter laid out (`_headings.laid_out_units`): where the headline
        over the lead and the one feed links name are looked for.
        """
        return laid_out_units(self.read)

    @functools.cached_property
    def headings(self) -> tuple[Line | None, frozenset[int]]:
        """
        The main heading of the page as read (`_headings.main_heading`),
        over prose the strippers kept, and the lines of every heading over
        kept prose.
        """
        return main_heading(self.read, self.kept, self.read_units)

    @functools.cached_property
    def over_lead(self) -> Line | None:
        """
        The unit standing where a headline stands over the lead, on the page
        as read (`_headings.over_lead`), past what the header reader took
        for a letterhead, a label or a kind label; ``None`` on a page whose
        converter marked headings (``#`` in Markdown): its headings say
        more.
        """
        if any(line.tag for line in self.read.lines):
            return None
        steps = self.header.steps
        set_aside = {
            number
            for number, step in steps.items()
            if step in _NOT_HEADLINE_STEPS and step != "header.letterhead"
        }
        letterheads = {number for number, step in steps.items() if step == "header.letterhead"}
        return over_lead(
            self.read, self.kept, set_aside, letterheads, laid_out=lambda: self.laid_out
        )

    def printed_with_digits(self) -> list[tuple[int, str]]:
        """
        Every printed line of the page that holds a digit, kept or removed
        by a stripper, as ``(number, text)`` in page order; removed lines
        without their bullet marks (and their Markdown, on a Markdown page).
        Read once per page.
        """
        if self._printed is None:
            lines = [(line.number, line.text) for line in self.page.lines if has_digit(line.text)]
            markdown = self.page.format == "markdown"
            for block in self.page.removed:
                for offset, text in enumerate(block.lines):
                    if has_digit(text):
                        text = text.strip().lstrip(_BULLETS)
                        if markdown:
                            # As read: "[19\\. Mai 2021](/2021/05/19/)" is "19. Mai 2021".
                            text = read_inline(text)[0]
                        lines.append((block.start + offset, text))
            lines.sort()
            self._printed = lines
        return self._printed

    # -- the body's opening ------------------------------------------------------

    @property
    def opening(self) -> Opening:
        """
        The body's opening, once `open_body` has settled it.
        """
        if self._opening is None:
            raise RuntimeError("Evidence.open_body() has not run")
        return self._opening

    def open_body(self, year_reference: dt.date | None) -> Opening:
        """
        Settle where the body starts and which dateline opens it.

        The dateline parsers are offered the body's first paragraph, as a
        lead (`DatelineParser.lead`), with *year_reference* for a dateline
        that prints no year. A note printed before the dateline ("End-of-
        mission press releases include ...") is taken off the body when
        the next paragraph opens with a dateline with a place and its
        sentence goes on after it.
        """
        body = self.units[self.body_start :]
        dateline = self.header.dateline
        rule = "dateline.header" if dateline is not None else ""
        note: Line | None = None
        paragraphs = [_paragraph(line) for line in body]
        if body and not body[0].marker:
            self.reader.reference_date = year_reference
            found = self.reader.dateline_at(body[0].text, lead=True)
            found_rule = "dateline.lead"
            if (
                found is None
                and self.header.dateline is None
                and len(body) > 1
                and not body[1].marker
                and is_sentence(body[0].text)
            ):
                second = self.reader.dateline_at(body[1].text, lead=True)
                if (
                    second is not None
                    and second.place
                    and is_sentence(body[1].text[len(second.raw) :].strip())
                ):
                    note = body[0]
                    body, paragraphs = body[1:], paragraphs[1:]
                    found, found_rule = second, "dateline.after-note"
            if found is not None:
                dateline, rule = found, found_rule
                rest = body[0].text[len(found.raw) :].strip()
                if rest:
                    paragraphs[0] = rest
                else:
                    del paragraphs[0]
        self._opening = Opening(dateline, rule, tuple(body), tuple(paragraphs), note)
        return self._opening

    def drop_deck(self, title: str) -> Opening:
        """
        Take the standfirst that opens the body (`Header.deck`) back out of
        it when it is the release's *title* (compared by its words): the
        title the header reader read over it was a kicker. Returns the
        opening, changed or not.
        """
        opening = self.opening
        deck = self.header.deck
        if (
            deck is not None
            and opening.body
            and opening.body[0] is deck
            and _WORD.findall(deck.text.casefold()) == _WORD.findall(title.casefold())
        ):
            self._opening = attrs.evolve(
                opening, body=opening.body[1:], paragraphs=opening.paragraphs[1:]
            )
        return self.opening

    # -- explaining ----------------------------------------------------------

    def line_text(self, number: int | None) -> str | None:
        """
        The text of page line *number* as printed, or ``None``.
        """
        if number is None:
            return None
        for line in self.page.lines:
            if line.number == number:
                return line.raw
        for block in self.page.removed:
            if block.start <= number < block.start + len(block.lines):
                return block.lines[number - block.start]
        return None

    def locate(self, value: object) -> int | None:
        """
        The first page line that prints *value* (a string, or a date as
        any of its printed forms): the header's units, then the body's,
        then what the strippers removed. Used to explain a value a rule
        read from a list the header reader kept without its line.
        """
        if value is None or value == "" or value == ():
            return None
        if isinstance(value, (list, tuple)):
            return self.locate(value[0])
        if isinstance(value, Dateline):
            return self.locate(value.raw.strip())
        for unit in self.units:
            if _prints(unit.text, value, self):
                return unit.number
        for block in self.page.removed:
            for offset, text in enumerate(block.lines):
                if _prints(text, value, self):
                    return block.start + offset
        return None


def _prints(text: str, value: object, evidence: Evidence) -> bool:
    if isinstance(value, dt.date):
        return any(found.date == value for found in dates_in(text, evidence.reference_date))
    return isinstance(value, str) and value.casefold() in " ".join(text.split()).casefold()


def _paragraph(line: Line) -> str:
    return f"{line.marker} {line.text}" if line.marker else line.text
