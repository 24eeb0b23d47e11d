"""
`FoundDate`, the record `find_date` returns, in a module of its own: the
compiled date reader builds it, and a class defined in plain Python keeps
its docstring in a compiled build.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class FoundDate(NamedTuple):
    """
    A date found inside a longer text by `find_date`.

    Attributes:
        date: The calendar date.
        span: Start and end offsets of the date expression in the text.
    """

    date: dt.date
    span: tuple[int, int]
