"""
Boilerplate removal by shape: navigation menus, footers and body lists on
pages built from parts (see ``tests/pages.py``).

Each example states every field the page must give, and checks that no
menu line leaks into the body and that every removed menu line is kept on
`Release.boilerplate`.
"""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import pressparse
from pages import (
    BODY,
    COPYRIGHT,
    DATE,
    DATELINE,
    FIELDS_OF_WORK,
    FOOTER_LINKS,
    FOOTER_MENU,
    HEADLINE,
    LIST_INTRO,
    LIST_ITEMS,
    NAV_LABELS,
    OSCE_MENU,
    SOCIAL,
    Fixture,
    Menu,
    Metadata,
    Section,
    flat_menu,
    leaked,
    lost,
    normal,
    observed,
)
from pressparse import Line, Page
from pressparse._sections import section_kind
from pressparse.strippers import FooterStripper, MenuStripper
from pressparse.strippers._menus import is_flat_menu

TOPIC = ("Combating trafficking in human beings",)


def _same(text: str) -> str:
    return text


@attrs.frozen
class Example:
    """
    A page built from parts and every field parsing it must give.
    """

    fixture: Fixture = attrs.field(factory=Fixture)
    title: str | None = HEADLINE
    kind: str | None = "Press release"
    date: dt.date | None = DATE
    place: str | None = "GENEVA"
    source: str | None = "OSCE Secretariat"
    topics: tuple[str, ...] = TOPIC
    dateline: str | None = DATELINE
    paragraphs: tuple[str, ...] = BODY
    transform: Callable[[str], str] = _same

    def text(self) -> str:
        return self.transform(self.fixture.text())

    def expected(self) -> dict[str, object]:
        return {
            "title": self.title,
            "kind": self.kind,
            "date": self.date,
            "place": self.place,
            "source": self.source,
            "topics": self.topics,
            "dateline": self.dateline,
            "paragraphs": self.paragraphs,
        }


def page(**changes: Any) -> Fixture:
    """
    The standard page with some parts changed.
    """
    return attrs.evolve(Fixture(), **changes)


def _rename(menu: Menu, names: dict[str, str]) -> Menu:
    return attrs.evolve(
        menu,
        sections=[
            Section(
                names.get(s.heading, s.heading) if s.heading else None,
                [names.get(item, item) for item in s.items],
            )
            for s in menu.sections
        ],
    )


def _nbsp(text: str) -> str:
    """
    Non-breaking spaces after markers, inside items and in the dateline.
    """
    return (
        text.replace("\n- ", "\n-\u00a0")
        .replace("About us", "About\u00a0us")
        .replace(", 17 September 2008 - ", ",\u00a017\u00a0September 2008\u00a0- ")
    )


ADDED = Menu(
    [
        Section(None, ("Home", "Newsroom", "Press releases", "Multimedia")),
        OSCE_MENU.sections[0],
        Section("Fields of work", (*FIELDS_OF_WORK, "Anti-corruption", "Water governance")),
        *OSCE_MENU.sections[2:],
        Section("Resources", ("Publications", "Documents", "Careers", "Procurement")),
    ]
)
REMOVED = Menu(
    [
        Section("Our work", ()),
        Section("Fields of work", FIELDS_OF_WORK[::4]),
        Section(None, ("About us",)),
    ]
)
RENAMED = _rename(
    OSCE_MENU,
    {
        "Our work": "What we work on",
        "Fields of work": "Areas of activity",
        "Cyber/ICT Security": "Cyber security",
        "Democratization": "Democratic institutions",
        "Human rights meetings": "Human dimension meetings",
        "North Macedonia": "the former Yugoslav Republic of Macedonia",
        "About us": "Who we are",
    },
)
REORDERED = Menu([Section(s.heading, reversed(s.items)) for s in reversed(OSCE_MENU.sections)])

MENU_EXAMPLES = {
    "osce-menu": Example(),
    "items-added": Example(page(top=ADDED)),
    "items-removed": Example(page(top=REMOVED)),
    "items-renamed": Example(page(top=RENAMED)),
    "items-reordered": Example(page(top=REORDERED)),
    "flat-menu": Example(page(top=flat_menu(NAV_LABELS))),
    "two-item-menu": Example(page(top=flat_menu(("English", "Français")))),
    "one-item-menu-no-label": Example(page(top=flat_menu(("Home",)), kind=None), kind=None),
    "indented-2": Example(page(top=attrs.evolve(OSCE_MENU, indent=2))),
    "indented-8": Example(page(top=attrs.evolve(ADDED, indent=8))),
    "marker-star": Example(page(top=attrs.evolve(OSCE_MENU, marker="*"))),
    "marker-bullet": Example(page(top=attrs.evolve(OSCE_MENU, marker="•"))),
    "marker-middle-dot": Example(page(top=attrs.evolve(OSCE_MENU, marker="·"))),
    "marker-star-metadata-too": Example(
        page(top=attrs.evolve(OSCE_MENU, marker="*"), metadata=Metadata(marker="*"))
    ),
    "blank-lines-between-sections": Example(page(top=attrs.evolve(OSCE_MENU, spaced=True))),
    "footer-menu-and-copyright": Example(page(footer=FOOTER_MENU, copyright=COPYRIGHT)),
    "social-links-only": Example(page(footer=flat_menu(SOCIAL))),
    "footer-links-star": Example(page(footer=flat_menu(FOOTER_LINKS, marker="*"))),
    "copyright-only": Example(page(copyright=COPYRIGHT)),
    "both-menus-bullet": Example(
        page(
            top=attrs.evolve(REORDERED, marker="•"),
            footer=attrs.evolve(FOOTER_MENU, marker="•"),
            copyright=COPYRIGHT,
        )
    ),
    "no-menu": Example(page(top=None)),
    "no-menu-no-label": Example(page(top=None, kind=None), kind=None),
    "no-label": Example(page(kind=None), kind=None),
    "crlf": Example(page(newline="\r\n", footer=FOOTER_MENU, copyright=COPYRIGHT)),
    "cr": Example(page(newline="\r")),
    "non-breaking-spaces": Example(transform=_nbsp),
    "blank-lines-between-paragraphs": Example(page(blank_lines=True)),
    "blank-lines-everywhere": Example(
        page(blank_lines=True, top=attrs.evolve(OSCE_MENU, spaced=True)),
        transform=lambda text: text.replace("\n", "\n\n"),
    ),
    "inline-labels": Example(page(metadata=Metadata(date=None, inline=True, marker=""))),
    "inline-labels-marked": Example(page(metadata=Metadata(date=None, inline=True))),
    "inline-labels-after-flat-menu": Example(
        page(top=flat_menu(NAV_LABELS[:6]), metadata=Metadata(date=None, inline=True))
    ),
    "place-differs-from-dateline": Example(
        page(metadata=Metadata(place="VIENNA")), place="VIENNA"
    ),
    "no-metadata": Example(page(metadata=None), source=None, topics=()),
    "no-metadata-no-label": Example(
        page(metadata=None, kind=None), kind=None, source=None, topics=()
    ),
}

#: Examples with a date in the metadata block as well as in the dateline.
DATED_EXAMPLES = {
    "inline-date": Example(
        page(metadata=Metadata(date="17 September 2008", inline=True, marker=""))
    ),
    "stacked-date": Example(page(metadata=Metadata(date="17 September 2008"))),
}


def _ids(table: dict[str, Example]) -> list[object]:
    return [pytest.param(example, id=name) for name, example in table.items()]


class TestMenus:
    @pytest.mark.parametrize("example", _ids(MENU_EXAMPLES))
    def test_fields(self, example: Example) -> None:
        """
        Whatever the menus, every field comes back exactly.
        """
        assert example.expected() == observed(pressparse.parse(example.text()))

    @pytest.mark.parametrize("example", _ids(MENU_EXAMPLES))
    def test_no_menu_line_leaks(self, example: Example) -> None:
        """
        No menu line, with or without its marker, is a paragraph.
        """
        release = pressparse.parse(example.text())

        assert [] == leaked(release, example.fixture.menu_lines())

    @pytest.mark.parametrize("example", _ids(MENU_EXAMPLES))
    def test_nothing_lost(self, example: Example) -> None:
        """
        Every removed menu and copyright line is kept on the boilerplate.
        """
        release = pressparse.parse(example.text())

        assert [] == lost(release, example.fixture.boilerplate_lines())

    @pytest.mark.parametrize("example", _ids(DATED_EXAMPLES))
    def test_metadata_date(self, example: Example) -> None:
        """
        A date stated in the metadata block is read, inline or stacked.
        """
        assert example.expected() == observed(pressparse.parse(example.text()))

    def test_inline_empty_label_takes_no_value(self) -> None:
        """
        An empty inline label (``Date:`` alone) does not swallow the next
        ``Label: value`` line.
        """
        example = Example(page(metadata=Metadata(date="", inline=True, marker="")))

        assert example.expected() == observed(pressparse.parse(example.text()))

    def test_boilerplate_records_menus(self) -> None:
        """
        The top menu becomes one ``menu`` record from the menus stripper,
        starting on the first line of the page.
        """
        release = pressparse.parse(Fixture().text())
        first = release.boilerplate[0]

        assert ("menu", "menus", 0, tuple(OSCE_MENU.lines())) == (
            first.kind,
            first.stripper,
            first.start,
            first.lines,
        )


def _list_body(*items: str, marker: str = "-") -> tuple[str, ...]:
    return tuple(f"{marker} {item}" for item in items)


LIST = _list_body(*LIST_ITEMS)

LIST_EXAMPLES = {
    "after-colon": Example(
        page(body=(BODY[0], LIST_INTRO, *LIST, *BODY[1:])),
        paragraphs=(BODY[0], LIST_INTRO, *LIST, *BODY[1:]),
    ),
    "between-prose": Example(
        page(body=(BODY[0], *LIST, *BODY[1:])),
        paragraphs=(BODY[0], *LIST, *BODY[1:]),
    ),
    "after-colon-star-marker": Example(
        page(body=(*BODY[:2], LIST_INTRO, *_list_body(*LIST_ITEMS, marker="*"), *BODY[2:])),
        paragraphs=(*BODY[:2], LIST_INTRO, *_list_body(*LIST_ITEMS, marker="*"), *BODY[2:]),
    ),
    "two-items-between-prose": Example(
        page(body=(BODY[0], *LIST[:2], *BODY[1:])),
        paragraphs=(BODY[0], *LIST[:2], *BODY[1:]),
    ),
    "blank-lines-around-list": Example(
        page(body=(BODY[0], LIST_INTRO, *LIST, *BODY[1:]), blank_lines=True),
        paragraphs=(BODY[0], LIST_INTRO, *LIST, *BODY[1:]),
    ),
    "closes-body": Example(
        page(body=(*BODY, LIST_INTRO, *LIST)),
        paragraphs=(*BODY, LIST_INTRO, *LIST),
    ),
    "closes-body-before-copyright": Example(
        page(body=(*BODY, LIST_INTRO, *LIST), copyright=COPYRIGHT),
        paragraphs=(*BODY, LIST_INTRO, *LIST),
    ),
    "closes-body-before-headed-footer": Example(
        page(body=(*BODY, LIST_INTRO, *LIST), footer=FOOTER_MENU, copyright=COPYRIGHT),
        paragraphs=(*BODY, LIST_INTRO, *LIST),
    ),
    "closes-body-before-footer-with-other-marker": Example(
        page(
            body=(*BODY, LIST_INTRO, *LIST),
            footer=flat_menu(SOCIAL, marker="•"),
            copyright=COPYRIGHT,
        ),
        paragraphs=(*BODY, LIST_INTRO, *LIST),
    ),
    "indented-list-closes-body-before-footer": Example(
        page(
            body=(*BODY, LIST_INTRO, *(f"  {item}" for item in LIST)),
            footer=flat_menu(FOOTER_LINKS),
            copyright=COPYRIGHT,
        ),
        paragraphs=(*BODY, LIST_INTRO, *LIST),
    ),
    "nested-list": Example(
        page(body=(BODY[0], LIST_INTRO, LIST[0], "  - in the upper basin", *LIST[1:], *BODY[1:])),
        paragraphs=(BODY[0], LIST_INTRO, LIST[0], "- in the upper basin", *LIST[1:], *BODY[1:]),
    ),
}


class TestBodyLists:
    @pytest.mark.parametrize("example", _ids(LIST_EXAMPLES))
    def test_fields(self, example: Example) -> None:
        """
        A bulleted list in the body stays, item by item, marker included.
        """
        assert example.expected() == observed(pressparse.parse(example.text()))

    @pytest.mark.parametrize("example", _ids(LIST_EXAMPLES))
    def test_nothing_lost(self, example: Example) -> None:
        """
        The menus around a body list are removed and kept on the boilerplate.
        """
        release = pressparse.parse(example.text())

        assert ([], []) == (
            leaked(release, example.fixture.menu_lines()),
            lost(release, example.fixture.boilerplate_lines()),
        )

    def test_flush_footer_with_same_marker_reads_as_list(self) -> None:
        """
        Documented limit: a heading-less footer menu printed right after a
        closing list, with the same marker and indent, cannot be told from
        the list by shape and is kept as part of it. A heading, another
        marker or another indent on the footer separates the two (see the
        ``closes-body-before-*`` examples).
        """
        fixture = page(body=(*BODY, LIST_INTRO, *LIST), footer=flat_menu(SOCIAL))

        release = pressparse.parse(fixture.text())

        assert (*BODY, LIST_INTRO, *LIST, *_list_body(*SOCIAL)) == release.paragraphs

    def test_list_without_colon_closing_body_is_chrome(self) -> None:
        """
        Documented limit: short bulleted lines after the last prose line,
        with no colon to introduce them, are taken for a footer menu (and
        kept on the boilerplate).
        """
        release = pressparse.parse(page(body=(*BODY, *LIST)).text())

        assert (BODY, []) == (release.paragraphs, lost(release, LIST))


class TestFooter:
    @pytest.mark.parametrize(
        ("closing", "kept"),
        [
            pytest.param("Tickets for the excursion are sold on board.", True, id="sentence"),
            pytest.param("Entry is free.", True, id="short-sentence"),
            pytest.param("Who will pay for it?", True, id="question"),
            pytest.param("Venue: Hofburg, Heldenplatz, Vienna", True, id="inline-label"),
            pytest.param("Contact: press office, +43 1 514 36 6000", False, id="contact-label"),
            pytest.param("Back to top", False, id="back-to-top"),
            pytest.param("Share this page", False, id="share"),
            pytest.param("Print", False, id="one-word"),
            pytest.param("Read more.", False, id="two-words"),
            pytest.param(COPYRIGHT, False, id="copyright"),
            pytest.param("Copyright 2024 OSCE. All rights reserved.", False, id="rights"),
            pytest.param("Share on Facebook (opens in new tab)", False, id="share-link"),
            pytest.param("Follow us on LinkedIn.", False, id="follow-link"),
            pytest.param(
                "Terms of use | Accessibility statement | Site map | Data protection",
                False,
                id="link-row-between-bars",
            ),
            pytest.param(
                "Jane Roe | Press officer | +61 2 6000 0000", True, id="contact-row-with-digits"
            ),
            pytest.param("Ports | Rail | Roads are all open again.", True, id="bars-in-sentence"),
            pytest.param("Terms of use | Site map", False, id="two-links-short-chrome"),
        ],
    )
    def test_closing_line(self, closing: str, kept: bool) -> None:
        """
        A line after the last paragraph stays when it reads as a sentence or
        metadata, and goes to the boilerplate when it is chrome.
        """
        release = pressparse.parse(page(body=(*BODY, closing)).text())
        expected = (*BODY, closing) if kept else BODY

        assert (expected, [] if kept else [(closing,)]) == (
            release.paragraphs,
            [b.lines for b in release.boilerplate if b.stripper == "footer"],
        )

    def test_a_wrapped_paragraph_keeps_its_closing_line(self) -> None:
        """
        A text browser (lynx) wraps a paragraph at the page's width and can
        leave its last words on a short line of their own: that line is the
        paragraph's, not trailing chrome, and one starting with a section's
        word (German "über", about) heads no section. A short line under a
        wrapped copyright line goes with it.
        """
        from pressparse.strippers import FooterStripper

        wide = "   The regional office said on Monday that the river had risen over its banks"
        text = (
            "   The regional office said on Monday that the dams upstream were watched.\n\n"
            f"{wide}\n   in places.\n\n"
            f"{wide} and\n   über Nacht: Das Wasser steigt.\n\n"
            "   © 2024 The Regional Office. All rights reserved. No part of this site may\n"
            "   be reproduced.\n\n"
            "   Back to top\n"
        )
        read = pressparse.Parser(strippers=()).read(text, format="text")
        stripped = FooterStripper().strip(read)
        kept = [line.text for line in stripped.lines if line.text]
        assert "in places." in kept
        assert "über Nacht: Das Wasser steigt." in kept
        assert "be reproduced." not in kept
        assert "Back to top" not in kept

    def test_a_contact_entry_over_the_body_closes_nothing(self) -> None:
        """
        A converter that prints a long navigation before the body puts the
        menu's "Contact" entry below the page's middle, over the body: a
        closing section closes the body, so a heading with more of the
        page's prose under it than over it starts none.
        """
        from pressparse.strippers import FooterStripper

        nav = "".join(f"Section number {n}\n\n" for n in range(30))
        prose = (
            "The regional office said on Monday that the river had risen over its banks "
            "in three places, and that the dams upstream were being watched day and night."
        )
        text = nav + "Contact\n\nImprint\n\n" + "\n\n".join([prose] * 4) + "\n"
        read = pressparse.Parser(strippers=()).read(text, format="text")
        stripped = FooterStripper().strip(read)
        assert sum(line.text == prose for line in stripped.lines) == 4

    def test_an_end_mark_with_more_of_the_body_under_it_ends_nothing(self) -> None:
        """
        ``***`` (``* * *``) between a page's sections (kath.net's saint of
        the day over the gospel, an interview under the Economist's
        introduction, a speech's parts) or as a sidebar's ornament over the
        article (der-erfolg-gibt-recht) has more of the page's prose under
        it than over it: the body goes on. Under the release's end mark
        only its boilerplate stands, shorter than the release.
        """
        from pressparse.strippers import FooterStripper

        prose = (
            "The regional office said on Monday that the river had risen over its banks "
            "in three places, and that the dams upstream were being watched day and night."
        )
        text = "\n\n".join([prose, "***", prose, prose]) + "\n"
        read = pressparse.Parser(strippers=()).read(text, format="text")
        stripped = FooterStripper().strip(read)
        assert sum(line.text == prose for line in stripped.lines) == 3
        assert not stripped.removed
        # The release's end: less prose under the mark than over it.
        text = "\n\n".join([prose, prose, "* * *", prose]) + "\n"
        read = pressparse.Parser(strippers=()).read(text, format="text")
        stripped = FooterStripper().strip(read)
        assert sum(line.text == prose for line in stripped.lines) == 2
        assert [record.kind for record in stripped.removed] == ["end-mark", "after-end"]

    def test_sign_off_and_wire_line_close_the_body(self) -> None:
        """
        A company's sign-off on its board's behalf, the signatory's line
        under it and a wire's closing line leave the body, each kept as a
        record of its kind.
        """
        closing = (
            "On behalf of the Board of Directors",
            "Lena Falk, Chief Executive Officer",
            "To view the source version of this press release, please visit the wire's site.",
        )
        release = pressparse.parse(page(body=(*BODY, *closing)).text())

        assert (BODY, [("sign-off", closing[:2]), ("wire", closing[2:])]) == (
            release.paragraphs,
            [(b.kind, b.lines) for b in release.boilerplate if b.stripper == "footer"],
        )

    @pytest.mark.parametrize(
        ("heading", "kind"),
        [
            pytest.param("About Harbor Analytics, Inc.", "about", id="about-company-inc"),
            pytest.param("About Nordlicht S.A.", "about", id="about-company-sa"),
            pytest.param("About time the ferry ran.", None, id="about-sentence"),
            pytest.param("Pressestelle", "contact", id="de-press-office"),
            pytest.param("MEDIA RELATIONS", "contact", id="media-relations"),
            pytest.param("Service de communication", "contact", id="fr-press-office"),
            pytest.param("Ufficio Stampa", "contact", id="it-press-office"),
            pytest.param("Address for enquiries", "contact", id="address-for-enquiries"),
            pytest.param("Adresse für Rückfragen", "contact", id="de-address-for-questions"),
            pytest.param("Rückfragen:", "contact", id="de-questions-label"),
            pytest.param(
                "Adresse pour l'envoi de questions", "contact", id="fr-address-for-questions"
            ),
            pytest.param("Enquiries into the ferry fire", None, id="enquiries-headline"),
            pytest.param(
                "For more information on this topic, please contact:",
                "contact",
                id="long-please-contact-heading",
            ),
            pytest.param(
                "For more information on the ferry timetable and fares for islanders",
                None,
                id="long-information-line-without-contact",
            ),
            pytest.param(
                "Bureau de la communication interministérielle",
                "contact",
                id="fr-bureau-press-office",
            ),
            pytest.param("SOURCE Harbor Analytics, Inc.", "source", id="wire-source-line"),
            pytest.param("SOURCE: Maple Grid Ltd.", "source", id="wire-source-line-colon"),
            pytest.param("Source: harbour authority figures", None, id="source-note-not-capitals"),
            pytest.param(
                "Related topics: Fisheries, Baltic Sea", "tags", id="related-topics-label"
            ),
            pytest.param("Tema: Transportes", "tags", id="es-topic-label"),
            pytest.param("ON BEHALF OF THE BOARD", "sign-off", id="board-sign-off"),
            pytest.param(
                "For and on behalf of the Board of Directors,", "sign-off", id="for-and-on-behalf"
            ),
            pytest.param("Au nom du conseil d'administration", "sign-off", id="fr-board-sign-off"),
            pytest.param(
                "On behalf of the board, I thank the crews who kept the ferries running.",
                None,
                id="sentence-on-behalf-of-the-board",
            ),
            pytest.param(
                "To view the source version of this press release, please visit the wire's site.",
                "wire",
                id="wire-closing-line",
            ),
            pytest.param(
                "View original content to download multimedia: the wire's page",
                "wire",
                id="wire-original-content",
            ),
            pytest.param("To view the ferry timetable, see the port's site.", None, id="to-view"),
            pytest.param(
                "By Harbour Board staff | 4 June 2024 | Topics: Ferries, Fares",
                "tags",
                id="closing-bar-byline-date-topics",
            ),
            pytest.param("Posted 4 June 2024 | Tags: ferries", "tags", id="closing-bar-date-tags"),
            pytest.param(
                "By Jo Marsh | Topics: Ferries | Tags: fares",
                None,
                id="closing-bar-two-topic-pairs",
            ),
            pytest.param(
                "The board met in June and raised the fares again. | Topics: Ferries",
                None,
                id="closing-bar-sentence-piece",
            ),
            pytest.param(
                "By Jo Marsh | Phone: 0400 000 000 | Topics: Ferries",
                None,
                id="closing-bar-contact-pair",
            ),
            pytest.param("By Jo Marsh | 4 June 2024", None, id="closing-bar-no-topics"),
        ],
    )
    def test_section_heading(self, heading: str, kind: str | None) -> None:
        """
        A closing section's heading: a company name may end on its
        abbreviated legal form; a press office heads its contact lines.
        """
        assert kind == section_kind(heading)


FIELDS_MENU_WITH_COMMA = Menu(
    [
        Section(
            "Fields of work",
            ("Democratization, elections and governance", "Rule of law", "Human rights"),
        ),
        *OSCE_MENU.sections[2:],
    ]
)

TOPIC_EXAMPLES = {
    "one-line-list": Example(
        page(metadata=Metadata(topics=["Rule of law, Human rights, Gender equality"])),
        topics=("Rule of law", "Human rights", "Gender equality"),
    ),
    "one-line-list-inline": Example(
        page(
            metadata=Metadata(
                date=None, topics=["Rule of law, Human rights, Gender equality"], inline=True
            )
        ),
        topics=("Rule of law", "Human rights", "Gender equality"),
    ),
    "one-value-per-line": Example(
        page(metadata=Metadata(topics=["Rule of law", "Human rights", "Gender equality"])),
        topics=("Rule of law", "Human rights", "Gender equality"),
    ),
    "menu-term-with-comma-alone": Example(
        page(
            top=FIELDS_MENU_WITH_COMMA,
            metadata=Metadata(topics=["Democratization, elections and governance"]),
        ),
        topics=("Democratization, elections and governance",),
    ),
    "menu-term-with-comma-in-list": Example(
        page(
            top=FIELDS_MENU_WITH_COMMA,
            metadata=Metadata(
                topics=["Human rights, Democratization, elections and governance, Rule of law"]
            ),
        ),
        topics=("Human rights", "Democratization, elections and governance", "Rule of law"),
    ),
    "term-with-comma-not-in-any-menu": Example(
        page(metadata=Metadata(topics=["Democratization, elections and governance"])),
        topics=("Democratization", "elections and governance"),
    ),
    "duplicates-once": Example(
        page(metadata=Metadata(topics=["Rule of law", "Rule of law, Human rights"])),
        topics=("Rule of law", "Human rights"),
    ),
}


class TestTopics:
    @pytest.mark.parametrize("example", _ids(TOPIC_EXAMPLES))
    def test_topics(self, example: Example) -> None:
        """
        A one-line topic list gives separate topics, except that a term the
        page's own menu lists is kept whole even when it holds a comma.
        """
        assert example.expected() == observed(pressparse.parse(example.text()))


#: A page whose headline and place need more than ASCII.
ACCENTED = Example(
    page(
        headline="Mediators’ network meets in Zürich to review early-warning practice",
        metadata=Metadata(place="ZÜRICH"),
        dateline="ZÜRICH, 17 September 2008 - ",
    ),
    title="Mediators’ network meets in Zürich to review early-warning practice",
    place="ZÜRICH",
    dateline="ZÜRICH, 17 September 2008 - ",
)


class TestInput:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("", id="empty"),
            pytest.param("   \n\t\n \u00a0 \r\n", id="whitespace"),
            pytest.param("\n".join(OSCE_MENU.lines()), id="osce-menu"),
            pytest.param("\n".join(flat_menu(NAV_LABELS).lines()), id="flat-menu"),
            pytest.param("\n".join([*FOOTER_MENU.lines(), COPYRIGHT]), id="footer"),
            pytest.param("\n".join(flat_menu(("Home", "Contact")).lines()), id="two-items"),
        ],
    )
    def test_no_release(self, text: str) -> None:
        """
        Empty text, white space, or a page of menus gives an empty `Release`.
        """
        release = pressparse.parse(text)

        assert (True, (), None) == (release.is_empty, release.paragraphs, release.title)

    @pytest.mark.parametrize(
        "encode",
        [
            pytest.param(lambda t: t.encode("utf-8"), id="utf-8"),
            pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), id="utf-8-bom"),
            pytest.param(lambda t: t.encode("cp1252"), id="cp1252"),
            pytest.param(lambda t: t.replace("\n", "\r\n").encode("cp1252"), id="cp1252-crlf"),
        ],
    )
    def test_bytes(self, encode: Callable[[str], bytes]) -> None:
        """
        Bytes are decoded (BOM, else UTF-8, else Windows-1252) and give the
        same release as the text.
        """
        release = pressparse.parse(encode(ACCENTED.text()))

        assert ACCENTED.expected() == observed(release)

    @pytest.mark.parametrize(
        ("value", "name"),
        [
            pytest.param(42, "int", id="int"),
            pytest.param(None, "NoneType", id="none"),
            pytest.param(["text"], "list", id="list"),
            pytest.param(3.5, "float", id="float"),
        ],
    )
    def test_not_text(self, value: object, name: str) -> None:
        """
        Anything but str or bytes raises a TypeError naming the type.
        """
        with pytest.raises(TypeError, match=rf"\b{name}\b"):
            pressparse.parse(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("text", "missing"),
        [
            pytest.param("", ("title", "date", "paragraphs"), id="empty"),
            pytest.param(
                "\n".join(OSCE_MENU.lines()), ("title", "date", "paragraphs"), id="only-menu"
            ),
            pytest.param(page(dateline="").text(), ("date",), id="no-date"),
        ],
    )
    def test_strict(self, text: str, missing: tuple[str, ...]) -> None:
        """
        With ``strict=True`` a page lacking required fields raises
        `ParseError`, a ValueError that names them.
        """
        with pytest.raises(ValueError, match=", ".join(missing)) as info:
            pressparse.parse(text, strict=True)

        assert isinstance(info.value, pressparse.ParseError)
        assert missing == info.value.missing

    def test_strict_complete_page(self) -> None:
        """
        With ``strict=True`` a complete page parses as without it.
        """
        text = Fixture().text()

        assert pressparse.parse(text) == pressparse.parse(text, strict=True)


class TestStrippers:
    def test_menu_stripper_keeps_metadata_block(self) -> None:
        """
        The menus stripper alone removes the menu and leaves the kind label,
        headline, metadata block and body for the header reader.
        """
        fixture = Fixture()
        read = pressparse.Parser().read(fixture.text())

        stripped = MenuStripper().strip(read)

        assert fixture.lines()[len(OSCE_MENU.lines()) :] == [line.raw for line in stripped.lines]

    def test_footer_stripper_alone(self) -> None:
        """
        The footer stripper alone removes a copyright line after the body.
        """
        parser = pressparse.Parser(strippers=[FooterStripper()])

        release = parser.parse(page(top=None, copyright=COPYRIGHT).text())

        assert (BODY, [(COPYRIGHT,)]) == (
            release.paragraphs,
            [b.lines for b in release.boilerplate],
        )

    @pytest.mark.parametrize(
        ("tail", "kept"),
        [
            pytest.param(
                ("Share this page", "Was this page helpful?", "Yes", "No"),
                (),
                id="question-under-chrome-over-its-answers",
            ),
            pytest.param(
                ("Was this page helpful?", "Yes", "No"),
                ("Was this page helpful?",),
                id="question-right-after-the-body-stays",
            ),
            pytest.param(
                (
                    "Share this page",
                    "Was this page helpful?",
                    "Send us your view below.",
                ),
                ("Was this page helpful?", "Send us your view below."),
                id="question-over-a-sentence-stays",
            ),
        ],
    )
    def test_footer_question_over_chrome(
        self, tail: tuple[str, ...], kept: tuple[str, ...]
    ) -> None:
        """
        A short question under the chrome after the body, over nothing but
        the chrome of its answers, is chrome; right after the body, or over
        a sentence, it stays.
        """
        body = (
            "The county will resurface forty kilometres of rural roads before the winter.",
            "Work starts on the northern routes in June and ends in October.",
        )
        lines = [Line(n, text, text) for n, text in enumerate((*body, *tail), start=1)]

        stripped = FooterStripper().strip(Page(lines=lines))

        assert (*body, *kept) == tuple(line.text for line in stripped.lines)

    def test_stripping_is_idempotent(self) -> None:
        """
        Stripping a stripped page removes nothing more.
        """
        parser = pressparse.Parser()
        fixture = page(footer=FOOTER_MENU, copyright=COPYRIGHT, body=(*BODY, LIST_INTRO, *LIST))
        once = parser.read(fixture.text())
        for stripper in parser.strippers:
            once = stripper.strip(once)
        twice = once
        for stripper in parser.strippers:
            twice = stripper.strip(twice)

        assert once.lines == twice.lines

    def test_page_built_with_numbers_out_of_order(self) -> None:
        """
        A page a caller builds by hand may number its lines in any order;
        the menu is still cut where it stands, and only the menu.
        """
        texts = ["Home", "About us", "Contact", "News", "A short body line that stays here."]
        lines = [
            Line(number, text, text, marker="-" if index < 4 else "")
            for index, (number, text) in enumerate(zip((9, 3, 7, 1, 5), texts, strict=True))
        ]

        stripped = MenuStripper().strip(Page(lines=lines))

        assert (
            ["A short body line that stays here."],
            [("Home", "About us", "Contact", "News")],
        ) == (
            [line.text for line in stripped.lines],
            [record.lines for record in stripped.removed],
        )


#: Site menus flattened onto one line, as crawlers print them (the items
#: are navigation labels of the kind institutional sites use).
ONE_LINE_MENUS = {
    "bars": "Home | About us | Newsroom | Publications | Contact",
    "bars-unspaced": "About|Contact|Careers|Events|Search",
    "three-bars": "Newsroom | Archives | Search",
    "middle-dots": "Home · Media Releases · Speeches · Transcripts",
    "bullets": "Home • Events • Gallery • Links",
    "brackets": "[ Home ] [ News ] [ About ] [ Contact ] [ Photos ]",
    "column-gaps": "Home   Media Centre   Speeches   Subscribe   Site Map",
    "tabs": "Home\tBiography\tSpeeches\tMedia Releases",
    "capitals-in-columns": "LATEST RELEASES      SPEECHES      ARCHIVED RELEASES",
    "no-separators": "Home Biography Speeches Media Releases Frequently Asked Questions",
    "no-separators-possessive": "Home Minister's Profile Media Centre Contact the Minister",
    "german": "Startseite | Aktuelles | Presse | Kontakt | Impressum",
}

#: Header lines a one-line menu must not be taken for.
NOT_ONE_LINE_MENUS = {
    "title-case-headline": "New Regional Media Centre Opens Its Doors in Darwin",
    "headline-with-nav-words": "Home Loan Help for First Buyers in Regional Towns",
    "headline-in-capitals": "FUNDING BOOST FOR COUNTRY LIBRARIES AND ARCHIVES",
    "headline-with-bar": "Budget 2024 | Roads and rail for the north",
    "letterhead-columns": "Senator Jane Citizen   Minister for Regional Services   Hobart",
    "letterhead-office-person": "The Hon Sam Example MP | Minister for Trade | Member for Lyne",
    "kind-and-date": "MEDIA RELEASE   Tuesday   4 May 2004   Ref 12/04",
    "metadata-pairs": "Release: 04/112  Portfolio: Environment  Related: Water Policy",
    "letter-spaced-label": "M  E  D  I  A   R  E  L  E  A  S  E",
    "breadcrumb": "Home » Media Releases » Rail link to open next spring",
    "byline-columns": "Visiting Fellow  Centre for Coastal Studies  Northern University  Darwin",
    "sentence": "Home, the minister said, is where the new services will start.",
}

ONE_LINE_BODY = (
    "The regional council opened a second reading room today in the old post office building.",
    "Residents can borrow books, use public computers and attend evening classes there.",
)


def _one_line_page(menu: str, *, headline: str = "Library opens a second reading room") -> str:
    return "\n\n".join([menu, headline, "12 March 2024", *ONE_LINE_BODY])


class TestOneLineMenus:
    @pytest.mark.parametrize("menu", ONE_LINE_MENUS.values(), ids=ONE_LINE_MENUS.keys())
    def test_shape(self, menu: str) -> None:
        """
        A menu on one line, with separators or made of navigation words,
        has the shape.
        """
        assert is_flat_menu(pressparse.Parser().read(menu).lines[0])

    @pytest.mark.parametrize("line", NOT_ONE_LINE_MENUS.values(), ids=NOT_ONE_LINE_MENUS.keys())
    def test_not_shape(self, line: str) -> None:
        """
        Headlines (one phrase, in title case or capitals), letterhead columns,
        metadata, spaced letters, breadcrumbs and sentences are not menus.
        """
        assert not is_flat_menu(pressparse.Parser().read(line).lines[0])

    @pytest.mark.parametrize("menu", ONE_LINE_MENUS.values(), ids=ONE_LINE_MENUS.keys())
    def test_removed_before_headline(self, menu: str) -> None:
        """
        Above the headline the menu line is removed and recorded as a menu;
        the headline, date and body come back exactly.
        """
        release = pressparse.parse(_one_line_page(menu))

        assert (
            "Library opens a second reading room",
            dt.date(2024, 3, 12),
            ONE_LINE_BODY,
            [("menu", "menus", (normal(menu),))],
        ) == (
            release.title,
            release.date,
            release.paragraphs,
            [
                (b.kind, b.stripper, tuple(map(normal, b.lines)))
                for b in release.boilerplate
                if b.kind == "menu"
            ],
        )

    def test_title_case_headline_kept(self) -> None:
        """
        A headline in title case naming navigation words stays the headline.
        """
        headline = "Minister Opens New Media Centre and Archives Search Room"
        release = pressparse.parse(
            _one_line_page("Newsroom | Archives | Search", headline=headline)
        )

        assert (headline, [("Newsroom | Archives | Search",)]) == (
            release.title,
            [b.lines for b in release.boilerplate if b.kind == "menu"],
        )

    def test_kept_in_body(self) -> None:
        """
        After the first running prose a menu-shaped line is body: a list of
        sections a release names, never removed as a menu.
        """
        line = "Health | Education | Transport | Housing"
        text = "\n\n".join(
            ["Library opens a second reading room", ONE_LINE_BODY[0], line, ONE_LINE_BODY[1]]
        )

        release = pressparse.parse(text)

        assert ((ONE_LINE_BODY[0], line, ONE_LINE_BODY[1]), []) == (
            release.paragraphs,
            [b for b in release.boilerplate if b.kind == "menu"],
        )


class TestPages:
    def test_menu_renders_headings_as_bare_markers(self) -> None:
        """
        The builder prints a heading as a bare marker line and the heading,
        the shape the crawled seed pages show.
        """
        menu = Menu([Section("Our work", ("Policing",))], marker="•", indent=2)

        assert ["  •", "  Our work", "  • Policing"] == menu.lines()
