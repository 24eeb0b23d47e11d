"""
Facts an HTML page states outside its running text.

`HintCollector` is fed the ``<head>``, JSON-LD scripts, ``<time>`` elements
and in-body ``<meta>`` tags as the reader meets them, and turns them into
a `Hints` at the end: title, date, source, topics, kind and language.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final

import lxml.etree as etree

from .. import _vocab
from .._page import Hints
from ..datelines._dates import find_date

#: JSON-LD types whose ``datePublished`` and ``headline`` describe the page's text.
ARTICLE_TYPES: Final = frozenset(
    {
        "pressrelease",
        "newsarticle",
        "article",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "report",
        "scholarlyarticle",
        "techarticle",
        "socialmediaposting",
        "liveblogposting",
        "opinionnewsarticle",
        "backgroundnewsarticle",
    }
)

# <meta> names/properties that state a publication date, best first.
_DATE_METAS: Final = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "publication-date",
    "release_date",
    "citation_publication_date",
    "citation_date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "published-date",
    "originalpublicationdate",
    "displaydate",
    "og:updated_time",
    "last-modified",
)
_DATE_RANK: Final = {name: rank for rank, name in enumerate(_DATE_METAS)}

_TITLE_SEPARATORS: Final = re.compile(r"\s+(?:[|·•»«]{1,2}|[-–—]{1,2}|::)\s+")
#: A ``<title>`` segment at most this share of the whole is a site name.
SITE_NAME_SHARE: Final = 0.4
_ISO_DATE: Final = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC_DATE: Final = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
_COMPACT_DATE: Final = re.compile(r"\A(\d{4})(\d{2})(\d{2})\b")
_HAS_DIGIT: Final = re.compile(r"\d").search
#: A date in running text is looked for within this many lines of the headline.
TEXT_DATE_WINDOW: Final = 25
#: ... in lines of at most this many characters, or in the opening
#: `TEXT_DATE_OPENING` characters of a longer line.
TEXT_DATE_MAX_CHARS: Final = 120
#: See `TEXT_DATE_MAX_CHARS`.
TEXT_DATE_OPENING: Final = 24


def find_text_date(text: str, *, latest: dt.date | None = None) -> dt.date | None:
    """
    Return the first date written out in *text* (``26.01.2022``,
    ``2. November 2021``, ``January 26, 2022``, ``2021-11-02``, in any
    lexicon language), read by the shared date grammar
    (`pressparse.datelines.find_date`), that is a plausible publication
    date: `MIN_YEAR` or later, and not after *latest* (`latest_date`);
    else ``None``.
    """
    # (Every date has a digit: a cheap test before the grammar.)
    if _HAS_DIGIT(text) is None:
        return None
    start = 0
    while True:
        found = find_date(text[start:] if start else text)
        if found is None:
            return None
        date = _valid(found.date.year, found.date.month, found.date.day, latest)
        if date is not None:
            return date
        start += found.span[0] + 1  # an implausible date: look on past it


#: Earliest year a hint date may have.
MIN_YEAR: Final = 1990


#: How far after the reference date a hint date may lie (`latest_date`).
MAX_DAYS_AHEAD: Final = 366


def latest_date(reference_date: dt.date | None) -> dt.date | None:
    """
    The latest date a hint may state: `MAX_DAYS_AHEAD` days after
    *reference_date*; ``None`` (no bound) without one. The bound never
    comes from the clock, so a page parses the same on any day.
    """
    if reference_date is None:
        return None
    try:
        return reference_date + dt.timedelta(days=MAX_DAYS_AHEAD)
    except OverflowError:
        return None


def _valid(year: int, month: int, day: int, latest: dt.date | None) -> dt.date | None:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    if value.year < MIN_YEAR or (latest is not None and value > latest):
        return None
    return value


_free_text_parser: list[Callable[..., dt.date | None] | None] = []


def _parse_free_date(text: str, latest: dt.date | None) -> dt.date | None:
    """
    Read a date written in words with `pressparse.datelines.parse_date`,
    when that function exists; else ``None``.
    """
    if not _free_text_parser:
        try:
            from ..datelines import parse_date  # type: ignore[attr-defined,unused-ignore]
        except ImportError:
            _free_text_parser.append(None)
        else:
            _free_text_parser.append(parse_date)
    parser = _free_text_parser[0]
    if parser is None:
        return None
    try:
        value = parser(text)
    except Exception:  # a helper's bug must not break HTML reading
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _valid(value.year, value.month, value.day, latest)
    return None


def parse_hint_date(
    value: str, *, free_text: bool = True, reference_date: dt.date | None = None
) -> dt.date | None:
    """
    Return the calendar date *value* states, or ``None``.

    ISO 8601 (``2021-11-02``, ``2021-11-02T10:00:00+01:00``), compact
    ``20211102`` and day-first numeric ``2.11.2021`` are read here; with
    *free_text*, anything else is passed to `pressparse.datelines.parse_date`
    if it exists. Years before `MIN_YEAR` (1990) are rejected, and so,
    given a *reference_date*, are dates more than a year (366 days) after
    it. The result never depends on today's date.
    """
    latest = latest_date(reference_date)
    value = value.strip()
    if not value or len(value) > 200:
        return None
    match = _ISO_DATE.match(value)
    if match:
        return _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)), latest)
    match = _COMPACT_DATE.match(value)
    if match:
        return _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)), latest)
    match = _NUMERIC_DATE.search(value)
    if match:
        return _valid(int(match.group(3)), int(match.group(2)), int(match.group(1)), latest)
    match = _ISO_DATE.search(value)
    if match:
        return _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)), latest)
    if free_text:
        return find_text_date(value, latest=latest) or _parse_free_date(value, latest)
    return None


# Dates in a page's address: /2021/10/29/, 2021-10-29, 29-10-2021, /20211029.
_URL_DATES: Final = (
    (re.compile(r"/((?:19|20)\d\d)/(\d\d?)/(\d\d?)(?:/|$|\b)"), (1, 2, 3)),
    (re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.](\d\d)[-_.](\d\d)(?!\d)"), (1, 2, 3)),
    (re.compile(r"(?<!\d)(\d\d)[-_.](\d\d)[-_.]((?:19|20)\d\d)(?!\d)"), (3, 2, 1)),
    (re.compile(r"/((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"), (1, 2, 3)),
)


def url_date(url: str, *, latest: dt.date | None = None) -> dt.date | None:
    """
    Return the date written in a page's address (``/2021/10/29/``,
    ``2021-10-29``, day-first ``29-10-2021``, ``/20211029``), or ``None``.
    Only the path is read; a date in the query string is not the page's.
    Dates after *latest* (`latest_date`) are skipped.
    """
    path = url.split("?", 1)[0].split("#", 1)[0]
    for pattern, (year, month, day) in _URL_DATES:
        match = pattern.search(path)
        if match:
            date = _valid(
                int(match.group(year)), int(match.group(month)), int(match.group(day)), latest
            )
            if date is not None:
                return date
    return None


def _squeeze(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


def strip_site_name(title: str) -> str:
    """
    Remove a site name from a ``<title>``: ``"Headline | Ministry of X"``
    and ``"Ministry of X | Headline"`` both give ``"Headline"``.

    An end segment is taken for a site name only when it is much shorter
    than the rest, so a headline with a dash in it survives.
    """
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    seps = _TITLE_SEPARATORS.findall(title)
    if len(parts[-1]) <= SITE_NAME_SHARE * len(title):
        return title[: title.rfind(seps[-1])].strip()
    if len(parts[0]) <= SITE_NAME_SHARE * len(title) and seps[0].strip() not in "-–—":
        return title[title.find(seps[0]) + len(seps[0]) :].strip()
    return title


def _names(value: Any) -> Iterator[str]:
    """
    Yield the names of a JSON-LD person/organisation value (object, list or string).
    """
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            if item.strip() and not item.startswith(("http://", "https://", "_:", "#")):
                yield _squeeze(item)
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, str) and name.strip():
                yield _squeeze(name)


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def _json_objects(data: Any) -> Iterator[dict[str, Any]]:
    """
    Yield every JSON-LD object in *data*: top level, lists, ``@graph``,
    ``mainEntity``; without recursion.
    """
    pending = [data]
    seen = 0
    while pending and seen < 500:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(reversed(item))
        elif isinstance(item, dict):
            seen += 1
            yield item
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                inner = item.get(key)
                if isinstance(inner, (list, dict)):
                    pending.append(inner)


#: A tag link's text is a topic when at most this long.
_TAG_LINK_MAX_CHARS: Final = 60
#: Zones whose tag links are no topics of the page: menus, sidebars, lists
#: of other pages, comments.
_TAG_LINK_ZONES_OUT: Final = frozenset({"nav", "aside", "related", "comments", "ads", "search"})

_BOILERPLATE_FOR_DATES: Final = frozenset(
    {"nav", "footer", "aside", "related", "comments", "ads", "cookie", "newsletter", "search"}
)


def _date_in_text(
    texts: Sequence[str],
    zones: Sequence[str | None],
    h1_lines: Sequence[int],
    latest: dt.date | None,
) -> dt.date | None:
    """
    The publication date printed near the headline: the first short line
    with a date after the main ``<h1>`` (else before it, nearest first),
    skipping "last updated" lines and boilerplate regions.
    """
    anchor = None
    for line in h1_lines:
        if zones[line] == "main":
            anchor = line
            break
    if anchor is None:
        first_main = next((n for n, zone in enumerate(zones) if zone == "main"), None)
        anchor = h1_lines[0] if h1_lines else first_main
    if anchor is None:
        return None
    after = range(anchor, min(len(texts), anchor + TEXT_DATE_WINDOW))
    before = range(anchor - 1, max(-1, anchor - TEXT_DATE_WINDOW // 2), -1)
    for modified_ok in (False, True):
        for numbers in (after, before):
            for number in numbers:
                text = texts[number]
                if zones[number] in _BOILERPLATE_FOR_DATES:
                    continue
                if len(text) > TEXT_DATE_MAX_CHARS:
                    text = text[:TEXT_DATE_OPENING]  # "01.02.2022 The labour market ..."
                if not modified_ok and _vocab.STAMP(text):
                    continue
                date = find_text_date(text, latest=latest)
                if date is not None:
                    return date
    return None


class HintCollector:
    """
    Gathers metadata while `read_html` walks a page; `finish` gives the `Hints`.
    Dates are checked against *reference_date* (`parse_hint_date`).
    """

    def __init__(self, root: etree._Element, *, reference_date: dt.date | None = None) -> None:
        self.reference_date = reference_date
        self.latest = latest_date(reference_date)
        self.language: str | None = None
        lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
        if lang and lang.strip():
            self.language = lang.strip()
        self.title_tag: str | None = None
        self.metas: dict[str, str] = {}
        self.tags: list[str] = []
        self.keywords: list[str] = []
        self.tag_links: list[tuple[int, str]] = []
        self.dates: list[tuple[int, dt.date]] = []
        self.times: list[tuple[int, str]] = []
        self.ld: list[dict[str, Any]] = []

    # --- feeding ---------------------------------------------------------------

    def dropped(self, tag: str, el: etree._Element) -> None:
        """
        Look at an element the reader drops (``<head>``, ``<script>``, ``<title>``).
        """
        if tag == "head":
            for child in el.iter("title", "meta", "script", "link"):
                self.dropped(str(child.tag), child)
        elif tag == "link":
            if (el.get("rel") or "").strip().lower() == "canonical" and el.get("href"):
                self.metas.setdefault("canonical", str(el.get("href")))
        elif tag == "title":
            if self.title_tag is None:
                text = _squeeze("".join(str(part) for part in el.itertext()))
                self.title_tag = text or None
        elif tag == "meta":
            self._meta(el)
        elif tag == "script":
            kind = (el.get("type") or "").lower()
            if "ld+json" in kind and el.text:
                self.json_ld(el.text)

    def tag_link(self, text: str, line: int) -> None:
        """
        Note the text of a tag or category link; *line* is the number the
        line holding it will get.
        """
        if text and len(text) <= _TAG_LINK_MAX_CHARS:
            self.tag_links.append((line, text))

    def inline(self, tag: str, el: etree._Element, line: int) -> None:
        """
        Look at a ``<time>`` or ``<meta>`` inside the body; *line* is the
        number the next line will get.
        """
        if tag == "meta":
            self._meta(el)
        elif tag == "time":
            value = el.get("datetime") or el.text or ""
            if value.strip():
                self.times.append((line, value))

    def _meta(self, el: etree._Element) -> None:
        # One read of the attributes instead of up to five lookups (the
        # HTML parser gives str names and values; the stubs say str | bytes).
        attributes: dict[str, str] = dict(el.items())  # type: ignore[arg-type]
        key = (
            attributes.get("property")
            or attributes.get("name")
            or attributes.get("itemprop")
            or attributes.get("http-equiv")
        )
        content = attributes.get("content")
        if not key or content is None:
            return
        key = key.strip().lower()
        content = content.strip()
        if not content:
            return
        if key in ("article:tag", "og:article:tag"):
            self.tags.append(_squeeze(content))
        elif key in ("keywords", "news_keywords"):
            self.keywords.extend(_squeeze(k) for k in re.split(r"[,;]", content))
        elif key == "content-language" and self.language is None:
            self.language = content.split(",")[0].strip()
        elif key in _DATE_RANK:
            date = parse_hint_date(content, free_text=False, reference_date=self.reference_date)
            if date is not None:
                self.dates.append((_DATE_RANK[key], date))
        self.metas.setdefault(key, content)

    def json_ld(self, text: str) -> None:
        """
        Read the text of a JSON-LD script.
        """
        text = text.strip()
        if text.startswith("<!--"):
            text = text[4:]
        if text.endswith("-->"):
            text = text[:-3]
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):
            # RecursionError: arrays or objects nested deeper than the
            # interpreter's recursion limit ("[[[[...").
            return
        self.ld.extend(_json_objects(data))

    # --- deciding ------------------------------------------------------------

    def _article(self) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """
        The first JSON-LD article object, and the first web page object.
        """
        article = page = None
        for obj in self.ld:
            types = _types(obj)
            if article is None and types & ARTICLE_TYPES:
                article = obj
            elif page is None and types & {"webpage", "itempage", "collectionpage"}:
                page = obj
        return article, page

    def finish(
        self, texts: Sequence[str], zones: Sequence[str | None], h1_lines: Sequence[int]
    ) -> Hints:
        """
        Decide the hints, given the page's lines, their zones and the
        numbers of the ``<h1>`` lines.
        """
        article, page = self._article()
        title = self._title(article, texts, zones, h1_lines)
        headline = [n for n in h1_lines if texts[n] == title]
        return Hints(
            title=title,
            date=self._date(article, page, texts, zones, headline or h1_lines),
            source=self._source(article),
            topics=self._topics(article, zones),
            kind=_kind_by_headline(texts, zones, headline or h1_lines) or self._kind(),
            language=self.language,
        )

    def _title(
        self,
        article: dict[str, Any] | None,
        texts: Sequence[str],
        zones: Sequence[str | None],
        h1_lines: Sequence[int],
    ) -> str | None:
        h1 = None
        for line in h1_lines:
            if zones[line] == "main":
                h1 = texts[line]
                break
        if h1 is None:
            for line in h1_lines:
                if zones[line] in (None, "main", "header"):
                    h1 = texts[line]
                    break
        og = _squeeze(self.metas.get("og:title") or self.metas.get("twitter:title"))
        headline = ""
        if article is not None:
            value = article.get("headline") or article.get("name")
            if isinstance(value, str):
                headline = _squeeze(value)
        title = _squeeze(self.title_tag)
        metas = [c for c in (og, headline, title) if c]
        if h1 and len(h1) >= 10:
            folded = h1.casefold()
            if any(folded in c.casefold() or c.casefold() in folded for c in metas):
                return h1
        for candidate in (og, headline):
            if candidate:
                return strip_site_name(candidate) if candidate == og else candidate
        if h1:
            return h1
        if title:
            return strip_site_name(title)
        return None

    def _date(
        self,
        article: dict[str, Any] | None,
        page: dict[str, Any] | None,
        texts: Sequence[str],
        zones: Sequence[str | None],
        h1_lines: Sequence[int],
    ) -> dt.date | None:
        for obj in (article, page):
            if obj is not None:
                for key in ("datePublished", "dateCreated"):
                    value = obj.get(key)
                    if isinstance(value, str):
                        date = parse_hint_date(
                            value, free_text=False, reference_date=self.reference_date
                        )
                        if date is not None:
                            return date
        if self.dates:
            return min(self.dates, key=lambda pair: pair[0])[1]
        # <time> elements: the first in the main text, else the first at all.
        for wanted in ("main", None):
            for line, value in self.times:
                zone = zones[line] if line < len(zones) else None
                if wanted is None or zone == wanted:
                    date = parse_hint_date(value, reference_date=self.reference_date)
                    if date is not None:
                        return date
        date = _date_in_text(texts, zones, h1_lines, self.latest)
        if date is None:
            url = self.metas.get("canonical") or self.metas.get("og:url") or ""
            date = url_date(url, latest=self.latest)
        return date

    def _source(self, article: dict[str, Any] | None) -> str | None:
        if article is not None:
            for key in ("publisher", "sourceOrganization", "author"):
                for name in _names(article.get(key)):
                    return name
        for key in (
            "publisher",
            "dc.publisher",
            "dcterms.publisher",
            "og:site_name",
            "application-name",
        ):
            value = _squeeze(self.metas.get(key))
            if value:
                return value
        for obj in self.ld:
            if _types(obj) & {"organization", "governmentorganization", "newsmediaorganization"}:
                for name in _names(obj):
                    return name
        return None

    def _topics(
        self, article: dict[str, Any] | None, zones: Sequence[str | None]
    ) -> tuple[str, ...]:
        found: list[str] = list(self.tags)
        if article is not None:
            keywords = article.get("keywords")
            if isinstance(keywords, str):
                found.extend(_squeeze(k) for k in re.split(r"[,;]", keywords))
            elif isinstance(keywords, list):
                found.extend(_squeeze(k) for k in keywords if isinstance(k, str))
        if not found:
            # Tag links outside menus, sidebars and lists of other pages (a
            # tag cloud), before the looser keywords meta.
            found = [
                text
                for line, text in self.tag_links
                if line >= len(zones) or zones[line] not in _TAG_LINK_ZONES_OUT
            ] or self.keywords
        seen: set[str] = set()
        topics: list[str] = []
        for topic in found:
            key = topic.casefold()
            if topic and key not in seen:
                seen.add(key)
                topics.append(topic)
        return tuple(topics)

    def _kind(self) -> str | None:
        for obj in self.ld:
            if "pressrelease" in _types(obj):
                return "PressRelease"
        return None


def _kind_by_headline(
    texts: Sequence[str], zones: Sequence[str | None], h1_lines: Sequence[int]
) -> str | None:
    """
    The kind label a page prints on its own line right over or right under
    its first ``<h1>`` (a kicker: ``Media release``, ``Pressemitteilung``
    in a box of the article header), as printed; ``None`` when neither
    neighbour is one. Such a line often sits outside the main text, where
    the region stripper removes it, so it is kept here as a hint.
    """
    if not h1_lines:
        return None
    headline = h1_lines[0]
    for line in (headline - 1, headline + 1):
        if 0 <= line < len(texts) and zones[line] in (None, "main", "header"):
            text = texts[line]
            # A cheap length test before the normalised lookup.
            if 0 < len(text) <= _vocab.MAX_KIND_CHARS and _vocab.key(text) in _vocab.KINDS:
                return text
    return None
