# ruff: noqa: E501
"""
The example plugin that reads one site's own labels
(docs/examples/site_labels.py), on the pages whose labels it was written for.

``Where we are:`` over a country and ``What we do:`` over a theme are one
site's menu headings used as labels; no other publisher prints them, so the
lexicons leave them out and the default parser reads neither.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import sys

import pytest

import pressparse
from pages import observed
from site_pages import SitePage, expected, page

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "docs" / "examples"))
from site_labels import SiteLabels, site_parser

#: The UNDP-style labels, and the fields they fill.
UNDP_LABELS = {"Where we are": "source", "What we do": "topics"}
UNDP = site_parser(UNDP_LABELS)

EN_UNDP_LABELS = SitePage(
    id="en-two-line-labels-publishing-date",
    text=page(
        """
        Solar pumps bring water to farms in Turkana
        Publishing date:
        12 May 2023
        Content type:
        Press release
        Where we are:
        Kenya
        What we do:
        Climate
        LODWAR, 12 May 2023 – Forty solar-powered pumps now supply water to farms along the Turkwel river.
        The pumps replace diesel generators that cost farmers a third of their income.
        """
    ),
    title="Solar pumps bring water to farms in Turkana",
    kind="Press release",
    date=dt.date(2023, 5, 12),
    place="LODWAR",
    source="Kenya",
    dateline="LODWAR, 12 May 2023 – ",
    paragraphs=(
        "Forty solar-powered pumps now supply water to farms along the Turkwel river.",
        "The pumps replace diesel generators that cost farmers a third of their income.",
    ),
    topics=("Climate",),
)


class TestSiteLabels:
    def test_fields(self) -> None:
        """
        Read with the plugin, the site's labels give the source and the topics.
        """
        assert expected(EN_UNDP_LABELS) == observed(UNDP.parse(EN_UNDP_LABELS.text))

    def test_crlf_changes_nothing(self) -> None:
        """
        Windows line ends change nothing.
        """
        text = EN_UNDP_LABELS.text.replace("\n", "\r\n")
        assert expected(EN_UNDP_LABELS) == observed(UNDP.parse(text))

    def test_default_parser_reads_no_site_label(self) -> None:
        """
        Without the plugin the labels are no metadata: no source, no topics
        (and every other field the same).
        """
        release = pressparse.parse(EN_UNDP_LABELS.text)

        assert (release.source, release.topics) == (None, ())
        assert release.title == EN_UNDP_LABELS.title

    def test_lines_kept_as_boilerplate(self) -> None:
        """
        The label lines and their values are kept, as one record per run.
        """
        release = UNDP.parse(EN_UNDP_LABELS.text)

        records = [record for record in release.boilerplate if record.kind == "site-labels"]
        assert [line for record in records for line in record.lines] == [
            "Where we are:",
            "Kenya",
            "What we do:",
            "Climate",
        ]

    def test_inline_label(self) -> None:
        """
        ``Label: value`` on one line gives the value.
        """
        text = page(
            """
            Solar pumps bring water to farms in Turkana
            Where we are: Kenya
            LODWAR, 12 May 2023 – Forty solar-powered pumps now supply water to farms.
            """
        )
        assert UNDP.parse(text).source == "Kenya"

    def test_page_without_labels_is_returned_as_is(self) -> None:
        """
        A page that prints none of the labels is returned unchanged, as
        the stripper protocol asks.
        """
        stripper = SiteLabels(UNDP_LABELS)
        page_ = pressparse.Parser().read("Headline of a page\nA body sentence of some length.")

        assert stripper.strip(page_) is page_

    def test_unknown_field_is_refused(self) -> None:
        """
        A label may fill only a field the plugin knows.
        """
        with pytest.raises(ValueError, match="date"):
            SiteLabels({"When": "date"})
