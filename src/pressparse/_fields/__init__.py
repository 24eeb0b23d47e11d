"""
The field stage: from a stripped page to a `Release`, with the reason for
each field.

The stage runs in three steps, each in a module of its own:

1. **Evidence** (`_evidence`): the page's lines are joined into units, the
   header reader (`pressparse._header`) finds the header and the body and
   collects what the header prints, and the metadata labels are keyed.
2. **The body's opening** (`Evidence.open_body`): the dateline parsers are
   offered the body's first paragraph, with the year the date rules read
   before the dateline (`date.RULES` up to ``date.dateline``).
3. **Fields**: each field's module (`title`, `kind`, `date`, `place`,
   `source`, `topics`) holds its rules as a named, ordered `RuleList`; the
   first rule that finds something sets the field.

With ``explain=True`` each field also gets a `FieldExplanation`: the rule
and line that set it, and what every other rule found.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from .._crawl import header_record
from .._explain import FieldExplanation
from .._models import Boilerplate, Release
from .._page import Page
from ..plugins import DatelineParser
from . import date, kind, place, source, title, topics
from ._evidence import Evidence, Opening
from ._rules import Found, RuleList, explanation

__all__ = ["Evidence", "Opening", "extract"]


def extract(
    page: Page,
    datelines: Sequence[DatelineParser],
    reference_date: dt.date | None,
    *,
    explain: bool = False,
    read: Page | None = None,
) -> tuple[Release, dict[str, FieldExplanation] | None]:
    """
    Read the fields of a stripped *page*; *read* is the page as read,
    before the strippers (where a crawled page's headings are looked for).

    Returns:
        The release, and with *explain* each field's explanation (else
        ``None``).
    """
    ev = Evidence(page, datelines, reference_date, read=read)
    # The date rules before the dateline's give the year of a dateline that
    # prints none; the body's opening is settled with it.
    found_date, date_rule = date.RULES.resolve(ev, stop="date.dateline")
    ev.year_reference = found_date.value if found_date is not None else reference_date
    opening = ev.open_body(ev.year_reference)
    if found_date is None:
        found_date, date_rule = date.RULES.resolve(ev, start="date.dateline")
    found_title, title_rule = title.RULES.resolve(ev)
    found_kind, kind_rule = kind.RULES.resolve(ev)
    found_place, place_rule = place.RULES.resolve(ev)
    found_source, source_rule = source.RULES.resolve(ev)
    found_topics, topics_rule = topics.RULES.resolve(ev)

    header = ev.header
    dropped = list(header.dropped)
    if found_title is not None and header.deck is not None:
        # A standfirst that is the release's title: the header's first
        # title was a kicker over the headline.
        opening = ev.drop_deck(found_title.value)
        if header.deck not in opening.body:
            dropped.append(header.deck)
    if opening.note is not None:
        dropped.append(opening.note)
    if (
        title_rule == "title.headline"
        and found_title is not None
        and found_title.value != header.title_text
        and header.title is not None
    ):
        dropped.append(header.title)  # what was cut from the headline's line stays inspectable
    numbers = {line.number for line in dropped}
    # A line whose headline was cut off it: the body holds its sentence, the
    # "split" record the line as printed.
    split = {line.number for line in header.split} - numbers
    removed = (
        page.removed
        + _structure_records(page, numbers, "header")
        + _structure_records(page, split, "split")
    )
    if page.hints.crawl is not None:
        # The crawler's header, kept out of the stages' way until here.
        removed = (header_record(page.hints.crawl), *removed)
    release = Release(
        title=found_title.value if found_title else None,
        kind=found_kind.value if found_kind else None,
        date=found_date.value if found_date else None,
        place=found_place.value if found_place else None,
        source=found_source.value if found_source else None,
        topics=found_topics.value if found_topics else (),
        dateline=opening.dateline,
        paragraphs=opening.paragraphs,
        metadata=header.metadata,
        boilerplate=sorted(removed, key=lambda b: b.start),
        crawl=page.hints.crawl,
    )
    if not explain:
        return release, None
    ruled: list[tuple[RuleList[Any], Found[Any] | None, str]] = [
        (title.RULES, found_title, title_rule),
        (kind.RULES, found_kind, kind_rule),
        (date.RULES, found_date, date_rule),
        (place.RULES, found_place, place_rule),
        (source.RULES, found_source, source_rule),
        (topics.RULES, found_topics, topics_rule),
    ]
    return release, _explain(ev, ruled)


def _explain(
    ev: Evidence, ruled: list[tuple[RuleList[Any], Found[Any] | None, str]]
) -> dict[str, FieldExplanation]:
    """
    Each field's explanation: the ruled fields from their rule lists, the
    dateline and paragraphs from the body's opening.
    """
    out: dict[str, FieldExplanation] = {}
    for rules, found, rule in ruled:
        line = found.line_on(ev) if found is not None else None
        value = found.value if found is not None else None
        out[rules.field] = rules.explain(ev, value, rule, line)
    opening = ev.opening
    first = opening.body[0].number if opening.body else None
    if opening.rule == "dateline.header":
        dateline_line = ev.locate(opening.dateline)
    else:
        dateline_line = first if opening.dateline is not None else None
    out["dateline"] = explanation(ev, "dateline", opening.dateline, opening.rule, dateline_line)
    out["paragraphs"] = explanation(
        ev,
        "paragraphs",
        opening.paragraphs,
        "paragraphs.body" if opening.paragraphs else "",
        first if opening.paragraphs else None,
    )
    return out


def _structure_records(page: Page, numbers: set[int], kind: str) -> tuple[Boilerplate, ...]:
    """
    The lines of *page* numbered *numbers* as `Boilerplate` records of
    *kind* from the ``structure`` reader, one per run of neighbours (as
    `Page.remove` groups them).
    """
    if not numbers:
        return ()
    lines = Page(lines=[line for line in page.lines if line.number in numbers])
    return lines.remove(numbers, kind=kind, stripper="structure").removed


def build_release(
    page: Page, datelines: Sequence[DatelineParser], reference_date: dt.date | None
) -> Release:
    """
    Turn a stripped *page* into a `Release` (`extract` without explanations).
    """
    return extract(page, datelines, reference_date)[0]
