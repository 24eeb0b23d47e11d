# Crawled text prints a paragraph on one line: the pages keep those lines whole.
# ruff: noqa: E501
"""
Press-release pages in the shapes of many sites, with the exact `Release`
a careful reader takes from each.

Every page is written for these tests: the offices, places and site names
are real, every sentence and every person's name is invented. A page shows
one or two shapes of the "any site" header and footer (no kind label, a
headline printed twice or with a site suffix, metadata blocks, letterheads,
contact blocks, end marks, hard-wrapped lines) in English, German, French,
Spanish or Russian.

A page the parser gets wrong because of a general gap names the gap in
*gap* (the fields) or *loses* (the nothing-lost check); the tests mark it
as a strict expected failure.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import attrs


def _strs(value: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(value)


def page(text: str) -> str:
    """
    A page written as an indented block: dedented, first newline dropped.
    """
    return textwrap.dedent(text).lstrip("\n")


@attrs.frozen(kw_only=True)
class SitePage:
    """
    A page and every field parsing it must give.

    Attributes:
        id: A readable test id.
        text: The page as crawled text.
        title, kind, date, place, source: The expected fields.
        dateline: The expected `Dateline.raw`, or ``None``.
        paragraphs: The expected body paragraphs.
        topics: The expected topics (``()`` for none).
        gap: Why the fields are wrong today (a strict xfail), else ``None``.
        loses: Why a line is lost today (a strict xfail), else ``None``.
    """

    id: str
    text: str
    title: str | None
    kind: str | None
    date: dt.date | None
    place: str | None
    source: str | None
    dateline: str | None
    paragraphs: tuple[str, ...] = attrs.field(converter=_strs)
    topics: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    gap: str | None = None
    loses: str | None = None


def expected(site: SitePage) -> dict[str, object]:
    """
    The fields *site* states, keyed as `pages.observed` keys a Release's.
    """
    return {
        "title": site.title,
        "kind": site.kind,
        "date": site.date,
        "place": site.place,
        "source": site.source,
        "topics": site.topics,
        "dateline": site.dateline,
        "paragraphs": site.paragraphs,
    }


# --- English ----------------------------------------------------------------

EN_MINISTER_LETTERHEAD = SitePage(
    id="en-minister-letterhead-ends",
    text=page(
        """
        Minister for Justice and Customs
        Senator the Hon Claire Hollis

        MEDIA RELEASE

        12 March 2004

        New grants to help regional courts hear family cases faster

        Regional family court circuits in Queensland will receive $4.2 million over three years.

        The money pays for six more circuit sittings each year in Mackay, Rockhampton and Mount Isa.

        "Families outside the capital cities should not wait longer than anyone else for a hearing," Senator Hollis said.

        ENDS

        Media contact: Tom Reid 02 6277 7290
        """
    ),
    title="New grants to help regional courts hear family cases faster",
    kind="MEDIA RELEASE",
    date=dt.date(2004, 3, 12),
    place=None,
    source="Minister for Justice and Customs",
    dateline=None,
    paragraphs=(
        "Regional family court circuits in Queensland will receive $4.2 million over three years.",
        "The money pays for six more circuit sittings each year in Mackay, Rockhampton and "
        "Mount Isa.",
        '"Families outside the capital cities should not wait longer than anyone else for a '
        'hearing," Senator Hollis said.',
    ),
)

EN_SHADOW_STATEMENT = SitePage(
    id="en-shadow-minister-seat-statement",
    text=page(
        """
        Senator the Hon Margaret Quill
        Senator for Tasmania
        Shadow Minister for Regional Development

        STATEMENT

        Ferry timetable cuts leave island towns stranded

        14 August 2009

        The new winter timetable removes the only evening crossing to King Island and Flinders Island.

        Residents who travel to Launceston for medical appointments now face an overnight stay.

        The Government should restore the evening service before the school holidays begin.
        """
    ),
    title="Ferry timetable cuts leave island towns stranded",
    kind="STATEMENT",
    date=dt.date(2009, 8, 14),
    place=None,
    source="Shadow Minister for Regional Development",
    dateline=None,
    paragraphs=(
        "The new winter timetable removes the only evening crossing to King Island and "
        "Flinders Island.",
        "Residents who travel to Launceston for medical appointments now face an overnight stay.",
        "The Government should restore the evening service before the school holidays begin.",
    ),
)

EN_COLUMNS = SitePage(
    id="en-letterhead-columns-one-line",
    text=page(
        """
        MEDIA RELEASE        Senator the Hon Anne Wiley        18 June 2014
        Minister for Employment

        Apprentice wage subsidy extended for another year

        Employers who take on a first-year apprentice will keep receiving a wage subsidy until June 2015.

        The subsidy covers up to a quarter of an apprentice's wage in the first twelve months.
        """
    ),
    title="Apprentice wage subsidy extended for another year",
    kind="MEDIA RELEASE",
    date=dt.date(2014, 6, 18),
    place=None,
    source="Minister for Employment",
    dateline=None,
    paragraphs=(
        "Employers who take on a first-year apprentice will keep receiving a wage subsidy until "
        "June 2015.",
        "The subsidy covers up to a quarter of an apprentice's wage in the first twelve months.",
    ),
)

EN_RELIEFWEB = SitePage(
    id="en-reliefweb-suffix-two-line-labels",
    text=page(
        """
        Floods displace thousands along the Niger river - Mali - ReliefWeb
        Source:
        UN Office for the Coordination of Humanitarian Affairs
        Posted:
        3 Sep 2020
        Originally published:
        2 Sep 2020
        Content type:
        News and Press Release
        BAMAKO, 2 September 2020 – Heavy rain over the past week has pushed the Niger river over its banks in the regions of Ségou and Mopti.
        Humanitarian partners estimate that more than 9,000 people have left their homes.
        """
    ),
    title="Floods displace thousands along the Niger river",
    kind="News and Press Release",
    date=dt.date(2020, 9, 3),
    place="BAMAKO",
    source="UN Office for the Coordination of Humanitarian Affairs",
    dateline="BAMAKO, 2 September 2020 – ",
    paragraphs=(
        "Heavy rain over the past week has pushed the Niger river over its banks in the regions "
        "of Ségou and Mopti.",
        "Humanitarian partners estimate that more than 9,000 people have left their homes.",
    ),
)

EN_MINISTRY_SUFFIX = SitePage(
    id="en-ministry-bar-suffix",
    text=page(
        """
        Finland opens a consulate in Lagos | Ministry for Foreign Affairs of Finland
        Press release
        Date: 21 October 2022
        Finland will open a consulate in Lagos at the beginning of next year.
        The consulate will handle visa applications and support trade between the two countries.
        """
    ),
    title="Finland opens a consulate in Lagos",
    kind="Press release",
    date=dt.date(2022, 10, 21),
    place=None,
    source="Ministry for Foreign Affairs of Finland",
    dateline=None,
    paragraphs=(
        "Finland will open a consulate in Lagos at the beginning of next year.",
        "The consulate will handle visa applications and support trade between the two countries.",
    ),
)

EN_HEADLINE_TWICE = SitePage(
    id="en-headline-printed-twice",
    text=page(
        """
        Port authority orders twelve electric tugboats
        Port authority orders twelve electric tugboats
        News release
        ROTTERDAM, 9 February 2023 – The port authority has signed a contract for twelve battery-powered tugboats.
        The first four boats will enter service in the outer harbour next year.
        """
    ),
    title="Port authority orders twelve electric tugboats",
    kind="News release",
    date=dt.date(2023, 2, 9),
    place="ROTTERDAM",
    source=None,
    dateline="ROTTERDAM, 9 February 2023 – ",
    paragraphs=(
        "The port authority has signed a contract for twelve battery-powered tugboats.",
        "The first four boats will enter service in the outer harbour next year.",
    ),
)

EN_HEADLINE_TWICE_ONE_LINE = SitePage(
    id="en-headline-twice-on-one-line",
    text=page(
        """
        Press release
        Museum returns carved panels to Benin City Museum returns carved panels to Benin City
        LONDON, 30 November 2022 – The museum has handed six carved wooden panels to a delegation from Benin City.
        The panels had been held in the museum's stores since 1931.
        """
    ),
    title="Museum returns carved panels to Benin City",
    kind="Press release",
    date=dt.date(2022, 11, 30),
    place="LONDON",
    source=None,
    dateline="LONDON, 30 November 2022 – ",
    paragraphs=(
        "The museum has handed six carved wooden panels to a delegation from Benin City.",
        "The panels had been held in the museum's stores since 1931.",
    ),
)

EN_CAPS_CONNECTOR = SitePage(
    id="en-caps-headline-wrapped-after-connector",
    text=page(
        """
        MEDIA RELEASE
        GOVERNMENT DOUBLES FUNDING FOR
        RURAL AMBULANCE STATIONS
        3 May 2011
        Rural ambulance stations across Victoria will receive twice the funding they had last year.
        The extra money will pay for forty new paramedics in Gippsland and the Mallee.
        """
    ),
    title="GOVERNMENT DOUBLES FUNDING FOR RURAL AMBULANCE STATIONS",
    kind="MEDIA RELEASE",
    date=dt.date(2011, 5, 3),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Rural ambulance stations across Victoria will receive twice the funding they had last "
        "year.",
        "The extra money will pay for forty new paramedics in Gippsland and the Mallee.",
    ),
)

EN_CAPS_NOUN = SitePage(
    id="en-caps-headline-wrapped-after-noun",
    text=page(
        """
        MEDIA RELEASE
        NEW MARITIME RESCUE CENTRE
        OPENS IN FREMANTLE
        22 July 2015
        A new maritime rescue coordination centre has opened at the Fremantle fishing boat harbour.
        The centre will coordinate searches along two thousand kilometres of coastline.
        """
    ),
    title="NEW MARITIME RESCUE CENTRE OPENS IN FREMANTLE",
    kind="MEDIA RELEASE",
    date=dt.date(2015, 7, 22),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "A new maritime rescue coordination centre has opened at the Fremantle fishing boat "
        "harbour.",
        "The centre will coordinate searches along two thousand kilometres of coastline.",
    ),
)

EN_KICKER = SitePage(
    id="en-kicker-above-headline",
    text=page(
        """
        Environment
        Coastal towns win funding to restore dunes
        Published: 4 May 2022
        Twelve coastal towns will share a fund to replant dunes damaged by winter storms, the regional council said today.
        Work is due to begin in September.
        """
    ),
    title="Coastal towns win funding to restore dunes",
    kind=None,
    date=dt.date(2022, 5, 4),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Twelve coastal towns will share a fund to replant dunes damaged by winter storms, the "
        "regional council said today.",
        "Work is due to begin in September.",
    ),
)

EN_KIND_AFTER_HEADLINE = SitePage(
    id="en-press-statement-after-headline",
    text=page(
        """
        On the Release of Detained Journalists
        Press Statement
        Jane Whitford, Secretary of State
        January 5, 2022
        The United States welcomes the release of four journalists who were held without charge for eight months.
        We call for the charges against their colleagues to be dropped as well.
        """
    ),
    title="On the Release of Detained Journalists",
    kind="Press Statement",
    date=dt.date(2022, 1, 5),
    place=None,
    source="Secretary of State",
    dateline=None,
    paragraphs=(
        "The United States welcomes the release of four journalists who were held without "
        "charge for eight months.",
        "We call for the charges against their colleagues to be dropped as well.",
    ),
)

EN_UNODC_BRACKETS = SitePage(
    id="en-bracketed-dateline-author-strip",
    text=page(
        """
        Countries agree on shared training for customs officers
        [Dateline: Vienna | Author: UNODC]
        VIENNA, 12 May 2021 – Officials from eleven countries agreed this week on a common curriculum for customs officers working at land borders.
        The curriculum will be taught in four languages from next spring.
        """
    ),
    title="Countries agree on shared training for customs officers",
    kind=None,
    date=dt.date(2021, 5, 12),
    place="Vienna",
    source="UNODC",
    dateline="VIENNA, 12 May 2021 – ",
    paragraphs=(
        "Officials from eleven countries agreed this week on a common curriculum for customs "
        "officers working at land borders.",
        "The curriculum will be taught in four languages from next spring.",
    ),
)

EN_INLINE_LABELS = SitePage(
    id="en-inline-labels-fields-of-work",
    text=page(
        """
        Press release
        Observers deploy for parliamentary elections
        Date: 7 September 2021
        Place: Warsaw
        Source: Office for Democratic Institutions and Human Rights
        Fields of work: Elections, Democratization
        The observation mission opened its core team office today with experts from fourteen countries.
        Long-term observers will travel to the regions next week.
        """
    ),
    title="Observers deploy for parliamentary elections",
    kind="Press release",
    date=dt.date(2021, 9, 7),
    place="Warsaw",
    source="Office for Democratic Institutions and Human Rights",
    dateline=None,
    paragraphs=(
        "The observation mission opened its core team office today with experts from fourteen "
        "countries.",
        "Long-term observers will travel to the regions next week.",
    ),
    topics=("Elections", "Democratization"),
)

EN_NEWS_RELEASE_30 = SitePage(
    id="en-news-release-thirty-mark-contacts",
    text=page(
        """
        NEWS RELEASE
        Province sets aside land for two new provincial parks
        VICTORIA, June 3, 2021 – The province will protect 14,000 hectares of coastal forest in two new parks.
        Both parks were proposed by local First Nations after ten years of planning.
        -30-
        Contact:
        Priya Sandhu
        Ministry of Environment
        250 555-0143
        priya.sandhu@example.gov.bc.ca
        """
    ),
    title="Province sets aside land for two new provincial parks",
    kind="NEWS RELEASE",
    date=dt.date(2021, 6, 3),
    place="VICTORIA",
    # The contact block names the ministry that issues the release.
    source="Ministry of Environment",
    dateline="VICTORIA, June 3, 2021 – ",
    paragraphs=(
        "The province will protect 14,000 hectares of coastal forest in two new parks.",
        "Both parks were proposed by local First Nations after ten years of planning.",
    ),
)

EN_HASH_ABOUT = SitePage(
    id="en-spaced-hash-mark-about-after",
    text=page(
        """
        Press release
        Library network lends its millionth e-book
        DUBLIN, 14 March 2024 – The public library network has lent its one millionth e-book since the service began.
        Readers borrowed most e-books on weekday evenings.
        # # #
        About Libraries Ireland
        Libraries Ireland is the shared service of the country's public library authorities.
        Media contact: Aoife Brennan, +353 1 555 0199
        """
    ),
    title="Library network lends its millionth e-book",
    kind="Press release",
    date=dt.date(2024, 3, 14),
    place="DUBLIN",
    source=None,
    dateline="DUBLIN, 14 March 2024 – ",
    paragraphs=(
        "The public library network has lent its one millionth e-book since the service began.",
        "Readers borrowed most e-books on weekday evenings.",
    ),
)

EN_ABOUT_NO_MARK = SitePage(
    id="en-about-paragraph-without-end-mark",
    text=page(
        """
        Press release
        River authority completes flood wall in Lismore
        LISMORE, 2 August 2022 – The new flood wall along the Wilsons River has been completed six weeks ahead of schedule.
        The wall protects more than four hundred homes in the north of the town.
        About the Northern Rivers Water Authority
        The Northern Rivers Water Authority manages the rivers and flood defences of the region and has done so since 1974.
        """
    ),
    title="River authority completes flood wall in Lismore",
    kind="Press release",
    date=dt.date(2022, 8, 2),
    place="LISMORE",
    source=None,
    dateline="LISMORE, 2 August 2022 – ",
    paragraphs=(
        "The new flood wall along the Wilsons River has been completed six weeks ahead of "
        "schedule.",
        "The wall protects more than four hundred homes in the north of the town.",
    ),
)

EN_FORWARD_LOOKING = SitePage(
    id="en-forward-looking-disclaimer",
    text=page(
        """
        Northwind Robotics reports record quarterly revenue
        SEATTLE, Oct. 27, 2022 (BUSINESS WIRE) -- Northwind Robotics reported revenue of $84 million for its third quarter, up 31 percent on last year.
        Orders for warehouse robots grew fastest in Europe.
        Forward-Looking Statements
        This press release contains forward-looking statements that involve risks and uncertainties, and actual results may differ materially from those described.
        """
    ),
    title="Northwind Robotics reports record quarterly revenue",
    kind=None,
    date=dt.date(2022, 10, 27),
    place="SEATTLE",
    source=None,
    dateline="SEATTLE, Oct. 27, 2022 (BUSINESS WIRE) -- ",
    paragraphs=(
        "Northwind Robotics reported revenue of $84 million for its third quarter, up 31 "
        "percent on last year.",
        "Orders for warehouse robots grew fastest in Europe.",
    ),
)

EN_CONTACT_NO_MARK = SitePage(
    id="en-media-contact-block-without-end-mark",
    text=page(
        """
        Media release
        Hospital opens its first dedicated stroke unit
        HOBART, 11 April 2019 – The Royal Hobart Hospital has opened a twelve-bed unit for patients recovering from a stroke.
        Patients will be seen by a specialist within an hour of arriving.
        Media contact:
        Sam Porter
        0400 555 123
        sam.porter@example.tas.gov.au
        """
    ),
    title="Hospital opens its first dedicated stroke unit",
    kind="Media release",
    date=dt.date(2019, 4, 11),
    place="HOBART",
    source=None,
    dateline="HOBART, 11 April 2019 – ",
    paragraphs=(
        "The Royal Hobart Hospital has opened a twelve-bed unit for patients recovering from a "
        "stroke.",
        "Patients will be seen by a specialist within an hour of arriving.",
    ),
)

EN_RELATED_LISTS = SitePage(
    id="en-related-and-latest-news-lists",
    text=page(
        """
        Press release
        Rail freight link to the port reopens after repairs
        GDANSK, 6 June 2023 – Freight trains are running again on the line to the container terminal after three weeks of repairs.
        The operator expects traffic to return to normal by the end of the month.
        Related
        - Port traffic grows for the fifth year running
        - New cranes arrive at the container terminal
        - Harbour dredging contract awarded
        Latest news
        - Ferry operator adds a summer route to Ystad
        - Port publishes its annual environmental report
        - Cruise season opens with record bookings
        """
    ),
    title="Rail freight link to the port reopens after repairs",
    kind="Press release",
    date=dt.date(2023, 6, 6),
    place="GDANSK",
    source=None,
    dateline="GDANSK, 6 June 2023 – ",
    paragraphs=(
        "Freight trains are running again on the line to the container terminal after three "
        "weeks of repairs.",
        "The operator expects traffic to return to normal by the end of the month.",
    ),
)

EN_TAGS_SHARE = SitePage(
    id="en-tags-share-widget-clipboard",
    text=page(
        """
        News release
        City council approves new cycle lanes on four main roads
        LEEDS, 19 January 2024 – Protected cycle lanes will be built on four of the city's busiest roads.
        Construction will start on the first route in April.
        Tags: Transport, Cycling
        Share this page
        Facebook
        LinkedIn
        Copy link
        Copied to clipboard
        """
    ),
    title="City council approves new cycle lanes on four main roads",
    kind="News release",
    date=dt.date(2024, 1, 19),
    place="LEEDS",
    source=None,
    dateline="LEEDS, 19 January 2024 – ",
    paragraphs=(
        "Protected cycle lanes will be built on four of the city's busiest roads.",
        "Construction will start on the first route in April.",
    ),
    topics=("Transport", "Cycling"),
    gap=(
        "FooterStripper.strip keeps 'Tags: Transport, Cycling' after the body (a line with "
        "': ' is never chrome) and build_release does not read it as metadata there: it stays "
        "a paragraph"
    ),
)

EN_WRAPPED_BLANK = SitePage(
    id="en-hard-wrapped-blank-lines",
    text=page(
        """
        MEDIA RELEASE

        Minister for Health and Ageing

        Rural nursing scholarships open for 2008

        5 November 2007

        Applications are now open for two hundred scholarships for nurses who
        agree to work in rural and remote hospitals for at least two years
        after they graduate.

        Each scholarship is worth up to $10,000 a year and covers course fees,
        books and the cost of travelling to clinical placements.

        Applications close on 30 January 2008.
        """
    ),
    title="Rural nursing scholarships open for 2008",
    kind="MEDIA RELEASE",
    date=dt.date(2007, 11, 5),
    place=None,
    source="Minister for Health and Ageing",
    dateline=None,
    paragraphs=(
        "Applications are now open for two hundred scholarships for nurses who agree to work in "
        "rural and remote hospitals for at least two years after they graduate.",
        "Each scholarship is worth up to $10,000 a year and covers course fees, books and the "
        "cost of travelling to clinical placements.",
        "Applications close on 30 January 2008.",
    ),
)

EN_WRAPPED_NO_BLANK = SitePage(
    id="en-hard-wrapped-no-blank-lines",
    text=page(
        """
        Press release
        Bridge inspections find no structural damage after earthquake
        CHRISTCHURCH, 8 March 2016 - Engineers have inspected all ninety road
        bridges in the district since Sunday and found no structural damage to
        any of them.
        Minor cracks in the approaches to two bridges will be sealed this week
        while traffic continues to use them.
        The council thanked residents for their patience during the closures.
        """
    ),
    title="Bridge inspections find no structural damage after earthquake",
    kind="Press release",
    date=dt.date(2016, 3, 8),
    place="CHRISTCHURCH",
    source=None,
    dateline="CHRISTCHURCH, 8 March 2016 - ",
    paragraphs=(
        "Engineers have inspected all ninety road bridges in the district since Sunday and "
        "found no structural damage to any of them.",
        "Minor cracks in the approaches to two bridges will be sealed this week while traffic "
        "continues to use them.",
        "The council thanked residents for their patience during the closures.",
    ),
)

EN_PHOTO_CREDIT = SitePage(
    id="en-photo-credit-before-body",
    text=page(
        """
        Press release
        Desert locust swarms reach the Horn of Africa
        Photo: FAO/Amina Yusuf
        ROME, 10 February 2020 – Swarms of desert locusts have crossed from Yemen into Somalia and Ethiopia.
        Aerial spraying began in three districts this morning.
        """
    ),
    title="Desert locust swarms reach the Horn of Africa",
    kind="Press release",
    date=dt.date(2020, 2, 10),
    place="ROME",
    source=None,
    dateline="ROME, 10 February 2020 – ",
    paragraphs=(
        "Swarms of desert locusts have crossed from Yemen into Somalia and Ethiopia.",
        "Aerial spraying began in three districts this morning.",
    ),
)

EN_PHOTO_CAPTION = SitePage(
    id="en-photo-caption-sentence-before-body",
    text=page(
        """
        Press release
        New vaccine cold rooms open in Kano
        Health workers unload vaccine boxes at the new cold room in Kano, Nigeria.
        © UNICEF/Musa Bello
        KANO, 4 March 2021 – Three new cold rooms will store vaccines for more than two million children in northern Nigeria.
        Each room keeps vaccines at a steady temperature even when the power fails.
        """
    ),
    title="New vaccine cold rooms open in Kano",
    kind="Press release",
    date=dt.date(2021, 3, 4),
    place="KANO",
    source=None,
    dateline="KANO, 4 March 2021 – ",
    paragraphs=(
        "Three new cold rooms will store vaccines for more than two million children in "
        "northern Nigeria.",
        "Each room keeps vaccines at a steady temperature even when the power fails.",
    ),
    gap=(
        "_Reader._starts_body takes a photo caption that reads as a sentence for the first "
        "paragraph once a title is set; the '©' credit and the dateline paragraph follow it "
        "in the body, and build_release looks for a dateline on body[0] only: no dateline, "
        "place or date"
    ),
)

EN_UN_SYMBOL = SitePage(
    id="en-document-symbol-and-date",
    text=page(
        """
        Secretary-General Welcomes Ceasefire Agreement in Northern Region
        SG/SM/21345
        12 June 2022
        The Secretary-General welcomes the ceasefire agreed yesterday by the parties to the conflict in the northern region.
        He calls on all sides to allow humanitarian convoys to reach the people in need.
        """
    ),
    title="Secretary-General Welcomes Ceasefire Agreement in Northern Region",
    kind=None,
    date=dt.date(2022, 6, 12),
    place=None,
    source="Secretary-General",
    dateline=None,
    paragraphs=(
        "The Secretary-General welcomes the ceasefire agreed yesterday by the parties to the "
        "conflict in the northern region.",
        "He calls on all sides to allow humanitarian convoys to reach the people in need.",
    ),
)

EN_SUBHEAD = SitePage(
    id="en-subhead-between-headline-and-body",
    text=page(
        """
        Press release
        School meals programme expands to secondary schools
        Forty schools will join by the end of the year
        CARDIFF, 15 September 2022 – Free school meals will be offered to pupils in the first two years of secondary school from January.
        The programme already serves every primary school in Wales.
        """
    ),
    title="School meals programme expands to secondary schools",
    kind="Press release",
    date=dt.date(2022, 9, 15),
    place="CARDIFF",
    source=None,
    dateline="CARDIFF, 15 September 2022 – ",
    paragraphs=(
        "Free school meals will be offered to pupils in the first two years of secondary school "
        "from January.",
        "The programme already serves every primary school in Wales.",
    ),
)

EN_STAR_MARK = SitePage(
    id="en-star-end-mark",
    text=page(
        """
        Media advisory
        Space agency to brief reporters on lunar lander test
        HOUSTON, 18 April 2024 – Engineers will brief reporters on the results of the lander's engine test on Friday at 10 a.m.
        Reporters must register by Thursday noon to attend in person.
        * *** *
        Media accreditation: newsroom@example.org
        """
    ),
    title="Space agency to brief reporters on lunar lander test",
    kind="Media advisory",
    date=dt.date(2024, 4, 18),
    place="HOUSTON",
    source=None,
    dateline="HOUSTON, 18 April 2024 – ",
    paragraphs=(
        "Engineers will brief reporters on the results of the lander's engine test on Friday "
        "at 10 a.m.",
        "Reporters must register by Thursday noon to attend in person.",
    ),
)

EN_NO_KIND = SitePage(
    id="en-no-kind-label",
    text=page(
        """
        Wildlife service counts more wolves in the Alps
        BERN, 2 December 2021 – Rangers counted eighteen wolf packs in the Swiss Alps this year, three more than last year.
        Most of the new packs live in the cantons of Graubünden and Valais.
        """
    ),
    title="Wildlife service counts more wolves in the Alps",
    kind=None,
    date=dt.date(2021, 12, 2),
    place="BERN",
    source=None,
    dateline="BERN, 2 December 2021 – ",
    paragraphs=(
        "Rangers counted eighteen wolf packs in the Swiss Alps this year, three more than last "
        "year.",
        "Most of the new packs live in the cantons of Graubünden and Valais.",
    ),
)

EN_COMMUNIQUE = SitePage(
    id="en-communique-prime-minister",
    text=page(
        """
        Prime Minister
        Communiqué
        Leaders agree to a joint fund for Pacific cyclone recovery
        AUCKLAND, 27 October 2023 – Leaders agreed today to set up a joint fund to help Pacific island countries rebuild after cyclones.
        The fund will open with contributions from six governments.
        """
    ),
    title="Leaders agree to a joint fund for Pacific cyclone recovery",
    kind="Communiqué",
    date=dt.date(2023, 10, 27),
    place="AUCKLAND",
    source="Prime Minister",
    dateline="AUCKLAND, 27 October 2023 – ",
    paragraphs=(
        "Leaders agreed today to set up a joint fund to help Pacific island countries rebuild "
        "after cyclones.",
        "The fund will open with contributions from six governments.",
    ),
)

EN_BREADCRUMB = SitePage(
    id="en-breadcrumb-and-printer-chrome",
    text=page(
        """
        Home > Newsroom > Press releases > Harbour bridge toll to be removed
        Printer friendly page
        Harbour bridge toll to be removed
        Press release
        Date: 1 July 2018
        The toll on the harbour bridge will be removed from next month, the Department of Transport announced today.
        Drivers who hold a prepaid toll account will receive a refund.
        """
    ),
    title="Harbour bridge toll to be removed",
    kind="Press release",
    date=dt.date(2018, 7, 1),
    place=None,
    source="Department of Transport",
    dateline=None,
    paragraphs=(
        "The toll on the harbour bridge will be removed from next month, the Department of "
        "Transport announced today.",
        "Drivers who hold a prepaid toll account will receive a refund.",
    ),
)

EN_ORGANISATION_LETTERHEAD = SitePage(
    id="en-party-letterhead-title-case-lead",
    text=page(
        """
        Australian Greens
        Media Release 9 May 2006
        Greens Call for Ban on Old Growth Logging Senators today urged the Government to stop logging old growth forests in the Styx Valley before the winter.
        The valley holds some of the tallest hardwood trees in the world.
        """
    ),
    title="Greens Call for Ban on Old Growth Logging",
    kind="Media Release",
    date=dt.date(2006, 5, 9),
    place=None,
    source="Australian Greens",
    dateline=None,
    paragraphs=(
        "Senators today urged the Government to stop logging old growth forests in the Styx "
        "Valley before the winter.",
        "The valley holds some of the tallest hardwood trees in the world.",
    ),
)

EN_ASSOCIATION_LETTERHEAD = SitePage(
    id="en-association-letterhead-line",
    text=page(
        """
        Tasmanian Orchardists Association
        Apple exports to Asia double in a season
        3 April 2009
        Apple exports from the state's orchards to Asian markets doubled over the past season.
        Growers expect another strong year as new markets open.
        """
    ),
    title="Apple exports to Asia double in a season",
    kind=None,
    date=dt.date(2009, 4, 3),
    place=None,
    source="Tasmanian Orchardists Association",
    dateline=None,
    paragraphs=(
        "Apple exports from the state's orchards to Asian markets doubled over the past season.",
        "Growers expect another strong year as new markets open.",
    ),
)

EN_COMMITTEE_IN_LEAD = SitePage(
    id="en-committee-named-in-lead-keeps-its-whole-name",
    text=page(
        """
        Hearings on rural mail services
        The Regional Affairs References Committee will hold public hearings in Dubbo and Broken Hill next month.
        Submissions close on 30 June.
        """
    ),
    title="Hearings on rural mail services",
    kind=None,
    date=None,
    place=None,
    # ("Affairs" closes an office's portfolio, not a body's name.)
    source="Regional Affairs References Committee",
    dateline=None,
    paragraphs=(
        "The Regional Affairs References Committee will hold public hearings in Dubbo and "
        "Broken Hill next month.",
        "Submissions close on 30 June.",
    ),
)

EN_BYLINE_ON_REPEATED_HEADLINE = SitePage(
    id="en-headline-printed-twice-second-with-byline",
    text=page(
        """
        Jo Marsh - Ferry fares frozen for another year
        Ferry fares frozen for another year Jo Marsh - Shadow Minister for Transport
        Media Statement - 4 September 2001
        Ferry fares will stay at their current level for another year under a plan the Opposition released today.
        Commuters on the harbour routes would save up to three hundred dollars a year.
        """
    ),
    title="Ferry fares frozen for another year",
    kind="Media Statement",
    date=dt.date(2001, 9, 4),
    place=None,
    # The byline's office, on the header line that repeats the headline.
    source="Shadow Minister for Transport",
    dateline=None,
    paragraphs=(
        "Ferry fares will stay at their current level for another year under a plan the "
        "Opposition released today.",
        "Commuters on the harbour routes would save up to three hundred dollars a year.",
    ),
)

EN_END_CONTACTS = SitePage(
    id="en-end-mark-contact-names-phones-emails",
    text=page(
        """
        Media statement
        Water restrictions eased across the capital region
        CANBERRA, 28 February 2020 – Stage two water restrictions will end on Monday after three weeks of heavy rain filled the Cotter and Googong dams.
        Residents may again water gardens on any day of the week.
        END
        Media contacts
        Ruth Adeyemi, 02 6205 0000, ruth.adeyemi@example.act.gov.au
        Ben Kowalski, 0412 555 678
        """
    ),
    title="Water restrictions eased across the capital region",
    kind="Media statement",
    date=dt.date(2020, 2, 28),
    place="CANBERRA",
    source=None,
    dateline="CANBERRA, 28 February 2020 – ",
    paragraphs=(
        "Stage two water restrictions will end on Monday after three weeks of heavy rain filled "
        "the Cotter and Googong dams.",
        "Residents may again water gardens on any day of the week.",
    ),
)

EN_UI_STRINGS = SitePage(
    id="en-ui-strings-between-headline-and-body",
    text=page(
        """
        News release
        Tram line extension opens to passengers
        Share
        Print
        Copy link
        Copied to clipboard
        EDINBURGH, 7 June 2023 – Trams are running to Newhaven for the first time, on a new line of almost five kilometres.
        Services will run every seven minutes during the day.
        """
    ),
    title="Tram line extension opens to passengers",
    kind="News release",
    date=dt.date(2023, 6, 7),
    place="EDINBURGH",
    source=None,
    dateline="EDINBURGH, 7 June 2023 – ",
    paragraphs=(
        "Trams are running to Newhaven for the first time, on a new line of almost five "
        "kilometres.",
        "Services will run every seven minutes during the day.",
    ),
)

EN_SIGN_OFF_DATE = SitePage(
    id="en-caps-letterhead-sign-off-date",
    text=page(
        """
        THE HON PETER ALDRIDGE MP
        Minister for Foreign Affairs

        MEDIA RELEASE

        AUSTRALIA TO SEND MEDICAL TEAM TO EARTHQUAKE ZONE

        A team of thirty doctors and nurses will leave Darwin tomorrow for the areas worst hit by the earthquake.

        The team will set up a field hospital with two operating theatres.

        Canberra, 5 May 2011
        """
    ),
    title="AUSTRALIA TO SEND MEDICAL TEAM TO EARTHQUAKE ZONE",
    kind="MEDIA RELEASE",
    date=dt.date(2011, 5, 5),
    place=None,
    source="Minister for Foreign Affairs",
    dateline=None,
    paragraphs=(
        "A team of thirty doctors and nurses will leave Darwin tomorrow for the areas worst hit "
        "by the earthquake.",
        "The team will set up a field hospital with two operating theatres.",
    ),
)

EN_SENATOR_HEADLINE = SitePage(
    id="en-headline-opening-with-a-style",
    text=page(
        """
        MEDIA RELEASE
        Senator calls for inquiry into ferry safety
        12 May 2010
        A Senate inquiry should examine safety on the ferries that serve the islands of Bass Strait.
        Two ferries have lost power at sea this year.
        """
    ),
    title="Senator calls for inquiry into ferry safety",
    kind="MEDIA RELEASE",
    date=dt.date(2010, 5, 12),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "A Senate inquiry should examine safety on the ferries that serve the islands of Bass "
        "Strait.",
        "Two ferries have lost power at sea this year.",
    ),
)

EN_STANDALONE_DATELINE = SitePage(
    id="en-dateline-alone-on-its-line",
    text=page(
        """
        Press release
        Glacier monitoring network expands to Central Asia
        VIENNA, 4 April 2022
        Twelve new stations will measure the melting of glaciers in the Tien Shan and Pamir mountains.
        Data from the stations will be shared with all countries in the region.
        """
    ),
    title="Glacier monitoring network expands to Central Asia",
    kind="Press release",
    date=dt.date(2022, 4, 4),
    place="VIENNA",
    source=None,
    dateline="VIENNA, 4 April 2022",
    paragraphs=(
        "Twelve new stations will measure the melting of glaciers in the Tien Shan and Pamir "
        "mountains.",
        "Data from the stations will be shared with all countries in the region.",
    ),
)

EN_KIND_PREFIX_OFFICE = SitePage(
    id="en-kind-label-dash-office-one-line",
    text=page(
        """
        MEDIA RELEASE - Minister for Health
        Hospital waiting lists fall for the third year
        12 May 2005
        Waiting lists for elective surgery in public hospitals fell by eight percent over the past year.
        The largest falls were in hip and knee replacements.
        """
    ),
    title="Hospital waiting lists fall for the third year",
    kind="MEDIA RELEASE",
    date=dt.date(2005, 5, 12),
    place=None,
    source="Minister for Health",
    dateline=None,
    paragraphs=(
        "Waiting lists for elective surgery in public hospitals fell by eight percent over the "
        "past year.",
        "The largest falls were in hip and knee replacements.",
    ),
)

EN_GOVERNMENT_LEAD_SIGN_OFF_OFFICE = SitePage(
    id="en-government-in-lead-office-in-sign-off",
    text=page(
        """
        Three new ferries for the harbour
        14 March 2006
        The Federal Government will fund three new ferries for the harbour crossing.
        The ferries will enter service in the spring of next year.
        Senator Jo Marsh
        Minister for Transport
        """
    ),
    title="Three new ferries for the harbour",
    kind=None,
    date=dt.date(2006, 3, 14),
    place=None,
    # The lead names only a government as a whole; the office signing the
    # release off issues it.
    source="Minister for Transport",
    dateline=None,
    paragraphs=(
        "The Federal Government will fund three new ferries for the harbour crossing.",
        "The ferries will enter service in the spring of next year.",
    ),
)

EN_OFFICE_THEN_SEAT_CAPS = SitePage(
    id="en-caps-letterhead-office-then-seat",
    text=page(
        """
        THE HON PETRA VANCE MP  SHADOW MINISTER FOR HEALTH  FEDERAL MEMBER FOR HINKLER
        MEDIA RELEASE
        RURAL CLINICS WAIT A YEAR FOR PROMISED NURSES
        Tuesday, 9 June 2015
        Not one of the forty nurses promised to rural clinics last winter has started work.
        Clinics in Bundaberg and Gympie still close their doors at noon on Fridays.
        """
    ),
    title="RURAL CLINICS WAIT A YEAR FOR PROMISED NURSES",
    kind="MEDIA RELEASE",
    date=dt.date(2015, 6, 9),
    place=None,
    source="SHADOW MINISTER FOR HEALTH",
    dateline=None,
    paragraphs=(
        "Not one of the forty nurses promised to rural clinics last winter has started work.",
        "Clinics in Bundaberg and Gympie still close their doors at noon on Fridays.",
    ),
)

EN_OFFICE_DATE_ONE_LINE = SitePage(
    id="en-office-and-weekday-date-one-line",
    text=page(
        """
        The Hon. Victor Crane MP  Minister Assisting the Minister for Defence  Monday, 26 March 2007
        Cadet units to get new training grounds
        Three army cadet units in regional Victoria will share a new training ground near Bendigo.
        The site opens to cadets in the September school holidays.
        """
    ),
    title="Cadet units to get new training grounds",
    kind=None,
    date=dt.date(2007, 3, 26),
    place=None,
    source="Minister Assisting the Minister for Defence",
    dateline=None,
    paragraphs=(
        "Three army cadet units in regional Victoria will share a new training ground near Bendigo.",
        "The site opens to cadets in the September school holidays.",
    ),
)

EN_OFFICE_WRAPPED_IN_COLUMNS = SitePage(
    id="en-office-wrapped-over-columns",
    text=page(
        """
        Owen Marsh MP  Minister for Agriculture, Fisheries and  Forestry
        Media release
        Fruit fly zone lifted in the Riverland
        4 February 2011
        Growers in the Riverland may again send fruit interstate without treatment.
        No flies have been trapped in the zone for twelve weeks.
        """
    ),
    title="Fruit fly zone lifted in the Riverland",
    kind="Media release",
    date=dt.date(2011, 2, 4),
    place=None,
    source="Minister for Agriculture, Fisheries and Forestry",
    dateline=None,
    paragraphs=(
        "Growers in the Riverland may again send fruit interstate without treatment.",
        "No flies have been trapped in the zone for twelve weeks.",
    ),
)

EN_CAPS_OFFICE_WRAPPED_ONE_WORD = SitePage(
    id="en-caps-office-wrapped-last-word",
    text=page(
        """
        NINA OKAFOR MP
        SHADOW MINISTER FOR IMMIGRATION AND BORDER  PROTECTION  MEMBER FOR BRUCE
        MEDIA RELEASE
        DETENTION REVIEW STILL NOT RELEASED
        The review of detention centre health services was finished in March and has still not been released.
        Families of detainees deserve to know what it found.
        """
    ),
    title="DETENTION REVIEW STILL NOT RELEASED",
    kind="MEDIA RELEASE",
    date=None,
    place=None,
    source="SHADOW MINISTER FOR IMMIGRATION AND BORDER PROTECTION",
    dateline=None,
    paragraphs=(
        "The review of detention centre health services was finished in March and has still "
        "not been released.",
        "Families of detainees deserve to know what it found.",
    ),
)

EN_OFFICE_PORTFOLIO_ON_NEXT_LINE = SitePage(
    id="en-office-portfolio-wrapped-onto-next-line",
    text=page(
        """
        Senator Ruth Calder Minister for Community Services
        Minister Assisting the Premier
        for Multicultural Affairs

        9 May 2006 NEW GRANTS FOR COMMUNITY LANGUAGE SCHOOLS
        Weekend language schools will share a new round of small grants from July.
        Schools may apply through their regional office.
        """
    ),
    title="NEW GRANTS FOR COMMUNITY LANGUAGE SCHOOLS",
    kind=None,
    date=dt.date(2006, 5, 9),
    place=None,
    source="Minister for Community Services",
    dateline=None,
    paragraphs=(
        "Weekend language schools will share a new round of small grants from July.",
        "Schools may apply through their regional office.",
    ),
)

EN_LONG_OFFICE_WRAPPED_IN_COLUMNS = SitePage(
    id="en-second-office-wrapped-over-columns-too-long-to-join",
    text=page(
        """
        Acting Shadow Minister for Health and Ageing and Shadow Minister for Roads Ports  and Regional Transport
        Dana Whitfield
        Ninth bridge closure this winter
        12/07/13
        Another flood-damaged bridge was closed on Monday, the ninth since June.
        Councils say repairs will take until spring.
        """
    ),
    title="Ninth bridge closure this winter",
    kind=None,
    date=dt.date(2013, 7, 12),
    place=None,
    source="Shadow Minister for Health and Ageing",
    dateline=None,
    paragraphs=(
        "Another flood-damaged bridge was closed on Monday, the ninth since June.",
        "Councils say repairs will take until spring.",
    ),
)

EN_CANDIDATE_LETTERHEAD = SitePage(
    id="en-candidate-for-a-seat-in-letterhead",
    text=page(
        """
        Media Release
        Minister for Small Business
        Candidate for Hinkler

        HELP FOR HINKLER SHOPFRONTS
        The Minister today promised grants for shopfront repairs across the electorate.
        Applications open after the election.
        """
    ),
    title="HELP FOR HINKLER SHOPFRONTS",
    kind="Media Release",
    date=None,
    place=None,
    source="Minister for Small Business",
    dateline=None,
    paragraphs=(
        "The Minister today promised grants for shopfront repairs across the electorate.",
        "Applications open after the election.",
    ),
)

EN_OFFICE_AND_HOLDER_LINE = SitePage(
    id="en-prose-office-and-holder-over-headline",
    text=page(
        """
        Trade Minister Senator Priya Nandakumar

        New air route to Port Moresby
        14 March 2013
        A weekly freight service will link Cairns and Port Moresby from April.
        Senator Nandakumar said exporters had asked for the route for years.
        """
    ),
    title="New air route to Port Moresby",
    kind=None,
    date=dt.date(2013, 3, 14),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "A weekly freight service will link Cairns and Port Moresby from April.",
        "Senator Nandakumar said exporters had asked for the route for years.",
    ),
)

EN_TITLE_CASE_MINISTER_HEADLINE = SitePage(
    id="en-title-case-headline-shaped-like-office-and-holder",
    text=page(
        """
        Health Minister Visits Broome
        14 March 2013
        The Minister toured the new hospital wing in Broome on Thursday.
        Staff showed her the renal unit, which opens next month.
        """
    ),
    title="Health Minister Visits Broome",
    kind=None,
    date=dt.date(2013, 3, 14),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "The Minister toured the new hospital wing in Broome on Thursday.",
        "Staff showed her the renal unit, which opens next month.",
    ),
)

EN_TWO_OFFICES_BODY_NAMES_ONE = SitePage(
    id="en-two-offices-body-speaks-in-the-second",
    text=page(
        """
        Senator Ruth Kell  Parliamentary Secretary to the Prime Minister  Parliamentary Secretary for Multicultural Affairs
        Language classes for new arrivals in Darwin
        Thursday, 16 June 2011
        The Parliamentary Secretary for Multicultural Affairs, Senator Ruth Kell, today announced $80 000 for English classes in Darwin.
        The classes will run in the evenings so that students can keep their jobs.
        """
    ),
    title="Language classes for new arrivals in Darwin",
    kind=None,
    date=dt.date(2011, 6, 16),
    place=None,
    source="Parliamentary Secretary for Multicultural Affairs",
    dateline=None,
    paragraphs=(
        "The Parliamentary Secretary for Multicultural Affairs, Senator Ruth Kell, today "
        "announced $80 000 for English classes in Darwin.",
        "The classes will run in the evenings so that students can keep their jobs.",
    ),
)

EN_OFFICE_WITH_NAME_MIXED_CASE = SitePage(
    id="en-office-then-holder-name-mixed-case",
    text=page(
        """
        Shadow Minister for Regional Development Nora Blake
        Bus services cut in the Wheatbelt
        19/03/13
        Three towns in the Wheatbelt will lose their only bus service to Perth from July.
        "People without a car will have no way to reach a hospital," Ms Blake said.
        """
    ),
    title="Bus services cut in the Wheatbelt",
    kind=None,
    date=dt.date(2013, 3, 19),
    place=None,
    source="Shadow Minister for Regional Development",
    dateline=None,
    paragraphs=(
        "Three towns in the Wheatbelt will lose their only bus service to Perth from July.",
        '"People without a car will have no way to reach a hospital," Ms Blake said.',
    ),
)

EN_KIND_THEN_PERSON_ONE_LINE = SitePage(
    id="en-kind-label-then-person-and-offices-one-line",
    text=page(
        """
        MEDIA RELEASE Senator the Hon. Ian Marsh Minister for Defence Leader of the Government in the Senate
        12 Aug 2002
        Patrol boat crews to train in Darwin
        Crews for the navy's new patrol boats will train in Darwin from next year, Defence Minister Ian Marsh announced today.
        The first crews begin their course in February.
        """
    ),
    title="Patrol boat crews to train in Darwin",
    kind="MEDIA RELEASE",
    date=dt.date(2002, 8, 12),
    place=None,
    source="Minister for Defence",
    dateline=None,
    paragraphs=(
        "Crews for the navy's new patrol boats will train in Darwin from next year, Defence "
        "Minister Ian Marsh announced today.",
        "The first crews begin their course in February.",
    ),
)

EN_PARTY_SENATOR_SEAT = SitePage(
    id="en-party-name-before-seat",
    text=page(
        """
        Lena Fuchs
        Australian Democrats Senator for Victoria
        Democrats want river flows restored before summer
        3 October 2005
        The Murray needs more water at its mouth before the summer irrigation season starts.
        The Democrats will move a motion in the Senate next week.
        """
    ),
    title="Democrats want river flows restored before summer",
    kind=None,
    date=dt.date(2005, 10, 3),
    place=None,
    source="Australian Democrats",
    dateline=None,
    paragraphs=(
        "The Murray needs more water at its mouth before the summer irrigation season starts.",
        "The Democrats will move a motion in the Senate next week.",
    ),
)

EN_SPOKESPERSON_FOR_PARTY = SitePage(
    id="en-spokesperson-issues-for-the-party",
    text=page(
        """
        Senator Lena Fuchs  Senator for Victoria  Australian Democrats  spokesperson for Water
        Irrigators need a straight answer on water buybacks
        9 March 2006
        Irrigators in the Goulburn Valley still do not know how much water the Government plans to buy back.
        The Democrats will ask for the figures at Senate Estimates.
        """
    ),
    title="Irrigators need a straight answer on water buybacks",
    kind=None,
    date=dt.date(2006, 3, 9),
    place=None,
    source="Australian Democrats",
    dateline=None,
    paragraphs=(
        "Irrigators in the Goulburn Valley still do not know how much water the Government "
        "plans to buy back.",
        "The Democrats will ask for the figures at Senate Estimates.",
    ),
)

EN_GOVERNMENT_LEAD_MINISTER_NEXT = SitePage(
    id="en-lead-names-government-office-in-second-paragraph",
    text=page(
        """
        Nominal roll of peacekeepers now online
        Friday, 14 April 2000
        The Federal Government has published a nominal roll of everyone who served with the peacekeeping force in Cambodia.
        The Minister for Veterans' Affairs, Ruth Kell, said the roll would help veterans prove their service.
        """
    ),
    title="Nominal roll of peacekeepers now online",
    kind=None,
    date=dt.date(2000, 4, 14),
    place=None,
    source="Minister for Veterans' Affairs",
    dateline=None,
    paragraphs=(
        "The Federal Government has published a nominal roll of everyone who served with the "
        "peacekeeping force in Cambodia.",
        "The Minister for Veterans' Affairs, Ruth Kell, said the roll would help veterans prove "
        "their service.",
    ),
)

EN_MINISTER_TO_HEADLINE = SitePage(
    id="en-headline-opening-minister-to",
    text=page(
        """
        News Room
        Minister to Visit Migrant Resource Centre in Dandenong
        The Minister for Citizenship, Ruth Kell, will visit the Dandenong migrant resource centre on Friday.
        She will meet volunteers who teach English to new arrivals.
        """
    ),
    title="Minister to Visit Migrant Resource Centre in Dandenong",
    kind=None,
    date=None,
    place=None,
    source="Minister for Citizenship",
    dateline=None,
    paragraphs=(
        "The Minister for Citizenship, Ruth Kell, will visit the Dandenong migrant resource "
        "centre on Friday.",
        "She will meet volunteers who teach English to new arrivals.",
    ),
)

EN_LETTERHEAD_UNDER_THE_BODY = SitePage(
    id="en-letterhead-printed-under-the-body",
    text=page(
        """
        Extra flights for stranded travellers
        Two extra charter flights will bring home travellers stranded by the airport closure in Bali.
        The first flight leaves Denpasar on Saturday morning.
        Senator Ruth Kell  Minister for Foreign Affairs
        """
    ),
    title="Extra flights for stranded travellers",
    kind=None,
    date=None,
    place=None,
    source="Minister for Foreign Affairs",
    dateline=None,
    paragraphs=(
        "Two extra charter flights will bring home travellers stranded by the airport closure "
        "in Bali.",
        "The first flight leaves Denpasar on Saturday morning.",
    ),
)

EN_ORGANISATION_DATE_LINE = SitePage(
    id="en-organisation-and-date-on-one-line",
    text=page(
        """
        Australian Greens 9 May 2006
        Greens oppose sale of the national airline
        The Greens will vote against the bill to sell the government's remaining shares in the national airline.
        The airline should remain in public hands, the party said.
        """
    ),
    title="Greens oppose sale of the national airline",
    kind=None,
    date=dt.date(2006, 5, 9),
    place=None,
    source="Australian Greens",
    dateline=None,
    paragraphs=(
        "The Greens will vote against the bill to sell the government's remaining shares in the"
        " national airline.",
        "The airline should remain in public hands, the party said.",
    ),
)

EN_LABEL_STRIP_KIND = SitePage(
    id="en-kind-label-opening-a-label-strip",
    text=page(
        """
        Press Release Dated: 7 Sep 2000 Number: 00/576 Portfolio: Health
        Free flu shots for people over sixty-five
        Every Australian aged sixty-five or over can now receive a free flu vaccination from their doctor.
        The vaccine will be available from the first week of March.
        """
    ),
    title="Free flu shots for people over sixty-five",
    kind="Press Release",
    date=dt.date(2000, 9, 7),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Every Australian aged sixty-five or over can now receive a free flu vaccination from "
        "their doctor.",
        "The vaccine will be available from the first week of March.",
    ),
    gap=(
        "_Reader._letterhead drops a line that is_label_strip whole, before kind_prefix could"
        " read the 'Press Release' opening 'Press Release Dated: 7 Sep 2000 Number: ...' "
        "(kind_prefix also wants a separator or a date after the label): kind is None"
    ),
)

EN_COLUMNS_SPLIT_DATE = SitePage(
    id="en-letterhead-columns-date-in-wide-gaps",
    text=page(
        """
        MEDIA RELEASE      17   May   2005      Minister for Transport
        Country rail line to reopen after floods
        The rail line between Moree and Narrabri will reopen on Monday after repairs to three washed-out bridges.
        Freight trains will run first, followed by passenger services a week later.
        """
    ),
    title="Country rail line to reopen after floods",
    kind="MEDIA RELEASE",
    date=dt.date(2005, 5, 17),
    place=None,
    source="Minister for Transport",
    dateline=None,
    paragraphs=(
        "The rail line between Moree and Narrabri will reopen on Monday after repairs to three "
        "washed-out bridges.",
        "Freight trains will run first, followed by passenger services a week later.",
    ),
)

EN_COLUMNS_SEAT_WRAPPED_BEFORE_HEADLINE = SitePage(
    id="en-columns-seat-name-wrapped-into-headline-column",
    text=page(
        """
        Jane Okafor MP - Federal Member for  Bendigo FERRY SERVICE TO RESUME  BEFORE  EASTER March 3, 2011
        The ferry between the two river towns will carry passengers again from next week, Jane Okafor said today.
        Repairs to the landing took four months.
        """
    ),
    title="FERRY SERVICE TO RESUME BEFORE EASTER",
    kind=None,
    date=dt.date(2011, 3, 3),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "The ferry between the two river towns will carry passengers again from next week, "
        "Jane Okafor said today.",
        "Repairs to the landing took four months.",
    ),
)

EN_COLUMNS_SEAT_WRAPPED_MIXED_CASE = SitePage(
    id="en-columns-seat-name-wrapped-mixed-case-headline",
    text=page(
        """
        Jane Okafor MP - Federal Member for  Bendigo Ferry service to resume before Easter March 3, 2011
        The ferry between the two river towns will carry passengers again from next week, Jane Okafor said today.
        Repairs to the landing took four months.
        """
    ),
    title="Ferry service to resume before Easter",
    kind=None,
    date=dt.date(2011, 3, 3),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "The ferry between the two river towns will carry passengers again from next week, "
        "Jane Okafor said today.",
        "Repairs to the landing took four months.",
    ),
)

EN_COLUMNS_AMOUNT_OPENS_HEADLINE = SitePage(
    id="en-columns-amount-opens-capitals-headline",
    text=page(
        """
        Tom Reyes MP  OVER 40,000  VISITORS AT THE SPRING  FAIR 9 October 2012
        The fair drew more visitors this year than in any year since it began, Senator Reyes said.
        Organisers will publish the full figures next month.
        """
    ),
    title="OVER 40,000 VISITORS AT THE SPRING FAIR",
    kind=None,
    date=dt.date(2012, 10, 9),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "The fair drew more visitors this year than in any year since it began, Senator Reyes "
        "said.",
        "Organisers will publish the full figures next month.",
    ),
)

EN_COLUMNS_PORTFOLIO_WRAPPED = SitePage(
    id="en-columns-portfolio-wrapped-over-a-gap",
    text=page(
        """
        Minister for Agriculture and  Water Resources  www.example.gov.au
        MEDIA RELEASE
        Dam levels rise after winter rains
        Storage in the state's largest dams has risen to sixty per cent of capacity.
        Water restrictions will be reviewed in spring.
        """
    ),
    title="Dam levels rise after winter rains",
    kind="MEDIA RELEASE",
    date=None,
    place=None,
    source="Minister for Agriculture and Water Resources",
    dateline=None,
    paragraphs=(
        "Storage in the state's largest dams has risen to sixty per cent of capacity.",
        "Water restrictions will be reviewed in spring.",
    ),
)

EN_LETTER_SPACED_KIND_LABEL = SitePage(
    id="en-letter-spaced-kind-label-and-seat",
    text=page(
        """
        M E D I A  R E L E A S E
        Tom Reyes MP  Shadow Minister for Transport
        F E D E R A L  M E M B E R  F O R  B R U C E
        NEW BUS ROUTES FOR THE EASTERN SUBURBS
        Three new bus routes will link the eastern suburbs with the city from July, the Shadow Minister said today.
        The routes were first promised two years ago.
        """
    ),
    title="NEW BUS ROUTES FOR THE EASTERN SUBURBS",
    kind="MEDIA RELEASE",
    date=None,
    place=None,
    source="Shadow Minister for Transport",
    dateline=None,
    paragraphs=(
        "Three new bus routes will link the eastern suburbs with the city from July, the Shadow "
        "Minister said today.",
        "The routes were first promised two years ago.",
    ),
)

EN_LETTER_SPACED_LABEL_WRAPPED = SitePage(
    id="en-letter-spaced-label-wrapped-letter-by-letter",
    text=page(
        """
        Tom Reyes MP - Member for Bruce

        M e d i

        a

        R e l e a

        s e

        4th May 2009

        Reyes Welcomes New Library Hours

        The council library in Dandenong will open on Sunday afternoons from next month, Mr Reyes said today.

        The change follows a petition signed by eight hundred residents.
        """
    ),
    title="Reyes Welcomes New Library Hours",
    kind=None,
    date=dt.date(2009, 5, 4),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "The council library in Dandenong will open on Sunday afternoons from next month, "
        "Mr Reyes said today.",
        "The change follows a petition signed by eight hundred residents.",
    ),
)

EN_CONTACT_NOTE_BESIDE_ADDRESS = SitePage(
    id="en-contact-note-beside-web-address",
    text=page(
        """
        Statements and speeches are also published on the Internet.      https://www.example.gov.au/
        12 March 2015
        HARBOUR TUNNEL TOLLS FROZEN FOR A YEAR
        Tolls on the harbour tunnel will stay at their current level until next June.
        The freeze will cost the state forty million dollars.
        """
    ),
    title="HARBOUR TUNNEL TOLLS FROZEN FOR A YEAR",
    kind=None,
    date=dt.date(2015, 3, 12),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Tolls on the harbour tunnel will stay at their current level until next June.",
        "The freeze will cost the state forty million dollars.",
    ),
)

EN_KIND_DATE_HEADLINE_AND_BODY_ON_ONE_LINE = SitePage(
    id="en-kind-date-headline-and-body-crawled-onto-one-line",
    text=page(
        """
        Media Release 14 August 2016 Council votes to keep the night markets open The city council has voted to keep the night markets open until eleven o'clock on Fridays and Saturdays through the summer, after stallholders asked
        for longer hours and residents' groups agreed to a trial. Stallholders welcomed the decision.
        """
    ),
    title="Council votes to keep the night markets open",
    kind="Media Release",
    date=dt.date(2016, 8, 14),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "The city council has voted to keep the night markets open until eleven o'clock on "
        "Fridays and Saturdays through the summer, after stallholders asked",
        "for longer hours and residents' groups agreed to a trial. Stallholders welcomed the "
        "decision.",
    ),
)

EN_HEADLINE_GLUED_TO_FIRST_PARAGRAPH = SitePage(
    id="en-headline-glued-to-first-paragraph-after-letterhead",
    text=page(
        """
        Senator Jane Ashby  Senator for Tasmania  Spokesperson for Rural Affairs
        Press Release Dated: 9 May 2003 Press Release Number: 03/211 Portfolio: Rural Affairs
        Country libraries to get faster internet The Government will connect forty country libraries to broadband by the end of the year, the senator said today.
        Libraries in the north-west will be connected first.
        """
    ),
    title="Country libraries to get faster internet",
    kind=None,
    date=dt.date(2003, 5, 9),
    place=None,
    source="Spokesperson for Rural Affairs",
    dateline=None,
    paragraphs=(
        "The Government will connect forty country libraries to broadband by the end of the "
        "year, the senator said today.",
        "Libraries in the north-west will be connected first.",
    ),
)

EN_NO_HEADLINE_FIRST_SENTENCE_NAMES_MEMBER = SitePage(
    id="en-no-headline-first-sentence-opens-with-a-members-name",
    text=page(
        """
        Tuesday, 14 October 2003

        Federal MP Sam Ridley has reminded local community groups that applications for settlement grants close at the end of the month.

        Mr Ridley said groups could apply online or by post.
        """
    ),
    title=None,
    kind=None,
    date=dt.date(2003, 10, 14),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Federal MP Sam Ridley has reminded local community groups that applications for "
        "settlement grants close at the end of the month.",
        "Mr Ridley said groups could apply online or by post.",
    ),
)

EN_QUESTION_HEADLINE_BEFORE_LABEL_STRIP = SitePage(
    id="en-question-headline-before-kind-and-spokesperson",
    text=page(
        """
        Who Will Pay for the Harbour Bridge Repairs?
        Media Release | Spokesperson Jane Ashby
        Wednesday 11th November 2009
        The state government has still not said how it will fund the repairs to the harbour bridge, the spokesperson said today.
        Work on the northern span is due to start in March.
        """
    ),
    title="Who Will Pay for the Harbour Bridge Repairs?",
    kind="Media Release",
    date=dt.date(2009, 11, 11),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "The state government has still not said how it will fund the repairs to the harbour "
        "bridge, the spokesperson said today.",
        "Work on the northern span is due to start in March.",
    ),
)

EN_QUOTED_SPEECH_TITLE = SitePage(
    id="en-quoted-speech-title-in-capitals-of-its-own",
    text=page(
        """
        “Libraries in the Age of the Search Engine”

        Thank you for inviting me to open this year's conference of country librarians.

        Twenty years ago few of us imagined that a reading room would need a wireless network.
        """
    ),
    title="“Libraries in the Age of the Search Engine”",
    kind=None,
    date=None,
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Thank you for inviting me to open this year's conference of country librarians.",
        "Twenty years ago few of us imagined that a reading room would need a wireless network.",
    ),
)

EN_HEADLINE_IN_CAPITALS_IN_TWO_COLUMNS = SitePage(
    id="en-question-headline-in-capitals-set-in-two-columns",
    text=page(
        """
        Jane Ashby MP   Shadow Minister for Transport

        CHEAPER FARES   OR JUST FEWER TRAINS?

        The minister said on radio this morning that timetables would be "simplified" from July, which passengers fear means fewer services.
        """
    ),
    title="CHEAPER FARES OR JUST FEWER TRAINS?",
    kind=None,
    date=None,
    place=None,
    source="Shadow Minister for Transport",
    dateline=None,
    paragraphs=(
        'The minister said on radio this morning that timetables would be "simplified" from '
        "July, which passengers fear means fewer services.",
    ),
)

EN_LABEL_STRIP_THEN_PORTFOLIO_PAIR = SitePage(
    id="en-label-strip-then-one-more-pair-before-headline",
    text=page(
        """
        Senator Jane Ashby  Senator for Tasmania

        Dated: 3 May 2005 Press Release Number: 05/211 Portfolio: Rural Affairs

        Related: Health and Ageing

        Country Doctors to Get Relief Staff

        The Government will fund relief doctors for country practices from July, Senator Ashby said today.
        """
    ),
    title="Country Doctors to Get Relief Staff",
    kind=None,
    date=dt.date(2005, 5, 3),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "The Government will fund relief doctors for country practices from July, Senator Ashby "
        "said today.",
    ),
)

EN_DATE_LABEL_BEFORE_HEADLINE = SitePage(
    id="en-date-with-its-label-before-headline",
    text=page(
        """
        Senator Jane Ashby  Senator for Tasmania

        Press Release Dated: 7 Jun 2000

        Ferry Fares Must Not Rise Again

        Ferry fares should stay where they are until the new terminal opens, Senator Ashby said today.
        """
    ),
    title="Ferry Fares Must Not Rise Again",
    kind=None,
    date=dt.date(2000, 6, 7),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Ferry fares should stay where they are until the new terminal opens, Senator Ashby said "
        "today.",
    ),
)

EN_KIND_RELEASE_NUMBER_DATE = SitePage(
    id="en-kind-label-release-number-and-date",
    text=page(
        """
        Minister for Veterans' Affairs
        Media Release V12/2003 - 2 April 2003
        New Memorial Garden Opens in Ballarat
        A memorial garden honouring nurses who served overseas opened in Ballarat today.
        More than two hundred people attended the dedication.
        """
    ),
    title="New Memorial Garden Opens in Ballarat",
    kind="Media Release",
    date=dt.date(2003, 4, 2),
    place=None,
    source="Minister for Veterans' Affairs",
    dateline=None,
    paragraphs=(
        "A memorial garden honouring nurses who served overseas opened in Ballarat today.",
        "More than two hundred people attended the dedication.",
    ),
)

EN_KIND_LABEL_COLON_HEADLINE = SitePage(
    id="en-kind-label-colon-before-headline",
    text=page(
        """
        Media Release: Funding doubled for rural school buses
        October 2, 2018
        Rural school bus services will receive twice their current funding from next year.
        The money will pay for twelve new routes.
        """
    ),
    title="Funding doubled for rural school buses",
    kind="Media Release",
    date=dt.date(2018, 10, 2),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Rural school bus services will receive twice their current funding from next year.",
        "The money will pay for twelve new routes.",
    ),
)

EN_NAME_COMMA_SEAT_LETTERHEAD = SitePage(
    id="en-name-comma-seat-letterhead",
    text=page(
        """
        Jo Bloggs, Senator for Victoria

        Rural Ambulance Stations Need More Paramedics Before Winter Arrives

        Senator Bloggs, 3rd June 2007

        Country ambulance stations are short of paramedics, Senator Jo Bloggs said today after visiting six stations in Gippsland.

        "Crews are working double shifts," she said.
        """
    ),
    title="Rural Ambulance Stations Need More Paramedics Before Winter Arrives",
    kind=None,
    date=dt.date(2007, 6, 3),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Country ambulance stations are short of paramedics, Senator Jo Bloggs said today after "
        "visiting six stations in Gippsland.",
        '"Crews are working double shifts," she said.',
    ),
)

EN_LONG_SENTENCE_CASE_HEADLINE = SitePage(
    id="en-long-sentence-case-headline-not-cut",
    text=page(
        """
        MEDIA RELEASE
        Farmers in Murray Bridge still without power after nine days: repair crews blame washed-out roads
        12 May 2009
        Power was restored to the last farms on the river flats this morning, the electricity company said today.
        Contractors have been booked for July.
        """
    ),
    title="Farmers in Murray Bridge still without power after nine days: repair crews blame washed-out roads",
    kind="MEDIA RELEASE",
    date=dt.date(2009, 5, 12),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Power was restored to the last farms on the river flats this morning, the electricity "
        "company said today.",
        "Contractors have been booked for July.",
    ),
)

EN_HEADLINE_WRAPPED_BEFORE_ITS_DATE = SitePage(
    id="en-headline-wrapped-before-the-date-it-names",
    text=page(
        """
        Minister for Transport
        MEDIA RELEASE
        Tuesday, 4 June 2019
        Concession Fares for Students to Start on
        1 July 2019
        Full-time students will pay half the adult fare on trains, trams and buses from the start of next month.
        Students will need to carry their student card.
        """
    ),
    title="Concession Fares for Students to Start on 1 July 2019",
    kind="MEDIA RELEASE",
    date=dt.date(2019, 6, 4),
    place=None,
    source="Minister for Transport",
    dateline=None,
    paragraphs=(
        "Full-time students will pay half the adult fare on trains, trams and buses from the "
        "start of next month.",
        "Students will need to carry their student card.",
    ),
)

EN_HEADLINE_ENDING_IN_ITS_DATE = SitePage(
    id="en-headline-ending-in-the-date-it-names",
    text=page(
        """
        Minister for Transport
        Concession Fares for Students to Start on 1 July 2019
        TR 045/2019
        Full-time students will pay half the adult fare on trains, trams and buses from the start of next month.
        Students will need to carry their student card.
        """
    ),
    title="Concession Fares for Students to Start on 1 July 2019",
    kind=None,
    date=dt.date(2019, 7, 1),
    place=None,
    source="Minister for Transport",
    dateline=None,
    paragraphs=(
        "Full-time students will pay half the adult fare on trains, trams and buses from the "
        "start of next month.",
        "Students will need to carry their student card.",
    ),
)

EN_UNKNOWN_LABEL_WITH_RELEASE_NUMBER = SitePage(
    id="en-unknown-label-with-release-number-value",
    text=page(
        """
        Senator Jo Bloggs
        Dated: 23 April 2005
        Bulletin Number: 05/117
        COUNTRY LIBRARIES TO OPEN ON SUNDAYS
        Libraries in country towns will open on Sunday afternoons from May, Senator Bloggs said today.
        The trial will run for a year.
        """
    ),
    title="COUNTRY LIBRARIES TO OPEN ON SUNDAYS",
    kind=None,
    date=dt.date(2005, 4, 23),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Libraries in country towns will open on Sunday afternoons from May, Senator Bloggs said "
        "today.",
        "The trial will run for a year.",
    ),
)

EN_HEADLINE_COLON_MONTH = SitePage(
    id="en-headline-with-colon-and-month",
    text=page(
        """
        Monthly Water Storage Report: March 2019
        Storage levels across the state's dams rose by four per cent in March after heavy rain in the catchments.
        Levels remain below the ten-year average.
        """
    ),
    title="Monthly Water Storage Report: March 2019",
    kind=None,
    date=None,
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Storage levels across the state's dams rose by four per cent in March after heavy rain "
        "in the catchments.",
        "Levels remain below the ten-year average.",
    ),
)

EN_DATE_HEADLINE_AND_BODY_ON_ONE_LINE = SitePage(
    id="en-date-headline-and-body-crawled-onto-one-line",
    text=page(
        """
        5 March 2012 Council votes to keep the night markets open The city council has voted to keep the night markets open until eleven o'clock on Fridays and Saturdays through the summer, after stallholders asked
        for longer hours and residents' groups agreed to a trial. Stallholders welcomed the decision.
        """
    ),
    title="Council votes to keep the night markets open",
    kind=None,
    date=dt.date(2012, 3, 5),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "The city council has voted to keep the night markets open until eleven o'clock on "
        "Fridays and Saturdays through the summer, after stallholders asked",
        "for longer hours and residents' groups agreed to a trial. Stallholders welcomed the "
        "decision.",
    ),
)

EN_SHORT_BREADCRUMB = SitePage(
    id="en-short-breadcrumb-before-headline",
    text=page(
        """
        Home > Newsroom > 2021
        Customs seizes record haul of counterfeit medicines
        Press release
        Date: 30 June 2021
        Customs officers at the port of Antwerp have seized more than two million counterfeit tablets in a single container.
        The tablets were labelled as painkillers and antibiotics.
        """
    ),
    title="Customs seizes record haul of counterfeit medicines",
    kind="Press release",
    date=dt.date(2021, 6, 30),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Customs officers at the port of Antwerp have seized more than two million counterfeit "
        "tablets in a single container.",
        "The tablets were labelled as painkillers and antibiotics.",
    ),
)

EN_SUMMARY_LABEL = SitePage(
    id="en-summary-label-before-dateline",
    text=page(
        """
        News release
        Heat wave warning issued for the south of the country
        Summary:
        Temperatures are expected to stay above forty degrees for at least five days in the southern provinces from Friday onwards.
        SEVILLE, 12 July 2022 – The weather service has issued its highest heat warning for Andalusia.
        Residents should avoid going outdoors between noon and six in the evening.
        """
    ),
    title="Heat wave warning issued for the south of the country",
    kind="News release",
    date=dt.date(2022, 7, 12),
    place="SEVILLE",
    source=None,
    dateline="SEVILLE, 12 July 2022 – ",
    paragraphs=(
        "The weather service has issued its highest heat warning for Andalusia.",
        "Residents should avoid going outdoors between noon and six in the evening.",
    ),
)

EN_CAPS_HEADLINE_LIKE_OFFICE = SitePage(
    id="en-caps-headline-shaped-like-an-office",
    text=page(
        """
        Minister for Foreign Affairs
        Senator the Hon Mary Quill

        14 March 2011

        AMBASSADOR FOR REGIONAL HEALTH SECURITY

        Today I announce the appointment of Mr Tom Reyes as the new Ambassador for Regional Health Security, a post that leads our work with neighbouring countries.

        Mr Reyes takes up the post in April and will be based in Canberra.
        """
    ),
    title="AMBASSADOR FOR REGIONAL HEALTH SECURITY",
    kind=None,
    date=dt.date(2011, 3, 14),
    place=None,
    source="Minister for Foreign Affairs",
    dateline=None,
    paragraphs=(
        "Today I announce the appointment of Mr Tom Reyes as the new Ambassador for Regional "
        "Health Security, a post that leads our work with neighbouring countries.",
        "Mr Reyes takes up the post in April and will be based in Canberra.",
    ),
)

EN_TITLE_CASE_HEADLINE_LIKE_NAME = SitePage(
    id="en-three-word-headline-shaped-like-a-name",
    text=page(
        """
        Senator Alan Birch
        Senator for Tasmania

        2 June 2004

        Hobart Welcomes Rivera

        Senator Alan Birch says the Hobart city council has shown good sense in hiring the engineer who rebuilt the Launceston water works.

        "She will bring years of hard-won experience to the job," Senator Birch said.
        """
    ),
    title="Hobart Welcomes Rivera",
    kind=None,
    date=dt.date(2004, 6, 2),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Senator Alan Birch says the Hobart city council has shown good sense in hiring the "
        "engineer who rebuilt the Launceston water works.",
        '"She will bring years of hard-won experience to the job," Senator Birch said.',
    ),
)

EN_HEADLINE_BESIDE_KIND_OVER_NAME = SitePage(
    id="en-headline-beside-kind-label-over-a-name",
    text=page(
        """
        Parking Fees Stay Frozen  Media Statement - 3rd May 2009

        Alex Turner

        Reports in a local paper claiming that Alex Turner promised to lift parking fees at the station are wrong.

        At the forum I said the fees would stay where they are for the next two years.
        """
    ),
    title="Parking Fees Stay Frozen",
    kind="Media Statement",
    date=dt.date(2009, 5, 3),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Reports in a local paper claiming that Alex Turner promised to lift parking fees at "
        "the station are wrong.",
        "At the forum I said the fees would stay where they are for the next two years.",
    ),
)

EN_NAME_OVER_BODY = SitePage(
    id="en-issuer-name-over-body-no-headline",
    text=page(
        """
        Lena Marsh

        Lena Marsh today called on the council to keep the Northcote pool open over the winter months.

        "Families rely on the pool for lessons all year round," she said.
        """
    ),
    title=None,
    kind=None,
    date=None,
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Lena Marsh today called on the council to keep the Northcote pool open over the "
        "winter months.",
        '"Families rely on the pool for lessons all year round," she said.',
    ),
)

EN_HEADLINE_GAP_PARAGRAPH = SitePage(
    id="en-headline-set-apart-by-a-gap-on-the-first-paragraph",
    text=page(
        """
        Kevin Marsh MP  Minister for Regional Services

        Mobile passport office to visit Dubbo  Staff from the passport office will be in Dubbo next week to take applications from residents of the  central west, the Minister for Regional Services said today.

        Appointments can be booked online or by phone.
        """
    ),
    title="Mobile passport office to visit Dubbo",
    kind=None,
    date=None,
    place=None,
    source="Minister for Regional Services",
    dateline=None,
    paragraphs=(
        "Staff from the passport office will be in Dubbo next week to take applications from "
        "residents of the central west, the Minister for Regional Services said today.",
        "Appointments can be booked online or by phone.",
    ),
)

EN_WRAPPED_PARAGRAPH_GAP = SitePage(
    id="en-paragraph-wrap-gap-is-no-headline",
    text=page(
        """
        14 May 2008

        The council will hold three public meetings on the plan in June, and every household in the  district will receive a copy of the draft by post before the first meeting is held in Orange.

        Written comments close at the end of July.
        """
    ),
    title=None,
    kind=None,
    date=dt.date(2008, 5, 14),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "The council will hold three public meetings on the plan in June, and every household "
        "in the district will receive a copy of the draft by post before the first meeting is "
        "held in Orange.",
        "Written comments close at the end of July.",
    ),
)

EN_LETTERHEAD_COLUMNS_ON_PARAGRAPH = SitePage(
    id="en-letterhead-columns-and-caps-headline-on-the-first-paragraph",
    text=page(
        """
        GREENS  MEDIA 08/112 TUESDAY 4 MARCH 2008   SENATOR JANE ROE LEADER OF THE AUSTRALIAN GREENS AND SPOKESPERSON ON HEALTH  RURAL CLINICS NEED MORE NURSES NOW The Senate committee heard today that a third of rural clinics in New South Wales have no nurse on duty at weekends, and that the waiting lists grow longer every month.

        "We cannot ask families to drive two hours for a dressing to be changed," Senator Roe said.
        """
    ),
    title="RURAL CLINICS NEED MORE NURSES NOW",
    kind=None,
    date=dt.date(2008, 3, 4),
    place=None,
    source="AUSTRALIAN GREENS",
    dateline=None,
    paragraphs=(
        "The Senate committee heard today that a third of rural clinics in New South Wales have "
        "no nurse on duty at weekends, and that the waiting lists grow longer every month.",
        '"We cannot ask families to drive two hours for a dressing to be changed," Senator Roe '
        "said.",
    ),
)

EN_STATEMENT_BY_OFFICE_HOLDER = SitePage(
    id="en-statement-by-office-and-holder-over-headline",
    text=page(
        """
        Statement by the Leader of the Opposition the Hon Mark Ferris MP

        Hospital Waiting Lists Grow Again

        The latest figures show that waiting lists at public hospitals have grown for the fifth quarter in a row.

        The Government has no plan to bring them down.
        """
    ),
    title="Hospital Waiting Lists Grow Again",
    kind=None,
    date=None,
    place=None,
    source="Leader of the Opposition",
    dateline=None,
    paragraphs=(
        "The latest figures show that waiting lists at public hospitals have grown for the "
        "fifth quarter in a row.",
        "The Government has no plan to bring them down.",
    ),
)

EN_JOINT_STATEMENT_WITH_HOLDER = SitePage(
    id="en-joint-statement-with-office-and-holder",
    text=page(
        """
        Joint Statement with the Minister for Justice and Customs, Senator Ruth Calder

        Courts Gain Power Over Smuggling Boats MPS 102/2003

        The Government will bring two Bills into the Parliament next week to give the courts power to order the forfeiture of boats used to smuggle people.

        The Bills follow a review of the customs laws.
        """
    ),
    title="Courts Gain Power Over Smuggling Boats",
    kind=None,
    date=None,
    place=None,
    source="Minister for Justice and Customs",
    dateline=None,
    paragraphs=(
        "The Government will bring two Bills into the Parliament next week to give the courts "
        "power to order the forfeiture of boats used to smuggle people.",
        "The Bills follow a review of the customs laws.",
    ),
)

# --- German -----------------------------------------------------------------

DE_PRESSEMITTEILUNG = SitePage(
    id="de-pressemitteilung-number-dateline",
    text=page(
        """
        Pressemitteilung
        Nr. 045/2024
        Bund fördert neue Radwege in ländlichen Regionen
        Berlin, 12. März 2024 – Der Bund stellt in diesem Jahr 80 Millionen Euro für Radwege zwischen Dörfern und Kleinstädten bereit.
        Anträge können die Kommunen bis zum Herbst stellen.
        """
    ),
    title="Bund fördert neue Radwege in ländlichen Regionen",
    kind="Pressemitteilung",
    date=dt.date(2024, 3, 12),
    place="Berlin",
    source=None,
    dateline="Berlin, 12. März 2024 – ",
    paragraphs=(
        "Der Bund stellt in diesem Jahr 80 Millionen Euro für Radwege zwischen Dörfern und "
        "Kleinstädten bereit.",
        "Anträge können die Kommunen bis zum Herbst stellen.",
    ),
)

DE_CAPS_KIND_AFTER = SitePage(
    id="de-caps-kind-label-after-headline",
    text=page(
        """
        Neue Messstationen überwachen die Luft an Autobahnen
        PRESSEMITTEILUNG
        Datum: 03.11.2022
        Ort: Dessau
        Das Umweltbundesamt hat an zwanzig Autobahnabschnitten neue Messstationen für Feinstaub in Betrieb genommen.
        Die Messwerte werden stündlich im Internet veröffentlicht.
        """
    ),
    title="Neue Messstationen überwachen die Luft an Autobahnen",
    kind="PRESSEMITTEILUNG",
    date=dt.date(2022, 11, 3),
    place="Dessau",
    source=None,
    dateline=None,
    paragraphs=(
        "Das Umweltbundesamt hat an zwanzig Autobahnabschnitten neue Messstationen für "
        "Feinstaub in Betrieb genommen.",
        "Die Messwerte werden stündlich im Internet veröffentlicht.",
    ),
)

DE_MINISTERIN = SitePage(
    id="de-bundesministerin-letterhead",
    text=page(
        """
        Bundesministerin für Bildung und Forschung
        Pressemitteilung
        Mehr Geld für Ausbildung in der Pflege
        Bonn, 7. Juni 2023 – Pflegeschulen erhalten ab dem kommenden Jahr zusätzliche Mittel für Lehrkräfte und Ausstattung.
        Die Länder verteilen das Geld nach der Zahl der Auszubildenden.
        """
    ),
    title="Mehr Geld für Ausbildung in der Pflege",
    kind="Pressemitteilung",
    date=dt.date(2023, 6, 7),
    place="Bonn",
    source="Bundesministerin für Bildung und Forschung",
    dateline="Bonn, 7. Juni 2023 – ",
    paragraphs=(
        "Pflegeschulen erhalten ab dem kommenden Jahr zusätzliche Mittel für Lehrkräfte und "
        "Ausstattung.",
        "Die Länder verteilen das Geld nach der Zahl der Auszubildenden.",
    ),
)

DE_TWO_LINE_LABELS = SitePage(
    id="de-two-line-labels-quelle-themen",
    text=page(
        """
        Verwaltung stellt Bauanträge auf digitale Verfahren um
        Veröffentlicht am:
        4. April 2022
        Ort:
        Wien
        Quelle:
        Bundeskanzleramt
        Themen:
        Digitalisierung
        Ab Juli können Bauanträge in allen Bezirken online eingereicht werden.
        Die Bearbeitungszeit soll dadurch um ein Drittel sinken.
        """
    ),
    title="Verwaltung stellt Bauanträge auf digitale Verfahren um",
    kind=None,
    date=dt.date(2022, 4, 4),
    place="Wien",
    source="Bundeskanzleramt",
    dateline=None,
    paragraphs=(
        "Ab Juli können Bauanträge in allen Bezirken online eingereicht werden.",
        "Die Bearbeitungszeit soll dadurch um ein Drittel sinken.",
    ),
    topics=("Digitalisierung",),
)

DE_WRAPPED_ENDE = SitePage(
    id="de-hard-wrapped-ende-pressekontakt",
    text=page(
        """
        Presseinformation
        Stadtwerke senken den Gaspreis zum Jahreswechsel
        München, 1. Dezember 2023 – Die Stadtwerke senken den Arbeitspreis für
        Erdgas zum 1. Januar um zwölf Prozent, weil die Einkaufspreise im
        Herbst deutlich gefallen sind.
        Kunden müssen nichts unternehmen, die neuen Abschläge werden
        automatisch angepasst.
        - Ende -
        Pressekontakt: Lena Hofmann, Telefon 089 555 0123
        """
    ),
    title="Stadtwerke senken den Gaspreis zum Jahreswechsel",
    kind="Presseinformation",
    date=dt.date(2023, 12, 1),
    place="München",
    source=None,
    dateline="München, 1. Dezember 2023 – ",
    paragraphs=(
        "Die Stadtwerke senken den Arbeitspreis für Erdgas zum 1. Januar um zwölf Prozent, weil "
        "die Einkaufspreise im Herbst deutlich gefallen sind.",
        "Kunden müssen nichts unternehmen, die neuen Abschläge werden automatisch angepasst.",
    ),
    gap=(
        "is_wrapped: German continuation lines open with capitalised nouns ('Erdgas', "
        "'Herbst'), so fewer than two lower-case continuations are seen and no line is "
        "joined; _Reader._letterhead then takes the dateline line for a date line and read() "
        "drops every short body line as a subtitle, and FooterStripper.strip finds no prose "
        "line before '- Ende -': the body is lost to the header"
    ),
)

DE_FINANZEN = SitePage(
    id="de-ministerin-der-portfolio-caps-kind",
    text=page(
        """
        Bundesministerin der Finanzen
        PRESSEMITTEILUNG
        Kommunen erhalten mehr Geld für Schulbauten
        Datum:
        9. Oktober 2019
        Die Kommunen erhalten in den nächsten fünf Jahren zusätzlich zwei Milliarden Euro für den Bau und die Sanierung von Schulen.
        Das Geld wird nach der Zahl der Schüler verteilt.
        """
    ),
    title="Kommunen erhalten mehr Geld für Schulbauten",
    kind="PRESSEMITTEILUNG",
    date=dt.date(2019, 10, 9),
    place=None,
    source="Bundesministerin der Finanzen",
    dateline=None,
    paragraphs=(
        "Die Kommunen erhalten in den nächsten fünf Jahren zusätzlich zwei Milliarden Euro für "
        "den Bau und die Sanierung von Schulen.",
        "Das Geld wird nach der Zahl der Schüler verteilt.",
    ),
)

# --- French -----------------------------------------------------------------

FR_COMMUNIQUE = SitePage(
    id="fr-communique-de-presse-dateline",
    text=page(
        """
        Communiqué de presse
        La ville plantera dix mille arbres d'ici 2026
        Paris, le 5 juin 2023 – La ville de Paris plantera dix mille arbres dans les cours d'école et le long des boulevards d'ici 2026.
        Les premières plantations commenceront à l'automne.
        """
    ),
    title="La ville plantera dix mille arbres d'ici 2026",
    kind="Communiqué de presse",
    date=dt.date(2023, 6, 5),
    place="Paris",
    source=None,
    dateline="Paris, le 5 juin 2023 – ",
    paragraphs=(
        "La ville de Paris plantera dix mille arbres dans les cours d'école et le long des "
        "boulevards d'ici 2026.",
        "Les premières plantations commenceront à l'automne.",
    ),
)

FR_MINISTRE = SitePage(
    id="fr-ministre-letterhead-fin",
    text=page(
        """
        Ministre de la Transition écologique
        COMMUNIQUÉ DE PRESSE
        Un nouveau fonds pour rénover les écoles rurales
        Lyon, le 14 mars 2022 – Un fonds de 50 millions d'euros aidera les communes rurales à isoler leurs écoles.
        Les communes pourront déposer leur dossier jusqu'au 30 juin.
        FIN
        Contact presse : service de presse, 01 40 81 00 00
        """
    ),
    title="Un nouveau fonds pour rénover les écoles rurales",
    kind="COMMUNIQUÉ DE PRESSE",
    date=dt.date(2022, 3, 14),
    place="Lyon",
    source="Ministre de la Transition écologique",
    dateline="Lyon, le 14 mars 2022 – ",
    paragraphs=(
        "Un fonds de 50 millions d'euros aidera les communes rurales à isoler leurs écoles.",
        "Les communes pourront déposer leur dossier jusqu'au 30 juin.",
    ),
)

FR_PUBLIE_LE = SitePage(
    id="fr-publie-le-spaced-colon",
    text=page(
        """
        Déclaration
        La France salue l'accord sur la protection de la haute mer
        Publié le : 2 février 2021
        Thèmes : Environnement
        La France se félicite de l'adoption de l'accord sur la biodiversité en haute mer par les États membres.
        Elle appelle à sa ratification rapide.
        """
    ),
    title="La France salue l'accord sur la protection de la haute mer",
    kind="Déclaration",
    date=dt.date(2021, 2, 2),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "La France se félicite de l'adoption de l'accord sur la biodiversité en haute mer par "
        "les États membres.",
        "Elle appelle à sa ratification rapide.",
    ),
    topics=("Environnement",),
)

FR_TWO_LINE_LABELS = SitePage(
    id="fr-two-line-labels-lieu",
    text=page(
        """
        Le canton ouvre trois nouvelles crèches
        Date de publication :
        12 avril 2022
        Lieu :
        Genève
        Type de contenu :
        Communiqué
        Trois nouvelles crèches ouvriront à la rentrée dans les quartiers des Eaux-Vives, de Plainpalais et de Carouge.
        Elles offriront au total cent quatre-vingts places.
        """
    ),
    title="Le canton ouvre trois nouvelles crèches",
    kind="Communiqué",
    date=dt.date(2022, 4, 12),
    place="Genève",
    source=None,
    dateline=None,
    paragraphs=(
        "Trois nouvelles crèches ouvriront à la rentrée dans les quartiers des Eaux-Vives, de "
        "Plainpalais et de Carouge.",
        "Elles offriront au total cent quatre-vingts places.",
    ),
)

# --- Spanish ----------------------------------------------------------------

ES_COMUNICADO = SitePage(
    id="es-comunicado-de-prensa-dateline",
    text=page(
        """
        Comunicado de prensa
        El Gobierno aprueba un plan para reducir el consumo de agua en la agricultura
        Madrid, 3 de mayo de 2022.- El Consejo de Ministros ha aprobado hoy un plan para modernizar el riego en cuarenta mil hectáreas.
        Las obras se financiarán con fondos europeos.
        """
    ),
    title="El Gobierno aprueba un plan para reducir el consumo de agua en la agricultura",
    kind="Comunicado de prensa",
    date=dt.date(2022, 5, 3),
    place="Madrid",
    source=None,
    dateline="Madrid, 3 de mayo de 2022.- ",
    paragraphs=(
        "El Consejo de Ministros ha aprobado hoy un plan para modernizar el riego en cuarenta "
        "mil hectáreas.",
        "Las obras se financiarán con fondos europeos.",
    ),
)

ES_NOTA_FUENTE = SitePage(
    id="es-nota-de-prensa-fecha-fuente",
    text=page(
        """
        Sanidad amplía la vacunación contra la gripe a los niños
        Nota de prensa
        Fecha: 10/06/2019
        Fuente: Ministerio de Sanidad
        La campaña de vacunación contra la gripe incluirá este otoño a todos los niños de entre seis meses y cinco años.
        Las vacunas se administrarán en los centros de salud.
        """
    ),
    title="Sanidad amplía la vacunación contra la gripe a los niños",
    kind="Nota de prensa",
    date=dt.date(2019, 6, 10),
    place=None,
    source="Ministerio de Sanidad",
    dateline=None,
    paragraphs=(
        "La campaña de vacunación contra la gripe incluirá este otoño a todos los niños de "
        "entre seis meses y cinco años.",
        "Las vacunas se administrarán en los centros de salud.",
    ),
)

ES_SUFFIX_TWICE = SitePage(
    id="es-headline-twice-with-site-suffix",
    text=page(
        """
        Chile instala su primera planta de hidrógeno verde | Ministerio de Energía
        Chile instala su primera planta de hidrógeno verde
        SANTIAGO, 20 de diciembre de 2022 – La primera planta de hidrógeno verde del país comenzó a operar en Magallanes.
        La planta usa la energía del viento para producir combustible.
        """
    ),
    title="Chile instala su primera planta de hidrógeno verde",
    kind=None,
    date=dt.date(2022, 12, 20),
    place="SANTIAGO",
    source="Ministerio de Energía",
    dateline="SANTIAGO, 20 de diciembre de 2022 – ",
    paragraphs=(
        "La primera planta de hidrógeno verde del país comenzó a operar en Magallanes.",
        "La planta usa la energía del viento para producir combustible.",
    ),
)

ES_CAPS_DECLARACION = SitePage(
    id="es-caps-headline-declaracion-two-line-date",
    text=page(
        """
        DECLARACIÓN
        EL MINISTERIO CONDENA EL ATAQUE CONTRA
        UN CONVOY HUMANITARIO
        Fecha de publicación:
        7 de julio de 2020
        El Ministerio de Asuntos Exteriores condena el ataque sufrido ayer por un convoy de ayuda humanitaria en el norte del país.
        España pide que se investigue lo ocurrido.
        """
    ),
    title="EL MINISTERIO CONDENA EL ATAQUE CONTRA UN CONVOY HUMANITARIO",
    kind="DECLARACIÓN",
    date=dt.date(2020, 7, 7),
    place=None,
    # The ministry the lead names as its speaker, as in English leads.
    source="Ministerio de Asuntos Exteriores",
    dateline=None,
    paragraphs=(
        "El Ministerio de Asuntos Exteriores condena el ataque sufrido ayer por un convoy de "
        "ayuda humanitaria en el norte del país.",
        "España pide que se investigue lo ocurrido.",
    ),
)

# --- Russian ----------------------------------------------------------------

RU_PRESS_RELEASE = SitePage(
    id="ru-press-release-dateline",
    text=page(
        """
        Пресс-релиз
        В Москве откроют двенадцать новых станций метро
        Москва, 15 марта 2023 г. — До конца года в Москве откроют двенадцать новых станций метро.
        Первые поезда пройдут по новому участку уже в сентябре.
        """
    ),
    title="В Москве откроют двенадцать новых станций метро",
    kind="Пресс-релиз",
    date=dt.date(2023, 3, 15),
    place="Москва",
    source=None,
    dateline="Москва, 15 марта 2023 г. — ",
    paragraphs=(
        "До конца года в Москве откроют двенадцать новых станций метро.",
        "Первые поезда пройдут по новому участку уже в сентябре.",
    ),
)

RU_ZAYAVLENIE = SitePage(
    id="ru-statement-date-and-source-labels",
    text=page(
        """
        Заявление
        О продлении сроков подачи налоговых деклараций
        Дата публикации: 15.03.2023
        Источник: Министерство финансов
        Срок подачи налоговых деклараций для малых предприятий продлён до первого июня.
        Штрафы за опоздание в этот период начисляться не будут.
        """
    ),
    title="О продлении сроков подачи налоговых деклараций",
    kind="Заявление",
    date=dt.date(2023, 3, 15),
    place=None,
    source="Министерство финансов",
    dateline=None,
    paragraphs=(
        "Срок подачи налоговых деклараций для малых предприятий продлён до первого июня.",
        "Штрафы за опоздание в этот период начисляться не будут.",
    ),
)

RU_NO_KIND = SitePage(
    id="ru-no-kind-date-line",
    text=page(
        """
        В Казани построят новый мост через Волгу
        3 февраля 2021 года
        Строительство нового моста через Волгу начнётся весной и продлится три года.
        Мост соединит город с новыми жилыми районами на другом берегу.
        """
    ),
    title="В Казани построят новый мост через Волгу",
    kind=None,
    date=dt.date(2021, 2, 3),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Строительство нового моста через Волгу начнётся весной и продлится три года.",
        "Мост соединит город с новыми жилыми районами на другом берегу.",
    ),
)

RU_WRAPPED = SitePage(
    id="ru-hard-wrapped-with-contacts",
    text=page(
        """
        ПРЕСС-РЕЛИЗ
        Библиотеки региона переходят на электронные читательские билеты
        Новосибирск, 2 апреля 2021 года – С первого мая все областные библиотеки
        будут выдавать читателям электронные билеты вместо бумажных, сообщило
        министерство культуры.
        Старые билеты останутся действительными до конца года.
        ###
        Контакты для СМИ: Ольга Петрова, +7 383 555 01 23
        """
    ),
    title="Библиотеки региона переходят на электронные читательские билеты",
    kind="ПРЕСС-РЕЛИЗ",
    date=dt.date(2021, 4, 2),
    place="Новосибирск",
    source=None,
    dateline="Новосибирск, 2 апреля 2021 года – ",
    paragraphs=(
        "С первого мая все областные библиотеки будут выдавать читателям электронные билеты "
        "вместо бумажных, сообщило министерство культуры.",
        "Старые билеты останутся действительными до конца года.",
    ),
)

RU_TWO_LINE_LABELS = SitePage(
    id="ru-two-line-labels-place-topics",
    text=page(
        """
        В Эрмитаже откроется выставка северного серебра
        Дата:
        5 июня 2019
        Место:
        Санкт-Петербург
        Темы:
        Культура
        Выставка покажет более трёхсот предметов из серебра, созданных мастерами Северной Европы.
        Она продлится до конца октября.
        """
    ),
    title="В Эрмитаже откроется выставка северного серебра",
    kind=None,
    date=dt.date(2019, 6, 5),
    place="Санкт-Петербург",
    source=None,
    dateline=None,
    paragraphs=(
        "Выставка покажет более трёхсот предметов из серебра, созданных мастерами Северной "
        "Европы.",
        "Она продлится до конца октября.",
    ),
    topics=("Культура",),
)

EN_HEADLINE_NAME_OFFICE_BYLINE = SitePage(
    id="en-headline-name-office-byline",
    text=page(
        """
        Harbour Party   National   Back
        Tunnel Tolls Must Go Before Winter Nina Castell - Shadow Minister for Transport
        Media Statement - 3 May 2001
        Commuters in the western suburbs pay twice for a tunnel their taxes already built.
        The Premier promised in March that the tolls would end once the loan was repaid.
        "The loan was repaid last year and the tolls are still there," Ms Castell said.
        """
    ),
    title="Tunnel Tolls Must Go Before Winter",
    kind="Media Statement",
    date=dt.date(2001, 5, 3),
    place=None,
    source="Shadow Minister for Transport",
    dateline=None,
    paragraphs=(
        "Commuters in the western suburbs pay twice for a tunnel their taxes already built.",
        "The Premier promised in March that the tolls would end once the loan was repaid.",
        '"The loan was repaid last year and the tolls are still there," Ms Castell said.',
    ),
)

EN_CAPS_OFFICE_HOLDER_AFTER_AFFAIRS = SitePage(
    id="en-caps-office-holder-after-affairs",
    text=page(
        """
        MEDIA RELEASE

        MINISTER FOR FOREIGN AFFAIRS PETER ALDEN

        FA88  4 June 2003

        VISIT TO CHILE AND PERU

        I will visit Chile and Peru from 10 to 14 June to open two trade offices.

        In Santiago I will meet the Foreign Minister to discuss fisheries and mining.
        """
    ),
    title="VISIT TO CHILE AND PERU",
    kind="MEDIA RELEASE",
    date=dt.date(2003, 6, 4),
    place=None,
    source="MINISTER FOR FOREIGN AFFAIRS",
    dateline=None,
    paragraphs=(
        "I will visit Chile and Peru from 10 to 14 June to open two trade offices.",
        "In Santiago I will meet the Foreign Minister to discuss fisheries and mining.",
    ),
)

EN_LEAD_SPEAKER_AFTER_TARGET = SitePage(
    id="en-lead-speaker-after-the-office-spoken-of",
    text=page(
        """
        Ferry contract delay needs an answer

        14 March 2012

        The Premier must explain why the new ferry contract is six months late, the Harbour Party said today.

        "Islanders were promised new boats by Christmas and they are still waiting," party leader Nina Castell said.
        """
    ),
    title="Ferry contract delay needs an answer",
    kind=None,
    date=dt.date(2012, 3, 14),
    place=None,
    source="Harbour Party",
    dateline=None,
    paragraphs=(
        "The Premier must explain why the new ferry contract is six months late, the Harbour "
        "Party said today.",
        '"Islanders were promised new boats by Christmas and they are still waiting," party '
        "leader Nina Castell said.",
    ),
)

EN_SPEECH_BYLINE_HEADLINE = SitePage(
    id="en-speech-byline-headline-names-the-office",
    text=page(
        """
        Address by the Minister for Transport, Dr Nina Castell, to the Ferry Operators Conference

        Hobart, 12 May 2004

        Thank you for the invitation to speak to you this morning.

        Ferries carry more than two million passengers across the state each year.
        """
    ),
    title="Address by the Minister for Transport, Dr Nina Castell, to the Ferry Operators Conference",
    kind=None,
    date=dt.date(2004, 5, 12),
    place="Hobart",
    source="Minister for Transport",
    dateline="Hobart, 12 May 2004",
    paragraphs=(
        "Thank you for the invitation to speak to you this morning.",
        "Ferries carry more than two million passengers across the state each year.",
    ),
)

EN_KIND_BAR_PARTY = SitePage(
    id="en-kind-label-bar-party-letterhead",
    text=page(
        """
        MEDIA RELEASE │ HARBOUR PARTY

        Ferry timetable cuts must be reversed: Harbour Party

        The Harbour Party has called on the state government to restore the evening ferry services it cut last month.

        "Shift workers on the islands have no other way home," party leader Nina Castell said.
        """
    ),
    title="Ferry timetable cuts must be reversed: Harbour Party",
    kind="MEDIA RELEASE",
    date=None,
    place=None,
    source="HARBOUR PARTY",
    dateline=None,
    paragraphs=(
        "The Harbour Party has called on the state government to restore the evening ferry "
        "services it cut last month.",
        '"Shift workers on the islands have no other way home," party leader Nina Castell said.',
    ),
)

EN_CAPS_KIND_OFFICE_TOPIC_DASH_OFFICE = SitePage(
    id="en-caps-kind-office-holder-then-topic-dash-office-headline",
    text=page(
        """
        MEDIA RELEASE MINISTER FOR OCEAN AFFAIRS NINA CASTELL

        OA12          14  March  2006

        NEW POSTING - AMBASSADOR FOR FISHERIES

        I announce today the appointment of Mr Tom Reid as Australia's Ambassador for Fisheries.  He will replace Mr Les Moran, who has held the post since 2003.

        Mr Reid takes up his position next month.
        """
    ),
    title="NEW POSTING - AMBASSADOR FOR FISHERIES",
    kind="MEDIA RELEASE",
    date=dt.date(2006, 3, 14),
    place=None,
    source="MINISTER FOR OCEAN AFFAIRS",
    dateline=None,
    paragraphs=(
        "I announce today the appointment of Mr Tom Reid as Australia's Ambassador for "
        "Fisheries. He will replace Mr Les Moran, who has held the post since 2003.",
        "Mr Reid takes up his position next month.",
    ),
)

EN_HEADLINE_COLUMN_SPOKESPERSON = SitePage(
    id="en-headline-between-name-and-kind-spokesperson-columns",
    text=page(
        """
        Nina Castell   Ferry fares must come down for island families  Media Release | Spokesperson Nina Castell

        Tuesday 8th May 2007

        The Harbour Party has called on the state government to cut ferry fares for families who live on the islands.

        "A return trip now costs more than a day's groceries," party spokesperson Nina Castell said.
        """
    ),
    title="Ferry fares must come down for island families",
    kind="Media Release",
    date=dt.date(2007, 5, 8),
    place=None,
    source="Harbour Party",
    dateline=None,
    paragraphs=(
        "The Harbour Party has called on the state government to cut ferry fares for families "
        "who live on the islands.",
        '"A return trip now costs more than a day\'s groceries," party spokesperson Nina '
        "Castell said.",
    ),
)

EN_HEADLINE_COLUMN_SOURCE_LABEL = SitePage(
    id="en-headline-date-and-source-label-columns",
    text=page(
        """
        Ferry fares frozen for island families   06-May-2007  Source: Nina Castell, MP -

        The state government will freeze ferry fares for island families for the next two years.

        "Families told us the fares had become a burden," Ms Castell said.
        """
    ),
    title="Ferry fares frozen for island families",
    kind=None,
    date=dt.date(2007, 5, 6),
    place=None,
    source="Nina Castell, MP",
    dateline=None,
    paragraphs=(
        "The state government will freeze ferry fares for island families for the next two years.",
        '"Families told us the fares had become a burden," Ms Castell said.',
    ),
)

EN_HEADLINE_COLUMN_STYLE_APART = SitePage(
    id="en-headline-then-style-and-name-in-columns-apart",
    text=page(
        """
        Senator Nina Castell  Senator for Tasmania

        Harbour Party pushes for night ferries  Senator  Castell          3rd  May  2007

        The Harbour Party will ask the Senate to fund a night ferry service between the islands and the city.

        "Shift workers have no way home after ten," Senator Castell said.
        """
    ),
    title="Harbour Party pushes for night ferries",
    kind=None,
    date=dt.date(2007, 5, 3),
    place=None,
    source="Harbour Party",
    dateline=None,
    paragraphs=(
        "The Harbour Party will ask the Senate to fund a night ferry service between the "
        "islands and the city.",
        '"Shift workers have no way home after ten," Senator Castell said.',
    ),
)

EN_HEADLINE_COLUMN_NAME_AND_DATE = SitePage(
    id="en-headline-then-styled-name-with-date-then-paragraph",
    text=page(
        """
        Senator Nina Castell  Senator for Tasmania

        Harbour Party asks for night ferries  Senator Castell, 3rd May 2007  The Harbour Party will ask the Senate to fund a night ferry service between the islands and the city, after months of letters from shift workers, nurses and cleaners who cannot get home when their work ends late in the evening.

        "Shift workers have no way home after ten," Senator Castell said.
        """
    ),
    title="Harbour Party asks for night ferries",
    kind=None,
    date=dt.date(2007, 5, 3),
    place=None,
    source="Harbour Party",
    dateline=None,
    paragraphs=(
        "The Harbour Party will ask the Senate to fund a night ferry service between the "
        "islands and the city, after months of letters from shift workers, nurses and cleaners "
        "who cannot get home when their work ends late in the evening.",
        '"Shift workers have no way home after ten," Senator Castell said.',
    ),
)

EN_HEADLINE_GLUED_WRAPPED_PARAGRAPH = SitePage(
    id="en-kind-date-headline-glued-to-wrapped-paragraph",
    text=page(
        """
        MEDIA RELEASE

        Tuesday, 6 May 2014

        Ferry sale takes a strange turn  The port authority's report that the state has sold two more ferries to a  private buyer before the winter timetable starts is very worrying, the Harbour Party said.

        "Islanders were never asked," party spokesperson Nina Castell said.
        """
    ),
    title="Ferry sale takes a strange turn",
    kind="MEDIA RELEASE",
    date=dt.date(2014, 5, 6),
    place=None,
    source="Harbour Party",
    dateline=None,
    paragraphs=(
        "The port authority's report that the state has sold two more ferries to a private "
        "buyer before the winter timetable starts is very worrying, the Harbour Party said.",
        '"Islanders were never asked," party spokesperson Nina Castell said.',
    ),
)

EN_KIND_HEADLINE_OPENS_WITH_STYLE = SitePage(
    id="en-kind-date-headline-opening-with-a-style-and-surname",
    text=page(
        """
        MEDIA RELEASE

        10 November 2017

        Senator Castell welcomes night ferry plan

        Harbour Party Senator Nina Castell has given her strongest support to the night ferry plan, which the port authority put forward on Monday after months of letters.

        "Shift workers will finally get home," Senator Castell said.
        """
    ),
    title="Senator Castell welcomes night ferry plan",
    kind="MEDIA RELEASE",
    date=dt.date(2017, 11, 10),
    place=None,
    source="Harbour Party",
    dateline=None,
    paragraphs=(
        "Harbour Party Senator Nina Castell has given her strongest support to the night ferry "
        "plan, which the port authority put forward on Monday after months of letters.",
        '"Shift workers will finally get home," Senator Castell said.',
    ),
)

EN_CAPS_HEADLINE_DATE_PARAGRAPH_ONE_LINE = SitePage(
    id="en-caps-headline-date-and-paragraph-on-one-line",
    text=page(
        """
        Media Release

        Nina Castell MP  Shadow Minister for Transport   Federal Member for Harbour

        HAPLESS MINISTER BACKFLIPS ON   ISLAND FERRIES  6 September 2006  Tom Reid has done a spectacular backflip on his plan to sell the island  ferries to a private buyer.

        In today's paper, the Minister said the sale was off.
        """
    ),
    title="HAPLESS MINISTER BACKFLIPS ON ISLAND FERRIES",
    kind="Media Release",
    date=dt.date(2006, 9, 6),
    place=None,
    source="Shadow Minister for Transport",
    dateline=None,
    paragraphs=(
        "Tom Reid has done a spectacular backflip on his plan to sell the island ferries to a "
        "private buyer.",
        "In today's paper, the Minister said the sale was off.",
    ),
)

EN_BYLINE_UNDER_HEADLINE = SitePage(
    id="en-headline-date-then-styled-byline",
    text=page(
        """
        Night ferries would keep island nurses safe  03/02/2014

        By Dr Nina Castell*

        Nurses who finish their shifts after ten have no safe way home to the islands.

        A night ferry would cost less than the taxis the hospital now pays for.
        """
    ),
    title="Night ferries would keep island nurses safe",
    kind=None,
    date=dt.date(2014, 2, 3),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Nurses who finish their shifts after ten have no safe way home to the islands.",
        "A night ferry would cost less than the taxis the hospital now pays for.",
    ),
)

EN_POST_NOMINAL_WITH_STOPS = SitePage(
    id="en-caps-name-with-post-nominal-stops-over-headline",
    text=page(
        """
        NINA CASTELL M.P.

        MEDIA RELEASE

        Shadow Minister for Transport

        FERRY TIMETABLE CUTS LEAVE  ISLANDERS STRANDED

        The Minister has cut the last evening ferry without asking a single islander.

        Commuters now wait two hours for a boat home.
        """
    ),
    title="FERRY TIMETABLE CUTS LEAVE ISLANDERS STRANDED",
    kind="MEDIA RELEASE",
    date=None,
    place=None,
    source="Shadow Minister for Transport",
    dateline=None,
    paragraphs=(
        "The Minister has cut the last evening ferry without asking a single islander.",
        "Commuters now wait two hours for a boat home.",
    ),
)

EN_STRIP_TAIL_OVER_GLUED_HEADLINE = SitePage(
    id="en-label-strip-wrapped-tail-over-glued-headline",
    text=page(
        """
        Senator Nina Castell Senator for Tasmania

        Dated: 4 Mar 2001 Number: 01/112 Portfolio: Transport Related: Regional

        Development

        Ferry users left out of transport review The Government has left the island ferry services out of its review of regional transport, according to Senator Nina Castell.

        The review will report to the Minister in June.
        """
    ),
    title="Ferry users left out of transport review",
    kind=None,
    date=dt.date(2001, 3, 4),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "The Government has left the island ferry services out of its review of regional "
        "transport, according to Senator Nina Castell.",
        "The review will report to the Minister in June.",
    ),
)

EN_PAIR_UNDER_INLINE_LABELS = SitePage(
    id="en-label-pair-under-number-line-over-headline",
    text=page(
        """
        Senator Nina Castell Senator for Tasmania

        Release Number: 05/180

        Portfolio: Transport and Regional Services

        Island Ferries Need Night Sailings

        Nurses who finish late have no safe way home to the islands, Senator Castell said today.

        A night ferry would cost less than the taxis the hospital now pays for.
        """
    ),
    title="Island Ferries Need Night Sailings",
    kind=None,
    date=None,
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Nurses who finish late have no safe way home to the islands, Senator Castell said today.",
        "A night ferry would cost less than the taxis the hospital now pays for.",
    ),
)

EN_SHORT_QUESTION_HEADLINE = SitePage(
    id="en-two-word-question-headline-over-name-and-date",
    text=page(
        """
        Senator Nina Castell

        Ferries next?

        Senator Castell, 9th July 2006

        The Government has sold the island buses and may sell the ferries next, the Greens said today.

        Islanders were not asked about either sale.
        """
    ),
    title="Ferries next?",
    kind=None,
    date=dt.date(2006, 7, 9),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "The Government has sold the island buses and may sell the ferries next, the Greens "
        "said today.",
        "Islanders were not asked about either sale.",
    ),
)

EN_YEARLESS_DATE_LINE = SitePage(
    id="en-date-line-without-year-over-headline",
    text=page(
        """
        Senator Nina Castell

        Sunday, 25th November

        Island ferry fares to double

        Ferry fares to the islands will double from January under the new contract, Senator Castell said.

        Islanders were not asked about the contract.
        """
    ),
    title="Island ferry fares to double",
    kind=None,
    date=None,
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Ferry fares to the islands will double from January under the new contract, Senator "
        "Castell said.",
        "Islanders were not asked about the contract.",
    ),
)

EN_NOTICES_OVER_HEADLINE = SitePage(
    id="en-subscribe-line-and-caps-headline-over-apposition",
    text=page(
        """
        Subscribe to media releases at example.gov.au/subscribe

        Wednesday, 14 September 2011

        FERRY CREWS THANKED

        The Minister for Transport, Nina Castell is asking every islander to thank the ferry crews who kept the boats running through the storms.

        The crews worked double shifts for a fortnight.
        """
    ),
    title="FERRY CREWS THANKED",
    kind=None,
    date=dt.date(2011, 9, 14),
    place=None,
    source="Minister for Transport",
    dateline=None,
    paragraphs=(
        "The Minister for Transport, Nina Castell is asking every islander to thank the ferry "
        "crews who kept the boats running through the storms.",
        "The crews worked double shifts for a fortnight.",
    ),
)

EN_EMBARGO_AND_CONTACT_OVER_HEADLINE = SitePage(
    id="en-embargo-and-media-enquiries-over-headline",
    text=page(
        """
        Nina Castell MP

        *** EMBARGOED UNTIL 12.01AM ***

        Media enquiries: Tom Reid, 0400 123 456

        Night ferries for island nurses

        Nurses who finish late will have a ferry home from next month, Ms Castell said.

        The service will run until two in the morning.
        """
    ),
    title="Night ferries for island nurses",
    kind=None,
    date=None,
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Nurses who finish late will have a ferry home from next month, Ms Castell said.",
        "The service will run until two in the morning.",
    ),
)

EN_ADDRESS_COLUMN_BESIDE_OFFICE = SitePage(
    id="en-office-and-electorate-address-columns-over-headline",
    text=page(
        """
        Nina Castell MP

        SHADOW MINISTER FOR TRANSPORT  Electorate Office: Level 2, 14 Harbour St, Seaview NSW 2999  Ph (02) 9000 1111

        Canberra: Parliament House, Canberra, ACT 2600  Ph (02) 6277 0000

        3 March 2005

        Ferry fares to double

        Fares on the island ferries will double from July under the new contract, Ms Castell said.

        Islanders were not asked.
        """
    ),
    title="Ferry fares to double",
    kind=None,
    date=dt.date(2005, 3, 3),
    place=None,
    source="SHADOW MINISTER FOR TRANSPORT",
    dateline=None,
    paragraphs=(
        "Fares on the island ferries will double from July under the new contract, Ms Castell "
        "said.",
        "Islanders were not asked.",
    ),
)

EN_MENU_RUN_THEN_COLUMN_HEADLINE = SitePage(
    id="en-search-box-and-menu-run-over-headline-with-column-gap",
    text=page(
        """
        Search this site   Go

        Home

        Ferry timetables

        Media Centre

        Contact details

        Links

        Island ferry crews win  safety award

        Tuesday, 24 July 2008

        The crews of the island ferries have won this year's harbour safety award, the Minister said.

        The award was presented in Hobart.
        """
    ),
    title="Island ferry crews win safety award",
    kind=None,
    date=dt.date(2008, 7, 24),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "The crews of the island ferries have won this year's harbour safety award, the Minister "
        "said.",
        "The award was presented in Hobart.",
    ),
)

PAGES: tuple[SitePage, ...] = tuple(
    value for name, value in dict(globals()).items() if isinstance(value, SitePage)
)
