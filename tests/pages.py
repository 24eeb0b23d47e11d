"""
Build press-release fixture pages from parts.

A page is assembled the way a crawler renders the OSCE press-release
template: a navigation menu (``- item`` lines, section headings as a bare
marker followed by a short line), the kind label, the headline, a metadata
block (``- Date:`` / ``- Place:`` / ``- GENEVA`` ...), the body whose first
paragraph opens with a dateline, and optionally a footer menu and a
copyright line.

Menu item names and place names are facts about real sites; every sentence
of body text here is invented for these tests.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

import pressparse

# --- facts: navigation labels as sites print them ---------------------------

#: Items of the OSCE "Fields of work" menu.
FIELDS_OF_WORK: tuple[str, ...] = (
    "Arms control",
    "Border management",
    "Combating trafficking in human beings",
    "Conflict prevention and resolution",
    "Countering terrorism",
    "Cyber/ICT Security",
    "Democratization",
    "Economic activities",
    "Education",
    "Elections",
    "Environmental activities",
    "Gender equality",
    "Good governance",
    "Human rights",
    "Media freedom and development",
    "Migration",
    "National minority issues",
    "Policing",
    "Reform and co-operation in the security sector",
    "Roma and Sinti",
    "Rule of law",
    "Tolerance and non-discrimination",
    "Youth",
)

#: Items of the OSCE "Meetings and conferences" menu.
MEETINGS: tuple[str, ...] = (
    "Summit meetings",
    "Review Conferences",
    "Ministerial Council meetings",
    "Plenary meetings of the Permanent Council",
    "Economic and Environmental Forum",
    "Human rights meetings",
    "Media conferences",
    "Annual OSCE Asian conferences",
)

#: Some participating States, as the "Countries" menu lists them.
COUNTRIES: tuple[str, ...] = (
    "Albania",
    "Andorra",
    "Armenia",
    "Austria",
    "Bosnia and Herzegovina",
    "Finland",
    "Holy See",
    "Kyrgyzstan",
    "North Macedonia",
    "United States of America",
)

#: Field operations, as the "Structures and institutions" menu lists them.
FIELD_OPERATIONS: tuple[str, ...] = (
    "Presence in Albania",
    "Centre in Ashgabat",
    "Programme Office in Bishkek",
    "Mission to Moldova",
    "Mission to Skopje",
)

#: Short navigation labels common to institutional sites.
NAV_LABELS: tuple[str, ...] = (
    "Home",
    "About us",
    "News",
    "Newsroom",
    "Press releases",
    "Events",
    "Publications",
    "Multimedia",
    "Careers",
    "Procurement",
    "Contact",
    "Search",
    "Documents",
    "Partnerships",
    "Projects",
    "Field operations",
    "Organizational structure",
    "Secretariat",
    "Institutions",
    "Parliamentary Assembly",
)

#: Headings of menu sections.
SECTION_HEADINGS: tuple[str, ...] = (
    "Our work",
    "Fields of work",
    "Meetings and conferences",
    "Countries",
    "Participating States",
    "Structures and institutions",
    "Field operations",
    "Follow us",
    "Resources",
)

#: Social networks as footers link them.
SOCIAL: tuple[str, ...] = ("Facebook", "X", "Instagram", "YouTube", "LinkedIn", "Flickr")

#: Legal and service links of a footer.
FOOTER_LINKS: tuple[str, ...] = (
    "Contact us",
    "Terms of use",
    "Privacy policy",
    "Sitemap",
    "Accessibility",
)

COPYRIGHT = "© 2024 Organization for Security and Co-operation in Europe"

# --- invented prose ---------------------------------------------------------

HEADLINE = "Regional water authorities agree to share river monitoring data across borders"

DATELINE = "GENEVA, 17 September 2008 - "
DATE = dt.date(2008, 9, 17)

#: Body paragraphs; the first follows the dateline.
BODY: tuple[str, ...] = (
    "Representatives of twelve regional water authorities agreed today on common rules for "
    "measuring the quality of rivers that cross national borders.",
    "The two-day meeting closed with a pledge to publish readings every quarter in one shared "
    "format, so that neighbouring authorities can compare results without conversion.",
    '"A river does not stop at a checkpoint, and the numbers that protect it should not stop '
    'there either," the chair of the working group told participants.',
    "Technical experts will meet again in the spring to present the first comparable data sets "
    "and to propose a schedule for joint sampling campaigns.",
)

#: A bulleted list as it stands inside a body.
LIST_ITEMS: tuple[str, ...] = (
    "weekly sampling at every crossing point",
    "a shared laboratory in each basin",
    "an annual public report",
)

#: A prose line that introduces a list.
LIST_INTRO = "Under the agreement, each authority commits to the following measures:"

# --- builders ---------------------------------------------------------------


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _sections(value: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(value)


@attrs.frozen
class Section:
    """
    One section of a menu: an optional heading and its items.
    """

    heading: str | None
    items: tuple[str, ...] = attrs.field(converter=_strs)


@attrs.frozen
class Menu:
    """
    A navigation menu rendered as bulleted lines.

    A heading is printed as a bare marker on its own line followed by the
    heading text, as the crawled OSCE pages show it.
    """

    sections: tuple[Section, ...] = attrs.field(converter=_sections)
    marker: str = "-"
    indent: int = 0
    spaced: bool = False

    def lines(self) -> list[str]:
        """
        The menu's lines as printed; *spaced* puts a blank line between
        sections.
        """
        pad = " " * self.indent
        out: list[str] = []
        for section in self.sections:
            if self.spaced and out:
                out.append("")
            if section.heading is not None:
                out += [f"{pad}{self.marker}", f"{pad}{section.heading}"]
            out += [f"{pad}{self.marker} {item}" for item in section.items]
        return out


def flat_menu(items: Iterable[str], *, marker: str = "-", indent: int = 0) -> Menu:
    """
    A menu of one section without a heading.
    """
    return Menu([Section(None, items)], marker=marker, indent=indent)


#: The shape of the OSCE site menu, shortened.
OSCE_MENU = Menu(
    [
        Section("Our work", ()),
        Section("Fields of work", FIELDS_OF_WORK),
        Section("Meetings and conferences", MEETINGS),
        Section("Countries", ("All",)),
        Section("Participating States", COUNTRIES),
        Section("Structures and institutions", ("Chairpersonship",)),
        Section("Field operations", FIELD_OPERATIONS),
        Section(None, ("Parliamentary Assembly", "Organizational structure", "About us")),
    ]
)

#: A footer: social links under a heading, then legal links.
FOOTER_MENU = Menu([Section("Follow us", SOCIAL), Section(None, FOOTER_LINKS)])


@attrs.frozen
class Metadata:
    """
    The metadata block under the headline.

    *date* ``""`` prints the label with no value (as the OSCE pages do);
    ``None`` leaves a label out. *topics* are the value lines under the
    topic label. *inline* prints ``Label: value`` on one line.
    """

    date: str | None = ""
    place: str | None = "GENEVA"
    source: str | None = "OSCE Secretariat"
    topics: tuple[str, ...] = attrs.field(
        default=("Combating trafficking in human beings",), converter=_strs
    )
    topic_label: str = "Fields of work"
    marker: str = "-"
    inline: bool = False
    #: The date, place and source labels, in the page's language.
    labels: tuple[str, ...] = attrs.field(default=("Date", "Place", "Source"), converter=_strs)
    #: What follows a label: ``":"``, or ``" :"`` on French pages.
    colon: str = ":"
    #: Further places, a line each under the first.
    places: tuple[str, ...] = attrs.field(default=(), converter=_strs)

    def lines(self) -> list[str]:
        """
        The block's lines as printed.
        """
        prefix = f"{self.marker} " if self.marker else ""
        date_label, place_label, source_label = self.labels
        fields = [
            (date_label, [self.date] if self.date else [] if self.date is not None else None),
            (place_label, None if self.place is None else [self.place, *self.places]),
            (source_label, None if self.source is None else [self.source]),
            (self.topic_label, list(self.topics) if self.topics else None),
        ]
        out: list[str] = []
        for label, values in fields:
            if values is None:
                continue
            if self.inline:
                out.append(f"{prefix}{label}{self.colon} {', '.join(values)}".rstrip())
            else:
                out.append(f"{prefix}{label}{self.colon}")
                out += [f"{prefix}{value}" for value in values]
        return out


@attrs.frozen
class Fixture:
    """
    A press-release page built from parts, and what parsing it must give.

    *body* lines are printed as given, the first after *dateline*; bulleted
    body lines are written ``"- text"`` and come back the same way.
    """

    top: Menu | None = OSCE_MENU
    kind: str | None = "Press release"
    headline: str = HEADLINE
    metadata: Metadata | None = attrs.field(factory=Metadata)
    dateline: str = DATELINE
    body: tuple[str, ...] = attrs.field(default=BODY, converter=_strs)
    footer: Menu | None = None
    copyright: str | None = None
    newline: str = "\n"
    blank_lines: bool = False
    #: Lines before the top menu: a skip link, a language switch, a
    #: cookie notice.
    preamble: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    #: A breadcrumb trail between the top menu and the kind label.
    crumb: str | None = None
    #: Lines after the body, before the footer: a list of related pages.
    closing: tuple[str, ...] = attrs.field(default=(), converter=_strs)

    def lines(self) -> list[str]:
        """
        Every line of the page, in order.
        """
        out: list[str] = list(self.preamble)
        if self.top is not None:
            out += self.top.lines()
        if self.crumb is not None:
            out.append(self.crumb)
        if self.kind is not None:
            out.append(self.kind)
        out.append(self.headline)
        if self.metadata is not None:
            out += self.metadata.lines()
        body = [self.dateline + self.body[0], *self.body[1:]]
        if self.blank_lines:
            body = [part for line in body for part in (line, "")][:-1]
        out += body
        out += self.closing
        if self.footer is not None:
            out += self.footer.lines()
        if self.copyright is not None:
            out.append(self.copyright)
        return out

    def text(self) -> str:
        """
        The page as one string.
        """
        return self.newline.join(self.lines())

    def menu_lines(self) -> list[str]:
        """
        The lines of every menu on the page.
        """
        out: list[str] = []
        for menu in (self.top, self.footer):
            if menu is not None:
                out += [line for line in menu.lines() if line]
        return out

    def boilerplate_lines(self) -> list[str]:
        """
        Every line the strippers must remove: menus and the copyright line.
        """
        extra = [self.copyright] if self.copyright is not None else []
        chrome = [*self.preamble, *([self.crumb] if self.crumb else []), *self.closing]
        return self.menu_lines() + extra + [line for line in chrome if line.strip()]


def normal(line: str) -> str:
    """
    A line with its white space collapsed, as `Release.boilerplate` and
    `Release.paragraphs` compare.
    """
    return " ".join(line.split())


def leaked(release: pressparse.Release, lines: Iterable[str]) -> list[str]:
    """
    The paragraphs of *release* that are one of *lines*, or the text of one.
    """
    forbidden: set[str] = set()
    for line in lines:
        text = normal(line)
        if text:
            forbidden.add(text)
            forbidden.add(text.lstrip("-*•·").strip())
    forbidden.discard("")
    return [p for p in release.paragraphs if normal(p) in forbidden]


def lost(release: pressparse.Release, lines: Sequence[str]) -> list[str]:
    """
    The *lines* (menu lines removed from the page) that no boilerplate
    record of *release* holds: what was thrown away silently.
    """
    held = Counter(normal(raw) for block in release.boilerplate for raw in block.lines)
    missing: list[str] = []
    for line in lines:
        key = normal(line)
        if held[key] > 0:
            held[key] -= 1
        else:
            missing.append(line)
    return missing


def observed(release: pressparse.Release) -> dict[str, object]:
    """
    The fields of *release* that a fixture page states (the fields its
    expected Release pins).
    """
    return {
        "title": release.title,
        "kind": release.kind,
        "date": release.date,
        "place": release.place,
        "source": release.source,
        "topics": release.topics,
        "dateline": release.dateline.raw if release.dateline else None,
        "paragraphs": release.paragraphs,
    }
