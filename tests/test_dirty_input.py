"""
Inputs that are not clean: stray bytes, binary data, pages of millions of
lines or tags, HTML nested thousands of levels deep. Each test checks the
result; `benchmarks/bench_dirty.py` checks the cost.
"""

from __future__ import annotations

import json
import random

import pytest

import pressparse
from pressparse import Release
from pressparse._decode import MAX_LINES, binary_kind, decode_text, split_overflow
from pressparse.html._reader import MAX_DEPTH, MAX_TAGS, _cap_depth

HEADLINE = "Harbour board backs the new ferry terminal"
LEAD = (
    "The harbour board voted on Tuesday to back the plans for a new ferry "
    "terminal on the eastern quay."
)
SECOND = "Building work is expected to begin next spring and to take two years."
ZURICH = f"Press release\n{HEADLINE}\nZürich – {LEAD}\n{SECOND}\n"


class TestDecoding:
    def test_stray_byte_in_utf8(self) -> None:
        """
        One stray byte in a UTF-8 page is replaced; the rest stays UTF-8
        and the dateline is read (it used to turn into cp1252 mojibake).
        """
        data = ZURICH.encode("utf-8").replace(b"next spring", b"next\xff spring")

        release = pressparse.parse(data)

        assert ("Zürich", "utf-8+replace") == (release.place, release.decoding)
        assert (LEAD, SECOND.replace("next", "next\ufffd")) == release.paragraphs

    def test_windows_1252_page(self) -> None:
        """
        A Windows-1252 page (no valid UTF-8 sequence) is read as such.
        """
        release = pressparse.parse(ZURICH.encode("cp1252"))

        assert ("Zürich", "cp1252") == (release.place, release.decoding)

    @pytest.mark.parametrize(
        ("data", "expected"),
        [
            (b"plain ascii", ("plain ascii", "utf-8")),
            ("Zürich".encode(), ("Zürich", "utf-8")),
            (b"\xef\xbb\xbfZ\xc3\xbcrich", ("Zürich", "utf-8")),
            (b"\xef\xbb\xbfZ\xfcrich", ("Z\ufffdrich", "utf-8+replace")),
            ("\ufeffZürich".encode("utf-16-le"), ("Zürich", "utf-16-le")),
            (b"Z\xc3\xbcrich \xe2\x80\x93 \xff", ("Zürich – \ufffd", "utf-8+replace")),
            # As many stray bytes as valid sequences: not evidence enough.
            (b"Z\xc3\xbcrich \xff", ("ZÃ¼rich ÿ", "cp1252")),
            (b"caf\xe9 \x81", ("café \x81", "latin-1")),
        ],
    )
    def test_decode_text(self, data: bytes, expected: tuple[str, str]) -> None:
        """
        `decode_text` names how it decoded the bytes.
        """
        assert expected == decode_text(data)

    def test_html_decoding_is_recorded(self) -> None:
        """
        HTML bytes record their decoding too, a declared charset included.
        """
        page = f"<html><head><meta charset='iso-8859-1'></head><body><h1>{HEADLINE}</h1>"
        page += f"<p>Zürich – {LEAD}</p></body></html>"

        assert "cp1252" == pressparse.parse(page.encode("cp1252")).decoding
        assert "utf-8" == pressparse.parse(page.encode("utf-8")).decoding
        assert None is pressparse.parse(page).decoding

    def test_decoding_round_trips(self) -> None:
        """
        `Release.decoding` survives to_dict, JSON and from_dict; it is not
        part of equality or of the repr.
        """
        release = pressparse.parse(ZURICH.encode("cp1252"))

        again = Release.from_dict(json.loads(json.dumps(release.to_dict())))

        assert ("cp1252", "cp1252") == (release.to_dict()["decoding"], again.decoding)
        assert pressparse.parse(ZURICH) == release
        assert "decoding" not in repr(release)


class TestBinary:
    def test_random_bytes_give_an_empty_release(self) -> None:
        """
        Random bytes are taken for binary data: an empty release whose
        `decoding` says why.
        """
        release = pressparse.parse(random.Random(14).randbytes(100_000))

        assert (True, "binary", ()) == (release.is_empty, release.decoding, release.boilerplate)

    @pytest.mark.parametrize(
        ("data", "kind"),
        [
            (b"%PDF-1.4\n", "PDF document"),
            (b"GIF89a\x01\x00", "GIF image"),
            (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
            (b"\x1f\x8b\x08\x00", "gzip data"),
            (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "RIFF media"),
            (b"\x00\x00\x00\x18ftypmp42", "MP4 or QuickTime media"),
            (b"ID3\x04\x00\x00", "MP3 audio"),
            (b"text\x01\x02\x03\x04 and more", "control bytes"),
            (b"text with one \x00", "NUL bytes"),
        ],
    )
    def test_binary_kind(self, data: bytes, kind: str) -> None:
        """
        Signatures, NUL bytes and a share of control bytes name binary data.
        """
        assert kind == binary_kind(data)

    @pytest.mark.parametrize(
        "data",
        [
            ZURICH.encode("utf-8"),
            "\ufeffZürich".encode("utf-16-le"),
            b"a form feed\x0c, a tab\t, an escape \x1b[1m and one \x07 bell",
            b"RIFF raff",
            b"ID3 tags explained",
        ],
    )
    def test_text_is_not_binary(self, data: bytes) -> None:
        """
        Text, UTF-16 text with its BOM and text with a stray control
        character are not binary.
        """
        assert None is binary_kind(data)


class TestLargePages:
    def test_page_of_millions_of_menu_lines(self) -> None:
        """
        The lines past `MAX_LINES` are kept unread, as one boilerplate
        record holding their text; the lines before are read as usual.
        """
        menu = "- Home\n- News\n- Contact\n"
        page = menu * (MAX_LINES // 3 + 10)

        release = pressparse.parse(page)

        assert release.is_empty
        unread = release.boilerplate[-1]
        assert ("unread", "reader", MAX_LINES) == (unread.kind, unread.stripper, unread.start)
        assert (page.split("\n", MAX_LINES)[-1],) == unread.lines

    @pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
    def test_split_overflow(self, newline: str) -> None:
        """
        `split_overflow` cuts after `MAX_LINES` lines, whatever the line
        breaks, and leaves shorter pages alone.
        """
        page = newline.join(f"line {n}" for n in range(MAX_LINES + 2))

        head, rest = split_overflow(page)

        assert MAX_LINES == len(head.splitlines())
        assert f"line {MAX_LINES}{newline}line {MAX_LINES + 1}" == rest
        assert ("short\npage", None) == split_overflow("short\npage")

    def test_html_of_millions_of_tags(self) -> None:
        """
        HTML past `MAX_TAGS` tags is kept unread the same way; the page
        before the cut reads as usual.
        """
        items = "<li><a href='/x'>Home</a></li>" * (MAX_TAGS // 4 + 10)
        page = f"<html><body><h1>{HEADLINE}</h1><p>{LEAD}</p><nav><ul>{items}</ul></nav>"

        release = pressparse.parse(page)

        assert (HEADLINE, (LEAD,)) == (release.title, release.paragraphs)
        unread = release.boilerplate[-1]
        assert ("unread", "reader") == (unread.kind, unread.stripper)
        assert page.endswith(unread.lines[0])
        assert MAX_TAGS == page[: -len(unread.lines[0])].count("<")

    def test_page_on_one_line(self) -> None:
        """
        A page of a million characters on one line is one paragraph.
        """
        body = (LEAD + " ") * 10_000

        release = pressparse.parse(f"{HEADLINE}\n{body}")

        assert (HEADLINE, (body.strip(),)) == (release.title, release.paragraphs)


class TestDeepHtml:
    @pytest.mark.parametrize("depth", [2_000, 4_000, 20_000])
    def test_deep_nesting_reads_like_shallow(self, depth: int) -> None:
        """
        A heading and paragraphs inside thousands of wrapper elements read
        as they do shallow: the heading is the title, the paragraphs stay
        apart.
        """
        inner = f"<h1>{HEADLINE}</h1><p>{LEAD}</p><p>{SECOND}</p>"
        shallow = f"<html><head><title>Ferry news</title></head><body>{inner}</body></html>"
        deep = shallow.replace(inner, "<div>" * depth + inner + "</div>" * depth)

        expected = pressparse.parse(shallow)
        got = pressparse.parse(deep)

        assert (HEADLINE, (LEAD, SECOND)) == (got.title, got.paragraphs)
        assert expected.paragraphs == got.paragraphs

    def test_cap_depth_keeps_new_names_past_the_cap(self) -> None:
        """
        Past `MAX_DEPTH`, a start tag is kept when no element of its name
        is open, dropped (with its end tag) when one is.
        """
        source = b"<div>" * (MAX_DEPTH + 5) + b"<p>x</p>" + b"</div>" * (MAX_DEPTH + 5)

        capped = _cap_depth(source)

        assert b"<div>" * MAX_DEPTH + b"<p>x</p>" + b"</div>" * MAX_DEPTH == capped


@pytest.mark.parametrize(
    ("printed", "mended"),
    [
        ("asylum\u00e2\u0080\u0090seekers", "asylum\u2010seekers"),
        ("Labor\u00e2\u0080\u0099s plan", "Labor\u2019s plan"),
        (
            "\u00e2\u0080\u009cquoted\u00e2\u0080\u009d \u00e2\u0080\u0093 dash",
            "\u201cquoted\u201d \u2013 dash",
        ),
        # A bullet read as Latin-1 stays as printed: mending it would change
        # the page's line structure; plain text is left alone.
        ("\u00e2\u0080\u00a2 item", "\u00e2\u0080\u00a2 item"),
        ("Caf\u00e9 \u00e2 la carte", "Caf\u00e9 \u00e2 la carte"),
    ],
)
def test_mend_latin1_punctuation(printed: str, mended: str) -> None:
    from pressparse._text import mend_latin1_punctuation

    assert mend_latin1_punctuation(printed) == mended


def test_headline_with_a_hyphen_read_as_latin1() -> None:
    page = (
        " Senator Jane Roe \n\n Greens spokesperson on immigration \n\n 3 May 2012 \n\n"
        " Asylum\u00e2\u0080\u0090seekers deserve a fair hearing \n\n"
        " The government must hear every claim in full and on time, Senator Roe said"
        " today in a statement on the new processing rules. \n"
    )
    assert pressparse.parse(page).title == "Asylum\u2010seekers deserve a fair hearing"
