"""
Crawled Markdown read as the text it shows (pressparse._markdown).

The pages here are written for the tests: each is one shape of what
html2text, markdownify or a reader service prints, not evidence that a
rule generalises (that is measured on ../shared/corpus/crawltext).
"""

from __future__ import annotations

import hashlib
import pathlib

import pytest

import pressparse
from pressparse import Line, Page
from pressparse._markdown import looks_like_markdown, read_inline, read_markdown
from pressparse._text import split_lines


def _read(text: str) -> Page:
    return read_markdown(text.split("\n"))


def _texts(page: Page) -> list[tuple[str, str | None]]:
    return [(line.text, line.tag) for line in page.lines if line.text]


class TestDetection:
    @pytest.mark.parametrize(
        "text",
        [
            "See [the report](https://example.org/r) and [the annex](/annex).",
            "![Logo](/logo.png)\n\nRead [more](/more).",
            "# Title\n\nText.\n\n## Section\n\nMore text.",
            "# Title\n\nSee [the report](https://example.org/r).",
            "Title\n=====\n\nText.\n\nSection\n=======\n\nMore.",
        ],
    )
    def test_markdown(self, text: str) -> None:
        """
        Two pieces of evidence (links, images, headings) make Markdown.
        """
        assert looks_like_markdown(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Press release\nA new ferry for the lake\n- Home\n- News",
            "Only one [link](https://example.org) in plain text.",
            "# .tmux.conf\nset -g mouse on\n# connect the client\nclient.connect()",
            "A rule\n-------\nand [brackets] (not a link) [1](2",
            "Minutes\n=======\n\nThe meeting opened at ten.",
            "",
        ],
    )
    def test_not_markdown(self, text: str) -> None:
        """
        Plain text, code comments, a lone link or a lone underlined title
        are no Markdown.
        """
        assert not looks_like_markdown(text)

    def test_plain_text_reads_as_before(self) -> None:
        """
        A page without Markdown's marks is split as plain text: no tags,
        no link counts, format "text".
        """
        page = split_lines("- Home\n- News\n\n# not a heading\nA [bracket] line\n")
        assert "text" == page.format
        assert [("-", "Home"), ("-", "News"), ("", "# not a heading")] == [
            (line.marker, line.text) for line in page.lines[:4] if line.text
        ]
        assert all(line.tag is None and line.link_chars == 0 for line in page.lines)


class TestInline:
    @pytest.mark.parametrize(
        ("markdown", "text", "link_chars"),
        [
            ("See [the report](https://example.org/r) now", "See the report now", 10),
            ('[Home](/ "Zur Startseite")', "Home", 4),
            ("[ Twitter ](https://twitter.com/x)", "Twitter", 7),
            ("[the report][1] and [annex][]", "the report and annex", 15),
            ("Mail <info@example.org> or <https://example.org/a>", None, 37),
            ("[Addresses (with parens)](https://x.org/a_(b))", "Addresses (with parens)", 23),
            ("[[The Palace] Tale](https://x.org/p)", "[The Palace] Tale", 17),
            ("[a [b](u) c](v)", "a b c", 5),
            ("x [![icon](/i.svg)](/home) y", "x y", 0),
        ],
    )
    def test_links(self, markdown: str, text: str | None, link_chars: int) -> None:
        """
        Links read as their text, and their characters are counted.
        """
        read, chars, _ = read_inline(markdown)
        if text is not None:
            assert text == read
        assert link_chars == chars

    @pytest.mark.parametrize(
        ("markdown", "text"),
        [
            ("**15\\. Zukunftsforum** , das größte", "15. Zukunftsforum, das größte"),
            ("am 27\\. Januar", "am 27. Januar"),
            ("\\- not a bullet \\* nor a star", "- not a bullet * nor a star"),
            ("*emphasis* and _emphasis_ and __strong__", "emphasis and emphasis and strong"),
            ("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"),
            ("a \\_literal\\_ underscore", "a _literal_ underscore"),
            ("`code` and ``more code``", "code and more code"),
            ("~~struck~~ text", "struck text"),
            ("Back to Top __", "Back to Top"),
            ("_chevron_left_ Browse", "chevron_left Browse"),
        ],
    )
    def test_emphasis_code_escapes(self, markdown: str, text: str) -> None:
        """
        Emphasis, code marks and backslash escapes read as text; an
        underscore inside a word or a spaced asterisk is no emphasis.
        """
        assert text == read_inline(markdown)[0]

    def test_images(self) -> None:
        """
        Images are dropped and reported.
        """
        assert ("Text", 0, True) == read_inline('![A photo](/p.jpg "Title") Text')
        assert ("", 0, True) == read_inline("[![Logo](/logo.svg)](/)")

    def test_broken_markup_is_bounded(self) -> None:
        """
        A destination left open is no link and costs linear time.
        """
        text = "[a](" + "(x" * 5000
        assert read_inline(text)[0].startswith("[a](")


class TestBlocks:
    def test_headings(self) -> None:
        """
        ATX and setext headings read as text with their level in the tag.
        """
        page = _read("# One #\n\n###  Three\n\nTwo\n---\n\nFirst\n=====\n")
        assert [("One", "h1"), ("Three", "h3"), ("Two", "h2"), ("First", "h1")] == _texts(page)

    def test_wrapped_paragraph_and_link(self) -> None:
        """
        Lines a converter wrapped join into one line, a link split over
        them too; the raw keeps the lines as printed.
        """
        markdown = (
            "Das Zukunftsforum Ländliche Entwicklung fand am 26. und\n"
            "27. Januar statt; siehe [den\n"
            "Bericht](https://example.org/a-\n"
            "b.html) zur Lebensmittel-\n"
            "Kennzeichnung.\n"
        )
        page = _read(markdown)
        (line,) = [line for line in page.lines if line.text]
        assert (
            "Das Zukunftsforum Ländliche Entwicklung fand am 26. und 27. Januar statt; "
            "siehe den Bericht "
            "zur Lebensmittel-Kennzeichnung."
        ) == line.text
        assert markdown.rstrip("\n") == line.raw
        assert ("p", 0, 11) == (line.tag, line.number, line.link_chars)

    def test_title_over_a_blank_line(self) -> None:
        """
        A link title in quotes that holds a blank line stays in the link.
        """
        page = _read(
            '  * [Reisen](https://e.org/r "Berichte über Reisen.\n\nMehr dazu.")\n'
            "  * [Australien](https://e.org/a)\n"
        )
        assert [("Reisen", "li"), ("Australien", "li")] == _texts(page)

    def test_hanging_hyphen_keeps_its_space(self) -> None:
        """
        A hyphen left hanging before "und" is no broken word.
        """
        page = _read("Bundes-\nund Landesebene\n")
        assert "Bundes- und Landesebene" == page.lines[0].text

    def test_wrapped_list_shaped_line(self) -> None:
        """
        A line that looks like a list item right after a line wrapped at
        the margin goes on with its paragraph.
        """
        page = _read(
            "Die Einzelwettbewerbe sind am 10. Februar, die Einzelfinals am und\n"
            "- entweder heute oder morgen.\n"
        )
        assert 1 == len(_texts(page))

    def test_hard_break(self) -> None:
        """
        Two spaces at a line's end break the line.
        """
        page = _read("Line one  \nLine two\n")
        assert [("Line one", "p"), ("Line two", "p")] == _texts(page)

    def test_lists(self) -> None:
        """
        Bullets go to the marker, nested items keep their indent, ordinals
        stay in the text.
        """
        page = _read("  * [News](/news)\n    * [Archive](/archive)\n  1. First\n  + Plus\n")
        assert [
            ("*", 2, "News", 4),
            ("*", 4, "Archive", 7),
            ("", 2, "1. First", 0),
            ("+", 2, "Plus", 0),
        ] == [(line.marker, line.indent, line.text, line.link_chars) for line in page.lines[:4]]
        assert {"li"} == {line.tag for line in page.lines if line.text}

    def test_table(self) -> None:
        """
        Table rows read as cells joined by " | ", the rule dropped.
        """
        page = _read("| Name | Value |\n|---|---:|\n| a | [b](/b) |\n|  | c |\n")
        assert [("Name | Value", "tr"), ("a | b", "tr"), ("c", "tr")] == _texts(page)
        assert "| Name | Value |\n|---|---:|" == page.lines[0].raw

    def test_html2text_table(self) -> None:
        """
        html2text's tables have no outer pipes.
        """
        page = _read("Name | Value\n---|---\na | b\n")
        assert [("Name | Value", "tr"), ("a | b", "tr")] == _texts(page)

    def test_menu_bar_is_no_table(self) -> None:
        """
        Links separated by pipes, with no rule, stay one line of text.
        """
        page = _read("[Home](/) | [News](/news) | [Contact](/c)\n")
        assert [("Home | News | Contact", "p")] == _texts(page)

    def test_quote(self) -> None:
        """
        A quoted paragraph reads without its marks, wrapped lines joined.
        """
        page = _read("> A quote that goes\n> on here.\n")
        assert [("A quote that goes on here.", "blockquote")] == _texts(page)

    def test_fenced_code(self) -> None:
        """
        Code in a fence reads as printed, without Markdown reading.
        """
        page = _read("```\nx = [a](b)\n```\n")
        assert [("x = [a](b)", "pre")] == _texts(page)

    def test_thematic_break(self) -> None:
        """
        A rule reads as a blank line.
        """
        page = _read("One\n\n* * *\n\nTwo\n")
        assert [("One", "p"), ("Two", "p")] == _texts(page)
        assert "" == page.lines[2].text

    def test_image_lines_are_boilerplate(self) -> None:
        """
        A line that shows nothing but images goes, recorded with its alt
        text; so does a link reference definition.
        """
        page = _read(
            "Text\n\n![A photo of the\nminister](/p.jpg)\n\n"
            "  * ![Icon](/i.svg)\n\n[1]: https://example.org\n"
        )
        assert ["Text"] == [line.text for line in page.lines if line.text]
        kinds = [(b.kind, b.stripper, b.start) for b in page.removed]
        assert [("image", "markdown", 2), ("link-reference", "markdown", 7)] == kinds
        assert ("![A photo of the\nminister](/p.jpg)", "", "  * ![Icon](/i.svg)") == (
            page.removed[0].lines
        )


class TestPipeline:
    def test_markdown_page(self) -> None:
        """
        A Markdown crawl parses to visible text: links read, images gone.
        """
        page = (
            "  * [Home](/)\n  * [News](/news)\n  * [Contact](/contact)\n\n"
            "![Logo](/logo.png)\n\n"
            "# A new ferry for the lake\n\n"
            "GENEVA, 3 March 2025 - The council agreed today to buy a [new\n"
            "ferry](https://example.org/ferry) for the lake, it said in a **statement**.\n"
        )
        release = pressparse.parse(page)
        assert "A new ferry for the lake" == release.title
        assert (
            "The council agreed today to buy a new ferry for the lake, it said in a statement.",
        ) == (release.paragraphs)
        assert "image" in {b.kind for b in release.boilerplate}

    @pytest.mark.parametrize(
        ("heading", "under"),
        [
            (
                "# »No money left for the rent«",
                "## and tenants across the country call for a rent freeze",
            ),
            ("### What to listen to in the holidays", "#### from numberwitch"),
        ],
    )
    def test_heading_of_another_level_is_no_continuation(self, heading: str, under: str) -> None:
        """
        A Markdown heading of another level under the headline (a standfirst
        set as "## ", a byline as "#### ") is no line of the headline, even
        where the headline's reader would join a next line opening in lower
        case or after a connecting word.
        """
        page = (
            "  * [Home](/)\n  * [News](/news)\n  * [Contact](/contact)\n\n"
            f"{heading}\n\n{under}\n\n"
            "The council agreed today to buy a new ferry for the lake, it said in a statement.\n"
        )
        assert heading.lstrip("# ") == pressparse.parse(page).title

    def test_read_format(self) -> None:
        """
        Parser.read reports a Markdown page's format.
        """
        page = pressparse.Parser().read("# Title\n\nSee [a](/a) and [b](/b).\n")
        assert "markdown" == page.format
        assert Line(0, "# Title", "Title", "", 0, "h1", None, 0) == page.lines[0]


class TestSharedCorpus:
    def test_html2text_pages_read_as_markdown(self, shared_corpus: pathlib.Path) -> None:
        """
        Every html2text page of the shared crawls reads as Markdown, no
        lynx or inscriptis page does.
        """
        folder = shared_corpus / "crawltext"
        if not folder.is_dir():
            pytest.skip("crawltext corpus not present")
        for converter, expected in (("html2text", True), ("lynx", False), ("inscriptis", False)):
            pages = sorted((folder / converter).glob("*.txt"))[:40]
            assert pages
            assert {expected} == {
                looks_like_markdown(page.read_text(encoding="utf-8")) for page in pages
            }, converter


class TestInlineFastPaths:
    """
    `read_inline` skips its markup passes for a text with no mark and reads
    a lone link at once; a page reads each distinct block text once. These
    pin that the shortcuts give what the full reading gave.
    """

    # Every pair of ASCII characters (and tab) in eight settings, read by
    # `read_inline` before its shortcut for texts with no mark: SHA-256 of
    # the results' reprs. Dropping any of the marks from the shortcut's
    # test (``] * _ ` \ < ~``) changes it.
    PAIRS_DIGEST = "a846d953495174a540104f94c650bb3e6cdb24a370dea4783ea72f721408e1d2"

    def test_every_ascii_pair_reads_as_before(self) -> None:
        chars = [chr(code) for code in range(32, 127)] + ["\t"]
        digest = hashlib.sha256()
        for a in chars:
            for b in chars:
                for text in (
                    a + b,
                    f"x {a}{b} y",
                    f"[{a}{b}](/u)",
                    f"*a{a}b{b}c*",
                    f"{a}x{b}",
                    f"{a}{b}x{b}{a}",
                    f"<http://e.org/{a}{b}>",
                    f"t{a}{b}](/u)",
                ):
                    digest.update(repr(read_inline(text)).encode())
        assert digest.hexdigest() == self.PAIRS_DIGEST

    @pytest.mark.parametrize(
        ("markdown", "expected"),
        [
            (
                "  Plain   text,\tno marks (at all): 27. Januar!  ",
                ("Plain text, no marks (at all): 27. Januar!", 0, False),
            ),
            ("", ("", 0, False)),
            ("a ~~struck~~ word", ("a struck word", 0, False)),
            ("27\\. Januar", ("27. Januar", 0, False)),
            ("orphan end](/u) text", ("orphan end text", 10, False)),
            ("mail <info@example.org>", ("mail info@example.org", 16, False)),
            ("[Menu  item](/menu)", ("Menu item", 9, False)),
            ("[Item (old)](/i)", ("Item (old)", 10, False)),
            ("[Item](/i(1))", ("Item", 4, False)),
            ("[\\*Item](/i)", ("*Item", 5, False)),
        ],
    )
    def test_known_readings(self, markdown: str, expected: tuple[str, int, bool]) -> None:
        assert read_inline(markdown) == expected

    def test_repeated_block_reads_alike(self) -> None:
        page = _read(
            "* [Home](/)\n* [News](/n)\n\nText.\n\n"
            "* [Home](/)\n* [News](/n)\n\n![x](/x.png)\n\n![x](/x.png)"
        )
        assert [(line.number, line.text, line.link_chars) for line in page.lines if line.text] == [
            (0, "Home", 4),
            (1, "News", 4),
            (3, "Text.", 0),
            (5, "Home", 4),
            (6, "News", 4),
        ]
        # Both images removed, in one record across the blank line.
        assert [(record.start, record.kind, record.lines) for record in page.removed] == [
            (8, "image", ("![x](/x.png)", "", "![x](/x.png)"))
        ]

    @pytest.mark.parametrize(
        ("markdown", "lines", "removed"),
        [
            # A bracket in the destination leaves the link open: the next
            # line goes on with the item.
            ("* [a](/b[c)\nnext", [(0, "a next", "*", 0, "li", 1)], []),
            ("* [](/x)\n* [ Home ](/) ", [(1, "Home", "*", 0, "li", 4)], [(0, "link")]),
            (
                "  - [Über  uns](/u)\n+ [x](/y(z))\n* [*Bold*](/b)",
                [
                    (0, "Über uns", "-", 2, "li", 8),
                    (1, "x", "+", 0, "li", 1),
                    (2, "Bold", "*", 0, "li", 4),
                ],
                [],
            ),
        ],
    )
    def test_link_items(
        self,
        markdown: str,
        lines: list[tuple[int, str, str, int, str, int]],
        removed: list[tuple[int, str]],
    ) -> None:
        page = _read(markdown)
        assert [
            (line.number, line.text, line.marker, line.indent, line.tag, line.link_chars)
            for line in page.lines
            if line.text
        ] == lines
        assert [(record.start, record.kind) for record in page.removed] == removed

    @pytest.mark.parametrize(("words", "item_joins"), [(10, True), (11, True), (12, False)])
    def test_open_link_lines(self, words: int, item_joins: bool) -> None:
        # A link left open takes the lines after it (a list item too) up to
        # MAX_OPEN_LINES lines, lines with no "]" or ")" as any other.
        page = _read("[A link text" + "\nword" * words + "\n* item")
        texts = _texts(page)
        assert texts[0] == (
            "A link text" + " word" * words + (" * item" if item_joins else ""),
            "p",
        )
        assert len(texts) == (1 if item_joins else 2)
