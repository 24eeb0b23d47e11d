"""
The line model every stripper and dateline parser works on.

Crawled text and HTML are both turned into a `Page`: a tuple of `Line`
records plus what has been removed so far. Strippers take a `Page` and
return a new one; nothing is mutated and nothing removed is lost.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Sequence
from operator import itemgetter
from typing import Final, NamedTuple

import attrs

from ._models import Boilerplate, CrawlHeader, MetaField


class Line(NamedTuple):
    """
    One line of a page.

    A `Line` is a named tuple rather than an attrs class: pages have hundreds
    of lines and `parse` builds them on every call, and a tuple is built
    several times faster while staying immutable and typed.

    Attributes:
        number: 0-based position of the line on the page as first split;
            stable across strippers.
        raw: The line as printed, newline removed.
        text: The content: white space collapsed, bullet marker removed.
        marker: The bullet marker that opened the line (``"-"``, ``"*"``,
            ``"•"``, ``"·"``, ...), or ``""`` for none.
        indent: How many columns of white space preceded the line.
        tag: For pages read from HTML, the element the line came from
            (``"h1"``, ``"li"``, ``"p"``, ...); ``None`` for crawled text.
        zone: For pages read from HTML, the page region the element sits in
            (``"nav"``, ``"header"``, ``"footer"``, ``"aside"``, ``"main"``);
            ``None`` when unknown.
        link_chars: How many characters of `text` were the visible text of
            links: ``[text](url)`` in a Markdown crawl, ``<a>`` in HTML
            (counted before white space is collapsed, so at most
            ``len(text)``); ``0`` for plain crawled text, which shows no
            links. ``link_chars / len(text)`` is the line's link density,
            the strongest sign of a menu.
    """

    number: int
    raw: str
    text: str
    marker: str = ""
    indent: int = 0
    tag: str | None = None
    zone: str | None = None
    link_chars: int = 0

    @property
    def is_blank(self) -> bool:
        """
        ``True`` for a line with neither text nor a marker.
        """
        return not self.text and not self.marker

    @property
    def is_bare_marker(self) -> bool:
        """
        ``True`` for a line that is a bullet marker alone (``-``).
        """
        return bool(self.marker) and not self.text


# Field getters for map() and groupby(). itemgetter reads a tuple slot
# directly; attrgetter (or ``line.field`` in a loop) goes through the
# class's field descriptors, several times slower on the hot paths.
NUMBER_OF: Final = itemgetter(Line._fields.index("number"))
RAW_OF: Final = itemgetter(Line._fields.index("raw"))
TEXT_OF: Final = itemgetter(Line._fields.index("text"))
MARKER_OF: Final = itemgetter(Line._fields.index("marker"))


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _line_tuple(value: Iterable[Line]) -> tuple[Line, ...]:
    return tuple(value)


def _removed_tuple(value: Iterable[Boilerplate]) -> tuple[Boilerplate, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Hints:
    """
    Structured facts a page states outside its running text.

    The HTML reader fills these from ``<title>``, ``<meta>`` tags, JSON-LD
    and ``<time>`` elements; on crawled text, a crawler's header above the
    page (`CrawlHeader`) gives the title (its site name cut off) and the
    publication date it states. The parser uses a hint where the text
    itself says nothing.

    Attributes:
        title: A headline from structured data.
        date: A publication date from structured data.
        source: A publisher or author from structured data.
        topics: Keywords or sections from structured data.
        kind: A page type from structured data (``"PressRelease"``).
        language: The page's declared language tag (``"en"``, ``"de-AT"``).
        crawl: The crawler's header read off the top of crawled text, else
            ``None``; it becomes `Release.crawl`.
    """

    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    topics: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    kind: str | None = None
    language: str | None = None
    crawl: CrawlHeader | None = None


# The hints of a page that states none, shared: `Hints` is immutable, and
# building one per page costs as much as the page record itself.
_NO_HINTS: Final = Hints()


@attrs.frozen(kw_only=True)
class Page:
    """
    A page on its way through the pipeline.

    Attributes:
        lines: The lines still taken for content, in page order.
        removed: What strippers removed so far, in the order removed.
        hints: Structured facts from outside the running text.
        format: What the page was read from: ``"text"``, ``"markdown"``
            (crawled text read as Markdown) or ``"html"``.
    """

    lines: tuple[Line, ...] = attrs.field(converter=_line_tuple)
    removed: tuple[Boilerplate, ...] = attrs.field(default=(), converter=_removed_tuple)
    hints: Hints = attrs.field(default=_NO_HINTS)
    format: str = "text"

    def remove(
        self,
        numbers: Collection[int],
        *,
        kind: str,
        stripper: str,
        read: Callable[[Sequence[str]], tuple[MetaField, ...]] | None = None,
    ) -> Page:
        """
        Return a page without the lines whose `Line.number` is in *numbers*.

        Each run of removed lines that were neighbours among the kept lines
        becomes one `Boilerplate` record labelled *kind* and *stripper*.
        Blank lines inside a run join it; a run never starts or ends on one.
        *read*, when given, reads each record's printed lines into its
        `Boilerplate.fields` (the built-in strippers pass
        `pressparse.strippers.closing_fields` for closing topic sections and
        `pressparse.strippers.source_fields` for other closing text).
        """
        if not numbers:
            return self
        wanted = numbers if isinstance(numbers, (set, frozenset)) else set(numbers)
        kept: list[Line] = []
        runs: list[list[Line]] = []
        current: list[Line] = []
        blanks: list[Line] = []  # blank lines seen since the last removed one
        # Field access instead of the is_blank property: this loop runs over
        # every line of every page, several times per parse.
        for line in self.lines:
            if line.number in wanted:
                if current:
                    current.extend(blanks)
                else:
                    kept.extend(blanks)
                blanks = []
                current.append(line)
            elif current and not line.text and not line.marker:
                blanks.append(line)
            else:
                if current:
                    runs.append(current)
                    current = []
                if blanks:
                    kept.extend(blanks)
                    blanks = []
                kept.append(line)
        if current:
            runs.append(current)
        kept.extend(blanks)
        records = tuple(
            Boilerplate(
                kind=kind,
                stripper=stripper,
                lines=printed,
                start=run[0].number,
                fields=read(printed) if read is not None else (),
            )
            for run in runs
            for printed in (tuple(map(RAW_OF, run)),)
        )
        return Page(
            lines=tuple(kept),
            removed=self.removed + records,
            hints=self.hints,
            format=self.format,
        )

    def remove_runs(
        self,
        runs: Sequence[Sequence[Line]],
        *,
        kind: str,
        stripper: str,
        read: Callable[[Sequence[str]], tuple[MetaField, ...]] | None = None,
    ) -> Page:
        """
        `remove` for runs the caller has already grouped: each run is a list
        of lines of this page, in order, with nothing but blank lines between
        them, and the runs come in page order. Each run becomes one
        `Boilerplate` record labelled *kind* and *stripper*, its fields read
        by *read* as in `remove`.

        The page is cut with slices found by binary search on the line
        numbers, instead of a Python step per line: a stripper that removes
        most lines of most pages (the menu stripper does) should use it.
        """
        runs = [run for run in runs if run]
        if not runs:
            return self
        lines = self.lines
        kept: list[Line] = []
        records: list[Boilerplate] = []
        start = 0
        for run in runs:
            # Line numbers rise through the page: two binary searches find
            # the run's slice.
            first = bisect_left(lines, run[0].number, start, key=NUMBER_OF)
            last = bisect_left(lines, run[-1].number, first, key=NUMBER_OF)
            if last >= len(lines) or lines[first] is not run[0] or lines[last] is not run[-1]:
                # A page built by hand with numbers out of order.
                first = lines.index(run[0], start)
                last = lines.index(run[-1], first)
            kept.extend(lines[start:first])
            printed = tuple(map(RAW_OF, lines[first : last + 1]))
            records.append(
                Boilerplate(
                    kind=kind,
                    stripper=stripper,
                    lines=printed,
                    start=run[0].number,
                    fields=read(printed) if read is not None else (),
                )
            )
            start = last + 1
        kept.extend(lines[start:])
        return Page(
            lines=kept,
            removed=self.removed + tuple(records),
            hints=self.hints,
            format=self.format,
        )

    def content(self) -> Iterable[Line]:
        """
        Yield the kept lines that are not blank.
        """
        return (line for line in self.lines if not line.is_blank)
