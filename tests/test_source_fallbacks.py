"""
Where a release's issuing office comes from: the choices of
``pressparse._structure.build_release`` among the letterhead's offices, the
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
        ],
    )
    def test_source(self, text: str, expected: str | None) -> None:
        """
        The issuing office a page's parse gives.
        """
        assert expected == pressparse.parse(text).source
