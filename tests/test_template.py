"""
Learning a site's template: `TemplateStripper`.

The site here is made up: the newsroom of a "Ministry of Coastal Affairs"
whose pages open with a menu of plain, unbulleted lines and close with a
contact block, an "About the ministry" paragraph and a footer of plain
lines. The generic rules judge lines by shape and cannot tell that menu
from a headline; a template learned from a few pages can. Place names are
real; every sentence is written for these tests.
"""

from __future__ import annotations

import pathlib
import pickle
import string
from collections.abc import Sequence

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressparse
from pressparse import Parser, TemplateError
from pressparse.strippers import TemplateStripper

LETTERHEAD = "Ministry of Coastal Affairs"
MENU = ("Home", "The Ministry", "Newsroom", "Publications", "Contact", "Search this site")
CONTACT = ("For more information:", "Press office", "+47 55 00 00 00")
ABOUT = (
    "About the ministry",
    "The Ministry of Coastal Affairs looks after harbours, ferry routes and the coastal path,"
    " and works with the counties on fisheries.",
)
FOOTER = ("Privacy", "Accessibility", "Cookies", "© 2025 Ministry of Coastal Affairs")


@attrs.frozen
class Story:
    """
    The part of a release that changes from page to page.
    """

    title: str
    date: str
    lead: str
    more: str

    @property
    def place(self) -> str:
        return self.lead.partition(",")[0]


STORIES = (
    Story(
        "Ferry timetable extended to the outer islands",
        "3 March 2025",
        "BERGEN, 3 March 2025 - Ferries to the outer islands will run two extra departures a day"
        " from April, the ministry announced on Monday.",
        "The change follows a year in which passenger numbers on the route rose by a fifth.",
    ),
    Story(
        "New quay opens in Ålesund harbour",
        "14 April 2025",
        "ÅLESUND, 14 April 2025 - A new deep-water quay opened in the harbour this morning,"
        " giving fishing boats and supply vessels room to berth side by side.",
        "Building work took two years and stayed within the budget set by parliament.",
    ),
    Story(
        "Coastal path repairs finished before summer",
        "2 June 2025",
        "BODØ, 2 June 2025 - Storm damage on the northern stretch of the coastal path has been"
        " repaired, and the whole route is open to walkers again.",
        "Volunteers from three local clubs helped clear fallen rock from the trail.",
    ),
    Story(
        "Grants for small fishing harbours announced",
        "20 August 2025",
        "TROMSØ, 20 August 2025 - Thirty small fishing harbours will share a new grant for"
        " breakwaters and lighting, the minister said in Tromsø today.",
        "Applications open in September and close at the end of the year.",
    ),
    Story(
        "Lighthouse keepers' cottages to become visitor centres",
        "9 October 2025",
        "STAVANGER, 9 October 2025 - Four former lighthouse keepers' cottages along the coast"
        " will be turned into small visitor centres over the next two years.",
        "Each centre will tell the story of its light and the ships it guided.",
    ),
)
#: The pages the template is learned from; the last story is the new page.
LEARNING, NEW = STORIES[:4], STORIES[4]


def coastal_page(
    story: Story,
    *,
    head: Sequence[str] = (LETTERHEAD, *MENU),
    metadata: Sequence[str] = (),
    tail: Sequence[str] = (*CONTACT, *ABOUT, *FOOTER),
) -> str:
    """
    One page of the ministry's newsroom as a crawler renders it.
    """
    lines = [*head, story.title, *metadata, story.lead, story.more, *tail]
    return "\n".join(lines) + "\n"


def learned(**options: object) -> TemplateStripper:
    """
    The template learned from the four learning pages.
    """
    return TemplateStripper.learn([coastal_page(story) for story in LEARNING], **options)  # type: ignore[arg-type]


@pytest.fixture(name="template", scope="module")
def _template() -> TemplateStripper:
    """
    The template of the ministry's site, learned from four pages.
    """
    return learned()


class TestLearn:
    def test_learns_menu_and_footer(self, template: TemplateStripper) -> None:
        """
        The menu, the contact block, the "About" paragraph and the footer
        are learned, the menu and the closing blocks as runs.
        """
        expected = {line.casefold() for line in (*MENU, *CONTACT, *ABOUT, *FOOTER)}
        assert expected == template.lines
        assert (
            tuple(item.casefold() for item in MENU),
            tuple(item.casefold() for item in (*CONTACT, *ABOUT, *FOOTER)),
        ) == template.runs

    def test_template_fixes_new_page(self, template: TemplateStripper) -> None:
        """
        On a page the template never saw, the learned template removes the
        unbulleted menu, and the closing blocks with it. (The generic rules
        read the headline under such a menu too, `_Reader._after_menu_run`,
        but keep the menu as header lines, not as a learned run.)
        """
        page = coastal_page(NEW)
        generic = Parser().parse(page)
        assert NEW.title == generic.title
        assert not [b for b in generic.boilerplate if b.stripper == "template"]

        release = Parser(strippers=[template, "menus", "footer"]).parse(page)
        assert NEW.title == release.title
        assert (NEW.lead.partition(" - ")[2], NEW.more) == release.paragraphs
        assert "STAVANGER" == release.place
        assert LETTERHEAD == release.source
        removed = [b.lines for b in release.boilerplate if b.stripper == "template"]
        assert [MENU, (*CONTACT, *ABOUT, *FOOTER)] == removed
        assert {"template"} == {b.kind for b in release.boilerplate if b.stripper == "template"}

    def test_letterhead_not_learned(self, template: TemplateStripper) -> None:
        """
        The header line naming the issuer is repeated on every page but is
        not learned: the parser reads the release's source from it.
        """
        assert LETTERHEAD.casefold() not in template.lines

    def test_kind_and_metadata_not_learned(self) -> None:
        """
        The kind label, metadata labels and values that every page repeats
        (``Source:`` / the ministry, ``Place: Bergen``) are not learned, so
        the parser still reads them from a new page.
        """
        meta = ("Source:", "Coastal Affairs press office", "Place: Bergen")

        def page(story: Story) -> str:
            return coastal_page(
                story, head=(*MENU, "Press release"), metadata=("Date:", story.date, *meta)
            )

        template = TemplateStripper.learn([page(story) for story in LEARNING])
        for line in ("press release", "date:", "source:", "place: bergen"):
            assert line not in template.lines
        assert "coastal affairs press office" not in template.lines
        assert {item.casefold() for item in MENU} <= template.lines

        release = Parser(strippers=[template, "menus", "footer"]).parse(page(NEW))
        assert "Press release" == release.kind
        assert "Coastal Affairs press office" == release.source
        assert "Bergen" == release.place
        assert "2025-10-09" == str(release.date)
        assert NEW.title == release.title

    def test_end_mark_not_learned(self) -> None:
        """
        An end mark every page prints stays for the footer stripper, which
        removes what follows it.
        """
        tail = ("###", "Media contact: Kari Nordmann, +47 55 00 00 01", *FOOTER)
        pages = [coastal_page(story, tail=tail) for story in LEARNING]
        template = TemplateStripper.learn(pages)
        assert "###" not in template.lines
        release = Parser(strippers=[template, "menus", "footer"]).parse(
            coastal_page(NEW, tail=tail)
        )
        assert (NEW.lead.partition(" - ")[2], NEW.more) == release.paragraphs
        assert ["end-mark"] == [b.kind for b in release.boilerplate if b.stripper == "footer"][:1]

    def test_separators_go_with_their_run(self) -> None:
        """
        Lines too short to be learned (``|`` between menu items, a bare
        marker) are never learned but go when they sit inside a removed run.
        """
        head = ("Home", "|", "Newsroom", "|", "Contact", "-")
        pages = [coastal_page(story, head=head) for story in LEARNING]
        template = TemplateStripper.learn(pages)
        assert "|" not in template.lines
        assert "-" not in template.lines
        page = pressparse.Parser().read(coastal_page(NEW, head=head))
        stripped = template.strip(page)
        assert [("Home", "|", "Newsroom", "|", "Contact")] == [
            b.lines for b in stripped.removed if b.start == 0
        ]
        assert "-" == stripped.lines[0].raw

    def test_run_item_alone_stays(self, template: TemplateStripper) -> None:
        """
        A word of the menu on a line of its own in a body (a subheading)
        stays: learned run lines go only beside a neighbour from their run.
        """
        story = attrs.evolve(NEW, more=f"Publications\n{NEW.more}")
        release = Parser(strippers=[template, "menus", "footer"]).parse(coastal_page(story))
        assert ("Publications", NEW.more) == release.paragraphs[1:]

    def test_lone_line_is_learned_alone(self) -> None:
        """
        A repeated line whose neighbours change from page to page is learned
        on its own and removed wherever it stands.
        """
        pages = [
            coastal_page(story, tail=("For more information:", f"Officer {index}"))
            for index, story in enumerate(LEARNING)
        ]
        template = TemplateStripper.learn(pages)
        assert "for more information:" in template.lines
        assert not any("for more information:" in run for run in template.runs)
        page = Parser().read(coastal_page(NEW, tail=("For more information:", "Officer 9")))
        assert [("For more information:",)] == [
            b.lines for b in template.strip(page).removed if b.start > 7
        ]

    def test_min_share(self) -> None:
        """
        A line printed on two pages of four is learned only when
        *min_share* allows it.
        """
        pages = [
            coastal_page(story, head=(*MENU, "Summer opening hours")[: 6 + (index < 2)])
            for index, story in enumerate(LEARNING)
        ]
        assert "summer opening hours" not in TemplateStripper.learn(pages).lines
        assert "summer opening hours" in TemplateStripper.learn(pages, min_share=0.5).lines
        assert not TemplateStripper.learn(pages, min_share=0.5, min_pages=3).lines & {
            "summer opening hours"
        }

    def test_reads_bytes_html_and_pages(self, template: TemplateStripper) -> None:
        """
        Pages may be `str`, `bytes` or `Page`; all give the same template.
        """
        texts = [coastal_page(story) for story in LEARNING]
        assert template == TemplateStripper.learn(text.encode() for text in texts)
        assert template == TemplateStripper.learn(Parser().read(text) for text in texts)

    def test_reads_html(self) -> None:
        """
        HTML pages are read as `parse` reads them: a menu of ``<div>``
        links outside any ``<nav>`` is learned and removed.
        """

        def html(story: Story) -> str:
            menu = "".join(f'<div><a href="/{i}">{item}</a></div>' for i, item in enumerate(MENU))
            return (
                f"<html><body>{menu}<h1>{story.title}</h1><p>{story.lead}</p>"
                f"<p>{story.more}</p><p>{ABOUT[1]}</p></body></html>"
            )

        template = TemplateStripper.learn([html(story) for story in LEARNING])
        assert {item.casefold() for item in MENU} | {ABOUT[1].casefold()} <= template.lines
        release = Parser(strippers=["html-regions", template, "menus", "footer"]).parse(html(NEW))
        assert NEW.title == release.title
        assert (NEW.lead.partition(" - ")[2], NEW.more) == release.paragraphs

    @pytest.mark.parametrize("count", [0, 1])
    def test_too_few_pages(self, count: int) -> None:
        """
        Fewer pages than *min_pages* raise `TemplateError`, a `ValueError`:
        no line could reach the threshold.
        """
        pages = [coastal_page(story) for story in STORIES[:count]]
        with pytest.raises(TemplateError, match="at least min_pages=2 pages") as info:
            TemplateStripper.learn(pages)
        assert isinstance(info.value, ValueError)
        assert isinstance(info.value, pressparse.PressParseError)

    def test_one_page_with_min_pages_one(self) -> None:
        """
        With ``min_pages=1`` a single page is learned whole, apart from the
        lines the parser needs.
        """
        template = TemplateStripper.learn([coastal_page(NEW)], min_pages=1)
        assert NEW.title.casefold() in template.lines
        assert LETTERHEAD.casefold() not in template.lines

    @pytest.mark.parametrize(
        ("options", "message"),
        [
            ({"min_share": 0}, "min_share"),
            ({"min_share": 1.5}, "min_share"),
            ({"min_pages": 0}, "min_pages"),
        ],
    )
    def test_bad_options(self, options: dict[str, float], message: str) -> None:
        """
        Out-of-range options raise `TemplateError` naming the option.
        """
        with pytest.raises(TemplateError, match=message):
            learned(**options)

    @pytest.mark.parametrize("page", ["Home\nNewsroom\n", b"Home\n"])
    def test_single_page_is_a_type_error(self, page: str | bytes) -> None:
        """
        One page passed where an iterable of pages is expected raises
        `TypeError` instead of learning from its characters.
        """
        with pytest.raises(TypeError, match="iterable of pages"):
            TemplateStripper.learn(page)  # type: ignore[arg-type]


class TestStrip:
    def test_other_site_unchanged(self, template: TemplateStripper) -> None:
        """
        A page of another site is returned as it is.
        """
        page = Parser().read(
            "Press release\nCouncil opens two new cycle lanes along the river\n"
            "BRISTOL, 3 April 2025 - The city council opened two new cycle lanes today.\n"
            "Contact\n"
        )
        assert page is template.strip(page)

    def test_empty_template_is_a_no_op(self) -> None:
        """
        A template that learned nothing removes nothing.
        """
        page = Parser().read(coastal_page(NEW))
        assert page is TemplateStripper().strip(page)

    def test_name_is_recorded(self, template: TemplateStripper) -> None:
        """
        The stripper's name is recorded on what it removes.
        """
        page = Parser().read(coastal_page(NEW))
        stripped = attrs.evolve(template, name="coastal").strip(page)
        assert {"coastal"} == {b.stripper for b in stripped.removed}

    def test_is_a_boilerplate_stripper(self, template: TemplateStripper) -> None:
        """
        The stripper satisfies the plugin protocol and is not registered by
        name.
        """
        assert isinstance(template, pressparse.plugins.BoilerplateStripper)
        assert "template" not in pressparse.plugins.strippers.names()


class TestValue:
    def test_equal_and_hashable_by_value(self, template: TemplateStripper) -> None:
        """
        Two templates learned from the same pages are equal and hash alike.
        """
        again = learned()
        assert template == again
        assert hash(template) == hash(again)
        assert template != attrs.evolve(template, name="other")

    def test_repr_is_short(self, template: TemplateStripper) -> None:
        """
        The repr counts the learned lines instead of listing them.
        """
        assert "TemplateStripper(name='template', lines=15, runs=2)" == repr(template)

    def test_parser_pickles(self, template: TemplateStripper) -> None:
        """
        A `Parser` holding a template pickles, its strippers by value, and
        parses the same.
        """
        parser = Parser(strippers=[template, "menus", "footer"])
        copy = pickle.loads(pickle.dumps(parser))
        assert parser.strippers == copy.strippers
        assert parser.parse(coastal_page(NEW)) == copy.parse(coastal_page(NEW))

    @pytest.mark.parametrize(
        ("lines", "runs", "message"),
        [
            (["a line"], [["a line"]], "two lines or more"),
            (["a line"], [["a line", "another"]], "not among the learned lines"),
        ],
    )
    def test_bad_runs(self, lines: list[str], runs: list[list[str]], message: str) -> None:
        """
        Runs must hold two learned lines or more.
        """
        with pytest.raises(TemplateError, match=message):
            TemplateStripper(lines=lines, runs=runs)


class TestJson:
    def test_round_trip(self, template: TemplateStripper) -> None:
        """
        `from_json` gives back the template `to_json` wrote.
        """
        text = template.to_json()
        assert '"version": 1' in text
        assert template == TemplateStripper.from_json(text)

    def test_save_and_load(self, template: TemplateStripper, tmp_path: pathlib.Path) -> None:
        """
        `save` and `load` round-trip through a UTF-8 file.
        """
        path = tmp_path / "coastal.json"
        template.save(path)
        assert template == TemplateStripper.load(path)

    def test_missing_name_and_extra_keys(self) -> None:
        """
        ``name`` defaults to ``"template"``; unknown keys are ignored.
        """
        loaded = TemplateStripper.from_json(
            '{"version": 1, "lines": ["home"], "runs": [], "learned_from": "coastal"}'
        )
        assert TemplateStripper(lines=["home"]) == loaded

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("{not json", "not valid JSON"),
            ("[]", "must be an object"),
            ('{"lines": []}', "version None is not supported"),
            ('{"version": 2, "lines": []}', "version 2 is not supported"),
            ('{"version": 1}', "'lines' must be a list of strings"),
            ('{"version": 1, "lines": [1]}', "'lines' must be a list of strings"),
            ('{"version": 1, "lines": [], "runs": ["ab"]}', "'runs' must be a list of lists"),
            ('{"version": 1, "lines": ["a"], "runs": [["a", "b"]]}', "not among the learned"),
            ('{"version": 1, "lines": [], "name": ""}', "'name' must be a non-empty string"),
        ],
    )
    def test_bad_json(self, text: str, message: str) -> None:
        """
        Text that is not a template raises `TemplateError`, a `ValueError`.
        """
        with pytest.raises(ValueError, match=message) as info:
            TemplateStripper.from_json(text)
        assert isinstance(info.value, TemplateError)


_TEXT = st.text(alphabet=string.ascii_letters + " |-:#©", max_size=12)
_LINE = st.one_of(st.sampled_from((*MENU, *CONTACT, *FOOTER, "|", "-", "", "- Home")), _TEXT)


class TestProperties:
    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        learn_from=st.lists(st.lists(_LINE, max_size=12), min_size=2, max_size=5),
        page=st.lists(_LINE, max_size=25),
    )
    def test_strip_removes_only_learned_lines(
        self, learn_from: list[list[str]], page: list[str]
    ) -> None:
        """
        `strip` never raises, and every line it removes is a learned line
        or a line too short to learn standing inside a removed run.
        """
        template = TemplateStripper.learn("\n".join(lines) for lines in learn_from)
        before = Parser().read("\n".join(page))
        after = template.strip(before)
        kept = {line.number for line in after.lines}
        for line in before.lines:
            if line.number in kept:
                continue
            folded = line.text.casefold()
            key = f"{line.marker} {folded}" if line.marker else folded
            assert key in template.lines or len(line.text) < 2
