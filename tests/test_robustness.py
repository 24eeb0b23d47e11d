"""
Inputs that once made `pressparse.parse` crash or take time growing faster
than their size, each with the exact result it must give.

The long inputs are sized so that the old, quadratic code took seconds to
minutes on them and the linear code takes a fraction of a second; the
tests check the result, never the time.
"""

from __future__ import annotations

import datetime as dt
import json

import pressparse
from pressparse import _letterhead
from pressparse._fields.date import _run_in_sign_off
from pressparse._header import MAX_TITLE_CHARS
from pressparse._scan import dates_in
from pressparse._text import split_lines
from pressparse._units import join_units
from pressparse.html._reader import MAX_ATTRIBUTES, _cap_attributes

HEADLINE = "Harbour board backs the new ferry terminal"
LEAD = (
    "The harbour board voted on Tuesday to back the plans for a new ferry "
    "terminal on the eastern quay."
)
SECOND = "Building work is expected to begin next spring and to take two years."
HEAD = f"{HEADLINE}\n{LEAD}\n{SECOND}\n"


class TestLongLines:
    def test_address_search_in_a_long_word(self) -> None:
        """
        An e-mail address is looked for from the start of each run of its
        characters only: a long word without "@" is one try, not one per
        character.
        """
        assert (False, True, True) == (
            _letterhead.is_chrome("x" * 300_000),
            _letterhead.is_chrome("Contact jane.roe@example.org"),
            _letterhead.starts_with_address("jane.roe@example.org for details"),
        )

    def test_page_of_one_long_word(self) -> None:
        """
        A page that is one long word parses; the word is no headline
        (longer than `MAX_TITLE_CHARS`) and is kept on the boilerplate.
        """
        release = pressparse.parse("x" * 500_000)

        assert (None, (), None) == (release.title, release.paragraphs, release.date)
        assert [("header", ("x" * 500_000,))] == [(b.kind, b.lines) for b in release.boilerplate]

    def test_long_junk_word_over_the_headline(self) -> None:
        """
        A long ASCII token with no space over the headline is dropped from
        the header: the headline under it is the title.
        """
        release = pressparse.parse("Media release\n" + "Q" * 500_000 + "\n" + HEAD)

        assert ("Media release", HEADLINE, (LEAD, SECOND)) == (
            release.kind,
            release.title,
            release.paragraphs,
        )
        assert [("header", ("Q" * 500_000,))] == [(b.kind, b.lines) for b in release.boilerplate]

    def test_long_junk_word_is_no_headline(self) -> None:
        """
        With no headline under it, the junk gives no title either.
        """
        release = pressparse.parse("Q" * 500_000 + f"\n{LEAD}\n{SECOND}")

        assert (None, (LEAD, SECOND)) == (release.title, release.paragraphs)

    def test_headline_at_the_character_cap(self) -> None:
        """
        A headline of `MAX_TITLE_CHARS` characters or fewer is the title;
        one word more and the line is no headline: it opens the body.
        """
        words = (
            "Northern harbourmasters, shipbuilders, stevedores and longshoremen welcome "
            "extraordinary multimillion infrastructure commitments, environmental "
            "safeguards, decarbonisation programmes, apprenticeships, refurbishments, "
            "navigational improvements, breakwater reconstruction, dredging, warehousing, "
            "refrigeration, containerisation, harbourfront revitalisation, "
            "telecommunications upgrades and intermodal interconnections"
        ).split(" ")
        at_cap = " ".join(words[:-1])
        over_cap = " ".join(words)
        assert len(at_cap) <= MAX_TITLE_CHARS < len(over_cap)

        kept = pressparse.parse(f"{at_cap}\n{LEAD}\n{SECOND}")
        over = pressparse.parse(f"{over_cap}\n{LEAD}\n{SECOND}")

        assert (at_cap, (LEAD, SECOND)) == (kept.title, kept.paragraphs)
        assert (None, (over_cap, LEAD, SECOND)) == (over.title, over.paragraphs)

    def test_long_line_without_spaces_in_another_script_is_kept(self) -> None:
        """
        A long line of a script written without spaces is no headline but
        stays a paragraph (it is not taken for junk).
        """
        line = "港湾委員会は新しいフェリーターミナルの計画を承認した。" * 20

        release = pressparse.parse(f"{line}\n{LEAD}")

        assert (None, (line, LEAD)) == (release.title, release.paragraphs)

    def test_long_html_title_is_not_used(self) -> None:
        """
        A title in an HTML page's metadata longer than `MAX_TITLE_CHARS` is
        not used; the page's headline is.
        """
        junk = "x" * 5_000
        html = (
            f'<html><head><title>{junk}</title><meta property="og:title" content="{junk}">'
            f"</head><body><article><h1>{HEADLINE}</h1><p>{LEAD}</p><p>{SECOND}</p>"
            "</article></body></html>"
        )

        release = pressparse.parse(html)

        assert (HEADLINE, (LEAD, SECOND)) == (release.title, release.paragraphs)

    def test_wrapped_page_joins_into_one_long_unit(self) -> None:
        """
        Twenty thousand printed lines of one paragraph join into one unit,
        built once, not copied on every line.
        """
        first = "the harbour board said on Tuesday that the new ferry terminal would"
        second = "be built on the eastern quay, and that the work would begin in spring"
        printed = [first, second] * 10_000 + ["and end two years later."]

        units, gaps = join_units(split_lines("\n".join(printed)).lines, wrapped=True)

        assert [(0, " ".join(printed), "\n".join(printed))] == [
            (unit.number, unit.text, unit.raw) for unit in units
        ]
        assert [False] == gaps

    def test_hyphenated_words_join_in_a_long_unit(self) -> None:
        """
        A word broken with a hyphen at the end of a printed line joins the
        next line without a space, however long the unit.
        """
        printed = ["the harbour board and the port authority have agreed to co-"]
        printed += ["operate on the new terminal, and the harbour board will pay for"] * 3
        printed += ["it."]

        units, _ = join_units(split_lines("\n".join(printed)).lines, wrapped=True)

        assert [
            "the harbour board and the port authority have agreed to co-operate on the new "
            "terminal, and the harbour board will pay for operate on the new terminal, and "
            "the harbour board will pay for operate on the new terminal, and the harbour "
            "board will pay for it."
        ] == [unit.text for unit in units]


class TestManyDates:
    def test_many_dates_in_one_unit_with_a_contact(self) -> None:
        """
        A long last unit that names a contact and holds thousands of dates,
        none of them a sign-off, gives no date.
        """
        page = HEAD + "For details contact the board. "
        page += "The board met on 1 May 2020 to vote. " * 6000 + "\n"

        release = pressparse.parse(page)

        assert (HEADLINE, None, 3) == (release.title, release.date, len(release.paragraphs))

    def test_sign_off_closing_a_long_unit(self) -> None:
        """
        The sign-off that closes a long unit full of other dates is found.
        """
        page = HEAD + "The board met on 1 May 2020 to vote. " * 6000
        page += "The vote was as required. HOBART 13 JULY 2011\n"

        assert dt.date(2011, 7, 13) == pressparse.parse(page).date

    def test_sign_off_before_a_contact_in_a_long_unit(self) -> None:
        """
        So is a sign-off before a media contact at the end of a long unit.
        """
        page = HEAD + "The board met on 1 May 2020 to vote. " * 6000
        page += "The vote was as required. 13 July 2011 Media contact: Jane Roe\n"

        assert dt.date(2011, 7, 13) == pressparse.parse(page).date

    def test_stamps_after_an_address_in_a_long_unit(self) -> None:
        """
        A print stamp after a web address is still a stamp in a long unit
        of stamps, and the last resort for the date.
        """
        page = HEAD + "Page printed from http://example.org/ferry "
        page += "on 3 June 2021, " * 10_000 + "end\n"

        assert dt.date(2021, 6, 3) == pressparse.parse(page).date

    def test_every_date_of_a_long_text(self) -> None:
        """
        `dates_in` finds every date of a text longer than its window, also
        one that straddles a window's edge.
        """
        filler = "The board met to vote. " * 80  # 1,840 characters
        text = f"{filler}On 30 April 2020 it met again. {filler}And on 2 May 2020. {filler}"

        found = dates_in(text, None)

        assert [
            (dt.date(2020, 4, 30), (1843, 1856)),
            (dt.date(2020, 5, 2), (3718, 3728)),
        ] == [(date.date, date.span) for date in found]
        assert [text[start:end] for _, (start, end) in found] == ["30 April 2020", "2 May 2020"]

    def test_run_in_sign_off_after_long_words(self) -> None:
        """
        The words before a run-in date are read back however long they are.
        """
        text = "The vote was " + "y" * 500 + ". HOBART 13 JULY 2011"

        assert dt.date(2011, 7, 13) == _run_in_sign_off(text, None)

    def test_page_of_number_lines(self) -> None:
        """
        A page of thousands of lines of numbers holds no release; its lines
        are kept as header boilerplate.
        """
        line = "12 12 12 12 12 12 12 12 12 12"

        release = pressparse.parse("\n".join([line] * 5000))

        assert (True, [("header", 5000)]) == (
            release.is_empty,
            [(block.kind, len(block.lines)) for block in release.boilerplate],
        )

    def test_long_line_of_labels(self) -> None:
        """
        A long run of labels after a date label gives no date.
        """
        page = "Ferry terminal\nDate: " + "Note: " * 30_000 + f"\n{LEAD}"

        release = pressparse.parse(page)

        assert ("Ferry terminal", None, (LEAD,)) == (
            release.title,
            release.date,
            release.paragraphs,
        )


class TestHtmlInput:
    def test_deeply_nested_json_ld(self) -> None:
        """
        JSON-LD nested deeper than Python's recursion limit is skipped; the
        page is read from its markup.
        """
        script = "[" * 100_000 + "]" * 100_000
        page = (
            f'<html><head><script type="application/ld+json">{script}</script></head>'
            f"<body><h1>Ferry terminal approved</h1><p>{LEAD}</p></body></html>"
        )

        release = pressparse.parse(page)

        assert ("Ferry terminal approved", (LEAD,)) == (release.title, release.paragraphs)

    def test_tag_with_many_attributes(self) -> None:
        """
        A tag with a hundred thousand attributes keeps the first
        `MAX_ATTRIBUTES`; the page around it reads as usual.
        """
        attributes = " ".join(f"data-n{i}=v{i}" for i in range(100_000))
        page = (
            f"<html><body><div {attributes}><h1>{HEADLINE}</h1><p>{LEAD}</p></div></body></html>"
        )

        release = pressparse.parse(page)

        assert (HEADLINE, (LEAD,)) == (release.title, release.paragraphs)

    def test_cap_attributes(self) -> None:
        """
        Attributes after the first `MAX_ATTRIBUTES` go, quoted values and
        all; the tag's end and what follows stay.
        """
        kept = b" ".join(b'a%d="v %d"' % (i, i) for i in range(MAX_ATTRIBUTES))
        dropped = b" ".join(b"b%d='w>%d'" % (i, i) for i in range(50))

        assert b"<div " + kept + b"><p>Text</p></div>" == _cap_attributes(
            b"<div " + kept + b" " + dropped + b"><p>Text</p></div>"
        )

    def test_long_tag_with_few_attributes_is_left_alone(self) -> None:
        """
        A long tag with few attributes (an inline image) is not touched.
        """
        source = b'<img src="data:image/png;base64,' + b"A" * 50_000 + b'" alt="Map"><p>x</p>'

        assert source is _cap_attributes(source)

    def test_deep_nesting_then_open_tags(self) -> None:
        """
        Past the nesting libxml2 accepts, tags that never close (``<a <a``)
        do not make the depth repair rescan the rest of the page.
        """
        page = "<div>" * 5000 + f"<p>{LEAD}</p>" + "<a " * 100_000

        release = pressparse.parse(page, format="html")

        assert (LEAD,) == release.paragraphs


class TestStrInput:
    def test_surrogate_escaped_bytes_are_decoded(self) -> None:
        """
        Bytes a reader left escaped (``errors="surrogateescape"``) are read
        as UTF-8 where they are valid, else as Windows-1252.
        """
        page = (
            "Caf\udcc3\udca9 opens on the quay\n"
            "The new caf\udce9 opens its doors on the eastern quay on Monday, the board said."
        )

        release = pressparse.parse(page)

        assert (
            "Café opens on the quay",
            ("The new café opens its doors on the eastern quay on Monday, the board said.",),
        ) == (release.title, release.paragraphs)

    def test_split_pair_and_lone_surrogates(self) -> None:
        """
        A surrogate pair split in two code points becomes its character; a
        lone surrogate becomes U+FFFD. The release then encodes as UTF-8
        and survives a JSON round trip.
        """
        release = pressparse.parse("Ferry \ud83d\udea2 terminal \ud800 approved")
        record = json.dumps(release.to_dict(), ensure_ascii=False)

        assert "Ferry \U0001f6a2 terminal \ufffd approved" == release.title
        assert release == pressparse.Release.from_dict(json.loads(record.encode("utf-8")))
