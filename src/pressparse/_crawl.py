"""
Headers a crawler writes above a page's text.

Crawls are stored with a header of what was fetched, where and when:
YAML front matter, a WARC (or WET) record header, a reader service's
``Title:`` / ``URL Source:`` block, or a bare ``date 2019-05-13`` glued
before the first line. `read_header` recognises each at the very top of a
page, by its grammar, so that it is kept as a `CrawlHeader` and never read
as the page's text. A line shaped like a header field anywhere else is page
text.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import regex

from ._models import Boilerplate, CrawlHeader, MetaField

#: The name `Boilerplate.stripper` carries for a crawler's header.
READER_NAME: Final = "crawl"
#: A header is looked for in at most this many lines from the top.
MAX_HEADER_LINES: Final = 200

# --- YAML front matter ---------------------------------------------------------

# The lines front matter may hold: "key: value", "key:", "- item" (under a
# key), an indented continuation, a comment.
_YAML_KEY: Final = regex.compile(r"([A-Za-z_][\w.:-]{0,60}?)[ \t]*:(?:[ \t]+(.*)|[ \t]*)")
_YAML_ITEM: Final = regex.compile(r"[ \t]*-(?:[ \t]+(.*)|[ \t]*)")

#: Front-matter keys (folded, ``-`` read as ``_``) naming the page's
#: address, title, publication date and the date it was fetched.
URL_KEYS: Final = frozenset(
    "url source_url url_source link canonical canonical_url original_url permalink "
    "target_uri warc_target_uri page_url".split()
)
TITLE_KEYS: Final = frozenset("title headline og:title name".split())
PUBLISHED_KEYS: Final = frozenset(
    "date published published_time published_date publishedtime date_published "
    "datepublished pubdate publication_date article:published_time created".split()
)
CRAWLED_KEYS: Final = frozenset(
    "crawled crawl_date date_crawled crawled_at crawl_time fetched fetched_at fetch_date "
    "fetch_time retrieved retrieved_at retrieval_date downloaded downloaded_at scraped "
    "scraped_at accessed accessed_at warc_date".split()
)


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def _front_matter(raws: list[str]) -> tuple[CrawlHeader, int] | None:
    """
    YAML front matter: ``---``, then ``key: value`` lines (lists and
    indented continuations allowed), closed by ``---`` or ``...``.
    """
    fields: list[tuple[str, list[str]]] = []
    end = min(len(raws), MAX_HEADER_LINES)
    for number in range(1, end):
        line = raws[number].rstrip()
        if line in ("---", "..."):
            if not fields:
                return None
            break
        if not line or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t-":
            item = _YAML_ITEM.fullmatch(line)
            if item is not None and fields:
                if item.group(1):
                    fields[-1][1].append(_unquote(item.group(1)))
                continue
            if line[0] in " \t" and fields:
                # An indented continuation of the last value, or a nested key.
                fields[-1][1].append(_unquote(line))
                continue
            return None
        key = _YAML_KEY.fullmatch(line)
        if key is None:
            return None
        value = key.group(2)
        fields.append((key.group(1), [_unquote(value)] if value and value.strip() else []))
    else:
        return None
    header = _header("front-matter", raws[: number + 1], fields)
    return header, number + 1


# --- WARC record header ----------------------------------------------------------

_WARC_VERSION: Final = regex.compile(r"WARC/\d+\.\d+")
_HTTP_STATUS: Final = regex.compile(r"HTTP/\d(?:\.\d)?[ \t]+\d{3}\b.*")
# A named field: a token (no separators), a colon, the value.
_NAMED_FIELD: Final = regex.compile(r"([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*)")


def _named_fields(raws: list[str], start: int) -> tuple[list[tuple[str, list[str]]], int] | None:
    """
    The named fields from *start* up to a blank line (continuation lines
    open with white space), and the number of that blank line; ``None``
    where a line breaks the grammar or no blank line comes.
    """
    fields: list[tuple[str, list[str]]] = []
    end = min(len(raws), MAX_HEADER_LINES)
    for number in range(start, end):
        line = raws[number].rstrip()
        if not line:
            return fields, number
        if line[0] in " \t" and fields:
            fields[-1][1][-1] = f"{fields[-1][1][-1]} {line.strip()}".strip()
            continue
        m = _NAMED_FIELD.fullmatch(line)
        if m is None:
            return None
        fields.append((m.group(1), [m.group(2).strip()]))
    return None


def _warc(raws: list[str]) -> tuple[CrawlHeader, int] | None:
    """
    A WARC record header (WARC 1.0/1.1, and WET files, which are WARC
    ``conversion`` records): the version line, named fields, a blank line;
    in a ``response`` record, the HTTP status line and headers after it.
    """
    found = _named_fields(raws, 1)
    if found is None or not found[0]:
        return None
    fields, blank = found
    end = blank + 1
    following = end
    while following < len(raws) and not raws[following].strip():
        following += 1
    if following < len(raws) and _HTTP_STATUS.fullmatch(raws[following].strip()):
        http = _named_fields(raws, following + 1)
        if http is not None:
            fields.append(("HTTP-Status", [raws[following].strip()]))
            fields.extend(http[0])
            end = http[1] + 1
    return _header("warc", raws[:end], fields), end


# --- Reader services -----------------------------------------------------------------

_READER_FIELD: Final = regex.compile(r"([A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}):(?:[ \t]+(.*)|[ \t]*)")
#: The line that closes a reader service's header; the page follows.
READER_CONTENT_LABELS: Final = frozenset({"Markdown Content", "Text Content", "Content"})
#: A reader header is looked for in at most this many lines.
MAX_READER_LINES: Final = 40


def _reader(raws: list[str]) -> tuple[CrawlHeader, int] | None:
    """
    A reader service's header (r.jina.ai and services built like it):
    ``Title:``, ``URL Source:``, perhaps ``Published Time:`` and other
    ``Label: value`` lines, blank lines between, closed by
    ``Markdown Content:`` alone on its line. ``URL Source:`` must be there.
    """
    fields: list[tuple[str, list[str]]] = []
    for number in range(min(len(raws), MAX_READER_LINES)):
        line = raws[number].strip()
        if not line:
            continue
        m = _READER_FIELD.fullmatch(line)
        if m is None:
            return None
        label, value = m.group(1), (m.group(2) or "").strip()
        if label in READER_CONTENT_LABELS and not value:
            if not any(name == "URL Source" for name, _ in fields):
                return None
            return _header("reader", raws[: number + 1], fields), number + 1
        fields.append((label, [value] if value else []))
    return None


# --- A glued date ----------------------------------------------------------------------

_DATE_FRAGMENT: Final = regex.compile(
    r"date[ \t]+(\d{4}-\d\d-\d\d)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?[ \t]*"
)


def date_fragment(first: str) -> CrawlHeader | None:
    """
    A crawler's ``date YYYY-MM-DD`` fragment glued before the first line
    (``date 2019-05-13Minister opens ...``), or ``None``. The date must be
    a real one.
    """
    m = _DATE_FRAGMENT.match(first)
    if m is None:
        return None
    published = _iso_date(m.group(1))
    if published is None:
        return None
    fragment = first[: m.end()].rstrip()
    return CrawlHeader(
        format="date",
        published=published,
        fields=[MetaField(label="date", values=[m.group(1)])],
        lines=[fragment],
    )


# --- Reading -------------------------------------------------------------------------------

_ISO: Final = regex.compile(r"(\d{4})-(\d\d)-(\d\d)")


def _iso_date(value: str) -> dt.date | None:
    m = _ISO.match(value.strip())
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _date(value: str) -> dt.date | None:
    """
    The date a header value states: ISO 8601 first, else any form
    `pressparse.html` reads in metadata.
    """
    date = _iso_date(value)
    if date is None and value.strip():
        from .html._hints import parse_hint_date  # only for a header's dates

        date = parse_hint_date(value)
    return date


def _key(label: str) -> str:
    return label.strip().casefold().replace("-", "_").replace(" ", "_")


def _header(fmt: str, lines: list[str], fields: list[tuple[str, list[str]]]) -> CrawlHeader:
    """
    A `CrawlHeader` of *fmt* from its *lines* and label/value *fields*.
    """
    url = title = None
    published = crawled = None
    for label, values in fields:
        if not values:
            continue
        key = _key(label)
        value = values[0]
        if url is None and (key in URL_KEYS or (key == "source" and "://" in value)):
            url = value.strip("<>") or None
        elif title is None and key in TITLE_KEYS and fmt != "warc":
            title = " ".join(value.split()) or None
        elif published is None and key in PUBLISHED_KEYS and fmt != "warc":
            published = _date(value)
        elif crawled is None and key in CRAWLED_KEYS:
            crawled = _date(value)
    return CrawlHeader(
        format=fmt,
        url=url,
        title=title,
        published=published,
        crawled=crawled,
        fields=[MetaField(label=label, values=values) for label, values in fields],
        lines=[line.rstrip() for line in lines],
    )


def read_header(raws: list[str]) -> tuple[CrawlHeader | None, int]:
    """
    The crawler's header at the top of the page *raws* (its lines) and how
    many whole lines it takes; ``(None, 0)`` when the page opens with none.

    A ``date YYYY-MM-DD`` fragment takes no whole line: it comes back with
    ``0`` lines, the caller cuts it from the first line.
    """
    if not raws:
        return None, 0
    first = raws[0].rstrip()
    found: tuple[CrawlHeader, int] | None = None
    if first == "---":
        found = _front_matter(raws)
    elif first.startswith("WARC/"):
        if _WARC_VERSION.fullmatch(first):
            found = _warc(raws)
    elif first.startswith("Title:"):
        found = _reader(raws)
    elif first.startswith("date"):
        fragment = date_fragment(first)
        return fragment, 0
    if found is None:
        return None, 0
    return found


#: What a page opens with when a crawler's header may stand there: one
#: comparison of the first characters before any parsing.
HEADER_OPENINGS: Final = ("---", "WARC/", "Title:", "date ")


#: How much of a page's start is searched for a header to split off.
MAX_HEADER_CHARS: Final = 32_768


def _line_end(data: str | bytes, lines: int) -> int:
    """
    Where the line after the first *lines* lines of *data* starts.
    """
    position = 0
    for _ in range(lines):
        found = data.find("\n", position) if isinstance(data, str) else data.find(b"\n", position)
        if found < 0:
            return len(data)
        position = found + 1
    return position


def split_header(data: str | bytes) -> tuple[CrawlHeader, str | bytes] | None:
    """
    A crawler's header that takes whole lines at the top of *data* (front
    matter, WARC, reader service) and the page after it, as `str` or
    `bytes` like *data*; ``None`` when *data* opens with none.

    This is how a header over an HTML page (a WARC ``response`` record) is
    split off before the page is read as HTML.
    """
    if isinstance(data, str):
        if not data.startswith(HEADER_OPENINGS):
            return None
        head = data[:MAX_HEADER_CHARS]
    else:
        if not data.startswith(_HEADER_OPENINGS_BYTES):
            return None
        head = data[:MAX_HEADER_CHARS].decode("utf-8", "replace")
    head = head.replace("\r\n", "\n").replace("\r", "\n")
    header, skip = read_header(head.split("\n"))
    if header is None or not skip:
        return None
    return header, data[_line_end(data, skip) :]


_HEADER_OPENINGS_BYTES: Final = tuple(opening.encode() for opening in HEADER_OPENINGS)


def header_record(header: CrawlHeader) -> Boilerplate:
    """
    The ``crawl-header`` `Boilerplate` record of *header*'s lines.

    It is added to the release only at the end (`Release.boilerplate`),
    never to `Page.removed`: the field stage reads removed text for
    closing dates and sources, and a crawl date is never a release's.
    """
    return Boilerplate(kind="crawl-header", stripper=READER_NAME, lines=header.lines, start=0)
