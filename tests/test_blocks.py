"""
The ``blocks`` stripper: features, the two passes, the shipped weights, and
its figures on the shared crawls' held-out pages.

The classifier is tested from feature rows built from dicts and from label
sequences, as jusText's tests build paragraphs from attribute values: no
page is needed to test a decision.
"""

from __future__ import annotations

import json
import pathlib
import zlib

import pytest

import pressparse
from pressparse import Page, Parser
from pressparse._lexicon._stopwords import STOPWORDS
from pressparse._page import Line
from pressparse.strippers import BlockStripper, _blocks, _blocks_weights
from pressparse.strippers._blocks import (
    EDGE,
    FEATURES,
    OWN_FEATURES,
    SITE_ITEMS,
    WIDTH,
    Model,
    block_features,
    blocks,
    continues_paragraph,
    drop_affiliate_notes,
    drop_calls_to_action,
    drop_comments,
    drop_contents,
    drop_cookie_notices,
    drop_credits,
    drop_forms,
    drop_image_names,
    drop_link_rows,
    drop_newsletter_prompts,
    drop_off_column,
    drop_twins,
    feature_row,
    first_labels,
    keep_header,
    keep_lead,
    keep_lists,
    keep_prose_run,
    mark_related,
    page_features,
    page_language,
    probabilities,
    prose_columns,
    revise,
    visible_text,
)


def model(**weights: float) -> Model:
    """A model weighing only the block's own named features."""
    row = feature_row(weights)
    zero = (0.0,) * WIDTH
    return Model(weights=(zero, row, zero), bias=0.0, bad=0.3, short=0.45, good=0.6)


class TestShippedWeights:
    def test_the_module_declares_the_features_the_code_computes(self) -> None:
        assert tuple(_blocks_weights.FEATURES) == FEATURES
        assert len(_blocks_weights.WEIGHTS) == 3
        assert all(len(row) == WIDTH for row in _blocks_weights.WEIGHTS)
        assert _blocks_weights.VERSION >= 1

    def test_thresholds_are_ordered_probabilities(self) -> None:
        t = _blocks_weights.THRESHOLDS
        assert 0.0 < t["bad"] <= t["short"] <= t["good"] < 1.0

    def test_it_says_what_it_was_trained_on(self) -> None:
        trained = _blocks_weights.TRAINED_ON
        assert "crawltext" in trained["corpus"]
        assert "held out" in trained["split"]
        for converter in ("html2text", "inscriptis", "lynx"):
            assert "snippet_f1" in trained["figures"][converter]["held_out"]

    def test_the_default_stripper_loads_it(self) -> None:
        loaded = BlockStripper().model
        assert loaded.weights == _blocks_weights.WEIGHTS
        assert loaded.good == _blocks_weights.THRESHOLDS["good"]

    def test_prose_among_prose_is_content_and_links_among_links_chrome(self) -> None:
        prose = feature_row(
            {"log_chars": 5.5, "log_words": 3.7, "stop_density": 0.4, "sentence_end": 1.0,
             "punct_density": 0.1, "cap_ratio": 0.1, "long": 1.0, "position": 0.5}
        )  # fmt: skip
        links = feature_row(
            {"log_chars": 2.5, "log_words": 1.1, "link_density": 1.0, "marker": 1.0,
             "cap_ratio": 1.0, "very_short": 1.0, "position": 0.5}
        )  # fmt: skip
        shipped = BlockStripper().model
        p_prose = probabilities([prose, prose, prose], shipped)[1]
        p_links = probabilities([links, links, links], shipped)[1]
        assert p_prose > shipped.good
        assert p_links < shipped.bad


class TestFeatureRows:
    def test_a_dict_becomes_a_row_in_feature_order(self) -> None:
        row = feature_row({"stop_density": 0.5, "marker": 1})
        assert len(row) == WIDTH
        assert row[FEATURES.index("stop_density")] == 0.5
        assert row[FEATURES.index("marker")] == 1.0
        assert sum(row) == 1.5

    def test_an_unknown_feature_is_a_clear_error(self) -> None:
        with pytest.raises(KeyError, match="not features"):
            feature_row({"colour": 1.0})

    def test_the_edge_sentinel_is_only_an_edge(self) -> None:
        assert EDGE == feature_row({"edge": 1.0})


class TestFirstPass:
    def test_the_score_follows_the_weights(self) -> None:
        m = model(stop_density=10.0, link_density=-10.0)
        rows = [
            feature_row({"stop_density": 0.5}),
            feature_row({"link_density": 0.5}),
            feature_row({}),
        ]
        p = probabilities(rows, m)
        assert p[0] > 0.99
        assert p[1] < 0.01
        assert p[2] == pytest.approx(0.5)

    def test_neighbours_weigh_in_and_the_edges_are_a_sentinel(self) -> None:
        zero = (0.0,) * WIDTH
        m = Model(
            weights=(feature_row({"edge": -5.0}), zero, feature_row({"stop_density": 8.0})),
            bias=0.0,
            bad=0.3,
            short=0.45,
            good=0.6,
        )
        rows = [feature_row({}), feature_row({"stop_density": 1.0}), feature_row({})]
        p = probabilities(rows, m)
        assert p[0] < 0.01 + 1 / (1 + 2.718281828**-3)  # edge -5, next +8
        assert p[0] == pytest.approx(1 / (1 + 2.718281828 ** (-3.0)))
        assert p[1] == pytest.approx(0.5)
        assert p[2] == pytest.approx(0.5)

    def test_labels_by_threshold(self) -> None:
        m = model()
        assert first_labels([0.1, 0.3, 0.4, 0.5, 0.6, 0.9], m) == [
            "bad",
            "bad",
            "short",
            "near",
            "good",
            "good",
        ]


class TestRevision:
    """jusText's context-sensitive pass, from label sequences."""

    def test_reliable_labels_stay(self) -> None:
        assert revise(["bad", "good", "bad"]) == ["bad", "good", "bad"]

    def test_short_between_goods_is_good(self) -> None:
        assert revise(["good", "short", "short", "good"]) == ["good"] * 4

    def test_short_between_bads_is_bad(self) -> None:
        assert revise(["bad", "short", "bad"]) == ["bad"] * 3

    def test_the_edges_count_as_bad(self) -> None:
        assert revise(["short", "good", "short"]) == ["bad", "good", "bad"]
        assert revise(["near"]) == ["bad"]

    def test_short_between_good_and_bad_needs_a_near_on_the_bad_side(self) -> None:
        assert revise(["bad", "short", "good"]) == ["bad", "bad", "good"]
        assert revise(["bad", "near", "short", "good"]) == ["bad", "good", "good", "good"]

    def test_near_is_bad_only_between_bads(self) -> None:
        assert revise(["bad", "near", "bad"]) == ["bad", "bad", "bad"]
        assert revise(["bad", "near", "good"]) == ["bad", "good", "good"]

    def test_decisions_read_one_snapshot(self) -> None:
        # The second short must not see the first one's new label.
        assert revise(["good", "short", "short", "bad"]) == ["good", "bad", "bad", "bad"]


class TestBodyLists:
    @staticmethod
    def labels_of(text: str, labels: list[str]) -> list[str]:
        found = blocks(page_of(text))
        return keep_lists(found, page_features(found), labels)

    def test_a_list_the_body_introduces_stays(self) -> None:
        text = (
            "Under the agreement, each authority commits to the following measures:\n"
            "* weekly sampling\n* a shared laboratory\n* an annual report\n\nLogin\n"
        )
        got = self.labels_of(text, ["good", "bad", "bad", "short", "bad"])
        assert got == ["good", "good", "good", "good", "bad"]

    def test_a_short_label_or_links_do_not_introduce_a_list(self) -> None:
        labels = ["good", "bad", "bad"]
        assert self.labels_of("Share this article:\n* Facebook\n* Mail\n", labels) == labels
        links = "* [Report](/r)\n* [Data](/d)\n"
        text = "The office published these documents on its website today:\n" + links
        assert self.labels_of(text, labels) == labels


class TestListIntroUnderProse:
    """An uncertain list introduction right under kept prose."""

    PROSE = (
        "   The minister said on Monday that the river had risen by two metres overnight, "
        "that the town's dikes would hold and that the roads to the north would reopen.\n\n"
    )
    ITEMS = "     * the dikes at the harbour\n     * the bridge in the old town\n\n"

    @staticmethod
    def labels_of(text: str, labels: list[str], first: list[str]) -> list[str]:
        found = blocks(page_of(text))
        return keep_lists(found, page_features(found), labels, first)

    def test_an_uncertain_introduction_under_prose_opens_a_list(self) -> None:
        # lynx sets a heading-like introduction out of the text's column
        # (iloveponysmag: "Meine momentan liebsten Spots ...:"), html2text
        # and lynx keep a paragraph introducing links (datev-magazin,
        # nestle-marktplatz).
        intro = "Our favourite spots along the river this summer:\n\n"
        text = self.PROSE + intro + self.ITEMS + "   Home\n\n"
        labels = ["good", "bad", "bad", "bad", "bad"]
        first = ["good", "short", "bad", "bad", "bad"]
        assert self.labels_of(text, labels, first) == ["good", "good", "good", "good", "bad"]
        # Without the context-free label: a sure chrome block stays.
        assert self.labels_of(text, labels, ["good", "bad", "bad", "bad", "bad"]) == labels

    def test_a_teaser_label_or_an_introduction_under_chrome_opens_none(self) -> None:
        labels = ["good", "bad", "bad", "bad", "bad"]
        first = ["good", "short", "bad", "bad", "bad"]
        for intro in ("   Read more:\n\n", "   Related coverage from our money desk:\n\n"):
            text = self.PROSE + intro + self.ITEMS + "   Home\n\n"
            assert self.labels_of(text, labels, first) == labels
        intro = "   Our favourite spots along the river this summer:\n\n"
        text = self.PROSE + intro + self.ITEMS + "   Home\n\n"
        under_chrome = ["bad", "bad", "bad", "bad", "bad"]
        assert self.labels_of(text, under_chrome, first) == under_chrome


class TestHeaderLabel:
    """A kind or metadata label before the body opens its header."""

    PROSE = (
        "   The minister said on Monday that the river had risen by two metres overnight, "
        "that the town's dikes would hold and that the roads to the north would reopen.\n\n"
    )

    def labels_of(self, text: str, revised: list[str], first: list[str] | None) -> list[str]:
        found = blocks(page_of(text))
        return keep_header(found, page_features(found), revised, first)

    def test_a_release_header_stays_whole(self) -> None:
        text = "   The Hon Jane Roe MP\n\n   MEDIA RELEASE\n\n   Date: 3 May 2019\n\n" + self.PROSE
        revised = ["bad", "bad", "bad", "good"]
        assert self.labels_of(text, revised, None) == ["good"] * 4
        # The kind label and the block before it stay however sure the
        # classifier is that they are chrome; the other blocks it is unsure of.
        got = self.labels_of(text, revised, ["bad", "bad", "short", "good"])
        assert got == ["good"] * 4

    def test_a_menu_under_a_label_stays_chrome(self) -> None:
        menu = "".join(f"   + Section {n}\n\n" for n in range(6))
        text = "   Themen\n\n" + menu + "   A headline over the article\n\n" + self.PROSE
        revised = ["bad"] * 8 + ["good"]
        first = ["bad"] * 7 + ["short", "good"]
        # Without the classifier's first labels, the label keeps them all ...
        assert self.labels_of(text, revised, None) == ["good"] * 9
        # ... with them, the sure chrome stays out: the label and the menu.
        assert self.labels_of(text, revised, first) == ["bad"] * 7 + ["good", "good"]

    def test_a_kind_label_in_a_menu_is_an_item(self) -> None:
        menu = "   + News\n\n   + Press releases\n\n   + Events\n\n"
        text = menu + "   A headline over the article\n\n" + self.PROSE
        revised = ["bad", "bad", "bad", "bad", "good"]
        first = ["bad", "bad", "bad", "short", "good"]
        assert self.labels_of(text, revised, first) == ["bad", "bad", "bad", "good", "good"]


class TestOffColumn:
    """Uncertain blocks set off the columns of the page's prose (inscriptis)."""

    PROSE = (
        "        The minister said on Monday that the river had risen by two metres "
        "overnight and that the town's dikes would hold.\n\n"
    )

    def labels_of(self, text: str, first: list[str]) -> list[str]:
        found = blocks(page_of(text))
        return drop_off_column(found, page_features(found), first, revise(first))

    def test_the_columns_are_the_prose_blocks_indents(self) -> None:
        found = blocks(page_of(self.PROSE + "  Menu\n\n" + self.PROSE))
        assert prose_columns(found, page_features(found)) == [8]

    def test_an_uncertain_label_in_its_own_column_is_chrome(self) -> None:
        text = self.PROSE + "                    Share this article:\n\n" + self.PROSE
        assert self.labels_of(text, ["good", "short", "good"]) == ["good", "bad", "good"]
        # In the prose's column (or within 3 columns of it) it stays.
        text = self.PROSE + "          A heading\n\n" + self.PROSE
        assert self.labels_of(text, ["good", "short", "good"]) == ["good", "good", "good"]

    def test_sure_blocks_the_header_and_nested_lists_stay(self) -> None:
        text = self.PROSE + "                    Share this article:\n\n" + self.PROSE
        # A sure block stays wherever it stands.
        assert self.labels_of(text, ["good", "good", "good"]) == ["good", "good", "good"]
        # Before the first sure prose block: the header's place.
        assert self.labels_of(text, ["near", "near", "good"]) == ["good", "good", "good"]
        items = self.PROSE + "            * first measure\n            * second measure\n\n"
        got = self.labels_of(items + self.PROSE, ["good", "near", "short", "good"])
        assert got == ["good", "good", "good", "good"]

    def test_a_page_in_one_column_is_left_alone(self) -> None:
        text = self.PROSE.lstrip() + "Share this article:\n\n" + self.PROSE.lstrip()
        assert self.labels_of(text, ["good", "short", "good"]) == ["good", "good", "good"]


class TestProseRun:
    """The article's last paragraphs, with only chrome after them."""

    PROSE = (
        "   The minister said on Monday that the river had risen by two metres overnight, "
        "that the town's dikes would hold and that the roads to the north would reopen.\n\n"
    )

    def labels_of(self, text: str, first: list[str]) -> list[str]:
        found = blocks(page_of(text))
        features = page_features(found)
        return keep_prose_run(found, features, first, revise(first))

    def test_a_paragraph_under_kept_prose_carries_the_body_on(self) -> None:
        text = self.PROSE * 3 + "   Home\n\n   Contact\n\n"
        first = ["good", "short", "short", "bad", "bad"]
        assert revise(first)[1:3] == ["bad", "bad"]
        assert self.labels_of(text, first) == ["good", "good", "good", "bad", "bad"]

    def test_short_lines_other_columns_and_the_page_end_stay_chrome(self) -> None:
        short = "   Follow us on the networks of your choice.\n\n"
        text = self.PROSE + short + "   Home\n\n"
        assert self.labels_of(text, ["good", "short", "bad"]) == ["good", "bad", "bad"]
        text = self.PROSE + "          " + self.PROSE.lstrip() + "   Home\n\n"
        assert self.labels_of(text, ["good", "short", "bad"]) == ["good", "bad", "bad"]
        # The page's last block is its site's.
        assert self.labels_of(self.PROSE * 2, ["good", "short"]) == ["good", "bad"]
        # Only uncertain blocks: a sure bad one stays.
        text = self.PROSE * 2 + "   Home\n\n"
        assert self.labels_of(text, ["good", "bad", "bad"]) == ["good", "bad", "bad"]

    def test_a_paragraph_closed_by_a_german_quote_carries_the_body_on(self) -> None:
        quote = (
            "   Der Vorsitzende sagte am Montag: „Ich freue mich, dass es uns gelungen ist, "
            "den Vertrag mit dem Sportdirektor um zwei weitere Jahre zu verlängern, und danke "
            "allen, die daran mitgewirkt haben.“\n\n"
        )
        text = self.PROSE * 2 + quote + "   Home\n\n"
        first = ["good", "good", "short", "bad"]
        assert self.labels_of(text, first) == ["good", "good", "good", "bad"]

    def test_the_run_goes_on_over_a_picture_and_its_sections_heading(self) -> None:
        # lynx prints a section's picture with no text alternative as its
        # file's name (lidl, SW1.News, entermedia): the section's heading
        # and paragraph under it carry the body on.
        picture = "   [placeholder.gif]\n\n"
        heading = "   Recycled boxes\n\n"
        text = self.PROSE * 2 + picture + heading + self.PROSE + "   Home\n\n"
        first = ["good", "good", "bad", "short", "near", "bad"]
        assert revise(first)[2:5] == ["bad", "bad", "bad"]
        got = self.labels_of(text, first)
        assert got == ["good", "good", "bad", "good", "good", "bad"]
        # A picture alone between the paragraphs.
        text = self.PROSE * 2 + picture + self.PROSE + "   Home\n\n"
        got = self.labels_of(text, ["good", "good", "bad", "near", "bad"])
        assert got == ["good", "good", "bad", "good", "bad"]

    def test_a_heading_without_a_picture_or_two_headings_stop_the_run(self) -> None:
        # A heading and a paragraph under the article with no picture are
        # as often a site's promotion (a seminar's, a newsletter's).
        heading = "   Recycled boxes\n\n"
        text = self.PROSE * 2 + heading + self.PROSE + "   Home\n\n"
        first = ["good", "good", "short", "short", "bad"]
        assert revise(first)[2:4] == ["bad", "bad"]
        assert self.labels_of(text, first) == ["good", "good", "bad", "bad", "bad"]
        picture = "   [placeholder.gif]\n\n"
        text = self.PROSE * 2 + picture + heading + heading + self.PROSE + "   Home\n\n"
        got = self.labels_of(text, ["good", "good", "bad", "short", "short", "near", "bad"])
        assert got == ["good", "good", "bad", "bad", "bad", "bad", "bad"]
        # A heading ending like a sentence is a paragraph: no heading.
        text = self.PROSE * 2 + picture + "   Short one.\n\n" + self.PROSE + "   Home\n\n"
        got = self.labels_of(text, ["good", "good", "bad", "short", "near", "bad"])
        assert got == ["good", "good", "bad", "bad", "bad", "bad"]

    def test_the_page_end_carries_on_where_a_stripper_cut_it(self) -> None:
        found = blocks(page_of(self.PROSE * 2))
        first = ["good", "short"]
        features = page_features(found)
        labels = keep_prose_run(found, features, first, revise(first), cut=True)
        assert labels == ["good", "good"]

    def test_a_page_whose_end_the_footer_took_is_cut(self) -> None:
        from pressparse.strippers import FooterStripper
        from pressparse.strippers._blocks import _cut_end

        text = self.PROSE * 2 + "   Copyright 2024 The Office. All rights reserved.\n"
        page = page_of(text)
        assert not _cut_end(page, blocks(page))
        stripped = FooterStripper().strip(page)
        assert stripped.removed
        assert _cut_end(stripped, blocks(stripped))


class TestLead:
    """An article's lead under its date line, chrome around it."""

    PROSE = TestProseRun.PROSE
    DATE = "   19.10.2019 11:36\n\n"
    HEADLINE = "   Young drivers wreck two sports cars in one night\n\n"
    SHARE = "   share\n\n   tweet\n\n"

    def test_the_lead_under_a_date_line_is_content(self) -> None:
        text = self.DATE + self.PROSE + self.SHARE + self.PROSE
        found = blocks(page_of(text))
        features = page_features(found)
        first = ["good", "short", "bad", "bad", "good"]
        revised = ["good", "bad", "bad", "bad", "good"]
        assert keep_lead(found, features, first, revised) == ["good", "good", "bad", "bad", "good"]
        # A block the classifier was sure is chrome stays chrome.
        sure = ["good", "bad", "bad", "bad", "good"]
        assert keep_lead(found, features, sure, revised) == revised

    def test_one_short_block_may_stand_between(self) -> None:
        text = self.DATE + self.HEADLINE + self.PROSE + self.SHARE + self.PROSE
        found = blocks(page_of(text))
        first = ["good", "short", "short", "bad", "bad", "good"]
        revised = ["good", "bad", "bad", "bad", "bad", "good"]
        labels = keep_lead(found, page_features(found), first, revised)
        assert labels == ["good", "bad", "good", "bad", "bad", "good"]

    def test_no_date_line_or_under_the_body_no_lead(self) -> None:
        text = self.HEADLINE + self.PROSE + self.SHARE + self.PROSE
        found = blocks(page_of(text))
        first = ["short", "short", "bad", "bad", "good"]
        revised = ["bad", "bad", "bad", "bad", "good"]
        assert keep_lead(found, page_features(found), first, revised) == revised
        # Under the body's first kept paragraph, a date line heads a comment.
        text = self.PROSE + self.DATE + self.PROSE
        found = blocks(page_of(text))
        first = ["good", "good", "short"]
        revised = ["good", "good", "bad"]
        assert keep_lead(found, page_features(found), first, revised) == revised


class TestForms:
    """A form's controls as a text browser prints them, under the body."""

    PROSE = TestProseRun.PROSE

    def labels_of(self, text: str, first: list[str]) -> list[str]:
        found = blocks(page_of(text))
        return drop_forms(found, page_features(found), first, ["good"] * len(found))

    @pytest.mark.parametrize(
        "control",
        [
            "   ____________________ (BUTTON) Sign Up",
            "   [ ] Save my name, email, and website in this browser for the next time I comment.",
            "   Name ______________________________",
            "   By choosing I Accept, you consent to our use of cookies. (BUTTON)",
        ],
    )
    def test_a_control_under_the_body_is_chrome(self, control: str) -> None:
        text = self.PROSE + control + "\n\n" + self.PROSE
        assert self.labels_of(text, ["good", "good", "good"]) == ["good", "bad", "good"]

    def test_the_header_long_blocks_and_brackets_stay(self) -> None:
        # Above the body's first sure prose block: the header's place.
        text = "   Instanz: [ ] Teilen\n\n" + self.PROSE
        assert self.labels_of(text, ["short", "good"]) == ["good", "good"]
        # A long block is read by its words (a scanned page's rule).
        long = "   " + "The committee heard the evidence. " * 10 + "______\n\n"
        assert self.labels_of(self.PROSE + long, ["good", "good"]) == ["good", "good"]
        # A citation's brackets are no check box.
        cited = "   The report [1] and the bill [X1] were tabled on Monday.\n\n"
        assert self.labels_of(self.PROSE + cited, ["good", "good"]) == ["good", "good"]


class TestImageNames:
    """A picture without a text alternative, as lynx prints it: its file's name."""

    def labels_of(self, text: str) -> list[str]:
        found = blocks(page_of(text))
        return drop_image_names(found, ["good"] * len(found))

    def test_file_names_alone_go(self) -> None:
        prose = TestProseRun.PROSE
        for name in (
            "[p0792688.jpg]",
            "[gift-guide-home.jpeg?quality=82&amp;strip=all&amp;w=1600]",
            "[Audible_Article_320x600_Sci.jpg] [Audible_Mobile_250x200_2x_Sci.jpg]",
            "[gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==]",
        ):
            assert self.labels_of(prose + f"   {name}\n\n" + prose) == ["good", "bad", "good"]

    def test_notes_and_names_before_words_stay(self) -> None:
        for text in (
            "[1] Alarm fatigue: impacts on patient safety.",
            "[dellg315.jpg] Use the code at checkout.",
            "[Photo of the town hall]",
        ):
            assert self.labels_of(f"   {text}\n") == ["good"]


class TestTwins:
    """A picture's text alternative over its caption: the same text twice."""

    CAPTION = "   An artist's concept of Blue Origin's Blue Moon lander.\n\n"

    def labels_of(self, text: str) -> list[str]:
        found = blocks(page_of(text))
        return drop_twins(found, ["good"] * len(found))

    def test_neighbouring_twins_go(self) -> None:
        prose = TestProseRun.PROSE
        assert self.labels_of(prose + self.CAPTION * 2 + prose) == ["good", "bad", "bad", "good"]

    def test_twins_apart_or_short_stay(self) -> None:
        prose = TestProseRun.PROSE
        # The same text apart (a plan's repeated rows) is the text's.
        assert self.labels_of(self.CAPTION + prose + self.CAPTION) == ["good"] * 3
        # Short labels a list repeats.
        assert self.labels_of("   Share\n\n   Share\n\n" + prose) == ["good"] * 3


class TestContents:
    """A table of contents: list items naming the page's headings below."""

    PROSE = "   The opening paragraph of an article that reads as prose by its words.\n\n"
    SECTIONS = (
        "   What it is\n\n"
        + PROSE
        + "   Why it matters\n\n"
        + PROSE
        + "   How to start\n\n"
        + PROSE
    )

    def labels_of(self, text: str) -> list[str]:
        found = blocks(page_of(text))
        return drop_contents(found, ["good"] * len(found))

    def test_contents_and_their_label_go(self) -> None:
        contents = "   Contents\n\n   * What it is\n   * Why it matters\n   * How to start\n\n"
        labels = self.labels_of(self.PROSE + contents + self.SECTIONS)
        assert labels == ["good"] + ["bad"] * 4 + ["good"] * 6

    def test_nested_items_under_their_parent_count(self) -> None:
        # inscriptis prints nested items under their parent's line: one
        # block, each line naming a heading.
        contents = "   * What it is\n       + Why it matters\n       + How to start\n\n"
        labels = self.labels_of(self.PROSE + contents + self.SECTIONS)
        assert labels == ["good", "bad"] + ["good"] * 6

    def test_lists_naming_nothing_below_or_too_little_stay(self) -> None:
        # A list whose items recur nowhere below is the body's.
        items = "   * Apples\n   * Pears\n   * Plums\n\n"
        assert self.labels_of(self.PROSE + items + self.SECTIONS) == ["good"] * 10
        # Two entries are no table of contents.
        two = "   * What it is\n   * Why it matters\n\n"
        assert self.labels_of(self.PROSE + two + self.SECTIONS) == ["good"] * 9
        # Items below the headings they name (a summary after them) stay.
        after = "   * What it is\n   * Why it matters\n   * How to start\n\n"
        assert self.labels_of(self.SECTIONS + after) == ["good"] * 9


class TestCallsToAction:
    """A shop's or a sign-up's button printed as plain words."""

    @staticmethod
    def labels_of(*texts: str) -> list[str]:
        page = page_of("\n\n".join(texts) + "\n")
        return drop_calls_to_action(blocks(page), ["good"] * len(texts))

    @pytest.mark.parametrize(
        "button",
        ["Ausgabe kaufen", "Buch bestellen", "HIER KOSTENLOS ANMELDEN »", "Subscribe now"],
    )
    def test_a_button_goes(self, button: str) -> None:
        assert self.labels_of(TestProseRun.PROSE.strip(), button) == ["good", "bad"]

    def test_a_sentence_with_the_verb_stays(self) -> None:
        for text in (
            "Die Stadt will neue Busse bestellen.",
            "Wer am Lauf teilnehmen will, muss sich bis Freitag anmelden",
            "Subscribers now get the paper a day early.",
        ):
            assert self.labels_of(text) == ["good"]


class TestAffiliateNotes:
    """A site's disclosure of the commission it earns on its links."""

    @staticmethod
    def labels_of(*texts: str) -> list[str]:
        page = page_of("\n\n".join(texts) + "\n")
        return drop_affiliate_notes(blocks(page), ["good"] * len(texts))

    @pytest.mark.parametrize(
        "note",
        [
            "Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler.",
            "We may receive compensation when you click on links to those products.",
            "Wir verwenden in unseren Artikeln grundsätzlich Partnerlinks.",
        ],
    )
    def test_a_disclosure_goes(self, note: str) -> None:
        assert self.labels_of(TestProseRun.PROSE.strip(), note) == ["good", "bad"]

    def test_a_commission_or_a_link_in_the_story_stays(self) -> None:
        for text in (
            "There is no evidence linking the third case to the earlier two, the health "
            "commission said.",
            "Labor needs to explore the link between prevention and provision of activities.",
        ):
            assert self.labels_of(text) == ["good"]


class TestLinkRows:
    """A row of links between bars, as text converters print it."""

    @staticmethod
    def labels_of(*texts: str) -> list[str]:
        page = page_of("\n\n".join(texts) + "\n")
        return drop_link_rows(blocks(page), ["good"] * len(texts))

    def test_a_row_of_short_links_goes(self) -> None:
        prose = TestProseRun.PROSE.strip()
        for row in (
            "Kommentarfeed | Kommentare geschlossen | Trackback-URL",
            "Aktuell | 30 Tage | 3 Monate | 6 Monate | 12 Monate",
            "Natalie Naccache | Bloomberg | Getty Images",
        ):
            assert self.labels_of(prose, row) == ["good", "bad"]

    def test_two_items_or_long_ones_stay(self) -> None:
        assert self.labels_of("Berlin | Hamburg") == ["good"]
        row = "The first quarter grew | the second fell back a little | the third held"
        assert self.labels_of(row) == ["good"]


class TestComments:
    """A blog's comment thread under the article."""

    PROSE = TestProseRun.PROSE
    THREAD = (
        "   1. Gabi sagt:\n\n   17. Februar 2020 um 12:47 Uhr\n\n"
        "   A reader's long comment on the article, which reads as prose by its words alone.\n\n"
        "   2. Ines sagt:\n\n"
        "   Another reader's comment, as long and as well written as the first.\n\n"
    )

    def labels_of(self, text: str, first: list[str]) -> list[str]:
        found = blocks(page_of(text))
        return drop_comments(found, page_features(found), first, ["good"] * len(found))

    def test_a_thread_goes_from_its_first_head_on(self) -> None:
        got = self.labels_of(self.PROSE * 2 + self.THREAD, ["good"] * 7)
        assert got == ["good", "good"] + ["comments"] * 5

    def test_dated_heads_need_no_list(self) -> None:
        thread = (
            "   Jane Roe on September 12, 2018 at 4:47 pm said:\n\n   I agree.\n\n"
            "   John Doe on September 13, 2018 at 5:23 pm said:\n\n   So do I.\n\n"
        )
        got = self.labels_of(self.PROSE + thread, ["good"] * 5)
        assert got == ["good"] + ["comments"] * 4

    def test_a_thread_heading_opens_it_alone(self) -> None:
        thread = "   11 Antworten zu “Sunday Thoughts”\n\n   " + self.PROSE.lstrip()
        got = self.labels_of(self.PROSE * 2 + thread, ["good"] * 4)
        assert got == ["good", "good", "comments", "comments"]
        english = "   6 thoughts on “How to adopt a leader”\n\n   " + self.PROSE.lstrip()
        assert self.labels_of(self.PROSE + english, ["good"] * 3)[1:] == ["comments"] * 2
        # A sentence naming replies is no heading.
        prose = "   Some 40 responses to the survey came from farmers.\n\n"
        assert self.labels_of(self.PROSE + prose, ["good"] * 2) == ["good"] * 2

    def test_a_comment_form_s_heading_with_its_cancel_link_opens_it(self) -> None:
        for heading in (
            "Schreibe einen Kommentar Antworten abbrechen",
            "Leave a Reply Cancel reply",
        ):
            form = f"   {heading}\n\n   " + self.PROSE.lstrip()
            got = self.labels_of(self.PROSE * 2 + form, ["good"] * 4)
            assert got == ["good", "good", "comments", "comments"]
        # The heading alone is also a button's label by a byline: left to
        # the label rule (mark_related), the text under it stays.
        alone = "   Write a comment\n\n" + self.PROSE
        assert self.labels_of(self.PROSE + alone, ["good"] * 3) == ["good"] * 3

        quotes = (
            "   Environment Secretary Jane Roe said:\n\n" + self.PROSE + "   John Doe said:\n\n"
        )
        text = self.PROSE + quotes + self.PROSE
        assert self.labels_of(text, ["good"] * 5) == ["good"] * 5

    def test_one_head_or_heads_in_the_header_are_no_thread(self) -> None:
        one = "   1. Gabi sagt:\n\n   I agree.\n\n"
        assert self.labels_of(self.PROSE + one, ["good"] * 3) == ["good"] * 3
        # Above the body's first sure prose block: the header's place.
        text = self.THREAD + self.PROSE
        first = ["short"] * 5 + ["good"]
        assert self.labels_of(text, first) == ["good"] * 6

    def test_the_stripper_records_the_thread(self) -> None:
        menu = "".join(f"   * Section {n}\n" for n in range(12)) + "\n"
        # (three paragraphs, not one printed thrice: twins go, drop_twins)
        days = ("Monday", "Tuesday", "Friday")
        prose = "".join(self.PROSE.replace("Monday", day) for day in days)
        page = page_of(menu + prose + self.THREAD)
        stripped = BlockStripper().strip(page)
        kept = " ".join(line.text for line in stripped.lines)
        assert "Gabi" not in kept
        assert "roads to the north" in kept
        # The thread's kept blocks are recorded as comments (those the
        # classifier dropped on its own, as chrome).
        comments = [line for b in stripped.removed if b.kind == "comments" for line in b.lines]
        assert "   1. Gabi sagt:" in comments
        assert any("long comment" in line for line in comments)


class TestCookieNotices:
    """A site's cookie banner, printed as a paragraph."""

    def labels_of(self, *texts: str) -> list[str]:
        found = blocks(page_of("\n\n".join(texts) + "\n"))
        return drop_cookie_notices(found, ["good"] * len(found))

    @pytest.mark.parametrize(
        "notice",
        [
            "This website uses cookies to improve your experience while you navigate.",
            "By choosing I Accept, you consent to our use of cookies and other technologies.",
            "Die Internetseite verwendet teilweise Cookies, damit wir unsere Seite anbieten.",
            "Das Session-Cookie wird im Falle Ihres Logins auf unserer Homepage gesetzt.",
        ],
    )
    def test_a_notice_goes(self, notice: str) -> None:
        assert self.labels_of(TestProseRun.PROSE.strip(), notice) == ["good", "bad"]

    def test_a_text_naming_a_cookie_stays(self) -> None:
        text = "Taste receptors recognise the rich sweetness of a chocolate chip cookie."
        assert self.labels_of(text) == ["good"]
        # Nor is a text about a site a notice without cookies.
        assert self.labels_of("The new website of the ministry opens on Monday.") == ["good"]

    def test_a_long_block_is_left_to_its_words(self) -> None:
        long = "This website explains how cookies are baked. " + "It is long. " * 60
        assert self.labels_of(long) == ["good"]


class TestNewsletterPrompts:
    """A newsletter's sign-up box among the article's paragraphs."""

    def labels_of(self, *texts: str) -> list[str]:
        found = blocks(page_of("\n\n".join(texts) + "\n"))
        return drop_newsletter_prompts(found, ["good"] * len(found))

    @pytest.mark.parametrize(
        "prompt",
        [
            "Pick Six Newsletter",
            "Sign up for our daily newsletter",
            "Jetzt Newsletter abonnieren",
            'I agree that CBS Sports can send me the "Pick Six Newsletter" newsletter.',
            # A mail box named instead (quantamagazine.org, tonedeaf.thebrag.com).
            "Get Quanta Magazine delivered to your inbox",
            "Receive the latest local updates in your inbox",
        ],
    )
    def test_a_prompt_goes(self, prompt: str) -> None:
        assert self.labels_of(TestProseRun.PROSE.strip(), prompt) == ["good", "bad"]

    def test_a_paragraph_telling_of_a_newsletter_stays(self) -> None:
        prose = (
            "Das Abbestellen von Newslettern und Katalogen verlief in den meisten Fällen "
            "reibungslos, bei manchen Anbietern brauchte es zwei Anläufe."
        )
        assert self.labels_of(prose) == ["good"]
        # An inbox that is no mail box's prompt's ("inboxes", a story's).
        assert self.labels_of("The inboxes of the office filled up overnight.") == ["good"]


class TestCredits:
    """Captions and picture credits between the body's paragraphs."""

    @staticmethod
    def labels_of(*texts: str) -> list[str]:
        page = page_of("\n\n".join(texts) + "\n")
        return drop_credits(blocks(page), ["good"] * len(texts))

    def test_a_credit_line_goes(self) -> None:
        assert self.labels_of("Foto: Jane Roe", "A paragraph of the body.") == ["bad", "good"]

    def test_a_caption_ending_with_a_credit_goes(self) -> None:
        caption = "The river over its banks at dawn (Image: Jane Roe / Agency)"
        assert self.labels_of(caption) == ["bad"]
        assert self.labels_of("The river at dawn. © Jane Roe") == ["bad"]

    def test_a_long_paragraph_naming_a_credit_stays(self) -> None:
        prose = "The agency said the photographs were taken at dawn, " * 3 + "Foto: Jane Roe"
        assert self.labels_of(prose) == ["good"]

    def test_a_figure_caption_goes(self) -> None:
        caption = (
            "Abbildung 4: Die grösste Lawine dieser Berichtsperiode wurde am Gürgaletsch "
            "ausgelöst. Die Schneebrettlawine wurde bei der Abfahrt von einer Person ausgelöst."
        )
        assert self.labels_of(caption, "A paragraph of the body.") == ["bad", "good"]
        # After the placeholder a text browser prints for the picture.
        assert self.labels_of("[map.png] Abbildung: Schneehöhen im Mattertal") == ["bad"]

    def test_a_paragraph_naming_a_figure_stays(self) -> None:
        prose = "Wie Abbildung 4 zeigt, ist die Schneehöhe stark unterdurchschnittlich."
        assert self.labels_of(prose) == ["good"]
        long = "Abbildung 4: " + "Die Schneehöhe ist stark unterdurchschnittlich. " * 14
        assert self.labels_of(long) == ["good"]

    def test_a_mis_decoded_letter_is_no_copyright_sign(self) -> None:
        # "é" read as Latin-1 prints "Ã©".
        assert self.labels_of("They adopted the CommuniquÃ©.") == ["good"]

    def test_bad_labels_stay_bad(self) -> None:
        page = page_of("Menu\n\nFoto: Jane Roe\n")
        assert drop_credits(blocks(page), ["bad", "bad"]) == ["bad", "bad"]


class TestRelated:
    """Teaser headings with their teasers, advertisements' labels, back links."""

    PROSE = (
        "The river rose over its banks in three places overnight, the regional office "
        "said on Monday, and the roads along it stay closed until Wednesday."
    )

    @staticmethod
    def labels_of(*texts: str, linked: bool = False) -> list[str]:
        page = page_of("\n\n".join(texts) + "\n")
        return mark_related(blocks(page), ["good"] * len(texts), linked)

    def test_an_ad_label_and_a_back_link_are_chrome(self) -> None:
        assert self.labels_of(self.PROSE, "Advertisement:", self.PROSE) == ["good", "bad", "good"]
        assert self.labels_of(self.PROSE, "Zurück zur Übersicht ›") == ["good", "bad"]

    def test_a_share_button_is_chrome(self) -> None:
        for label in ("Share this article:", "Share on Pinterest", "Artikel teilen", "Teilen:"):
            assert mark_related(blocks(page_of(label + "\n")), ["good"], False) == ["bad"]
        # A question, a sentence or a cry is the text's.
        for text in ("Share this information, please?", "Sharing is caring!", "Share it."):
            assert mark_related(blocks(page_of(text + "\n")), ["good"], False) == ["good"]

    def test_a_comment_form_s_heading_is_chrome(self) -> None:
        for label in (
            "Write a comment",
            "Leave a Reply Cancel reply",
            "Schreibe einen Kommentar Antworten abbrechen",
            "Laisser un commentaire",
        ):
            assert mark_related(blocks(page_of(label + "\n")), ["good"], False) == ["bad"]
        # A sentence is the text's.
        text = "Leave a comment below and tell us what you think."
        assert mark_related(blocks(page_of(text + "\n")), ["good"], False) == ["good"]

        text = "The advertisement ran for a week in every paper of the region."
        assert self.labels_of(self.PROSE, text) == ["good", "good"]

    def test_a_teaser_heading_takes_its_teasers(self) -> None:
        labels = self.labels_of(
            self.PROSE,
            "Das könnte Sie auch interessieren:",
            "19.01.2021",
            "Die Biathleten sind in Antholz eingetroffen",
            "Zwei Tage vor dem ersten Rennen zieht in der Arena Leben ein.",
            "Johannes Bø sorgt für den passenden Abschluss",
        )
        assert labels == ["good"] + ["related"] * 5

    def test_a_further_information_heading_takes_its_pointers(self) -> None:
        # dvgw.de, mpimet.de: "Weitere Informationen" over a list of links
        # closing the article; German blogs' related posts likewise.
        for heading in (
            "Weitere Informationen",
            "Weitere Informationen:",
            # A blog's related posts (gnadlib.wordpress.com, blinker.de,
            # colours-of-the-soul.alhelm.net, peptalks.de).
            "Ähnliche Beiträge",
            "Verwandte Artikel:",
            "Auch interessant",
        ):
            labels = self.labels_of(
                self.PROSE,
                heading,
                "* Entdecken Sie viele Fakten in unseren interaktiven Grafiken",
                "* Gehen Sie auf einen virtuellen Rundgang durch unser Haus",
            )
            assert labels == ["good"] + ["related"] * 3

    def test_a_teaser_box_inside_the_body_ends_at_its_prose(self) -> None:
        # The body's next heading, right over its prose, is not a teaser.
        labels = self.labels_of(
            self.PROSE,
            "Lesen Sie auch",
            "Die Zaubernuss im Winter",
            "Wann blüht die Zaubernuss",
            self.PROSE,
        )
        assert labels == ["good", "related", "related", "good", "good"]

    def test_markdown_teasers_are_links(self) -> None:
        labels = self.labels_of(
            self.PROSE,
            "## Mehr zum Thema",
            "[Grundeinkommen im Test](/a)",
            "[Geld vom Staat für alle?](/b)",
            "Die Blüten der Zaubernuss",
            self.PROSE,
            linked=True,
        )
        assert labels == ["good", "related", "related", "related", "good", "good"]

    def test_an_inline_teaser_goes_alone(self) -> None:
        labels = self.labels_of(
            self.PROSE, "Le puede interesar: JEP abrirá tres nuevos macrocasos", self.PROSE
        )
        assert labels == ["good", "related", "good"]
        sentence = "Lesen Sie auch: der Bericht des Amtes nennt drei Orte."
        assert self.labels_of(self.PROSE, sentence) == ["good", "good"]

    def test_bad_labels_stay_bad(self) -> None:
        assert self.labels_of("Mehr zum Thema", "[x](/x)", linked=True) == ["related", "related"]
        page = page_of("Mehr zum Thema\n\nAnzeige\n")
        assert mark_related(blocks(page), ["bad", "bad"], False) == ["bad", "bad"]

    def test_the_stripper_records_related_sections(self) -> None:
        links = "".join(f"[Our section number {n}](/s{n})\n\n" for n in range(4))
        prose = BODY.removeprefix("# The river rises over its banks\n\n").replace("river", "lake")
        page = page_of(links + BODY + "Lesen Sie auch: Der Fluss im Winter\n\n" + prose)
        stripped = BlockStripper().strip(page)
        kept = " ".join(line.text for line in stripped.lines)
        assert "highest water" in kept
        assert "the lake had risen" in kept
        assert "Fluss im Winter" not in kept
        related = [b for b in stripped.removed if b.kind == "related"]
        assert [b.stripper for b in related] == ["blocks"]
        assert related[0].lines == ("Lesen Sie auch: Der Fluss im Winter",)


class TestText:
    def test_markdown_links_read_as_their_text(self) -> None:
        assert visible_text('[Home](/) and [ News ](/n "t") ![logo](a.png) text') == (
            "Home and News text",
            8,
        )

    def test_a_dangling_link_end_is_dropped(self) -> None:
        assert visible_text("](https://example.org/login?next=/news)") == ("", 0)

    def test_plain_text_is_collapsed(self) -> None:
        assert visible_text("  two   words ") == ("two words", 0)

    def test_the_language_is_the_one_whose_stop_words_abound(self) -> None:
        assert page_language([["der", "die", "und", "nicht"], ["the"]]) == "de"
        assert page_language([["zzz"]]) == "en"

    def test_every_corpus_language_has_stop_words(self) -> None:
        for lang in ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "tr"):
            words = STOPWORDS[lang]
            assert len(words) >= 200
            assert all(word == word.lower() and word.isalpha() for word in words)


def page_of(text: str) -> Page:
    return Parser(strippers=()).read(text, format="text")


class TestBlocks:
    def test_wrapped_lines_join_and_items_stand_alone(self) -> None:
        text = (
            "* [Home](/)\n* [News](/news)\n\n"
            + "A paragraph wrapped at the page's width by the converter, which\n"
            + "goes on here and ends.\n\nShort line\n"
        )
        found = blocks(page_of(text))
        assert [b.text for b in found] == [
            "Home",
            "News",
            "A paragraph wrapped at the page's width by the converter, which goes on "
            "here and ends.",
            "Short line",
        ]
        assert [b.link_chars for b in found] == [4, 4, 0, 0]

    def test_a_wrapped_paragraph_s_closing_line_carries_it_on(self) -> None:
        wide = "   The minister said that the river had risen over the banks of the town and"
        text = (
            f"{wide}\n   then fell.\n\n"  # closes the paragraph
            f"{wide}\n   Related Tags\n\n"  # ends no sentence: glued on
            f"{wide}\n   the headphones, which ar...\n\n"  # a teaser's cut
            f"{wide}\n     * then fell.\n\n"  # a list item
            "   Short line\n   then fell.\n"  # under a line that is not wrapped
        )
        lines = [line for line in page_of(text).lines if line.text or line.marker]
        carried = [
            line.text for line, flag in zip(lines, continues_paragraph(lines), strict=True) if flag
        ]
        assert carried == ["then fell."]

    def test_a_short_line_glued_under_a_wrapped_paragraph_stands_alone(self) -> None:
        wide = "   The minister said that the river had risen over the banks of the town and"
        text = (
            f"{wide}\n   the dams upstream were being watched day and night by the office.\n"
            "   Related Tags\n\n"  # glued under the paragraph's last sentence
            f"{wide} the\n   dams were watched.\n\n"  # the paragraph's own closing words
            "   A single line that ends its sentence here and fills the wrap width too.\n"
            "   Short line\n"  # under a paragraph of one line: left to join
        )
        found = [b.text for b in blocks(page_of(text))]
        assert found[:2] == [
            "The minister said that the river had risen over the banks of the town and the "
            "dams upstream were being watched day and night by the office.",
            "Related Tags",
        ]
        assert found[2].endswith("dams were watched.")
        assert found[3].endswith("too. Short line")

    def test_lynx_nested_marks_alone_open_their_items(self) -> None:
        # lynx prints a nested list's mark alone on its line where the item
        # holds a block (a link's div), the item's text on the next, deeper
        # line: each nested item is a block, not a line of the item above.
        text = (
            "     * Trending Latest Sections\n"
            "          +\n            Tech\n"
            "          +\n            Health\n"
            "          +\n"
            "              o Feedback\n"  # a deeper list's item under the mark
            "              o Help\n\n"
            "     * Una lista cuyo texto es largo y se parte en dos lineas de texto\n"
            "       o la segunda.\n"  # a wrapped item's next line: a word, no mark
        )
        found = [b.text for b in blocks(page_of(text))]
        assert found == [
            "Trending Latest Sections",
            "+ Tech",
            "+ Health",
            "+",
            "o Feedback",
            "o Help",
            "Una lista cuyo texto es largo y se parte en dos lineas de texto o la segunda.",
        ]

    def test_lines_read_from_markup_carry_nothing_on(self) -> None:
        lines = [
            Line(0, "x" * 100, "x" * 100, tag="p"),
            Line(1, "then fell.", "then fell.", tag="p"),
        ]
        assert continues_paragraph(lines) == [False, False]

    def test_features_are_computed_once_per_block(self) -> None:
        found = blocks(page_of("* [Home](/)\n\nThe minister said that the river is in flood.\n"))
        rows = page_features(found)
        assert len(rows) == 2
        home, prose = (dict(zip(FEATURES, row, strict=True)) for row in rows)
        assert home["link_density"] == 1.0
        assert home["marker"] == 1.0
        assert prose["stop_density"] > 0.3
        assert prose["sentence_end"] == 1.0
        assert block_features(found)[0] == rows[0][: len(OWN_FEATURES)]

    def test_context_places_a_block_against_the_page_prose(self) -> None:
        prose = "The minister said that the river is in flood and that the dams will hold for now."
        text = "* [Home](/)\n\n" + prose + "\n\n" + prose.replace("river", "ocean") + "\n\nTags\n"
        rows = [
            dict(zip(FEATURES, row, strict=True)) for row in page_features(blocks(page_of(text)))
        ]
        got = [value for r in rows for value in (r["prose_before"], r["prose_after"])]
        # (A block's own prose counts on both sides.)
        assert got == pytest.approx([0.0, 1.0, 0.5, 1.0, 1.0, 0.5, 1.0, 0.0])
        # The menu item's neighbours: two prose blocks and "Tags" (short).
        assert rows[0]["near_links"] == 0.0
        assert rows[0]["near_short"] == pytest.approx(1 / 3)
        assert rows[3]["near_links"] == pytest.approx(1 / 3)


MENU = "".join(f"* [Section {n}](/s{n})\n" for n in range(14))
BODY = (
    "# The river rises over its banks\n\n"
    "The regional office said on Monday that the river had risen over its banks in\n"
    "three places, and that the dams upstream were being watched day and night.\n\n"
    "It is the highest water since the records began, and the office asked the\n"
    "people who live near the river to follow the advice of the local authorities.\n\n"
)
FOOTER = "".join(f"[Link {n}](/l{n}) | [Other {n}](/o{n})\n\n" for n in range(8))


class TestStripper:
    def test_chrome_of_a_whole_page_goes_and_stays_inspectable(self) -> None:
        page = page_of(MENU + "\n" + BODY + FOOTER)
        stripped = BlockStripper().strip(page)
        kept = " ".join(line.text for line in stripped.lines)
        assert "highest water" in kept
        assert "Section 3" not in kept
        assert "Other 5" not in kept
        records = [b for b in stripped.removed if b.stripper == "blocks"]
        assert records
        assert {b.kind for b in records} == {"chrome"}
        # Nothing is lost: every line is kept or recorded.
        removed = sum(len(b.lines) for b in stripped.removed)
        assert removed + len(stripped.lines) == len(page.lines)

    def test_the_header_of_the_body_stays(self) -> None:
        stripped = BlockStripper().strip(page_of(MENU + "\n" + BODY + FOOTER))
        first = next(line for line in stripped.lines if line.text)
        assert first.raw == "# The river rises over its banks"  # (text: the heading read)

    def test_a_document_printed_alone_is_left_as_it_is(self) -> None:
        page = page_of(BODY)
        assert BlockStripper().strip(page) is page

    def test_markdown_chrome_goes_however_few_its_blocks(self) -> None:
        links = "".join(f"[Our section number {n}](/s{n})\n\n" for n in range(4))
        page = page_of(links + BODY + BODY.replace("river", "lake"))
        assert page.format == "markdown"
        stripped = BlockStripper().strip(page)
        kept = " ".join(line.text for line in stripped.lines)
        assert "Our section number 2" not in kept
        assert "highest water" in kept

    def test_plain_text_with_a_list_and_sure_chrome_is_a_site_page(self) -> None:
        # A text browser's dump: a list, a few chrome lines, the article.
        chrome = "".join(f"Login {n} | Search {n} | Shop\n\n" for n in range(12))
        items = "".join(f"   * Section {n}\n" for n in range(SITE_ITEMS))
        prose = BODY.replace("# ", "")
        page = page_of(items + "\n" + prose + prose.replace("river", "lake") + chrome)
        assert page.format == "text"
        stripped = BlockStripper().strip(page)
        kept = " ".join(line.text for line in stripped.lines)
        assert "Search 3" not in kept
        assert "highest water" in kept
        # The same page without its list reads as a document printed alone.
        alone = page_of(prose + prose.replace("river", "lake") + chrome)
        assert BlockStripper().strip(alone) is alone

    def test_html_pages_are_left_to_their_markup(self) -> None:
        page = Page(lines=[Line(0, "Home", "Home", tag="li", zone="nav")], format="html")
        assert BlockStripper().strip(page) is page

    def test_an_empty_page(self) -> None:
        page = page_of("")
        assert BlockStripper().strip(page) is page

    def test_it_runs_in_the_default_chain_after_menus_and_footer(self) -> None:
        from pressparse._pipeline import DEFAULT_STRIPPERS

        assert DEFAULT_STRIPPERS.index("blocks") > DEFAULT_STRIPPERS.index("footer")
        # Unmarked link lines: neither a bulleted menu nor a flat one.
        links = "".join(f"[Our section number {n}](/s{n})\n\n" for n in range(14))
        release = pressparse.parse(links + BODY + links)
        assert any(b.stripper == "blocks" for b in release.boilerplate)
        assert release.paragraphs[-1].startswith("It is the highest water")

    def test_plain_text_printing_a_site_navigation_line_by_line(self) -> None:
        """
        A converter that prints a site's navigation one link a line, with
        no bullets (html-text, resiliparse), leaves no menu for the menu
        stripper: the page is still a whole site's page, and its chrome
        goes; a letter with fewer short lines is left as it is.
        """
        from pressparse.strippers._blocks import MIN_ITEM_LINES

        nav = "".join(f"Section {n}\n" for n in range(MIN_ITEM_LINES)) + "\n"
        text = BODY.replace("# ", "")
        page = Parser(strippers=()).read(nav + text + nav, format="text")
        assert page.format == "text"
        stripped = BlockStripper().strip(page)
        kept = " ".join(line.text for line in stripped.lines)
        assert "highest water" in kept
        assert "Section 7" not in kept
        short = "".join(f"Section {n}\n" for n in range(MIN_ITEM_LINES // 2 - 1)) + "\n"
        letter = Parser(strippers=()).read(short + text + short, format="text")
        assert BlockStripper().strip(letter) is letter

    def test_plain_text_with_a_site_menu_loses_few_chrome_blocks(self) -> None:
        """
        Plain text whose menus (taken by the menu stripper) span
        `SITE_MENU_LINES` lines is a site's page: its chrome goes from
        `MIN_SITE_CHROME_BLOCKS` blocks on, fewer than `MIN_CHROME_BLOCKS`
        and under a quarter of its blocks. A document whose one bulleted
        line the menu stripper read as a menu keeps the same blocks.
        """
        from pressparse.strippers import MenuStripper
        from pressparse.strippers._blocks import (
            MIN_CHROME_BLOCKS,
            MIN_SITE_CHROME_BLOCKS,
            SITE_MENU_LINES,
        )

        chrome = "".join(
            f"Login {n} | Search {n} | Shop\n\n" for n in range(MIN_SITE_CHROME_BLOCKS + 1)
        )
        prose = BODY.replace("# ", "")
        body = "".join(prose.replace("river", name) for name in ("river", "lake", "canal", "bay"))
        menu = "".join(f"   * Section {n}\n" for n in range(SITE_MENU_LINES)) + "\n"
        assert MIN_SITE_CHROME_BLOCKS < MIN_CHROME_BLOCKS
        page = MenuStripper().strip(page_of(menu + body + chrome))
        assert sum(len(b.lines) for b in page.removed if b.kind == "menu") >= SITE_MENU_LINES
        stripped = BlockStripper().strip(page)
        kept = " ".join(line.text for line in stripped.lines)
        assert "Search 3" not in kept
        assert "highest water" in kept
        one = MenuStripper().strip(page_of("   * Section 1\n\n" + body + chrome))
        assert BlockStripper().strip(one) is one


#: Held-out snippet F1 must not fall below these (the figures at the last
#: fit, less a margin: see docs/explanation/blocks.md).
FLOORS = {"html2text": 0.80, "inscriptis": 0.78, "lynx": 0.80}


@pytest.mark.parametrize("converter", sorted(FLOORS))
def test_held_out_pages_keep_their_figures(shared_corpus: pathlib.Path, converter: str) -> None:
    """
    Snippet F1 of the default parser on the crawled pages the fit held out
    (one ``from`` case in four, by CRC-32, as tools/fit_blocks.py splits).
    """
    folder = shared_corpus / "crawltext" / converter
    if not folder.is_dir():
        pytest.skip("crawltext is not present")
    tp = fp = fn = 0
    for path in sorted(folder.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        if zlib.crc32(case["from"].encode()) % 4:
            continue
        text = (path.parent / case["input"]).read_text(encoding="utf-8")
        body = " ".join(" ".join(pressparse.parse(text).paragraphs).split())
        for snippet in case["gold"].get("must_include", []):
            if " ".join(snippet.split()) in body:
                tp += 1
            else:
                fn += 1
        fp += sum(" ".join(s.split()) in body for s in case["gold"].get("must_exclude", []))
    assert tp
    assert 2 * tp / (2 * tp + fp + fn) >= FLOORS[converter]


def test_a_parser_with_the_stripper_pickles() -> None:
    """A default Parser goes to worker processes with its fitted model."""
    import pickle

    parser = Parser()
    again = pickle.loads(pickle.dumps(parser))
    assert again.strippers[-1] == parser.strippers[-1]
    text = "".join(f"[Our section number {n}](/s{n})\n\n" for n in range(14)) + BODY
    assert again.parse(text) == parser.parse(text)


@pytest.mark.parametrize(
    "text",
    [
        "Press release, 12 May 2021: the minister's (new) plan_B - see p.4!",
        "Tabs\tand\x0bcontrol\x1fcharacters, K.O. e-mail",
        "Pressemitteilung: Die Änderungen gelten ab 1.1.2022",  # not ASCII
        "KELVIN \u212a SIGN",  # lower-cases to ASCII
        "",
    ],
)
def test_words_are_the_letter_runs(text: str) -> None:
    # The ASCII shortcut finds the same words as the letters pattern.
    assert _blocks._words(text) == _blocks._LETTERS.findall(text.lower())


def test_words_of_every_ascii_pair() -> None:
    for first in map(chr, range(128)):
        for second in map(chr, range(128)):
            text = f"a{first}{second}B"
            assert _blocks._words(text) == _blocks._LETTERS.findall(text.lower())
