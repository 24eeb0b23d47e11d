"""
Where a release's issuing office comes from: the choices of
the source rules of ``pressparse._fields.source`` among the letterhead's offices, the
lead's issuer and the sign-off.
"""

from __future__ import annotations

import pytest

import pressparse


class TestSourceFallbacks:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "4 May 2011\n\n"
                "Country towns need a capable  transport minister for a change\n\n"
                "Residents of country towns have waited two years for the promised bus "
                "timetable, according to the Shadow Minister for Regional Transport, Jo Marsh.\n\n"
                '"People cannot get to appointments in the regional centres," Ms Marsh said.\n',
                "Shadow Minister for Regional Transport",
                id="lower-case-office-in-a-headline-column-is-no-letterhead",
            ),
            pytest.param(
                "FERRY WATCH INTERNATIONAL PRESS RELEASE\n\n"
                "Island ferries must keep their winter timetable\n\n"
                "Ferry Watch International is appealing to the council to keep the winter "
                "timetable of the island ferries for another year.\n\n"
                "The council will decide in June.\n",
                "Ferry Watch International",
                id="issuer-before-kind-label-named-by-the-lead",
            ),
            pytest.param(
                "FERRY WATCH INTERNATIONAL PRESS RELEASE\n\n"
                "Island ferries must keep their winter timetable\n\n"
                "Islanders are asking the council to keep the winter timetable of the "
                "island ferries for another year.\n\n"
                "The council will decide in June.\n",
                None,
                id="issuer-before-kind-label-the-body-does-not-name",
            ),
            pytest.param(
                "Ferry Party Leader media release\n\n"
                "Island ferries must keep their winter timetable\n\n"
                "The Ferry Party Leader is asking the council to keep the winter timetable "
                "of the island ferries for another year.\n\n"
                "The council will decide in June.\n",
                "Ferry Party",
                id="role-before-kind-label-is-no-banner",
            ),
            pytest.param(
                "Acting Minister for Ports\n"
                "Senator Jo Marsh\n"
                "Dredging of the main channel to start in June\n"
                "12 March 2004\n"
                "Dredging of the harbour's main channel will start in June, the acting "
                "minister said today.\n"
                "The work will take four months.\n",
                "Minister for Ports",
                id="acting-holder-issues-in-the-office",
            ),
            pytest.param(
                "Dredging of the main channel to start in June\n"
                "12 March 2004\n"
                "Dredging of the harbour's main channel will start in June, the Acting "
                "Minister for Ports, Jo Marsh, said today.\n"
                "The work will take four months.\n",
                "Minister for Ports",
                id="acting-holder-named-in-the-lead",
            ),
            pytest.param(
                "Bahn baut zweites Gleis zwischen zwei Dörfern\n"
                "Chur, 04.06.2024 - Die Bahn beginnt im Herbst mit dem Bau eines zweiten "
                "Gleises auf der eingleisigen Strecke im Tal.\n"
                "Die Arbeiten sollen drei Jahre dauern und den Halbstundentakt ermöglichen.\n"
                "Herausgeber\n"
                "Bundesamt für Verkehr\n",
                "Bundesamt für Verkehr",
                id="bare-publisher-label-after-the-body-value-below",
            ),
            pytest.param(
                "New ferry timetable starts in July\n"
                "The state's ferries will run every twenty minutes at peak times from July, "
                "the harbour authority said today.\n"
                "Fares will not change.\n"
                "Issued by:\n"
                "Department of Transport and Main Roads\n",
                "Department of Transport and Main Roads",
                id="issued-by-label-with-colon-value-below",
            ),
            pytest.param(
                "New ferry timetable starts in July\n"
                "The state's ferries will run every twenty minutes at peak times from July, "
                "a spokesperson said today.\n"
                "Fares will not change.\n"
                "Source\n"
                "our reporters in the harbour city\n",
                None,
                id="label-over-a-value-that-names-no-issuer",
            ),
            pytest.param(
                "Home\n\nMedia Centre\n\nParliamentary Secretary\n\n"
                "Ferries keep their winter timetable\n\n"
                "17 January 2008\n\n"
                "The Minister for Transport, Nina Castell, said today that the island "
                "ferries would keep their winter timetable for another year.\n",
                "Minister for Transport",
                id="menu-item-naming-a-bare-head-is-no-letterhead",
            ),
            pytest.param(
                "Nina Castell Harbour Greens\n\n"
                "Ferry Fares Must Fall\n\n"
                "Media Release | Spokesperson Nina Castell\n\n"
                "The island ferries cost too much, Senator Castell said today.\n\n"
                '"Fares have doubled in two years," Senator Castell said.\n',
                "Harbour Greens",
                id="letterhead-name-run-into-the-party",
            ),
            pytest.param(
                "Senator Nina Castell Party Whip and Senator for the Islands Harbour Democrats "
                "spokesperson for Transport\n\n"
                "Ferry Fares Must Fall\n\n"
                "The island ferries cost too much, Senator Castell said today.\n",
                None,
                id="surname-run-into-a-party-role-is-no-party",
            ),
            pytest.param(
                "Castell Harbour Party\n\n"
                "Ferry Fares Must Fall\n\n"
                "The leader of the Castell Harbour Party, Mr Castell, said the island ferries "
                "cost too much.\n",
                "Castell Harbour Party",
                id="party-named-after-its-leader",
            ),
            pytest.param(
                "Ferry talks stall\n\n"
                "HARBOUR CITY (AP) — Ruritania's Harbour Party was accused on Monday of "
                "hiding the ferry report.\n\n"
                "Prime Minister Jane Roe and Opposition Leader Tom Reyes are to meet the "
                "ferry crews on Monday.\n\n"
                "The crews want a pay rise.\n",
                None,
                id="next-paragraph-subject-of-no-speech-verb-is-no-issuer",
            ),
        ],
    )
    def test_source(self, text: str, expected: str | None) -> None:
        """
        The issuing office a page's parse gives.
        """
        assert expected == pressparse.parse(text).source


class TestGovernmentInTheLead:
    """
    A government the lead names as a whole is the source only where the
    lead makes it the speaker.
    """

    @pytest.mark.parametrize(
        ("lead", "expected"),
        [
            pytest.param(
                "The Federal Government today announced a new fund for regional ferry services "
                "across the northern coast.",
                "Federal Government",
                id="speaker",
            ),
            pytest.param(
                "The Federal Government will spend $30 million on a range of services for "
                "regional ferry passengers.",
                None,
                id="subject-of-no-speech-verb",
            ),
            pytest.param(
                "Islanders have called on the Federal Government to keep the winter timetable "
                "of the regional ferries.",
                None,
                id="spoken-about",
            ),
        ],
    )
    def test_government(self, lead: str, expected: str | None) -> None:
        page = (
            f"Island ferries keep their winter timetable\n\n{lead}\n\n"
            "The council decides in June.\n"
        )
        assert pressparse.parse(page).source == expected
