"""
Where a release's date comes from when the header states none: the order
of the fallbacks in ``pressparse._structure.build_release``.
"""

from __future__ import annotations

import datetime as dt

import pytest

import pressparse


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
