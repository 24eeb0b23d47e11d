"""
Titles of Markdown crawls (html2text, markdownify): the shapes of evidence
that tell the headline among a page's headings. Pages here are written for
the shape they test, not copied from any site.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import pressparse
from pressparse._fields import title
from pressparse._page import Line

PROSE = (
    "Das Wasserwirtschaftsamt teilte am Montag mit, dass der Fluss an drei Stellen "
    "über die Ufer getreten sei und die Dämme Tag und Nacht beobachtet würden.\n\n"
    "Die Ingenieure des Amtes sind an allen drei Stellen und berichten bis zum Ende "
    "der Woche über den Zustand der Dämme.\n"
)


def _trail(last: str, home: str = "  1. [Startseite](/)\n") -> str:
    return f"{home}  2. [Presse](/presse/)\n  3. [Archiv](/presse/archiv/)\n  4. {last}\n\n"


class TestBreadcrumbHeading:
    """
    The last item of a breadcrumb trail (a numbered list of links ending on
    the page's own name, not a link) names the headline where a heading of
    the page prints it, whole or after a kicker or a date.
    """

    @pytest.mark.parametrize(
        ("heading", "last"),
        [
            pytest.param(
                "# _Hochwasser_ Der Fluss tritt über die Ufer",
                "**Der Fluss tritt über die Ufer**",
                id="kicker",
            ),
            pytest.param(
                "#  3\\. März 2025 Der Fluss tritt über die Ufer",
                "Der Fluss tritt über die Ufer",
                id="date",
            ),
            pytest.param(
                "## Der Fluss tritt über die Ufer", "|Der Fluss tritt über die Ufer", id="bar"
            ),
        ],
    )
    def test_heading_agrees_with_the_trail(self, heading: str, last: str) -> None:
        # (An ``h2`` that agrees wins over an ``h1`` that does not.)
        other = "# Unsere Maßnahmen für den Fluss\n\n" if heading.startswith("##") else ""
        menu = "  * [Start](/)\n  * [Presse](/presse/)\n\n"
        page = f"{menu}{_trail(last)}{other}{heading}\n\n{PROSE}"
        explained = pressparse.explain(page)
        assert "Der Fluss tritt über die Ufer" == explained.release.title
        assert "title.breadcrumb-heading" == explained.fields["title"].rule

    def test_bulleted_trail(self) -> None:
        """
        A trail printed as a bulleted list, each item but the last closed
        by a separator.
        """
        trail = (
            "  * [Start](/) / \n  * [Presse](/presse/) / \n  * Der Fluss tritt über die Ufer\n\n"
        )
        page = f"{trail}### Fotos senden\n\n{PROSE}\n# Der Fluss tritt über die Ufer\n\n{PROSE}"
        explained = pressparse.explain(page)
        assert "Der Fluss tritt über die Ufer" == explained.release.title
        assert "title.breadcrumb-heading" == explained.fields["title"].rule

    def test_heading_above_the_trail(self) -> None:
        trail = _trail("Der Fluss tritt über die Ufer")
        page = f"# Der Fluss tritt über die Ufer\n\nSie sind hier:\n\n{trail}{PROSE}"
        assert "title.breadcrumb-heading" == pressparse.explain(page).fields["title"].rule

    @pytest.mark.parametrize(
        "trail",
        [
            pytest.param(_trail("Presse"), id="section-name"),
            pytest.param(_trail("[Der Fluss tritt über die Ufer](/presse/1)"), id="last-linked"),
            pytest.param(
                _trail("Der Fluss tritt über die Ufer", home="  1. Startseite ohne Link hier\n"),
                id="item-not-linked",
            ),
            pytest.param(
                "  1. [Start](/)\n  3. [Presse](/presse/)\n  4. Der Fluss tritt über die Ufer\n\n",
                id="not-numbered-in-order",
            ),
            pytest.param(
                "  * [Start](/)\n  * [Presse](/presse/)\n  * Der Fluss tritt über die Ufer\n\n",
                id="bulleted-without-separators",
            ),
            pytest.param(
                "  * [Start](/) /\n  * [Presse](/presse/) >\n"
                "  * Der Fluss tritt über die Ufer\n\n",
                id="two-separators",
            ),
        ],
    )
    def test_no_trail(self, trail: str) -> None:
        """
        A section's name, a linked last item, an item not linked before the
        last, numbers out of order, or a bulleted list whose items no one
        separator closes make no trail.
        """
        page = f"{trail}# Hochwasser Der Fluss tritt über die Ufer\n\n{PROSE}"
        assert "title.breadcrumb-heading" != pressparse.explain(page).fields["title"].rule

    def test_long_prefix_is_no_kicker(self) -> None:
        """
        A heading that holds the item after more than a kicker's words does
        not agree with the trail.
        """
        heading = (
            "# Was die Ingenieure des Amtes am Montag in drei Tälern sahen und sagten: "
            "Der Fluss tritt über die Ufer"
        )
        page = f"{_trail('Der Fluss tritt über die Ufer')}{heading}\n\n{PROSE}"
        assert "title.breadcrumb-heading" != pressparse.explain(page).fields["title"].rule

    def test_plain_text_is_not_read_for_a_trail(self) -> None:
        page = (
            "1. Startseite\n2. Presse\n3. Der Fluss tritt über die Ufer\n\n"
            "Hochwasser Der Fluss tritt über die Ufer\n\n" + PROSE
        )
        assert "title.breadcrumb-heading" != pressparse.explain(page).fields["title"].rule


class TestHomeLink:
    """
    A heading that is one link to the site's home page is the site's name,
    never the title; a heading linked elsewhere (a blog links its post's
    heading to the post) may be.
    """

    @staticmethod
    def _page(top: str) -> str:
        return (
            f"{top}\n\n  * [Aktuelles](/aktuelles/)\n  * [Kontakt](/kontakt/)\n\n"
            f"### [Der Fluss tritt über die Ufer](/2025/03/fluss/)\n\n{PROSE}"
        )

    @pytest.mark.parametrize(
        "top",
        [
            pytest.param("# [Wasseramt](/)", id="root"),
            pytest.param('# [Wasseramt](https://wasseramt.example.org/ "Startseite")', id="host"),
            pytest.param("# [wasseramt.example.org](../index.html)", id="index"),
            pytest.param("#  [ Wasseramt Der Blog ](https://blog.example.org)", id="bare-host"),
            pytest.param(
                "# [Das Wasseramt im Netz]"
                "(https://web.archive.org/web/20140226054445/http://wasseramt.example/)",
                id="archived",
            ),
        ],
    )
    def test_home_link_is_no_title(self, top: str) -> None:
        assert "Der Fluss tritt über die Ufer" == pressparse.parse(self._page(top)).title

    def test_heading_linked_to_a_section_stays_a_heading(self) -> None:
        title = pressparse.parse(self._page("# [Wasseramt Aktuelles](/aktuelles/)")).title
        assert "Wasseramt Aktuelles" == title


class TestViewName:
    """
    A one-word heading over no prose of its own, right over a heading of a
    lower rank that heads the prose, is the name of the page's view or
    section ("# Details"), not its title.
    """

    MENU = "  * [Start](/)\n  * [Presse](/presse/)\n  * [Kontakt](/kontakt/)\n\n"

    def test_view_name_over_the_headline(self) -> None:
        page = (
            f"{self.MENU}# Details\n\nMeldungen des Amtes\n\n"
            f"## Der Fluss tritt über die Ufer\n\n3. März 2025\n\n{PROSE}"
        )
        assert "Der Fluss tritt über die Ufer" == pressparse.parse(page).title

    def test_hashtag_heading(self) -> None:
        """
        A heading may open with a hashtag (a text browser's link relation,
        ``#alternate``, may not).
        """
        page = f"{self.MENU}# Details\n\n## #Flusstag Fotos gewinnen\n\n{PROSE}"
        assert "#Flusstag Fotos gewinnen" == pressparse.parse(page).title

    def test_one_word_title_over_its_prose(self) -> None:
        page = f"{self.MENU}# Hochwasser\n\n{PROSE}\n## Weitere Meldungen des Amtes\n\n{PROSE}"
        assert "Hochwasser" == pressparse.parse(page).title


class TestSubheadingOverTheLead:
    """
    Where the header reader took a heading under the main heading (a
    subheading over the first paragraph, when the strippers took the
    headline off with the chrome above it), the main heading the converter
    marked is the title; a heading the header reader took at or above the
    main heading agrees with it. (The decision is read on the rule itself:
    whether the strippers take a headline off depends on a whole site's
    page.)
    """

    H1 = Line(10, "# Der Fluss tritt über die Ufer", "Der Fluss tritt über die Ufer", tag="h1")
    H2 = Line(20, "## Drei Stellen unter Wasser", "Drei Stellen unter Wasser", tag="h2")
    INDENTED = Line(10, "Der Fluss tritt über die Ufer", "Der Fluss tritt über die Ufer")

    @staticmethod
    def _rule(heading: Line, header: Line) -> str | None:
        evidence = SimpleNamespace(
            html=False,
            headings=(heading, frozenset({heading.number, header.number})),
            header=SimpleNamespace(title=header),
        )
        found = title._main_heading(evidence)  # type: ignore[arg-type]
        return found.value if found is not None else None

    def test_subheading_under_the_main_heading(self) -> None:
        assert "Der Fluss tritt über die Ufer" == self._rule(self.H1, self.H2)

    def test_heading_above_the_main_heading_agrees(self) -> None:
        assert self._rule(self.H2, self.H1) is None

    def test_widget_heading_of_a_lower_rank_above(self) -> None:
        widget = Line(2, "### Unser Newsletter", "Unser Newsletter", tag="h3")
        assert "Der Fluss tritt über die Ufer" == self._rule(self.H1, widget)

    def test_headings_told_by_indentation_agree_anywhere(self) -> None:
        assert self._rule(self.INDENTED, self.H2._replace(tag=None)) is None


class TestFarOverTheLead:
    """
    Where the chrome under the headline (a share panel, a gallery) stands
    too long for any heading to head the prose, the heading nearest above
    the lead is the title, not the panel's last button.
    """

    def test_headline_over_a_long_share_panel(self) -> None:
        share = "".join(f"  * Teilen mit Dienst {n}\n" for n in range(8))
        panel = "".join(f"    * Dienst {n} Teilen mit Dienst {n}\n" for n in range(8))
        new_window = "Diese Links öffnen ein neues Fenster\n\n"
        page = (
            "[Start](/)\n\n[Presse](/presse/)\n\n"
            f"# Der Fluss tritt über die Ufer\n\n  * 3. März 2025\n\n{share}\n"
            f"Teilen mit\n\n{new_window}{panel}\nLink kopieren\n\n"
            f"<https://amt.example/presse/1>\n\n[Mehr über das Teilen.](/faq/teilen)\n\n"
            f"{new_window}Teilen schließen\n\n![Fluss](/fluss.jpg)\n\n"
            f"{PROSE}\n{PROSE}\n## Mehr zum Thema\n\n  * [Andere Meldung](/a)\n"
        )
        explained = pressparse.explain(page)
        assert "Der Fluss tritt über die Ufer" == explained.release.title
        assert "title.main-heading" == explained.fields["title"].rule


class TestEmphasizedKicker:
    """
    A Markdown heading that opens with a few words in emphasis of their own
    prints the kicker's element: the headline is what follows.
    """

    @pytest.mark.parametrize(
        ("heading", "expected"),
        [
            pytest.param(
                "##  **Hochwasser** Der Fluss tritt über die Ufer",
                "Der Fluss tritt über die Ufer",
                id="strong",
            ),
            pytest.param(
                "# _Hochwasser:_ Der Fluss tritt über die Ufer",
                "Der Fluss tritt über die Ufer",
                id="em-colon",
            ),
            pytest.param(
                "# **Der Fluss** tritt über",
                "Der Fluss tritt über",
                id="short-rest",
            ),
            pytest.param(
                "# Der **Fluss** tritt über die Ufer",
                "Der Fluss tritt über die Ufer",
                id="emphasis-inside",
            ),
            pytest.param(
                "# **Was das Amt am Montag sah** Der Fluss tritt über die Ufer",
                "Was das Amt am Montag sah Der Fluss tritt über die Ufer",
                id="long-run",
            ),
        ],
    )
    def test_kicker(self, heading: str, expected: str) -> None:
        page = f"  * [Start](/)\n  * [Presse](/presse/)\n\n{heading}\n\n{PROSE}"
        assert expected == pressparse.parse(page).title
