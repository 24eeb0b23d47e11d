"""
Tests for the date helpers (`parse_date`, `find_date`), the per-language
data and the agency names behind the dateline parser.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse.datelines import (
    LANGUAGES,
    FoundDate,
    LanguageData,
    find_date,
    load_language,
    normalise_agency,
    parse_date,
)
from pressparse.datelines._dates import DateRead, grammar, infer_year, normalise_word

REF = dt.date(2020, 3, 10)

# (text, expected ISO date or None); reference date REF.
PARSE_DATE = [
    ("17 September 2008", "2008-09-17"),
    ("Wed, 24th February 2010", "2010-02-24"),
    ("Wednesday 24 February 2010", "2010-02-24"),
    ("29/09/10", "2010-09-29"),
    ("29/09/2010", "2010-09-29"),
    ("01/02/99", "1999-02-01"),
    ("2024-04-10", "2024-04-10"),
    ("2024/04/10", "2024-04-10"),
    ("2024-04-10T12:30:00Z", "2024-04-10"),
    ("2024-04-10T12:30:00+02:00", "2024-04-10"),
    ("4 de abril de 2019", "2019-04-04"),
    ("4 de abril del 2019", "2019-04-04"),
    ("20 ноября 2009", "2009-11-20"),
    ("20 ноября 2009 г.", "2009-11-20"),
    ("20 ноября 2009 года", "2009-11-20"),
    ("le 4 avril 2019", "2019-04-04"),
    ("1er mars 2019", "2019-03-01"),
    ("4. April 2019", "2019-04-04"),
    ("Mittwoch, 4. Mai 2011", "2011-05-04"),
    ("mercredi 4 mai 2011", "2011-05-04"),
    ("4 kwietnia 2019 r.", "2019-04-04"),
    ("4 Nisan 2019", "2019-04-04"),
    ("4 NİSAN 2019", "2019-04-04"),
    ("4 maart 2019", "2019-03-04"),
    ("4 aprile 2019", "2019-04-04"),
    ("4 de março de 2019", "2019-03-04"),
    ("Nov 22nd, 2010", "2010-11-22"),
    ("Nov 22nd", "2019-11-22"),
    ("Sept. 5, 2020", "2020-09-05"),
    ("March 5 2020", "2020-03-05"),
    ("the 4th of July 2019", "2019-07-04"),
    ("05-Mar-2020", "2020-03-05"),
    ("5-Mar-20", "2020-03-05"),
    ("9.3.2020", "2020-03-09"),
    ("29th Apr 04", "2004-04-29"),
    ("Tue 5 May 09", "2009-05-05"),
    ("18 th September 2014", "2014-09-18"),
    ("3-4 March 2006", "2006-03-03"),
    ("18–20 February 2003", "2003-02-18"),
    # A range with spaces around its dash, with ordinals, over two months
    # (its first day, a year back when it crosses the new year).
    ("10 - 11 December 2001", "2001-12-10"),
    ("10th - 11th December 2001", "2001-12-10"),
    ("29 September - 1 October 2004", "2004-09-29"),
    ("29 September —1 October 2003", "2003-09-29"),
    ("30 December 2004 - 2 January 2005", None),
    ("29 December - 2 January 2005", "2004-12-29"),
    ("29 September - 1 Octopus 2004", None),
    # A day number split in two by a scan, after a weekday or opening the
    # text; "th" read as "‘h".
    ("Tuesday, 1 6th November 2004", "2004-11-16"),
    ("2 1 November 2005", "2005-11-21"),
    ("Tuesday, 1 7‘h October 2006", "2006-10-17"),
    ("28‘h May 2003", "2003-05-28"),
    ("5 May 09 and more", None),
    ("  17 September 2008  ", "2008-09-17"),
    ("17 September 2008.", "2008-09-17"),
    ("17 September 2008 10:30", "2008-09-17"),
    ("17 September 2008, 10:30 CET", "2008-09-17"),
    ("March 5, 2020 4:30 p.m.", "2020-03-05"),
    ("17 SEPTEMBER 2008", "2008-09-17"),
    ("17 september 2008", "2008-09-17"),
    ("31 February 2020", None),
    ("30/02/2020", None),
    ("2020-13-01", None),
    ("March 2020", None),
    ("2020", None),
    ("17", None),
    ("", None),
    ("yesterday", None),
    ("17 Septembre 2008 and more", None),
    ("Date: 17 September 2008", None),
    ("17 Smarch 2008", None),
    ("1.2.3", None),
    ("12:30", None),
]


class TestParseDate:
    @pytest.mark.parametrize(("text", "expected"), PARSE_DATE, ids=[t for t, _ in PARSE_DATE])
    def test_table(self, text: str, expected: str | None) -> None:
        """
        `parse_date` reads a date string alone, else returns ``None``.
        """
        want = dt.date.fromisoformat(expected) if expected else None

        assert parse_date(text, reference_date=REF) == want

    def test_no_year_without_reference(self) -> None:
        """
        A date without a year and without a reference is not a date.
        """
        assert parse_date("Nov 22nd") is None

    def test_month_first(self) -> None:
        """
        ``dayfirst=False`` reads ambiguous numeric dates month first.
        """
        assert parse_date("04/05/2020", dayfirst=False) == dt.date(2020, 4, 5)
        assert parse_date("04/05/2020") == dt.date(2020, 5, 4)

    def test_languages(self) -> None:
        """
        Restricting the languages restricts the month names read.
        """
        assert parse_date("4 avril 2019", languages=["en"]) is None
        assert parse_date("4 avril 2019", languages=["fr"]) == dt.date(2019, 4, 4)

    def test_decomposed_text(self) -> None:
        """
        Month names in decomposed Unicode (NFD) are read too.
        """
        assert parse_date("4 fe\u0301vrier 2019") == dt.date(2019, 2, 4)

    @settings(max_examples=300)
    @given(st.text(max_size=60))
    def test_never_raises(self, text: str) -> None:
        """
        Any text gives a date or ``None``.
        """
        result = parse_date(text, reference_date=REF)

        assert result is None or isinstance(result, dt.date)

    @settings(max_examples=200)
    @given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
    def test_round_trip(self, date: dt.date) -> None:
        """
        Every real date printed in common ways reads back as itself.
        """
        for text in (
            date.isoformat(),
            date.strftime("%d.%m.%Y"),
            f"{date.day} {date:%B %Y}",
            f"{date:%b} {date.day}, {date.year}",
        ):
            assert parse_date(text) == date, text


class TestFindDate:
    @pytest.mark.parametrize(
        ("text", "expected", "span"),
        [
            ("Wednesday, 4 May 2011", "2011-05-04", (0, 21)),
            ("06/00 5 January 2000", "2000-01-05", (6, 20)),
            ("MEDIA RELEASE 06/00 5 January 2000", "2000-01-05", (20, 34)),
            ("Senator the Hon. X - Wed, 24th February 2010", "2010-02-24", (21, 44)),
            ("Released 29/09/10 by the office", "2010-09-29", (9, 17)),
            ("Canberra, 17 September 2008.", "2008-09-17", (10, 27)),
            ("Room 5 at 10 June 2011", "2011-06-10", (10, 22)),
            ("Families moved to the desert  14th Jul 04", "2004-07-14", (30, 41)),
            ("Conference, 18-20 February 2003, Sydney", "2003-02-18", (12, 31)),
            ("Hobart, 29 September - 1 October 2004.", "2004-09-29", (8, 37)),
            # Not a range: a number, then a date.
            ("Release No. 12 - 5 May 2003", "2003-05-05", (17, 27)),
            ("Media Release H68/03 - 23 MAY 2003", "2003-05-23", (23, 34)),
            ("Page 2 of 5 - 12 March 2019", "2019-03-12", (14, 27)),
            ("No. 12 - 15 May 2003", "2003-05-15", (9, 20)),
            ("Conference, 10 - 11 December 2001", "2001-12-10", (12, 33)),
            # A split day only after a weekday or at the start.
            ("Item 2 1 November 2005", "2005-11-01", (7, 22)),
        ],
    )
    def test_finds_first_date(self, text: str, expected: str, span: tuple[int, int]) -> None:
        """
        `find_date` returns the first valid date and where it is.
        """
        assert find_date(text) == FoundDate(dt.date.fromisoformat(expected), span)

    @pytest.mark.parametrize(
        "text",
        [
            "No date here",
            "In 2020 we met",
            "Page 3 of 10",
            "06/00",
            "",
            "31 February 2020",
            "on 5 May 10 people were moved",
            "5 May 10:30",
        ],
    )
    def test_none(self, text: str) -> None:
        """
        Text without a valid date gives ``None``.
        """
        assert find_date(text) is None

    def test_year_less_needs_reference(self) -> None:
        """
        A year-less date is found only with a reference date.
        """
        assert find_date("Issued on 5 March") is None
        assert find_date("Issued on 5 March", reference_date=REF) == FoundDate(
            dt.date(2020, 3, 5), (10, 17)
        )

    @settings(max_examples=300)
    @given(st.text(max_size=80))
    def test_span_holds_the_date(self, text: str) -> None:
        """
        When a date is found, its span reads back as that date.
        """
        found = find_date(text)
        if found is not None:
            start, end = found.span
            assert 0 <= start < end <= len(text)
            assert find_date(text[start:end]) is not None

    @pytest.mark.parametrize(
        "text", ["1" * 50_000, "1/" * 25_000, "4 " * 25_000, "Wed, " * 10_000, "4 de " * 10_000]
    )
    def test_linear(self, text: str) -> None:
        """
        Long pathological lines are searched quickly.
        """
        started = time.perf_counter()
        find_date(text)
        parse_date(text)

        assert time.perf_counter() - started < 2.0


class TestInferYear:
    @pytest.mark.parametrize(
        ("month", "day", "reference", "expected"),
        [
            (3, 5, dt.date(2020, 3, 10), dt.date(2020, 3, 5)),
            (12, 30, dt.date(2020, 1, 2), dt.date(2019, 12, 30)),
            (1, 2, dt.date(2020, 12, 30), dt.date(2021, 1, 2)),
            (2, 29, dt.date(2021, 3, 1), dt.date(2020, 2, 29)),
            (2, 30, dt.date(2021, 3, 1), None),
        ],
    )
    def test_nearest(
        self, month: int, day: int, reference: dt.date, expected: dt.date | None
    ) -> None:
        """
        The year making the date nearest to the reference wins.
        """
        assert infer_year(month, day, reference) == expected

    def test_calendar_edges(self) -> None:
        """
        References at the ends of the calendar do not overflow.
        """
        assert infer_year(12, 31, dt.date.max) == dt.date(9999, 12, 31)
        assert infer_year(1, 1, dt.date.min) == dt.date(1, 1, 1)


def _read_by_pattern(text: str, pos: int) -> tuple[int, DateRead | None] | None:
    """
    What the full date pattern and `DateGrammar.read` make of *text* at
    *pos*: the end of the match and the reading, or ``None`` for no match.
    """
    m = grammar().pattern.match(text, pos)
    return None if m is None else (m.end(), grammar().read(m))


# (text, position, whether the cheap reader takes the shape); each is read
# the same way by `DateGrammar.read_simple` and by the full pattern.
READ_SIMPLE = [
    ("17 September 2008 - The office said", 0, True),
    ("GENEVA, 3 March 2011 - Talks resumed", 8, True),
    ("17 Blorf 2008 - no month", 0, True),
    ("31 February 2008, a day that never was", 0, True),
    ("17 September 2008", 0, True),
    ("9 mai 2019, a Paris", 0, True),
    ("17 September 20089", 0, False),
    ("17 Sept. 2008 - abbreviated", 0, False),
    ("17 de septiembre de 2008", 0, False),
    ("5 maja 2008 r. w Warszawie", 0, False),
    ("5 maja 2008r. w Warszawie", 0, False),
    ("20 ноября 2009 г. - Москва", 0, False),
    ("17  September 2008", 0, False),
    ("17 September 2008  - two spaces", 0, False),
    ("17 September 2008\u2009- thin space", 0, False),
    ("117 September 2008", 1, False),
    ("A17 September 2008", 1, False),
    ("17th September 2008", 0, False),
    ("17 September 08", 0, False),
    ("17 September", 0, False),
]


class TestReadSimple:
    @pytest.mark.parametrize(("text", "pos", "simple"), READ_SIMPLE)
    def test_same_as_pattern(self, text: str, pos: int, simple: bool) -> None:
        """
        The cheap reader of ``17 September 2008`` reads what the full
        pattern reads, and leaves every other shape to it.
        """
        found = grammar().read_simple(text, pos)

        assert (found is not None) is simple
        if found is not None:
            assert found == _read_by_pattern(text, pos)

    def test_reads_date(self) -> None:
        """
        The day, the month word and the four-digit year make the date.
        """
        assert grammar().read_simple("GENEVA, 3 March 2011 - Talks", 8) == (
            20,
            DateRead(date=dt.date(2011, 3, 3), has_year=True, long_year=True),
        )

    @given(
        st.from_regex(
            r"[0-9]{1,3}[ .]{1,2}[A-Za-zäé]{1,15}[ ,]{1,2}[0-9]{2,5}[ r.,-]{0,3}", fullmatch=True
        )
    )
    @settings(max_examples=300)
    def test_never_differs(self, text: str) -> None:
        """
        Wherever the cheap reader answers, the full pattern answers alike.
        """
        found = grammar().read_simple(text, 0)
        if found is not None:
            assert found == _read_by_pattern(text, 0)


class TestLanguageData:
    @pytest.mark.parametrize("code", LANGUAGES)
    def test_shape(self, code: str) -> None:
        """
        Every language lists 12 months, 12 abbreviation slots and 7 days,
        each word non-empty and without a trailing full stop.
        """
        data = load_language(code)

        assert data["code"] == code
        assert len(data["months"]) == 12
        assert all(data["months"])
        assert len(data["month_abbreviations"]) == 12
        assert len(data["weekdays"]) == 7
        words = [w for group in (*data["months"], *data["month_abbreviations"]) for w in group]
        assert [w for w in words if not w or w.endswith(".") or w != w.strip()] == []

    def test_cached(self) -> None:
        """
        Loading a language twice gives the same object.
        """
        assert load_language("fr") is load_language("fr")

    def test_unknown(self) -> None:
        """
        An unknown language code raises `LookupError` naming it.
        """
        with pytest.raises(LookupError, match="'xx'"):
            load_language("xx")

    def test_no_conflicts(self) -> None:
        """
        In the table of all languages together, every language's month
        words still mean that language's month.
        """
        months = grammar().months
        wrong = [
            (code, word, number)
            for code in LANGUAGES
            for number, (names, abbreviations) in enumerate(
                zip(
                    load_language(code)["months"],
                    load_language(code)["month_abbreviations"],
                    strict=True,
                ),
                start=1,
            )
            for word in (*names, *abbreviations)
            if months.get(normalise_word(word)) != number
        ]

        assert wrong == []

    def test_conflict_detected(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        A month word two languages disagree on is refused when compiling.
        """
        import pressparse.datelines._dates as dates

        def fake(code: str) -> LanguageData:
            data = load_language(code)
            if code == "fr":
                return {**data, "months": (("april",), *data["months"][1:])}
            return data

        monkeypatch.setattr(dates, "load_language", fake)
        with pytest.raises(ValueError, match="april"):
            # (Past the cache: another test may have compiled these languages.)
            dates._grammar.__wrapped__(("en", "fr"))

    @pytest.mark.parametrize(
        ("word", "expected"),
        [
            ("Février", "fevrier"),
            ("févr.", "fevr"),
            ("MAYIS", "mayis"),
            ("Mayıs", "mayis"),
            ("EKİM", "ekim"),
            ("Październik", "pazdziernik"),
            ("Ноябрь", "ноябрь"),
        ],
    )
    def test_normalise_word(self, word: str, expected: str) -> None:
        """
        Lookup forms are case-folded and free of diacritics and full stops.
        """
        assert normalise_word(word) == expected


class TestAgencies:
    @pytest.mark.parametrize(
        ("printed", "expected"),
        [
            ("BUSINESS WIRE", "Business Wire"),
            ("Business Wire", "Business Wire"),
            ("PRNewswire", "PR Newswire"),
            ("PRNewswire-FirstCall", "PR Newswire"),
            ("PRNewswire-Something New", "PR Newswire"),
            ("GLOBE NEWSWIRE", "GlobeNewswire"),
            ("PRIMEZONE", "PrimeZone"),
            ("Reuters", "Reuters"),
            ("AP", "AP"),
            ("Xinhua", "Xinhua"),
            ("RIA Novosti, Ivan Petrov", "RIA Novosti"),
            ("EINPresswire.com", "EIN Presswire"),
            ("ПРАЙМ", "PRIME"),
            ("UN  Information Service", "UN Information Service"),
            ("", None),
            ("  ", None),
            ("2020", None),
        ],
    )
    def test_normalise(self, printed: str, expected: str | None) -> None:
        """
        Agency names are normalised; unknown ones are kept as printed.
        """
        assert normalise_agency(printed) == expected
