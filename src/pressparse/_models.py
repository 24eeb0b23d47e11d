"""
The typed records pressparse produces and passes between pipeline stages.

Every record is a frozen, slotted, keyword-only attrs class: immutable,
hashable, and safe to extend because callers must name the fields.
Sequences are stored as tuples; missing information is ``None`` or an empty
tuple, never an exception.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import attrs


def _tuple_of_str(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Dateline:
    """
    The place/date line that opens the body of a release.

    ``GENEVA, 17 September 2008 - `` gives ``place="GENEVA"``,
    ``date=date(2008, 9, 17)`` and that exact text as *raw*.

    Attributes:
        raw: The dateline exactly as found in the text, separator and
            trailing space included. The first body paragraph starts right
            after it.
        place: The place as printed (``"GENEVA"``, ``"SPRINGFIELD, Ill."``),
            or ``None`` for a date-only dateline.
        date: The calendar date, or ``None`` when the dateline has none or
            it is impossible (31 February).
        agency: The wire or news agency named in the dateline, normalised
            (``"Reuters"``, ``"Business Wire"``), else ``None``.
        year_inferred: ``True`` when the dateline printed no year and the
            year of *date* was taken from a reference date.
    """

    raw: str
    place: str | None = None
    date: dt.date | None = None
    agency: str | None = None
    year_inferred: bool = False

    def to_dict(self) -> dict[str, Any]:
        """
        Return a JSON-ready dict (the date as an ISO string).
        """
        return {
            "raw": self.raw,
            "place": self.place,
            "date": self.date.isoformat() if self.date else None,
            "agency": self.agency,
            "year_inferred": self.year_inferred,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        """
        Rebuild a `Dateline` from the output of `to_dict`.
        """
        return cls(
            raw=data["raw"],
            place=data.get("place"),
            date=_date_or_none(data.get("date")),
            agency=data.get("agency"),
            year_inferred=bool(data.get("year_inferred", False)),
        )


@attrs.frozen(kw_only=True)
class MetaField:
    """
    One label/value pair of a page's metadata block.

    ``- Place:`` followed by ``- GENEVA`` gives
    ``MetaField(label="Place", values=("GENEVA",))``; an empty label
    (``- Date:`` with nothing after it) has ``values=()``.

    Attributes:
        label: The label as printed, without its colon.
        values: The values listed under the label, in order.
    """

    label: str
    values: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)

    @property
    def value(self) -> str | None:
        """
        The values joined with ``", "``, or ``None`` when there are none.
        """
        return ", ".join(self.values) if self.values else None


def _fields_tuple(value: Iterable[MetaField]) -> tuple[MetaField, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Boilerplate:
    """
    A run of lines the parser removed from the page, kept for inspection.

    Nothing is thrown away silently: every line a stripper removes ends up
    in one `Boilerplate` record on `Release.boilerplate`.

    Attributes:
        kind: What the run was taken for: ``"menu"``, ``"footer"``,
            ``"copyright"``, ``"end-mark"``, ... Plugins may use their own
            words.
        stripper: The registered name of the stripper that removed it.
        lines: The removed lines, as they were printed (bullet markers
            included).
        start: The 0-based number of the first removed line on the page.
        fields: The label/value pairs the stripper read in the removed
            lines for the field stage: the topics of a closing ``Tags:``
            line, the company of a newswire's ``SOURCE`` line, the issuer
            under a ``Herausgeber`` label. The field stage reads them
            whatever the record's *kind*; a plugin stripper passes them
            with ``Page.remove(..., read=...)``.
    """

    kind: str
    stripper: str
    lines: tuple[str, ...] = attrs.field(converter=_tuple_of_str)
    start: int
    fields: tuple[MetaField, ...] = attrs.field(default=(), converter=_fields_tuple)

    @property
    def text(self) -> str:
        """
        The removed lines joined with newlines.
        """
        return "\n".join(self.lines)


def _field_dict(field: MetaField) -> dict[str, Any]:
    return {"label": field.label, "values": list(field.values)}


def _field_from(data: Mapping[str, Any]) -> MetaField:
    return MetaField(label=data["label"], values=data.get("values") or ())


def _meta_tuple(value: Iterable[MetaField]) -> tuple[MetaField, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class CrawlHeader:
    """
    What a crawler wrote above the page: recognised at the very top of
    crawled text and kept apart from it, never read as the page's text.

    Attributes:
        format: Which header it was: ``"front-matter"`` (YAML between
            ``---`` lines), ``"warc"`` (a WARC or WET record header, with
            the HTTP headers of a ``response`` record), ``"reader"`` (a
            reader service's ``Title:`` / ``URL Source:`` / ``Markdown
            Content:`` block, as r.jina.ai writes it) or ``"date"`` (a
            ``date YYYY-MM-DD`` fragment glued before the first line).
        url: The page's address (``WARC-Target-URI``, ``URL Source``, a
            ``url`` key), else ``None``.
        title: The title the header states (``Title:``, a ``title`` key),
            as written; ``None`` for WARC, which states none.
        published: The publication date the header states (``Published
            Time:``, a ``date`` or ``published`` key, the ``date``
            fragment), else ``None``.
        crawled: When the page was fetched (``WARC-Date``, a ``crawled``
            or ``retrieved`` key). Never a publication date.
        fields: Every label/value pair of the header, in order, labels as
            written.
        lines: The header's lines as printed.
    """

    format: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    crawled: dt.date | None = None
    fields: tuple[MetaField, ...] = attrs.field(default=(), converter=_meta_tuple)
    lines: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)

    def to_dict(self) -> dict[str, Any]:
        """
        Return a JSON-ready dict (dates as ISO strings).
        """
        return {
            "format": self.format,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "crawled": self.crawled.isoformat() if self.crawled else None,
            "fields": [_field_dict(m) for m in self.fields],
            "lines": list(self.lines),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CrawlHeader:
        """
        Rebuild a `CrawlHeader` from the output of `to_dict`.
        """
        return cls(
            format=data["format"],
            url=data.get("url"),
            title=data.get("title"),
            published=_date_or_none(data.get("published")),
            crawled=_date_or_none(data.get("crawled")),
            fields=[_field_from(m) for m in data.get("fields") or ()],
            lines=data.get("lines") or (),
        )


def _boilerplate_tuple(value: Iterable[Boilerplate]) -> tuple[Boilerplate, ...]:
    return tuple(value)


def _date_or_none(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@attrs.frozen(kw_only=True)
class Release:
    """
    A parsed press release.

    Fields the page does not have are ``None`` (or an empty tuple); a page
    that holds no release at all gives a `Release` whose fields are all
    empty. Change a release with `attrs.evolve`, never by mutation.

    Attributes:
        title: The headline.
        kind: The page's own label for what it is (``"Press release"``,
            ``"Media advisory"``, ``"Pressemitteilung"``), else ``None``.
        date: The publication date: a metadata date, else the dateline's.
        place: Where the release was issued, as written (``"GENEVA"``):
            the metadata place, else the dateline's.
        source: The issuing office (``"OSCE Secretariat"``).
        topics: Subject terms the page lists, one string each.
        dateline: The dateline that opens the body, if any.
        paragraphs: The body paragraphs in order, the dateline cut from the
            first.
        metadata: Every label/value pair found on the page, in order.
        boilerplate: What the strippers removed, in page order.
        crawl: The header a crawler wrote above the page (front matter, a
            WARC record header, a reader service's header), else ``None``.
        decoding: How the page's bytes were turned into text: ``None`` when
            the page was given as `str`; else a codec name (``"utf-8"``,
            ``"cp1252"``, ``"latin-1"``, ``"utf-16-le"``, a charset an HTML
            page declared); that name and ``"+replace"`` when some bytes
            were undecodable and became U+FFFD (``"utf-8+replace"``: a
            UTF-8 page with a few stray bytes); ``"utf-8+cp1252"`` for HTML
            whose stray bytes were read as Windows-1252; or ``"binary"``
            when the bytes were taken for binary data (an image, a PDF, an
            archive, NUL or control bytes) and not read at all, which
            gives an empty release. Left out of `repr` and of equality.
    """

    title: str | None = None
    kind: str | None = None
    date: dt.date | None = None
    place: str | None = None
    source: str | None = None
    topics: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    dateline: Dateline | None = None
    paragraphs: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    metadata: tuple[MetaField, ...] = attrs.field(default=(), converter=_meta_tuple)
    boilerplate: tuple[Boilerplate, ...] = attrs.field(
        default=(), converter=_boilerplate_tuple, repr=False
    )
    crawl: CrawlHeader | None = attrs.field(default=None, repr=False)
    # Provenance, like Dateline.raw: left out of repr() and of equality, so
    # that a page parsed from bytes equals the same page parsed from str.
    decoding: str | None = attrs.field(default=None, repr=False, eq=False)

    @property
    def body(self) -> str:
        """
        The paragraphs joined with blank lines.
        """
        return "\n\n".join(self.paragraphs)

    @property
    def is_empty(self) -> bool:
        """
        ``True`` when no field was found: the page held no release.
        """
        return not (
            self.title
            or self.kind
            or self.date
            or self.place
            or self.source
            or self.topics
            or self.dateline
            or self.paragraphs
        )

    def meta(self, label: str) -> tuple[str, ...]:
        """
        Return the values of the metadata label *label* (case-insensitive),
        or ``()`` when the page has no such label.
        """
        wanted = label.casefold().rstrip(":").strip()
        for field in self.metadata:
            if field.label.casefold() == wanted:
                return field.values
        return ()

    def to_dict(self) -> dict[str, Any]:
        """
        Return a JSON-ready dict of every field (dates as ISO strings).

        `Release.from_dict` turns it back into an equal `Release`.
        """
        return {
            "title": self.title,
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "place": self.place,
            "source": self.source,
            "topics": list(self.topics),
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "paragraphs": list(self.paragraphs),
            "metadata": [_field_dict(m) for m in self.metadata],
            "boilerplate": [
                {
                    "kind": b.kind,
                    "stripper": b.stripper,
                    "start": b.start,
                    "lines": list(b.lines),
                    **({"fields": [_field_dict(f) for f in b.fields]} if b.fields else {}),
                }
                for b in self.boilerplate
            ],
            "crawl": self.crawl.to_dict() if self.crawl else None,
            "decoding": self.decoding,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Release:
        """
        Rebuild a `Release` from the output of `to_dict`.

        Raises:
            KeyError: A nested record lacks a required key.
            ValueError: A date is not an ISO ``YYYY-MM-DD`` string.
        """
        dateline = data.get("dateline")
        crawl = data.get("crawl")
        return cls(
            title=data.get("title"),
            kind=data.get("kind"),
            date=_date_or_none(data.get("date")),
            place=data.get("place"),
            source=data.get("source"),
            topics=data.get("topics") or (),
            dateline=Dateline.from_dict(dateline) if dateline else None,
            paragraphs=data.get("paragraphs") or (),
            metadata=[_field_from(m) for m in data.get("metadata") or ()],
            boilerplate=[
                Boilerplate(
                    kind=b["kind"],
                    stripper=b["stripper"],
                    start=b["start"],
                    lines=b["lines"],
                    fields=[_field_from(f) for f in b.get("fields") or ()],
                )
                for b in data.get("boilerplate") or ()
            ],
            crawl=CrawlHeader.from_dict(crawl) if crawl else None,
            decoding=data.get("decoding"),
        )
