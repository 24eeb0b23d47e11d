"""
The "any site" header, letterhead and body logic, pinned on pages in the
shapes of many sites and seven languages (see ``tests/site_pages.py``,
``tests/wire_pages.py`` and ``tests/unseen_pages.py``).

Each page states every field a careful reader takes from it. A page the
parser gets wrong because of a general gap is a strict expected failure
whose reason names the gap: the worklist for the header logic.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

import pressparse
from pages import observed
from pressparse._header._headline import _cuts_name
from pressparse._header._letterhead_parts import _notice_line, _postal_address
from pressparse._text import split_lines
from site_pages import PAGES as SITE_PAGES
from site_pages import SitePage, expected
from unseen_pages import PAGES as UNSEEN_PAGES
from wire_pages import PAGES as WIRE_PAGES

PAGES = SITE_PAGES + WIRE_PAGES + UNSEEN_PAGES
LANGUAGES = ("en", "de", "fr", "es", "ru", "it", "pt", "nl", "pl")


def _held(release: pressparse.Release) -> str:
    """
    Every text *release* keeps, one piece a line: its fields, its metadata
    as label and value, its body (the dateline before the first paragraph)
    and its boilerplate lines.
    """
    pieces = [release.title or "", release.kind or "", release.place or "", release.source or ""]
    for field in release.metadata:
        pieces.append(f"{field.label}:")
        pieces += [f"{field.label}: {value}" for value in field.values]
    body = list(release.paragraphs)
    if release.dateline is not None:
        body = [release.dateline.raw + (body[0] if body else ""), *body[1:]]
    pieces += body
    if release.title and body:
        # A headline printed on the same line as the start of the body.
        pieces.append(f"{release.title} {body[0]}")
    pieces += [" ".join(raw.split()) for block in release.boilerplate for raw in block.lines]
    return "\n".join(pieces)


def lost(release: pressparse.Release, text: str) -> list[str]:
    """
    The non-blank lines of *text* that *release* keeps nowhere: not in a
    field, the metadata, the paragraphs or the boilerplate. A line that is
    the title printed more than once is kept by the title.
    """
    held = _held(release)
    missing: list[str] = []
    for line in split_lines(text).lines:
        if not line.text or line.text in held:
            continue
        if line.text.replace(" :", ":") in held:
            continue  # a French label, a space before its colon
        title = release.title
        if title and not line.text.replace(title, "").strip(" |-–—"):
            continue
        missing.append(line.text)
    return missing


def _params(field: str) -> list[object]:
    params: list[object] = []
    for site in PAGES:
        reason = getattr(site, field)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(site, id=site.id, marks=marks))
    return params


class TestPages:
    def test_enough_pages_in_every_language(self) -> None:
        """
        At least thirty pages, with every language of the issue among them.
        """
        languages = Counter(site.id.split("-", 1)[0] for site in PAGES)

        assert len(PAGES) >= 30
        assert set(LANGUAGES) == set(languages)

    def test_ids_are_unique(self) -> None:
        """
        Every page has its own test id.
        """
        ids = [site.id for site in PAGES]

        assert sorted(set(ids)) == sorted(ids)

    def test_every_page_has_a_body(self) -> None:
        """
        No page expects an empty body: each is a release.
        """
        assert [] == [site.id for site in PAGES if not site.paragraphs]


class TestAnySite:
    @pytest.mark.parametrize("site", _params("gap"))
    def test_fields(self, site: SitePage) -> None:
        """
        Every field of the page comes back exactly.
        """
        assert expected(site) == observed(pressparse.parse(site.text))

    @pytest.mark.parametrize("site", _params("loses"))
    def test_nothing_lost(self, site: SitePage) -> None:
        """
        Every non-blank line of the page is kept: in a field, the metadata,
        the paragraphs or the boilerplate.
        """
        release = pressparse.parse(site.text)

        assert [] == lost(release, site.text)

    @pytest.mark.parametrize("site", _params("gap"))
    def test_crlf_changes_nothing(self, site: SitePage) -> None:
        """
        The same page with Windows line ends gives the same fields.
        """
        assert expected(site) == observed(pressparse.parse(site.text.replace("\n", "\r\n")))


class TestLost:
    def test_a_dropped_line_is_reported(self) -> None:
        """
        The check reports a line the release keeps nowhere.
        """
        release = pressparse.Release(title="A headline", paragraphs=("Body text.",))

        assert ["Missing line"] == lost(release, "A headline\nMissing line\nBody text.\n")

    def test_metadata_and_dateline_hold_their_lines(self) -> None:
        """
        A label and its value, and a dateline before the first paragraph,
        count as kept.
        """
        release = pressparse.parse(
            "A headline about rivers\nDate: 4 May 2022\n"
            "GENEVA, 4 May 2022 - The rivers rose again overnight in the valley.\n"
        )

        assert [] == lost(release, "A headline about rivers\nDate: 4 May 2022\n")

    def test_title_printed_twice_on_one_line_is_held(self) -> None:
        """
        A line that is the title twice over is kept by the title.
        """
        release = pressparse.Release(title="A headline")

        assert [] == lost(release, "A headline A headline\n")


#: Short lines opening a page with a body after them: whether each is the
#: headline (a question, an exclamation, a quoted title, capitals) or the
#: first paragraph (a statement; symbols).
OPENING_LINES = {
    "question": ("Will the Ferry Run Again This Summer?", True),
    "exclamation": ("Ferry services: back at last for the summer!", True),
    "quoted-title": ("“Ferries and the Future of the Harbour”", True),
    "quote-inside": ("Harbour ferries: ‘a Service Worth Saving’", True),
    "statement": ("The ferry will run again this summer from the old wharf.", False),
    "quoted-statement": ("“The ferry will run again this summer,” the mayor said.", False),
    "symbols": ("THE HARBOUR NEWS SPRING 2001 --‘:* 1;” / !", False),
}


@pytest.mark.parametrize(("line", "headline"), OPENING_LINES.values(), ids=OPENING_LINES.keys())
def test_short_opening_line(line: str, headline: bool) -> None:
    """
    A short line that ends like a sentence opens the page: the headline
    when it ends like no statement, else the first paragraph.
    """
    body = "Ferries carried forty thousand people across the harbour last summer, the mayor said."
    release = pressparse.parse(f"{line}\n\n{body}\n")

    assert ((line, (body,)) if headline else (None, (line, body))) == (
        release.title,
        release.paragraphs,
    )


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Monday 3 September", "Island ferry fares to double"),
        ("Wednesday, 21st of March", "Island ferry fares to double"),
        ("September 3", "Island ferry fares to double"),
        # A headline that names a day is no date line.
        ("Fares rise on 3 September", "Fares rise on 3 September"),
    ],
)
def test_date_line_without_year_is_no_headline(line: str, title: str) -> None:
    """
    A line that is only a date printed without its year, over the
    headline, is a date line: the headline under it is the title.
    """
    body = "Ferry fares to the islands will double from January under the new contract."
    release = pressparse.parse(f"{line}\n\nIsland ferry fares to double\n\n{body}\n")

    assert title == release.title


@pytest.mark.parametrize(
    ("head", "rest", "cut"),
    [
        ("The Minister for Transport, Nina", "Castell is asking islanders to help.", True),
        ("Foreign Minister Jane", "Doe said today the talks would go on.", True),
        ("The Minister for Trade, Sam", "Hardy, said the deal was done.", True),
        ("Ferries, Buses and Trains", "The Government will fund all three.", False),
        ("Ferry fares to double", "Fares to the islands will double.", False),
    ],
)
def test_split_cutting_a_name(head: str, rest: str, cut: bool) -> None:
    """
    A split of a glued headline that ends the head on a name's first
    word (after a style, an office's head or a comma) cuts the name.
    """
    assert cut == _cuts_name(head, rest)


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("EMBARGOED UNTIL 12.01AM", True),
        ("Under strict embargo: 06:01 in Hobart", True),
        ("Media enquiries: Tom Reid, 0400 123 456", True),
        ("Media Contact Tom Reid", True),
        ("For more information call: Tom Reid on (03) 9687 7355", True),
        ("For further media comment, please contact: Tom Reid on 0400 123 456", True),
        ("Subscribe to media releases at", True),
        ("More from Transport", True),
        ("Search this site   Go", True),
        ("Embargo on island ferry sales lifted after two years of talks with the unions", False),
        ("Contacts between the two ministers resume", False),
        ("For more information on ferries, see the timetable.", False),
    ],
)
def test_header_notice_line(line: str, notice: bool) -> None:
    """
    An embargo, a press contact or an interface line in the header is a
    notice, never the headline; a headline about an embargo is not one.
    """
    assert notice == _notice_line(line)


@pytest.mark.parametrize(
    ("line", "address"),
    [
        ("Electorate Office: Level 2, 14 Harbour St, Seaview NSW 2999", True),
        ("PO Box 77 Seaview", True),
        ("27a Wharf Road", True),
        ("Parliament House, Canberra ACT 2600  Ph (02) 6277 0000", True),
        ("Hobart Office: 8 Ferry Lane, HOBART TAS 7000", True),
        ("World Ferry Day 2004", False),
        ("Seaview: Parliament House, Seaview, ACT, 2999", True),
        ("EAST SEAVIEW WA 6999 SEAVIEW ACT 2999", True),
        ("Cnr North & West St Seaview Qld 4999 Harbour ACT 2999", True),
        ("WORLD FERRY DAY 2004", False),
        ("MORE FERRIES IN 2012", False),
        ("Ferry fares up in NSW 2012 and 2013", False),
        ("Ferries return to 12 Wharf Road after two years", True),
        ("The ferry office at 12 Wharf Road will close on Friday.", False),
    ],
)
def test_postal_address_line(line: str, address: bool) -> None:
    """
    A letterhead's postal address (a post-office box, a street number and
    street, a postcode after a comma) is told from a headline with a year.
    (A headline naming a street address is taken for one: the shape
    cannot tell.)
    """
    assert address == _postal_address(line)


def test_date_label_in_its_own_column_is_no_headline() -> None:
    """
    A date's label printed a column before the date (``Date released:``)
    is read with the date, never taken for the headline.
    """
    body = "Good morning to the members of the ferry users' association and their guests."
    release = pressparse.parse(f"Speech\n\nDate released:   2 March 2006\n\n{body}\n")

    assert (None, dt.date(2006, 3, 2), (body,)) == (
        release.title,
        release.date,
        release.paragraphs,
    )


@pytest.mark.parametrize(
    ("date_line", "topics"),
    [
        pytest.param("4 June 2024 Transport", ("Transport",), id="menu-item-after-the-date"),
        pytest.param("4 June 2024 | Transport", ("Transport",), id="bar-before-the-topic"),
        pytest.param("4 June 2024 Halifax", (), id="word-the-menus-do-not-list"),
        pytest.param("Transport 4 June 2024", (), id="word-before-the-date"),
        pytest.param("4 June 2024", (), id="date-alone"),
    ],
)
def test_topic_after_the_date(date_line: str, topics: tuple[str, ...]) -> None:
    """
    A word printed after the date of a date line is the release's topic
    when the page's menu lists it as an item; else it is no topic.
    """
    text = (
        "Port Authority\nHome\nTransport\nEnvironment\nCareers\n"
        "New ferry timetable starts in July\n"
        f"{date_line}\n"
        "The harbour ferries will run every twenty minutes from the first of July, "
        "the port authority said on Tuesday.\n"
        "Evening services will be added on the northern route.\n"
    )
    release = pressparse.parse(text)

    assert (release.title, release.date, release.topics) == (
        "New ferry timetable starts in July",
        dt.date(2024, 6, 4),
        topics,
    )


@pytest.mark.parametrize(
    ("line", "metadata"),
    [
        pytest.param("Reading time: 4 min", True, id="minutes"),
        pytest.param("Lesezeit: 3 Minuten (540 Wörter)", True, id="german-with-words"),
        pytest.param("Read: 2 minutes", True, id="minutes-spelt-out"),
        pytest.param("Budget: 5 billion for new schools", False, id="headline-with-a-number"),
        pytest.param("Ferries: 20 minutes faster to the islands", False, id="measure-then-words"),
    ],
)
def test_measure_label_is_no_headline(line: str, metadata: bool) -> None:
    """
    A label whose value is only a measure (a reading time, a word count)
    between the kind label and the headline is interface metadata, never
    the headline; a headline with a number after its colon stays one.
    """
    headline = "Harbour ferries to run every twenty minutes"
    body = (
        "The harbour ferries will run every twenty minutes from the first of July, "
        "the port authority said on Tuesday."
    )
    text = f"Port Authority\nHome\nServices\nMedia release\n{line}\n{headline}\n{body}\n"
    release = pressparse.parse(text)

    held = [(field.label, field.values) for field in release.metadata]
    label, value = line.split(": ", 1)
    assert ((label, (value,)) in held, release.title) == (
        metadata,
        headline if metadata else line,
    )


def test_date_first_dateline_under_the_kind_label() -> None:
    """
    A headline above the kind label stays the headline when a date-first
    dateline alone on its line ("June 4, 2021 – Halifax, Nova Scotia")
    stands between the label and the body.
    """
    body = (
        "The port authority will dredge the eastern channel this summer so that larger "
        "container ships can reach the new terminal."
    )
    text = (
        "Harbour channel to be deepened\n"
        "News release\n"
        "June 4, 2021 – Halifax, Nova Scotia\n"
        f"{body}\n"
        "Work will stop during the lobster season.\n"
    )
    release = pressparse.parse(text)

    assert (release.title, release.kind, release.date, release.place, release.paragraphs) == (
        "Harbour channel to be deepened",
        "News release",
        dt.date(2021, 6, 4),
        "Halifax, Nova Scotia",
        (body, "Work will stop during the lobster season."),
    )


@pytest.mark.parametrize(
    ("second", "dateline", "note_is_body"),
    [
        pytest.param(
            "Ottawa, Ontario: The agency will open three regional offices this year, the "
            "minister said.",
            "Ottawa, Ontario: ",
            False,
            id="note-then-dateline",
        ),
        pytest.param(
            "Jane Roe, 04.06.2021",
            None,
            True,
            id="note-then-byline-alone",
        ),
        pytest.param(
            "The agency will open three regional offices this year, the minister said.",
            None,
            True,
            id="two-paragraphs-no-dateline",
        ),
    ],
)
def test_note_before_the_dateline(second: str, dateline: str | None, note_is_body: bool) -> None:
    """
    A note printed between the header and a paragraph that opens with a
    dateline is header, and the dateline is the release's; with no dateline
    after it, the first paragraph stays the body's.
    """
    note = (
        "Statements of this kind give the preliminary views of the staff and do not bind "
        "the agency's board."
    )
    text = f"Agency opens regional offices\n4 June 2021\n{note}\n{second}\n"
    release = pressparse.parse(text)

    assert (
        release.dateline.raw if release.dateline else None,
        release.paragraphs[0] == note,
        note in [line for block in release.boilerplate for line in block.lines],
    ) == (dateline, note_is_body, not note_is_body)


@pytest.mark.parametrize(
    ("under", "after", "title"),
    [
        pytest.param(
            "Harbour channel to be deepened for larger ships",
            "From: Port Authority",
            "Harbour channel to be deepened for larger ships",
            id="headline-over-a-source-label",
        ),
        pytest.param(
            "Harbour channel to be deepened for larger ships",
            "News release",
            "Harbour channel to be deepened for larger ships",
            id="headline-over-a-kind-label",
        ),
        pytest.param(
            "The channel will be deepened so that larger ships can berth.",
            "From: Port Authority",
            "Transport and ports",
            id="sentence-under-the-headline",
        ),
        pytest.param(
            "Harbour channel to be deepened for larger ships",
            "Port Authority",
            "Transport and ports",
            id="no-metadata-under-it",
        ),
    ],
)
def test_headline_under_a_section_name(under: str, after: str, title: str) -> None:
    """
    A headline-shaped line with the header's metadata right under it is
    the headline, and the short line read as the title above it a section
    name; with a sentence, or no metadata, under it, the first title stays.
    """
    body = (
        "The port authority will dredge the eastern channel this summer so that larger "
        "container ships can reach the new terminal."
    )
    text = f"Transport and ports\n{under}\n{after}\n12 March 2024\n{body}\n"

    assert pressparse.parse(text).title == title


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("- Joint Media Release -", id="dashes-around"),
        pytest.param("Joint Media Release:", id="colon-after"),
        pytest.param("Joint Media Release", id="bare"),
    ],
)
def test_kind_label_without_its_separators(label: str) -> None:
    """
    A kind label alone on its line is given without the dashes or colon
    printed around it.
    """
    text = (
        "Minister for Transport and Minister for Tourism\n\n"
        f"{label}\n\n"
        "New ferry timetable starts in July\n\n"
        "The harbour ferries will run every twenty minutes from the first of July, "
        "the ministers said on Tuesday.\n"
    )
    release = pressparse.parse(text)

    assert ("Joint Media Release", "New ferry timetable starts in July") == (
        release.kind,
        release.title,
    )


@pytest.mark.parametrize(
    ("bar", "kind", "date", "place"),
    [
        pytest.param(
            "Press release | 3 June 2024 | Luxembourg",
            "Press release",
            dt.date(2024, 6, 3),
            "Luxembourg",
            id="kind-date-place",
        ),
        pytest.param(
            "June 3, 2024 | Halifax, Nova Scotia | Fisheries and Oceans Canada",
            None,
            dt.date(2024, 6, 3),
            "Halifax, Nova Scotia",
            id="date-place-and-region-source",
        ),
        pytest.param(
            "News release | 3 June 2024 | Ministry of Transport",
            "News release",
            dt.date(2024, 6, 3),
            None,
            id="organisation-after-the-date-is-no-place",
        ),
        pytest.param(
            "Speech | Plenary session | 3 June 2024 | Strasbourg",
            "Speech",
            dt.date(2024, 6, 3),
            "Strasbourg",
            id="four-fields",
        ),
    ],
)
def test_date_bar_over_headline(
    bar: str, kind: str | None, date: dt.date, place: str | None
) -> None:
    """
    A bar of fields without labels over the headline, one field a date:
    the date, a kind label and the place's name printed after the date.
    """
    body = "The harbour ferry will run every twenty minutes from Monday, the port authority said."
    release = pressparse.parse(f"{bar}\n\nHarbour ferry to run more often\n\n{body}\n")

    assert (kind, date, place, "Harbour ferry to run more often") == (
        release.kind,
        release.date,
        release.place,
        release.title,
    )


@pytest.mark.parametrize(
    ("menu", "title"),
    [
        pytest.param(
            ["Home", "Services", "Newsroom", "12 March 2024"],
            "Harbour ferry to run more often",
            id="date-line-under-the-menu",
        ),
        pytest.param(
            ["Home", "Services", "Newsroom", "Published: 12 March 2024"],
            "Harbour ferry to run more often",
            id="label-pair-under-the-menu",
        ),
        pytest.param(
            ["Home", "Newsroom", "Home › Newsroom › Releases"],
            "Harbour ferry to run more often",
            id="breadcrumb-under-the-menu",
        ),
        pytest.param(
            ["Home", "Newsroom", "Press releases", "Speeches", "Media release"],
            "Harbour ferry to run more often",
            id="plural-kind-among-menu-items-then-kind",
        ),
    ],
)
def test_headline_under_menu_and_header_lines(menu: list[str], title: str) -> None:
    """
    A menu printed without bullets, then header lines (a date line, a
    label pair, a breadcrumb, a kind label), then the headline: the
    headline is the title, not a menu item.
    """
    body = "The harbour ferry will run every twenty minutes from Monday, the port authority said."
    lines = "\n".join(menu)
    release = pressparse.parse(f"{lines}\nHarbour ferry to run more often\n{body}\n")

    assert title == release.title


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("Media Release 3 May 2019 ", id="kind-date-headline-sentence"),
        pytest.param("3 May 2019 ", id="date-headline-sentence"),
    ],
)
def test_glued_headline_line_is_kept_as_split(head: str) -> None:
    """
    A headline cut off the start of the first paragraph's line leaves the
    body only the sentence: the line as printed is recorded whole, once,
    as a ``split`` record.
    """
    line = (
        f"{head}Keepers return to the lighthouse on the cape The maritime board has voted "
        "to staff the lighthouse on the cape again from next spring, after the fishing fleet asked"
    )
    text = f"{line}\nfor a keeper and the council agreed to pay half. Two keepers live there.\n"
    release = pressparse.parse(text)

    records = [(b.kind, b.lines) for b in release.boilerplate if line in b.lines]
    assert (release.title, release.paragraphs[0][:20], records) == (
        "Keepers return to the lighthouse on the cape",
        "The maritime board h",
        [("split", (line,))],
    )


@pytest.mark.parametrize(
    ("header", "source"),
    [
        pytest.param(
            ["Polizeidirektion Hannover"], "Polizeidirektion Hannover", id="body-over-headline"
        ),
        pytest.param(
            ["Portal", "Meldungen", "Polizeidirektion Hannover", "PD-H: Neue Fahrradstaffel"],
            "Polizeidirektion Hannover",
            id="body-among-lines-under-a-menu-item",
        ),
        pytest.param(["Jana Becker"], None, id="person-over-headline"),
    ],
)
def test_public_body_masthead(header: list[str], source: str | None) -> None:
    """
    A public body's name alone over the headline, or among the lines under
    a menu item first taken for it, is the masthead: the release's source.
    """
    body = (
        "Hannover (ots) - Die Polizei setzt ab Montag zwölf Beamtinnen und Beamte auf "
        "Fahrrädern in der Innenstadt ein.\nDie Staffel ist von acht bis zwanzig Uhr unterwegs.\n"
    )
    lines = "\n".join(header)
    release = pressparse.parse(f"{lines}\nPD-H: Neue Fahrradstaffel in der Innenstadt\n{body}")

    assert (release.title, release.source) == (
        "PD-H: Neue Fahrradstaffel in der Innenstadt",
        source,
    )


@pytest.mark.parametrize(
    "strip",
    [
        pytest.param("[Dateline: Tallinn | Source: Port Authority]", id="square-brackets"),
        pytest.param("(Dateline: Tallinn | Source: Port Authority)", id="round-brackets"),
        pytest.param("Dateline: Tallinn | Source: Port Authority", id="no-brackets"),
    ],
)
def test_bracketed_label_strip(strip: str) -> None:
    """
    A strip of ``Label: value`` pairs between bars, set in brackets or
    not, gives each pair as metadata without the brackets.
    """
    body = "The ferry to Helsinki will sail every hour from Monday, the port authority said."
    release = pressparse.parse(f"Hourly ferries to Helsinki\n{strip}\n{body}\n")

    assert (release.place, release.source, release.paragraphs) == (
        "Tallinn",
        "Port Authority",
        (body,),
    )
