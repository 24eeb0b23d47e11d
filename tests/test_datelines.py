"""
Tests for the standard dateline parser.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pressparse import Dateline
from pressparse.datelines import StandardDatelineParser
from pressparse.plugins import dateline_parsers


class TestStandardDatelineParser:
    @pytest.mark.parametrize("sep", ["-", "–", "—", "--"])
    def test_osce_style(self, sep: str) -> None:
        """
        ``CITY, D Month YYYY - `` is read with every dash separator.
        """
        raw = f"GENEVA, 17 September 2008 {sep} "
        expected = Dateline(raw=raw, place="GENEVA", date=dt.date(2008, 9, 17))

        assert expected == StandardDatelineParser().parse(raw + "The OSCE ...")

    def test_not_a_dateline(self) -> None:
        """
        A sentence that starts with a place is not a dateline.
        """
        assert None is StandardDatelineParser().parse("Vienna is a city on the Danube - yes.")

    def test_registered(self) -> None:
        """
        Importing the package registers the parser as ``"standard"``.
        """
        assert isinstance(dateline_parsers.create("standard"), StandardDatelineParser)
