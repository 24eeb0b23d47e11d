"""
Crawler headers above a page (pressparse._crawl).

The shared corpus holds no WARC or reader-service pages: the samples here
are written from the formats' specifications (WARC 1.1, ISO 28500:2017,
section 4: a version line, named fields with indented continuations, a
blank line; WET files are WARC ``conversion`` records) and from the
output template of the r.jina.ai reader (``Title:``, ``URL Source:``,
optional lines such as ``Published Time:``, then ``Markdown Content:``).
They are tests of shapes, not evidence.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import pressparse
from pressparse import CrawlHeader, MetaField, Release
from pressparse._crawl import read_header, split_header

_BODY = (
    "A new ferry for the lake\n"
    "GENEVA, 3 March 2025 - The council agreed today to buy a new ferry for the "
    "lake, it said in a statement.\n"
)
_LEAD = "The council agreed today to buy a new ferry for the lake, it said in a statement."

_WET = (
    "WARC/1.1\r\n"
    "WARC-Type: conversion\r\n"
    "WARC-Target-URI: http://www.example.org/news/ferry\r\n"
    "WARC-Date: 2024-06-03T10:20:30Z\r\n"
    "WARC-Record-ID: <urn:uuid:6f3b1c1e-0000-4000-8000-000000000001>\r\n"
    "WARC-Refers-To: <urn:uuid:6f3b1c1e-0000-4000-8000-000000000002>\r\n"
    "WARC-Block-Digest: sha1:UZY6ND6CCHXETFVJD2MSS7ZENMWF7KQ2\r\n"
    "Content-Type: text/plain\r\n"
    "Content-Length: 144\r\n"
    "\r\n" + _BODY.replace("\n", "\r\n")
)

_RESPONSE = (
    "WARC/1.0\r\n"
    "WARC-Type: response\r\n"
    "WARC-Target-URI: <http://example.org/ferry>\r\n"
    "WARC-Date: 2024-06-03T10:20:30Z\r\n"
    "Content-Type: application/http; msgtype=response\r\n"
    "Content-Length: 400\r\n"
    "\r\n"
    "HTTP/1.1 200 OK\r\n"
    "Content-Type: text/html; charset=utf-8\r\n"
    "Date: Mon, 03 Jun 2024 10:20:30 GMT\r\n"
    "\r\n"
    "<!doctype html><html><head><title>Ferry | City</title></head><body>"
    "<h1>A new ferry for the lake</h1><p>GENEVA, 3 March 2025 - The council agreed today "
    "to buy a new ferry for the lake, it said in a statement.</p></body></html>"
)

_READER = (
    "Title: A new ferry for the lake | City of Geneva\n\n"
    "URL Source: https://example.org/ferry\n\n"
    "Published Time: 2025-03-03T09:00:00+01:00\n\n"
    "Markdown Content:\n"
    "A new ferry for the lake\n========================\n\n"
    "GENEVA, 3 March 2025 - The council agreed today to buy a [new ferry](https://x.org/f) "
    "for the lake, it said in a statement.\n"
)

_FRONT_MATTER = (
    "---\n"
    'title: "A new ferry for the lake"\n'
    "date: 2025-03-03\n"
    "url: https://example.org/ferry\n"
    "tags:\n  - lake\n  - ferry\n"
    "crawled_at: 2025-03-05T12:00:00Z\n"
    "---\n" + _BODY
)


class TestWarc:
    def test_wet_record(self) -> None:
        """
        A WET (conversion) record's header is metadata; the crawl date is
        never the release's date.
        """
        release = pressparse.parse(_WET)
        assert isinstance(release.crawl, CrawlHeader)
        assert ("warc", "http://www.example.org/news/ferry", dt.date(2024, 6, 3)) == (
            release.crawl.format,
            release.crawl.url,
            release.crawl.crawled,
        )
        assert release.crawl.published is None
        assert dt.date(2025, 3, 3) == release.date
        assert "A new ferry for the lake" == release.title
        assert (_LEAD,) == release.paragraphs
        first = release.boilerplate[0]
        assert ("crawl-header", "crawl", 0) == (first.kind, first.stripper, first.start)
        assert "WARC-Date: 2024-06-03T10:20:30Z" in first.lines

    def test_crawl_date_alone_is_no_date(self) -> None:
        """
        A page that states no date gets none from WARC-Date.
        """
        page = _WET.replace("GENEVA, 3 March 2025 - ", "")
        assert pressparse.parse(page).date is None

    def test_continuation_lines(self) -> None:
        """
        A field continued on an indented line is one value.
        """
        header, skip = read_header(
            [
                "WARC/1.1",
                "WARC-Type: conversion",
                "WARC-Target-URI: http://e.org/",
                "  a-b",
                "",
                "x",
            ]
        )
        assert header is not None
        assert 5 == skip
        assert MetaField(label="WARC-Target-URI", values=["http://e.org/ a-b"]) in header.fields

    @pytest.mark.parametrize("data", [_RESPONSE, _RESPONSE.encode("utf-8")])
    def test_response_record_over_html(self, data: str | bytes) -> None:
        """
        A response record's WARC and HTTP headers are split off and the
        HTML under them is read as HTML.
        """
        release = pressparse.parse(data)
        assert release.crawl is not None
        assert "http://example.org/ferry" == release.crawl.url
        assert "HTTP/1.1 200 OK" in release.crawl.lines
        assert "A new ferry for the lake" == release.title
        assert dt.date(2025, 3, 3) == release.date
        assert (_LEAD,) == release.paragraphs

    def test_not_a_header(self) -> None:
        """
        A version line followed by prose is no header.
        """
        assert (None, 0) == read_header(["WARC/1.0", "This is prose, not a field", ""])
        assert (None, 0) == read_header(["WARC/1.0 is a format"])


class TestReader:
    def test_reader_page(self) -> None:
        """
        A reader service's header gives the title hint and the published
        date; the content below is read as Markdown.
        """
        release = pressparse.parse(_READER)
        assert release.crawl is not None
        crawl = release.crawl
        assert ("reader", "https://example.org/ferry") == (crawl.format, crawl.url)
        assert "A new ferry for the lake | City of Geneva" == crawl.title
        assert dt.date(2025, 3, 3) == crawl.published
        assert "A new ferry for the lake" == release.title
        assert (_LEAD,) == release.paragraphs

    def test_title_hint_where_the_text_has_none(self) -> None:
        """
        The header's title (its site name cut off) and date serve where
        the page prints none.
        """
        page = (
            "Title: Ferry service to resume in spring | City of Geneva\n\n"
            "URL Source: https://example.org/ferry\n\n"
            "Published Time: 2025-03-03\n\n"
            "Markdown Content:\n"
        )
        release = pressparse.parse(page)
        assert "Ferry service to resume in spring" == release.title
        assert dt.date(2025, 3, 3) == release.date

    def test_without_url_source(self) -> None:
        """
        Without ``URL Source:`` the lines are the page's own text.
        """
        assert (None, 0) == read_header(["Title: Minister", "", "Markdown Content:", "x"])

    def test_header_lines_in_the_body_are_text(self) -> None:
        """
        ``Title:`` further down is page text.
        """
        page = "A new ferry\n\nTitle: A new ferry\nURL Source: https://e.org\nMarkdown Content:\n"
        release = pressparse.parse(page)
        assert release.crawl is None
        assert "crawl-header" not in {b.kind for b in release.boilerplate}


class TestFrontMatter:
    def test_front_matter(self) -> None:
        """
        YAML front matter is metadata: title, date, address, crawl date
        and every field.
        """
        release = pressparse.parse(_FRONT_MATTER)
        crawl = release.crawl
        assert crawl is not None
        assert (
            "front-matter",
            "A new ferry for the lake",
            dt.date(2025, 3, 3),
            dt.date(2025, 3, 5),
            "https://example.org/ferry",
        ) == (crawl.format, crawl.title, crawl.published, crawl.crawled, crawl.url)
        assert MetaField(label="tags", values=["lake", "ferry"]) in crawl.fields
        assert (_LEAD,) == release.paragraphs
        assert "---" == release.boilerplate[0].lines[0]

    def test_a_rule_over_prose_is_no_front_matter(self) -> None:
        """
        A page that opens with a rule and prose keeps them.
        """
        page = "---\nThe council agreed today to buy a ferry.\n---\nMore text.\n"
        assert (None, 0) == read_header(page.split("\n"))
        assert pressparse.parse(page).crawl is None

    def test_unclosed(self) -> None:
        """
        Front matter must close.
        """
        assert (None, 0) == read_header(["---", "title: x", "date: 2025-01-01"])


class TestDateFragment:
    @pytest.mark.parametrize("joint", ["", " "])
    def test_glued_date(self, joint: str) -> None:
        """
        A ``date YYYY-MM-DD`` glued before the first line is cut from it.
        """
        page = (
            f"date 2019-05-13{joint}Minister opens the new bridge\n"
            "The minister opened the new bridge over the river today, the ministry said.\n"
        )
        release = pressparse.parse(page)
        assert "Minister opens the new bridge" == release.title
        assert dt.date(2019, 5, 13) == release.date
        assert release.crawl is not None
        assert ("date", ("date 2019-05-13",)) == (release.crawl.format, release.crawl.lines)
        assert "crawl-header" == release.boilerplate[0].kind

    def test_impossible_date(self) -> None:
        """
        An impossible date is no fragment.
        """
        assert (None, 0) == read_header(["date 2019-02-31 Minister"])

    def test_a_word_date_is_no_fragment(self) -> None:
        """
        "dated ..." and "date: ..." are page text.
        """
        assert (None, 0) == read_header(["dated 2019-05-13"])
        assert (None, 0) == read_header(["date: 2019-05-13"])


class TestModel:
    @pytest.mark.parametrize("page", [_WET, _READER, _FRONT_MATTER, "date 2019-05-13 A\nB.\n"])
    def test_round_trip(self, page: str) -> None:
        """
        A release with a crawl header survives to_dict, JSON and from_dict.
        """
        release = pressparse.parse(page)
        assert release.crawl is not None
        data = json.loads(json.dumps(release.to_dict()))
        assert release == Release.from_dict(data)

    def test_no_header(self) -> None:
        """
        A page without a header has ``crawl=None``, also in its dict.
        """
        release = pressparse.parse(_BODY)
        assert release.crawl is None
        assert release.to_dict()["crawl"] is None
        assert release == Release.from_dict(release.to_dict())

    def test_split_header_needs_whole_lines(self) -> None:
        """
        `split_header` splits only headers that take whole lines.
        """
        assert split_header("date 2019-05-13 A\nB") is None
        assert split_header(_BODY) is None
