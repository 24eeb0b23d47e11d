"""
The field stage: rule lists, the rules each field runs, and `explain`.

The rules are reached through the stage's own entry points (a field's
`RuleList`, `pressparse.explain`), never through their private helpers,
so a rule can move or be rewritten without these tests changing.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import textwrap

import pytest

import pressparse
from pressparse import Dateline
from pressparse._explain import EXPLAINED_FIELDS
from pressparse._fields import _headings, _seam, date, kind, place, source, title, topics
from pressparse._fields._rules import Found, RuleList
from pressparse._page import Line
from pressparse._pipeline import _read_text
from pressparse.cli import main

PAGE = (
    "- Home\n- News\n- Contact\n"
    "Press release\n"
    "River basin states agree on a shared early-warning network\n"
    "Source: Regional Water Office\n"
    "Topics: Water, Disaster risk reduction\n"
    "NAIROBI, 3 March 2025 – Ministers from six river basin states agreed today to link "
    "their flood gauges into one network.\n"
    "The first stations will be connected before the long rains in April.\n"
    "Media contact: Jane Roe, 10 March 2025\n"
)


class TestRuleList:
    def _rules(self) -> RuleList[str]:
        return RuleList(
            "title", [("title.a", lambda ev: None), ("title.b", lambda ev: Found("b"))]
        )

    def test_names_in_order(self) -> None:
        assert ("title.a", "title.b") == self._rules().names

    def test_first_finding_wins(self) -> None:
        found, rule = self._rules().resolve(None)  # type: ignore[arg-type]
        assert (found, rule) == (Found("b"), "title.b")

    def test_stop_and_start(self) -> None:
        rules = self._rules()
        assert (None, "") == rules.resolve(None, stop="title.b")  # type: ignore[arg-type]
        assert "title.b" == rules.resolve(None, start="title.b")[1]  # type: ignore[arg-type]

    def test_before_after_replace(self) -> None:
        rules = self._rules()
        rules.before("title.b", "title.x", lambda ev: Found("x"))
        rules.after("title.b", "title.y", lambda ev: None)
        rules.replace("title.a", lambda ev: Found("a"))
        assert ("title.a", "title.x", "title.b", "title.y") == rules.names
        assert "title.a" == rules.resolve(None)[1]  # type: ignore[arg-type]

    def test_unknown_name_raises(self) -> None:
        with pytest.raises(KeyError, match=r"no rule 'title\.z'"):
            self._rules().index("title.z")

    @pytest.mark.parametrize("name", ["date.a", "title.a"])
    def test_names_are_the_fields_and_unique(self, name: str) -> None:
        with pytest.raises(ValueError, match="title"):
            self._rules().after("title.a", name, lambda ev: None)


class TestDefaultRules:
    """
    Every field's rules are named for their field, and the lists are in the
    order the documentation gives.
    """

    @pytest.mark.parametrize(
        "rules", [date.RULES, title.RULES, kind.RULES, place.RULES, source.RULES, topics.RULES]
    )
    def test_named_for_the_field_with_a_docstring(self, rules: RuleList[object]) -> None:
        for rule in rules:
            assert rule.name.startswith(f"{rules.field}.")
            assert rule.doc, rule.name

    def test_date_order(self) -> None:
        names = date.RULES.names
        # Printed dates before the dateline's, stamps last.
        assert names.index("date.metadata") < names.index("date.dateline")
        assert names.index("date.dateline") < names.index("date.sign-off")
        assert names[-2:] == ("date.stamp", "date.page-stamp")


class TestExplain:
    def test_every_field_has_a_rule_and_a_line(self) -> None:
        explained = pressparse.explain(PAGE)
        assert explained.release == pressparse.parse(PAGE)
        for name in EXPLAINED_FIELDS:
            field = explained[name]
            assert field.rule is not None, name
            assert field.line is not None, name
            assert field.text is not None, name

    def test_rules_and_lines(self) -> None:
        explained = pressparse.explain(PAGE)
        assert "title.headline" == explained["title"].rule
        assert 4 == explained["title"].line
        assert "kind.label" == explained["kind"].rule
        assert ("date.dateline", 7) == (explained["date"].rule, explained["date"].line)
        assert "2025-03-03" == explained["date"].value
        assert "dateline.lead" == explained["dateline"].rule
        assert ("source.metadata", 5) == (explained["source"].rule, explained["source"].line)
        assert "topics.metadata" == explained["topics"].rule
        assert ["Water", "Disaster risk reduction"] == explained["topics"].value

    def test_candidates_are_what_the_other_rules_found(self) -> None:
        candidates = pressparse.explain(PAGE)["date"].candidates
        # The sign-off's date lost to the dateline's.
        assert any(c.rule == "date.sign-off" and c.value == "2025-03-10" for c in candidates)

    def test_an_empty_page_explains_empty_fields(self) -> None:
        explained = pressparse.explain("")
        assert explained.release.is_empty
        assert all(explained[name].rule is None for name in EXPLAINED_FIELDS)

    def test_to_dict_is_json(self) -> None:
        data = json.loads(json.dumps(pressparse.explain(PAGE).to_dict()))
        assert set(EXPLAINED_FIELDS) == set(data["explain"])
        assert {"value", "rule", "line", "text", "candidates"} <= set(data["explain"]["date"])

    def test_cli(self, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
        path = tmp_path / "page.txt"
        path.write_text(PAGE, encoding="utf-8")
        assert 0 == main([str(path), "--explain"])
        record = json.loads(capsys.readouterr().out)
        assert "title.headline" == record["explain"]["title"]["rule"]
        assert 4 == record["explain"]["title"]["line"]

    def test_seed_pages(self, shared_corpus: pathlib.Path) -> None:
        """
        ``--explain`` on each seed page names a rule and a line for every field.
        """
        pages = sorted((shared_corpus / "seeds").glob("*.txt"))
        assert pages
        for page in pages:
            explained = pressparse.explain(page.read_text(encoding="utf-8"))
            for name in EXPLAINED_FIELDS:
                assert explained[name].rule is not None, (page.name, name)
                assert explained[name].line is not None, (page.name, name)


class TestLeadDateline:
    """
    The lead dateline is a parser in the chain: it can be left out or
    replaced, and a lead-only parser is offered the first paragraph alone.
    """

    TEXT = (
        "Neue Radwege für die Innenstadt\n"
        "Graz – Die Stadt baut im Sommer drei neue Radwege in der Innenstadt aus.\n"
    )

    def test_in_the_default_chain(self) -> None:
        assert "Graz" == pressparse.parse(self.TEXT).place
        assert "dateline.lead" == pressparse.explain(self.TEXT)["dateline"].rule

    def test_left_out(self) -> None:
        assert pressparse.Parser(datelines=["standard"]).parse(self.TEXT).place is None

    def test_a_lead_only_plugin_sees_the_first_paragraph_only(self) -> None:
        seen: list[str] = []

        class Spy:
            lead = True

            def parse(
                self, text: str, /, *, reference_date: dt.date | None = None
            ) -> Dateline | None:
                seen.append(text)
                return None

        pressparse.Parser(datelines=["standard", Spy()]).parse(self.TEXT)
        assert [self.TEXT.splitlines()[1]] == seen


class TestMainHeading:
    """
    On crawled text, the title is the main heading the converter marked,
    over the body's prose, wherever the chrome around it stands.
    """

    PROSE = (
        "The regional water office said on Monday that the river had risen over its banks "
        "in three places and that the dams upstream were being watched day and night."
    )

    def test_markdown_heading_over_the_prose(self) -> None:
        page = (
            "[Skip to content](#main)\n\n"
            "  * [Home](/)\n  * [News](/news)\n  * [Contact](/contact)\n\n"
            "## [Latest news](/news)\n\n"
            "# The river rises over its banks\n\n"
            f"{self.PROSE}\n\n"
            f"{self.PROSE}\n\n"
            "## Related\n\n  * [Another story](/a)\n  * [More stories](/b)\n"
        )
        # (Here the header reader finds the same line: the two readings agree.)
        assert "The river rises over its banks" == pressparse.parse(page).title

    def _sole_top_page(self, top: str, before: str = "") -> str:
        """
        A Markdown page: *before*, the site's links, *top*, a teaser block
        with no prose, then a subheading over the body's prose.
        """
        teaser = "".join(f"  * Fact {n} about the river\n" for n in range(25))
        return (
            f"{before}"
            "  * [Home](/)\n  * [News](/news)\n  * [Contact](/contact)\n\n"
            f"{top}\n\n{teaser}\n"
            "## Dams on the upper river\n\n"
            f"{self.PROSE}\n\n{self.PROSE}\n"
        )

    @staticmethod
    def _main_heading(text: str) -> str | None:
        page = _read_text(text)
        heading, _numbers = _headings.main_heading(
            page, frozenset(line.number for line in page.lines)
        )
        return heading.text if heading is not None else None

    def test_sole_top_heading_over_a_subheading_of_the_prose(self) -> None:
        """
        The page's one ``#`` heading, under the site's menu, is the title,
        though the prose stands under a subheading too far below it.
        """
        page = self._sole_top_page("# The river rises over its banks")
        assert "The river rises over its banks" == self._main_heading(page)
        assert "The river rises over its banks" == pressparse.parse(page).title

    @pytest.mark.parametrize(
        ("top", "before"),
        [
            pytest.param("# [Water Office](/)", "", id="site-name-link"),
            pytest.param("", "# Water Office\n\n", id="over-the-menu"),
            pytest.param("# Dams on the upper river | Water Office", "", id="document-title"),
            pytest.param(
                "# The river rises over its banks\n\n# Water Office", "", id="two-top-headings"
            ),
        ],
    )
    def test_top_heading_that_is_no_title(self, top: str, before: str) -> None:
        """
        A top heading that is a link, stands over the site's menu, or holds
        the subheading (the document's title), or one of two, is not the
        title.
        """
        assert "Dams on the upper river" == self._main_heading(self._sole_top_page(top, before))

    def test_text_browser_heading_flush_left(self) -> None:
        prose = "   " + self.PROSE[:90] + "\n   " + self.PROSE[90:] + "\n"
        page = (
            "   Skip to main content\n"
            "     * Home\n     * News\n     * Contact\n\n"
            "The river rises over its banks\n\n"
            f"{prose}\n{prose}\n"
        )
        assert "The river rises over its banks" == pressparse.parse(page).title

    def test_text_browser_link_relations_name_the_headline(self) -> None:
        """
        A text browser prints the page's feed links at its top ("Site »
        Headline Comments Feed"): the line they name is the title, over a
        kicker the header reader would take.
        """
        prose = "   " + self.PROSE[:90] + "\n   " + self.PROSE[90:] + "\n"
        page = (
            "   #Water Office » Feed Water Office » The river rises over its\n"
            "   banks Comments Feed alternate alternate\n\n"
            "   Skip to content\n\n"
            "Floods\n\n"
            "   The river rises over its banks\n\n"
            f"{prose}\n{prose}\n"
        )
        found = pressparse.explain(page)["title"]
        assert ("title.feed-relation", "The river rises over its banks") == (
            found.rule,
            found.value,
        )

    def test_link_relations_name_a_heading_set_flush_left(self) -> None:
        """
        The line the feed links name may be a heading the browser set flush
        left over an indented date line: a block of its own, though the
        paragraph joiner runs the two together.
        """
        prose = "   " + self.PROSE[:90] + "\n   " + self.PROSE[90:] + "\n"
        page = (
            "   #Water Office » Feed Water Office » Floods: The river rises\n"
            "   Comments Feed alternate alternate\n\n"
            "     * Home\n     * News\n\n"
            "Floods: The river rises\n\n"
            "   published on 14 Feb 2020 | Categories: Floods | Tags: River, Banks |\n"
            "   Comment now\n\n"
            "Report: Jane Roe on the dams\n\n"
            f"{prose}\n{prose}\n"
        )
        found = pressparse.explain(page)["title"]
        assert ("title.feed-relation", "Floods: The river rises") == (found.rule, found.value)

    def test_document_title_line_names_the_repeated_headline(self) -> None:
        """
        A converter that renders the whole document prints its ``<title>``
        ("Site - Section - Headline") as the first line: the part of it the
        page prints again as a line of its own is the headline, over a menu
        item a heading guess would take.
        """
        page = (
            "Water Office - Press releases - The river rises over its banks\n\n"
            "Skip to content\n\nHome\nNews\nContact\n\n"
            "Water Office\n\n"
            "The river rises over its banks\n\n"
            f"{self.PROSE}\n\n{self.PROSE}\n"
        )
        found = pressparse.explain(page)["title"]
        assert ("title.document-title", "The river rises over its banks") == (
            found.rule,
            found.value,
        )

    def test_document_title_repeating_only_the_site_name_is_no_headline(self) -> None:
        """
        Where the page repeats only the site's name of its document title
        (a short part of it), the document title names no headline there.
        """
        from pressparse._fields._document_title import repeated_headline
        from pressparse._pipeline import _read_text as read_text

        page = (
            "Valley Water Office - The river rises over its banks in three places\n\n"
            "Home\nNews\n\nValley Water Office\n\n"
            f"{self.PROSE}\n"
        )
        assert repeated_headline(read_text(page)) is None
        # The whole document title printed twice repeats no headline either.
        twice = "Water Office | The river rises\n\nWater Office | The river rises\n"
        assert repeated_headline(read_text(twice)) is None

    def test_crawler_header_title_agrees_with_a_line(self) -> None:
        """
        A reader service states the title in its header: the line of the
        page that repeats its headline part is the title.
        """
        page = (
            "Title: The river rises over its banks | Water Office\n"
            "URL Source: https://water.example/news/river\n"
            "Markdown Content:\n"
            "[Skip to content](#main)\n\n"
            "## Latest news\n\n"
            "The river rises over its banks\n\n"
            f"{self.PROSE}\n\n{self.PROSE}\n"
        )
        found = pressparse.explain(page)["title"]
        assert ("title.document-title", "The river rises over its banks") == (
            found.rule,
            found.value,
        )

    def test_link_relations_naming_no_line_are_no_title(self) -> None:
        """
        Link relations naming only the site ("Site » Comments Feed") or a
        category ("Site » Floods Feed") name no line: one word, or a head
        of a longer named line, is no headline.
        """
        from pressparse._fields._headings import feed_title
        from pressparse._pipeline import _read_text as read_text

        page = (
            "   #Water Office » Feed Water Office » Comments Feed Water Office » Floods\n"
            "   Feed\n\n"
            "Water Office\n\nComments\n\nFloods\n\n   The river rises over its banks\n"
        )
        assert feed_title(read_text(page)) is None

    def test_renderer_date_line_under_the_headline_is_no_heading(self) -> None:
        """
        A text renderer sets the headline and the date and byline under it
        to the left of the prose: the line stating a date is no heading.
        """
        prose = "        " + self.PROSE + "\n"
        page = (
            "  Home News Contact\n\n"
            "    The river rises over its banks\n"
            "    5. November 2021 admin News 0\n"
            f"{prose}{prose}"
        )
        found = pressparse.explain(page)["title"]
        assert "The river rises over its banks" == found.value

    def test_markdown_heading_that_is_a_link(self) -> None:
        """
        A blog links its post's heading to the post: a heading the converter
        marked stays a heading when it is link text.
        """
        page = (
            "[Water Office](/)\n\nNews for the valley\n\n"
            "# [The river rises over its banks](/2021/river)\n\n"
            f"{self.PROSE}\n\n"
            # (a second paragraph: one printed twice in a row is a picture's
            # text alternative and caption, chrome: drop_twins)
            f"{self.PROSE.replace('Monday', 'Tuesday')}\n"
        )
        assert "The river rises over its banks" == pressparse.parse(page).title

    def test_plain_text_indentation_tells_no_heading(self) -> None:
        """
        A letter whose paragraphs are not set in by a converter: its short
        lines are no headings, and the header reader's headline stands.
        """
        page = (
            "MEDIA RELEASE\n"
            "River basin states agree on a shared network\n"
            f"{self.PROSE}\n"
            "  Ends.\n"
            f"{self.PROSE}\n"
        )
        explained = pressparse.explain(page)
        assert "River basin states agree on a shared network" == explained.release.title
        assert "title.headline" == explained["title"].rule

    def test_widgets_are_no_title(self) -> None:
        from pressparse._fields._headings import _titled

        for text in (
            "____________________ (BUTTON) Search",
            "Suche starten [ ]",
            "[                    ] Suchen",
            "[logo.png]",
            "+ Item",
        ):
            assert not _titled(pressparse.Line(0, text, text))
        assert _titled(pressparse.Line(0, "The river rises", "The river rises"))


class TestAfterSeam:
    """
    A kicker set off by a colon with a space before it is no part of the
    headline, except in French.
    """

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Covid-19 : Lässt sich die Ausbreitung kontrollieren?",
                "Lässt sich die Ausbreitung kontrollieren?",
                id="spaced",
            ),
            pytest.param(
                "Medienmitteilung der Direktion :Impfen ist noch möglich",
                "Impfen ist noch möglich",
                id="glued-after",
            ),
            pytest.param(
                "Libre cours : Raoult, les nazis et moi",
                "Libre cours : Raoult, les nazis et moi",
                id="french",
            ),
            pytest.param(
                "Klimaschutz: Bohren, bis es heiß wird",
                "Klimaschutz: Bohren, bis es heiß wird",
                id="unspaced",
            ),
            pytest.param("Dams : The Dilemma", "Dams : The Dilemma", id="short-rest"),
            pytest.param(
                "Water : rivers rise : dams hold in the valley",
                "Water : rivers rise : dams hold in the valley",
                id="two-seams",
            ),
        ],
    )
    def test_after_seam(self, text: str, expected: str) -> None:
        assert expected == _seam.after_seam(text)

    def test_plain_text_headline_keeps_its_colon(self) -> None:
        """
        An OCR'd letter prints a spaced colon as its own punctuation: the
        header reader's headline keeps it.
        """
        page = (
            "MEDIA RELEASE\n\n"
            "Rivers : banks burst in three places\n\n"
            "The regional water office said on Monday that the river had risen over its "
            "banks in three places.\n"
        )
        assert "Rivers : banks burst in three places" == pressparse.parse(page).title

    def test_markdown_heading_loses_its_kicker(self) -> None:
        page = (
            "  * [Home](/)\n  * [News](/news)\n\n"
            "# Hochwasser : Der Fluss tritt über die Ufer\n\n"
            "Das Wasserwirtschaftsamt teilte am Montag mit, dass der Fluss an drei Stellen "
            "über die Ufer getreten sei und die Dämme beobachtet würden.\n\n"
            "Die Ingenieure des Amtes sind an allen drei Stellen und berichten bis zum Ende "
            "der Woche über den Zustand der Dämme.\n"
        )
        assert "Der Fluss tritt über die Ufer" == pressparse.parse(page).title


class TestOverLead:
    """
    On crawled text a converter laid out without heading marks (a text
    renderer prints none), the title is the unit standing where a headline
    stands: over the lead, past its byline, date and picture credit.
    """

    LEAD = (
        "The regional water office said on Monday that the river had risen over its banks "
        "in three places. The dams upstream are being watched day and night."
    )
    MORE = (
        "Engineers from the office have been sent to each of the three places and will "
        "report on the state of the banks by the end of the week. More rain is expected."
    )

    def _renderer_page(self, over_lead: str) -> str:
        """
        A page as a text renderer prints it: the site's menus nested to the
        right, then the article: *over_lead*, then the lead and the body.
        """
        return (
            "Skip to content\n"
            "    * Home\n"
            "    * News\n"
            "        + Regional\n"
            "        + National\n"
            "    * Contact\n\n"
            f"{over_lead}"
            f"        {self.LEAD}\n\n"
            f"          {self.MORE}\n\n"
            f"          {self.MORE}\n\n"
            "    Imprint Privacy\n"
        )

    def test_headline_over_credit_kicker_byline_and_date(self) -> None:
        page = self._renderer_page(
            "    Foto: Jane Roe/dpa\n\n"
            "          Environment\n\n"
            "        The river rises over its banks\n\n"
            "          By Jane Roe\n"
            "          19.10.2019 12.09\n\n"
        )
        found = pressparse.explain(page)["title"]
        assert ("title.over-lead", "The river rises over its banks") == (found.rule, found.value)

    def test_headline_over_a_byline_in_capitals(self) -> None:
        """
        A byline (``By JANE ROE and JOHN DOE``, names joined by ``and``)
        is never the unit over the lead that heads it.
        """
        page = self._renderer_page(
            "    The river rises over its banks\n\n"
            "          By JANE ROE and JOHN DOE\n"
            "          Associated Press\n\n"
        )
        found = pressparse.explain(page)["title"]
        assert ("title.over-lead", "The river rises over its banks") == (found.rule, found.value)

    def test_headline_over_a_byline_of_two_names(self) -> None:
        page = self._renderer_page(
            "        The river rises over its banks\n\n          By Jane Roe and John Doe\n\n"
        )
        assert "The river rises over its banks" == pressparse.parse(page).title

    @pytest.mark.parametrize(
        ("trail", "under"),
        [
            pytest.param("Business News›Ferries› Harbour", True, id="unspaced-section-trail"),
            pytest.param("News > Nation", True, id="short-section-trail"),
            pytest.param(
                "Home > Articles > Ferry fares frozen for two years in Seaview",
                False,
                id="trail-ending-on-the-headline",
            ),
            pytest.param("Ferries and harbours", False, id="no-trail"),
        ],
    )
    def test_under_a_section_trail(self, trail: str, under: bool) -> None:
        """
        A unit right under a breadcrumb trail that ends on a section gains
        (`UNDER_TRAIL_GAIN`): the page's headline stands there; a trail
        ending on the headline names it instead.
        """
        lines = _read_text(f"{trail}\nThe river rises over its banks\n").lines
        window = [(1, lines[1]), (2, lines[0])]
        index_of = {line.number: index for index, line in enumerate(lines)}
        crumb = pressparse._letterhead.breadcrumb(trail)
        crumbs = {0: crumb} if crumb is not None else {}
        assert under == _headings._under_section_trail(1, window, index_of, crumbs)
        unit, lead = lines[1], lines[0]
        gained = _headings._over_lead_score(unit, 1, False, False, None, lead, under_trail=True)
        plain = _headings._over_lead_score(unit, 1, False, False, None, lead)
        assert gained - plain == pytest.approx(_headings.UNDER_TRAIL_GAIN)

    def test_headline_over_its_standfirst(self) -> None:
        """
        A longer unit right under a shorter one that can be a title is the
        standfirst under the headline.
        """
        page = self._renderer_page(
            "        The river rises over its banks\n\n"
            "        Dams upstream are watched day and night while the water office sends "
            "engineers to three places\n\n"
        )
        assert "The river rises over its banks" == pressparse.parse(page).title

    def test_headline_set_out_over_its_subheading(self) -> None:
        """
        A unit right over the lead at its indent, under one set out to its
        left right over it, is the subheading under the headline (inscriptis
        prints a heading set out over its section).
        """
        page = self._renderer_page(
            "      Rising river\n\n        Dams are watched day and night now\n\n"
        )
        found = pressparse.explain(page)["title"]
        assert ("title.over-lead", "Rising river") == (found.rule, found.value)

    def test_standfirst_the_body_prints_again_repeats_no_headline(self) -> None:
        """
        A standfirst whose sentence the body's prose prints again is not a
        unit the page repeats: only a copy outside the body's paragraphs
        (a trail, a list, a second heading) counts.
        """
        standfirst = "Three days of rain have swollen the river beyond its banks in the valley"
        page = self._renderer_page(
            f"        The river rises over its banks\n\n        {standfirst}\n\n"
        ).replace(self.MORE, f"{standfirst}. {self.MORE}", 1)
        found = pressparse.explain(page)["title"]
        assert ("title.over-lead", "The river rises over its banks") == (found.rule, found.value)

    @pytest.mark.parametrize(
        ("under", "title"),
        [
            ("    * Home\n    * News\n\n      Dams hold again\n\n", "Dams hold again"),
            # (A post's headline under the host name stands over its byline.)
            ("", "Everything about the river and its dams"),
        ],
    )
    def test_motto_under_the_host_name(self, under: str, title: str) -> None:
        """
        A unit right under a line naming the site by its host name alone is
        the site's motto, not the headline under the menu; one over a
        byline or a date line is a post's headline.
        """
        byline = "" if under else "        By Jane Roe on 10 January 2020\n\n"
        page = (
            "    valley-water.org\n\n"
            "    Everything about the river and its dams\n\n"
            f"{under}{byline}"
            f"        {self.LEAD}\n\n          {self.MORE}\n\n          {self.MORE}\n\n"
            "    Imprint Privacy\n"
        )
        read = _read_text(page)
        found = _headings.over_lead(read, {line.number for line in read.lines})
        assert found is not None
        assert title == found.text

    def test_teasers_over_the_headline_are_passed(self) -> None:
        """
        A run of headline-shaped units right over each other, at one indent,
        is a list of other articles' teasers: its last, nearer the lead and
        printed again on the page, loses to the headline standing alone.
        """
        teasers = [
            "Ferry service to the islands resumes in spring",
            "Council approves the new cycle lanes downtown",
            "Second bridge over the river opens next month",
            "Library extends its opening hours for students",
        ]
        listed = "".join(f"        {teaser}\n\n" for teaser in teasers)
        page = self._renderer_page(
            f"        More from the region\n\n{listed}"
            "          You have read 1 of 4 free articles this month.\n\n"
            "        The river rises over its banks after three days of rain\n\n"
            "          By Jane Roe\n\n"
        ).replace("    Imprint Privacy\n", f"    {teasers[-1]}\n    Imprint Privacy\n")
        found = pressparse.explain(page)["title"]
        assert ("title.over-lead", "The river rises over its banks after three days of rain") == (
            found.rule,
            found.value,
        )

    @pytest.mark.parametrize(
        ("words", "teaser"),
        [
            ((6, 6, 6, 6), True),
            ((6, 6, 6), False),
            ((6, 6, 2, 6), False),
            ((6, 6, 6, 6, 6), True),
            ((6, 6, -6, 6), False),  # (negative: a line opening in lower case)
        ],
    )
    def test_in_teasers_shape(self, words: tuple[int, ...], teaser: bool) -> None:
        """
        A teaser list is a run of `TEASER_RUN` units of `FULL_WORDS` words or
        more, none opening in lower case (a hard-wrapped paragraph's lines).
        """
        titled_at = {
            distance: Line(
                distance, "x", " ".join(["Word" if count > 0 else "word"] * abs(count)), "", 8
            )
            for distance, count in enumerate(words, start=1)
        }
        assert teaser == _headings._in_teasers(1, titled_at)

    def test_kicker_seam_marks_the_headline(self) -> None:
        """
        A unit whose markup set a kicker off by a spaced colon is the
        headline, over a standfirst and a short label right over the lead
        that score as well without it.
        """
        page = self._renderer_page(
            "        Floods : The river rises over its banks\n\n"
            "          Dams upstream are watched day and night by the water office.\n"
            "          By Jane Roe\n"
            "          19 October 2019\n"
            "          Read only by our subscribers\n\n"
        )
        found = pressparse.explain(page)["title"]
        assert ("title.over-lead", "The river rises over its banks") == (found.rule, found.value)

    def test_lead_ending_its_sentences_on_questions_and_exclamations(self) -> None:
        """
        A lead whose sentences end with question and exclamation marks, one
        after another on a unit, opens the body: the headline over it is
        the title, not a menu's line above.
        """
        page = (
            "    * Home\n"
            "    * Material\n"
            "        Lessons Lessons Projects Projects Software Software\n"
            "    * About us\n\n\n\n"
            "        Rising water on the lake\n\n"
            "        12.12.2019 - Jane Roe\n\n"
            "          Did you see the lake rise again this week? Here is what the water "
            "office told us about it!\n\n"
            "          Is the lake still safe for boats? Come and read what the harbour "
            "master told us this morning!\n"
        )
        found = pressparse.explain(page)["title"]
        assert ("title.over-lead", "Rising water on the lake") == (found.rule, found.value)

    @pytest.mark.parametrize(
        ("text", "lead"),
        [
            ("Did you see the lake rise again this week? Here is what the office told us!", True),
            ("Here is what the water office told us about the lake this week, all of it.", True),
            ("Why did the water office not tell the people living by the lake about it?", False),
            ("The water office told the people living by the lake about it, all of it!", False),
        ],
    )
    def test_lead_prose(self, text: str, lead: bool) -> None:
        assert lead == _headings._lead_prose(pressparse.Line(0, text, text))

    def test_headline_under_a_bulleted_trail_ending_on_it(self) -> None:
        """
        A bulleted breadcrumb trail, an item a line, ends on the headline
        the unit right under it prints: the page states it twice, though
        the two stand next to each other.
        """
        page = (
            "Skip to content\n"
            "    * Home\n"
            "    * News\n\n"
            "         Press Jobs Contact Service\n\n"
            "          * Home\n"
            "          * Blog\n"
            "          * Which heating is fit for the future?\n\n"
            "  Which heating is fit for the future?\n\n"
            "          Gas\n\n"
            "  19 November 2021\n\n"
            f"            {self.LEAD}\n\n"
            f"            {self.MORE}\n\n"
            f"            {self.MORE}\n"
        )
        found = pressparse.explain(page)["title"]
        assert ("title.over-lead", "Which heating is fit for the future?") == (
            found.rule,
            found.value,
        )

    def test_subheading_under_a_kicker_in_capitals_stays_the_headline(self) -> None:
        page = self._renderer_page(
            "      ENVIRONMENT\n\n        Dams are watched day and night now\n\n"
        )
        assert "Dams are watched day and night now" == pressparse.parse(page).title

    def test_hashtag_headline_on_a_renderer_page(self) -> None:
        """
        A headline may open with a hashtag: only the paragraph a text
        browser opens the page with is its link relations.
        """
        page = self._renderer_page(
            "        News from the office\n\n"
            "        #RiverWatch photos wanted now\n\n"
            "          19.10.2019\n\n"
        )
        assert "#RiverWatch photos wanted now" == pressparse.parse(page).title

    def test_link_relations_open_a_text_browser_page(self) -> None:
        from pressparse._fields._headings import link_relations

        page = _read_text(
            "   [INS: :INS]\n\n"
            "   #alternate Water Office » Feed\n"
            "   Water Office » Comments Feed\n\n"
            "   #RiverWatch photos wanted now\n"
        )
        assert range(2, 4) == link_relations(page)
        assert range(0) == link_relations(_read_text(page.lines[-1].raw + "\n"))
        opening = _read_text("Home\n\nNews\n\n   #alternate Feed\n")
        assert range(0) == link_relations(opening)

    def test_headline_printed_again_beats_the_site_name(self) -> None:
        """
        A breadcrumb's last item repeats the headline: the page states it
        twice, and the site's name over it loses.
        """
        page = self._renderer_page(
            "    Home > News > The river rises over its banks\n\n"
            "        The river rises over its banks\n\n"
            "        Water Office Online\n\n"
        )
        assert "The river rises over its banks" == pressparse.parse(page).title

    def test_numbered_breadcrumb_right_over_the_headline(self) -> None:
        """
        A renderer prints a breadcrumb trail of an ordered list on one line
        ("1. Home 2. News 3. Headline"), right over the headline: its last
        item repeats the headline, and a picture's heading under it loses.
        """
        page = self._renderer_page(
            "     1. Home 2. News 3. The river rises over its banks\n\n"
            "  The river rises over its banks\n\n"
            "    Water Office Online\n\n"
            "  Dams on the upper river\n\n"
        )
        assert "The river rises over its banks" == pressparse.parse(page).title

    @pytest.mark.parametrize(
        ("text", "last"),
        [
            ("1. Home 2. News 3. The river rises", "The river rises"),
            ("1. 2. Press releases 3. The river rises", "The river rises"),
            ("1. Home 2. News", None),  # two items: a list, not a trail
            ("1. Home 3. News 4. The river rises", None),  # not numbered on from one
            ("The river rises 1. 2. 3.", None),
        ],
    )
    def test_numbered_trail(self, text: str, last: str | None) -> None:
        assert last == _headings._numbered_trail(text)

    @pytest.mark.parametrize(
        ("texts", "crumbs", "items"),
        [
            (["1. Home", "2. News", "3. The river rises"], {2: "The river rises"}, {0, 1, 2}),
            # (A bare number is an icon's link; a bar may stand before the item.)
            (["1.", "2. News", "3. |The river rises"], {2: "The river rises"}, {0, 1, 2}),
            (["1. Home", "2. The river rises"], {}, set()),  # two items: a list
            (["1. Home", "Menu", "2. News", "3. Rivers"], {}, set()),  # not a line each
            (["1. Home", "3. News", "4. Rivers"], {}, set()),  # not numbered on from one
            (["1. Home", "2. News", "3."], {}, {0, 1, 2}),  # no page's name
        ],
    )
    def test_listed_trails(
        self, texts: list[str], crumbs: dict[int, str], items: set[int]
    ) -> None:
        """
        A trail set out as a numbered list, an item a line (the one reader
        of the numbering, `_trails.numbered_runs`, that the Markdown
        breadcrumb reader shares): its last item, and every item's index.
        """
        assert (crumbs, frozenset(items)) == _headings._listed_trails(texts)

    @pytest.mark.parametrize(
        ("text", "titled"),
        [
            ("1. 2. Press releases 3. Rivers rise again", False),
            ("1. Home 2. News 3. Rivers rise again", False),
            ("15. Forum of the river towns", True),
            ("Rivers rise again", True),
        ],
    )
    def test_numbered_trail_on_one_line_is_no_headline(self, text: str, titled: bool) -> None:
        """
        A numbered trail printed on one line is never the headline itself,
        though it holds the headline and more; a numbered heading may be.
        """
        unit = Line(number=0, raw=text, text=text, indent=4)
        assert titled == _headings._over_lead_titled(unit)

    @pytest.mark.parametrize(
        ("text", "titled"),
        [
            # A staff line: a byline without a byline word.
            ("Jane Roe Environment editor", False),
            ("Jane Roe, water reporter", False),
            ("Jane Roe, Ap National Water Writer", False),
            ("Council appoints new environment editor", True),
            ("Meet Our New Editor", True),
            # A contact line: a postal or an e-mail address.
            ("Water Office AB Strandvägen 12 114 56 Stockholm Sweden", False),
            ("Water Office – Via del Fiume, 32 – 10152 Torino – Italien", False),
            ("Jane Roe - jroe@example.org", False),
            ("AFP/The River - [email protected]", False),
            ("2019 River Towns Rowing Results", True),
            # A menu a renderer ran together.
            ("All riversAmazonDanubeElbeMekongNile", False),
            ("HomeNews about the river", True),
            ("iPhone app warns of rising rivers", True),
        ],
    )
    def test_staff_contact_and_run_on_lines_are_no_headline(self, text: str, titled: bool) -> None:
        """
        A staff line (an author's name and post, no byline word), a postal
        or e-mail address and a menu whose items a renderer ran together
        are never the headline; headlines of their words are.
        """
        unit = Line(number=0, raw=text, text=text, indent=4)
        assert titled == _headings._over_lead_titled(unit)

    def test_headline_over_standfirst_and_staff_line(self) -> None:
        """
        A staff line set out under the headline and its standfirst, over
        the date, is no headline, though it stands nearer the lead.
        """
        page = self._renderer_page(
            "            The river rises over its banks\n\n"
            "            Engineers are watching the dams upstream day and night after three days "
            "of rain\n\n"
            "        Jane Roe Environment editor\n\n"
            "        Mon 20 Jan 2020 06.05 GMT\n\n"
        )
        found = pressparse.explain(page)["title"]
        assert ("title.over-lead", "The river rises over its banks") == (found.rule, found.value)

    def test_headline_under_the_postal_address(self) -> None:
        """
        A postal address the page prints in its chrome, over the article
        and again in its footer, is no headline.
        """
        address = "    The River Office AB Strandvägen 12 114 56 Stockholm Sweden\n\n"
        page = self._renderer_page(
            f"{address}"
            "        The river rises over its banks\n\n"
            "          AFP/The River - [email protected]\n"
            "          Published: 28 Apr, 2020 CET\n\n"
        )
        found = pressparse.explain(page + "\n" + address)["title"]
        assert ("title.over-lead", "The river rises over its banks") == (found.rule, found.value)

    def test_trail_set_out_an_item_a_line_strips_a_kicker(self) -> None:
        """
        A trail printed as an ordered list, an item a line, ends with the
        headline; the headline's line, a kicker run into it, agrees with
        the trail's last item, and the item is the title. The trail's items
        are no candidates.
        """
        page = self._renderer_page(
            "     You are here:\n"
            "      1. Home\n"
            "      2. News\n"
            "      3. The river rises over its banks\n\n"
            "    Flood watch The river rises over its banks\n\n"
        )
        found = pressparse.explain(page)["title"]
        assert ("title.over-lead", "The river rises over its banks") == (found.rule, found.value)

    def test_date_run_into_the_headline_agreeing_with_the_trail(self) -> None:
        """
        A date printed on the headline's line, before it, is cut off where
        what follows opens with the trail's last item (the trail cut a long
        headline short); a shorter line under it is the standfirst.
        """
        page = self._renderer_page(
            "     1. Home 2. News 3. Minister Roe: states agree on a shared network\n\n"
            "    19 October 2019 Minister Roe: states agree on a shared network"
            " for flood warnings\n\n"
            "    Three new gauges for the upper river\n\n"
        )
        assert (
            "Minister Roe: states agree on a shared network for flood warnings"
            == pressparse.parse(page).title
        )

    def test_standfirst_cost_only_past_byline_date_or_credit(self) -> None:
        """
        A longer unit under a shorter one is the standfirst only where
        nothing but a byline, a date or a credit stands between them: a
        button's line above a date and a share button heads no standfirst.
        """
        page = self._renderer_page(
            "    Show or hide the search menu now\n\n"
            "        19 October 2019\n\n"
            "        Share this page\n\n"
            "    Water office news: the river rises over its banks in three places this week\n\n"
        )
        assert (
            "Water office news: the river rises over its banks in three places this week"
            == pressparse.parse(page).title
        )

    @pytest.mark.parametrize(
        "widget",
        [
            "          # Apps for phones # Apps for tablets\n\n",
            "          @ Apps for phones and tablets\n\n",
            "        ← Older post about the dams\n\n",
            "        Newer post about the dams →\n\n",
            "        (Your address will not be published)\n\n",
        ],
    )
    def test_widgets_and_asides_are_no_headline(self, widget: str) -> None:
        """
        A text browser's deeper list items, links to the previous or next
        post, and a line standing whole in brackets are never the headline.
        """
        page = self._renderer_page(f"        The river rises over its banks\n\n{widget}")
        assert "The river rises over its banks" == pressparse.parse(page).title

    @pytest.mark.parametrize(
        ("text", "bracketed"),
        [
            ("(Photo: Jane Roe)", True),
            ("[will not be published]", True),
            ("(Un)equal pay (part 2)", False),
            ("(Un)equal pay", False),
            ("Pay rises (part 2)", False),
            ("()", True),
            ("(", False),
        ],
    )
    def test_bracketed(self, text: str, bracketed: bool) -> None:
        assert bracketed == _headings._bracketed(text)

    def test_long_candidate_is_a_standfirst(self) -> None:
        """
        A unit of twenty words or more right over the lead is a standfirst,
        not the short headline over it.
        """
        page = self._renderer_page(
            "        Floods hit again\n\n"
            "        The water office warns that the river will rise over its banks in three"
            " places this week while engineers watch the dams upstream day and night\n\n"
        )
        assert "Floods hit again" == pressparse.parse(page).title

    @pytest.mark.parametrize(
        ("index", "kept", "chrome"),
        [
            (10, False, True),  # "Contact us" again in the footer: the chrome's
            (10, True, False),  # kept by the strippers: counts
            (6, False, False),  # a copy two units up (a trail's last item): counts
            (2, False, False),  # four words: counts
        ],
    )
    def test_chrome_repeat(self, index: int, kept: bool, chrome: bool) -> None:
        texts = [
            "Contact us",
            "Home",
            "Rivers rise in the valley",
            "News",
            "Dams hold",
            "Weather",
            "Dams hold",
            "Photo gallery",
            "Maps",
            "Archive",
            "Contact us",
        ]
        assert chrome == _headings._chrome_repeat(index, texts, kept)

    def test_long_headline_ending_on_a_question_is_not_the_lead(self) -> None:
        """
        A lead ends its sentences with a full stop; a headline of twelve
        words or more may end on a question mark, and stays the headline.
        """
        headline = (
            "Will the river rise over its banks again this week after three days of heavy rain?"
        )
        page = self._renderer_page(f"        {headline}\n\n")
        assert headline == pressparse.parse(page).title

    BLURB = (
        "Here the water office of the valley posts its news, its warnings and the state "
        "of the rivers every week."
    )

    def test_blurb_over_a_date_line_and_a_repeated_headline(self) -> None:
        """
        A blog's description (or a notice) the strippers kept over the
        article's header is no lead: a date line stands under it, right over
        a headline the page prints again (a list of posts), and the prose
        under them is the lead.
        """
        page = (
            self._renderer_page(
                f"        {self.BLURB}\n\n"
                "          Monday, 19 October 2019\n\n"
                "        The river rises over its banks\n\n"
            )
            + "\n    Most read\n      * The river rises over its banks\n      * Dams hold\n"
        )
        found = pressparse.explain(page)["title"]
        assert ("title.over-lead", "The river rises over its banks") == (found.rule, found.value)

    def test_standfirst_over_a_byline_and_a_caption_stays_the_lead(self) -> None:
        """
        A standfirst under its headline stands over a byline and a date
        too; the picture's caption under them, printed once, is no headline
        the page repeats, and the standfirst stays the lead.
        """
        page = self._renderer_page(
            "        Floods hit the valley again\n\n"
            f"        {self.BLURB}\n\n"
            "          By Jane Roe\n"
            "          19.10.2019 12.09\n\n"
            "          The dam at the upper lake in the morning\n\n"
        )
        assert "Floods hit the valley again" == pressparse.parse(page).title

    BUTTONS = (
        "Facebook",
        "Twitter",
        "Flipboard",
        "Share this",
        "Pinterest",
        "Reddit",
        "LinkedIn",
        "Email",
        "Copy Link",
        "Comments",
        "Previous",
        "Next",
        "Settings",
        "Donate",
    )

    def test_headline_over_a_bar_of_buttons(self) -> None:
        """
        Buttons, share links and labels of a few words, printed between
        the headline and the lead, use up none of the headline's reach: the
        headline over fourteen of them is found.
        """
        buttons = "".join(f"            {button}\n" for button in self.BUTTONS)
        page = self._renderer_page(
            "        The river rises over its banks\n\n"
            "          By Jane Roe\n"
            "          19.10.2019\n\n"
            f"{buttons}\n"
        )
        found = pressparse.explain(page)["title"]
        assert ("title.over-lead", "The river rises over its banks") == (found.rule, found.value)

    def test_reach_past_buttons_stops_short_of_the_masthead(self) -> None:
        """
        Reaching past buttons and a short menu, the headline is looked for
        short of the page's masthead: the site's name, printed at its top
        and again in its footer, is no headline over a short menu.
        """
        buttons = "".join(f"    {button}\n" for button in self.BUTTONS)
        page = (
            "    Valley Water News Online\n\n"
            f"{buttons}\n"
            "        Dams hold again\n\n"
            f"        {self.LEAD}\n\n"
            f"          {self.MORE}\n\n"
            f"          {self.MORE}\n\n"
            "    Valley Water News Online\n"
        )
        read = _read_text(page)
        found = _headings.over_lead(read, {line.number for line in read.lines})
        assert found is not None
        assert "Dams hold again" == found.text

    def _letterhead_page(self, under: str) -> str:
        """A post's page: its headline set in on a line of its own, *under* it, the lead."""
        return (
            "   [logo.png]\n   Feed\n\n"
            "                                    Watching the river banks\n\n"
            f"{under}"
            f"        {self.LEAD}\n\n          {self.MORE}\n\n          {self.MORE}\n\n"
            "    Imprint Privacy\n"
        )

    @pytest.mark.parametrize(
        ("under", "title"),
        [
            ("   By Jane Roe - January 10, 2020\n\n", "Watching the river banks"),
            ("   10 January 2020\n\n", "Watching the river banks"),
            ("   Regional news for the valley\n\n", "Regional news for the valley"),
        ],
    )
    def test_letterhead_over_a_byline_is_the_headline(self, under: str, title: str) -> None:
        """
        A line the header reader read as a letterhead is the headline over
        the lead where a byline or a date line stands right under it (a
        post's headline over its author and date); over anything else it
        stays set aside.
        """
        page = _read_text(self._letterhead_page(under))
        headline = next(line for line in page.lines if line.text == "Watching the river banks")
        kept = {line.number for line in page.lines}
        found = _headings.over_lead(page, kept, letterheads={headline.number})
        assert found is not None
        assert title == found.text

    @pytest.mark.parametrize(
        ("name", "title"),
        [
            ("Rivers 2.0", "Rivers 2.0"),
            ("Riverbanks (3)", "Riverbanks (3)"),
            ("Floods 2019 #rivers19 #dams", "Floods 2019 #rivers19 #dams"),
            # (A reference number stays set aside.)
            ("AA 04 040", "Regional news for the valley and its river towns"),
        ],
    )
    def test_letterhead_numbering_a_name_is_the_headline(self, name: str, title: str) -> None:
        """
        A headline that numbers a name, which the header reader read as a
        letterhead's reference line for its digits, stays a candidate
        over the lead, as a reference number does not.
        """
        page = _read_text(
            "   [logo.png]\n   Feed\n\n"
            f"      {name}\n\n"
            "        Regional news for the valley and its river towns\n\n"
            f"        {self.LEAD}\n\n          {self.MORE}\n\n          {self.MORE}\n\n"
            "    Imprint Privacy\n"
        )
        headline = next(line for line in page.lines if line.text == name)
        kept = {line.number for line in page.lines}
        found = _headings.over_lead(page, kept, letterheads={headline.number})
        assert found is not None
        assert title == found.text

    @pytest.mark.parametrize(
        ("text", "chrome"),
        [
            ("Flood report (3)", False),
            ("Enterprise 2.0", False),
            ("Floods 2019 #rivers19 #dams", False),
            ("39 Jane Roe 2 0 0 0 0", True),  # a table's row
            ("02 6277 7500", True),  # a phone number
            ("AA 04 040", True),  # a reference
            ("Page 3", True),  # a page number
            ("Share this page", True),
        ],
    )
    def test_numbered_name_is_no_chrome(self, text: str, chrome: bool) -> None:
        """
        A headline that numbers a name (a series' part, a version, a year)
        is no reference number, though half its words hold digits.
        """
        assert chrome == _headings._chrome(text)

    def test_headline_numbering_a_name(self) -> None:
        page = self._renderer_page(
            "        Floods 2019 #rivers19 #dams\n\n          19 October 2019 Jane Roe\n\n"
        )
        assert "Floods 2019 #rivers19 #dams" == pressparse.parse(page).title

    def _wrapped_page(self, after: str) -> str:
        """
        A page a text browser wrapped at its margin (column 58): three
        paragraphs, *after* the first (lines flush under it).
        """
        para = (
            "The regional water office said on Monday that the river had risen over its "
            "banks in three places and that the dams upstream are being watched by engineers "
            "day and night, while the towns along the lower river prepare sandbags and open "
            "shelters for those who have to leave their homes before the water reaches the "
            "streets of the old town centre."
        )
        body = "\n".join("   " + line for line in textwrap.wrap(para, 57))
        return f"Water Office\n\n{body}\n{after}\n{body}\n\n{body}\n"

    def test_line_under_a_paragraph_ending_short_of_the_margin(self) -> None:
        """
        A text browser wraps a paragraph at its margin: a line that ends a
        sentence where the next line's first word would have fitted ends
        the paragraph, and the line under it (a caption, a list) is a block
        of its own.
        """
        units = _headings.laid_out_units(
            _read_text(self._wrapped_page("   A dam on the upper river\n"))
        )
        assert "A dam on the upper river" in [unit.text for unit in units]

    def test_sentence_ending_at_the_margin_goes_on(self) -> None:
        """A sentence that ends at the margin goes on on the next line."""
        ends = "   The office warned every town on the lower river today.\n"
        units = _headings.laid_out_units(
            _read_text(self._wrapped_page(f"{ends}   Sandbags are handed out.\n"))
        )
        texts = [unit.text for unit in units]
        assert not any(text.startswith("Sandbags") for text in texts)
        assert any(
            text.endswith("on the lower river today. Sandbags are handed out.") for text in texts
        )

    @pytest.mark.parametrize(
        ("text", "ends"),
        [
            (
                "1. Der Tag, an dem die Dämme brechen werden und das Wasser in die Stadt kommt?",
                False,
            ),
            (
                "Im Jahr 2019. Die Dämme hielten, aber kommt das Wasser nicht doch noch?",
                True,
            ),
        ],
    )
    def test_list_number_ends_no_sentence(self, text: str, ends: bool) -> None:
        """A list item's number ("1. ") is no sentence's end: the item is no lead."""
        unit = Line(number=0, raw=text, text=text, indent=3)
        assert ends == _headings._lead_prose(unit)

    def test_markdown_headings_say_more(self) -> None:
        """
        Where the converter marked headings, the main heading stands: the
        unit over the lead is not looked for.
        """
        page = (
            "[Water Office](/)\n\nNews for the valley\n\n"
            "# The river rises over its banks\n\n"
            "Photo: Jane Roe\n\n"
            f"{self.LEAD}\n\n{self.MORE}\n"
        )
        explained = pressparse.explain(page)
        assert "title.main-heading" == explained["title"].rule
        assert not any(c.rule == "title.over-lead" for c in explained["title"].candidates)

    def test_letter_wandering_a_column_is_not_laid_out(self) -> None:
        """
        An OCR'd letter's lines wander a column or two: no converter laid it
        out, and the header reader's headline stands.
        """
        page = (
            " MEDIA RELEASE\n"
            "  Senator for the Valley\n"
            " River basin states agree on a shared network\n"
            f"  {self.LEAD}\n"
            f" {self.MORE}\n"
            f"  {self.MORE}\n"
        )
        explained = pressparse.explain(page)
        assert "River basin states agree on a shared network" == explained.release.title
        assert "title.headline" == explained["title"].rule

    def test_text_browser_heading_wrapped_over_a_byline(self) -> None:
        """
        A text browser wraps a long heading flush left onto a second line
        and sets the byline in under a blank line: the heading's two lines
        are one headline, the byline is not part of it.
        """
        lead = "   " + self.LEAD[:75] + "\n   " + self.LEAD[75:] + "\n"
        more = "   " + self.MORE[:75] + "\n   " + self.MORE[75:] + "\n"
        page = (
            "   Skip to main content\n"
            "     * Home\n     * News\n     * Contact\n\n"
            "River basin states agree on a shared early-warning network for the floods\n"
            "of the coming rainy season\n\n"
            "   von Jane Roe\n\n"
            f"{lead}\n{more}\n{more}"
        )
        assert (
            "River basin states agree on a shared early-warning network for the floods "
            "of the coming rainy season"
        ) == pressparse.parse(page).title

    @pytest.mark.parametrize(
        ("text", "credit"),
        [
            ("Foto: Nick Roe/Shutterstock", True),
            ("(Foto: FKP Scorpio)", True),
            ("Bild: Jane Roe", True),
            ("© Jane Roe / stock.adobe.com", True),
            ("Photograph: Jane Roe/Getty Images", True),
            ("Quelle: Jane Roe", True),
            ("Bildung: neue Schulen für das Tal", False),
            ("Images of the flood", False),
            ("Fotograf gewinnt Preis", False),
        ],
    )
    def test_credit_lines(self, text: str, credit: bool) -> None:
        from pressparse._sections import is_credit

        assert credit == is_credit(text)

    @pytest.mark.parametrize(
        ("text", "titled"),
        [
            ("Water Office cc-by 4.0", False),
            ("In Flickr CC by jroe", False),
            ("Accident on the access road", True),
        ],
    )
    def test_licence_credit_is_no_title(self, text: str, titled: bool) -> None:
        """
        A picture's Creative Commons licence is its credit, never a title.
        """
        assert titled == _headings._titled(_read_text(text).lines[0])

    @pytest.mark.parametrize(
        ("text", "byline"),
        [
            ("By Jane Roe", True),
            ("von Jane Roe", True),
            ("Par Jeanne Roe", True),
            ("Por Juana Roe jroe@example.org", True),
            ("Von Jane Roe, Redakteurin", True),
            ("By Jane Roe and John Doe", True),
            ("By JANE ROE and JOHN DOE", True),
            ("Von Jane Roe und John Doe", True),
            ("By Jane Roe and the river", False),
            ("Von der Leyen besucht das Tal", False),
            ("Von Berlin nach Hamburg", False),
            ("By the numbers: the flood", False),
            ("Bylines", False),
        ],
    )
    def test_bylines(self, text: str, byline: bool) -> None:
        from pressparse._sections import is_byline

        assert byline == is_byline(text)

    def test_credit_and_byline_are_no_heading(self) -> None:
        from pressparse._fields._headings import _titled

        for text in ("Foto: Jane Roe/dpa", "By Jane Roe"):
            assert not _titled(pressparse.Line(0, text, text))


class TestUnderHeading:
    """`_headings.under_heading`: a text browser's flush-left main heading
    over a unit it set in."""

    PROSE = (
        "The council met on Tuesday to decide how the river banks will be repaired after "
        "the floods of last winter, and agreed to spend the reserve on the three worst "
        "places. Engineers from the office will report on the state of the banks by the "
        "end of the week, and the works are to start in the spring once the water is down."
    )

    def _page(self, wrapped: bool, between: str = "") -> list[Line]:
        body = (
            "\n".join("   " + line for line in textwrap.wrap(self.PROSE, 92))
            if wrapped
            else "   " + self.PROSE
        )
        text = (
            "   Riverside Council\n\n"
            "River works\n\n"
            f"{between}"
            "     \u201cWater runs where it is let: build the wall before it comes.\u201d\n\n"
            + (body + "\n\n")
            * 6
        )
        return list(_read_text(text).lines)

    def _lines(self, lines: list[Line]) -> tuple[Line, Line]:
        heading = next(line for line in lines if line.text == "River works")
        epigraph = next(line for line in lines if line.text.startswith("\u201c"))
        return heading, epigraph

    def test_set_in_unit_under_a_wrapped_pages_heading(self) -> None:
        lines = self._page(wrapped=True)
        heading, epigraph = self._lines(lines)
        page = _read_text("\n".join(line.raw for line in lines))
        assert _headings.under_heading(page, epigraph, heading)

    def test_not_past_another_flush_left_line(self) -> None:
        lines = self._page(wrapped=True, between="Photos\n\n")
        heading, epigraph = self._lines(lines)
        page = _read_text("\n".join(line.raw for line in lines))
        assert not _headings.under_heading(page, epigraph, heading)

    def test_not_on_a_renderers_page(self) -> None:
        lines = self._page(wrapped=False)
        heading, epigraph = self._lines(lines)
        page = _read_text("\n".join(line.raw for line in lines))
        assert not _headings.under_heading(page, epigraph, heading)
