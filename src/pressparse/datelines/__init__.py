"""
Dateline parsers: read the place/date line that opens a release body.

``GENEVA, 17 September 2008 - The OSCE ...`` opens with the dateline
``GENEVA, 17 September 2008 - ``. `StandardDatelineParser` reads it into a
`pressparse.Dateline`; it is registered as the dateline parser
``"standard"`` when this package is imported.
"""

from __future__ import annotations

import datetime as dt

import regex

from .._models import Dateline
from ..plugins import register_dateline_parser

__all__ = ["StandardDatelineParser"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

_DATELINE = regex.compile(
    r"""
    (?P<place>\p{Lu}[\p{L}\p{M}'’.\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'’.\-]*+){0,4}+)
    ,[ ]++
    (?P<day>\d{1,2}+)[ ]++(?P<month>\p{L}{3,9}+)\.?[ ]++(?P<year>\d{4})(?!\d)
    (?P<sep>[ ]*+(?:--|[-–—―])[ ]*+)
    """,
    regex.VERBOSE,
)


class StandardDatelineParser:
    """
    Reads the datelines of press releases and news wires.

    Args:
        dayfirst: Read an ambiguous numeric date (``04/05/2020``) day first.
    """

    def __init__(self, *, dayfirst: bool = True) -> None:
        self.dayfirst = dayfirst

    def parse(self, text: str, /, *, reference_date: dt.date | None = None) -> Dateline | None:
        """
        Return the dateline *text* opens with, or ``None``.

        Args:
            text: A candidate paragraph.
            reference_date: Supplies the year of a dateline that prints none.

        Returns:
            The dateline, whose ``raw`` is a prefix of *text*, or ``None``.
        """
        m = _DATELINE.match(text, endpos=min(len(text), 300))
        if m is None:
            return None
        month = _MONTHS.get(m["month"].casefold())
        if month is None:
            return None
        try:
            date: dt.date | None = dt.date(int(m["year"]), month, int(m["day"]))
        except ValueError:
            date = None
        return Dateline(raw=m.group(0), place=m["place"], date=date)


register_dateline_parser("standard", StandardDatelineParser)
