"""
The dateline place (``GENEVA``): its rules, in order of preference.
"""

from __future__ import annotations

from typing import Final

from .. import _vocab
from ._evidence import Evidence
from ._rules import Found, RuleList


def _metadata(ev: Evidence) -> Found[str] | None:
    """
    A ``Place:`` field. One listing a place per line (``- VIENNA``, ``-
    GENEVA``) names several; the release's is the one its dateline names,
    else the first.
    """
    field = ev.field(_vocab.PLACE_LABELS)
    if field is None:
        return None
    if len(field.values) > 1:
        dateline = ev.opening.dateline
        datelined = (dateline.place or "").casefold() if dateline else ""
        values = field.values
        return Found(next((value for value in values if value.casefold() == datelined), values[0]))
    return Found(field.value) if field.value else None


def _dateline(ev: Evidence) -> Found[str] | None:
    """
    The place of the dateline opening the body.
    """
    dateline = ev.opening.dateline
    if dateline is None or dateline.place is None:
        return None
    return Found(dateline.place, ev.opening.body[0].number if ev.opening.body else None)


def _bar(ev: Evidence) -> Found[str] | None:
    """
    The place a bar of fields names after its date (``12 March 2024 |
    Geneva``).
    """
    place = ev.header.bar_place
    return Found(place) if place is not None else None


#: The place's rules, in order of preference.
RULES: Final = RuleList[str](
    "place",
    [
        ("place.metadata", _metadata),
        ("place.dateline", _dateline),
        ("place.bar", _bar),
    ],
)
