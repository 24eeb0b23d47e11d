"""
The release's topics: its rules, in order of preference.

A topic field of the header (``Topics: Rule of law, Human rights``) wins,
then the page's hints (an HTML page's keywords), then a topic tag a date
line prints after its date, then a topic list after the body (``Tags:
...``, a closing bar's ``Topics:`` pair).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from .. import _vocab
from .._models import Boilerplate
from .._page import Line
from .._sections import bar_topics
from .._text import BULLET_CHARS
from ._evidence import Evidence
from ._rules import Found, RuleList

#: What separates the topics of a one-line list, tried in this order.
TOPIC_SEPARATORS: Final = (";", "|", ",")


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
    separator = next((s for s in TOPIC_SEPARATORS if s in value), None)
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


def _date_line_topic(
    tails: Sequence[str], removed: Sequence[Boilerplate], dropped: Sequence[Line]
) -> list[str]:
    """
    The topic tag a date line prints after its date ("12 March 2024
    Health"): the first of *tails* that is a whole item of the page's menus
    (removed by the strippers, or lines of the header the reader *dropped*
    as chrome), as a list of one; else none. A word after the date that the
    menus do not list (a place, a kind label) is no topic.
    """
    if not tails:
        return []
    items = {
        line.strip().lstrip(BULLET_CHARS).strip().casefold()
        for block in removed
        if block.kind in ("menu", "template")
        for line in block.lines
    }
    items.update(line.text.casefold() for line in dropped)
    return next(([tail] for tail in tails if tail.casefold() in items), [])


def _menu_terms(removed: Sequence[Boilerplate], separator: str) -> Callable[[str], bool]:
    """
    A test for whether a case-folded term holding *separator* is an item
    of the page's menus.

    The menus are joined into one case-folded text, built on the first
    question only, and a term is looked up as a whole line of it.
    """
    text: str | None = None

    def known(term: str) -> bool:
        nonlocal text
        if text is None:
            # Only items holding a separator can match a run of pieces
            # joined by one. The menus are joined in C first, and the items
            # are looked at one by one only when a separator is there at all.
            menus = "\n".join(
                "\n".join(block.lines) for block in removed if block.kind in ("menu", "template")
            )
            joined = (
                "\n".join(
                    line.strip().lstrip(BULLET_CHARS).strip()
                    for line in menus.split("\n")
                    if separator in line
                )
                if separator in menus
                else ""
            )
            text = f"\n{joined.casefold()}\n"
        return f"\n{term}\n" in text

    return known


def _closing_topics(removed: Sequence[Boilerplate]) -> list[str]:
    """
    The topics a page lists after its body under a topic label (``Tags:
    Astronomy, Engineering``, ``Related topics: ...``): the first line of
    a closing tags or related section the footer stripper took off, when
    it is a known topic label with its values.
    """
    for block in removed:
        if block.kind not in ("tags", "related") or not block.lines:
            continue
        first = " ".join(block.lines[0].split())
        if "|" in first:
            # A closing bar, "By ... | date | Topics: ...": its topic pair.
            first = bar_topics(first) or first
        label, colon, value = first.partition(":")
        value = value.strip()
        if colon and value and _vocab.key(label) in _vocab.TOPIC_LABELS:
            separator = next((sep for sep in TOPIC_SEPARATORS if sep in value), ",")
            return split_topics(value, _menu_terms(removed, separator))
    return []


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


# -- the rules -----------------------------------------------------------------


def _metadata(ev: Evidence) -> Found[tuple[str, ...]] | None:
    """
    A topic field of the header, split into its terms; a term the page's
    menus list whole (``Peace, security and disarmament``) stays one.
    """
    field = ev.field(_vocab.TOPIC_LABELS)
    if field is None:
        return None
    topics: list[str] = []
    for value in field.values:
        separator = next((sep for sep in TOPIC_SEPARATORS if sep in value), ",")
        topics.extend(split_topics(value, _menu_terms(ev.page.removed, separator)))
    return _found(topics)


def _hints(ev: Evidence) -> Found[tuple[str, ...]] | None:
    """
    Topics the page states outside its running text (`Hints.topics`), where
    the header has no topic field.
    """
    if ev.field(_vocab.TOPIC_LABELS) is not None or not ev.page.hints.topics:
        return None
    return Found(tuple(_unique(list(ev.page.hints.topics))), locate=False)


def _date_line(ev: Evidence) -> Found[tuple[str, ...]] | None:
    """
    The topic tag a date line prints after its date (``12 March 2024
    Health``), when the page's menus list it; with no topic field or hints.
    """
    if ev.field(_vocab.TOPIC_LABELS) is not None or ev.page.hints.topics:
        return None
    dropped = list(ev.header.dropped)
    if ev.opening.note is not None:
        dropped.append(ev.opening.note)
    return _found(_date_line_topic(ev.header.date_tails, ev.page.removed, dropped))


def _closing(ev: Evidence) -> Found[tuple[str, ...]] | None:
    """
    A topic list after the body (``Tags: Astronomy, Engineering``).
    """
    return _found(_closing_topics(ev.page.removed))


def _found(topics: list[str]) -> Found[tuple[str, ...]] | None:
    return Found(tuple(_unique(topics))) if topics else None


#: The topics' rules, in order of preference.
RULES: Final = RuleList[tuple[str, ...]](
    "topics",
    [
        ("topics.metadata", _metadata),
        ("topics.hints", _hints),
        ("topics.date-line", _date_line),
        ("topics.closing", _closing),
    ],
)
