"""
Property tests: boilerplate removal by shape, for menus Hypothesis makes up,
and `pressparse.parse` on arbitrary input.
"""

from __future__ import annotations

import json
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressparse
from pages import (
    BODY,
    COPYRIGHT,
    COUNTRIES,
    DATE,
    DATELINE,
    FIELDS_OF_WORK,
    FOOTER_LINKS,
    HEADLINE,
    LIST_INTRO,
    LIST_ITEMS,
    MEETINGS,
    NAV_LABELS,
    SECTION_HEADINGS,
    SOCIAL,
    Fixture,
    Menu,
    Metadata,
    Section,
    leaked,
    lost,
)

# Deterministic: the same examples on every run, sized to keep the file fast.
PROPERTY = settings(
    derandomize=True,
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

#: The fixed body: prose with a list in the middle that must stay.
FIXED_BODY = (
    BODY[0],
    BODY[1],
    LIST_INTRO,
    *(f"- {item}" for item in LIST_ITEMS),
    *BODY[2:],
)

_WORD = st.text(alphabet=string.ascii_lowercase, min_size=3, max_size=10)
_RANDOM_LABEL = st.lists(_WORD, min_size=1, max_size=3).map(lambda ws: " ".join(ws).capitalize())
_LABEL = st.one_of(
    st.sampled_from(NAV_LABELS + FIELDS_OF_WORK + COUNTRIES + MEETINGS + SOCIAL + FOOTER_LINKS),
    _RANDOM_LABEL,
)
_HEADING = st.one_of(st.sampled_from(SECTION_HEADINGS), _RANDOM_LABEL)


@st.composite
def _sections(draw: st.DrawFn) -> Section:
    heading = draw(st.none() | _HEADING)
    items = draw(st.lists(_LABEL, min_size=0 if heading else 1, max_size=12))
    return Section(heading, items)


@st.composite
def menus(draw: st.DrawFn) -> Menu:
    """
    A navigation menu: one to five sections, one marker, optional indent.
    """
    return Menu(
        draw(st.lists(_sections(), min_size=1, max_size=5)),
        marker=draw(st.sampled_from("-*•·")),
        indent=draw(st.sampled_from((0, 0, 2, 4))),
    )


@st.composite
def fixtures(draw: st.DrawFn) -> Fixture:
    """
    The fixed release between a generated top menu and an optional footer
    menu and copyright line.
    """
    return Fixture(
        top=draw(menus()),
        kind=draw(st.sampled_from(("Press release", None))),
        metadata=Metadata(),
        body=FIXED_BODY,
        footer=draw(st.none() | menus()),
        copyright=draw(st.sampled_from((None, COPYRIGHT))),
        newline=draw(st.sampled_from(("\n", "\r\n"))),
    )


class TestGeneratedMenus:
    @PROPERTY
    @given(fixtures())
    def test_body_comes_back_exactly(self, fixture: Fixture) -> None:
        """
        Whatever the menus around it, the body paragraphs come back exactly.
        """
        release = pressparse.parse(fixture.text())

        assert FIXED_BODY == release.paragraphs

    @PROPERTY
    @given(fixtures())
    def test_header_fields_survive(self, fixture: Fixture) -> None:
        """
        Title, date, place, source and dateline do not depend on the menus.
        """
        release = pressparse.parse(fixture.text())

        assert (HEADLINE, DATE, "GENEVA", "OSCE Secretariat", DATELINE) == (
            release.title,
            release.date,
            release.place,
            release.source,
            release.dateline.raw if release.dateline else None,
        )

    @PROPERTY
    @given(fixtures())
    def test_no_menu_line_leaks_and_none_is_lost(self, fixture: Fixture) -> None:
        """
        No menu line is a paragraph, and every one is kept on the boilerplate.
        """
        release = pressparse.parse(fixture.text())

        assert ([], []) == (
            leaked(release, fixture.menu_lines()),
            lost(release, fixture.boilerplate_lines()),
        )

    @PROPERTY
    @given(menus())
    def test_a_page_of_menus_is_empty(self, menu: Menu) -> None:
        """
        A page that is nothing but a menu holds no release.
        """
        release = pressparse.parse("\n".join(menu.lines()))

        assert (True, []) == (release.is_empty, lost(release, menu.lines()))


#: Pieces of markup for tag soup: tags that open blocks, cells, lists and
#: dropped regions, their end tags, and constructs left open.
_MARKUP = (
    "<p>",
    "</p>",
    "<div class='nav'>",
    "</div>",
    "<h1>",
    "</h1>",
    "<ul>",
    "<li>",
    "</ul>",
    "<table>",
    "<tr>",
    "<td>",
    "</td>",
    "</table>",
    "<pre>",
    "</pre>",
    "<br>",
    "<a href='x'>",
    "</a>",
    "<main>",
    "<article>",
    "<footer>",
    "<noscript>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<?xml version='1.0'?>",
    "<!DOCTYPE html [",
    "]>",
    "<time datetime='2020-02-30'>",
    "<meta name='date' content='2020-01-01'>",
    '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": ',
    "<div hidden>",
    "&amp;",
    "&#0;",
    "&#x110000;",
    "<svg>",
    "<frameset>",
    "<frame>",
    "<",
)


class TestArbitraryInput:
    @PROPERTY
    @given(st.text())
    def test_text_never_raises(self, text: str) -> None:
        """
        Any string parses to a `Release`.
        """
        assert isinstance(pressparse.parse(text), pressparse.Release)

    @PROPERTY
    @given(st.binary())
    def test_bytes_never_raise(self, data: bytes) -> None:
        """
        Any bytes parse to a `Release`.
        """
        assert isinstance(pressparse.parse(data), pressparse.Release)

    @PROPERTY
    @given(
        st.lists(
            st.one_of(
                st.sampled_from(("-", "*", "•", "", "Press release", "- Date:", "Place: GENEVA")),
                _LABEL.map(lambda label: f"- {label}"),
                st.sampled_from(FIXED_BODY),
                st.text(max_size=40),
            ),
            max_size=30,
        )
    )
    def test_page_shaped_text_never_raises(self, lines: list[str]) -> None:
        """
        Lines shaped like menus, labels and prose, in any order, parse to a
        `Release` (random text alone rarely reaches the header reader).
        """
        release = pressparse.parse("\n".join(lines))

        assert isinstance(release, pressparse.Release)

    @PROPERTY
    @given(st.text(alphabet=st.characters() | st.integers(0xD800, 0xDFFF).map(chr)))
    def test_any_code_points_round_trip_through_json(self, text: str) -> None:
        """
        Any string, surrogate code points included (``st.text()`` leaves
        them out), gives a release that encodes as UTF-8 and comes back
        equal from JSON.
        """
        release = pressparse.parse(text)
        record = json.dumps(release.to_dict(), ensure_ascii=False).encode("utf-8")

        assert release == pressparse.Release.from_dict(json.loads(record))

    @PROPERTY
    @given(
        st.lists(
            st.one_of(
                st.sampled_from(_MARKUP),
                st.sampled_from(FIXED_BODY),
                st.text(max_size=20),
            ),
            max_size=40,
        )
    )
    def test_tag_soup_never_raises(self, pieces: list[str]) -> None:
        """
        Tags opened and closed in any order, comments, scripts and JSON-LD
        left open, read as HTML, parse to a `Release`.
        """
        release = pressparse.parse("".join(pieces), format="html")

        assert isinstance(release, pressparse.Release)
