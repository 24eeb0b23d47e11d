"""
The shapes of letterhead lines (``pressparse._letterhead``) and the joining
of hard-wrapped lines into paragraphs (``pressparse._units``), one helper a
class, positives and negatives.

A case the helper gets wrong because of a general gap is a strict expected
failure whose reason names the gap.
"""

from __future__ import annotations

import datetime as dt

import pytest

import pressparse
from pressparse import _letterhead
from pressparse._fields._evidence import Evidence
from pressparse._header import _steps
from pressparse._header._shapes import Header
from pressparse._page import Line
from pressparse._pipeline import _read_text
from pressparse._text import split_lines
from pressparse._units import is_wrapped, join_units


def gap(reason: str) -> pytest.MarkDecorator:
    """
    A strict expected failure: the helper has a general gap.
    """
    return pytest.mark.xfail(strict=True, reason=reason)


def _lines(text: str) -> tuple[Line, ...]:
    return split_lines(text).lines


class TestOffice:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Minister for Justice and Customs",
                "Minister for Justice and Customs",
                id="minister",
            ),
            pytest.param(
                "Shadow Minister for Regional Development",
                "Shadow Minister for Regional Development",
                id="shadow",
            ),
            pytest.param(
                "Senator the Hon Claire Hollis, Minister for Justice and Customs",
                "Minister for Justice and Customs",
                id="after-person",
            ),
            pytest.param(
                "Minister for Health | 12 May 2005", "Minister for Health", id="stops-at-bar"
            ),
            pytest.param(
                "Deputy Prime Minister, Minister for Trade",
                "Deputy Prime Minister",
                id="first-of-two",
            ),
            pytest.param("Prime Minister", "Prime Minister", id="prime-minister"),
            pytest.param(
                "Parliamentary Secretary to the Treasurer",
                "Parliamentary Secretary to the Treasurer",
                id="parliamentary-secretary",
            ),
            pytest.param(
                "Leader of the Opposition in the Senate",
                "Leader of the Opposition in the Senate",
                id="leader-of-the-opposition",
            ),
            pytest.param("Attorney-General", "Attorney-General", id="attorney-general"),
            pytest.param("Secretary of State", "Secretary of State", id="secretary-of-state"),
            pytest.param(
                "Ministre de la Culture", "Ministre de la Culture", id="fr-ministre-de-la"
            ),
            pytest.param("Ministro de Sanidad", "Ministro de Sanidad", id="es-ministro-de"),
            pytest.param(
                "Bundesminister für Gesundheit",
                "Bundesminister für Gesundheit",
                id="de-bundesminister-fuer",
            ),
            pytest.param(
                "Bundesminister des Innern", "Bundesminister des Innern", id="de-des-portfolio"
            ),
            pytest.param(
                "Bundesministerin der Finanzen",
                "Bundesministerin der Finanzen",
                id="de-der-portfolio",
            ),
            pytest.param(
                "Minister for Trade - Media Release",
                "Minister for Trade",
                id="stops-at-spaced-hyphen",
            ),
            pytest.param(
                "Министр финансов",
                "Министр финансов",
                id="ru-ministr",
            ),
            pytest.param(
                "Министр юстиции Российской Федерации | Пресс-релиз",
                "Министр юстиции Российской Федерации",
                id="ru-genitive-portfolio-to-a-bar",
            ),
            pytest.param("Министр заявил о новых выплатах", None, id="ru-past-verb-no-portfolio"),
            pytest.param("Министр едет в Томск", None, id="ru-present-verb-no-portfolio"),
            pytest.param("The minister said the plan would work", None, id="prose-no-portfolio"),
            pytest.param("Administration", None, id="word-holding-minister"),
            pytest.param("Regional water authorities agree", None, id="headline"),
            pytest.param("Minister to Visit Wagga Wagga Clinic", None, id="minister-to-verb"),
            pytest.param(
                "Minister to the Holy See", "Minister to the Holy See", id="minister-to-the"
            ),
            pytest.param("Ambassador to France", "Ambassador to France", id="ambassador-to"),
            pytest.param("Parliamentary Secretary", None, id="two-word-head-no-portfolio"),
            pytest.param("Assistant Minister", None, id="prefixed-head-no-portfolio"),
            pytest.param("Shadow Treasurer", "Shadow Treasurer", id="prefixed-treasurer"),
            pytest.param(
                "Parliamentary Secretary for Ferries",
                "Parliamentary Secretary for Ferries",
                id="two-word-head-with-portfolio",
            ),
        ],
    )
    def test_office(self, text: str, expected: str | None) -> None:
        """
        The first office named on a letterhead line, with its portfolio.
        """
        assert expected == _letterhead.office(text)


class TestPerson:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Senator the Hon Claire Hollis", True, id="senator-the-hon"),
            pytest.param("JOHN SMITH MP", True, id="post-nominal-caps"),
            pytest.param("The Hon. Jane Doe", True, id="the-hon-dot"),
            pytest.param("Dr Anna Weber", True, id="dr"),
            pytest.param("Ms Sarah Lee MLA - Member for Fisher", True, id="post-nominal-dash"),
            pytest.param("Kerry Nettle", False, id="bare-name"),
            pytest.param(
                "Senator calls for an inquiry into the logging of forests in Tasmania",
                False,
                id="long-headline",
            ),
            pytest.param("Mr", False, id="style-alone"),
            pytest.param("Water restrictions eased across the region", False, id="headline"),
        ],
    )
    def test_is_person(self, text: str, expected: bool) -> None:
        """
        A short line styled as a person's name.
        """
        assert expected == _letterhead.is_person(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Senator the Hon Claire Hollis", True, id="senator-the-hon"),
            pytest.param(
                "Senator the Hon Claire Hollis Minister for Justice and Customs Senator for "
                "Queensland",
                True,
                id="long-letterhead",
            ),
            pytest.param("The Hon. Jane Doe", True, id="the-hon"),
            pytest.param("JOHN SMITH MP", False, id="post-nominal-only"),
            pytest.param(
                "Senator calls for an inquiry into logging",
                False,
                id="style-then-lower-case",
            ),
            pytest.param("Senator Jane Doe said the plan was sound.", False, id="sentence-end"),
        ],
    )
    def test_opens_with_person(self, text: str, expected: bool) -> None:
        """
        A line opening with a style and a capitalised name, not a sentence.
        """
        assert expected == _letterhead.opens_with_person(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("John Smith", True, id="two-words"),
            pytest.param("Anne-Marie O'Neil", True, id="hyphen-apostrophe"),
            pytest.param("Budget", False, id="one-word"),
            pytest.param("Budget cuts hurt schools", False, id="four-words"),
            pytest.param("john smith", False, id="lower-case"),
            pytest.param("Dr. Smith", False, id="dot"),
        ],
    )
    def test_looks_like_name(self, text: str, expected: bool) -> None:
        """
        Two or three capitalised words and nothing else.
        """
        assert expected == _letterhead.looks_like_name(text)


class TestSeat:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Senator for Tasmania", True, id="senator-for"),
            pytest.param("Federal Member for Cook", True, id="federal-member"),
            pytest.param("Greens Senator for Western Australia", True, id="party-senator"),
            pytest.param("MP for Bristol West", True, id="mp-for"),
            pytest.param("Minister for Health", False, id="office"),
            pytest.param(
                "Senator for Tasmania and Spokesperson for the Environment and Heritage",
                False,
                id="too-long",
            ),
            pytest.param("Senator Jane Doe", False, id="person"),
            pytest.param("Jo Bloggs, Senator for Victoria", True, id="name-comma-seat"),
            pytest.param("Greens Senator, Western Australia", True, id="party-comma-state"),
            pytest.param("Member of the Legislative Council", True, id="member-of-the"),
            pytest.param("Labor MP for Perth quits", False, id="headline-naming-a-seat"),
            pytest.param("Senator, welcome", False, id="comma-then-lower-case"),
            pytest.param(
                "Australian Democrats Senator for Victoria", True, id="two-word-party-senator"
            ),
            pytest.param("SCOTTISH NATIONAL PARTY MP FOR PERTH", True, id="caps-party-mp"),
            pytest.param("MEMBER FOR COOK", True, id="caps-member"),
            pytest.param("Candidate for Hinkler", True, id="candidate"),
            pytest.param("Labor Candidate for Bass", True, id="party-candidate"),
            pytest.param("Ferry grants Member for Bass backs", False, id="headline"),
            pytest.param(
                "New Principal Member for Planning Tribunals MPS 075/2001",
                False,
                id="headline-with-reference",
            ),
            pytest.param(
                "Four Capital Words Here Member for Bass", False, id="more-than-three-words-first"
            ),
        ],
    )
    def test_is_seat(self, text: str, expected: bool) -> None:
        """
        A parliamentary seat, part of a person's letterhead.
        """
        assert expected == _letterhead.is_seat(text)


class TestOrganisation:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Australian Greens", "Australian Greens", id="greens"),
            pytest.param("Australian Democrats", "Australian Democrats", id="democrats"),
            pytest.param(
                "Liberal Party of Australia", "Liberal Party of Australia", id="party-of"
            ),
            pytest.param("OSCE Secretariat", "OSCE Secretariat", id="secretariat"),
            pytest.param("Department of Health", "Department of Health", id="department-of"),
            pytest.param(
                "Ministry of Foreign Affairs", "Ministry of Foreign Affairs", id="ministry-of"
            ),
            pytest.param("European Commission", "European Commission", id="commission"),
            pytest.param("Prime Minister", None, id="office"),
            pytest.param(
                "Northern Rivers Growers' Federation",
                "Northern Rivers Growers' Federation",
                id="several-words-before-the-body",
            ),
            pytest.param(
                "Arts and Heritage Advisory Council",
                "Arts and Heritage Advisory Council",
                id="and-inside-the-name",
            ),
            pytest.param(
                "Council of Rural Doctors of South Australia",
                "Council of Rural Doctors of South Australia",
                id="what-it-is-of",
            ),
            pytest.param(
                "Department of Health Secretary Jo Roe",
                "Department of Health",
                id="holder-after-the-name",
            ),
            pytest.param(
                "Senator Jo Roe Australian Greens", "Australian Greens", id="after-a-styled-name"
            ),
            pytest.param(
                "Sen. Jo Roe Australian Greens", "Australian Greens", id="abbreviated-style"
            ),
            pytest.param(
                "Senator for Tasmania Australian Democrats",
                "Australian Democrats",
                id="after-a-seat",
            ),
            pytest.param(
                "Senator Jo Roe and Greens colleagues",
                "Greens",
                id="and-after-a-name-is-no-part-of-it",
            ),
            pytest.param("Foreign Affairs Sub-Committee", None, id="body-word-inside-a-word"),
            pytest.param(
                "Growers Institute of Victoria PO Box 12",
                "Growers Institute of Victoria",
                id="address-after-the-name",
            ),
            pytest.param(
                "A very long line that mentions the Department of Health and goes on and on",
                None,
                id="too-long",
            ),
            pytest.param(
                "Ministerio de Sanidad",
                "Ministerio de Sanidad",
                id="es-ministerio",
            ),
            pytest.param(
                "Ministerio de Trabajo y Economía Social",
                "Ministerio de Trabajo y Economía Social",
                id="es-and-links-the-portfolio",
            ),
            pytest.param(
                "Ministère de la Culture", "Ministère de la Culture", id="fr-de-la-portfolio"
            ),
            pytest.param(
                "El Ministerio de Hacienda anunció hoy nuevas ayudas",
                "Ministerio de Hacienda",
                id="es-lower-case-words-end-the-name",
            ),
        ],
    )
    def test_organisation(self, text: str, expected: str | None) -> None:
        """
        An organisation named in a short line.
        """
        assert expected == _letterhead.organisation(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Statement by the OSCE Secretariat on the vote", "OSCE Secretariat", id="inside"
            ),
            pytest.param("the government said", None, id="one-word"),
            pytest.param("Rain fell overnight", None, id="none"),
            pytest.param(
                "staff at the local office of the Coastal Tenants Union",
                "Coastal Tenants Union",
                id="body-word-in-lower-case",
            ),
        ],
    )
    def test_organisation_in(self, text: str, expected: str | None) -> None:
        """
        The first organisation of two words or more named in a text.
        """
        assert expected == _letterhead.organisation_in(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Australian Greens", "Australian Greens", id="party"),
            pytest.param("Department of Health", "Department of Health", id="department"),
            pytest.param("NEW MARITIME RESCUE CENTRE", None, id="centre-reads-as-a-headline"),
            pytest.param("Coastal Tenants Union", None, id="union"),
        ],
    )
    def test_letterhead_organisation(self, text: str, expected: str | None) -> None:
        """
        Only the kinds of body that head letterheads make a letterhead line.
        """
        assert expected == _letterhead.letterhead_organisation(text)


class TestChrome:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Printer friendly page", True, id="printer-friendly"),
            pytest.param("Share", True, id="share"),
            pytest.param("Copied to clipboard", True, id="copied-to-clipboard"),
            pytest.param("Back to top", True, id="back-to-top"),
            pytest.param("For immediate release", True, id="for-immediate-release"),
            pytest.param("Check against delivery", True, id="check-against-delivery"),
            pytest.param("*CHECK AGAINST DELIVERY*", True, id="notice-in-asterisks"),
            pytest.param("*** For immediate release ***", True, id="notice-in-spaced-asterisks"),
            pytest.param("*** Ferry fares frozen ***", False, id="headline-in-asterisks"),
            pytest.param("Share this via Facebook", True, id="share-via"),
            pytest.param("More sharing options", True, id="more-sharing-options"),
            pytest.param("© 2024 Example Agency", True, id="copyright"),
            pytest.param("02 6277 7500", True, id="phone"),
            pytest.param("AA 04 040", True, id="reference"),
            pytest.param("OVER 18,000", False, id="amount-with-thousands"),
            pytest.param("$2.5m grant", False, id="amount-with-currency"),
            pytest.param("MEDIA 04/253", True, id="kind-and-reference"),
            pytest.param("About | Contact | News | Jobs", True, id="bar-menu"),
            pytest.param("media@example.org", True, id="email"),
            pytest.param("Email: media@example.org", True, id="short-with-address"),
            pytest.param("www.example.org", True, id="web-address"),
            pytest.param("WWW.EXAMPLE.ORG", True, id="web-address-in-capitals"),
            pytest.param("Visit https://example.org", True, id="short-with-url"),
            pytest.param("-----", True, id="punctuation"),
            pytest.param("Water restrictions eased", False, id="headline"),
            pytest.param("Minister for Health", False, id="office"),
            pytest.param(
                "Trams run every seven minutes between the airport and Newhaven",
                False,
                id="sentence",
            ),
        ],
    )
    def test_is_chrome(self, text: str, expected: bool) -> None:
        """
        Interface text, page numbers, punctuation and copyright lines.
        """
        assert expected == _letterhead.is_chrome(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Share this story", True, id="share-this-story"),
            pytest.param("Toggle navigation", True, id="toggle-navigation"),
            pytest.param("Schließen", True, id="de-close"),
            pytest.param("Hinterlasse einen Kommentar", True, id="de-leave-a-comment"),
            pytest.param("Zurück zur Übersicht", True, id="de-back-to-overview"),
            pytest.param("Leave a Reply Cancel reply", True, id="leave-a-reply"),
            pytest.param("Partager sur Facebook", True, id="fr-share-on"),
            pytest.param("Continue reading the main story", True, id="continue-reading"),
            pytest.param("Reading the river in winter", False, id="headline-with-reading"),
            pytest.param("Share prices fall", False, id="headline-opening-with-share"),
            pytest.param("Kommentar zum Haushalt", False, id="de-commentary-headline"),
            pytest.param(
                "Share this story with the five people who need it most", False, id="long"
            ),
        ],
    )
    def test_is_interface(self, text: str, expected: bool) -> None:
        """
        A button's or widget's text: interface words of the lexicon, with
        other interface words and function words only.
        """
        assert expected == _letterhead.is_interface(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Liked this post? Share it with your team!", True, id="share"),
            pytest.param("Enjoyed reading? Subscribe to the weekly letter", True, id="subscribe"),
            pytest.param("Hat Ihnen der Text gefallen? Dann teilen Sie ihn", True, id="de-share"),
            pytest.param("Still using the old version? Download the new one", True, id="download"),
            pytest.param("¿Te gustó? Compartir", True, id="es-share"),
            pytest.param("New readers: 10% off, click here", True, id="click-here"),
            pytest.param("Zum Gutschein hier klicken", True, id="de-click-here"),
            pytest.param("Clickbait and the river", False, id="click-inside-a-word"),
            pytest.param("Is the river safe? Experts say yes", False, id="headline-question"),
            pytest.param("Share prices fall", False, id="no-question"),
            pytest.param("Who pays? ", False, id="nothing-after"),
            pytest.param(
                "Why did the council decide against the new bridge over the river this year? "
                "Share your view",
                False,
                id="long-question",
            ),
        ],
    )
    def test_is_call_to_action(self, text: str, expected: bool) -> None:
        """
        A question put to the reader and a call to act after it.
        """
        assert expected == _letterhead.is_call_to_action(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("http://example.org is our site", True, id="web"),
            pytest.param("www.example.org", True, id="www"),
            pytest.param("media@example.org for questions", True, id="email"),
            pytest.param("Visit www.example.org", False, id="address-later"),
        ],
    )
    def test_starts_with_address(self, text: str, expected: bool) -> None:
        """
        A line that opens with a web or e-mail address.
        """
        assert expected == _letterhead.starts_with_address(text)


class TestLetterSpacing:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("M E D I A  R E L E A S E", "MEDIA RELEASE", id="label"),
            pytest.param(
                " P R E S S  N O T E  Senator Jo Bloggs",
                " PRESS NOTE  Senator Jo Bloggs",
                id="label-then-name",
            ),
            pytest.param("T O  B E", None, id="no-word-of-four-letters"),
            pytest.param("M e d i", "Medi", id="mixed-case-piece"),
            pytest.param("Plan B a step forward", None, id="single-letters-in-prose"),
            pytest.param("M E D I A Sydney", "MEDIA Sydney", id="then-a-word"),
        ],
    )
    def test_collapse_letter_spacing(self, text: str, expected: str | None) -> None:
        """
        Letter-spaced words are set solid; a wide gap stays between words.
        """
        assert expected == _letterhead.collapse_letter_spacing(text)


class TestReference:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("05/195", True, id="number-slash-year"),
            pytest.param("H25/2002", True, id="letter-prefix"),
            pytest.param("G20", False, id="letters-then-digits"),
            pytest.param("2016", False, id="bare-year"),
            pytest.param("June 2016", False, id="month-and-year"),
            pytest.param("05/195 and more", False, id="followed-by-words"),
        ],
    )
    def test_is_reference(self, text: str, expected: bool) -> None:
        """
        A release number alone.
        """
        assert expected == _letterhead.is_reference(text)


class TestKindPrefix:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "MEDIA RELEASE 18 June 2014", ("MEDIA RELEASE", "18 June 2014"), id="date-after"
            ),
            pytest.param(
                "Press release - Budget", ("Press release", "Budget"), id="dash-separator"
            ),
            pytest.param(
                "PRESSEMITTEILUNG | 3. März 2021",
                ("PRESSEMITTEILUNG", "3. März 2021"),
                id="de-bar",
            ),
            pytest.param(
                "Communiqué de presse – Paris", ("Communiqué de presse", "Paris"), id="fr-dash"
            ),
            pytest.param("Statement 5 May 2011", ("Statement", "5 May 2011"), id="one-word"),
            pytest.param("Joint statement by the ministers", None, id="headline-opening"),
            pytest.param("Press Statement", None, id="label-alone"),
            pytest.param("Press release Ministers agree", None, id="no-separator"),
            pytest.param("Press releases", None, id="plural-alone"),
            pytest.param(
                "MEDIA RELEASE: 12 May 2005",
                ("MEDIA RELEASE", "12 May 2005"),
                id="colon-attached",
            ),
            pytest.param(
                "Media Release: Rail fares frozen",
                ("Media Release", "Rail fares frozen"),
                id="colon-before-headline",
            ),
            pytest.param(
                "Media Release H31/2004 - 9 May 2004",
                ("Media Release", "H31/2004 - 9 May 2004"),
                id="release-number-after",
            ),
            pytest.param(
                "MEDIA RELEASE 04/118", ("MEDIA RELEASE", "04/118"), id="number-without-letters"
            ),
            pytest.param("Statement 2020 plans", None, id="year-is-no-release-number"),
            pytest.param(
                "Пресс-релиз — 15 марта 2023",
                ("Пресс-релиз", "15 марта 2023"),
                id="ru-hyphenated-label",
            ),
            pytest.param(
                "MEDIA RELEASE Senator the Hon Carla Benton Minister for Trade",
                ("MEDIA RELEASE", "Senator the Hon Carla Benton Minister for Trade"),
                id="person-letterhead-after",
            ),
            pytest.param(
                "Media release Senator calls for a ferry inquiry",
                None,
                id="headline-opening-with-a-style",
            ),
            pytest.param(
                "PRESS RELEASE NO. 24/85", ("PRESS RELEASE", "NO. 24/85"), id="number-word-no"
            ),
            pytest.param(
                "Pressemitteilung Nr. 123/2024",
                ("Pressemitteilung", "Nr. 123/2024"),
                id="de-number-word-nr",
            ),
            pytest.param(
                "Comunicado No. 123", ("Comunicado", "No. 123"), id="es-number-word-bare-number"
            ),
            pytest.param("Press release number one", None, id="number-word-without-a-number"),
            pytest.param(
                "MEDIA RELEASE │ HARBOUR PARTY",
                ("MEDIA RELEASE", "HARBOUR PARTY"),
                id="box-drawing-bar",
            ),
            pytest.param(
                "MEDIA RELEASE \u00e2\u0094\u0082 HARBOUR PARTY",
                ("MEDIA RELEASE", "HARBOUR PARTY"),
                id="bar-read-as-latin-1",
            ),
            pytest.param(
                "Media release *** 9 May 2004",
                ("Media release", "9 May 2004"),
                id="stars-then-date",
            ),
            pytest.param(
                "MEDIA RELEASE MINISTER FOR OCEAN AFFAIRS NINA CASTELL",
                ("MEDIA RELEASE", "MINISTER FOR OCEAN AFFAIRS NINA CASTELL"),
                id="caps-office-and-name-after",
            ),
            pytest.param(
                "Media Release Minister for Trade the Hon Nina Castell MP",
                ("Media Release", "Minister for Trade the Hon Nina Castell MP"),
                id="office-and-styled-holder-after",
            ),
            pytest.param(
                "Media Release Minister for Trade opens the port", None, id="office-in-headline"
            ),
            pytest.param(
                "Comunicato stampa n. 45 del 12/03/2024",
                ("Comunicato stampa", "n. 45 del 12/03/2024"),
                id="it-number-abbreviated-n",
            ),
            pytest.param("Statement n dogs", None, id="bare-n-without-stop-or-number"),
            pytest.param(
                "Statement Minister for Trade Welcomes Port Report",
                None,
                id="title-case-office-runs-into-headline",
            ),
            pytest.param(
                "Media Release from the Minister for Trade",
                ("Media Release", "Minister for Trade"),
                id="from-the-office",
            ),
            pytest.param(
                "Press Release from the Federal Member for Seaview",
                ("Press Release", "Federal Member for Seaview"),
                id="from-the-seat",
            ),
            pytest.param(
                "Statement from Senator Jane Roe regarding ferry fares",
                None,
                id="from-a-person-in-a-headline",
            ),
            pytest.param(
                "Joint statement with the Premier of Seaview", None, id="with-a-joint-issuer"
            ),
        ],
    )
    def test_kind_prefix(self, text: str, expected: tuple[str, str] | None) -> None:
        """
        A kind label split off the start of a line, with what follows it.
        """
        assert expected == _letterhead.kind_prefix(text)


class TestBreadcrumb:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Home > Media > Headline here", "Headline here", id="gt"),
            pytest.param("Home » News » Press releases » Title", "Title", id="guillemet"),
            pytest.param("Home › News › Title", "Title", id="single-guillemet"),
            pytest.param("Home > Newsroom", "Newsroom", id="one-separator-short"),
            pytest.param(
                "Prices rise > wages in three of the four states", None, id="one-separator"
            ),
            pytest.param("Water restrictions eased", None, id="headline"),
            pytest.param(
                "You are here: Home / Media releases / Ferry fares frozen for a year",
                "Ferry fares frozen for a year",
                id="you-are-here-slashes",
            ),
            pytest.param(
                "Sie sind hier: Startseite / Presse / Neue Radwege in Kassel",
                "Neue Radwege in Kassel",
                id="de-sie-sind-hier-slashes",
            ),
            pytest.param(
                "Home / News / Harbour dredging starts in May",
                "Harbour dredging starts in May",
                id="home-first-slashes",
            ),
            pytest.param(
                "You are here: Home > News > Harbour dredging starts in May",
                "Harbour dredging starts in May",
                id="you-are-here-gt",
            ),
            pytest.param(
                "Input / output prices rise / fall in a month", None, id="slashes-in-headline"
            ),
            pytest.param("Note: rail / bus / tram fares change today", None, id="label-not-trail"),
            pytest.param("Business News›Ferries› Harbour", "Harbour", id="unspaced-chevrons"),
            pytest.param("seaview.example ›Ferries", "Ferries", id="unspaced-chevron-two-items"),
            pytest.param(
                "›Ferry fares frozen for two years in Seaview", None, id="chevron-marking-a-link"
            ),
            pytest.param("Er sagte ›Nein‹ zur Fähre", None, id="chevrons-quoting"),
            pytest.param(
                "Ferry fares in Seaview›frozen for two years now", None, id="long-two-items"
            ),
        ],
    )
    def test_breadcrumb(self, text: str, expected: str | None) -> None:
        """
        The last item of a breadcrumb trail.
        """
        assert expected == _letterhead.breadcrumb(text)


class TestBodyName:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Ministry of Ports & Shipping", "Ministry of Ports & Shipping", id="en-ministry"
            ),
            pytest.param(
                "U.S. Department of the Interior",
                "U.S. Department of the Interior",
                id="en-qualified-department",
            ),
            pytest.param("Government of Kenya", "Government of Kenya", id="en-government-of"),
            pytest.param(
                "Bundesministerium für Gesundheit", "Bundesministerium für Gesundheit", id="de"
            ),
            pytest.param(
                "Sächsisches Staatsministerium für Kultus",
                "Sächsisches Staatsministerium für Kultus",
                id="de-land-qualifier",
            ),
            pytest.param(
                "Ministère de la Transition écologique",
                "Ministère de la Transition écologique",
                id="fr-lower-case-adjective",
            ),
            pytest.param("Secretaría de Cultura", "Secretaría de Cultura", id="es-secretaria"),
            pytest.param(
                "Министерство сельского хозяйства",
                "Министерство сельского хозяйства",
                id="ru-genitive-portfolio",
            ),
            pytest.param("Le Conseil fédéral", "Conseil fédéral", id="fr-article-dropped"),
            pytest.param(
                "Polizeipräsidium Oberfranken", "Polizeipräsidium Oberfranken", id="de-police-hq"
            ),
            pytest.param(
                "Bayerische Staatskanzlei", "Bayerische Staatskanzlei", id="de-state-chancellery"
            ),
            pytest.param("Landratsamt Rosenheim", "Landratsamt Rosenheim", id="de-district"),
            pytest.param("Préfecture du Finistère", "Préfecture du Finistère", id="fr-prefecture"),
            pytest.param("Mairie de Lyon", "Mairie de Lyon", id="fr-town-hall"),
            pytest.param("Ayuntamiento de Sevilla", "Ayuntamiento de Sevilla", id="es-town-hall"),
            pytest.param("Junta de Castilla y León", "Junta de Castilla y León", id="es-junta"),
            pytest.param("Regione Puglia", "Regione Puglia", id="it-region"),
            pytest.param("Comune di Bologna", "Comune di Bologna", id="it-municipality"),
            pytest.param("Prefeitura de Recife", "Prefeitura de Recife", id="pt-city-hall"),
            pytest.param(
                "Eidgenössisches Departement des Innern",
                "Eidgenössisches Departement des Innern",
                id="de-swiss-departement",
            ),
            pytest.param("Ministerstwo Rolnictwa", "Ministerstwo Rolnictwa", id="pl-ministry"),
            pytest.param("Urząd Miasta Gdańska", "Urząd Miasta Gdańska", id="pl-city-office"),
            pytest.param(
                "Правительство Омской области",
                "Правительство Омской области",
                id="ru-regional-government",
            ),
            pytest.param(
                "Администрация города Перми",
                "Администрация города Перми",
                id="ru-city-administration",
            ),
            pytest.param(
                "Правительство области выделит деньги на ремонт школ",
                None,
                id="ru-headline-opening-with-a-body",
            ),
            pytest.param("XXIV Governo", None, id="numbered-term-of-office"),
            pytest.param(
                "Regione approva il nuovo piano per le scuole di montagna",
                None,
                id="it-headline-opening-with-a-body",
            ),
            pytest.param("The Ministry", None, id="bare-head-is-a-menu-item"),
            pytest.param(
                "Ministério da Educação abre inscrições para bolsas de estudo no exterior",
                None,
                id="pt-headline-opening-with-a-body",
            ),
            pytest.param("MINISTRY ANNOUNCES NEW FERRY ROUTES", None, id="capitals"),
            pytest.param("Department of Transport said on Monday.", None, id="sentence"),
            pytest.param("Ministry of Health 2024", None, id="digits"),
            pytest.param("Ferry services return to the islands", None, id="no-body"),
        ],
    )
    def test_body_name(self, text: str, expected: str | None) -> None:
        """
        A line that is only a public body's name, without an article.
        """
        assert expected == _letterhead.body_name(text)


class TestLabelStrip:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Dated: 7 Sep 2000 Number: 00/576 Portfolio: Health", True, id="three-pairs"
            ),
            pytest.param("Dateline: Vienna | Author: UNODC", True, id="bar-pairs"),
            pytest.param("Date: 7 Sep 2000", False, id="one-pair"),
            pytest.param("Date: 1 May Place: Vienna.", False, id="sentence-end"),
            pytest.param("Note: this is: a sentence.", False, id="colons-in-sentence"),
        ],
    )
    def test_is_label_strip(self, text: str, expected: bool) -> None:
        """
        A line of several ``Label: value`` pairs.
        """
        assert expected == _letterhead.is_label_strip(text)


class TestCleanTitle:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Budget cuts hurt rural schools MPS 025/2000",
                "Budget cuts hurt rural schools",
                id="reference",
            ),
            pytest.param(
                "Budget cuts hurt rural schools - Education Media Release e12/2004 Page 1 of 3",
                "Budget cuts hurt rural schools",
                id="kind-and-number-after",
            ),
            pytest.param(
                "Rural schools get more teachers EDU 031/2004 - Budget Media Release 4",
                "Rural schools get more teachers",
                id="kind-after-reference",
            ),
            pytest.param(
                "Rural schools get more teachers - Education Media Release ... Page 2 of 2",
                "Rural schools get more teachers",
                id="kind-number-cut-short",
            ),
            pytest.param(
                "Rural schools - media release of the report delayed",
                "Rural schools - media release of the report delayed",
                id="kind-words-in-a-headline",
            ),
            pytest.param(
                "Budget cuts hurt rural schools http://www.example.org/a.html",
                "Budget cuts hurt rural schools",
                id="url",
            ),
            pytest.param(
                "Ferry timetable update: May 2017 newsroom.harbour.gov.au",
                "Ferry timetable update: May 2017",
                id="host-name-after",
            ),
            pytest.param(
                "Harbour app reaches v2.0", "Harbour app reaches v2.0", id="version-is-no-host"
            ),
            pytest.param(
                "Senator Jane Doe - Budget cuts hurt rural schools",
                "Budget cuts hurt rural schools",
                id="leading-byline",
            ),
            pytest.param(
                "Budget cuts hurt rural schools, says report Jane Doe - Minister for Education",
                "Budget cuts hurt rural schools, says report",
                id="trailing-byline",
            ),
            pytest.param("Budget cuts Budget cuts", "Budget cuts", id="printed-twice"),
            pytest.param(
                "E14/2009 Budget cuts hurt rural schools",
                "Budget cuts hurt rural schools",
                id="leading-release-number",
            ),
            pytest.param("2009 budget cuts hurt", "2009 budget cuts hurt", id="leading-year-kept"),
            pytest.param(
                "Budget cuts hurt rural schools - ",
                "Budget cuts hurt rural schools",
                id="trailing-dash",
            ),
            pytest.param("Jane Doe - Hi", "Jane Doe - Hi", id="short-after-dash"),
            pytest.param(
                "G20 leaders meet in Osaka", "G20 leaders meet in Osaka", id="digit-early"
            ),
            pytest.param(
                "Rural nursing scholarships open for 2008",
                "Rural nursing scholarships open for 2008",
                id="closing-year",
            ),
            pytest.param(
                "Budget cuts hurt rural schools FA67",
                "Budget cuts hurt rural schools",
                id="letters-digits-reference",
            ),
            pytest.param(
                "Budget cuts hurt rural schools news/2000/budget.htm",
                "Budget cuts hurt rural schools",
                id="relative-page-path",
            ),
            pytest.param(
                "Ferry Fares Frozen http://www.example.org//media/0501/ff020501.html",
                "Ferry Fares Frozen",
                id="page-address",
            ),
            pytest.param(
                "Ferry fares frozen, see //example.org/fares for the new timetable",
                "Ferry fares frozen, see //example.org/fares for the new timetable",
                id="address-inside-words-kept",
            ),
            pytest.param(
                "Road toll falls | Ministry of Transport",
                "Road toll falls",
                id="bar-site-suffix",
            ),
            pytest.param(
                "Floods displace thousands - Mali - ReliefWeb",
                "Floods displace thousands",
                id="dash-site-suffix",
            ),
            pytest.param(
                "2009-10 Health Budget funds new clinics",
                "2009-10 Health Budget funds new clinics",
                id="leading-financial-year",
            ),
            pytest.param(
                "Regional arrivals rise in 2011/2012",
                "Regional arrivals rise in 2011/2012",
                id="closing-financial-year",
            ),
            pytest.param(
                "2009/11 Health Budget funds new clinics",
                "Health Budget funds new clinics",
                id="leading-number-like-a-year-range",
            ),
            pytest.param(
                "Ferry fares frozen for another year ***For immediate release***",
                "Ferry fares frozen for another year",
                id="notice-in-asterisks-after",
            ),
            pytest.param(
                "FERRY FARES FROZEN FOR ANOTHER YEAR *** CHECK AGAINST DELIVERY",
                "FERRY FARES FROZEN FOR ANOTHER YEAR",
                id="speech-notice-after",
            ),
            pytest.param(
                "Ferry fares frozen ** for a second year **",
                "Ferry fares frozen ** for a second year **",
                id="words-in-asterisks-kept",
            ),
            pytest.param(
                "Jane Roe, John Doe - Ferry Fares Frozen For Another Year",
                "Ferry Fares Frozen For Another Year",
                id="joint-byline-with-comma",
            ),
            pytest.param(
                "Jane Roe and John Doe - New Ferry, Same Old Timetable",
                "New Ferry, Same Old Timetable",
                id="joint-byline-with-and",
            ),
            pytest.param(
                "Jane Roe and the council - a life spent on the ferries",
                "Jane Roe and the council - a life spent on the ferries",
                id="name-and-words-dash-kept",
            ),
            pytest.param(
                "PREMIER WATTS - WHERE IS THE MONEY?",
                "PREMIER WATTS - WHERE IS THE MONEY?",
                id="capitals-name-dash-kept",
            ),
            pytest.param(
                "Jane Doe - a life spent in the law courts",
                "Jane Doe - a life spent in the law courts",
                id="name-dash-lower-case-kept",
            ),
        ],
    )
    def test_clean_title(self, text: str, expected: str) -> None:
        """
        A headline without what sites print around it on the same line.
        """
        assert expected == _letterhead.clean_title(text)


class TestClosePortfolio:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "MINISTER FOR FOREIGN AFFAIRS PETER ALDEN",
                "MINISTER FOR FOREIGN AFFAIRS",
                id="holder-after-affairs-caps",
            ),
            pytest.param(
                "Minister for Veterans' Affairs Mailing List",
                "Minister for Veterans' Affairs",
                id="page-words-after-affairs",
            ),
            pytest.param(
                "Minister for Foreign Affairs and Trade",
                "Minister for Foreign Affairs and Trade",
                id="affairs-and-more",
            ),
            pytest.param(
                "Shadow Minister for Fisheries and",
                "Shadow Minister for Fisheries",
                id="dangling-and-at-a-line-break",
            ),
            pytest.param(
                "MINISTER FOR ENERGY &",
                "MINISTER FOR ENERGY",
                id="dangling-ampersand",
            ),
            pytest.param("Minister for", "Minister for", id="bare-head-kept"),
            pytest.param(
                "Minister for Indigenous Affairs & Sport",
                "Minister for Indigenous Affairs & Sport",
                id="affairs-ampersand-more",
            ),
            pytest.param(
                "Minister for Foreign Affairs of Norway",
                "Minister for Foreign Affairs of Norway",
                id="affairs-of-a-country",
            ),
            pytest.param(
                "Minister for Home Affairs, Justice and Corrections",
                "Minister for Home Affairs, Justice and Corrections",
                id="affairs-comma-more",
            ),
        ],
    )
    def test_close_portfolio(self, text: str, expected: str) -> None:
        """
        An office ends after "Affairs" unless a connector carries it on.
        """
        assert expected == _letterhead.close_portfolio(text)


class TestSubstantiveOffice:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Acting Minister for Health", "Minister for Health", id="acting"),
            pytest.param(
                "ACTING LEADER OF THE OPPOSITION", "LEADER OF THE OPPOSITION", id="capitals"
            ),
            pytest.param("Minister for Health", "Minister for Health", id="no-acting"),
            pytest.param("Acting Commissioner", "Acting Commissioner", id="bare-head-stays"),
        ],
    )
    def test_substantive_office(self, text: str, expected: str) -> None:
        """
        "Acting" before an office is the holder's capacity, not the office.
        """
        assert expected == _letterhead.substantive_office(text)


class TestOfficeInHeadline:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "MINISTER FOR FOREIGN AFFAIRS TALKS ON FISHERIES RESUME",
                "MINISTER FOR FOREIGN AFFAIRS",
                id="letterhead-run-into-headline",
            ),
            pytest.param(
                "Address by the Minister for Transport, Dr Nina Castell, to the Ferry Forum",
                "Minister for Transport",
                id="speech-byline",
            ),
            pytest.param("PRIME MINISTER", "PRIME MINISTER", id="office-alone"),
            pytest.param(
                "Joint statement by the Minister for Transport and the Minister for Tourism",
                None,
                id="two-offices-joint",
            ),
            pytest.param(
                "Minister for Transport, at the opening of the ferry terminal",
                None,
                id="runs-on-in-lower-case",
            ),
            pytest.param("Minister of guardianship reforms", None, id="lower-case-portfolio"),
            pytest.param(
                "Ferry Timetable Blow From Federal Minister", None, id="object-of-headline"
            ),
            pytest.param(
                "We Thought The Ferries Were Saved, Prime Minister",
                None,
                id="addressed-by-headline",
            ),
            pytest.param(
                "Address by Nina Castell, former Transport Minister of Ruritania, Harbour Forum",
                None,
                id="former-holder",
            ),
            pytest.param("Ferry fares fall in July", None, id="no-office"),
        ],
    )
    def test_office_in_headline(self, text: str, expected: str | None) -> None:
        """
        An office a headline's line names, in the shape of a portfolio.
        """
        assert expected == _letterhead.office_in_headline(text)


class TestBylineOffice:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Tunnel Tolls Must Go Nina Castell - Shadow Minister for Transport",
                "Shadow Minister for Transport",
                id="name-office-after-headline",
            ),
            pytest.param(
                "Rural Clinics Reopen Tom Reyes - Leader of the Opposition",
                "Leader of the Opposition",
                id="leader-office",
            ),
            pytest.param(
                "Rural Clinics Reopen Tom Reyes - Minister for Health Telephone 02 6277 7220",
                None,
                id="office-does-not-end-the-line",
            ),
            pytest.param(
                "Rural clinics reopen as promised - Minister for Health",
                None,
                id="no-name-before-the-dash",
            ),
            pytest.param("Rural Clinics Reopen Tom Reyes - Health", None, id="no-office"),
            pytest.param("Rural Clinics Reopen", None, id="no-dash"),
        ],
    )
    def test_byline_office(self, text: str, expected: str | None) -> None:
        """
        The office of a ``Name - Office`` byline printed after a headline.
        """
        assert expected == _letterhead.byline_office(text)


class TestSplitTitleCaseLead:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Greens Call for Ban on Old Growth Logging Senators today urged the "
                "Government to stop logging.",
                (
                    "Greens Call for Ban on Old Growth Logging",
                    "Senators today urged the Government to stop logging.",
                ),
                id="split",
            ),
            pytest.param(
                "The minister said today that the plan would go ahead as agreed.",
                None,
                id="sentence",
            ),
            pytest.param("New Funding For Schools", None, id="title-only"),
            pytest.param("A B c d e f", None, id="head-too-short"),
            pytest.param(
                "Funding for Schools announced today by the minister", None, id="lower-head"
            ),
            pytest.param(
                "Harbour Plan Stalls The Coastal Greens have asked the council to wait.",
                ("Harbour Plan Stalls", "The Coastal Greens have asked the council to wait."),
                id="sentence-opener-before-a-name",
            ),
            pytest.param(
                "FUNDS FOR FLOOD RELIEF Foreign Minister Jane Doe today announced new aid.",
                (
                    "FUNDS FOR FLOOD RELIEF",
                    "Foreign Minister Jane Doe today announced new aid.",
                ),
                id="headline-in-capitals-before-a-name",
            ),
            pytest.param(
                "Rates Relief for Farmers in The Valley Councillors voted unanimously today.",
                ("Rates Relief for Farmers in The Valley", "Councillors voted unanimously today."),
                id="opener-after-connecting-word-stays",
            ),
            pytest.param(
                "Exmouth People Smugglers Jailed Nine Sri Lankan people smugglers were "
                "sentenced today in Perth.",
                (
                    "Exmouth People Smugglers Jailed",
                    "Nine Sri Lankan people smugglers were sentenced today in Perth.",
                ),
                id="docstring-capitalised-subject",
                marks=gap(
                    "split_title_case_lead starts the sentence one word before the first two "
                    "lower-case words, so a capitalised subject ('Nine Sri Lankan') is cut "
                    "after 'Sri': the docstring's own example splits wrongly"
                ),
            ),
        ],
    )
    def test_split(self, text: str, expected: tuple[str, str] | None) -> None:
        """
        A headline in title case split from the sentence on the same line.
        """
        assert expected == _letterhead.split_title_case_lead(text)


class TestIssuerInLead:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Senator Jane Roe  Shadow Minister for Defence I Senator for Tasmania said "
                "the base would stay open.",
                "Shadow Minister for Defence",
                id="rule-read-as-capital-i",
            ),
            pytest.param(
                "The Prime Minister must explain the delay in the ferry contract, the "
                "Harbour Party said today.",
                "Harbour Party",
                id="speaker-after-the-office-spoken-of",
            ),
            pytest.param(
                "Ferry fares will fall in July, the Minister for Transport, Dr Nina Castell, "
                "has announced.",
                "Minister for Transport",
                id="speaker-with-style-and-name",
            ),
            pytest.param(
                "Ferry fares must fall, according to the Harbour Party.",
                "Harbour Party",
                id="according-to-the-speaker",
            ),
            pytest.param(
                "The Coastal Government has cut ferry services twice this year, and the "
                "Harbour Party wants them restored.",
                "Harbour Party",
                id="government-passed-over",
            ),
            pytest.param(
                "The Federal Government has approved two new ferry routes.",
                "Federal Government",
                id="government-alone-kept",
            ),
            pytest.param(
                "Ferries will run later, the Minister for Transport, Nina Castell and the "
                "Minister for Tourism, Tom Reyes, said today.",
                "Minister for Transport",
                id="joint-speakers-first",
            ),
            pytest.param(
                "Nina Castell, Minister for Transport and Senator Tom Reyes, Minister for "
                "Tourism, today announced later ferries.",
                "Minister for Transport",
                id="joint-speakers-names-first",
            ),
            pytest.param(
                "Ferries will run later, the Minister for Transport and Minister for Tourism, "
                "Nina Castell, said today.",
                "Minister for Tourism",
                id="one-holders-offices-the-one-by-the-name",
            ),
            pytest.param(
                "The Minister for Immigration and Citizenship, Senator Chris Evans, said "
                "today that visas would be processed faster.",
                "Minister for Immigration and Citizenship",
                id="office-in-prose",
            ),
            pytest.param(
                "The Australian Greens have called for a royal commission.",
                "Australian Greens",
                id="organisation",
            ),
            pytest.param(
                "Prime Minister Jane Doe said the budget would balance.",
                "Prime Minister",
                id="office-before-name",
            ),
            pytest.param("Rain fell across the region overnight.", None, id="none"),
            pytest.param("the minister for health said nothing.", None, id="lower-case"),
            pytest.param(
                "Regional MP Dana Holt says Health Minister Tom Reid has ignored the clinics.",
                None,
                id="bare-head-names-no-office",
            ),
            pytest.param(
                "Trade Minister Tom Reid and the Minister for Tourism, Dana Holt, met today.",
                "Minister for Tourism",
                id="office-after-a-bare-head",
            ),
            pytest.param(
                "Minister for Tourism Minister for Sport Dana Holt today opened the stadium.",
                "Minister for Tourism",
                id="second-office-ends-the-first",
            ),
            pytest.param(
                "Minister for Tourism and Minister for Sport Dana Holt opened the stadium.",
                "Minister for Tourism",
                id="second-office-after-and",
            ),
            pytest.param(
                "Minister for Regional Affairs Telephone: 02 6277 7220 The grants open today.",
                "Minister for Regional Affairs",
                id="contact-label-ends-it",
            ),
            pytest.param(
                "SPEECH The Hon. Dana Holt MP Minister for Veterans' Affairs Monday, 26 March "
                "2007 Thank you for having me at this lunch.",
                "Minister for Veterans' Affairs",
                id="weekday-ends-it",
            ),
            pytest.param(
                "The Minister for Agriculture, Fisheries and Forestry, Owen Marsh, said the "
                "season had been good.",
                "Minister for Agriculture, Fisheries and Forestry",
                id="portfolio-listed-with-commas",
            ),
            pytest.param(
                "The Minister for Agriculture, Owen Marsh, said the season had been good.",
                "Minister for Agriculture",
                id="comma-apposition-is-no-list",
            ),
            pytest.param(
                "The Minister for Agriculture, Owen Marsh and the Treasurer said the season "
                "had been good.",
                "Minister for Agriculture",
                id="name-then-and-lower-case",
            ),
            pytest.param(
                "The Parliamentary Secretary to the Prime Minister, Dana Holt, said the forum "
                "would meet in May.",
                "Parliamentary Secretary to the Prime Minister",
                id="prime-minister-inside-a-portfolio",
            ),
            pytest.param(
                "The Minister Assisting the Minister for Defence, Dana Holt, said the base "
                "would stay open.",
                "Minister Assisting the Minister for Defence",
                id="minister-after-the",
            ),
            pytest.param(
                "The Secretary-General welcomes the agreement.",
                "Secretary-General",
                id="hyphenated-office",
            ),
            pytest.param(
                "The council has approved the plan for cycle lanes.",
                None,
                id="the-plus-body-word",
            ),
            pytest.param(
                "Leeds City Council has approved new cycle lanes.",
                "Leeds City Council",
                id="three-word-name",
            ),
            pytest.param(
                "The Department of Health announced today that clinics would open.",
                "Department of Health",
                id="portfolio-runs-on",
            ),
            pytest.param(
                "Farmers across the tablelands have waited more than two years for the "
                "promised upgrade of the rail freight line between the grain terminals and "
                "the port, and harvest trucks now queue for hours on the highway every "
                "autumn as a result of the long delays, according to the Shadow Minister for "
                "Rural Roads and Freight Lines, Jo Roe.",
                "Shadow Minister for Rural Roads and Freight Lines",
                id="office-running-past-the-lead",
            ),
            pytest.param(
                "Farmers across the tablelands have waited more than two years for the "
                "promised upgrade of the rail freight line between the grain terminals and "
                "the port, and harvest trucks now queue for hours on the highway every "
                "autumn as a result of the long delays, local growers said on Tuesday "
                "morning in Dubbo, and the Shadow Minister for Rural Roads agreed.",
                None,
                id="office-after-the-lead",
            ),
            pytest.param(
                "Staff at the Department of Health's regional offices will move in May.",
                None,
                id="possessive-is-a-mention",
            ),
            pytest.param(
                "Jo Roe, a former Harbour Safety Council official, told the inquiry.",
                None,
                id="former-and-role-noun-modifier",
            ),
            pytest.param(
                "Lakeside Planning Committee chairman Tom Reyes speaks after a vote.",
                None,
                id="modifier-before-role-noun",
            ),
            pytest.param(
                "The firm is being investigated by the New York State Attorney General.",
                None,
                id="tail-of-a-longer-proper-noun",
            ),
            pytest.param(
                "Rain fell on the town on May 1, 2020. Lakelandish Prime Minister Jo Roe "
                "hailed the harvest.",
                None,
                id="head-after-a-nationality",
            ),
            pytest.param(
                "Oakland's Harbour Party was accused on Monday of hiding the report.",
                None,
                id="possessive-owner",
            ),
            pytest.param(
                "Two envoys testified before the Harbour Security Committee on Tuesday.",
                None,
                id="object-of-a-preposition",
            ),
            pytest.param(
                "Senator Jo Roe's call for a Harbour Commission into the ferry contract "
                "has been backed by a leading lawyer.",
                None,
                id="object-of-a-preposition-after-an-indefinite-article",
            ),
            pytest.param(
                "Doctors are urging the Department of Port Health to accept their offer.",
                None,
                id="object-asked-to-act",
            ),
            pytest.param(
                "Le Premier ministre a fait savoir qu'il cherchait un remplaçant.",
                None,
                id="bare-head-inside-the-lead",
            ),
            pytest.param(
                "Prime Minister Jo Roe today opened the new wing of the hospital.",
                "Prime Minister",
                id="bare-head-opening-the-lead",
            ),
            pytest.param(
                "THE HON JO ROE QC MP Attorney-General Minister for Emergency Management",
                "Attorney-General",
                id="bare-head-after-the-holder",
            ),
            pytest.param(
                "The Harbour Greens’ council has voted to condemn the plan.",
                "Harbour Greens",
                id="plural-possessive-is-the-party",
            ),
            pytest.param(
                "Funding was welcomed by the Minister for Ports, Jo Roe, who said it would help.",
                "Minister for Ports",
                id="passive-agent-still-an-issuer",
            ),
            pytest.param(
                "Funding for the port will rise next year, the Prime Minister said.",
                "Prime Minister",
                id="a-speech-verb-beats-a-mention",
            ),
            pytest.param(
                "The Northern Rivers Growers' Federation has welcomed the early rain.",
                "Northern Rivers Growers' Federation",
                id="several-words-before-the-body",
            ),
            pytest.param(
                "Families will be housed at the Harbour Transit Centre from March.",
                None,
                id="centre-not-speaking-is-no-issuer",
            ),
            pytest.param(
                "The Harbour Legal Centre said the ruling would help tenants.",
                "Harbour Legal Centre",
                id="centre-speaking",
            ),
            pytest.param(
                "The Government of New Zealand and the Pacific Islands Council met today.",
                "Pacific Islands Council",
                id="government-of-is-passed-over",
            ),
        ],
    )
    def test_issuer_in_lead(self, text: str, expected: str | None) -> None:
        """
        The office or organisation the first paragraph names first.
        """
        assert expected == _letterhead.issuer_in_lead(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "The Minister for Ports, Jane Roe, said the ferries would run all winter.",
                "Minister for Ports",
                id="speaker",
            ),
            pytest.param(
                "The Minister for Ports, Jane Roe, and the Minister for Tourism, Tom Reyes, "
                "said the ferries would run all winter.",
                "Minister for Ports",
                id="first-of-joint-speakers",
            ),
            pytest.param(
                "Prime Minister Jane Roe and Opposition Leader Tom Reyes are to meet the "
                "ferry crews on Monday.",
                None,
                id="subject-of-no-speech-verb",
            ),
            pytest.param(
                "Islanders asked the Minister for Ports why the ferries stopped.",
                None,
                id="object",
            ),
        ],
    )
    def test_speaker_in_lead(self, text: str, expected: str | None) -> None:
        """
        The issuer a paragraph names only where a speech verb is its.
        """
        assert expected == _letterhead.speaker_in_lead(text)


WRAPPED = (
    "Applications are now open for two hundred scholarships for nurses who\n"
    "agree to work in rural and remote hospitals for at least two years\n"
    "after they graduate.\n"
    "\n"
    "Each scholarship is worth up to $10,000 a year and covers course fees,\n"
    "books and the cost of travelling to clinical placements.\n"
)
ONE_A_LINE = (
    "One paragraph on its own line ends like a sentence.\n"
    "Another paragraph on its own line ends the same way.\n"
)


class TestIsWrapped:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(WRAPPED, True, id="wrapped-blank-lines"),
            pytest.param(WRAPPED.replace("\n\n", "\n"), True, id="wrapped-no-blank-lines"),
            pytest.param(ONE_A_LINE, False, id="one-paragraph-a-line"),
            pytest.param(
                "The regional water authorities said on Monday that they\nDate: 4 May 2022\n",
                False,
                id="one-continuation",
            ),
            pytest.param(
                "- first item of a list that goes on and on without\n"
                "- second item of the same list in lower case\n"
                "- third item of the same list in lower case too\n",
                False,
                id="bulleted-items",
            ),
            pytest.param(
                "Date: Monday 4 May 2022, in the morning before\n"
                "noon\n"
                "Place: the regional council chamber in the\n"
                "town hall\n",
                False,
                id="labels-are-not-open-lines",
            ),
            pytest.param("", False, id="empty"),
            pytest.param(
                "Die Stadtwerke senken zum 1. Januar den Arbeitspreis für\n"
                "Erdgas um zwölf Prozent, weil die Einkaufspreise im\n"
                "Herbst deutlich gefallen sind. Kunden müssen dafür keine\n"
                "Anträge stellen.\n",
                True,
                id="de-capitalised-nouns",
                marks=gap(
                    "is_wrapped counts only continuations opening in lower case; German "
                    "nouns ('Erdgas', 'Herbst', 'Anträge') open continuation lines in capitals"
                ),
            ),
        ],
    )
    def test_is_wrapped(self, text: str, expected: bool) -> None:
        """
        A page whose long lines often stop mid-sentence and go on below.
        """
        assert expected == is_wrapped(_lines(text))


class TestJoinUnits:
    @pytest.mark.parametrize(
        ("text", "units", "gaps"),
        [
            pytest.param(
                WRAPPED,
                [
                    "Applications are now open for two hundred scholarships for nurses who "
                    "agree to work in rural and remote hospitals for at least two years after "
                    "they graduate.",
                    "Each scholarship is worth up to $10,000 a year and covers course fees, books "
                    "and the cost of travelling to clinical placements.",
                ],
                [False, True],
                id="paragraphs-with-blank-lines",
            ),
            pytest.param(
                ONE_A_LINE,
                [
                    "One paragraph on its own line ends like a sentence.",
                    "Another paragraph on its own line ends the same way.",
                ],
                [False, False],
                id="sentence-ends-stay-apart",
            ),
            pytest.param(
                "The agreement on regional co-\noperation was signed in the capital today.\n",
                ["The agreement on regional co-operation was signed in the capital today."],
                [False],
                id="hyphen-inside-word",
            ),
            pytest.param(
                "The sixteen ministers met in Vienna and Geneva,\n"
                "Bern and Prague over the course of two weeks.\n",
                [
                    "The sixteen ministers met in Vienna and Geneva, Bern and Prague over the "
                    "course of two weeks."
                ],
                [False],
                id="open-comma-capital-next",
            ),
            pytest.param(
                "RURAL NURSING SCHOLARSHIPS OPEN FOR THE YEAR AHEAD\n"
                "Applications are now open for two hundred scholarships.\n",
                [
                    "RURAL NURSING SCHOLARSHIPS OPEN FOR THE YEAR AHEAD",
                    "Applications are now open for two hundred scholarships.",
                ],
                [False, False],
                id="caps-then-mixed-case",
            ),
            pytest.param(
                "The regional water authorities said on Monday that the\n\nRivers rose.\n",
                [
                    "The regional water authorities said on Monday that the",
                    "Rivers rose.",
                ],
                [False, True],
                id="capital-after-blank-line",
            ),
            pytest.param(
                "The regional water authorities said on Monday that the\nPlace: Vienna\n",
                ["The regional water authorities said on Monday that the", "Place: Vienna"],
                [False, False],
                id="label-never-continues",
            ),
            pytest.param(
                "The measures listed below take effect on Monday for\n- every river\n",
                ["The measures listed below take effect on Monday for", "every river"],
                [False, False],
                id="marker-never-continues",
            ),
            pytest.param(
                "Short open line\nGoes on here.\n",
                ["Short open line", "Goes on here."],
                [False, False],
                id="short-line-capital-next",
            ),
            pytest.param(
                "Bridge inspections find no structural damage after earthquake\n"
                "CHRISTCHURCH, 8 March 2016 - Engineers have inspected all ninety road\n"
                "bridges in the district since Sunday.\n",
                [
                    "Bridge inspections find no structural damage after earthquake",
                    "CHRISTCHURCH, 8 March 2016 - Engineers have inspected all ninety road "
                    "bridges in the district since Sunday.",
                ],
                [False, False],
                id="headline-then-dateline",
            ),
        ],
    )
    def test_wrapped(self, text: str, units: list[str], gaps: list[bool]) -> None:
        """
        On a wrapped page, printed lines join into paragraph units.
        """
        joined, blank_before = join_units(_lines(text), wrapped=True)

        assert (units, gaps) == ([u.text for u in joined], blank_before)

    def test_not_wrapped_keeps_every_line(self) -> None:
        """
        With *wrapped* false every non-blank line is its own unit.
        """
        joined, blank_before = join_units(_lines(WRAPPED), wrapped=False)

        assert 5 == len(joined)
        assert [False, False, False, True, False] == blank_before

    def test_joined_unit_keeps_printed_lines(self) -> None:
        """
        A joined unit keeps the first line's number and the printed lines as raw.
        """
        joined, _ = join_units(_lines(WRAPPED), wrapped=True)

        assert (0, 4) == (joined[0].number, joined[1].number)
        assert WRAPPED.split("\n\n")[0] == joined[0].raw

    def test_tagged_lines_never_join(self) -> None:
        """
        Lines read from HTML elements are units already.
        """
        lines = [
            Line(
                0,
                "The regional water authorities said that",
                "The regional water authorities said that",
                tag="p",
            ),
            Line(1, "they would share data", "they would share data", tag="p"),
        ]

        assert 2 == len(join_units(lines, wrapped=True)[0])


class TestSplitGluedHeadline:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Ministers agree on a shared plan for the river basin The ministers of six "
                "countries met in the capital today and signed the plan.",
                (
                    "Ministers agree on a shared plan for the river basin",
                    "The ministers of six countries met in the capital today and signed the plan.",
                ),
                id="the-opens-the-sentence",
            ),
            pytest.param(
                "New ferry line for the islands While the old route closes in May, a new "
                "line will run twice a day from the harbour.",
                (
                    "New ferry line for the islands",
                    "While the old route closes in May, a new line will run twice a day from "
                    "the harbour.",
                ),
                id="while-opens-the-sentence",
            ),
            pytest.param(
                "The ministers of six countries met in the capital today and signed the plan "
                "for the basin.",
                None,
                id="opener-at-the-start-only",
            ),
            pytest.param(
                "Ministers agree, The plan is signed by all six countries after a long night "
                "of talks in the capital.",
                None,
                id="comma-before-opener",
            ),
            pytest.param(
                "Plan for the The river basin agreed by all six countries after a long night "
                "of talks in the capital.",
                None,
                id="connector-before-opener",
            ),
            pytest.param(
                "I name today the new head of the port authority.  He will replace Mr Les "
                "Moran, who has led it since 2003.",
                None,
                id="sentence-ended-before-opener",
            ),
            pytest.param(
                "New head for the port authority named by Mr Les Moran on his last day in "
                "the office before he retires.",
                None,
                id="style-before-opener",
            ),
        ],
    )
    def test_split(self, text: str, expected: tuple[str, str] | None) -> None:
        """
        A headline glued to its first sentence splits at a capitalised
        sentence opener; an opener after a comma, a connecting word or a
        person's style, one after a sentence has ended, or none after the
        third word, gives no split.
        """
        assert expected == _letterhead.split_glued_headline(text)


class TestOfficesTogether:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Minister for Defence Leader of the Government", "Minister for Defence"),
            pytest.param("Deputy Prime Minister and Minister for Trade", "Deputy Prime Minister"),
            pytest.param(
                "Parliamentary Secretary to the Minister for Health",
                "Parliamentary Secretary to the Minister for Health",
                id="office-inside-a-portfolio",
            ),
            pytest.param(
                "Minister for Health Telephone: (02) 6277 7220", "Minister for Health", id="phone"
            ),
            pytest.param("Minister for Health The Hon Jane Roe MP", "Minister for Health"),
            pytest.param("Minister", None, id="bare-head"),
            pytest.param(
                "SHADOW MINISTER FOR HEALTH FEDERAL MEMBER FOR HINKLER",
                "SHADOW MINISTER FOR HEALTH",
                id="stops-at-seat",
            ),
            pytest.param(
                "Minister for Trade Member for Fremantle", "Minister for Trade", id="member-for"
            ),
            pytest.param(
                "Minister for Employment Mr Tom Reid", "Minister for Employment", id="mr-name"
            ),
            pytest.param(
                "Minister for Employment, Dr Ann Lee", "Minister for Employment", id="dr-name"
            ),
            pytest.param(
                "MINISTER FOR TRADE MEDIA RELEASE", "MINISTER FOR TRADE", id="kind-label-after"
            ),
            pytest.param(
                "Minister for Trade Joint Media Release",
                "Minister for Trade",
                id="joint-kind-label-after",
            ),
            pytest.param(
                "Minister for Defence Monday, 3 May 2010", "Minister for Defence", id="weekday"
            ),
            pytest.param("Minister for Defence 3 May 2010", "Minister for Defence", id="date"),
            pytest.param(
                "ATTORNEY-GENERAL THE HON. OWEN MARSH QC MP",
                "ATTORNEY-GENERAL",
                id="the-hon-after-an-office-without-portfolio",
            ),
            pytest.param("Treasurer The Hon Jo Roe MP", "Treasurer", id="the-hon-after-treasurer"),
            pytest.param(
                "Parliamentary Secretary to the Prime Minister",
                "Parliamentary Secretary to the Prime Minister",
                id="prime-minister-inside-a-portfolio",
            ),
            pytest.param(
                "Shadow Minister for Health Manager of Opposition Business in the Senate",
                "Shadow Minister for Health",
                id="manager-of-business",
            ),
            pytest.param(
                "Manager of Government Business in the Senate",
                "Manager of Government Business in the Senate",
                id="manager-alone",
            ),
            pytest.param(
                "Manager for Government Business in the Senate",
                "Manager for Government Business in the Senate",
                id="manager-for-business",
            ),
            pytest.param(
                "Minister for Customs and Border Protection",
                "Minister for Customs and Border Protection",
                id="style-letters-inside-a-word",
            ),
            pytest.param(
                "Minister for Tourism Telephone 02 6277 7220",
                "Minister for Tourism",
                id="label-after-word-ending-in-m",
            ),
            pytest.param(
                "Minister for Brand Management",
                "Minister for Brand Management",
                id="and-in-a-word",
            ),
            pytest.param(
                "Shadow Minister for Defence   I   Senator for Tasmania",
                "Shadow Minister for Defence",
                id="rule-read-as-capital-i",
            ),
            pytest.param(
                "Minister for Defence I Senator for Tasmania",
                "Minister for Defence",
                id="rule-read-as-capital-i-one-space",
            ),
            pytest.param(
                "Minister for Indigenous Affairs",
                "Minister for Indigenous Affairs",
                id="capital-i-opening-a-word-kept",
            ),
        ],
    )
    def test_first_office(self, text: str, expected: str | None) -> None:
        """
        A portfolio ends where a second office, a person's style, a seat, a
        contact label, a kind label or a date begins, at the start of a word;
        a head alone names no office.
        """
        assert expected == _letterhead.office(text)

    def test_office_words_counts_every_office(self) -> None:
        """
        office_words counts the words of all the offices a line names.
        """
        text = "Minister for Housing and Minister for the Status of Women"
        assert 9 == _letterhead.office_words(text)
        assert 0 == _letterhead.office_words("Harbour board backs the ferry plan")


class TestOffices:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Minister for Housing and Minister for the Status of Women",
                ["Minister for Housing", "Minister for the Status of Women"],
                id="two-with-and",
            ),
            pytest.param(
                "Senator Ruth Kell  Parliamentary Secretary to the Prime Minister  "
                "Parliamentary Secretary for Multicultural Affairs",
                [
                    "Parliamentary Secretary to the Prime Minister",
                    "Parliamentary Secretary for Multicultural Affairs",
                ],
                id="after-a-person",
            ),
            pytest.param("Minister for Trade", ["Minister for Trade"], id="one"),
            pytest.param(
                "Minister for Trade and the Minister Assisting the Prime Minister for Tourism",
                ["Minister for Trade", "Minister Assisting the Prime Minister for Tourism"],
                id="and-the-minister",
            ),
            pytest.param("Minister and Secretary", [], id="bare-heads"),
            pytest.param("Harbour board backs the ferry plan", [], id="none"),
        ],
    )
    def test_offices(self, text: str, expected: list[str]) -> None:
        """
        Every office a letterhead line names, in order, without bare heads.
        """
        assert expected == _letterhead.offices(text)

    @pytest.mark.parametrize(
        ("candidates", "text", "expected"),
        [
            pytest.param(
                ["Shadow Minister for Tourism", "Shadow Minister for Sport"],
                "The Shadow Minister for Sport, Ella Voss, said the grants were late.",
                "Shadow Minister for Sport",
                id="second-named",
            ),
            pytest.param(
                ["MINISTER FOR TOURISM", "MINISTER FOR SPORT"],
                "The Minister for Tourism opened the new terminal.",
                "MINISTER FOR TOURISM",
                id="any-case",
            ),
            pytest.param(
                ["Minister for Tourism", "Minister for Sport"],
                "Both the Minister for Sport and the Minister for Tourism spoke.",
                "Minister for Tourism",
                id="first-candidate-wins",
            ),
            pytest.param(
                ["Minister for Tourism", "Minister for Sport"],
                "The new terminal opens in May.",
                None,
                id="none-named",
            ),
        ],
    )
    def test_office_named_in(self, candidates: list[str], text: str, expected: str | None) -> None:
        """
        The first letterhead office the body names.
        """
        assert expected == _letterhead.office_named_in(candidates, text)


class TestSpeaksForABody:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Spokesperson for Immigration", True, id="spokesperson"),
            pytest.param("SHADOW SPOKESWOMAN ON HEALTH", True, id="caps-shadow"),
            pytest.param("spokesman on Defence", True, id="lower-case"),
            pytest.param("Minister for Health", False, id="minister"),
            pytest.param("Minister for Health Spokesperson", False, id="not-leading"),
        ],
    )
    def test_speaks_for_a_body(self, text: str, expected: bool) -> None:
        """
        A spokesperson's role, which a party or body holds, not the state.
        """
        assert expected == _letterhead.speaks_for_a_body(text)


class TestIsGovernment:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Federal Government", True, id="federal"),
            pytest.param("Victorian Government", True, id="state"),
            pytest.param("Department of Health", False, id="department"),
            pytest.param("Australian Greens", False, id="party"),
            pytest.param("Minister for Local Government", False, id="portfolio-ending-in-it"),
            pytest.param("Government of New Zealand", True, id="government-of"),
        ],
    )
    def test_is_government(self, text: str, expected: bool) -> None:
        """
        A government named as a whole, not an office whose portfolio ends
        in the word.
        """
        assert expected == _letterhead.is_government(text)


class TestContinuesOffice:
    @pytest.mark.parametrize(
        ("text", "following", "expected"),
        [
            pytest.param("Minister for Agriculture and", "Water Resources", True, id="after-and"),
            pytest.param(
                "SHADOW MINISTER FOR TRADE, TOURISM AND",
                "INVESTMENT",
                True,
                id="caps-after-and",
            ),
            pytest.param(
                "Shadow Minister for Early Childhood",
                "and Youth Affairs",
                True,
                id="opens-with-and",
            ),
            pytest.param(
                "MINISTER FOR AGRICULTURE, FISHERIES AND", "FORESTRY", True, id="one-word"
            ),
            pytest.param(
                "Minister for Regional Services and Local", "Government", True, id="mid-phrase"
            ),
            pytest.param(
                "Minister for Infrastructure, Transport,",
                "Regional Development and Local Government",
                True,
                id="after-a-comma",
            ),
            pytest.param(
                "MINISTER FOR TRADE", "CARLA BENTON", False, id="two-words-may-be-a-name"
            ),
            pytest.param(
                "Minister for Health", "to the Rotary Club of Perth", False, id="opens-with-to"
            ),
            pytest.param(
                "MINISTER FOR HEALTH AND",
                "FEDERAL MEMBER FOR HINKLER",
                False,
                id="seat",
            ),
            pytest.param("MINISTER FOR HEALTH", "MEDIA RELEASE", False, id="kind-label"),
            pytest.param("Minister for Health and", "12 May 2005", False, id="date"),
            pytest.param(
                "Minister for Health and", "Minister for Ageing", False, id="second-office"
            ),
            pytest.param("MINISTER FOR HEALTH AND", "Ageing", False, id="other-case"),
            pytest.param(
                "Minister for Health", "Waiting lists fall", False, id="sentence-case-headline"
            ),
            pytest.param(
                "Minister for Health Telephone", "Enquiries", False, id="office-ends-early"
            ),
            pytest.param("Regional water plan", "Adopted", False, id="no-office"),
            pytest.param(
                "Minister Assisting the Premier",
                "for Multicultural Affairs",
                True,
                id="opens-with-for",
            ),
            pytest.param(
                "Shadow Minister for Health, Jo Roe and Shadow Minister",
                "for Ageing, Disability and Carers, Sam Lee",
                True,
                id="bare-head-then-portfolio-and-name",
            ),
            pytest.param(
                "Minister for Health and Shadow Minister for Roads and",
                "Freight",
                True,
                id="last-of-two-offices",
            ),
            pytest.param(
                "Minister for Trade and Minister for Regional",
                "and Rural Communities",
                True,
                id="last-office-opens-with-and",
            ),
            pytest.param("Minister", "for Health", True, id="bare-head-then-for"),
            pytest.param("Minister", "Health Services", False, id="bare-head-capitals"),
            pytest.param(
                "Minister for Health", "for the first time in years", False, id="for-lower-case"
            ),
        ],
    )
    def test_continues_office(self, text: str, following: str, expected: bool) -> None:
        """
        A column or printed line carries on a wrapped portfolio only in the
        shapes of a wrap.
        """
        assert expected == _letterhead.continues_office(text, following)


class TestDropTrailingName:
    @pytest.mark.parametrize(
        ("office", "page", "expected"),
        [
            pytest.param(
                "MINISTER FOR FOREIGN AFFAIRS JANE ROE",
                "Mrs Roe said the talks would resume in May.",
                "MINISTER FOR FOREIGN AFFAIRS",
                id="name-mentioned-by-surname",
            ),
            pytest.param(
                "MINISTER FOR FOREIGN AFFAIRS JANE ROE",
                "The minister said the talks would resume in May.",
                "MINISTER FOR FOREIGN AFFAIRS JANE ROE",
                id="name-not-mentioned",
            ),
            pytest.param(
                "MINISTER FOR IMMIGRATION AND MULTICULTURAL AFFAIRS",
                "Dr Affairs is no one; Multicultural Affairs are a portfolio.",
                "MINISTER FOR IMMIGRATION AND MULTICULTURAL AFFAIRS",
                id="would-end-on-a-connector",
            ),
            pytest.param(
                "Minister for Foreign Affairs Jane Roe",
                "Mrs Roe said the talks would resume in May.",
                "Minister for Foreign Affairs",
                id="mixed-case",
            ),
            pytest.param(
                "Shadow Minister for Health, Dan O'Brien",
                "Mr O'Brien said the clinics had waited long enough.",
                "Shadow Minister for Health",
                id="after-a-comma-apostrophe-in-name",
            ),
            pytest.param(
                "Minister for Foreign Affairs Jane Roe",
                "The minister said the talks would resume in May.",
                "Minister for Foreign Affairs Jane Roe",
                id="mixed-case-not-mentioned",
            ),
            pytest.param(
                "Minister for Regional Development and Local Government",
                "Mr Government is no one here.",
                "Minister for Regional Development and Local Government",
                id="lower-case-connector-before-the-pair",
            ),
            pytest.param(
                "Minister for Trade Jane Roe",
                "Mrs Roe said the talks would resume in May.",
                "Minister for Trade",
                id="one-word-portfolio",
            ),
            pytest.param(
                "MINISTER FOR PORTS AND FERRIES JANE ROE",
                "The new timetable starts in May. Jane Roe, Minister for Ports and Ferries.",
                "MINISTER FOR PORTS AND FERRIES",
                id="named-in-full-in-small-letters",
            ),
            pytest.param(
                "Minister for Ports and Ferries Jane Roe",
                "The timetable starts in May, the minister said. Contact: Jane Roe's office.",
                "Minister for Ports and Ferries",
                id="named-in-full-mixed-case",
            ),
            pytest.param(
                "Minister for Overseas Aid and Pacific Island Affairs",
                "Aid to Pacific Island Affairs staff rises in May.",
                "Minister for Overseas Aid and Pacific Island Affairs",
                id="portfolio-words-printed-after-their-first-word",
            ),
            pytest.param(
                "MINISTER FOR IMMIGRATION AND CITIZENSHIP",
                "Visas, border control and citizenship are reviewed.",
                "MINISTER FOR IMMIGRATION AND CITIZENSHIP",
                id="connector-is-no-given-name",
            ),
            pytest.param(
                "Minister for Family & Community Services",
                "Community Services budgets rise.",
                "Minister for Family & Community Services",
                id="would-end-on-an-ampersand",
            ),
        ],
    )
    def test_drop(self, office: str, page: str, expected: str) -> None:
        """
        A name printed after an office goes only when the page names the
        person by surname after a style, or in full elsewhere.
        """
        assert expected == _letterhead.drop_trailing_name(office, page)


class TestSignedOrganisation:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Hugh Roe Executive Director, Human Rights Law Centre www.example.org",
                "Human Rights Law Centre",
                id="role-then-organisation-web",
            ),
            pytest.param(
                "Jo Doe Media Adviser 0400 000 000 Office of Senator Jo Roe | "
                "Australian Greens Senator for NSW",
                "Australian Greens",
                id="party-before-seat",
            ),
            pytest.param(
                "Dr Jo Roe, President Australian Medical Association (02) 6000 0000",
                "Australian Medical Association",
                id="role-cut-off",
            ),
            pytest.param(
                "OFFICE OF SENATOR JO ROE, AUSTRALIAN GREENS SENATOR FOR SOUTH AUSTRALIA",
                "AUSTRALIAN GREENS",
                id="capitals",
            ),
            # No signer's mark: a name and no contact, style or letters.
            pytest.param("Human Rights Law Centre", None, id="no-mark"),
            # Running words, a label, someone's office: no signer's body.
            pytest.param(
                "Senate questioning of Immigration Department officials: https://example.org",
                None,
                id="running-words",
            ),
            pytest.param("Health Department: (02) 6000 0000", None, id="label"),
            pytest.param("Contact: Senator Roe's Office 0400 000 000", None, id="possessive"),
            pytest.param("Senator Jo Roe 0400 000 000", None, id="no-organisation"),
        ],
    )
    def test_signed_organisation(self, text: str, expected: str | None) -> None:
        assert _letterhead.signed_organisation(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "© 2010 Australian Workers' Union", "Australian Workers' Union", id="mark"
            ),
            pytest.param(
                "Copyright Human Rights and Equal Opportunity Commission 2000. Last Modified",
                "Human Rights and Equal Opportunity Commission",
                id="word",
            ),
            # The holder must follow the mark: a menu that lists a
            # copyright page names no holder.
            pytest.param(
                "Home Copyright & Disclaimer Privacy Immigration Department", None, id="menu"
            ),
            pytest.param("Senator Jo Roe, Australian Greens", None, id="no-mark"),
        ],
    )
    def test_copyright_holder(self, text: str, expected: str | None) -> None:
        assert _letterhead.copyright_holder(text) == expected


def _header(items: tuple[str, ...]) -> Header:
    """
    The header read off a headline, *items* (a menu the strippers kept), a
    public body's name, a date line and the first paragraph.
    """
    page = "\n\n".join(
        [
            "Council Approves New Harbour Funding",
            *items,
            "Department of Health",
            "12 March 2024",
            "The council approved new funding for the harbour works on Tuesday, "
            "the mayor said in a statement.",
        ]
    )
    return Evidence(_read_text(page), pressparse.Parser().datelines, None).header


class TestLetterheadUnderMenuRun:
    MENU = ("Services", "Publications", "Research", "Careers", "Partners", "Events", "Library")

    def test_short_run_reads_letterhead(self) -> None:
        header = _header(self.MENU[:2])
        assert header.organisations == ["Department of Health"]

    def test_long_run_is_no_letterhead(self) -> None:
        # Past MAX_LETTERHEAD_ASIDE_RUN lines set aside, a line with no
        # digit is a menu item: not read as the issuer.
        assert len(self.MENU) > _steps.MAX_LETTERHEAD_ASIDE_RUN
        header = _header(self.MENU)
        assert header.title_text == "Council Approves New Harbour Funding"
        assert header.organisations == []

    def test_long_run_keeps_date_line(self) -> None:
        header = _header(self.MENU)
        assert header.dates == [dt.date(2024, 3, 12)]

    def test_bound_decides(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(_steps, "MAX_LETTERHEAD_ASIDE_RUN", 100)
        assert _header(self.MENU).organisations == ["Department of Health"]
