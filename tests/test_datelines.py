"""
Tests for the dateline subsystem: the standard parser, its table of
datelines, and its guarantees (never raises, raw is a prefix, linear time).
"""

from __future__ import annotations

import datetime as dt
import time

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pressparse
from dateline_cases import CASES, REF, Case
from pressparse import Dateline
from pressparse.datelines import StandardDatelineParser
from pressparse.plugins import DatelineParser, dateline_parsers

PARSER = StandardDatelineParser()


def _params(cases: list[Case]) -> list[object]:
    return [
        pytest.param(
            case,
            id=case.id,
            marks=[pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else [],
        )
        for case in cases
    ]


def _expected(case: Case) -> Dateline | None:
    if case.raw is None:
        return None
    return Dateline(
        raw=case.raw,
        place=case.place,
        date=dt.date.fromisoformat(case.date) if case.date else None,
        agency=case.agency,
        year_inferred=case.year_inferred,
    )


class TestTable:
    def test_table_is_large_and_unique(self) -> None:
        """
        The table holds at least 250 rows with distinct ids and texts.
        """
        assert len(CASES) >= 250
        assert len({c.id for c in CASES}) == len(CASES)
        assert len({(c.text, c.reference) for c in CASES}) == len(CASES)

    def test_table_raws_are_prefixes(self) -> None:
        """
        Every expected raw is a prefix of its text (the table is consistent).
        """
        assert [c.id for c in CASES if c.raw is not None and not c.text.startswith(c.raw)] == []

    @pytest.mark.parametrize("case", _params(CASES))
    def test_case(self, case: Case) -> None:
        """
        The parser reads the dateline the table expects, or none.
        """
        assert _expected(case) == PARSER.parse(case.text, reference_date=case.reference)


class TestStandardDatelineParser:
    def test_registered(self) -> None:
        """
        Importing the package registers the parser as ``"standard"``.
        """
        assert isinstance(dateline_parsers.create("standard"), StandardDatelineParser)

    def test_fits_protocol(self) -> None:
        """
        The parser satisfies the `DatelineParser` protocol.
        """
        assert isinstance(StandardDatelineParser(), DatelineParser)

    def test_reference_from_constructor(self) -> None:
        """
        A parser-wide reference date supplies a missing year when the call
        gives none; the call's reference wins.
        """
        parser = StandardDatelineParser(reference_date=dt.date(2015, 6, 1))
        text = "LONDON, March 5 (Reuters) - Oil rose."

        assert dt.date(2015, 3, 5) == parser.parse(text).date  # type: ignore[union-attr]
        assert dt.date(2020, 3, 5) == parser.parse(text, reference_date=REF).date  # type: ignore[union-attr]

    def test_no_reference_no_date(self) -> None:
        """
        Without any reference, a year-less dateline keeps its raw and place
        but has no date.
        """
        dl = StandardDatelineParser().parse("LONDON, March 5 (Reuters) - Oil rose.")

        assert Dateline(raw="LONDON, March 5 (Reuters) - ", place="LONDON", agency="Reuters") == dl

    @pytest.mark.parametrize(
        ("dayfirst", "expected"), [(True, dt.date(2020, 5, 4)), (False, dt.date(2020, 4, 5))]
    )
    def test_dayfirst(self, dayfirst: bool, expected: dt.date) -> None:
        """
        ``dayfirst`` decides how an ambiguous numeric date is read.
        """
        dl = StandardDatelineParser(dayfirst=dayfirst).parse("Vienna, 04/05/2020 - The OSCE.")

        assert expected == dl.date  # type: ignore[union-attr]

    def test_dayfirst_falls_back(self) -> None:
        """
        A numeric date impossible month first is read day first.
        """
        dl = StandardDatelineParser(dayfirst=False).parse("Vienna, 29/09/2020 - The OSCE.")

        assert dt.date(2020, 9, 29) == dl.date  # type: ignore[union-attr]

    def test_languages_option(self) -> None:
        """
        A parser limited to English does not read French month names.
        """
        parser = StandardDatelineParser(languages=["en"])

        assert parser.languages == ("en",)
        assert None is parser.parse("PARIS, 4 avril 2019 - Le ministre a dit.")
        assert dt.date(2019, 4, 4) == parser.parse("PARIS, 4 April 2019 - The.").date  # type: ignore[union-attr]

    def test_unknown_language(self) -> None:
        """
        An unknown language code is refused when the parser is built.
        """
        with pytest.raises(LookupError, match="xx"):
            StandardDatelineParser(languages=["xx"])

    def test_only_head_is_read(self) -> None:
        """
        A dateline that would run past the head of the paragraph is not one.
        """
        text = "GENEVA (" + "x" * 400 + ") - The OSCE said."

        assert None is PARSER.parse(text)

    def test_repr(self) -> None:
        """
        The repr shows the options.
        """
        assert "dayfirst=True" in repr(StandardDatelineParser())

    def test_immutable(self) -> None:
        """
        A parser's settings cannot change under the `Parser` that holds it.
        """
        parser = StandardDatelineParser(languages=["en"])

        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            parser.dayfirst = False  # type: ignore[misc]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            parser.reference_date = dt.date(2020, 1, 1)  # type: ignore[misc]

    def test_equal_by_value(self) -> None:
        """
        Parsers with the same settings compare and hash equal; the languages
        may be given as any iterable and are kept as a tuple.
        """
        first = StandardDatelineParser(languages=["en", "fr"])
        second = StandardDatelineParser(languages=("en", "fr"))

        assert first == second
        assert hash(first) == hash(second)
        assert ("en", "fr") == first.languages
        assert first != StandardDatelineParser(languages=["en", "fr"], dayfirst=False)

    def test_evolve(self) -> None:
        """
        `attrs.evolve` gives a parser with other settings.
        """
        parser = attrs.evolve(PARSER, dayfirst=False)
        dateline = parser.parse("Vienna, 04/05/2020 - The OSCE.")

        assert parser.dayfirst is False
        assert dateline is not None
        assert dt.date(2020, 4, 5) == dateline.date


class TestRobustness:
    @settings(max_examples=400)
    @given(st.text())
    def test_never_raises_and_raw_is_prefix(self, text: str) -> None:
        """
        Any text gives ``None`` or a dateline whose raw the text starts with.
        """
        dl = PARSER.parse(text, reference_date=REF)

        assert dl is None or (text.startswith(dl.raw) and dl.raw.strip())

    @settings(max_examples=400)
    @given(
        st.lists(
            st.sampled_from(
                [
                    "GENEVA",
                    "New",
                    "York",
                    ",",
                    " ",
                    "  ",
                    "-",
                    "–",
                    "--",
                    "(",
                    ")",
                    "/",
                    "AP",
                    "Reuters",
                    "17",
                    "5",
                    "2008",
                    "September",
                    "Sept.",
                    "ноя",
                    "4.",
                    "de",
                    "abril",
                    "le",
                    "1er",
                    ".",
                    "\n",
                    "Ill.",
                    "and",
                    "BUSINESS WIRE",
                    "The",
                    "said",
                    "Wed",
                    "2020-03-05",
                    "9.3.2020",
                    "29/02",
                ]
            ),
            max_size=30,
        ).map("".join)
    )
    def test_dateline_like_text(self, text: str) -> None:
        """
        Text built from dateline pieces never raises, and raw is a prefix.
        """
        dl = PARSER.parse(text, reference_date=REF)

        assert dl is None or text.startswith(dl.raw)

    @pytest.mark.parametrize(
        "text",
        [
            "A" * 100_000,
            "A " * 50_000,
            "A, " * 50_000,
            "GENEVA, " + "B, " * 50_000,
            "1" * 100_000,
            "1." * 50_000,
            "GENEVA (" + "(" * 100_000,
            "GENEVA /" + "/" * 100_000,
            "GENEVA" + " " * 100_000 + "-",
            " " * 100_000 + "GENEVA - The",
            "GENEVA, 17 " + "September " * 20_000,
            "-" * 100_000,
            "St." * 50_000,
            "A-" * 50_000,
            "Wed, " * 50_000,
        ],
        ids=lambda t: repr(t[:12]),
    )
    def test_adversarial_input_is_fast(self, text: str) -> None:
        """
        Long pathological paragraphs are handled in well under a second.
        """
        started = time.perf_counter()
        PARSER.parse(text, reference_date=REF)

        assert time.perf_counter() - started < 0.5


class TestDocExamples:
    @pytest.mark.parametrize(
        "module", ["pressparse.datelines._parser", "pressparse.datelines._dates"]
    )
    def test_docstring_examples(self, module: str) -> None:
        """
        The examples in the docstrings run and print what they show.
        """
        import doctest
        import importlib

        result = doctest.testmod(
            importlib.import_module(module), extraglobs={"datetime": dt}, verbose=False
        )

        assert result.attempted > 0
        assert result.failed == 0


class TestLeadDateline:
    """
    The mixed-case dateline with a dash and no date that opens a body's
    first paragraph (the ``lead`` dateline parser, `LeadDatelineParser`).
    """

    @pytest.mark.parametrize(
        ("text", "raw", "place"),
        [
            pytest.param(
                "Graz – Die Stadt baut im Sommer drei neue Radwege aus.",
                "Graz – ",
                "Graz",
                id="one-word-en-dash",
            ),
            pytest.param(
                "Recife (PE) – A prefeitura abriu hoje dois novos postos de saúde.",
                "Recife (PE) – ",
                "Recife (PE)",
                id="state-abbreviation-in-brackets",
            ),
            pytest.param(
                "Bad Homburg - Der Kurpark bleibt wegen der Bauarbeiten bis Mai geschlossen.",
                "Bad Homburg - ",
                "Bad Homburg",
                id="two-words-hyphen",
            ),
            pytest.param(
                "Ottawa, Ontario: The federal government will fund twelve new bus routes.",
                "Ottawa, Ontario: ",
                "Ottawa, Ontario",
                id="place-region-colon",
            ),
            pytest.param(
                "Brexit: What the new customs rules mean for small exporters this year.",
                None,
                None,
                id="headline-colon-one-name",
            ),
            pytest.param(
                "Ottawa, Ontario: the federal government will fund twelve new bus routes.",
                None,
                None,
                id="colon-then-lower-case",
            ),
            pytest.param(
                "Vienna – Talks",
                None,
                None,
                id="headline-with-a-dash",
            ),
            pytest.param(
                "Vienna – Talks On Trade Resume In The Capital",
                None,
                None,
                id="headline-no-sentence-end",
            ),
            pytest.param(
                "Darmstadt - März 2021. Die Forscher haben ein neues Verfahren vorgestellt.",
                None,
                None,
                id="date-after-the-dash",
            ),
            pytest.param(
                "Update – The council has moved the meeting to the town hall on Friday.",
                None,
                None,
                id="label-word",
            ),
            pytest.param(
                "GENEVA – The talks resumed on Monday after a pause of two weeks.",
                None,
                None,
                id="capitals-left-to-the-parsers",
            ),
            pytest.param(
                "Graz – die Stadt baut im Sommer drei neue Radwege aus.",
                None,
                None,
                id="lower-case-after-the-dash",
            ),
            pytest.param(
                "Updated – The council has moved the meeting to the town hall on Friday.",
                None,
                None,
                id="label-word-updated",
            ),
            pytest.param(
                "Live – The council is streaming its meeting from the town hall on Friday.",
                None,
                None,
                id="label-word-live",
            ),
        ],
    )
    def test_lead_dateline(self, text: str, raw: str | None, place: str | None) -> None:
        from pressparse.datelines import LeadDatelineParser

        found = LeadDatelineParser().parse(text)
        assert (found.raw if found else None, found.place if found else None) == (raw, place)

    def test_only_on_the_first_paragraph(self) -> None:
        text = (
            "Neue Radwege für die Innenstadt\n"
            "Graz – Die Stadt baut im Sommer drei neue Radwege in der Innenstadt aus.\n"
            "Wien – Die Hauptstadt plant ähnliche Strecken entlang des Gürtels.\n"
        )
        release = pressparse.parse(text)
        assert release.dateline is not None
        assert (release.dateline.raw, release.place) == ("Graz – ", "Graz")
        assert release.paragraphs == (
            "Die Stadt baut im Sommer drei neue Radwege in der Innenstadt aus.",
            "Wien – Die Hauptstadt plant ähnliche Strecken entlang des Gürtels.",
        )
