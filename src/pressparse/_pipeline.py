"""
The `Parser` and the module-level `parse` function.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Final, Literal, TypeVar

import attrs

from . import datelines as _datelines  # noqa: F401  (registers the built-ins)
from . import html as _html
from . import strippers as _strippers  # noqa: F401  (registers the built-ins)
from ._crawl import HEADER_OPENINGS, split_header
from ._decode import BINARY, READER, UNREAD, binary_kind, decode_text, split_overflow
from ._explain import Explanation, FieldExplanation
from ._fields import extract
from ._models import Boilerplate, Release
from ._page import Page
from ._registry import Registry
from ._text import split_lines
from .exceptions import InputTypeError, ParseError
from .html._reader import read_html_named
from .html._sniff import ERROR_HANDLER
from .plugins import BoilerplateStripper, DatelineParser, dateline_parsers
from .plugins import strippers as _strippers_registry

#: The strippers a default `Parser` runs, in order.
DEFAULT_STRIPPERS: Final = ("html-regions", "menus", "footer", "blocks")
#: The dateline parsers a default `Parser` tries, in order.
DEFAULT_DATELINES: Final = ("standard", "lead")
#: The fields ``strict=True`` requires.
REQUIRED_FIELDS: Final = ("title", "date", "paragraphs")

Format = Literal["auto", "text", "html"]


_T = TypeVar("_T")

# Surrogate code points, which a `str` may hold but no encoding can write:
# a high surrogate and a low one (a pair split in two), a run of the low
# surrogates U+DC80-U+DCFF (bytes that ``errors="surrogateescape"`` could
# not decode), or any other lone surrogate.
_SURROGATES: Final = re.compile("[\ud800-\udbff][\udc00-\udfff]|[\udc80-\udcff]+|[\ud800-\udfff]")


def _replace_surrogates(match: re.Match[str]) -> str:
    """
    A pair as the one character it encodes; escaped bytes decoded as UTF-8
    where valid, else as Windows-1252 (as HTML bytes are); a lone
    surrogate as U+FFFD.
    """
    found = match.group()
    if len(found) == 2 and found[0] < "\udc00":
        return found.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    if "\udc80" <= found[0] <= "\udcff":
        return found.encode("utf-8", "surrogateescape").decode("utf-8", ERROR_HANDLER)
    return "\ufffd"


def _without_surrogates(text: str) -> str:
    """
    *text* with its surrogate code points replaced (see `_SURROGATES`), so
    that every field of the release encodes to UTF-8 and survives a JSON
    round trip. Free for ASCII text; one encode for the rest.
    """
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATES.sub(_replace_surrogates, text)
    return text


def _resolve(items: Iterable[str | _T], registry: Registry[_T]) -> tuple[_T, ...]:
    """
    Plugins by registered name or as objects, checked against *registry*.
    """
    resolved: list[_T] = []
    for item in items:
        if isinstance(item, str):
            resolved.append(registry.create(item))
        else:
            registry.validate(item, repr(item))
            resolved.append(item)
    return tuple(resolved)


@attrs.frozen(init=False)
class Parser:
    """
    A configured press-release parser.

    Build one when the defaults do not fit; reuse it for every page. It is
    immutable, safe to share between threads, and pickles (with its plugin
    objects) into worker processes, so one `Parser` can serve a process
    pool or a Spark or Dask job.

    Args:
        strippers: Boilerplate strippers to run, in order: registered names
            or objects with a ``strip(page) -> page`` method. Defaults to
            `DEFAULT_STRIPPERS`.
        datelines: Dateline parsers to try, in order: registered names or
            objects with a ``parse(text, *, reference_date) -> Dateline | None``
            method. Defaults to `DEFAULT_DATELINES`.

    Raises:
        PluginNotFoundError: A name is not registered; the message lists
            the available names.
        PluginError: A plugin object lacks the method its protocol needs.

    Attributes:
        strippers: The resolved strippers.
        datelines: The resolved dateline parsers.
    """

    strippers: tuple[BoilerplateStripper, ...]
    datelines: tuple[DatelineParser, ...]

    def __init__(
        self,
        *,
        strippers: Iterable[str | BoilerplateStripper] = DEFAULT_STRIPPERS,
        datelines: Iterable[str | DatelineParser] = DEFAULT_DATELINES,
    ) -> None:
        self.__attrs_init__(
            strippers=_resolve(strippers, _strippers_registry),
            datelines=_resolve(datelines, dateline_parsers),
        )

    def parse(
        self,
        text: str | bytes,
        /,
        *,
        strict: bool = False,
        reference_date: dt.date | None = None,
        format: Format = "auto",
    ) -> Release:
        """
        Parse one page.

        Args:
            text: The page: crawled text or HTML, as `str` or as `bytes`.
                Crawled-text bytes are decoded from a BOM, else UTF-8, else
                Windows-1252, else Latin-1; HTML bytes also honour a declared
                charset. Decoding never fails.
            strict: Raise `ParseError` when the page lacks a title, a date
                or body paragraphs, instead of returning what was found.
            reference_date: Supplies the year of a dateline that prints
                none, when the page states no date of its own; an HTML
                page's metadata date more than a year after it is not
                taken. Nothing depends on today's date.
            format: ``"auto"`` detects HTML by its markup; ``"text"`` or
                ``"html"`` skip detection.

        Returns:
            The release. A page that holds no release (an empty string, a
            page of menus) gives a `Release` whose fields are empty.

        Raises:
            InputTypeError: *text* is neither `str` nor `bytes` (a `TypeError`).
            ParseError: With *strict*, required fields are missing (a
                `ValueError`).
        """
        release, _fields = self._run(text, strict, reference_date, format, explain=False)
        return release

    def explain(
        self,
        text: str | bytes,
        /,
        *,
        strict: bool = False,
        reference_date: dt.date | None = None,
        format: Format = "auto",
    ) -> Explanation:
        """
        Parse one page and say why each field has its value.

        Takes the arguments of `parse` and returns an `Explanation`: the
        `Release` that `parse` returns, and for each field (``title``,
        ``kind``, ``date``, ``place``, ``source``, ``topics``,
        ``dateline``, ``paragraphs``) the rule that set it, the page line
        it was read from, and what the field's other rules found. It costs
        several times a `parse`: use it to find out why a page went wrong,
        not on a whole crawl.

        Raises:
            InputTypeError: *text* is neither `str` nor `bytes`.
            ParseError: With *strict*, required fields are missing.
        """
        release, fields = self._run(text, strict, reference_date, format, explain=True)
        assert fields is not None  # asked for
        return Explanation(release=release, fields=fields)

    def _run(
        self,
        text: str | bytes,
        strict: bool,
        reference_date: dt.date | None,
        format: Format,
        *,
        explain: bool,
    ) -> tuple[Release, dict[str, FieldExplanation] | None]:
        read, decoding = self._read(text, format, reference_date)
        page = read
        for stripper in self.strippers:
            page = stripper.strip(page)
        release, fields = extract(page, self.datelines, reference_date, explain=explain, read=read)
        if decoding is not None:
            release = attrs.evolve(release, decoding=decoding)
        if strict:
            missing = [name for name in REQUIRED_FIELDS if not getattr(release, name)]
            if missing:
                raise ParseError(missing, release)
        return release, fields

    def read(
        self,
        text: str | bytes,
        /,
        *,
        format: Format = "auto",
        reference_date: dt.date | None = None,
    ) -> Page:
        """
        Decode *text* and split it into a `Page`, before any stripper runs
        (*format* and *reference_date* as for `parse`).

        Raises:
            InputTypeError: *text* is neither `str` nor `bytes`.
            ValueError: *format* is not ``"auto"``, ``"text"`` or ``"html"``.
        """
        return self._read(text, format, reference_date)[0]

    def _read(
        self, text: str | bytes, format: Format, reference_date: dt.date | None
    ) -> tuple[Page, str | None]:
        """
        `read`, and how bytes were decoded (``None`` for `str` input).
        """
        if format not in ("auto", "text", "html"):
            raise ValueError(f"format must be 'auto', 'text' or 'html', not {format!r}")
        if isinstance(text, (bytes, bytearray, memoryview)):
            data = bytes(text)
            if binary_kind(data) is not None:
                return _EMPTY_PAGE, BINARY
            if format != "text" and data.startswith(_HEADER_BYTES):
                headed = _html_under_header(data, format, reference_date)
                if headed is not None:
                    return headed
            is_html = format == "html" or (format == "auto" and _html.looks_like_html(data))
            if is_html:
                # read_html decodes the bytes and, when they are UTF-8, parses them as they are.
                return read_html_named(data, reference_date=reference_date)
            text, decoding = decode_text(data)
            return _read_text(text), decoding
        if isinstance(text, str):
            text = _without_surrogates(text)
            if format != "text" and text.startswith(HEADER_OPENINGS):
                headed = _html_under_header(text, format, reference_date)
                if headed is not None:
                    return headed
            is_html = format == "html" or (format == "auto" and _html.looks_like_html(text))
        else:
            raise InputTypeError(type(text))
        if is_html:
            return _html.read_html(text, reference_date=reference_date), None
        return _read_text(text), None


_HEADER_BYTES: Final = tuple(opening.encode() for opening in HEADER_OPENINGS)


def _html_under_header(
    data: str | bytes, format: Format, reference_date: dt.date | None
) -> tuple[Page, str | None] | None:
    """
    The page of an HTML document under a crawler's header (a WARC
    ``response`` record, front matter over HTML), the header kept as for
    crawled text (`split_lines`), and how its bytes were decoded; ``None``
    when *data* has no such header or the page under it is not HTML (then
    `split_lines` reads both).
    """
    split = split_header(data)
    if split is None:
        return None
    header, body = split
    if format != "html" and not _html.looks_like_html(body):
        return None
    decoding = None
    if isinstance(body, bytes):
        page, decoding = read_html_named(body, reference_date=reference_date)
    else:
        page = _html.read_html(body, reference_date=reference_date)
    hints = attrs.evolve(
        page.hints,
        crawl=header,
        date=page.hints.date or header.published,
        title=page.hints.title or header.title,
    )
    return attrs.evolve(page, hints=hints), decoding


def _read_text(text: str) -> Page:
    """
    `split_lines` of the first `MAX_LINES` lines of *text*; the rest, if
    any, is kept unread as one `Boilerplate` record.
    """
    head, rest = split_overflow(text)
    page = split_lines(head)
    if rest is None:
        return page
    unread = Boilerplate(kind=UNREAD, stripper=READER, lines=(rest,), start=len(page.lines))
    return attrs.evolve(page, removed=(unread,))


#: What binary data reads as: no lines.
_EMPTY_PAGE: Final = Page(lines=())

_DEFAULT: Parser | None = None


def parse(
    text: str | bytes,
    /,
    *,
    strict: bool = False,
    reference_date: dt.date | None = None,
    format: Format = "auto",
) -> Release:
    """
    Parse one press-release page with the default `Parser`.

    See `Parser.parse` for the arguments, the result and the errors.
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Parser()
    return _DEFAULT.parse(text, strict=strict, reference_date=reference_date, format=format)


def explain(
    text: str | bytes,
    /,
    *,
    strict: bool = False,
    reference_date: dt.date | None = None,
    format: Format = "auto",
) -> Explanation:
    """
    Parse one page with the default `Parser` and say why each field has its
    value.

    See `Parser.explain`.
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Parser()
    return _DEFAULT.explain(text, strict=strict, reference_date=reference_date, format=format)
