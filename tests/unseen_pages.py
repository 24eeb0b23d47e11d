# Crawled text prints a paragraph on one line: the pages keep those lines whole.
# ruff: noqa: E501
"""
Press-release pages in shapes the other fixtures do not show, the way a
crawler renders them: EU institutions' date bars and language bars, UN
agencies' joint-place datelines and contact blocks, state governors and
police forces, newswires that put the wire between place and date, German
police reports through a press portal, the same site crawled twice with its
menu changed, menus with nested items, mega-menus with section headings,
breadcrumb trails with arrow separators, and footers holding addresses,
social links and copyright.

Every page is written for these tests: the offices, agencies, places, wire
names and site sections are real; every sentence, every company and every
person's name is invented.
"""

from __future__ import annotations

import datetime as dt

from site_pages import SitePage, page

# --- International organisations --------------------------------------------

EN_EU_PRESS_CORNER_BAR = SitePage(
    id="en-eu-press-corner-kind-date-place-bar-language-bar",
    text=page(
        """
        European Commission
        EN
        FR
        DE
        Press corner
        Daily News
        Press release | 12 March 2024 | Brussels
        Commission approves Portuguese scheme to equip two ports for floating wind turbines
        The European Commission has approved a €300 million Portuguese scheme that will upgrade two Atlantic ports so that floating wind turbines can be assembled there.
        The aid takes the form of direct grants and will run until the end of 2027.
        The Commission found that the scheme is necessary and proportionate to build up offshore wind capacity.
        Read more
        Print friendly pdf
        Press contacts
        Arianna Rossi
        Phone
        +32 2 298 00 00
        """
    ),
    title="Commission approves Portuguese scheme to equip two ports for floating wind turbines",
    kind="Press release",
    date=dt.date(2024, 3, 12),
    place="Brussels",
    source="European Commission",
    dateline=None,
    paragraphs=(
        "The European Commission has approved a €300 million Portuguese scheme that will "
        "upgrade two Atlantic ports so that floating wind turbines can be assembled there.",
        "The aid takes the form of direct grants and will run until the end of 2027.",
        "The Commission found that the scheme is necessary and proportionate to build up "
        "offshore wind capacity.",
    ),
)

EN_COUNCIL_EU = SitePage(
    id="en-council-eu-date-then-time-line-related-topics",
    text=page(
        """
        Council of the EU
        Home
        Press
        Press releases
        Press release
        12 March 2024
        14:30
        Fishing in the Baltic: Council sets catch limits for cod and herring
        The Council today agreed the fishing opportunities for ten fish stocks in the Baltic Sea for next year.
        The catch limit for western herring will be cut by a fifth, while the limit for sprat will stay the same.
        Ministers also agreed to keep the ban on targeted fishing of eastern cod.
        Related topics: Fisheries, Baltic Sea
        Contacts
        Jan Kowal
        Press officer
        +32 2 281 00 00
        """
    ),
    title="Fishing in the Baltic: Council sets catch limits for cod and herring",
    kind="Press release",
    date=dt.date(2024, 3, 12),
    place=None,
    source="Council of the EU",
    dateline=None,
    paragraphs=(
        "The Council today agreed the fishing opportunities for ten fish stocks in the Baltic "
        "Sea for next year.",
        "The catch limit for western herring will be cut by a fifth, while the limit for sprat "
        "will stay the same.",
        "Ministers also agreed to keep the ban on targeted fishing of eastern cod.",
    ),
    topics=("Fisheries", "Baltic Sea"),
)

EN_UNHCR = SitePage(
    id="en-unhcr-two-places-slash-dateline-for-more-information",
    text=page(
        """
        UNHCR
        The UN Refugee Agency
        News
        Press releases
        Refugee arrivals in eastern Chad pass half a million
        Geneva/N'Djamena, 4 May 2023 – The number of refugees who have crossed into eastern Chad since April has passed half a million, the agency said today.
        Most of the new arrivals are women and children, and many have walked for days without food or water.
        The agency is moving families away from the border to new sites where water and shelter are available.
        For more information on this topic, please contact:
        In N'Djamena, Marie Dubois, dubois@unhcr.org, +235 66 00 00 00
        In Geneva, Omar Haddad, haddad@unhcr.org, +41 79 000 00 00
        Share
        """
    ),
    title="Refugee arrivals in eastern Chad pass half a million",
    kind="Press releases",
    date=dt.date(2023, 5, 4),
    place="Geneva/N'Djamena",
    source=None,
    dateline="Geneva/N'Djamena, 4 May 2023 – ",
    paragraphs=(
        "The number of refugees who have crossed into eastern Chad since April has passed half "
        "a million, the agency said today.",
        "Most of the new arrivals are women and children, and many have walked for days "
        "without food or water.",
        "The agency is moving families away from the border to new sites where water and "
        "shelter are available.",
    ),
)

EN_WFP = SitePage(
    id="en-wfp-date-over-headline-place-only-dateline-about",
    text=page(
        """
        World Food Programme
        Saving lives, changing lives
        Who we are
        What we do
        Stories
        News releases
        12 March 2024
        Failed rains push southern Madagascar towards hunger
        ROME – The World Food Programme warned today that a second failed rainy season has left a million people in southern Madagascar short of food.
        Farmers in the south have harvested less than a third of a normal crop.
        The agency needs $40 million to keep its food distributions going until the next harvest.
        About WFP
        The World Food Programme helps communities in need of food assistance around the world.
        For more information please contact:
        Luca Bianchi, WFP/Rome, Mob. +39 345 000 0000
        """
    ),
    title="Failed rains push southern Madagascar towards hunger",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="ROME",
    source=None,
    dateline="ROME – ",
    paragraphs=(
        "The World Food Programme warned today that a second failed rainy season has left a "
        "million people in southern Madagascar short of food.",
        "Farmers in the south have harvested less than a third of a normal crop.",
        "The agency needs $40 million to keep its food distributions going until the next "
        "harvest.",
    ),
)

# --- Governments, states and police ---------------------------------------------

EN_US_GOVERNOR = SitePage(
    id="en-us-governor-release-date-after-label-colon-footer-address",
    text=page(
        """
        Office of the Texas Governor
        Newsroom
        Press Releases
        Executive Orders
        Proclamations
        FOR IMMEDIATE RELEASE: March 12, 2024
        CONTACT: Press Office, (512) 555-0142
        Governor Announces $40 Million For Rural Hospitals
        AUSTIN – The Governor today announced $40 million in grants to help rural hospitals keep their emergency rooms open around the clock.
        Forty-two hospitals in counties with fewer than fifty thousand people will receive grants this year.
        "No family should have to drive two hours to reach an emergency room," the Governor said.
        ###
        Office of the Governor | P.O. Box 12428 | Austin, Texas 78711
        © 2024 State of Texas
        """
    ),
    title="Governor Announces $40 Million For Rural Hospitals",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="AUSTIN",
    source="Office of the Texas Governor",
    dateline="AUSTIN – ",
    paragraphs=(
        "The Governor today announced $40 million in grants to help rural hospitals keep their "
        "emergency rooms open around the clock.",
        "Forty-two hospitals in counties with fewer than fifty thousand people will receive "
        "grants this year.",
        '"No family should have to drive two hours to reach an emergency room," the Governor '
        "said.",
    ),
)

EN_GOV_UK_NEWS_STORY = SitePage(
    id="en-gov-uk-news-story-two-line-published-last-updated",
    text=page(
        """
        GOV.UK
        Menu
        Home
        Education, training and skills
        News story
        More schools to offer free breakfast clubs from April
        Seven hundred more primary schools will open free breakfast clubs for their pupils.
        From:
        Department for Education
        Published
        4 March 2024
        Last updated
        6 March 2024 — See all updates
        Get emails about this page
        Schools in the second group of the scheme will receive funding to open their clubs from the start of the summer term.
        Each club will offer at least thirty minutes of activities before lessons begin.
        Headteachers can apply through the department's website until the end of March.
        Share this page
        Is this page useful?
        """
    ),
    title="More schools to offer free breakfast clubs from April",
    kind="News story",
    date=dt.date(2024, 3, 4),
    place=None,
    source="Department for Education",
    dateline=None,
    paragraphs=(
        "Schools in the second group of the scheme will receive funding to open their clubs "
        "from the start of the summer term.",
        "Each club will offer at least thirty minutes of activities before lessons begin.",
        "Headteachers can apply through the department's website until the end of March.",
    ),
)

EN_CANADA_PIPE_BAR = SitePage(
    id="en-canada-bilingual-menu-date-place-source-bar",
    text=page(
        """
        Skip to main content
        Français
        Government of Canada
        Search Canada.ca
        Menu
        Jobs
        Immigration and citizenship
        Health
        News release
        Funding for mental health services for young people in northern Ontario
        From: Health Canada
        March 12, 2024 | Ottawa, Ontario | Health Canada
        The Government of Canada is giving $6 million to community clinics in northern Ontario that offer counselling to young people.
        The clinics will hire more counsellors and offer appointments by video to families in remote communities.
        The funding will flow over three years.
        Contacts
        Media Relations
        Health Canada
        613-555-0120
        Date modified:
        2024-03-12
        """
    ),
    title="Funding for mental health services for young people in northern Ontario",
    kind="News release",
    date=dt.date(2024, 3, 12),
    place="Ottawa, Ontario",
    source="Health Canada",
    dateline=None,
    paragraphs=(
        "The Government of Canada is giving $6 million to community clinics in northern "
        "Ontario that offer counselling to young people.",
        "The clinics will hire more counsellors and offer appointments by video to families "
        "in remote communities.",
        "The funding will flow over three years.",
    ),
)

EN_NSW_NESTED_MENU = SitePage(
    id="en-state-government-nested-menu-released-by",
    text=page(
        """
        NSW Government
        - Home
        - Media releases
          - Premier
          - Treasurer
          - Ministers
        - About NSW
        - Contact us
        Media release
        Released by: Minister for Roads
        Published: 12 March 2024
        New bridge over the Murrumbidgee to open in June
        The new bridge over the Murrumbidgee River at Wagga Wagga will open to traffic in June, three months ahead of schedule.
        The two-lane bridge replaces a single-lane crossing that was built more than eighty years ago.
        The old bridge will be kept as a path for walkers and cyclists.
        """
    ),
    title="New bridge over the Murrumbidgee to open in June",
    kind="Media release",
    date=dt.date(2024, 3, 12),
    place=None,
    source="Minister for Roads",
    dateline=None,
    paragraphs=(
        "The new bridge over the Murrumbidgee River at Wagga Wagga will open to traffic in "
        "June, three months ahead of schedule.",
        "The two-lane bridge replaces a single-lane crossing that was built more than eighty "
        "years ago.",
        "The old bridge will be kept as a path for walkers and cyclists.",
    ),
)

EN_UK_POLICE = SitePage(
    id="en-uk-police-published-at-time-appeal",
    text=page(
        """
        Greater Manchester Police
        Report
        Contact us
        News
        Appeals
        Published: 12 March 2024 at 14:05
        Appeal for witnesses after collision in Bolton
        Officers are appealing for witnesses after a car and a motorbike collided on Chorley New Road in Bolton on Monday evening.
        The rider of the motorbike, a man in his thirties, was taken to hospital with serious injuries.
        Anyone who saw the collision or has dashcam footage is asked to call 101, quoting log 2417 of 11 March.
        Share this page
        Facebook
        X
        """
    ),
    title="Appeal for witnesses after collision in Bolton",
    kind=None,
    date=dt.date(2024, 3, 12),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Officers are appealing for witnesses after a car and a motorbike collided on Chorley "
        "New Road in Bolton on Monday evening.",
        "The rider of the motorbike, a man in his thirties, was taken to hospital with serious "
        "injuries.",
        "Anyone who saw the collision or has dashcam footage is asked to call 101, quoting log "
        "2417 of 11 March.",
    ),
)

# --- The same council site crawled twice, its menu changed in between ---------

EN_COUNCIL_MENU_FIRST_CRAWL = SitePage(
    id="en-city-council-menu-first-crawl",
    text=page(
        """
        Leeds City Council
        * Bins and recycling
        * Council tax
        * Parking
        * News
        * Contact us
        Home > News > Press releases
        Press release
        14 February 2024
        Library opening hours extended in five districts
        Five community libraries will open until eight in the evening on weekdays from next month.
        The longer hours follow a survey in which readers asked for evening opening.
        The libraries will also open on Sunday afternoons during the school holidays.
        Follow us
        Facebook
        Instagram
        © Leeds City Council 2024
        """
    ),
    title="Library opening hours extended in five districts",
    kind="Press release",
    date=dt.date(2024, 2, 14),
    place=None,
    source="Leeds City Council",
    dateline=None,
    paragraphs=(
        "Five community libraries will open until eight in the evening on weekdays from next "
        "month.",
        "The longer hours follow a survey in which readers asked for evening opening.",
        "The libraries will also open on Sunday afternoons during the school holidays.",
    ),
)

EN_COUNCIL_MENU_SECOND_CRAWL = SitePage(
    id="en-city-council-menu-second-crawl-items-renamed-and-added",
    text=page(
        """
        Leeds City Council
        * Waste and recycling
        * Council tax and benefits
        * Roads and parking
        * Libraries
        * Newsroom
        * Jobs
        * Contact us
        Home > Newsroom > Press releases > 2024
        Press release
        12 March 2024
        Council agrees new cycle lanes for the city centre
        Two new protected cycle lanes will be built through the city centre this summer.
        The lanes will link the railway station with the university and the main shopping streets.
        Work will start in June and take about four months.
        Follow us
        Facebook
        Instagram
        © Leeds City Council 2024
        """
    ),
    title="Council agrees new cycle lanes for the city centre",
    kind="Press release",
    date=dt.date(2024, 3, 12),
    place=None,
    source="Leeds City Council",
    dateline=None,
    paragraphs=(
        "Two new protected cycle lanes will be built through the city centre this summer.",
        "The lanes will link the railway station with the university and the main shopping "
        "streets.",
        "Work will start in June and take about four months.",
    ),
)

EN_MEGA_MENU = SitePage(
    id="en-mega-menu-section-headings-arrow-breadcrumb",
    text=page(
        """
        Transport for London
        Plan a journey
        Journey planner
        Status updates
        Maps
        Fares
        Pay as you go
        Travelcards
        Refunds
        Corporate
        About TfL
        Media centre
        Jobs
        Home › Media centre › Press releases
        New step-free access at four Underground stations
        12 March 2024
        Lifts have been installed at four more Underground stations, making them step-free from street to platform.
        Work at the stations took two years and was carried out while they stayed open.
        A third of Underground stations are now step-free.
        Notes to editors
        Step-free access means a passenger can get from the street to the platform without using stairs or escalators.
        """
    ),
    title="New step-free access at four Underground stations",
    kind=None,
    date=dt.date(2024, 3, 12),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Lifts have been installed at four more Underground stations, making them step-free "
        "from street to platform.",
        "Work at the stations took two years and was carried out while they stayed open.",
        "A third of Underground stations are now step-free.",
    ),
)

EN_UNIVERSITY = SitePage(
    id="en-university-media-release-contact-then-tags",
    text=page(
        """
        The University of Melbourne
        Newsroom
        Media releases
        Find an expert
        Media release
        New camera records the faintest galaxies seen from Australia
        12 March 2024
        A camera built by university engineers has recorded galaxies fainter than any seen before from an Australian telescope.
        The camera cools its sensor to minus one hundred degrees, which cuts the noise in long exposures.
        The team will use it to survey the southern sky over the next three years.
        Media contact
        Lucy Tran
        +61 3 9035 0000
        Tags: Astronomy, Engineering
        Share
        """
    ),
    title="New camera records the faintest galaxies seen from Australia",
    kind="Media release",
    date=dt.date(2024, 3, 12),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "A camera built by university engineers has recorded galaxies fainter than any seen "
        "before from an Australian telescope.",
        "The camera cools its sensor to minus one hundred degrees, which cuts the noise in "
        "long exposures.",
        "The team will use it to survey the southern sky over the next three years.",
    ),
    topics=("Astronomy", "Engineering"),
)

EN_HRW = SitePage(
    id="en-ngo-bracketed-place-dateline-subtitle-share-donate",
    text=page(
        """
        Human Rights Watch
        Donate now
        Share this via Facebook
        Share this via X
        More sharing options
        March 12, 2024 12:00AM EDT
        Chile: Protect Seasonal Farm Workers From Heat
        Employers Should Provide Shade, Water and Rest Breaks
        (Santiago) – Seasonal farm workers in central Chile are working long shifts in extreme heat without shade or enough water, Human Rights Watch said today.
        Workers described picking fruit for ten hours at temperatures above thirty-five degrees.
        The government should set a legal limit on outdoor work in extreme heat.
        Region / Country
        Americas
        Chile
        """
    ),
    title="Chile: Protect Seasonal Farm Workers From Heat",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="Santiago",
    source=None,
    dateline="(Santiago) – ",
    paragraphs=(
        "Seasonal farm workers in central Chile are working long shifts in extreme heat "
        "without shade or enough water, Human Rights Watch said today.",
        "Workers described picking fruit for ten hours at temperatures above thirty-five degrees.",
        "The government should set a legal limit on outdoor work in extreme heat.",
    ),
)

EN_CHARITY_FOOTER = SitePage(
    id="en-charity-footer-address-social-links-copyright",
    text=page(
        """
        Ocean Watch
        About us
        Our work
        Get involved
        Donate
        News
        Press release
        12 March 2024
        Volunteers count record number of seals on the Norfolk coast
        Volunteers counted more than four thousand grey seal pups on the Norfolk coast this winter, the most since the count began.
        The charity thanked the three hundred volunteers who walked the beaches in all weathers.
        Visitors are asked to keep at least ten metres from the seals.
        Ocean Watch
        1 Dock Street
        London E1 8AA
        Follow us
        Facebook
        Instagram
        YouTube
        © 2024 Ocean Watch. Registered charity number 1234567.
        Privacy policy
        Cookies
        """
    ),
    title="Volunteers count record number of seals on the Norfolk coast",
    kind="Press release",
    date=dt.date(2024, 3, 12),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Volunteers counted more than four thousand grey seal pups on the Norfolk coast this "
        "winter, the most since the count began.",
        "The charity thanked the three hundred volunteers who walked the beaches in all weathers.",
        "Visitors are asked to keep at least ten metres from the seals.",
    ),
)

# --- Company releases through newswires ------------------------------------------

EN_ACCESSWIRE = SitePage(
    id="en-accesswire-place-wire-date-slashes-dateline",
    text=page(
        """
        Maple Grid Announces Supply Agreement With Prairie Utility
        TORONTO, ON / ACCESSWIRE / March 12, 2024 / Maple Grid Ltd. (TSXV: MGL) announced today that it has signed a five-year agreement to supply battery storage units to a utility in Manitoba.
        The first units will be delivered in the autumn.
        The agreement is worth about $18 million over its term.
        About Maple Grid Ltd.
        Maple Grid designs battery storage systems for utilities and factories.
        Contact:
        Ian Roberts, investors@maplegrid.example
        SOURCE: Maple Grid Ltd.
        View the original press release on accesswire.com
        """
    ),
    title="Maple Grid Announces Supply Agreement With Prairie Utility",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="TORONTO, ON",
    source="Maple Grid Ltd.",
    dateline="TORONTO, ON / ACCESSWIRE / March 12, 2024 / ",
    paragraphs=(
        "Maple Grid Ltd. (TSXV: MGL) announced today that it has signed a five-year agreement "
        "to supply battery storage units to a utility in Manitoba.",
        "The first units will be delivered in the autumn.",
        "The agreement is worth about $18 million over its term.",
    ),
)

EN_NEWSFILE = SitePage(
    id="en-newsfile-date-inside-wire-brackets",
    text=page(
        """
        Northpeak Minerals Reports Drill Results From Its Copper Project
        Vancouver, British Columbia--(Newsfile Corp. - March 12, 2024) - Northpeak Minerals Corp. (TSXV: NPK) reports results from twelve drill holes at its copper project in central British Columbia.
        The best hole cut 84 metres of copper and gold mineralisation starting near the surface.
        A second round of drilling will begin in May.
        On behalf of the Board of Directors
        Alan Moss, President
        To view the source version of this press release, please visit the Newsfile website.
        """
    ),
    title="Northpeak Minerals Reports Drill Results From Its Copper Project",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="Vancouver, British Columbia",
    source=None,
    dateline="Vancouver, British Columbia--(Newsfile Corp. - March 12, 2024) - ",
    paragraphs=(
        "Northpeak Minerals Corp. (TSXV: NPK) reports results from twelve drill holes at its "
        "copper project in central British Columbia.",
        "The best hole cut 84 metres of copper and gold mineralisation starting near the surface.",
        "A second round of drilling will begin in May.",
    ),
)

FR_CNW = SitePage(
    id="fr-cnw-ville-le-date-wire-dateline",
    text=page(
        """
        Aliments Boréal ouvre une usine de transformation à Sherbrooke
        Nouvelles fournies par
        Aliments Boréal inc.
        12 mars, 2024, 09:00 ET
        Partager cet article
        SHERBROOKE, QC, le 12 mars 2024 /CNW/ - Aliments Boréal inc. a inauguré aujourd'hui une usine qui transformera chaque année vingt mille tonnes de légumes cultivés en Estrie.
        L'usine emploiera quatre-vingts personnes dès la première année.
        L'entreprise prévoit d'y ajouter une ligne de surgelés en 2025.
        SOURCE Aliments Boréal inc.
        """
    ),
    title="Aliments Boréal ouvre une usine de transformation à Sherbrooke",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="SHERBROOKE, QC",
    source="Aliments Boréal inc.",
    dateline="SHERBROOKE, QC, le 12 mars 2024 /CNW/ - ",
    paragraphs=(
        "Aliments Boréal inc. a inauguré aujourd'hui une usine qui transformera chaque année "
        "vingt mille tonnes de légumes cultivés en Estrie.",
        "L'usine emploiera quatre-vingts personnes dès la première année.",
        "L'entreprise prévoit d'y ajouter une ligne de surgelés en 2025.",
    ),
)

# --- German -----------------------------------------------------------------------

DE_PRESSEPORTAL_POLIZEI = SitePage(
    id="de-presseportal-polizei-ots-dateline-rueckfragen",
    text=page(
        """
        Presseportal
        Blaulicht
        Polizeipräsidium Mittelfranken
        POL-MFR: Radfahrer bei Unfall in Fürth schwer verletzt
        12.03.2024 – 10:42
        Fürth (ots) - Am Montagnachmittag ist ein Radfahrer in der Fürther Innenstadt von einem abbiegenden Lieferwagen erfasst worden.
        Der 54-jährige Mann wurde mit schweren Verletzungen in ein Krankenhaus gebracht.
        Die Verkehrspolizei sucht Zeugen, die den Unfall beobachtet haben.
        Rückfragen bitte an:
        Polizeipräsidium Mittelfranken
        Pressestelle
        Telefon: 0911 2112-0000
        Original-Content von: Polizeipräsidium Mittelfranken, übermittelt durch news aktuell
        """
    ),
    title="POL-MFR: Radfahrer bei Unfall in Fürth schwer verletzt",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="Fürth",
    source="Polizeipräsidium Mittelfranken",
    dateline="Fürth (ots) - ",
    paragraphs=(
        "Am Montagnachmittag ist ein Radfahrer in der Fürther Innenstadt von einem "
        "abbiegenden Lieferwagen erfasst worden.",
        "Der 54-jährige Mann wurde mit schweren Verletzungen in ein Krankenhaus gebracht.",
        "Die Verkehrspolizei sucht Zeugen, die den Unfall beobachtet haben.",
    ),
)

DE_NESTED_MENU = SitePage(
    id="de-ministerium-nested-menu-nummer-headline-then-dateline",
    text=page(
        """
        Bundesministerium für Gesundheit
        - Themen
          - Krankenversicherung
          - Pflege
          - Prävention
        - Service
          - Publikationen
          - Glossar
        - Presse
          - Pressemitteilungen
          - Reden
        Pressemitteilung Nr. 45/2024
        Mehr Geld für die Ausbildung von Pflegekräften
        Berlin, 12. März 2024
        Der Bund stellt in den nächsten drei Jahren zusätzlich 500 Millionen Euro für die Ausbildung von Pflegekräften bereit.
        Mit dem Geld sollen Pflegeschulen mehr Lehrkräfte einstellen und ihre Räume modernisieren.
        Die Länder können die Mittel ab Juli beantragen.
        """
    ),
    title="Mehr Geld für die Ausbildung von Pflegekräften",
    kind="Pressemitteilung",
    date=dt.date(2024, 3, 12),
    place="Berlin",
    source="Bundesministerium für Gesundheit",
    dateline="Berlin, 12. März 2024",
    paragraphs=(
        "Der Bund stellt in den nächsten drei Jahren zusätzlich 500 Millionen Euro für die "
        "Ausbildung von Pflegekräften bereit.",
        "Mit dem Geld sollen Pflegeschulen mehr Lehrkräfte einstellen und ihre Räume "
        "modernisieren.",
        "Die Länder können die Mittel ab Juli beantragen.",
    ),
)

# --- French -----------------------------------------------------------------------

FR_PREFECTURE = SitePage(
    id="fr-prefecture-publie-le-numeric-then-ville-le-date",
    text=page(
        """
        Préfecture de la Gironde
        Accueil
        Actualités
        Communiqués de presse
        Publié le 03/04/2024
        Communiqué de presse
        Vigilance orange canicule : mesures de prévention en Gironde
        Bordeaux, le 3 avril 2024
        Le préfet de la Gironde a activé le plan canicule à la suite du passage du département en vigilance orange.
        Les mairies sont invitées à ouvrir des salles rafraîchies pour les personnes âgées.
        Les manifestations sportives en plein air sont reportées jusqu'à dimanche.
        Bureau de la communication interministérielle
        Tél : 05 56 90 00 00
        Mentions légales
        Plan du site
        """
    ),
    title="Vigilance orange canicule : mesures de prévention en Gironde",
    kind="Communiqué de presse",
    date=dt.date(2024, 4, 3),
    place="Bordeaux",
    source="Préfecture de la Gironde",
    dateline="Bordeaux, le 3 avril 2024",
    paragraphs=(
        "Le préfet de la Gironde a activé le plan canicule à la suite du passage du "
        "département en vigilance orange.",
        "Les mairies sont invitées à ouvrir des salles rafraîchies pour les personnes âgées.",
        "Les manifestations sportives en plein air sont reportées jusqu'à dimanche.",
    ),
)

# --- Spanish, Russian, Italian and Portuguese -------------------------------------

ES_MONCLOA_WEEKDAY_DATE = SitePage(
    id="es-moncloa-weekday-date-line-tema",
    text=page(
        """
        La Moncloa
        Gobierno
        Consejo de Ministros
        Prensa
        Notas de prensa
        Nota de prensa
        lunes, 5 de mayo de 2024
        El Gobierno aprueba ayudas para renovar los autobuses urbanos
        El Consejo de Ministros ha aprobado hoy 200 millones de euros en ayudas para que los ayuntamientos sustituyan sus autobuses urbanos por vehículos eléctricos.
        Las ayudas cubrirán hasta la mitad del precio de cada autobús.
        Los ayuntamientos podrán presentar sus solicitudes hasta el 30 de septiembre.
        Tema: Transportes
        """
    ),
    title="El Gobierno aprueba ayudas para renovar los autobuses urbanos",
    kind="Nota de prensa",
    date=dt.date(2024, 5, 5),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "El Consejo de Ministros ha aprobado hoy 200 millones de euros en ayudas para que los "
        "ayuntamientos sustituyan sus autobuses urbanos por vehículos eléctricos.",
        "Las ayudas cubrirán hasta la mitad del precio de cada autobús.",
        "Los ayuntamientos podrán presentar sus solicitudes hasta el 30 de septiembre.",
    ),
    topics=("Transportes",),
)

RU_G_ABBREVIATION = SitePage(
    id="ru-press-release-star-menu-date-g-abbreviation",
    text=page(
        """
        Министерство транспорта Российской Федерации
        * Главная
        * О министерстве
        * Пресс-служба
        * Контакты
        Пресс-релиз
        Москва, 20 ноября 2023 г.
        На трассе М-12 открыли новый участок до Казани
        Движение по новому участку трассы длиной 120 километров открыто сегодня утром.
        Дорога сократит время в пути от Москвы до Казани почти на три часа.
        До конца года на участке откроют две площадки для отдыха.
        """
    ),
    title="На трассе М-12 открыли новый участок до Казани",
    kind="Пресс-релиз",
    date=dt.date(2023, 11, 20),
    place="Москва",
    source="Министерство транспорта Российской Федерации",
    dateline="Москва, 20 ноября 2023 г.",
    paragraphs=(
        "Движение по новому участку трассы длиной 120 километров открыто сегодня утром.",
        "Дорога сократит время в пути от Москвы до Казани почти на три часа.",
        "До конца года на участке откроют две площадки для отдыха.",
    ),
)

IT_REGIONE = SitePage(
    id="it-regione-comunicato-numero-del-data",
    text=page(
        """
        Regione Toscana
        Home
        Notizie
        Comunicati stampa
        Comunicato stampa n. 45 del 12/03/2024
        Nuovi treni regionali sulla linea tra Firenze e Pisa
        Da lunedì sulla linea tra Firenze e Pisa viaggeranno sei nuovi treni a due piani.
        I nuovi convogli hanno più posti a sedere e spazi per le biciclette.
        Entro l'estate arriveranno altri quattro treni dello stesso modello.
        Ufficio stampa
        Tel. 055 438 0000
        """
    ),
    title="Nuovi treni regionali sulla linea tra Firenze e Pisa",
    kind="Comunicato stampa",
    date=dt.date(2024, 3, 12),
    place=None,
    source="Regione Toscana",
    dateline=None,
    paragraphs=(
        "Da lunedì sulla linea tra Firenze e Pisa viaggeranno sei nuovi treni a due piani.",
        "I nuovi convogli hanno più posti a sedere e spazi per le biciclette.",
        "Entro l'estate arriveranno altri quattro treni dello stesso modello.",
    ),
)

PT_PORTUGAL = SitePage(
    id="pt-portugal-comunicado-lisboa-date-line-footer",
    text=page(
        """
        República Portuguesa
        XXIV Governo
        Início
        Comunicação
        Comunicados
        Comunicado
        Lisboa, 12 de março de 2024
        Governo reforça transporte escolar nas zonas rurais
        O Governo vai reforçar o transporte escolar em cento e vinte concelhos do interior a partir do próximo ano letivo.
        As autarquias receberão apoio para comprar novos veículos e contratar motoristas.
        O apoio será pago em duas prestações.
        Partilhar
        © 2024 Governo de Portugal
        """
    ),
    title="Governo reforça transporte escolar nas zonas rurais",
    kind="Comunicado",
    date=dt.date(2024, 3, 12),
    place="Lisboa",
    source=None,
    dateline="Lisboa, 12 de março de 2024",
    paragraphs=(
        "O Governo vai reforçar o transporte escolar em cento e vinte concelhos do interior a "
        "partir do próximo ano letivo.",
        "As autarquias receberão apoio para comprar novos veículos e contratar motoristas.",
        "O apoio será pago em duas prestações.",
    ),
)

# --- Second round: parliaments, banks, courts, statistics, investors, ------------
# --- sports, embassies, more governments in English and more languages ----------

EN_PARLIAMENT_COMMITTEE = SitePage(
    id="en-parliament-committee-news-article-published-weekday",
    text=page(
        """
        UK Parliament
        Committees
        Treasury Committee
        - Home
        - Inquiries
        - Publications
        - News
        - Contact us
        News article
        Committee warns banks over closures of rural branches
        Published Tuesday 12 March 2024
        The Treasury Committee has called on the largest banks to consult towns before closing their last branch.
        In a report published today, MPs say that more than two hundred towns have lost their last bank in five years.
        The Committee asks the regulator to report each year on access to cash in rural areas.
        Contact us
        Email: treascom@parliament.example
        """
    ),
    title="Committee warns banks over closures of rural branches",
    kind="News article",
    date=dt.date(2024, 3, 12),
    place=None,
    source="Treasury Committee",
    dateline=None,
    paragraphs=(
        "The Treasury Committee has called on the largest banks to consult towns before "
        "closing their last branch.",
        "In a report published today, MPs say that more than two hundred towns have lost "
        "their last bank in five years.",
        "The Committee asks the regulator to report each year on access to cash in rural areas.",
    ),
)

EN_CENTRAL_BANK_EMBARGO = SitePage(
    id="en-central-bank-number-embargo-date-labels-monetary-policy-decision",
    text=page(
        """
        Reserve Bank of Australia
        Skip to content
        Menu
        Monetary Policy
        Financial Stability
        Media Releases
        Media Release
        Number 2024-05
        Embargo: 14:30 AEST
        Date: 19 March 2024
        Statement by the Board: Monetary Policy Decision
        At its meeting today, the Board decided to leave the cash rate target unchanged at 4.35 per cent.
        Inflation continues to ease but remains above the midpoint of the target range.
        The Board will keep paying close attention to the outlook for household spending.
        Enquiries
        Media and Communications
        Phone: +61 2 9551 0000
        """
    ),
    title="Statement by the Board: Monetary Policy Decision",
    kind="Media Release",
    date=dt.date(2024, 3, 19),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "At its meeting today, the Board decided to leave the cash rate target unchanged at "
        "4.35 per cent.",
        "Inflation continues to ease but remains above the midpoint of the target range.",
        "The Board will keep paying close attention to the outlook for household spending.",
    ),
)

EN_ECB_FOOTER_ADDRESS = SitePage(
    id="en-central-bank-date-over-headline-media-queries-footer-address",
    text=page(
        """
        European Central Bank
        Eurosystem
        Media
        Press releases
        Press release
        7 March 2024
        Monetary policy decisions
        The Governing Council today decided to keep the three key interest rates unchanged.
        Inflation has continued to fall, mostly because food and goods prices rise more slowly.
        The Governing Council will follow a data-dependent approach to setting its policy rates.
        For media queries, please contact Anna Weber, tel.: +49 69 1344 0000.
        European Central Bank
        Directorate General Communications
        Sonnemannstrasse 20
        60314 Frankfurt am Main, Germany
        Reproduction is permitted provided that the source is acknowledged.
        """
    ),
    title="Monetary policy decisions",
    kind="Press release",
    date=dt.date(2024, 3, 7),
    place=None,
    source="Governing Council",
    dateline=None,
    paragraphs=(
        "The Governing Council today decided to keep the three key interest rates unchanged.",
        "Inflation has continued to fall, mostly because food and goods prices rise more slowly.",
        "The Governing Council will follow a data-dependent approach to setting its policy rates.",
    ),
    gap=(
        "a sentence asking reporters to get in touch ('For media queries, please contact ...') and the postal address and reproduction notice under it stay in the body"
    ),
)

EN_COURT_PRESS_RELEASE_NO = SitePage(
    id="en-court-press-release-no-place-date-case-kicker",
    text=page(
        """
        Court of Justice of the European Union
        PRESS RELEASE No 45/24
        Luxembourg, 12 March 2024
        Judgment of the General Court in Case T-123/22 | Verdana Logistics v Commission
        Competition: the General Court upholds the fine imposed on a cartel of freight forwarders
        The General Court dismisses the action brought by a freight company against a fine of €14 million.
        In 2019 the Commission found that several freight forwarders had agreed their fuel surcharges for air cargo.
        The company argued that the Commission had not proved that it took part in the meetings.
        NOTE: An appeal, limited to points of law, may be brought before the Court of Justice against the decision of the General Court.
        Unofficial document for media use, not binding on the General Court.
        Press contact: Lena Maier (+352) 4303 0000
        """
    ),
    title="Competition: the General Court upholds the fine imposed on a cartel of freight forwarders",
    kind="PRESS RELEASE",
    date=dt.date(2024, 3, 12),
    place="Luxembourg",
    source=None,
    dateline="Luxembourg, 12 March 2024",
    paragraphs=(
        "The General Court dismisses the action brought by a freight company against a fine "
        "of €14 million.",
        "In 2019 the Commission found that several freight forwarders had agreed their fuel "
        "surcharges for air cargo.",
        "The company argued that the Commission had not proved that it took part in the meetings.",
    ),
    gap=(
        "a court's case kicker over the headline ('Judgment of the General Court in Case T-123/22 | A v Commission') is read as the title and its parties as the source; the closing 'NOTE:' and 'Unofficial document' lines stay in the body"
    ),
)

EN_STATISTICS_RELEASE_NEXT_RELEASE = SitePage(
    id="en-statistics-office-release-date-next-release-two-line-labels",
    text=page(
        """
        Office for National Statistics
        Home
        Economy
        Inflation and price indices
        Statistical bulletin
        Consumer price inflation, UK: February 2024
        Release date:
        20 March 2024
        Next release:
        17 April 2024
        The Consumer Prices Index rose by 3.4% in the twelve months to February 2024, down from 4.0% in January.
        Food prices rose more slowly than a year ago, which gave the largest downward effect on the annual rate.
        Prices of clothing and footwear rose by more than usual between January and February.
        Contact details for this Statistical bulletin
        Consumer Price Inflation team
        cpi@ons.example
        """
    ),
    title="Consumer price inflation, UK: February 2024",
    kind="Statistical bulletin",
    date=dt.date(2024, 3, 20),
    place=None,
    source="Office for National Statistics",
    dateline=None,
    paragraphs=(
        "The Consumer Prices Index rose by 3.4% in the twelve months to February 2024, down "
        "from 4.0% in January.",
        "Food prices rose more slowly than a year ago, which gave the largest downward effect "
        "on the annual rate.",
        "Prices of clothing and footwear rose by more than usual between January and February.",
    ),
)

EN_AD_HOC = SitePage(
    id="en-investor-relations-ad-hoc-announcement-isin-end-line",
    text=page(
        """
        Nordwerk AG
        Investor Relations
        - Share
        - Reports
        - Ad hoc announcements
        - Financial calendar
        Ad hoc announcement
        Nordwerk AG lowers its earnings forecast for 2024
        Hamburg, 12 March 2024 – The Management Board of Nordwerk AG (ISIN: DE000A0B0000) today lowered its forecast for operating earnings for the 2024 financial year.
        The company now expects operating earnings of between €80 million and €95 million, after €120 million to €140 million before.
        The main reason is weaker demand for wind turbine gearboxes in Europe.
        Contact:
        Investor Relations
        Petra Lang
        ir@nordwerk.example
        End of ad hoc announcement
        """
    ),
    title="Nordwerk AG lowers its earnings forecast for 2024",
    kind="Ad hoc announcement",
    date=dt.date(2024, 3, 12),
    place="Hamburg",
    source=None,
    dateline="Hamburg, 12 March 2024 – ",
    paragraphs=(
        "The Management Board of Nordwerk AG (ISIN: DE000A0B0000) today lowered its forecast "
        "for operating earnings for the 2024 financial year.",
        "The company now expects operating earnings of between €80 million and €95 million, "
        "after €120 million to €140 million before.",
        "The main reason is weaker demand for wind turbine gearboxes in Europe.",
    ),
)

EN_IR_NEWSROOM_TICKER = SitePage(
    id="en-investor-news-numeric-date-ticker-investor-and-media-contacts",
    text=page(
        """
        Harbor Lane Therapeutics
        Investors
        News Releases
        Events & Presentations
        SEC Filings
        Harbor Lane Therapeutics Reports Fourth Quarter and Full Year 2023 Financial Results
        03/12/2024
        BOSTON, March 12, 2024 -- Harbor Lane Therapeutics, Inc. (NASDAQ: HLTX) today reported financial results for the fourth quarter and full year ended December 31, 2023.
        Revenue for the year was $212 million, up 31 percent from 2022.
        The company ended the year with $640 million in cash and investments.
        Investor contact:
        Dana Whitfield
        investors@harborlane.example
        Media contact:
        Sam Ortiz
        media@harborlane.example
        """
    ),
    title="Harbor Lane Therapeutics Reports Fourth Quarter and Full Year 2023 Financial Results",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="BOSTON",
    source=None,
    dateline="BOSTON, March 12, 2024 -- ",
    paragraphs=(
        "Harbor Lane Therapeutics, Inc. (NASDAQ: HLTX) today reported financial results for "
        "the fourth quarter and full year ended December 31, 2023.",
        "Revenue for the year was $212 million, up 31 percent from 2022.",
        "The company ended the year with $640 million in cash and investments.",
    ),
    gap=(
        "a numeric month-first date ('03/12/2024') under the headline is read day first though the lead dateline names the month; an investor menu ('Investors', 'News Releases', ...) over the headline gives its first item as the title"
    ),
)

EN_SPORTS_FEDERATION = SitePage(
    id="en-sports-federation-nested-menu-published-weekday-time-zone",
    text=page(
        """
        European Rowing
        - Events
        - Athletes
        - Rankings
        - Media
          - Press releases
          - Photos
        Press release
        Published: Tuesday 12 March 2024, 14:30 CET
        Lake Bled to host the European Championships in 2026
        The European Rowing Board has chosen Lake Bled in Slovenia to host the European Championships in 2026.
        The regatta will take place over four days at the end of May.
        Organisers expect more than six hundred rowers from forty countries.
        Media enquiries: press@rowing.example
        Sponsors
        Privacy policy
        """
    ),
    title="Lake Bled to host the European Championships in 2026",
    kind="Press release",
    date=dt.date(2024, 3, 12),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "The European Rowing Board has chosen Lake Bled in Slovenia to host the European "
        "Championships in 2026.",
        "The regatta will take place over four days at the end of May.",
        "Organisers expect more than six hundred rowers from forty countries.",
    ),
)

EN_EMBASSY = SitePage(
    id="en-embassy-date-then-caps-place-dash-dateline",
    text=page(
        """
        U.S. Embassy in Kenya
        Home
        News & Events
        Press Releases
        Press Release
        March 12, 2024
        United States Supports School Meals in Northern Kenya
        NAIROBI – The United States will provide $15 million to feed two hundred thousand pupils in northern Kenya over the next two years.
        The meals will be cooked with sorghum and beans bought from local farmers.
        Schools in Turkana and Marsabit will be the first to receive the support.
        By U.S. Embassy Nairobi | 12 March, 2024 | Topics: Education, Food security
        """
    ),
    title="United States Supports School Meals in Northern Kenya",
    kind="Press Release",
    date=dt.date(2024, 3, 12),
    place="NAIROBI",
    source=None,
    dateline="NAIROBI – ",
    paragraphs=(
        "The United States will provide $15 million to feed two hundred thousand pupils in "
        "northern Kenya over the next two years.",
        "The meals will be cooked with sorghum and beans bought from local farmers.",
        "Schools in Turkana and Marsabit will be the first to receive the support.",
    ),
    topics=("Education", "Food security"),
)

EN_KENYA_MINISTRY = SitePage(
    id="en-kenya-ministry-caps-statement-place-weekday-ordinal-date-signed",
    text=page(
        """
        Ministry of Health
        Republic of Kenya
        Home
        About Us
        Media Centre
        PRESS STATEMENT
        NATIONAL MEASLES VACCINATION CAMPAIGN TO START IN TEN COUNTIES
        Nairobi, Tuesday 12th March 2024
        The Ministry of Health will begin a ten-day measles vaccination campaign in ten counties on Monday.
        Health workers will visit schools, markets and churches to reach children under five years of age.
        Parents are urged to bring their children to the nearest health facility.
        SIGNED
        DR. JANE MWANGI
        PRINCIPAL SECRETARY
        """
    ),
    title="NATIONAL MEASLES VACCINATION CAMPAIGN TO START IN TEN COUNTIES",
    kind="PRESS STATEMENT",
    date=dt.date(2024, 3, 12),
    place="Nairobi",
    source="Ministry of Health",
    dateline="Nairobi, Tuesday 12th March 2024",
    paragraphs=(
        "The Ministry of Health will begin a ten-day measles vaccination campaign in ten "
        "counties on Monday.",
        "Health workers will visit schools, markets and churches to reach children under "
        "five years of age.",
        "Parents are urged to bring their children to the nearest health facility.",
    ),
)

EN_PHILIPPINES_OFFICE = SitePage(
    id="en-philippines-office-pipe-menu-date-under-headline-pipe-footer",
    text=page(
        """
        Presidential Communications Office
        Home | About | News Releases | Photo Releases | Contact
        News Releases
        President orders faster release of aid to typhoon-hit farmers
        March 12, 2024
        The President on Tuesday ordered the Department of Agriculture to release cash aid to farmers hit by the typhoon within two weeks.
        More than forty thousand rice farmers in northern Luzon lost their crops to the floods.
        The department will also hand out seeds for the next planting season.
        Privacy Policy | Transparency Seal | Freedom of Information
        """
    ),
    title="President orders faster release of aid to typhoon-hit farmers",
    kind=None,
    date=dt.date(2024, 3, 12),
    place=None,
    source="Presidential Communications Office",
    dateline=None,
    paragraphs=(
        "The President on Tuesday ordered the Department of Agriculture to release cash aid "
        "to farmers hit by the typhoon within two weeks.",
        "More than forty thousand rice farmers in northern Luzon lost their crops to the floods.",
        "The department will also hand out seeds for the next planting season.",
    ),
)

EN_SINGAPORE_TOPICS_BLOCK = SitePage(
    id="en-singapore-ministry-published-label-bare-topics-block",
    text=page(
        """
        Ministry of Manpower
        Singapore Government
        Newsroom
        Press Releases
        Higher qualifying salary for firms hiring foreign workers
        Published: 12 March 2024
        From 1 July 2024, firms must pay local employees at least $1,600 a month for them to count towards the firm's foreign worker quota.
        The change ensures that firms hire local workers in real jobs.
        Firms will receive letters from the ministry explaining the change.
        Topics
        Work passes
        Employment practices
        Report Vulnerability
        Privacy Statement
        """
    ),
    title="Higher qualifying salary for firms hiring foreign workers",
    kind=None,
    date=dt.date(2024, 3, 12),
    place=None,
    source="Ministry of Manpower",
    dateline=None,
    paragraphs=(
        "From 1 July 2024, firms must pay local employees at least $1,600 a month for them to "
        "count towards the firm's foreign worker quota.",
        "The change ensures that firms hire local workers in real jobs.",
        "Firms will receive letters from the ministry explaining the change.",
    ),
    topics=("Work passes", "Employment practices"),
    gap=(
        "a bare 'Topics' heading over one topic a line after the body gives no topics; a government tagline under the ministry's name is read as the source and the menu's 'Press Releases' as the kind"
    ),
)

EN_STATE_PREMIER_YOU_ARE_HERE = SitePage(
    id="en-state-premier-you-are-here-breadcrumb-acknowledgement-footer",
    text=page(
        """
        Premier of Victoria
        - Home
        - Media releases
        - Premier
        - Contact
        You are here: Home / Media releases / More ambulance crews for regional Victoria
        More ambulance crews for regional Victoria
        12 March 2024
        Forty new ambulance crews will start work in regional Victoria over the next year.
        The crews will be based in Ballarat, Bendigo, Geelong and the Latrobe Valley.
        Paramedics will also get new vehicles with better stretchers.
        Media contact: 0400 000 000
        We acknowledge the Traditional Owners of country throughout Victoria and pay our respects to their Elders.
        Authorised by the Victorian Government, 1 Treasury Place, Melbourne
        """
    ),
    title="More ambulance crews for regional Victoria",
    kind=None,
    date=dt.date(2024, 3, 12),
    place=None,
    source="Premier of Victoria",
    dateline=None,
    paragraphs=(
        "Forty new ambulance crews will start work in regional Victoria over the next year.",
        "The crews will be based in Ballarat, Bendigo, Geelong and the Latrobe Valley.",
        "Paramedics will also get new vehicles with better stretchers.",
    ),
)

# --- Spanish, French, German, Russian, Italian, Portuguese, Dutch, Polish --------

ES_COLOMBIA_BOLETIN = SitePage(
    id="es-colombia-boletin-de-prensa-numero-de-ano-place-dc-date",
    text=page(
        """
        Ministerio de Salud y Protección Social
        Inicio
        Sala de prensa
        Comunicados
        Boletín de Prensa No 045 de 2024
        Bogotá D.C., 12 de marzo de 2024
        El Ministerio amplía la vacunación contra el sarampión en zonas de frontera
        El Ministerio de Salud anunció hoy que ampliará la vacunación contra el sarampión en los municipios de la frontera con Venezuela.
        Los equipos de vacunación visitarán escuelas y centros de salud durante seis semanas.
        La campaña está dirigida a niños de uno a diez años.
        Síganos en redes sociales
        """
    ),
    title="El Ministerio amplía la vacunación contra el sarampión en zonas de frontera",
    kind="Boletín de Prensa",
    date=dt.date(2024, 3, 12),
    place="Bogotá D.C.",
    source="Ministerio de Salud y Protección Social",
    dateline="Bogotá D.C., 12 de marzo de 2024",
    paragraphs=(
        "El Ministerio de Salud anunció hoy que ampliará la vacunación contra el sarampión en "
        "los municipios de la frontera con Venezuela.",
        "Los equipos de vacunación visitarán escuelas y centros de salud durante seis semanas.",
        "La campaña está dirigida a niños de uno a diez años.",
    ),
)

ES_ARGENTINA_COMUNICADO = SitePage(
    id="es-argentina-comunicado-n-degree-date-with-full-stop-after-headline",
    text=page(
        """
        Argentina.gob.ar
        Ministerio de Economía
        Noticias
        Comunicado N° 123
        Se amplía el programa de créditos para pequeñas empresas
        Buenos Aires, 5 de mayo de 2024.
        El Ministerio de Economía informó hoy que el programa de créditos para pequeñas empresas sumará 50.000 millones de pesos.
        Los créditos tendrán una tasa fija durante el primer año.
        Las empresas podrán solicitarlos en los bancos públicos desde el lunes.
        """
    ),
    title="Se amplía el programa de créditos para pequeñas empresas",
    kind="Comunicado",
    date=dt.date(2024, 5, 5),
    place="Buenos Aires",
    source="Ministerio de Economía",
    dateline="Buenos Aires, 5 de mayo de 2024.",
    paragraphs=(
        "El Ministerio de Economía informó hoy que el programa de créditos para pequeñas "
        "empresas sumará 50.000 millones de pesos.",
        "Los créditos tendrán una tasa fija durante el primer año.",
        "Las empresas podrán solicitarlos en los bancos públicos desde el lunes.",
    ),
)

FR_QUEBEC_FULL_STOP_DASH = SitePage(
    id="fr-quebec-ministere-ville-le-date-full-stop-dash-dateline-source-label",
    text=page(
        """
        Québec.ca
        Ministère de l'Éducation
        Accueil
        Nouvelles
        Communiqué de presse
        Le gouvernement investit dans les écoles de la Côte-Nord
        Québec, le 12 mars 2024. – Le ministère de l'Éducation annonce un investissement de 40 millions de dollars pour agrandir quatre écoles de la Côte-Nord.
        Les travaux commenceront cet été à Sept-Îles et à Baie-Comeau.
        Les nouvelles classes accueilleront les élèves dès la rentrée de 2025.
        Source :
        Service des relations de presse
        Ministère de l'Éducation
        """
    ),
    title="Le gouvernement investit dans les écoles de la Côte-Nord",
    kind="Communiqué de presse",
    date=dt.date(2024, 3, 12),
    place="Québec",
    source="Ministère de l'Éducation",
    dateline="Québec, le 12 mars 2024. – ",
    paragraphs=(
        "Le ministère de l'Éducation annonce un investissement de 40 millions de dollars "
        "pour agrandir quatre écoles de la Côte-Nord.",
        "Les travaux commenceront cet été à Sept-Îles et à Baie-Comeau.",
        "Les nouvelles classes accueilleront les élèves dès la rentrée de 2025.",
    ),
)

DE_SWISS_MEDIENMITTEILUNG = SitePage(
    id="de-swiss-medienmitteilung-bern-numeric-date-dash-herausgeber-after-body",
    text=page(
        """
        Der Bundesrat
        Das Portal der Schweizer Regierung
        Startseite
        Dokumentation
        Medienmitteilungen
        Bundesrat verlängert Förderung für Nachtzüge um vier Jahre
        Bern, 12.03.2024 - Der Bundesrat will Nachtzugverbindungen ins Ausland weitere vier Jahre mit jährlich 30 Millionen Franken unterstützen.
        Mit dem Geld sollen vor allem neue Verbindungen nach Spanien und Skandinavien aufgebaut werden.
        Die Vernehmlassung dauert bis Ende Juni.
        Herausgeber
        Eidgenössisches Departement für Umwelt, Verkehr, Energie und Kommunikation
        """
    ),
    title="Bundesrat verlängert Förderung für Nachtzüge um vier Jahre",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="Bern",
    source="Eidgenössisches Departement für Umwelt, Verkehr, Energie und Kommunikation",
    dateline="Bern, 12.03.2024 - ",
    paragraphs=(
        "Der Bundesrat will Nachtzugverbindungen ins Ausland weitere vier Jahre mit jährlich "
        "30 Millionen Franken unterstützen.",
        "Mit dem Geld sollen vor allem neue Verbindungen nach Spanien und Skandinavien "
        "aufgebaut werden.",
        "Die Vernehmlassung dauert bis Ende Juni.",
    ),
)

DE_AUSTRIA_OTS = SitePage(
    id="de-austria-ots-wien-dateline-rueckfragen-und-kontakt-ots-closing",
    text=page(
        """
        OTS
        Presseaussendungen
        Politik
        Bundesministerium für Bildung, Wissenschaft und Forschung
        Neue Förderung für Sommerschulen in allen Bundesländern
        12. März 2024, 10:42
        Wien (OTS) - Das Bildungsministerium stellt im Sommer zwölf Millionen Euro für Sommerschulen in allen Bundesländern bereit.
        In den zwei Wochen vor Schulbeginn können Schülerinnen und Schüler Lernstoff wiederholen.
        Die Anmeldung ist bis Ende Mai über die Schulen möglich.
        Rückfragen & Kontakt
        Bundesministerium für Bildung, Wissenschaft und Forschung
        Pressestelle
        Telefon: +43 1 53120 0000
        OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS
        """
    ),
    title="Neue Förderung für Sommerschulen in allen Bundesländern",
    kind=None,
    date=dt.date(2024, 3, 12),
    place="Wien",
    source="Bundesministerium für Bildung, Wissenschaft und Forschung",
    dateline="Wien (OTS) - ",
    paragraphs=(
        "Das Bildungsministerium stellt im Sommer zwölf Millionen Euro für Sommerschulen in "
        "allen Bundesländern bereit.",
        "In den zwei Wochen vor Schulbeginn können Schülerinnen und Schüler Lernstoff "
        "wiederholen.",
        "Die Anmeldung ist bis Ende Mai über die Schulen möglich.",
    ),
    gap=(
        "a ministry's name printed over the headline under a press portal's menu is read as the title, not the source"
    ),
)

RU_REGIONAL_GOVERNMENT = SitePage(
    id="ru-regional-government-date-time-line-press-service-sign-off",
    text=page(
        """
        Правительство Новосибирской области
        Главная
        Новости
        Пресс-релизы
        12 марта 2024, 10:30
        В Новосибирске откроют три новые поликлиники
        В этом году в Новосибирске откроют три поликлиники для взрослых и детей.
        Первая из них примет пациентов уже в июне.
        В поликлиниках будут работать более двухсот врачей.
        Пресс-служба Правительства Новосибирской области
        """
    ),
    title="В Новосибирске откроют три новые поликлиники",
    kind=None,
    date=dt.date(2024, 3, 12),
    place=None,
    source="Правительство Новосибирской области",
    dateline=None,
    paragraphs=(
        "В этом году в Новосибирске откроют три поликлиники для взрослых и детей.",
        "Первая из них примет пациентов уже в июне.",
        "В поликлиниках будут работать более двухсот врачей.",
    ),
)

IT_MINISTERO_ROMA_DASH = SitePage(
    id="it-ministero-comunicato-stampa-roma-date-dash-dateline-ufficio-stampa",
    text=page(
        """
        Ministero della Cultura
        Home
        Notizie
        Comunicati stampa
        Comunicato stampa
        Musei statali aperti gratis la prima domenica di aprile
        Roma, 12 marzo 2024 – I musei e i parchi archeologici statali saranno aperti gratuitamente domenica 7 aprile.
        L'iniziativa si ripete ogni prima domenica del mese.
        Per alcuni siti è necessaria la prenotazione.
        Ufficio Stampa e Comunicazione
        ufficiostampa@cultura.example
        """
    ),
    title="Musei statali aperti gratis la prima domenica di aprile",
    kind="Comunicato stampa",
    date=dt.date(2024, 3, 12),
    place="Roma",
    source="Ministero della Cultura",
    dateline="Roma, 12 marzo 2024 – ",
    paragraphs=(
        "I musei e i parchi archeologici statali saranno aperti gratuitamente domenica 7 aprile.",
        "L'iniziativa si ripete ogni prima domenica del mese.",
        "Per alcuni siti è necessaria la prenotazione.",
    ),
)

PT_BRAZIL_NOTA = SitePage(
    id="pt-brazil-nota-a-imprensa-numero-brasilia-date-after-headline",
    text=page(
        """
        gov.br
        Ministério das Relações Exteriores
        Assuntos
        Notas à imprensa
        Nota à imprensa nº 123
        Visita do ministro dos Negócios Estrangeiros da Noruega
        Brasília, 5 de maio de 2024
        O ministro dos Negócios Estrangeiros da Noruega fará visita oficial a Brasília nos dias 8 e 9 de maio.
        Os dois países vão discutir cooperação em energia renovável e proteção das florestas.
        A Noruega é um dos maiores doadores do Fundo Amazônia.
        Compartilhe:
        """
    ),
    title="Visita do ministro dos Negócios Estrangeiros da Noruega",
    kind="Nota à imprensa",
    date=dt.date(2024, 5, 5),
    place="Brasília",
    source="Ministério das Relações Exteriores",
    dateline="Brasília, 5 de maio de 2024",
    paragraphs=(
        "O ministro dos Negócios Estrangeiros da Noruega fará visita oficial a Brasília nos "
        "dias 8 e 9 de maio.",
        "Os dois países vão discutir cooperação em energia renovável e proteção das florestas.",
        "A Noruega é um dos maiores doadores do Fundo Amazônia.",
    ),
)

NL_RIJKSOVERHEID_BAR = SitePage(
    id="nl-rijksoverheid-nieuwsbericht-date-time-bar-onderwerpen",
    text=page(
        """
        Rijksoverheid
        Onderwerpen
        Regering
        Documenten
        Nieuws
        Nieuwsbericht | 12-03-2024 | 14:30
        Meer geld voor onderhoud van dijken langs de grote rivieren
        Het kabinet trekt de komende vijf jaar 300 miljoen euro extra uit voor het versterken van dijken langs de Rijn en de Maas.
        Waterschappen kunnen het geld vanaf september aanvragen.
        De eerste projecten starten in 2025.
        Onderwerpen: Water, Klimaatverandering
        """
    ),
    title="Meer geld voor onderhoud van dijken langs de grote rivieren",
    kind="Nieuwsbericht",
    date=dt.date(2024, 3, 12),
    place=None,
    source=None,
    dateline=None,
    paragraphs=(
        "Het kabinet trekt de komende vijf jaar 300 miljoen euro extra uit voor het versterken "
        "van dijken langs de Rijn en de Maas.",
        "Waterschappen kunnen het geld vanaf september aanvragen.",
        "De eerste projecten starten in 2025.",
    ),
    topics=("Water", "Klimaatverandering"),
)

NL_PERSBERICHT_COMPANY = SitePage(
    id="nl-persbericht-amsterdam-dateline-noot-voor-de-redactie",
    text=page(
        """
        Groenstroom Nederland
        Over ons
        Nieuws
        Contact
        Persbericht
        Groenstroom Nederland opent grootste zonnepark van Drenthe
        Amsterdam, 12 maart 2024 – Groenstroom Nederland heeft vandaag een zonnepark van tachtig hectare bij Emmen in gebruik genomen.
        Het park levert genoeg stroom voor dertigduizend huishoudens.
        Omwonenden kunnen voor vijftig euro per aandeel meedoen in het park.
        Noot voor de redactie
        Voor meer informatie: pers@groenstroom.example
        """
    ),
    title="Groenstroom Nederland opent grootste zonnepark van Drenthe",
    kind="Persbericht",
    date=dt.date(2024, 3, 12),
    place="Amsterdam",
    source=None,
    dateline="Amsterdam, 12 maart 2024 – ",
    paragraphs=(
        "Groenstroom Nederland heeft vandaag een zonnepark van tachtig hectare bij Emmen in "
        "gebruik genomen.",
        "Het park levert genoeg stroom voor dertigduizend huishoudens.",
        "Omwonenden kunnen voor vijftig euro per aandeel meedoen in het park.",
    ),
)

PL_KOMUNIKAT = SitePage(
    id="pl-ministerstwo-komunikat-prasowy-warszawa-date-r-dateline",
    text=page(
        """
        Ministerstwo Zdrowia
        Serwis Rzeczypospolitej Polskiej
        - Aktualności
        - Komunikaty
        - Kontakt
        Komunikat prasowy
        Nowy program badań profilaktycznych dla seniorów
        Warszawa, 12 marca 2024 r. – Ministerstwo Zdrowia uruchamia program bezpłatnych badań profilaktycznych dla osób powyżej sześćdziesięciu lat.
        Badania będzie można wykonać w przychodniach podstawowej opieki zdrowotnej.
        Program potrwa do końca 2025 roku.
        Biuro Komunikacji
        """
    ),
    title="Nowy program badań profilaktycznych dla seniorów",
    kind="Komunikat prasowy",
    date=dt.date(2024, 3, 12),
    place="Warszawa",
    source="Ministerstwo Zdrowia",
    dateline="Warszawa, 12 marca 2024 r. – ",
    paragraphs=(
        "Ministerstwo Zdrowia uruchamia program bezpłatnych badań profilaktycznych dla osób "
        "powyżej sześćdziesięciu lat.",
        "Badania będzie można wykonać w przychodniach podstawowej opieki zdrowotnej.",
        "Program potrwa do końca 2025 roku.",
    ),
)

PAGES: tuple[SitePage, ...] = tuple(
    value for name, value in dict(globals()).items() if isinstance(value, SitePage)
)
