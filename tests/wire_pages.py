# Crawled text prints a paragraph on one line: the pages keep those lines whole.
# ruff: noqa: E501
"""
Press-release pages from kinds of sites the other fixtures do not show:
international organisations, national governments of many countries,
newswires carrying company releases, NGOs; media advisories and joint
statements; in English, German, French, Spanish, Russian, Italian and
Portuguese.

Each page is rendered the way a crawler prints it, with the site's menus,
breadcrumbs, share lines and footers around the release. The offices,
agencies, places and wire names are real; every sentence, every company
and every person's name is invented for these tests.
"""

from __future__ import annotations

import datetime as dt

from site_pages import SitePage, page

# --- International organisations --------------------------------------------

EN_UN_NEWS = SitePage(
    id="en-un-news-agency-dateline",
    text=page(
        """
        UN News
        Global perspective Human stories
        Search
        Peace and Security
        Economic Development
        Health
        Climate and Environment
        Measles cases in Europe climb for a third year, WHO warns
        12 March 2024 Health
        GENEVA (UN News) – Reported measles cases across the European region rose by a third last year, the World Health Organization said on Tuesday.
        Most of the children who fell ill had not received a single dose of vaccine, the agency said.
        Health ministries in twelve countries have agreed to run catch-up campaigns before the summer.
        Share this:
        Facebook
        Twitter
        Print
        Email
        Related Stories
        Polio vaccination resumes in southern districts
        Cholera outbreak spreads along the coast
        """
    ),
    title="Measles cases in Europe climb for a third year, WHO warns",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="GENEVA",
    source=None,
    dateline="GENEVA (UN News) – ",
    paragraphs=(
        "Reported measles cases across the European region rose by a third last year, the "
        "World Health Organization said on Tuesday.",
        "Most of the children who fell ill had not received a single dose of vaccine, the "
        "agency said.",
        "Health ministries in twelve countries have agreed to run catch-up campaigns before the "
        "summer.",
    ),
    topics=("Health",),
)

EN_WORLD_BANK = SitePage(
    id="en-world-bank-release-number-contacts",
    text=page(
        """
        Skip to Main Navigation
        Who We Are
        What We Do
        Where We Work
        Understanding Poverty
        Work With Us
        PRESS RELEASE
        New Financing to Bring Solar Power to Rural Clinics in Malawi
        Press Release No: 2024/123/AFE
        WASHINGTON, March 12, 2024 — The World Bank's Board of Executive Directors today approved $150 million to connect four hundred rural health clinics in Malawi to solar power.
        Clinics without a reliable supply of electricity cannot keep vaccines cold or run equipment at night.
        The project will also train local technicians to maintain the panels and batteries.
        Contacts
        In Washington
        Mary Okonjo
        +1 (202) 555-0172
        mokonjo@worldbank.org
        In Lilongwe
        Peter Banda
        +265 1 555 010
        Related
        Malawi Country Overview
        Energy Sector
        """
    ),
    title="New Financing to Bring Solar Power to Rural Clinics in Malawi",
    kind="PRESS RELEASE",
    date=dt.date(2024, 3, 12),
    place="WASHINGTON",
    source=None,
    dateline="WASHINGTON, March 12, 2024 — ",
    paragraphs=(
        "The World Bank's Board of Executive Directors today approved $150 million to connect "
        "four hundred rural health clinics in Malawi to solar power.",
        "Clinics without a reliable supply of electricity cannot keep vaccines cold or run "
        "equipment at night.",
        "The project will also train local technicians to maintain the panels and batteries.",
    ),
)

EN_IMF = SitePage(
    id="en-imf-number-disclaimer-then-colon-dateline",
    text=page(
        """
        PRESS RELEASE NO. 24/85
        IMF Staff Reaches Staff-Level Agreement with Zambia on the Fourth Review
        March 12, 2024
        End-of-mission press releases include statements of IMF staff teams that convey preliminary findings after a visit to a country. The views expressed are those of the staff and do not necessarily represent the views of the IMF's Executive Board.
        Washington, DC: A team from the International Monetary Fund led by Ms. Clara Voss visited Lusaka from February 27 to March 11 to hold discussions on the fourth review of the programme.
        Growth is expected to slow this year because a drought has cut the maize harvest and hydropower output.
        The team thanks the authorities for their close cooperation and candid discussions.
        IMF Communications Department
        MEDIA RELATIONS
        PRESS OFFICER: Daniel Roe
        Phone: +1 202 623-7100Email: MEDIA@IMF.org
        """
    ),
    title="IMF Staff Reaches Staff-Level Agreement with Zambia on the Fourth Review",
    kind="PRESS RELEASE",
    date=dt.date(2024, 3, 12),
    place="Washington, DC",
    source=None,
    dateline="Washington, DC: ",
    paragraphs=(
        "A team from the International Monetary Fund led by Ms. Clara Voss visited Lusaka from "
        "February 27 to March 11 to hold discussions on the fourth review of the programme.",
        "Growth is expected to slow this year because a drought has cut the maize harvest and "
        "hydropower output.",
        "The team thanks the authorities for their close cooperation and candid discussions.",
    ),
)

EN_EU_COMMISSION = SitePage(
    id="en-eu-commission-ip-number-press-contacts",
    text=page(
        """
        European Commission - Press release
        Commission proposes new rules to make train tickets easier to buy across borders
        Brussels, 12 March 2024
        The Commission has today proposed rules that will let passengers buy one ticket for a journey that crosses several national rail networks.
        Passengers who miss a connection on such a journey will be entitled to a seat on the next train at no extra cost.
        The proposal now goes to the European Parliament and the Council.
        IP/24/1234
        Press contacts:
        Anna Weber (+32 2 295 00 00)
        Luc Martin (+32 2 296 00 00)
        General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email
        Print friendly pdf
        """
    ),
    title="Commission proposes new rules to make train tickets easier to buy across borders",
    kind="Press release",
    date=dt.date(2024, 3, 12),
    place="Brussels",
    source="European Commission",
    dateline="Brussels, 12 March 2024",
    paragraphs=(
        "The Commission has today proposed rules that will let passengers buy one ticket for a "
        "journey that crosses several national rail networks.",
        "Passengers who miss a connection on such a journey will be entitled to a seat on the "
        "next train at no extra cost.",
        "The proposal now goes to the European Parliament and the Council.",
    ),
)

EN_WHO = SitePage(
    id="en-who-date-kind-reading-time",
    text=page(
        """
        World Health Organization
        Home
        Health Topics
        Countries
        Newsroom
        Emergencies
        12 March 2024
        News release
        Reading time: 1 min (312 words)
        Countries agree on a common format for digital vaccination records
        Health ministers from thirty countries have agreed on a common format for digital vaccination records, so that a record issued in one country can be read in another.
        The format will be tested in five countries this year.
        Media Contacts
        WHO Media Team
        mediainquiries@who.int
        """
    ),
    title="Countries agree on a common format for digital vaccination records",
    kind="News release",
    date=dt.date(2024, 3, 12),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Health ministers from thirty countries have agreed on a common format for digital "
        "vaccination records, so that a record issued in one country can be read in another.",
        "The format will be tested in five countries this year.",
    ),
)

# --- National governments ------------------------------------------------------

EN_US_AGENCY = SitePage(
    id="en-us-agency-immediate-release-contact-hashes",
    text=page(
        """
        Skip to main content
        An official website of the United States government
        Here's how you know
        U.S. Department of Agriculture
        Topics
        Programs
        Newsroom
        Press Release
        FOR IMMEDIATE RELEASE
        Release No. 0123.24
        Contact: USDA Press
        Email: press@usda.gov
        USDA Expands Loans for Rural Broadband in Twelve States
        WASHINGTON, March 12, 2024 — The U.S. Department of Agriculture is lending $210 million to bring high-speed internet to farms and small towns in twelve states.
        The loans will connect more than forty thousand homes and businesses that have no broadband today.
        Applicants must begin construction within a year of receiving the loan.
        ###
        USDA is an equal opportunity provider, employer, and lender.
        """
    ),
    title="USDA Expands Loans for Rural Broadband in Twelve States",
    kind="Press Release",
    date=dt.date(2024, 3, 12),
    place="WASHINGTON",
    source="U.S. Department of Agriculture",
    dateline="WASHINGTON, March 12, 2024 — ",
    paragraphs=(
        "The U.S. Department of Agriculture is lending $210 million to bring high-speed "
        "internet to farms and small towns in twelve states.",
        "The loans will connect more than forty thousand homes and businesses that have no "
        "broadband today.",
        "Applicants must begin construction within a year of receiving the loan.",
    ),
)

EN_GOV_UK = SitePage(
    id="en-gov-uk-from-published-summary",
    text=page(
        """
        Skip to main content
        Cookies on GOV.UK
        GOV.UK
        Menu
        Home
        Transport
        Driving and road transport
        Press release
        Extra examiners to cut waiting times for driving tests
        Three hundred more driving examiners will be recruited this year to bring down waiting times for practical tests.
        From:
        Department for Transport and Driver and Vehicle Standards Agency
        Published 12 March 2024
        Learner drivers in England, Scotland and Wales now wait an average of fourteen weeks for a practical driving test.
        The new examiners will be placed first in the test centres with the longest waiting lists.
        Test centres will also open on Saturdays from May.
        Share this page
        The following links open in a new tab
        Share on Facebook (opens in new tab)
        Share on Twitter (opens in new tab)
        Is this page useful?
        Maybe
        Yes this page is useful
        No this page is not useful
        Report a problem with this page
        """
    ),
    title="Extra examiners to cut waiting times for driving tests",
    kind="Press release",
    date=dt.date(2024, 3, 12),
    place=None,
    source="Department for Transport and Driver and Vehicle Standards Agency",
    dateline=None,
    paragraphs=(
        "Learner drivers in England, Scotland and Wales now wait an average of fourteen weeks "
        "for a practical driving test.",
        "The new examiners will be placed first in the test centres with the longest waiting "
        "lists.",
        "Test centres will also open on Saturdays from May.",
    ),
)

EN_PIB = SitePage(
    id="en-india-pib-posted-on-release-id",
    text=page(
        """
        Press Information Bureau
        Government of India
        Ministry of Road Transport & Highways
        Government approves four-lane highway between two eastern ports
        Posted On: 12 MAR 2024 4:15PM by PIB Delhi
        The Union Cabinet today approved the construction of a four-lane highway of 220 kilometres linking two ports on the eastern coast.
        The highway is expected to halve the travel time for freight between the ports and the industrial towns inland.
        Work will be completed in three years.
        ***
        AB/CD
        (Release ID: 2013456) Visitor Counter : 1234
        Read this release in: Hindi , Urdu , Tamil
        """
    ),
    title="Government approves four-lane highway between two eastern ports",
    kind=None,
    date=dt.date(2024, 3, 12),
    place=None,
    source="Ministry of Road Transport & Highways",
    dateline=None,
    paragraphs=(
        "The Union Cabinet today approved the construction of a four-lane highway of 220 "
        "kilometres linking two ports on the eastern coast.",
        "The highway is expected to halve the travel time for freight between the ports and the "
        "industrial towns inland.",
        "Work will be completed in three years.",
    ),
)

EN_AUSTRALIA_MINISTER = SitePage(
    id="en-australia-minister-site-joint-release-with",
    text=page(
        """
        The Hon Clare Dunmore MP
        Minister for Infrastructure, Transport, Regional Development and Local Government
        Home
        Media releases
        Speeches
        Transcripts
        Media release
        Safer overtaking lanes for the Bruce Highway near Gympie
        12 March 2024
        Joint media release with:
        Mark Tully MP
        Member for Wide Bay
        Four new overtaking lanes will be built on the Bruce Highway north of Gympie.
        The lanes are part of a ten-year program to cut crashes on the highway.
        Construction is expected to start late this year.
        Media contact:
        Minister Dunmore's office - 02 6277 7680
        """
    ),
    title="Safer overtaking lanes for the Bruce Highway near Gympie",
    kind="Media release",
    date=dt.date(2024, 3, 12),
    place=None,
    source="Minister for Infrastructure, Transport, Regional Development and Local Government",
    dateline=None,
    paragraphs=(
        "Four new overtaking lanes will be built on the Bruce Highway north of Gympie.",
        "The lanes are part of a ten-year program to cut crashes on the highway.",
        "Construction is expected to start late this year.",
    ),
)

EN_CANADA = SitePage(
    id="en-canada-from-date-first-dateline-quick-facts",
    text=page(
        """
        Government of Canada
        Canada.ca
        Environment and natural resources
        Protecting wetlands in the Prairies
        From: Environment and Climate Change Canada
        News release
        March 12, 2024 – Regina, Saskatchewan
        The Government of Canada will help landowners in Saskatchewan protect 12,000 hectares of wetlands over the next five years.
        Wetlands store carbon, filter water and shelter migrating birds.
        Landowners who take part will be paid to keep the wetlands on their land.
        Contacts
        Media Relations
        Environment and Climate Change Canada
        819-555-0100
        Stay connected
        Date modified:
        2024-03-12
        """
    ),
    title="Protecting wetlands in the Prairies",
    kind="News release",
    date=dt.date(2024, 3, 12),
    place="Regina, Saskatchewan",
    source="Environment and Climate Change Canada",
    dateline="March 12, 2024 – Regina, Saskatchewan",
    paragraphs=(
        "The Government of Canada will help landowners in Saskatchewan protect 12,000 hectares "
        "of wetlands over the next five years.",
        "Wetlands store carbon, filter water and shelter migrating birds.",
        "Landowners who take part will be paid to keep the wetlands on their land.",
    ),
)

EN_JOINT_STATEMENT = SitePage(
    id="en-joint-statement-two-ministers",
    text=page(
        """
        Joint statement
        Joint statement by the Minister for Foreign Affairs of Norway and the Minister for Foreign Affairs of Iceland
        12 March 2024
        We met today in Reykjavik to discuss fisheries, Arctic research and the safety of shipping in the North Atlantic.
        We agreed to share data from our research vessels and to hold joint search and rescue exercises each year.
        Our ministries will report on the progress of this work when we meet again in Tromsø next spring.
        """
    ),
    title=(
        "Joint statement by the Minister for Foreign Affairs of Norway and the Minister for "
        "Foreign Affairs of Iceland"
    ),
    kind="Joint statement",
    date=dt.date(2024, 3, 12),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "We met today in Reykjavik to discuss fisheries, Arctic research and the safety of "
        "shipping in the North Atlantic.",
        "We agreed to share data from our research vessels and to hold joint search and rescue "
        "exercises each year.",
        "Our ministries will report on the progress of this work when we meet again in Tromsø "
        "next spring.",
    ),
)

EN_MEDIA_ADVISORY = SitePage(
    id="en-media-advisory-who-what-when-where",
    text=page(
        """
        MEDIA ADVISORY
        Governor to sign river restoration bill at Discovery Park
        March 11, 2024
        SACRAMENTO – Governor Ellen Marsh will sign a bill on Tuesday that funds the restoration of salmon habitat along the American River.
        WHAT: Bill signing and remarks
        WHEN: Tuesday, March 12, 2024, 10:00 a.m.
        WHERE: Discovery Park, 1600 Garden Highway, Sacramento
        Members of the media who wish to attend must register by 5 p.m. on Monday.
        ###
        """
    ),
    title="Governor to sign river restoration bill at Discovery Park",
    kind="MEDIA ADVISORY",
    date=dt.date(2024, 3, 11),
    place="SACRAMENTO",
    source=None,
    dateline="SACRAMENTO – ",
    paragraphs=(
        "Governor Ellen Marsh will sign a bill on Tuesday that funds the restoration of salmon "
        "habitat along the American River.",
        "WHAT: Bill signing and remarks",
        "WHEN: Tuesday, March 12, 2024, 10:00 a.m.",
        "WHERE: Discovery Park, 1600 Garden Highway, Sacramento",
        "Members of the media who wish to attend must register by 5 p.m. on Monday.",
    ),
)

EN_NGO_STATEMENT = SitePage(
    id="en-ngo-statement-quotes-notes-to-editors",
    text=page(
        """
        Donate
        What we do
        Get involved
        Latest
        Press release
        Published: 12th March 2024
        Aid agencies warn that food stocks in Gaza will run out within weeks
        Responding to new figures on food deliveries, the humanitarian director of the agency, Jane Akers, said:
        “Trucks carrying flour and medicine are waiting at the border while families go without food.”
        “Every day of delay costs lives, and the crossings must open now.”
        Notes to editors
        The figures were collected by the agency's teams from deliveries recorded between 1 January and 29 February.
        Contact information
        Tom Hale, press officer, +44 7700 900123, tom.hale@example.org
        """
    ),
    title="Aid agencies warn that food stocks in Gaza will run out within weeks",
    kind="Press release",
    date=dt.date(2024, 3, 12),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Responding to new figures on food deliveries, the humanitarian director of the agency, "
        "Jane Akers, said:",
        "“Trucks carrying flour and medicine are waiting at the border while families go "
        "without food.”",
        "“Every day of delay costs lives, and the crossings must open now.”",
    ),
)

EN_IRELAND = SitePage(
    id="en-gov-ie-from-published-on-last-updated",
    text=page(
        """
        gov.ie
        Search
        Press release
        Minister announces funding for forty new school buses
        From Department of Education
        Published on 12 March 2024
        Last updated on 13 March 2024
        Forty new school buses will join the rural school transport fleet before September.
        The buses will carry pupils on routes where demand has grown in the past two years.
        Share this
        Facebook
        LinkedIn
        Part of
        School Transport
        """
    ),
    title="Minister announces funding for forty new school buses",
    kind="Press release",
    date=dt.date(2024, 3, 12),
    place=None,
    source="Department of Education",
    dateline=None,
    paragraphs=(
        "Forty new school buses will join the rural school transport fleet before September.",
        "The buses will carry pupils on routes where demand has grown in the past two years.",
    ),
)

# --- Company releases through newswires ------------------------------------------

EN_PR_NEWSWIRE = SitePage(
    id="en-pr-newswire-news-provided-by-about-source",
    text=page(
        """
        Harbor Analytics Launches a Forecasting Service for Small Retailers
        News provided by
        Harbor Analytics, Inc.
        Mar 12, 2024, 08:00 ET
        Share this article
        NEW YORK, March 12, 2024 /PRNewswire/ -- Harbor Analytics, Inc., a maker of software for shops and restaurants, today launched a service that forecasts the demand for each item a store sells.
        The service reads a store's past sales and the local weather to suggest how much stock to order each week.
        "Small shops throw away too much food and run out of their best sellers," said Dana Whitlow, chief executive of Harbor Analytics.
        About Harbor Analytics, Inc.
        Harbor Analytics makes planning software for independent retailers and is based in New York.
        Forward-Looking Statements
        This release contains forward-looking statements about the company's plans, which are subject to risks and uncertainties.
        Media Contact:
        Rita Gomez
        press@harboranalytics.example
        SOURCE Harbor Analytics, Inc.
        """
    ),
    title="Harbor Analytics Launches a Forecasting Service for Small Retailers",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="NEW YORK",
    source="Harbor Analytics, Inc.",
    dateline="NEW YORK, March 12, 2024 /PRNewswire/ -- ",
    paragraphs=(
        "Harbor Analytics, Inc., a maker of software for shops and restaurants, today launched a "
        "service that forecasts the demand for each item a store sells.",
        "The service reads a store's past sales and the local weather to suggest how much stock "
        "to order each week.",
        '"Small shops throw away too much food and run out of their best sellers," said Dana '
        "Whitlow, chief executive of Harbor Analytics.",
    ),
)

EN_BUSINESS_WIRE = SitePage(
    id="en-business-wire-no-date-in-dateline-contacts",
    text=page(
        """
        Coral Systems Reports Fourth Quarter and Full Year Results
        Full-year revenue grew 24 percent to $412 million
        March 12, 2024 04:05 PM Eastern Daylight Time
        SAN FRANCISCO--(BUSINESS WIRE)--Coral Systems, Inc. (NASDAQ: CRLS) today reported revenue of $118 million for the fourth quarter, up 27 percent from a year earlier.
        Subscription revenue made up four fifths of the total.
        The company expects revenue of $120 million to $123 million in the first quarter.
        About Coral Systems
        Coral Systems builds network security software for hospitals and universities.
        Contacts
        Investors: Paul Meyer, ir@coralsystems.example
        Media: Nora Fitch, press@coralsystems.example
        """
    ),
    title="Coral Systems Reports Fourth Quarter and Full Year Results",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="SAN FRANCISCO",
    source=None,
    dateline="SAN FRANCISCO--(BUSINESS WIRE)--",
    paragraphs=(
        "Coral Systems, Inc. (NASDAQ: CRLS) today reported revenue of $118 million for the "
        "fourth quarter, up 27 percent from a year earlier.",
        "Subscription revenue made up four fifths of the total.",
        "The company expects revenue of $120 million to $123 million in the first quarter.",
    ),
)

EN_GLOBENEWSWIRE = SitePage(
    id="en-globenewswire-source-bar-line",
    text=page(
        """
        Helio Therapeutics Doses First Patient in Trial of Kidney Drug
        March 12, 2024 07:00 ET | Source: Helio Therapeutics, Inc.
        Follow
        BOSTON, March 12, 2024 (GLOBE NEWSWIRE) -- Helio Therapeutics, Inc. (Nasdaq: HLIO) today announced that the first patient has been dosed in its trial of a drug for chronic kidney disease.
        The trial will enrol about two hundred patients at thirty hospitals in the United States and Canada.
        Results are expected in the second half of next year.
        About Helio Therapeutics
        Helio Therapeutics develops medicines for diseases of the kidney.
        Investor Contact
        Jo Park
        ir@heliotx.example
        """
    ),
    title="Helio Therapeutics Doses First Patient in Trial of Kidney Drug",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="BOSTON",
    source="Helio Therapeutics, Inc.",
    dateline="BOSTON, March 12, 2024 (GLOBE NEWSWIRE) -- ",
    paragraphs=(
        "Helio Therapeutics, Inc. (Nasdaq: HLIO) today announced that the first patient has "
        "been dosed in its trial of a drug for chronic kidney disease.",
        "The trial will enrol about two hundred patients at thirty hospitals in the United "
        "States and Canada.",
        "Results are expected in the second half of next year.",
    ),
)

# --- German ---------------------------------------------------------------------

DE_BUNDESMINISTERIUM = SitePage(
    id="de-bundesministerium-nummer-ort-datum-teilen",
    text=page(
        """
        Bundesministerium für Wirtschaft und Klimaschutz
        Startseite
        Presse
        Pressemitteilungen
        Pressemitteilung Nr. 123/2024
        Berlin, 12. März 2024
        Mehr Ladesäulen an Rastplätzen entlang der Autobahnen
        An zweihundert Rastplätzen sollen bis Ende nächsten Jahres Schnellladesäulen für Elektroautos entstehen.
        Der Bund trägt die Hälfte der Kosten, den Rest übernehmen die Betreiber der Rastplätze.
        Die ersten Ausschreibungen beginnen im Mai.
        Teilen
        Drucken
        Pressestelle
        Telefon: 030 18615 0000
        """
    ),
    title="Mehr Ladesäulen an Rastplätzen entlang der Autobahnen",
    kind="Pressemitteilung",
    date=dt.date(2024, 3, 12),
    place="Berlin",
    source="Bundesministerium für Wirtschaft und Klimaschutz",
    dateline="Berlin, 12. März 2024",
    paragraphs=(
        "An zweihundert Rastplätzen sollen bis Ende nächsten Jahres Schnellladesäulen für "
        "Elektroautos entstehen.",
        "Der Bund trägt die Hälfte der Kosten, den Rest übernehmen die Betreiber der Rastplätze.",
        "Die ersten Ausschreibungen beginnen im Mai.",
    ),
)

DE_LAND_MINISTERIUM = SitePage(
    id="de-land-ministerium-datum-zeile-pressekontakt",
    text=page(
        """
        Bayerisches Staatsministerium für Umwelt und Verbraucherschutz
        Sie sind hier: Startseite > Presse > Pressemitteilungen
        Pressemitteilung
        12.03.2024
        Neue Schutzgebiete für Moore im Allgäu
        München – Der Freistaat stellt vier Moore im Allgäu unter Schutz und lässt sie wieder vernässen.
        Intakte Moore speichern große Mengen Kohlenstoff und bieten seltenen Pflanzen einen Lebensraum.
        Pressekontakt
        Pressestelle des Ministeriums
        Telefon 089 9214 0000
        presse@example.bayern.de
        """
    ),
    title="Neue Schutzgebiete für Moore im Allgäu",
    kind="Pressemitteilung",
    date=dt.date(2024, 3, 12),
    place="München",
    source="Bayerisches Staatsministerium für Umwelt und Verbraucherschutz",
    dateline="München – ",
    paragraphs=(
        "Der Freistaat stellt vier Moore im Allgäu unter Schutz und lässt sie wieder vernässen.",
        "Intakte Moore speichern große Mengen Kohlenstoff und bieten seltenen Pflanzen einen "
        "Lebensraum.",
    ),
)

# --- French ---------------------------------------------------------------------

FR_MINISTERE = SitePage(
    id="fr-ministere-paris-le-after-headline-partager",
    text=page(
        """
        Liberté Égalité Fraternité
        Ministère de l'Agriculture et de la Souveraineté alimentaire
        Accueil > Presse > Communiqués de presse
        Communiqué de presse
        Un plan pour aider les éleveurs touchés par la sécheresse
        Paris, le 12 mars 2024
        Le ministre annonce une aide de 60 millions d'euros pour les éleveurs dont les prairies ont souffert de la sécheresse de l'été dernier.
        Les demandes pourront être déposées en ligne à partir du 1er avril.
        Contact presse : Cabinet du ministre, 01 49 55 00 00
        Partager la page
        Facebook
        Linkedin
        """
    ),
    title="Un plan pour aider les éleveurs touchés par la sécheresse",
    kind="Communiqué de presse",
    date=dt.date(2024, 3, 12),
    place="Paris",
    source="Ministère de l'Agriculture et de la Souveraineté alimentaire",
    dateline="Paris, le 12 mars 2024",
    paragraphs=(
        "Le ministre annonce une aide de 60 millions d'euros pour les éleveurs dont les "
        "prairies ont souffert de la sécheresse de l'été dernier.",
        "Les demandes pourront être déposées en ligne à partir du 1er avril.",
    ),
)

FR_CONSEIL_FEDERAL = SitePage(
    id="fr-swiss-numeric-date-dateline-auteur",
    text=page(
        """
        Le Conseil fédéral
        Communiqués
        Le Conseil fédéral facilite la pose de panneaux solaires sur les toits agricoles
        Berne, 12.03.2024 - Le Conseil fédéral a adopté mercredi un projet de loi qui facilite la pose de panneaux solaires sur les toits des bâtiments agricoles.
        Les cantons auront deux ans pour adapter leurs règles de construction.
        Adresse pour l'envoi de questions
        Service de communication, tél. +41 58 462 00 00
        Auteur
        Conseil fédéral
        """
    ),
    title="Le Conseil fédéral facilite la pose de panneaux solaires sur les toits agricoles",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="Berne",
    source="Conseil fédéral",
    dateline="Berne, 12.03.2024 - ",
    paragraphs=(
        "Le Conseil fédéral a adopté mercredi un projet de loi qui facilite la pose de panneaux "
        "solaires sur les toits des bâtiments agricoles.",
        "Les cantons auront deux ans pour adapter leurs règles de construction.",
    ),
)

# --- Spanish --------------------------------------------------------------------

ES_MINISTERIO = SitePage(
    id="es-ministerio-nota-de-prensa-fecha-aparte",
    text=page(
        """
        Ministerio de Transportes y Movilidad Sostenible
        Inicio > Prensa > Notas de prensa
        Nota de prensa
        El Gobierno licita la renovación de la vía entre Zaragoza y Teruel
        Madrid, 12 de marzo de 2024
        El Ministerio ha licitado por 95 millones de euros la renovación de setenta kilómetros de vía en la línea entre Zaragoza y Teruel.
        Las obras permitirán que los trenes circulen a 160 kilómetros por hora.
        Compartir
        Imprimir
        Gabinete de Prensa
        prensa@example.gob.es
        """
    ),
    title="El Gobierno licita la renovación de la vía entre Zaragoza y Teruel",
    kind="Nota de prensa",
    date=dt.date(2024, 3, 12),
    place="Madrid",
    source="Ministerio de Transportes y Movilidad Sostenible",
    dateline="Madrid, 12 de marzo de 2024",
    paragraphs=(
        "El Ministerio ha licitado por 95 millones de euros la renovación de setenta kilómetros "
        "de vía en la línea entre Zaragoza y Teruel.",
        "Las obras permitirán que los trenes circulen a 160 kilómetros por hora.",
    ),
)

ES_MEXICO = SitePage(
    id="es-comunicado-numero-ciudad-de-mexico",
    text=page(
        """
        Secretaría de Salud
        Prensa
        Comunicado No. 123
        Amplían horario de vacunación en centros de salud de la capital
        Ciudad de México, 12 de marzo de 2024.- Los centros de salud de la capital abrirán hasta las ocho de la noche para aplicar vacunas contra el sarampión.
        La medida se mantendrá hasta el final de abril.
        ---000---
        """
    ),
    title="Amplían horario de vacunación en centros de salud de la capital",
    kind="Comunicado",
    date=dt.date(2024, 3, 12),
    place="Ciudad de México",
    source="Secretaría de Salud",
    dateline="Ciudad de México, 12 de marzo de 2024.- ",
    paragraphs=(
        "Los centros de salud de la capital abrirán hasta las ocho de la noche para aplicar "
        "vacunas contra el sarampión.",
        "La medida se mantendrá hasta el final de abril.",
    ),
)

# --- Russian --------------------------------------------------------------------

RU_MINISTRY = SitePage(
    id="ru-ministry-date-line-goda-share",
    text=page(
        """
        Министерство природных ресурсов и экологии Российской Федерации
        Главная
        Пресс-центр
        Новости
        Пресс-релиз
        Москва, 12 марта 2024 года
        В Байкальском заповеднике начнут учёт нерпы с помощью беспилотников
        Учёные заповедника впервые проведут весенний учёт байкальской нерпы с помощью беспилотников.
        Снимки с воздуха позволят точнее посчитать животных на льду.
        Поделиться
        ВКонтакте
        Телеграм
        """
    ),
    title="В Байкальском заповеднике начнут учёт нерпы с помощью беспилотников",
    kind="Пресс-релиз",
    date=dt.date(2024, 3, 12),
    place="Москва",
    source="Министерство природных ресурсов и экологии Российской Федерации",
    dateline="Москва, 12 марта 2024 года",
    paragraphs=(
        "Учёные заповедника впервые проведут весенний учёт байкальской нерпы с помощью "
        "беспилотников.",
        "Снимки с воздуха позволят точнее посчитать животных на льду.",
    ),
)

# --- Italian and Portuguese -----------------------------------------------------

IT_MINISTERO = SitePage(
    id="it-ministero-comunicato-stampa-roma",
    text=page(
        """
        Ministero della Cultura
        Home > Comunicati stampa
        Comunicato stampa
        Riaprono al pubblico le sale restaurate del museo archeologico di Taranto
        Roma, 12 marzo 2024 – Da sabato i visitatori potranno tornare nelle sei sale del museo chiuse per lavori da due anni.
        Il restauro ha riguardato anche l'impianto di illuminazione.
        Condividi
        Ufficio Stampa
        """
    ),
    title="Riaprono al pubblico le sale restaurate del museo archeologico di Taranto",
    kind="Comunicato stampa",
    date=dt.date(2024, 3, 12),
    place="Roma",
    source="Ministero della Cultura",
    dateline="Roma, 12 marzo 2024 – ",
    paragraphs=(
        "Da sabato i visitatori potranno tornare nelle sei sale del museo chiuse per lavori da "
        "due anni.",
        "Il restauro ha riguardato anche l'impianto di illuminazione.",
    ),
)

PT_GOVERNO = SitePage(
    id="pt-gov-br-publicado-em-dateline-sigla",
    text=page(
        """
        gov.br
        Ministério da Saúde
        Assuntos > Notícias
        Ministério da Saúde amplia vacinação contra a dengue para mais municípios
        Publicado em 12/03/2024 15h30 Atualizado em 12/03/2024 18h02
        Compartilhe:
        Brasília (DF) – O Ministério da Saúde vai ampliar a vacinação contra a dengue para mais 625 municípios a partir da próxima semana.
        As doses serão enviadas aos estados em três remessas.
        """
    ),
    title="Ministério da Saúde amplia vacinação contra a dengue para mais municípios",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="Brasília (DF)",
    source="Ministério da Saúde",
    dateline="Brasília (DF) – ",
    paragraphs=(
        "O Ministério da Saúde vai ampliar a vacinação contra a dengue para mais 625 municípios "
        "a partir da próxima semana.",
        "As doses serão enviadas aos estados em três remessas.",
    ),
)

PAGES: tuple[SitePage, ...] = tuple(
    value for name, value in dict(globals()).items() if isinstance(value, SitePage)
)
