"""
Cross-check the month and weekday tables against CLDR, through Babel.

Babel is a test-only dependency: the check is skipped where it is not
installed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pressparse.datelines import LANGUAGES, load_language, parse_date
from pressparse.datelines._dates import normalise_word

babel_dates = pytest.importorskip("babel.dates")


def _cldr_months(code: str) -> dict[int, set[str]]:
    months: dict[int, set[str]] = {n: set() for n in range(1, 13)}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in babel_dates.get_month_names(width, context, locale=code).items():
                months[number].add(name)
    return months


def _ours(code: str) -> dict[int, set[str]]:
    data = load_language(code)
    return {
        number: {normalise_word(w) for w in (*names, *abbreviations)}
        for number, (names, abbreviations) in enumerate(
            zip(data["months"], data["month_abbreviations"], strict=True), start=1
        )
    }


@pytest.mark.parametrize("code", LANGUAGES)
def test_months_cover_cldr(code: str) -> None:
    """
    Every CLDR month name and abbreviation (format and stand-alone) is in
    our table for the same month.
    """
    ours = _ours(code)
    missing = {
        number: sorted(n for n in names if normalise_word(n) not in ours[number])
        for number, names in _cldr_months(code).items()
    }

    assert {n: m for n, m in missing.items() if m} == {}


@pytest.mark.parametrize("code", LANGUAGES)
def test_wide_names_agree(code: str) -> None:
    """
    Our first full month name is CLDR's wide name (format or stand-alone).
    """
    data = load_language(code)
    disagree = [
        data["months"][number - 1][0]
        for number, names in _cldr_months(code).items()
        if normalise_word(data["months"][number - 1][0]) not in {normalise_word(n) for n in names}
    ]

    assert disagree == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_weekdays_cover_cldr(code: str) -> None:
    """
    Every CLDR wide and abbreviated day name is listed for the same day.
    """
    data = load_language(code)
    ours = [{normalise_word(w) for w in names} for names in data["weekdays"]]
    missing = [
        (number, name)
        for width in ("wide", "abbreviated")
        for number, name in babel_dates.get_day_names(width, locale=code).items()
        if normalise_word(name) not in ours[number]
    ]

    assert missing == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_cldr_long_dates_parse(code: str) -> None:
    """
    Every month of 2019 formatted by CLDR's long and medium date patterns
    in the language reads back as the right date.
    """
    failures = []
    for month in range(1, 13):
        date = dt.date(2019, month, 14)
        for fmt in ("long", "medium"):
            text = babel_dates.format_date(date, format=fmt, locale=code)
            if parse_date(text) != date:
                failures.append((fmt, text))

    assert failures == []
