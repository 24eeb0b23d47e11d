"""
Tests for the HTML path: sniffing, decoding, reading into lines, hints and
the html-regions stripper. Every page here is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pressparse
from pressparse import plugins
from pressparse._page import Line, Page
from pressparse.html import (
    HtmlRegionStripper,
    decode_html,
    looks_like_html,
    read_html,
    strip_site_name,
)
from pressparse.html._sniff import decode_html_exact
from pressparse.html._stripper import _strip_by_number
from pressparse.html._zones import names_main, words_evidence, zone_of_words

BODY_1 = (
    "GENEVA, 17 September 2008 - The special representative said today that co-operation "
    "between countries is crucial in fighting child trafficking."
)
BODY_2 = "She was speaking at the preparatory meeting for the World Congress in Rio de Janeiro."

PAGE = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<title>Stakeholders must come together | Ministry of Examples</title>
<meta property="og:title" content="Stakeholders must come together">
<meta property="article:published_time" content="2008-09-17T10:00:00+02:00">
<meta property="article:tag" content="Trafficking">
<meta property="article:tag" content="Children">
<style>p {{ color: red }}</style>
</head>
<body>
<header><div class="logo">Ministry of Examples</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/about">About us</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a></div>
<main>
<article>
<h1>Stakeholders must come together</h1>
<p>{BODY_1}</p>
<p>{BODY_2}</p>
<ul><li>First point of the plan</li><li>Second point<ul><li>A sub-point</li></ul></li></ul>
<table><tr><th>Year</th><th>Cases</th></tr><tr><td>2007</td><td>1,200</td></tr></table>
<div class="social-share"><a href="#">Share on Facebook</a></div>
</article>
</main>
<aside><h2>Related news</h2><p>Another story about something else entirely.</p></aside>
<div id="cookie-banner">We use cookies to improve your experience on this website.</div>
<footer class="site-footer"><p>Imprint · Privacy · Contact</p></footer>
<!-- a comment that must not show -->
<script>document.write("script text")</script>
<noscript>Please enable JavaScript</noscript>
</body>
</html>"""


def texts(page: pressparse.Page) -> list[str]:
    return [line.text for line in page.lines]


class TestLooksLikeHtml:
    @pytest.mark.parametrize(
        "data",
        [
            "<!DOCTYPE html><html><body><p>x</p></body></html>",
            b"<!doctype html>\n<title>x</title>",
            "<html lang='de'>",
            "\n\n  <head><meta charset='utf-8'></head>",
            "<div><p>Hello</p><p>World</p></div>",
            b"\xef\xbb\xbf<html><body>x</body></html>",
            "<html><body>x</body></html>".encode("utf-16"),
        ],
    )
    def test_html(self, data: str | bytes) -> None:
        """
        Documents and fragments with common tags are taken for HTML.
        """
        assert looks_like_html(data)

    @pytest.mark.parametrize(
        "data",
        [
            "",
            "Press release\nA headline\nGENEVA, 17 September 2008 - Text.",
            "Contact: Jane Doe <jane.doe@example.org>\nPhone: +41 22 000 00 00",
            "If a < b and b > c then see <https://example.org/page>.",
            "Prices rose 3% (<5% expected) in Q1 <unchanged>.",
            b"Plain bytes with a stray < sign",
        ],
    )
    def test_text(self, data: str | bytes) -> None:
        """
        Crawled text with a stray ``<``, an e-mail or a URL in angle brackets is not HTML.
        """
        assert not looks_like_html(data)


class TestDecodeHtml:
    def test_utf8_meta_but_cp1252_bytes(self) -> None:
        """
        A page that declares UTF-8 but is Windows-1252 comes out readable.
        """
        data = '<meta charset="utf-8"><p>Größe – “Zitat” €</p>'.encode("cp1252")
        assert "<p>Größe – “Zitat” €</p>" in decode_html(data)

    def test_latin1_meta_but_utf8_bytes(self) -> None:
        """
        A page that declares ISO-8859-1 but is UTF-8 is read as UTF-8.
        """
        data = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        data += "<p>Größe – “Zitat”</p>"
        assert "<p>Größe – “Zitat”</p>" in decode_html(data.encode("utf-8"))

    def test_declared_cp1252(self) -> None:
        """
        A Windows-1252 page that says so is decoded with Windows-1252.
        """
        data = '<meta charset="windows-1252"><p>café “x”</p>'.encode("cp1252")
        assert "café “x”" in decode_html(data)

    def test_declared_multibyte(self) -> None:
        """
        A declared Shift_JIS page is decoded with Shift_JIS.
        """
        data = '<meta charset="shift_jis"><p>日本語のページ</p>'.encode("shift_jis")
        assert "日本語のページ" in decode_html(data)

    def test_bom_wins(self) -> None:
        """
        A UTF-16 byte-order mark decides over a contradicting declaration.
        """
        data = '<meta charset="iso-8859-1"><p>Ærø</p>'.encode("utf-16")
        assert "<p>Ærø</p>" in decode_html(data)

    def test_mixed_bytes(self) -> None:
        """
        UTF-8 with one stray Windows-1252 byte keeps both readable.
        """
        data = "<p>Größe</p>".encode() + b"<p>caf\xe9</p>"
        assert decode_html(data) == "<p>Größe</p><p>café</p>"

    def test_undefined_cp1252_bytes_never_raise(self) -> None:
        """
        Bytes Windows-1252 leaves undefined still decode (as Latin-1).
        """
        assert decode_html(b'<meta charset="cp1252">\x81\x8d\x90') == (
            '<meta charset="cp1252">\x81\x8d\x90'
        )

    def test_unknown_label(self) -> None:
        """
        An unknown charset label falls back to UTF-8.
        """
        data = '<meta charset="x-no-such-charset"><p>Größe</p>'.encode()
        assert "Größe" in decode_html(data)

    @pytest.mark.parametrize(
        ("data", "exact"),
        [
            pytest.param(b"<p>plain</p>", True, id="ascii"),
            pytest.param("<p>Größe – “Zitat”</p>".encode(), True, id="utf8"),
            pytest.param(
                '<meta charset="iso-8859-1"><p>Größe</p>'.encode(), True, id="utf8-latin1-meta"
            ),
            pytest.param(
                '<meta charset="windows-1252"><p>café</p>'.encode("cp1252"), False, id="cp1252"
            ),
            pytest.param("<p>Größe</p>".encode() + b"<p>caf\xe9</p>", False, id="mixed"),
            pytest.param("<p>Größe</p>".encode("utf-8-sig"), False, id="bom"),
        ],
    )
    def test_exact_flag(self, data: bytes, exact: bool) -> None:
        """
        `decode_html_exact` gives `decode_html`'s text, and says whether that
        text encodes back to the same bytes in UTF-8.
        """
        text, flag = decode_html_exact(data)
        assert text == decode_html(data)
        assert flag is exact
        if exact:
            assert text.encode("utf-8") == data


class TestReadHtml:
    def test_lines_tags_and_zones(self) -> None:
        """
        Each block becomes a line with its tag and region; the article is
        "main", the menu "nav", the footer "footer".
        """
        page = read_html(PAGE)
        by_text = {line.text: line for line in page.lines}
        assert page.format == "html"
        assert [line.number for line in page.lines] == list(range(len(page.lines)))
        assert (
            by_text["Stakeholders must come together"].tag,
            by_text["Stakeholders must come together"].zone,
        ) == ("h1", "main")
        assert (by_text[BODY_1].tag, by_text[BODY_1].zone) == ("p", "main")
        assert by_text["Home"].zone == "nav"
        assert by_text["Home > News"].zone == "nav"
        assert by_text["Ministry of Examples"].zone == "header"
        assert by_text["Another story about something else entirely."].zone == "aside"
        assert (
            by_text["We use cookies to improve your experience on this website."].zone == "cookie"
        )
        assert by_text["Imprint · Privacy · Contact"].zone == "footer"
        assert by_text["Share on Facebook"].zone == "share"

    def test_scripts_styles_comments_dropped(self) -> None:
        """
        Script, style, noscript and comment text never becomes a line.
        """
        joined = "\n".join(texts(read_html(PAGE)))
        for gone in ("script text", "color: red", "enable JavaScript", "a comment"):
            assert gone not in joined

    def test_raw_text_cut_before_parsing(self) -> None:
        """
        Scripts end at their own end tag (markup inside a script string is
        not page text), a comment swallows a script tag inside it, upper-case
        tags count, an unclosed script runs to the end, and JSON-LD scripts
        still feed the hints.
        """
        html = (
            "<body><p>one</p><SCRIPT type='text/javascript'>document.write('<p>no</p>');"
            "</Script ><!-- <script> a comment --><p>two</p>"
            '<script type="application/ld+json">{"@type": "NewsArticle",'
            '"datePublished": "2021-03-04", "headline": "From JSON-LD"}</script>'
            "<style>p { content: '<b>no</b>' }</style><p>three</p><script>var x = 1;"
        )
        page = read_html(html)
        assert texts(page) == ["one", "two", "three"]
        assert page.hints.date == dt.date(2021, 3, 4)
        assert page.hints.title == "From JSON-LD"

    def test_hidden_links_dropped(self) -> None:
        """
        A hidden link (``display:none``) inside a visible line is not text.
        """
        page = read_html("<p>Leave a reply <a href='#' style='display: none'>Cancel reply</a></p>")
        assert texts(page) == ["Leave a reply"]

    def test_control_characters(self) -> None:
        """
        C0 control characters in a non-ASCII page become spaces.
        """
        assert texts(read_html("<p>Grüße\x07aus\x1bBern</p>")) == ["Grüße aus Bern"]

    def test_script_end_tag_with_space(self) -> None:
        """
        ``</script`` followed by white space ends the script at the next ``>``.
        """
        html = "<body><script>var a = 1;</script\n  ><p>kept</p><script>x</script foo><p>too</p>"
        assert texts(read_html(html)) == ["kept", "too"]

    def test_noscript_with_prose_is_read(self) -> None:
        """
        A ``<noscript>`` holding the text of a script-rendered page is read;
        a short notice in one is not.
        """
        html = (
            f"<body><noscript>Please enable JavaScript.</noscript>"
            f"<noscript><div class='post-body'><p>{BODY_1} {BODY_1}</p><p>{BODY_2}</p></div>"
            "</noscript></body>"
        )
        page = read_html(html)
        assert texts(page) == [f"{BODY_1} {BODY_1}", BODY_2]
        assert page.lines[0].zone == "main"

    def test_captions_and_picture_credits(self) -> None:
        """
        ``<figcaption>`` lines and short picture credits ("Photo: ...",
        "© ...") are in the ``caption`` zone; a sentence mentioning a photo is not.
        """
        html = (
            f"<body><article><h1>Headline of the release</h1><p>{BODY_1}</p>"
            "<figure><img src='a.jpg'><figcaption>The minister at the meeting.</figcaption>"
            f"</figure><p>Foto: Jane Doe / Agency</p><p>© Example Agency</p><p>{BODY_2}</p>"
            "<p>Photos of the meeting are available from the press office on request.</p>"
            "</article></body>"
        )
        zones = {line.text: line.zone for line in read_html(html).lines}
        assert zones["The minister at the meeting."] == "caption"
        assert zones["Foto: Jane Doe / Agency"] == "caption"
        assert zones["© Example Agency"] == "caption"
        assert zones[BODY_2] == "main"
        assert zones["Photos of the meeting are available from the press office on request."] == (
            "main"
        )
        release = pressparse.parse(html)
        assert "The minister at the meeting." not in release.paragraphs

    def test_lead_between_headline_and_main_text(self) -> None:
        """
        A lead paragraph in its own box between the ``<h1>`` and the main
        text belongs to the main text.
        """
        html = (
            "<body><div class='top'><div class='intro'><h1>Headline of the release</h1>"
            f"<div class='teaser'><p>The lead paragraph says what happened and why it matters.</p>"
            f"</div></div></div><div class='columns'><div class='text'><p>{BODY_1}</p>"
            f"<p>{BODY_2}</p><p>{BODY_1}</p></div><div class='box'>Box</div></div></body>"
        )
        zones = {line.text: line.zone for line in read_html(html).lines}
        assert zones["The lead paragraph says what happened and why it matters."] == "main"
        assert zones[BODY_2] == "main"

    @pytest.mark.parametrize(
        ("url", "expected"),
        [
            ("https://example.org/news/29-10-2021", dt.date(2021, 10, 29)),
            ("https://example.org/2021/10/29/a-story/", dt.date(2021, 10, 29)),
            ("https://example.org/press/release-2021-10-29.html", dt.date(2021, 10, 29)),
            ("https://example.org/pm/20211029-story", dt.date(2021, 10, 29)),
            ("https://example.org/news?date=2021-10-29", None),
            ("https://example.org/item/12345678", None),
        ],
    )
    def test_date_from_canonical_address(self, url: str, expected: dt.date | None) -> None:
        """
        With no date in metadata or near the headline, the canonical
        address's path gives the date.
        """
        html = (
            f"<html><head><link rel='canonical' href='{url}'></head><body>"
            f"<h1>Headline of the release</h1><p>{BODY_2}</p></body></html>"
        )
        assert read_html(html).hints.date == expected

    def test_lists(self) -> None:
        """
        List items carry the "-" marker and print as "- item", nested
        items indented.
        """
        page = read_html(PAGE)
        items = [line for line in page.lines if line.tag == "li" and line.zone == "main"]
        assert [(i.raw, i.marker, i.indent) for i in items] == [
            ("- First point of the plan", "-", 0),
            ("- Second point", "-", 0),
            ("  - A sub-point", "-", 2),
        ]
        assert items[2].text == "A sub-point"

    def test_table_rows(self) -> None:
        """
        A table row is one line, its cells joined by " | ".
        """
        rows = [line.text for line in read_html(PAGE).lines if line.tag == "tr"]
        assert rows == ["Year | Cases", "2007 | 1,200"]

    def test_hints(self) -> None:
        """
        Title, date, topics and language come from the metadata.
        """
        hints = read_html(PAGE).hints
        assert hints.title == "Stakeholders must come together"
        assert dt.date(2008, 9, 17) == hints.date
        assert hints.topics == ("Trafficking", "Children")
        assert hints.language == "en-GB"

    def test_json_ld_graph(self) -> None:
        """
        JSON-LD inside an ``@graph`` gives headline, date, publisher,
        keywords and the PressRelease kind.
        """
        page = read_html(
            """<html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Example site", "datePublished": "2001-01-01"},
              {"@type": ["PressRelease"], "headline": "Ministry opens new office",
               "datePublished": "2021-11-02", "keywords": ["energy", "offices"],
               "publisher": {"@type": "Organization", "name": "Ministry of Examples"}}
            ]}</script></head><body><p>Text.</p></body></html>"""
        )
        assert page.hints.title == "Ministry opens new office"
        assert dt.date(2021, 11, 2) == page.hints.date
        assert page.hints.source == "Ministry of Examples"
        assert page.hints.topics == ("energy", "offices")
        assert page.hints.kind == "PressRelease"

    def test_broken_json_ld_ignored(self) -> None:
        """
        Invalid JSON-LD is skipped; the other metadata still counts.
        """
        page = read_html(
            '<html><head><script type="application/ld+json">{"headline": "x",}</script>'
            '<meta name="DC.date" content="2020-05-04"><title>A title</title></head>'
            "<body><p>Text</p></body></html>"
        )
        assert dt.date(2020, 5, 4) == page.hints.date
        assert page.hints.title == "A title"

    def test_time_element_and_text_date(self) -> None:
        """
        Without date metadata, ``<time datetime>`` in the article gives the
        date; without that, a date printed under the headline does.
        """
        timed = read_html(
            "<body><article><h1>Headline here</h1><time datetime='2019-03-04'>4 March</time>"
            f"<p>{BODY_1}</p></article></body>"
        )
        printed = read_html(
            "<body><article><h1>Headline here</h1><p>Veröffentlicht am 26. Januar 2022</p>"
            f"<p>{BODY_2}</p></article></body>"
        )
        assert dt.date(2019, 3, 4) == timed.hints.date
        assert dt.date(2022, 1, 26) == printed.hints.date

    def test_broken_markup(self) -> None:
        """
        Unclosed and misnested tags are recovered, text kept in order.
        """
        page = read_html("<p>One <b>bold <i>both</b> italic</i><p>Two<div>Three</span></div>")
        assert texts(page) == ["One bold both italic", "Two", "Three"]

    def test_no_body(self) -> None:
        """
        A fragment with no ``<html>`` or ``<body>`` still gives its lines.
        """
        assert texts(read_html("<p>First</p><p>Second</p>")) == ["First", "Second"]

    def test_empty_and_plain(self) -> None:
        """
        Empty input gives no lines; plain text gives one line.
        """
        assert read_html("").lines == ()
        assert texts(read_html("just words")) == ["just words"]

    def test_bytes_are_decoded(self) -> None:
        """
        Bytes are decoded with `decode_html` first.
        """
        data = '<meta charset="utf-8"><p>Größe</p>'.encode("cp1252")
        assert texts(read_html(data)) == ["Größe"]

    @pytest.mark.parametrize(
        "data",
        [
            pytest.param("<p>Größe – “Zitat”</p><p>Zweite Zeile</p>".encode(), id="utf8"),
            pytest.param(
                '<?xml version="1.0" encoding="utf-8"?><html><p>Größe</p></html>'.encode(),
                id="xml-declaration",
            ),
            pytest.param(
                '<!DOCTYPE html [<!ENTITY e "Leak">]><p>Größe &e;</p>'.encode(),
                id="doctype-subset",
            ),
            pytest.param('<meta charset="cp1252"><p>café</p>'.encode("cp1252"), id="cp1252"),
        ],
    )
    def test_bytes_read_as_their_text(self, data: bytes) -> None:
        """
        Reading UTF-8 bytes as they are gives the page their decoded text gives.
        """
        assert read_html(data) == read_html(decode_html(data))

    def test_hidden_elements_dropped(self) -> None:
        """
        ``hidden``, ``aria-hidden="true"`` and ``display:none`` content is dropped.
        """
        page = read_html(
            "<body><p>Visible</p><div hidden>A</div><p aria-hidden='true'>B</p>"
            "<div style='DISPLAY: none'>C</div><span style='visibility:hidden'>D</span>"
            "<p>Also visible</p></body>"
        )
        assert texts(page) == ["Visible", "Also visible"]

    def test_deep_nesting(self) -> None:
        """
        50,000 nested divs are read without RecursionError, and text after
        them is kept.
        """
        html = "<html><body>" + "<div>" * 50_000 + "deep" + "</div>" * 50_000
        html += "<p>after</p></body></html>"
        assert texts(read_html(html)) == ["deep", "after"]

    def test_huge_attribute(self) -> None:
        """
        A 20 MB attribute does not end the document.
        """
        html = f'<body><p>before</p><div class="{"x" * 20_000_000}">inside</div><p>after</p>'
        assert texts(read_html(html)) == ["before", "inside", "after"]

    def test_entities_not_expanded(self) -> None:
        """
        Entities declared in a DOCTYPE are not expanded (no XXE, no
        billion laughs) and the declarations do not leak as text;
        predefined HTML entities are.
        """
        html = (
            '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
            '<!ENTITY lol "lollollollollol">]>'
            "<html><body><p>a &xxe; &lol; &amp; &eacute;</p></body></html>"
        )
        assert texts(read_html(html)) == ["a &xxe; &lol; & é"]

    def test_pre_lines(self) -> None:
        """
        Every line of a ``<pre>`` is its own line, raw spacing kept.
        """
        page = read_html("<pre>first line\n    indented</pre>")
        assert [(line.text, line.raw) for line in page.lines] == [
            ("first line", "first line"),
            ("indented", "    indented"),
        ]

    def test_br_splits_lines(self) -> None:
        """
        ``<br>`` ends a line inside a block.
        """
        assert texts(read_html("<p>Jane Doe<br>Press officer</p>")) == [
            "Jane Doe",
            "Press officer",
        ]

    def test_whitespace_and_invisible_characters(self) -> None:
        """
        Text is white-space collapsed; soft hyphens and zero-width spaces go.
        """
        assert texts(read_html("<p>Klima\xadwandel \n a&nbsp; b</p>")) != ["Klima­wandel a b"]
        assert texts(read_html("<p>Klima\xadwan\u200bdel \n a&nbsp; b</p>")) == ["Klimawandel a b"]

    def test_nul_and_xml_declaration(self) -> None:
        """
        NUL bytes and an XML declaration in a str do not stop the parser.
        """
        page = read_html("<?xml version='1.0' encoding='utf-8'?><p>x\x00y</p>")
        assert texts(page) == ["x y"]

    def test_whole_page_form_is_not_boilerplate(self) -> None:
        """
        One ``<form>`` around the whole page (ASP.NET) does not make the
        article boilerplate.
        """
        page = read_html(f"<body><form id='aspnetForm'><p>{BODY_1}</p><p>{BODY_2}</p></form>")
        assert all(line.zone != "form" for line in page.lines)

    def test_wrapper_class_hint_ignored(self) -> None:
        """
        A class hint on a wrapper holding most of the text
        (``has-sidebar``) does not mark the text as boilerplate.
        """
        page = read_html(
            f"<body><div class='page has-sidebar'><p>{BODY_1}</p><p>{BODY_2}</p>"
            "<div class='sidebar'>Links</div></div></body>"
        )
        assert [line.zone for line in page.lines] == ["main", "main", "aside"]


class TestWordsEvidence:
    @pytest.mark.parametrize(
        ("words", "expected"),
        [
            ("site-footer row", ("footer", False)),
            ("col-md-8 entry-content", (None, True)),
            ("intro__breadcrumb mainnavigation", ("nav", False)),
            ("nav--dark article-body", ("nav", True)),
            ("teaser sidebarbox share", ("share", False)),
            ("teaser sidebarbox", ("aside", False)),
            ("", (None, False)),
        ],
    )
    def test_examples(self, words: str, expected: tuple[str | None, bool]) -> None:
        """
        Whole words win over stems in any token; a BEM element or modifier
        is cut off its block; a whole token names the body.
        """
        assert expected == words_evidence(words)

    @given(
        st.lists(
            st.sampled_from(
                [
                    "row",
                    "site-footer",
                    "footerlinks",
                    "main_navigation",
                    "intro__breadcrumb",
                    "nav--dark",
                    "block__nav",
                    "entry-content",
                    "article-body",
                    "sidebarbox",
                    "share",
                    "x-cookie-notice",
                    "--",
                    "__",
                    "col-md-6",
                ]
            ),
            max_size=6,
        ),
        st.sampled_from([" ", "  ", "\t", "\n "]),
    )
    def test_same_as_whole_string(self, tokens: list[str], space: str) -> None:
        """
        The per-token answer equals `zone_of_words` and `names_main` on the
        whole string.
        """
        words = space.join(tokens)
        assert words_evidence(words) == (zone_of_words(words), names_main(words))


class TestStripSiteName:
    @pytest.mark.parametrize(
        ("title", "expected"),
        [
            ("Ministry opens new office | Ministry of X", "Ministry opens new office"),
            ("Ministry of X | Ministry opens new office today", "Ministry opens new office today"),
            (
                "From Stockholm to Rio - stakeholders must act",
                "From Stockholm to Rio - stakeholders must act",
            ),
            ("A plain headline", "A plain headline"),
        ],
    )
    def test_strip(self, title: str, expected: str) -> None:
        """
        A short site name at either end goes; a dash inside a headline stays.
        """
        assert expected == strip_site_name(title)


class TestHtmlRegionStripper:
    def test_registered(self) -> None:
        """
        Importing pressparse.html registers the stripper as "html-regions".
        """
        assert isinstance(plugins.strippers.create("html-regions"), HtmlRegionStripper)

    def test_strips_boilerplate(self) -> None:
        """
        Navigation, header, footer, sidebar, consent and share lines are
        removed and recorded; the article, its list and table stay.
        """
        page = HtmlRegionStripper().strip(read_html(PAGE))
        kept = texts(page)
        assert kept == [
            "Stakeholders must come together",
            BODY_1,
            BODY_2,
            "First point of the plan",
            "Second point",
            "A sub-point",
            "Year | Cases",
            "2007 | 1,200",
        ]
        kinds = {record.kind for record in page.removed}
        assert {"nav", "header", "footer", "aside", "cookie", "share"} <= kinds
        assert all(record.stripper == "html-regions" for record in page.removed)

    def test_text_pages_untouched(self) -> None:
        """
        A page not read from HTML is returned as it is.
        """
        page = pressparse.Parser().read("Menu\nHeadline\nBody text.", format="text")
        assert page is HtmlRegionStripper().strip(page)

    def test_backs_off_when_nothing_would_remain(self) -> None:
        """
        When removing boilerplate would leave no body, the page stays whole.
        """
        page = read_html("<body><footer><p>Only a footer with some words</p></footer></body>")
        assert page is HtmlRegionStripper().strip(page)

    def test_one_pass_matches_one_removal_per_zone(self) -> None:
        """
        Zones removed in one pass give the records one `Page.remove` per
        zone would: a zone's lines around lines of a zone removed before it
        make one run, a blank line between two lines of a run joins it
        (unless an earlier zone's run took it), and the lines outside the
        main text go last.
        """
        long = "This paragraph is the body of the page and it is long enough to count."
        rows = [
            ("Skip to content", None, "p"),
            ("Home", "nav", "li"),
            ("Our ministry", "header", "div"),
            ("News", "nav", "li"),
            ("", "nav", "pre"),
            ("Contact", "nav", "li"),
            ("", "header", "pre"),
            ("Search this site", "header", "div"),
            ("The headline", None, "h1"),
            (long, "main", "p"),
            ("Imprint", "footer", "p"),
            ("", None, "pre"),
            ("Privacy", "footer", "p"),
        ]
        page = Page(
            lines=[
                Line(number, text, text, "", 0, tag, zone)
                for number, (text, zone, tag) in enumerate(rows)
            ],
            format="html",
        )
        stripped = HtmlRegionStripper().strip(page)
        assert [line.text for line in stripped.lines] == ["The headline", long]
        assert [(record.kind, record.start, record.lines) for record in stripped.removed] == [
            ("nav", 1, ("Home",)),
            ("nav", 3, ("News", "", "Contact")),
            ("header", 2, ("Our ministry", "", "Search this site")),
            ("footer", 10, ("Imprint", "", "Privacy")),
            ("outside-main", 0, ("Skip to content",)),
        ]
        assert stripped == _strip_by_number(page)

    @given(
        st.lists(
            st.tuples(
                st.sampled_from(
                    [
                        "",
                        "Menu item",
                        "A sentence long enough to be the body of it.",
                        "A paragraph of the body, long enough on its own to count as the text.",
                    ]
                ),
                st.sampled_from([None, None, "main", "nav", "footer", "aside", "share"]),
                st.sampled_from(["p", "li", "h1", "pre"]),
            ),
            max_size=30,
        )
    )
    def test_one_pass_matches_removals_on_any_page(
        self, rows: list[tuple[str, str | None, str]]
    ) -> None:
        """
        On any page, the one-pass removal equals one `Page.remove` per zone.
        """
        page = Page(
            lines=[
                Line(number, text, text, "", 0, tag, zone)
                for number, (text, zone, tag) in enumerate(rows)
            ],
            format="html",
        )
        assert HtmlRegionStripper().strip(page) == _strip_by_number(page)

    def test_numbers_not_rising(self) -> None:
        """
        A page built by hand with line numbers out of order is stripped by
        number, as `Page.remove` goes.
        """
        long = "This paragraph is the body of the page and it is long enough to count."
        page = Page(
            lines=[
                Line(5, "Home", "Home", zone="nav"),
                Line(2, long, long, zone="main"),
                Line(5, "Also five", "Also five", zone="main"),
            ],
            format="html",
        )
        stripped = HtmlRegionStripper().strip(page)
        assert [line.text for line in stripped.lines] == [long]
        assert [(record.kind, record.lines) for record in stripped.removed] == [
            ("nav", ("Home",)),
            ("nav", ("Also five",)),
        ]


class TestParseHtml:
    def test_end_to_end(self) -> None:
        """
        ``pressparse.parse`` on HTML gives the article's paragraphs,
        without the menus, and the metadata date.
        """
        release = pressparse.parse(PAGE.encode("utf-8"))
        body = release.body
        assert "She was speaking at the preparatory meeting" in body
        for gone in ("About us", "Imprint", "We use cookies", "Share on Facebook"):
            assert gone not in body
        assert dt.date(2008, 9, 17) == release.date

    def test_format_option(self) -> None:
        """
        ``format="html"`` reads a fragment the sniffer would not call HTML.
        """
        release = pressparse.parse(f"<p>{BODY_2}</p>", format="html")
        assert "<p>" not in release.body
        assert BODY_2 in release.body


class TestHintDates:
    """
    Metadata dates are checked against the reference date, never the clock.
    """

    PAGE = (
        '<html><head><meta property="article:published_time" content="2031-05-04">'
        "<title>A headline for the test page</title></head><body><main>"
        f"<h1>A headline for the test page</h1><p>{BODY_1}</p></main></body></html>"
    )

    def test_far_ahead_of_the_reference_is_refused(self) -> None:
        """
        A metadata date more than a year after the reference date is not taken.
        """
        page = read_html(self.PAGE, reference_date=dt.date(2025, 1, 1))

        assert None is page.hints.date

    def test_within_a_year_of_the_reference_is_taken(self) -> None:
        """
        A date up to a year after the reference date stands.
        """
        page = read_html(self.PAGE, reference_date=dt.date(2030, 6, 1))

        assert dt.date(2031, 5, 4) == page.hints.date

    def test_no_reference_no_bound(self) -> None:
        """
        Without a reference date no date is too late, whatever day it is.
        """
        assert dt.date(2031, 5, 4) == read_html(self.PAGE).hints.date
        assert dt.date(2031, 5, 4) == pressparse.parse(self.PAGE).date

    def test_parse_passes_the_reference_on(self) -> None:
        """
        ``parse(reference_date=...)`` bounds the HTML metadata date too.
        """
        release = pressparse.parse(self.PAGE, reference_date=dt.date(2025, 1, 1))

        assert dt.date(2031, 5, 4) != release.date

    def test_parse_hint_date(self) -> None:
        """
        The public reader takes the same reference.
        """
        from pressparse.html import parse_hint_date

        assert dt.date(2031, 5, 4) == parse_hint_date("2031-05-04")
        assert None is parse_hint_date("2031-05-04", reference_date=dt.date(2025, 1, 1))
        assert None is parse_hint_date("1989-12-31")
