"""
Reading a stripped page: kind label, headline, metadata block, dateline, body.

The strippers have taken out navigation and footers; what is left reads, top
to bottom, as a header (kind label, headline, metadata, perhaps a date line)
and then the body. This module finds where the header ends and turns each
part into `Release` fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Final

import attrs

from . import _vocab
from ._models import Boilerplate, Dateline, MetaField, Release
from ._page import Line, Page
from ._text import BULLET_CHARS, is_sentence, word_count
from .plugins import DatelineParser
from .strippers._menus import is_label

#: Headlines longer than this many words are taken for prose, unless a kind
#: label or a metadata block marks them as the headline.
MAX_TITLE_WORDS: Final = 40
#: A value under a label alone on its line has at most this many words.
MAX_VALUE_WORDS: Final = 16
#: Inline ``Label: value`` metadata: how many words a label may have.
MAX_LABEL_WORDS: Final = 4

_TOPIC_SEPARATORS: Final = (";", "|", ",")


@attrs.define
class _Header:
    kind: str | None = None
    title: Line | None = None
    metadata: list[MetaField] = attrs.Factory(list)
    dates: list[dt.date] = attrs.Factory(list)
    dateline: Dateline | None = None
    dropped: list[Line] = attrs.Factory(list)


def _inline_label(line: Line) -> tuple[str, str] | None:
    """
    Split ``Label: value`` when *line* is inline metadata.
    """
    label, sep, value = line.text.partition(": ")
    if not sep or not value or word_count(label) > MAX_LABEL_WORDS:
        return None
    if _vocab.key(label) in _vocab.KNOWN_LABELS or line.marker:
        return label.strip(), value.strip()
    return None


def _read_header(
    lines: Sequence[Line], datelines: Sequence[DatelineParser], reference_date: dt.date | None
) -> tuple[_Header, int]:
    """
    Read the header off the top of *lines*; return it and where the body starts.
    """
    header = _Header()
    index = 0
    count = len(lines)
    while index < count:
        line = lines[index]
        text = line.text
        if not text:  # a bare marker left between blocks
            header.dropped.append(line)
            index += 1
            continue
        if header.kind is None and _vocab.key(text) in _vocab.KINDS:
            header.kind = text
            index += 1
            # A headline taken before the kind label was page chrome when a
            # headline-shaped line follows the label.
            if (
                header.title is not None
                and index < count
                and not is_sentence(lines[index].text)
                and not is_label(lines[index].text)
                and not lines[index].marker
            ):
                header.dropped.append(header.title)
                header.title = None
            continue
        if is_label(text):
            index = _read_label_block(lines, index, header)
            continue
        inline = _inline_label(line)
        if inline is not None:
            header.metadata.append(MetaField(label=inline[0], values=(inline[1],)))
            index += 1
            continue
        if header.title is not None:
            break
        standalone = _standalone_dateline(text, datelines, reference_date)
        if standalone is not None:
            if header.dateline is None:
                header.dateline = standalone
            else:
                header.dropped.append(line)
            index += 1
            continue
        date = _date_only(text)
        if date is not None:
            header.dates.append(date)
            header.metadata.append(MetaField(label="", values=(text,)))
            index += 1
            continue
        if _is_title(lines, index, header, datelines, reference_date):
            header.title = line
            index += 1
            continue
        break
    return header, index


def _is_title(
    lines: Sequence[Line],
    index: int,
    header: _Header,
    datelines: Sequence[DatelineParser],
    reference_date: dt.date | None,
) -> bool:
    """
    Decide whether ``lines[index]`` is the headline or the start of the body.
    """
    line = lines[index]
    text = line.text
    if line.marker or word_count(text) > MAX_TITLE_WORDS:
        return False
    if header.kind is not None or header.metadata:
        return True
    if any(p.parse(text, reference_date=reference_date) for p in datelines):
        return False
    if not is_sentence(text) or text[-1] not in ".!?…":
        return True
    # A line ending like a sentence is the headline only when the page goes
    # on with a metadata block, a kind label or a dateline right after it.
    if index + 1 < len(lines):
        following = lines[index + 1].text
        return (
            is_label(following)
            or _vocab.key(following) in _vocab.KINDS
            or any(p.parse(following, reference_date=reference_date) for p in datelines)
        )
    return False


def _read_label_block(lines: Sequence[Line], index: int, header: _Header) -> int:
    """
    Read a label alone on its line (``- Date:``) and the values under it.
    """
    label_line = lines[index]
    values: list[str] = []
    index += 1
    while index < len(lines):
        line = lines[index]
        text = line.text
        if not text or is_label(text) or bool(line.marker) != bool(label_line.marker):
            break
        if word_count(text) > MAX_VALUE_WORDS or (not line.marker and is_sentence(text)):
            break
        values.append(text)
        index += 1
        if not line.marker:
            break  # an unmarked label takes one unmarked value line
    header.metadata.append(MetaField(label=label_line.text[:-1].strip(), values=values))
    return index


def _standalone_dateline(
    text: str, datelines: Sequence[DatelineParser], reference_date: dt.date | None
) -> Dateline | None:
    if word_count(text) > 12:
        return None
    for parser in datelines:
        found = parser.parse(text, reference_date=reference_date)
        if found is not None and found.raw.strip() == text and (found.place or found.agency):
            return found
    return None


def _date_only(text: str) -> dt.date | None:
    """
    The date of a header line that is a date and nothing else.
    """
    if word_count(text) > 6 or not any(ch.isdigit() for ch in text):
        return None
    from .datelines import parse_date

    return parse_date(text)


def _dateline_of(
    text: str, datelines: Sequence[DatelineParser], reference_date: dt.date | None
) -> Dateline | None:
    for parser in datelines:
        found = parser.parse(text, reference_date=reference_date)
        if found is not None and text.startswith(found.raw) and found.raw:
            return found
    return None


def _paragraph(line: Line) -> str:
    return f"{line.marker} {line.text}" if line.marker else line.text


def split_topics(value: str, known: Callable[[str], bool] = lambda term: False) -> list[str]:
    """
    Split a one-line topic list, keeping terms the page itself lists whole.

    ``"Rule of law, Human rights"`` gives two topics. A run of pieces that
    *known* accepts (case-folded) as one of the page's own terms, such as a
    term with a comma in it, stays one topic.
    """
    value = value.strip()
    if not value:
        return []
    separator = next((s for s in _TOPIC_SEPARATORS if s in value), None)
    if separator is None or known(value.casefold()):
        return [value]
    pieces = [p.strip() for p in value.split(separator)]
    topics: list[str] = []
    start = 0
    while start < len(pieces):
        end = len(pieces)
        while end > start + 1 and not known(f"{separator} ".join(pieces[start:end]).casefold()):
            end -= 1
        joined = f"{separator} ".join(pieces[start:end])
        if joined:
            topics.append(joined)
        start = end
    return topics


def _menu_terms(removed: Sequence[Boilerplate]) -> Callable[[str], bool]:
    """
    A test for whether a case-folded term is an item of the page's menus.

    The menus are joined into one case-folded text, built on the first
    question only, and a term is looked up as a whole line of it.
    """
    text: str | None = None

    def known(term: str) -> bool:
        nonlocal text
        if text is None:
            # A loop of str methods beats a multi-line regex substitution
            # here by a factor of two or more.
            joined = "\n".join(
                line.strip().lstrip(BULLET_CHARS).strip()
                for block in removed
                if block.kind == "menu"
                for line in block.lines
            )
            text = f"\n{joined.casefold()}\n"
        return f"\n{term}\n" in text

    return known


def _first(metadata: Sequence[MetaField], labels: frozenset[str]) -> MetaField | None:
    for field in metadata:
        if field.values and _vocab.key(field.label) in labels:
            return field
    return None


def build_release(
    page: Page, datelines: Sequence[DatelineParser], reference_date: dt.date | None
) -> Release:
    """
    Turn a stripped *page* into a `Release`.
    """
    lines = [line for line in page.lines if not line.is_blank]
    header, body_start = _read_header(lines, datelines, reference_date)
    metadata = header.metadata

    date: dt.date | None = None
    date_field = _first(metadata, _vocab.DATE_LABELS)
    if date_field is not None:
        from .datelines import parse_date

        date = parse_date(date_field.values[0], reference_date=reference_date)
    if date is None and header.dates:
        date = header.dates[0]
    if date is None:
        date = page.hints.date
    year_reference = date or reference_date

    body = lines[body_start:]
    dateline = header.dateline
    paragraphs: list[str] = [_paragraph(line) for line in body]
    if body and not body[0].marker:
        found = _dateline_of(body[0].text, datelines, year_reference)
        if found is not None:
            dateline = found
            rest = body[0].text[len(found.raw) :].strip()
            if rest:
                paragraphs[0] = rest
            else:
                del paragraphs[0]
    if date is None and dateline is not None:
        date = dateline.date

    place_field = _first(metadata, _vocab.PLACE_LABELS)
    place = place_field.value if place_field else (dateline.place if dateline else None)
    source_field = _first(metadata, _vocab.SOURCE_LABELS)
    source = source_field.value if source_field else page.hints.source
    kind_field = _first(metadata, _vocab.KIND_LABELS)
    kind = header.kind or (kind_field.value if kind_field else None) or page.hints.kind

    topics_field = _first(metadata, _vocab.TOPIC_LABELS)
    topics: list[str] = []
    if topics_field is not None:
        known = _menu_terms(page.removed)
        for value in topics_field.values:
            topics.extend(split_topics(value, known))
    elif page.hints.topics:
        topics = list(page.hints.topics)

    title = header.title.text if header.title else page.hints.title
    removed = page.removed
    if header.dropped:
        removed = page.remove(
            [line.number for line in header.dropped], kind="header", stripper="structure"
        ).removed
    return Release(
        title=title,
        kind=kind,
        date=date,
        place=place,
        source=source,
        topics=_unique(topics),
        dateline=dateline,
        paragraphs=paragraphs,
        metadata=metadata,
        boilerplate=sorted(removed, key=lambda b: b.start),
    )


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
