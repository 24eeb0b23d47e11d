"""
Where a release's date comes from when the header states none: the order
of the fallbacks in the date rules of ``pressparse._fields.date``.
"""

from __future__ import annotations

import datetime as dt

import pytest

import pressparse
from pressparse import Boilerplate, Line
from pressparse._fields.date import (
    _closing_date,
    _header_date,
    _opening_date,
    _page_date_line,
    _page_header_date,
    _published_date,
    _sign_off_date,
)
from pressparse._scan import date_line, dates_in, is_stamp


class TestDateFallbacks:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Harbour board backs the new ferry terminal\n"
                "The harbour board voted on Tuesday to back the plans for a new ferry "
                "terminal on the eastern quay, ending a debate of two years.\n"
                "Building work is expected to begin next spring.\n"
                "14 March 2019\n",
                dt.date(2019, 3, 14),
                id="sign-off-date-line",
            ),
            pytest.param(
                "Harbour board backs the new ferry terminal\n"
                "The harbour board voted on Tuesday to back the plans for a new ferry "
                "terminal on the eastern quay, ending a debate of two years.\n"
                "Building work is expected to begin next spring.\n"
                "14 March 2019 Media contact: Jane Roe, harbour board press office\n",
                dt.date(2019, 3, 14),
                id="sign-off-date-before-contact",
            ),
            pytest.param(
                "Harbour board backs the new ferry terminal\n"
                "The harbour board voted on Tuesday to back the plans for a new ferry "
                "terminal on the eastern quay, ending a debate of two years.\n"
                "3 April 2019\n"
                "Building work is expected to begin next spring, once the survey of the "
                "quay is finished and the tender has closed.\n"
                "The board will publish the tender documents in the summer.\n",
                dt.date(2019, 4, 3),
                id="date-line-inside-the-body",
            ),
            pytest.param(
                "HARBOUR BOARD MEDIA 19/114 THURSDAY 14 MARCH 2019 The harbour board voted "
                "on Tuesday to back the plans for a new ferry terminal on the eastern quay, "
                "ending a debate of two years that divided the town.\n"
                "Building work is expected to begin next spring.\n",
                dt.date(2019, 3, 14),
                id="letterhead-run-into-the-first-paragraph",
            ),
            pytest.param(
                "Harbour board backs the new ferry terminal\n"
                "The harbour board voted on Tuesday to back the plans for a new ferry "
                "terminal on the eastern quay, ending a debate of two years.\n"
                "Building work is expected to begin next spring.\n",
                None,
                id="no-date-anywhere",
            ),
        ],
    )
    def test_date(self, text: str, expected: dt.date | None) -> None:
        """
        With no date in a header or dateline, the date comes from a sign-off
        line, a body line that is a date alone, or the opening of the page;
        a page that prints none has none.
        """
        assert expected == pressparse.parse(text).date

    def test_sentence_mentioning_a_date_is_no_sign_off(self) -> None:
        """
        A closing sentence that mentions a date does not date the release.
        """
        text = (
            "Harbour board backs the new ferry terminal\n"
            "The harbour board voted on Tuesday to back the plans for a new ferry "
            "terminal on the eastern quay, ending a debate of two years.\n"
            "The first ferry is due to berth at the new terminal on 1 June 2021.\n"
        )
        assert None is pressparse.parse(text).date


_HEADLINE = "Harbour board backs the new ferry terminal\n"
_LEAD = (
    "The harbour board voted on Tuesday to back the plans for a new ferry "
    "terminal on the eastern quay, ending a debate of two years.\n"
)
_MORE = "Building work is expected to begin next spring.\n"
_STORY = (
    "The harbour board voted on Tuesday to back the plans for a new ferry terminal on "
    "the eastern quay, ending a debate of two years that divided the town. The terminal "
    "will have two berths and a waiting hall, and the old landing stage will close once "
    "it opens. \u201cWork starts in the spring,\u201d the chair of the board said."
)
# A closing attachment of short sentences after the sign-off.
_ATTACHMENT = (
    "Attachment: members of the harbour board\n"
    "The board has seven members, who are appointed for four years and may serve two terms.\n"
    "The chair is elected by the members every second year.\n"
    "Two members are named by the town council.\n"
    "The others are named by the port users.\n"
)


# A release of short paragraphs, then a backgrounder of longer ones.
_LONG_BODY = (
    _LEAD
    + _MORE
    + "The terminal will have two berths and a waiting hall.\n"
    + "The old landing stage will close once the new terminal opens.\n"
    + "Ferries will keep to the winter timetable until the work is finished.\n"
    + "The board will publish the tender documents in the summer.\n"
)
_BACKGROUND = (
    "BACKGROUND\n"
    "The eastern quay was built in the nineteenth century for cargo ships and has served "
    "ferries since the old landing stage was closed to large vessels.\n"
    "A survey of the quay walls found that they can carry the new terminal building once "
    "the timber piles under the northern end are replaced.\n"
    "The board consulted residents, ferry operators and the town council over eighteen "
    "months before it chose the design that it approved on Tuesday.\n"
    "The terminal will be paid for from the board's reserves and from a loan that the "
    "board expects to repay from berth fees within fifteen years.\n"
)
_MEMBERS = (
    "Ms Jane Roe",
    "Mr John Doe",
    "Dr Mary Major",
    "Prof Richard Miles",
    "Ms Anne Smith",
    "Mr Peter Stone",
)


class TestDateByShape:
    """
    Where a page prints its release date, in the order build_release
    prefers them when no header date line or dateline states it: a date
    line under the headline, a sign-off (a date line at the end, under the
    media contact, or run into the last sentence), a date line or a
    letterhead run into the first units of the body, and last a stamp of
    when the page was printed or changed.
    """

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                _HEADLINE + "Tuesday 12 March 2019\nHOBART, 11 March 2019 \u2013 " + _LEAD + _MORE,
                dt.date(2019, 3, 12),
                id="date-line-under-the-headline-before-a-dateline",
            ),
            pytest.param(
                _HEADLINE + "HB19/031 Last updated: 20 March 2019\n"
                "HB19/031 12 March 2019\n" + _LEAD + _MORE,
                dt.date(2019, 3, 12),
                id="header-update-stamp-is-passed-over",
            ),
            pytest.param(
                "Harbour Board - Ferry terminal //news/2019/ferry.html Wednesday, 13 March 2019\n"
                + _HEADLINE
                + "Media Statement - 12 March 2019\n"
                + _LEAD
                + _MORE,
                dt.date(2019, 3, 12),
                id="letterhead-print-stamp-is-passed-over",
            ),
            pytest.param(
                "Speech\nThe ferry terminal and the town\n"
                "An address by the chair of the harbour board to the annual general meeting "
                "of the Ferry Users Forum and the Eastern Quay Traders Association, Town Hall "
                "Meeting Room, Elizabeth Street, Hobart 6:30 pm, Thursday 7 March 2019\n"
                + _STORY
                + "\n"
                + _MORE
                + _LEAD
                + _MORE
                + _LEAD
                + _MORE,
                dt.date(2019, 3, 7),
                id="venue-and-date-of-a-speech",
            ),
            pytest.param(
                _HEADLINE + _LEAD + _MORE + "Ends Thursday, 14 March 2019\n" + _ATTACHMENT,
                dt.date(2019, 3, 14),
                id="end-mark-and-date-before-an-attachment",
            ),
            pytest.param(
                _HEADLINE + _LEAD + _MORE + "Media contact: Jane Roe 0400 000 000\n\n"
                "14 March 2019\n",
                dt.date(2019, 3, 14),
                id="date-line-under-the-media-contact",
            ),
            pytest.param(
                _HEADLINE + _LEAD + _MORE + "Media contact: Jane Roe 0400 000 000     "
                "9 October 2019\n",
                dt.date(2019, 10, 9),
                id="date-closing-the-contact-line",
            ),
            pytest.param(
                _HEADLINE + _LEAD + "Tenders received in week of 4.3.19 12 40 7 3\n"
                "14 March 2019\n",
                dt.date(2019, 3, 14),
                id="sign-off-date-line-before-a-table-row",
            ),
            pytest.param(
                _HEADLINE + _LEAD + _MORE + "14 March 2019\n"
                "URL: http://www.example.org/news/ferry.htm Last update: 16 March 2019\n",
                dt.date(2019, 3, 14),
                id="print-stamp-after-the-sign-off",
            ),
            pytest.param(
                _HEADLINE
                + _LEAD
                + _MORE
                + "URL: http://www.example.org/news/ferry.htm Last update: 13 March 2019\n"
                "16/03/2019 http://www.example.org/news/ferry.htm\n",
                dt.date(2019, 3, 13),
                id="date-before-a-web-address-is-a-print-stamp",
            ),
            pytest.param(
                _HEADLINE
                + _LEAD
                + _MORE
                + "URL: http://www.example.org/news/ferry.htm Last update: 16 March 2019\n",
                dt.date(2019, 3, 16),
                id="a-stamp-is-the-last-resort",
            ),
            pytest.param(
                "HARBOUR BOARD "
                + _HEADLINE.strip()
                + " "
                + _STORY
                + " 29 April 2019 Media Contact: Jane Roe 0400 000 000\n",
                dt.date(2019, 4, 29),
                id="sign-off-run-into-the-last-sentence",
            ),
            pytest.param(
                _HEADLINE + _LEAD + _STORY + " HOBART 13 MARCH 2019\n",
                dt.date(2019, 3, 13),
                id="place-and-date-run-into-the-last-sentence",
            ),
            pytest.param(
                _HEADLINE
                + _LEAD
                + _MORE
                + "7 March 2019 Media inquiries Jane Roe 0400 000 000\n"
                + _ATTACHMENT,
                dt.date(2019, 3, 7),
                id="sign-off-before-an-attachment",
            ),
            pytest.param(
                "HARBOUR BOARD\nPort Street, Hobart\nTelephone 03 6200 0000\n"
                "Media Release     25th March 2019   Harbour board backs the new ferry "
                "terminal   " + _STORY + "\n" + _MORE,
                dt.date(2019, 3, 25),
                id="letterhead-date-and-headline-flattened",
            ),
            pytest.param(
                "HARBOUR BOARD\nPort Street, Hobart\n"
                + _HEADLINE
                + _LEAD
                + "26 May 2019 HB061/19\n"
                + _MORE
                + "The board will publish the tender documents in the summer.\n"
                + "The old landing stage will close once the terminal opens.\n"
                + "Ferries will keep to the winter timetable until then.\n",
                dt.date(2019, 5, 26),
                id="date-line-with-a-reference-number",
            ),
            pytest.param(
                _HEADLINE + _LONG_BODY + "HOBART  14 MARCH 2019\n" + _BACKGROUND,
                dt.date(2019, 3, 14),
                id="place-and-date-under-the-last-sentence-before-a-backgrounder",
            ),
            pytest.param(
                _HEADLINE + _LONG_BODY + "Hobart, 14 March 2019\n" + _BACKGROUND,
                dt.date(2019, 3, 14),
                id="place-comma-date-before-a-backgrounder",
            ),
            pytest.param(
                _HEADLINE
                + _LONG_BODY
                + "Media contact: Jane Roe 0400 000 000\n"
                + "HARBOUR BOARD | Annual statement\n"
                + "Thursday 14th March, 2019 | 1\n"
                + _BACKGROUND
                + "Thursday 14th March, 2019 | 2\n"
                + _BACKGROUND,
                dt.date(2019, 3, 14),
                id="page-header-of-an-attached-statement",
            ),
            pytest.param(
                _HEADLINE + _LONG_BODY + "Next steps\nHobart 14 March 2019\n" + _BACKGROUND,
                None,
                id="place-and-date-under-a-heading-is-no-sign-off",
            ),
            pytest.param(
                _HEADLINE
                + _LEAD
                + "The new members of the board are:\n"
                + "".join(f"{name} part-time member\n" for name in _MEMBERS)
                + "14 March 2019\n",
                dt.date(2019, 3, 14),
                id="date-closing-the-page-under-a-list",
            ),
            pytest.param(
                _HEADLINE
                + _LEAD
                + _MORE
                + "Media contact: Jane Roe 0400 000 000\n\nJane Roe\nMedia adviser\n"
                + "Harbour Board\nPort Street, Hobart\n14 March 2019\n",
                dt.date(2019, 3, 14),
                id="date-closing-the-page-under-the-contact-block",
            ),
        ],
    )
    def test_date(self, text: str, expected: dt.date | None) -> None:
        """
        Each shape of a printed release date gives the release its date.
        """
        assert expected == pressparse.parse(text).date

    def test_date_closing_a_sentence_in_the_opening_is_no_venue(self) -> None:
        """
        A date that closes an opening sentence after a preposition (``...
        on 1 June 2021.``) is the date of what the sentence tells.
        """
        text = (
            _HEADLINE
            + _LEAD
            + "The first ferry is due to berth at the new terminal on 1 June 2021.\n"
            + _MORE
        )
        assert None is pressparse.parse(text).date

    def test_date_inside_the_last_sentence_is_no_sign_off(self) -> None:
        """
        A date that closes the last unit but belongs to its sentence (no
        sentence ends before it) does not date the release.
        """
        text = (
            _HEADLINE + _LEAD + "The first ferry is due to berth at the terminal on 1 June 2021\n"
        )
        assert None is pressparse.parse(text).date

    @pytest.mark.parametrize(
        ("closing", "expected"),
        [
            pytest.param(("Jane Roe", "Media adviser", "14 March 2019"), dt.date(2019, 3, 14)),
            pytest.param(("14 March 2019", "Jane Roe", "Media adviser"), dt.date(2019, 3, 14)),
            pytest.param(("14 March 2019", "Jane Roe", "Media adviser", "Harbour Board"), None),
            pytest.param(("Jane Roe", "hb 2019-03-20 12:56"), None, id="fax-stamp"),
            pytest.param(("Jane Roe", "Last updated 20 March 2019"), None, id="update-stamp"),
        ],
    )
    def test_closing_date(self, closing: tuple[str, ...], expected: dt.date | None) -> None:
        """
        `_closing_date` reads a date line among the last three printed lines
        of the page, in a removed block too; not a fax or update stamp.
        """
        body = [Line(0, _LEAD.strip(), _LEAD.strip())]
        removed = [Boilerplate(kind="contact", stripper="footer", lines=closing, start=2)]

        assert expected == _closing_date(body, removed, None)

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("Thursday 14th March, 2019 | 1", dt.date(2019, 3, 14)),
            ("Page 2 of 5 - 14 March 2019", dt.date(2019, 3, 14)),
            ("14 March 2019 - 3 -", dt.date(2019, 3, 14)),
            ("Chapter 14 March 2019", None),
            ("Thursday 14th March, 2019 | Hobart", None),
            ("14 March 2019 | 1 | Harbour Board", None),
        ],
    )
    def test_page_header_date(self, line: str, expected: dt.date | None) -> None:
        """
        `_page_header_date` reads a date with only a page number beside it.
        """
        assert expected == _page_header_date(line, None)


class TestPublishedDate:
    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("Veröffentlicht am 16.08.2019", dt.date(2019, 8, 16)),
            ("* VERÖFFENTLICHT AM 06. Nov 2023", dt.date(2023, 11, 6)),
            ("Crime Published On May 10, 2022 01:52 PM", dt.date(2022, 5, 10)),
            ("Erschienen am 26. Jan 2022 im Format Aktuelles", dt.date(2022, 1, 26)),
            ("Datum 28.01.2022", dt.date(2022, 1, 28)),
            ("Published: 28 Apr, 2020 CET. Updated: Tue 28 Apr 2020", dt.date(2020, 4, 28)),
            ("Von Claudia Riedler 19. Oktober 2019 00:04 Uhr", dt.date(2019, 10, 19)),
            ("By Emily Burack 8 January 2020, 3:51 pm", dt.date(2020, 1, 8)),
            ("by oz on December 4, 2006", dt.date(2006, 12, 4)),
            ("Von Thilo / 6. November 2023 / Keine Kommentare", dt.date(2023, 11, 6)),
            ("Gespeichert von rasos am 24. Juli 2017 - 18:55", dt.date(2017, 7, 24)),
            ("Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45", dt.date(2022, 1, 27)),
            ("Published on 19. Juni 201619. Juni 2016 von Das Kabinett", dt.date(2016, 6, 19)),
            ("Par Bruno Gobin, le mercredi 15 mai 2019 à 08h07", dt.date(2019, 5, 15)),
            # A clock's word in the byline's name is the name.
            ("Written by Harbour Today on November 7, 2023", dt.date(2023, 11, 7)),
            # Not a publication: a change, a clock, prose, no label.
            ("Last edited by a moderator Oct 6, 2020", None),
            ("zuletzt bearbeitet: 04.02.2022, 08:27 Uhr", None),
            ("Updated by the desk on 4 May 2020", None),
            ("Heute ist Montag, 7. Dezember 2026", None),
            ("Datensatz vom 09.03.2016", None),
            ("the report was published on 12 March 2001.", None),
            ("The council met in the town hall, and then by 5 May 2003 the plan was done", None),
            ("14 March 2019", None),
        ],
    )
    def test_published_date(self, line: str, expected: dt.date | None) -> None:
        """
        `_published_date` reads a date after a publication label or a byline.
        """
        assert expected == _published_date(line, None)

    def test_published_line_beats_a_related_list_under_the_body(self) -> None:
        """
        A byline date under the headline beats dates of a related list
        under the body, which the sign-off would read.
        """
        text = (
            "Harbour board backs the new ferry terminal\n"
            "Von Jane Roe 14. März 2019\n"
            "The harbour board voted on Tuesday to back the plans for a new ferry "
            "terminal on the eastern quay, ending a debate of two years.\n"
            "Building work is expected to begin next spring.\n"
            "Old ferry sold\n"
            "2 February 2019\n"
        )
        assert pressparse.parse(text).date == dt.date(2019, 3, 14)

    def test_dated_list_in_the_body_is_no_sign_off(self) -> None:
        """
        Dates alone on their lines that make a dated list (related pages'
        teasers under a web page's body) are no sign-off; a single one is.
        """
        lead = (
            "The harbour board voted on Tuesday to back the plans for a new ferry "
            "terminal on the eastern quay, ending a debate of two years."
        )
        texts = [
            lead,
            "Related",
            "Old ferry sold to a museum in the north of the country for one euro",
            "2 February 2019",
            "New timetable for the winter months starts in October, the board says",
            "9 January 2019",
            *[f"{lead} Paragraph {n}." for n in range(5)],
        ]
        body = [Line(n, text, text) for n, text in enumerate(texts)]
        assert _sign_off_date(body, [], None) is None
        single = [line for line in body if line.text != "2 February 2019"]
        assert _sign_off_date(single, [], None) == dt.date(2019, 1, 9)


class TestPageDateLine:
    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("13.01.2022", dt.date(2022, 1, 13)),
            ("Dienstag, 2. November 2021", dt.date(2021, 11, 2)),
            ("19.10.2019 11:36 telebasel", dt.date(2019, 10, 19)),
            ("6. November 2023 14:03 Uhr", dt.date(2023, 11, 6)),
            ("20. November 2022 um 10:36 Uhr", dt.date(2022, 11, 20)),
            ("29.04.2020, 12:01 Uhr", dt.date(2020, 4, 29)),
            ("January 10, 2020 9:00AM (UTC)", dt.date(2020, 1, 10)),
            ("08.11.2021 | Online-Fachtag zum Intersex Day of Remembrance", dt.date(2021, 11, 8)),
            ("23.01.2022 - Dorothea Wierer darf noch jubeln", dt.date(2022, 1, 23)),
            ("28.01.22 / 0 Kommentare", dt.date(2022, 1, 28)),
            ("Bonn, 11.10.2021", dt.date(2021, 10, 11)),
            ("Berlin, 28.10.2021, 058/21", dt.date(2021, 10, 28)),
            ("4.02.2022 par Bob Fischer", dt.date(2022, 2, 4)),
            ("28. Juni 201914. Januar 2020 | Klaus Quibeldey-Cirkel", dt.date(2019, 6, 28)),
            ("19.10.2019 14. Januar 2020", dt.date(2019, 10, 19)),
            ("27. Januar 2014 by Barbara Russ / Kategorien: Event", dt.date(2014, 1, 27)),
            (
                "Wien, 14. Dezember 2021 – Aufgrund der steigenden Technologisierung",
                dt.date(2021, 12, 14),
            ),
            ("12 March 2021 by the way, the council met", None),
            # No page date line: prose, a label of a change, a count after the date.
            ("Am 8. November 2021 findet der jährliche Gedenktag statt.", None),
            ("Stand 27.01.2022", None),
            ("Last updated on 20 Feb, 2020. 3 min read", None),
            ("12 March 2021 was the day the council met again", None),
            ("The council met on 12 March 2021 - and agreed", None),
        ],
    )
    def test_page_date_line(self, line: str, expected: dt.date | None) -> None:
        """
        `_page_date_line` reads a date alone, or opening its line before a
        time or a separator, or after a place.
        """
        assert expected == _page_date_line(line, None)

    def test_page_date_line_after_the_menus(self) -> None:
        """
        With no header found, the first date line of the page after its
        menus is the date; a dated teaser list under the body is not.
        """
        text = (
            "- Home\n- News\n- Events\n- Contact\n"
            "Harbour board backs the new ferry terminal\n"
            "14.03.2019 | Harbour\n"
            "The harbour board voted on Tuesday to back the plans for a new ferry "
            "terminal on the eastern quay, ending a debate of two years.\n"
            "Building work is expected to begin next spring, once the survey of the "
            "quay is finished and the tender has closed.\n"
        )
        explained = pressparse.explain(text)
        assert explained.release.date == dt.date(2019, 3, 14)


class TestSiteClock:
    @pytest.mark.parametrize(
        "clock",
        [
            "Heute ist Montag, 7. Dezember 2026",
            "Today is Monday, December 7, 2026",
            "Hoy es lunes, 7 de diciembre de 2026",
        ],
    )
    @pytest.mark.parametrize(
        "printed",
        [
            "Veröffentlicht am 3. März 2025",
            "3. März 2025",
            "Berlin, 3. März 2025 – Der Senat hat heute beschlossen, die Fähre zu erneuern.",
        ],
    )
    def test_clock_never_beats_a_printed_date(self, clock: str, printed: str) -> None:
        """
        A site's clock at the top of the page ("Heute ist ...") is never
        the release date: the date the page prints for the release is.
        """
        text = (
            f"{clock}\n- Start\n- Presse\n- Kontakt\n"
            "Senat beschließt neue Fähre für den Wannsee\n"
            f"{printed}\n"
            "Der Senat hat heute beschlossen, die Fähre zu erneuern, teilte die "
            "Senatsverwaltung mit. Sie soll 2027 fahren.\n"
            "Die Kosten liegen bei zwölf Millionen Euro, wie ein Sprecher am Dienstag sagte.\n"
        )
        assert pressparse.parse(text).date == dt.date(2025, 3, 3)

    def test_clock_alone_is_no_date(self) -> None:
        """
        A page that prints only a site's clock has no release date.
        """
        text = (
            "Heute ist Montag, 7. Dezember 2026\n"
            "Senat beschließt neue Fähre für den Wannsee\n"
            "Der Senat hat heute beschlossen, die Fähre zu erneuern, teilte die "
            "Senatsverwaltung mit. Sie soll im Frühjahr fahren.\n"
        )
        assert pressparse.parse(text).date is None


class TestStamps:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Last updated: 4 May 2020", True),
            ("Stand: 27.01.2022", True),
            ("Aktualisiert am 21.01.2022, 11:39 Uhr", True),
            ("Actualizado al 03/05/2022 22:46", True),
            ("atualizado em 04/05/2022 05:50", True),
            ("Mis à jour le 15 mai 2019", True),
            ("Stand 27.01.2022", True),
            ("Veröffentlicht am 16.08.2019", False),
            ("Berlin, 3. März 2025", False),
        ],
    )
    def test_is_stamp(self, text: str, expected: bool) -> None:
        """
        `is_stamp` knows the words of a change in the date grammar's languages.
        """
        found = dates_in(text, None)[0]
        assert is_stamp(text, found.span) is expected


class TestRemovedMarkdown:
    """Dates in what the strippers removed from a Markdown page are read as printed."""

    @staticmethod
    def _printed(fmt: str) -> list[tuple[int, str]]:
        from pressparse import Page
        from pressparse._fields import Evidence

        page = Page(
            lines=[Line(0, "Heizung 2021", "Heizung 2021")],
            removed=[
                Boilerplate(
                    kind="contact",
                    stripper="test",
                    lines=(
                        "Gas",
                        "19\\. November 2021",
                        "  * [ November 1, 2023  ](/2023/11/01/)",
                    ),
                    start=1,
                )
            ],
            format=fmt,
        )
        return Evidence(page, (), None).printed_with_digits()

    def test_markdown_escapes_and_links_go(self) -> None:
        assert self._printed("markdown") == [
            (0, "Heizung 2021"),
            (2, "19. November 2021"),
            (3, "November 1, 2023"),
        ]

    def test_plain_text_is_left_as_printed(self) -> None:
        assert self._printed("text") == [
            (0, "Heizung 2021"),
            (2, "19\\. November 2021"),
            (3, "[ November 1, 2023  ](/2023/11/01/)"),
        ]

    def test_page_date_of_a_removed_markdown_date_line(self) -> None:
        page = (
            "* [Home](/)\n* [Blog](/blog)\n* [Gas](/blog/gas)\n\n"
            "# Welche Heizung ist klimafreundlich?\n\n"
            "[19\\. November 2021](https://example.org/2021/11/19/)\n\n"
            "In den Heizungen unserer Häuser liegt ein großes Potenzial für den Klimaschutz, "
            "sagen die Fachleute des Verbands.\n"
        )
        assert pressparse.parse(page).date == dt.date(2021, 11, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "3. April 20223. April 2022 by mady", dt.date(2022, 4, 3), id="glued-lower-byline"
        ),
        pytest.param("June 5, 2019 by luxurious", dt.date(2019, 6, 5), id="lower-byline"),
        pytest.param("1 May 2020 by the", None, id="article-not-byline"),
        pytest.param("1 May 2020 by the board", None, id="sentence"),
    ],
)
def test_page_date_line_lower_case_byline(text: str, expected: dt.date | None) -> None:
    assert _page_date_line(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50",
            dt.date(2022, 5, 4),
            id="lower-label-opening-the-line",
        ),
        pytest.param(
            "Übersetzung veröffentlicht am 30 April 2019 13:10 GMT",
            dt.date(2019, 4, 30),
            id="lower-label-after-one-word",
        ),
        pytest.param("Die Studie wurde veröffentlicht am 3. Mai 2020.", None, id="sentence"),
        pytest.param("postado 04/05/2022", None, id="lower-label-without-preposition"),
    ],
)
def test_published_date_lower_case_label(text: str, expected: dt.date | None) -> None:
    assert _published_date(text, None) == expected


def test_sign_off_not_read_from_a_dated_list_under_the_body() -> None:
    body = [
        Line(0, "The harbour board voted on Tuesday to back the new terminal.", "x"),
        Line(1, "Work starts in the spring, the chair said.", "x"),
    ]
    teasers = Boilerplate(
        kind="footer",
        stripper="test",
        lines=("Ferry day", "12.02.2022", "Harbour walk", "13.02.2022"),
        start=2,
    )
    assert _sign_off_date(body, [teasers], None) is None
    single = Boilerplate(kind="contact", stripper="test", lines=("Hobart", "13.02.2022"), start=2)
    assert _sign_off_date(body, [single], None) == dt.date(2022, 2, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("21.01.2022 Presse-Mitteilung", dt.date(2022, 1, 21), id="category"),
        pytest.param("02.02.2022 A-Frauen", dt.date(2022, 2, 2), id="hyphenated-category"),
        pytest.param(
            "27.01.2020 Soziales & Gesundheit Startseite App",
            dt.date(2020, 1, 27),
            id="menu-words",
        ),
        pytest.param("1 May 2020 The board met.", None, id="sentence"),
        pytest.param("25.01.2022 13", None, id="number"),
        pytest.param("12.02.2022 Ferry Day In Town Hall Square Today", None, id="headline"),
        pytest.param("Bonn Rhein 12.02.2022 Presse", None, id="not-opening-the-line"),
    ],
)
def test_page_date_line_before_a_category(text: str, expected: dt.date | None) -> None:
    assert _page_date_line(text, None) == expected


_BODY = (
    "The harbour board voted on Tuesday to back the plans for a new ferry terminal "
    "on the eastern shore, the chair said.\n\nWork starts in the spring of next year, "
    "and the old pier will stay open until the terminal is built.\n"
)


@pytest.mark.parametrize(
    ("top", "under", "expected"),
    [
        pytest.param(
            "Wednesday, 26 February 2020", "1 May 2017", dt.date(2017, 5, 1), id="clock-over-date"
        ),
        pytest.param(
            "26 February 2020, 10:55",
            "1 May 2017",
            dt.date(2020, 2, 26),
            id="post-stamp-over-date",
        ),
        pytest.param(
            "26 February 2020",
            "Hobart, 18 - 21 February 2020",
            dt.date(2020, 2, 26),
            id="event-range",
        ),
    ],
)
def test_site_clock_over_the_release_date(top: str, under: str, expected: dt.date) -> None:
    page = f"{top}\n\nHarbour board backs the new ferry terminal\n\n{under}\n\n{_BODY}"
    assert pressparse.parse(page).date == expected


_UNDER_BODY = (
    "   The harbour board voted on Tuesday to back the plans for a new ferry\n"
    "   terminal on the eastern quay, ending a debate of two years. Building\n"
    "   work is expected to begin next spring, the board said in a statement.\n"
)


class TestUnderHeading:
    """
    ``date.under-heading``: a date line under a crawled page's main heading
    beats a labelled date in the body and a dated list under it.
    """

    def test_date_under_heading_beats_a_labelled_date_in_the_body(self) -> None:
        page = (
            "   * Home\n   * News\n\nHarbour board backs the new ferry terminal\n\n"
            "   14 March 2019 Jane Roe\n"
            f"{_UNDER_BODY}\nDetails\n\n     * Place: Quay\n     * Date: 02/02/2019\n"
        )
        explained = pressparse.explain(page, format="text")
        assert explained.release.date == dt.date(2019, 3, 14)
        # (The header reads this page's date line too; the rule finds it.)
        date = explained.fields["date"]
        found = [(c.value, c.line) for c in date.candidates if c.rule == "date.under-heading"]
        assert date.rule == "date.under-heading" or found == [("2019-03-14", 5)]

    def test_date_under_a_standfirst(self) -> None:
        page = (
            "   * Home\n\nHarbour board backs the new ferry terminal\n\n"
            "   The board meets on 21 May 2019 to sign.\n"
            "   14.03.2019, 09:50 Uhr / Aktualisiert am 21.03.2019\n"
            f"{_UNDER_BODY}\n   Related\n     * Old ferry sold\n\n   2 February 2019\n"
        )
        assert pressparse.parse(page, format="text").date == dt.date(2019, 3, 14)

    def test_a_labelled_date_above_the_heading_wins(self) -> None:
        """
        On a forum's thread, the thread's labelled start date over the
        heading beats the date under a later post's heading.
        """
        page = (
            "   * Home\n\n   Harbour board backs the new ferry terminal\n\n"
            "     * Start date Mar 14, 2019\n\n"
            "Jane Roe\n\n   Mar 20, 2019\n"
            f"{_UNDER_BODY}"
        )
        explained = pressparse.explain(page, format="text")
        assert explained.release.date == dt.date(2019, 3, 14)
        assert explained.fields["date"].rule == "date.published"

    def test_no_heading_no_rule(self) -> None:
        """
        On a page without indentation or heading marks no line is the main
        heading, and the rule finds nothing.
        """
        page = "Harbour board backs the new ferry terminal\n14 March 2019\nThe board voted.\n"
        explained = pressparse.explain(page, format="text")
        assert all(
            candidate.rule != "date.under-heading"
            for candidate in explained.fields["date"].candidates
        )
        assert explained.fields["date"].rule != "date.under-heading"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("14 March 2019", dt.date(2019, 3, 14)),
        ("September 17, 2019 Jane Roe 0", dt.date(2019, 9, 17)),
        ("Melbourne 23 February 2007", dt.date(2007, 2, 23)),
        ("Media Statement - 4 September 2001", dt.date(2001, 9, 4)),
        ("14 March 2019 by the harbour board of the town", None),
        # A table's row: numbers beside the date.
        ("2 6-Oct-08 17 17 1 2", None),
        ("Last updated 19 November 2002", None),
    ],
)
def test_date_line_words_beside_the_date(line: str, expected: dt.date | None) -> None:
    """
    `date_line` counts the words beside the date, not the spaces around it:
    three words after a date opening the line are as many as three before
    a date closing it.
    """
    assert date_line(line, None) == expected


def test_clock_over_the_heading_loses_to_the_date_under_it() -> None:
    """
    A date line over a crawled page's main heading, later than the date
    under the heading, is a site's clock.
    """
    page = (
        "   Wed, Nov 20, 2019\n     * Home\n     * News\n\n"
        "Harbour board backs the new ferry terminal\n\n"
        "   By Jane Roe On 11/13/19 at 4:00 PM EST\n\n" + _UNDER_BODY
    )
    assert pressparse.parse(page, format="text").date == dt.date(2019, 11, 13)
    # Not an earlier date over the heading: the release's, under a
    # later change.
    later = page.replace("Wed, Nov 20, 2019", "Wed, Nov 6, 2019")
    assert pressparse.parse(later, format="text").date == dt.date(2019, 11, 6)


def test_a_change_stamp_anywhere_is_the_last_resort() -> None:
    """
    ``date.page-stamp``: where a page prints no other date, the first stamp
    of a change anywhere on it; never a copyright line's.
    """
    page = (
        "   * Home\n   * News\n   * Last updated on 20 Feb, 2020. 3 min read\n   * Contact\n\n"
        "Harbour board backs the new ferry terminal\n\n" + _UNDER_BODY
    )
    explained = pressparse.explain(page, format="text")
    assert explained.release.date == dt.date(2020, 2, 20)
    assert explained.fields["date"].rule == "date.page-stamp"
    copyright_only = page.replace("Last updated on", "©")
    date = pressparse.explain(copyright_only, format="text").fields["date"]
    rules = [date.rule, *(candidate.rule for candidate in date.candidates)]
    assert "date.page-stamp" not in rules


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        pytest.param("(Harbour Court, Decision of 3.1.2019, 2 Ss 240/18)", None, id="citation"),
        pytest.param("(10 DECEMBER - 15 DECEMBER 2018)", None, id="range"),
        pytest.param("[6 April 2019]", dt.date(2019, 4, 6), id="date-in-brackets"),
        pytest.param("(6 April 2019)", dt.date(2019, 4, 6), id="date-in-parentheses"),
    ],
)
def test_a_bracketed_aside_is_no_sign_off(closing: str, expected: dt.date | None) -> None:
    """
    A unit in parentheses that is more than a date (a citation, the period
    a report covers) is no sign-off; a date alone in brackets is one.
    """
    lead = (
        "The harbour board voted on Tuesday to back the plans for a new ferry "
        "terminal on the eastern quay, ending a debate of two years."
    )
    body = [Line(n, text, text) for n, text in enumerate([lead, f"{lead} Again.", closing])]
    assert _sign_off_date(body, [], None) == expected


def test_the_first_run_in_sign_off_is_the_release_s() -> None:
    """
    A file that holds a second release after the first (a later one, or an
    earlier one attached) gives the first sign-off's date; a quotation's
    source date in parentheses is no sign-off.
    """
    lead = (
        "The harbour board voted on Tuesday to back the plans for a new ferry "
        "terminal on the eastern quay, ending a debate of two years."
    )
    texts = [
        lead,
        '"We have waited long enough for this," the chair said. (19/09/01)',
        "7 October 2001 Media inquiries Jane Roe (02) 6277 7860",
        "Ferry timetable for the winter",
        lead,
        "6 September 2001 Media Contact: Jane Roe (02) 6277 7860",
        *[f"{lead} Attachment {n}." for n in range(6)],
    ]
    body = [Line(n, text, text) for n, text in enumerate(texts)]
    assert _sign_off_date(body, [], None) == dt.date(2001, 10, 7)


def test_a_placed_date_over_a_media_contact_is_the_sign_off() -> None:
    """
    A place and a date on a unit of their own over a media contact sign
    off a release that has papers appended under it, past the last units
    where a sign-off is looked for.
    """
    lead = (
        "The harbour board voted on Tuesday to back the plans for a new ferry "
        "terminal on the eastern quay, ending a debate of two years."
    )
    texts = [
        lead,
        "Information on the terminal can be found at www.example.org",
        "CANBERRA 22 AUGUST 2011",
        "PRESS OFFICE (02) 6277 7744",
        "BACKGROUND",
        *[f"{lead} Member {n} of the board." for n in range(8)],
    ]
    body = [Line(n, text, text) for n, text in enumerate(texts)]
    assert _sign_off_date(body, [], None) == dt.date(2011, 8, 22)
    # Not over anything else: a place and a date in a list.
    texts[3] = "The members of the board"
    body = [Line(n, text, text) for n, text in enumerate(texts)]
    assert _sign_off_date(body, [], None) is None


def test_a_banner_sentence_gives_way_to_the_date_line_under_it() -> None:
    """
    A banner over the page that is a sentence with a date ("On 5 August
    2013 the government assumed a caretaker role ...") gives way to a date
    line among the body's first units; alone, its date still counts.
    """
    banner = (
        "On 5 August 2013 the government assumed a caretaker role, with an election "
        "to be held 7 September 2013."
    )
    units = [Line(0, "Harbour board backs the new ferry terminal", "")]
    texts = [banner, "Harbour board backs the new terminal", "Tuesday 11 December 2012 Speech"]
    body = [Line(n, text, text) for n, text in enumerate(texts)]
    assert _opening_date(units, body, None) == dt.date(2012, 12, 11)
    assert _opening_date(units, body[:2], None) == dt.date(2013, 8, 5)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        pytest.param("1 May 2017 -31 May 2017 0 0", None, id="table-period"),
        pytest.param("29 Jan 2014 - 17 Jul 2019", None, id="archive-period"),
        pytest.param("Hobart, 14 May 2017 - Jane Roe", dt.date(2017, 5, 14), id="one-date"),
    ],
)
def test_a_period_in_the_header_is_no_date(header: str, expected: dt.date | None) -> None:
    """
    Two dates with a dash between them in the header are a period (the
    figures of a table, an archive's captures), not the release's date.
    """
    units = [Line(0, header, header)]
    assert _header_date(units, None, None) == expected


def test_a_repeat_of_the_first_line_closing_on_a_date() -> None:
    """
    ``date.headline-repeat``: a printed web page's header repeats its
    headline with the date, where the page prints no other date but a
    browser's print stamp.
    """
    headline = "HARBOUR 2012-13: MORE FERRIES, MORE BERTHS AND A NEW TERMINAL"
    page = (
        f"{headline} The board has used today's outlook to announce new berths.\n\n"
        + "The harbour board voted on Tuesday to back the plans for a new ferry terminal.\n\n" * 6
        + f"{headline} Monday, 22 October 2012\n\n"
        + "Page 1 of 2 HARBOUR 2012-13: MORE FERRIES, MORE BERTHS AND...\n\n"
        "29/08/2013 http://www.example.org/media/details.aspx?r=255\n\n"
        "Building work is expected to begin next spring, the board said.\n"
    )
    explained = pressparse.explain(page, format="text")
    assert explained.release.date == dt.date(2012, 10, 22)
    assert explained.fields["date"].rule == "date.headline-repeat"


def test_a_yearless_date_line_takes_the_year_of_the_page_s_stamp() -> None:
    """
    ``date.yearless``: a date line printing no year takes the year of the
    page's stamp, the last such day on or before it.
    """
    page = (
        "Harbour board backs the new ferry terminal\n\n"
        "Jane Roe, 13th February\n\n"
        "The harbour board voted today to back the plans for a new ferry terminal on the "
        "eastern quay, ending a debate of two years.\n\n"
        "Contact - Jane Roe 0428 213 146 Last modified 14-02-2006 02:53 PM\n"
    )
    explained = pressparse.explain(page, format="text")
    assert explained.release.date == dt.date(2006, 2, 13)
    assert explained.fields["date"].rule == "date.yearless"
    # A day after the stamp's is the year before's.
    later = page.replace("13th February", "20th February")
    assert pressparse.parse(later, format="text").date == dt.date(2005, 2, 20)
