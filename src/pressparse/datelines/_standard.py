"""
The public face of the dateline and date readers: `StandardDatelineParser`,
`parse_date` and `find_date`.

The work is done in `_parser` and `_dates`, which a compiled build of
pressparse compiles with mypyc; mypyc drops the docstrings of what it
compiles, so the documented names stay here, in plain Python, and call in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .._models import Dateline
from . import _dates
from ._found import FoundDate
from ._parser import DatelineReader

__all__ = ["StandardDatelineParser", "find_date", "parse_date"]


class StandardDatelineParser:
    """
    Reads the datelines of press releases, news agencies and wires.

    Understands, among others::

        GENEVA, 17 September 2008 -
        Brussels, 4 April 2019
        SPRINGFIELD, Ill. —
        NEW YORK (AP) —
        LONDON, March 5 (Reuters) -
        SAN FRANCISCO--(BUSINESS WIRE)--
        NEW YORK, March 5, 2020 /PRNewswire/ --
        OSLO, Norway, March 5, 2020 (GLOBE NEWSWIRE) --
        NUR-SULTAN. KAZINFORM –
        МОСКВА, 20 ноя - ПРАЙМ.
        9.3.2020 –

    with month names in every built-in language (see `LANGUAGES`).

        >>> dateline = StandardDatelineParser().parse("GENEVA, 17 September 2008 - The OSCE")
        >>> dateline.raw, dateline.place, dateline.date
        ('GENEVA, 17 September 2008 - ', 'GENEVA', datetime.date(2008, 9, 17))

    Args:
        dayfirst: Read an ambiguous numeric date (``04/05/2020``) day
            first; with ``False``, month first.
        reference_date: The default reference for datelines that print no
            year, used when `parse` is given none.
        languages: Language codes whose month and day names are known
            (default: all of `LANGUAGES`).

    Raises:
        LookupError: *languages* names an unknown language.
    """

    def __init__(
        self,
        *,
        dayfirst: bool = True,
        reference_date: dt.date | None = None,
        languages: Iterable[str] | None = None,
    ) -> None:
        self._reader = DatelineReader(
            dayfirst=dayfirst, reference_date=reference_date, languages=languages
        )

    @property
    def dayfirst(self) -> bool:
        """
        Whether an ambiguous numeric date is read day first.
        """
        return self._reader.dayfirst

    @dayfirst.setter
    def dayfirst(self, value: bool) -> None:
        self._reader.dayfirst = value

    @property
    def reference_date(self) -> dt.date | None:
        """
        The default reference for datelines that print no year.
        """
        return self._reader.reference_date

    @reference_date.setter
    def reference_date(self, value: dt.date | None) -> None:
        self._reader.reference_date = value

    @property
    def languages(self) -> tuple[str, ...]:
        """
        The language codes whose month and day names this parser knows.
        """
        return self._reader.languages

    def __repr__(self) -> str:
        return (
            f"StandardDatelineParser(dayfirst={self.dayfirst!r}, "
            f"reference_date={self.reference_date!r}, languages={self.languages!r})"
        )

    def parse(self, text: str, /, *, reference_date: dt.date | None = None) -> Dateline | None:
        """
        Return the dateline *text* opens with, or ``None``.

        The dateline's `Dateline.raw` is a prefix of *text*: everything up
        to and including the first separator and the white space after it,
        or the whole line (trailing white space excluded) when the dateline
        stands alone.

        Args:
            text: A candidate paragraph or line.
            reference_date: Supplies the year of a dateline that prints
                none; defaults to the parser's own *reference_date*.

        Returns:
            The dateline, or ``None`` when *text* does not open with one.
        """
        return self._reader.parse(text, reference_date=reference_date)


def parse_date(
    text: str,
    *,
    reference_date: dt.date | None = None,
    dayfirst: bool = True,
    languages: Iterable[str] | None = None,
) -> dt.date | None:
    """
    Read *text* as one date, in any supported language or format.

    Understands ``17 September 2008``, ``Wed, 24th February 2010``,
    ``Sept. 5, 2020``, ``le 1er mars 2019``, ``4 de abril de 2019``,
    ``20 ноября 2009 г.``, ``9.3.2020``, ``29/09/10`` and ``2024-04-10``
    (a time of day may follow and is ignored).

        >>> parse_date("4 de abril de 2019")
        datetime.date(2019, 4, 4)
        >>> parse_date("29/09/10")
        datetime.date(2010, 9, 29)
        >>> parse_date("Nov 22nd", reference_date=datetime.date(2010, 12, 1))
        datetime.date(2010, 11, 22)

    Args:
        text: The date, alone (surrounding white space is ignored).
        reference_date: Supplies the year when *text* prints none.
        dayfirst: Read an ambiguous numeric date (``04/05/2020``) day
            first; with ``False``, month first.
        languages: Restrict month and day names to these language codes
            (default: all built-in languages).

    Returns:
        The date, or ``None`` when *text* is not one date, the date is
        impossible (31 February), or it has no year and no reference.
    """
    return _dates.parse_date(
        text, reference_date=reference_date, dayfirst=dayfirst, languages=languages
    )


def find_date(
    text: str,
    *,
    reference_date: dt.date | None = None,
    dayfirst: bool = True,
    languages: Iterable[str] | None = None,
) -> FoundDate | None:
    """
    Find the first valid date anywhere in *text* (a letterhead or short
    line such as ``Wednesday, 4 May 2011`` or ``06/00 5 January 2000``).

        >>> find_date("MEDIA RELEASE 06/00 5 January 2000")
        FoundDate(date=datetime.date(2000, 1, 5), span=(20, 34))

    Args:
        text: Text to search; meant for a line or a short paragraph.
        reference_date: Supplies the year of a date that prints none;
            without it such dates are skipped.
        dayfirst: Read an ambiguous numeric date day first.
        languages: Restrict month and day names to these language codes.

    Returns:
        The date and the span of its expression, or ``None``.
    """
    return _dates.find_date(
        text, reference_date=reference_date, dayfirst=dayfirst, languages=languages
    )
