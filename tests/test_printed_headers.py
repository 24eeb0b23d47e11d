"""
Headers of printed releases as crawled text: letterheads, headlines wrapped
over printed lines, and the issuer named in the sign-off.

The pages are written here in the shapes real letterheads print (each rule's
commit names the shared pages it was measured on); they test the shape, not
any one page's words.
"""

from __future__ import annotations

import pytest

import pressparse
from pressparse._header._headline import _split_at_gap
from pressparse._header._letterhead_parts import _object_of, _party_role

LEAD = (
    "The council opened the new ferry terminal on the lake this morning, the "
    "Minister for Transport, Jane Roe, said in a statement released today."
)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            " Jane Roe MP \n\n Minister for Transport \n\n 4 October 2017 \n\n"
            " Ministers mark completion of the new ferry terminal on the northern \n\n"
            " lake \n\n " + LEAD + " \n",
            "Ministers mark completion of the new ferry terminal on the northern lake",
            id="last-word-wrapped-in-lower-case",
        ),
        pytest.param(
            " Jane Roe MP \n\n Minister for Transport \n\n 4 October 2017 \n\n"
            " New ferry terminal opens on the lake \n\n"
            "          merken \n\n " + LEAD + " \n",
            "New ferry terminal opens on the lake",
            id="set-further-in-is-no-wrap",
        ),
        pytest.param(
            "[Skip to content](#content)\n\n[HOME](https://example.org/)\n\n"
            "# New ferry terminal opens on the lake\n\nmerken\n\n" + LEAD + "\n",
            "New ferry terminal opens on the lake",
            id="markdown-heading-is-whole",
        ),
        pytest.param(
            "<html><body><h1>New ferry terminal opens on the lake</h1><p>merken</p>"
            "<p>" + LEAD + "</p></body></html>",
            "New ferry terminal opens on the lake",
            id="html-heading-is-whole",
        ),
    ],
)
def test_headline_wrap(page: str, title: str) -> None:
    assert pressparse.parse(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            " Jane Roe MP  Minister for Transport \n\n"
            " Northern Territory celebrates Ferry  Week 2012  June 16, 2012 \n\n"
            " " + LEAD + " \n",
            "Northern Territory celebrates Ferry Week 2012",
            id="wrapped-tail-with-a-year",
        ),
        pytest.param(
            " Jane Roe MP  Minister for Transport \n\n"
            " Northern Territory celebrates Ferry Week  2012  Saturday, 16 June 2012 \n\n"
            " " + LEAD + " \n",
            "Northern Territory celebrates Ferry Week 2012",
            id="year-alone-in-its-column",
        ),
        pytest.param(
            " JANE ROE MP \n\n MINISTER FOR TRANSPORT \n\n 16 June 2011 \n\n"
            " FERRY WEEK CELEBRATED ON THE LAKE  2011 \n\n " + LEAD + " \n",
            "FERRY WEEK CELEBRATED ON THE LAKE 2011",
            id="year-column-after-a-headline-in-capitals",
        ),
        pytest.param(
            " Jane Roe MP  Minister for Transport \n\n"
            " New ferry terminal opens on the lake.  2012  16 June 2012 \n\n"
            " " + LEAD + " \n",
            "New ferry terminal opens on the lake.",
            id="year-after-a-full-stop-is-no-wrap",
        ),
        pytest.param(
            " Jane Roe MP  Minister for Transport \n\n"
            " New ferry terminal opens on the lake  Tel 02 6277 7500 \n\n"
            " " + LEAD + " \n",
            "New ferry terminal opens on the lake",
            id="phone-column-is-no-wrap",
        ),
        pytest.param(
            " Media Statement  Thursday 13 \n\n th  September 2007 \n\n"
            " Jane Roe MP  Minister for Transport \n\n"
            " New ferry terminal opens on the lake \n\n " + LEAD + " \n",
            "New ferry terminal opens on the lake",
            id="month-column-is-no-wrap",
        ),
    ],
)
def test_headline_column_wrap(page: str, title: str) -> None:
    assert pressparse.parse(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            " Senator Jane Roe \n\n EAST SEAVIEW WA 6999 SEAVIEW ACT 2999 \n\n"
            " Ferry fares frozen for another year \n\n " + LEAD + " \n",
            "Ferry fares frozen for another year",
            id="two-offices-addresses",
        ),
        pytest.param(
            " JANE ROE MP \n\n Seaview: Parliament House, Seaview, ACT, 2999 \n\n"
            " FERRY FARES FROZEN FOR ANOTHER YEAR \n\n " + LEAD + " \n",
            "FERRY FARES FROZEN FOR ANOTHER YEAR",
            id="postcode-after-a-comma",
        ),
    ],
)
def test_address_over_headline(page: str, title: str) -> None:
    assert pressparse.parse(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            " Jane Roe MP \n\n 4 October 2017 \n\n"
            " Council ferries need a competent  experienced minister for a change \n\n"
            " " + LEAD + " \n",
            "Council ferries need a competent experienced minister for a change",
            id="office-in-lower-case-is-the-headlines",
        ),
        pytest.param(
            " Senator Jane Roe \n\n"
            " Ferry Party spokesperson for Transport and Regional Affairs \n\n"
            " New ferry terminal opens on the lake \n\n " + LEAD + " \n",
            "New ferry terminal opens on the lake",
            id="party-spokesperson-in-lower-case-is-letterhead",
        ),
    ],
)
def test_office_in_lower_case(page: str, title: str) -> None:
    assert pressparse.parse(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            " MINISTER FOR FOREIGN AFFAIRS  Senator the Hon. Jane Roe  August 24, 2012 \n\n"
            " HIGH COMMISSIONER TO SEAVIEW \n\n"
            " The Foreign Minister today announced Mr John Doe as the next High Commissioner"
            " to Seaview, where he will take up his appointment in November. \n\n"
            " Mr Doe is a senior career officer of the department. \n",
            "HIGH COMMISSIONER TO SEAVIEW",
            id="appointment-under-letterhead-ending-with-its-date",
        ),
        pytest.param(
            " MINISTER FOR FOREIGN AFFAIRS  Senator the Hon. Jane Roe \n\n"
            " MINISTER FOR TRADE \n\n"
            " The Foreign Minister today announced Mr John Doe as the next High Commissioner"
            " to Seaview, where he will take up his appointment in November. \n\n"
            " Mr Doe is a senior career officer of the department. \n",
            None,
            id="second-office-under-letterhead-without-date",
        ),
    ],
)
def test_office_shaped_headline(page: str, title: str | None) -> None:
    assert pressparse.parse(page).title == title


@pytest.mark.parametrize(
    ("line", "split"),
    [
        pytest.param(
            " Council on track to revive Island  Ferry Service  The council opened the new"
            " ferry terminal on the lake this morning, and the Minister for  Transport said"
            " it would run daily. ",
            (
                "Council on track to revive Island Ferry Service",
                "The council opened the new ferry terminal on the lake this morning, and the"
                " Minister for Transport said it would run daily.",
            ),
            id="short-wrapped-column-before-the-paragraph",
        ),
        pytest.param(
            " New ferry terminal opens  The council opened the new ferry terminal on the"
            " lake this morning, and the Minister for  Transport said it would run daily. ",
            (
                "New ferry terminal opens",
                "The council opened the new ferry terminal on the lake this morning, and the"
                " Minister for Transport said it would run daily.",
            ),
            id="headline-then-the-paragraph",
        ),
    ],
)
def test_headline_cut_at_a_column_gap(line: str, split: tuple[str, str]) -> None:
    """
    A headline printed on the line of its first paragraph ends at the gap
    before the paragraph's full first printed line, not at the gap where
    the headline itself wrapped (a short column).
    """
    unit = pressparse.Parser().read(line).lines[0]
    assert _split_at_gap(unit) == split


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            " Jane Roe MP Press Releases \n\n NEW FERRY TERMINAL OPENS ON THE LAKE \n\n"
            " " + LEAD + " \n",
            "NEW FERRY TERMINAL OPENS ON THE LAKE",
            id="name-before-kind-label",
        ),
        pytest.param(
            " MEDIA RELEASE \n\n Transport spokesperson, Senator Jane Roe \n\n"
            " Friday, 11 April 2014 \n\n New ferry terminal opens on the lake \n\n"
            " " + LEAD + " \n",
            "New ferry terminal opens on the lake",
            id="spokesperson-line",
        ),
        pytest.param(
            " -ends- \n\n The Hon Jane Roe MP  Minister for Transport \n\n 18 November 2009 \n\n"
            " Ferry terminal: bring your own boat \n\n " + LEAD + " \n",
            "Ferry terminal: bring your own boat",
            id="end-mark-of-the-release-before",
        ),
        pytest.param(
            " Where are the ferries, Mr Roe? \n\n Senator Jane Roe. \n\n " + LEAD + " \n",
            "Where are the ferries, Mr Roe?",
            id="question-to-a-person-is-a-headline",
        ),
        pytest.param(
            " The Hon Jane Roe MP Speaker of the House Federal Member for Lakeside \n\n"
            " FUNDING BOOST FOR THE FERRIES \n\n " + LEAD + " \n",
            "FUNDING BOOST FOR THE FERRIES",
            id="person-letterhead-line",
        ),
        pytest.param(
            " John Roe MP The Lakeside Party Member for Seaview \n\n"
            " New ferries for the towns on the lake \n\n " + LEAD + " \n",
            "New ferries for the towns on the lake",
            id="line-ending-with-a-seat",
        ),
        pytest.param(
            " Department of Lakes and Ferries \n\n"
            " Visit by the Special Rapporteur on Ferries \n\n " + LEAD + " \n",
            "Visit by the Special Rapporteur on Ferries",
            id="organisation-alone",
        ),
        pytest.param(
            " MINISTER FOR LAKES \n\n AND FERRIES SENATOR JANE ROE \n\n"
            " NEW TIMETABLE FOR THE FERRIES \n\n " + LEAD + " \n",
            "NEW TIMETABLE FOR THE FERRIES",
            id="rest-of-a-wrapped-office",
        ),
        pytest.param(
            " AND SO WHAT HAPPENS AFTER SIX YEARS OF SLOW FERRIES? \n\n"
            " The council finally buys new boats \n\n " + LEAD + " \n",
            "AND SO WHAT HAPPENS AFTER SIX YEARS OF SLOW FERRIES?",
            id="headline-in-capitals-opening-with-and",
        ),
    ],
)
def test_headline_under_banner(page: str, title: str) -> None:
    assert pressparse.parse(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            " JANE ROE M.P. Shadow Minister for Transport \n\n 02-003 \n\n MEDIA RELEASE \n\n"
            " ROE MEETING WITH UN HIGH COMMISSIONER FOR REFUGEES \n\n " + LEAD + " \n",
            "ROE MEETING WITH UN HIGH COMMISSIONER FOR REFUGEES",
            id="office-after-with",
        ),
        pytest.param(
            " THE HON JANE ROE MP \n\n SHADOW MINISTER FOR TRANSPORT \n\n"
            " APPOINTMENT AS SHADOW MINISTER FOR TRANSPORT \n\n " + LEAD + " \n",
            "APPOINTMENT AS SHADOW MINISTER FOR TRANSPORT",
            id="office-after-as",
        ),
    ],
)
def test_office_in_headline(page: str, title: str) -> None:
    assert pressparse.parse(page).title == title


@pytest.mark.parametrize(
    ("text", "office", "expected"),
    [
        (
            "ROE MEETING WITH UN HIGH COMMISSIONER FOR REFUGEES",
            "HIGH COMMISSIONER FOR REFUGEES",
            True,
        ),
        ("APPOINTMENT AS SHADOW MINISTER FOR TRANSPORT", "SHADOW MINISTER FOR TRANSPORT", True),
        ("Parliamentary Secretary to the Minister for Finance", "Minister for Finance", False),
        ("JANE ROEMedia Release from the Minister for Trade", "Minister for Trade", False),
        ("Roe and the Minister for Trade Jim Poe", "Minister for Trade", False),
        ("Minister for Trade", "Minister for Trade", False),
    ],
)
def test_office_as_a_headlines_object(text: str, office: str, expected: bool) -> None:
    assert _object_of(text, office) is expected


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            " MINISTER FOR TRANSPORT AND REGIONAL AFFAIRS ROE IS WRONG, WRONG, WRONG \n\n"
            " " + LEAD + " \n",
            "ROE IS WRONG, WRONG, WRONG",
            id="headline-after-office",
        ),
        pytest.param(
            " MEDIA RELEASE MINISTER FOR TRANSPORT AND REGIONAL AFFAIRS JANE ROE FA90 \n\n"
            " NEW FERRY TERMINAL OPENS \n\n " + LEAD + " \n",
            "NEW FERRY TERMINAL OPENS",
            id="holder-and-number-after-office",
        ),
        pytest.param(
            " FERRY PARTY  MEDIA 04/1021 WEDNESDAY 6 OCTOBER 2004   SENATOR JANE ROE"
            "          LEADER OF THE AUSTRALIAN FERRY PARTY             NEW FERRY TERMINAL"
            " OPENS ON THE LAKE " + LEAD + " \n\n " + LEAD + " \n",
            "NEW FERRY TERMINAL OPENS ON THE LAKE",
            id="party-office-column-before-headline",
        ),
        pytest.param(
            " Senator Jane Roe \n\n Deputy Leader of the Australian Greens in the Senate \n\n"
            " New ferry terminal opens on the lake \n\n " + LEAD + " \n",
            "New ferry terminal opens on the lake",
            id="party-office-line-over-headline",
        ),
    ],
)
def test_headline_run_on_after_office(page: str, title: str) -> None:
    assert pressparse.parse(page).title == title


#: A first paragraph whose printed line runs on to the next: the line is no
#: sentence of its own, so the header reader reads its columns as letterhead.
LEAD_RUNS_ON = (
    "The council opened the new ferry terminal on the lake this morning, and the "
    "Minister for Transport said the service would run every day of the year, in "
    "summer and in winter, from the early morning to late at night, with a ferry "
    "every half hour at the busiest times of the day, from the first \n\n"
    " of the month, with the first ferry leaving at six. \n\n"
    " The terminal has room for three ferries at a time, and the council expects"
    " the number of passengers to double within two years of its opening. \n"
)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            " Jane Roe \n\n Australian Senate  Lakeside Party Leader \n\n media release \n\n"
            "  Friday 19 October 2012  Ferry terminal an exciting opportunity to put the lake,"
            " the towns on its shore and the islands at the top of one timetable  " + LEAD_RUNS_ON,
            "Ferry terminal an exciting opportunity to put the lake, the towns on its shore"
            " and the islands at the top of one timetable",
            id="date-column-then-headline-then-lead",
        ),
        pytest.param(
            " Saturday, 26 May 2012     MEDIA RELEASE     New ferry terminal to open on the"
            " lake for every  town on its shore    " + LEAD_RUNS_ON,
            "New ferry terminal to open on the lake for every town on its shore",
            id="headline-wrapped-in-its-column",
        ),
        pytest.param(
            " MEDIA RELEASE   Senator Jane Roe Lakeside Party Senator for Tasmania Shadow"
            " Minister for Transport Shadow Minister for the Lakes and Rivers of the North"
            "   Tuesday, 12 February 2013  Ferry fares frozen for the summer  "
            + LEAD_RUNS_ON.replace(" \n\n", "  ").replace(" \n", "  "),
            "Ferry fares frozen for the summer",
            id="long-person-column-then-date-column-then-headline",
        ),
        pytest.param(
            " LAKESIDE  MEDIA 04/309 THURSDAY 22 APRIL 2004   SENATOR JANE ROE LEADER OF THE"
            " LAKESIDE PARTY AND SPOKESPERSON ON TRANSPORT  Ferry Fares Frozen for the Summer"
            " The council opened the new ferry terminal on the lake this morning, and the"
            " Minister for Transport said the service would run every day of the year.  "
            + LEAD_RUNS_ON,
            "Ferry Fares Frozen for the Summer",
            id="headline-glued-to-the-lead-after-letterhead-columns",
        ),
        pytest.param(
            "  M \n\n  E   v \n\n  I \n\n"
            "  JANE ROE MP Federal Member for Lakeside A Report on the Ferries of the Lake"
            " TOWARDS A FAIRER FERRY Federal Member for Lakeside, Jane Roe MP believes"
            " that the report on the ferries will prove to be a turning point.  " + LEAD_RUNS_ON,
            None,
            id="no-headline-cut-off-a-seat",
        ),
    ],
)
def test_headline_column_between_letterhead_and_lead(page: str, title: str | None) -> None:
    assert pressparse.parse(page).title == title


def test_headline_in_capitals_glued_to_a_lead_opening_with_a_comma() -> None:
    page = (
        " JANE ROE MP \n\n MINISTER FOR TRANSPORT \n\n"
        " THE COUNCIL MUST OPEN THE FERRY TERMINAL IN RESPONSE TO THE FLOODS   Today,"
        " the Minister for Transport called on the council to open the ferry terminal"
        " on the lake this week, so that the towns on its shore can be reached again. \n"
    )
    assert (
        pressparse.parse(page).title
        == "THE COUNCIL MUST OPEN THE FERRY TERMINAL IN RESPONSE TO THE FLOODS"
    )


@pytest.mark.parametrize(
    ("page", "title", "source"),
    [
        pytest.param(
            " Jane Roe \n\n Australian Senate  Lakeside Party Leader \n\n media release \n\n"
            "  Friday 19 October 2012  Ferry terminal opens on the lake  " + LEAD_RUNS_ON,
            "Ferry terminal opens on the lake",
            "Lakeside Party",
            id="party-leader-and-kind-label",
        ),
        pytest.param(
            " JANE ROE MP  MEMBER FOR SEAVIEW \n\n FERRY WATCH MEDIA RELEASE \n\n"
            "  NEW FERRY TERMINAL - BRAND POWER OR FERRY POWER?  \n\n " + LEAD + " \n",
            "NEW FERRY TERMINAL - BRAND POWER OR FERRY POWER?",
            None,
            id="name-and-kind-label-over-headline-in-capitals",
        ),
        pytest.param(
            " Jane Roe MP \n\n Jane Roe's First Speech \n\n " + LEAD + " \n",
            "Jane Roe's First Speech",
            None,
            id="one-word-kind-ends-a-headline",
        ),
    ],
)
def test_issuer_and_kind_label(page: str, title: str, source: str | None) -> None:
    release = pressparse.parse(page)
    assert (release.title, release.source if source else None) == (title, source)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("LEADER OF THE AUSTRALIAN FERRY PARTY", "AUSTRALIAN FERRY PARTY"),
        ("Deputy Leader of the Ferry Party in the Senate", "Ferry Party"),
        ("Australian Ferry Party Leader", "Australian Ferry Party"),
        ("FERRY PARTY DEPUTY LEADER", "FERRY PARTY"),
        ("Opposition Leader", None),
        ("Leader of the pack", None),
    ],
)
def test_party_role(text: str, party: str | None) -> None:
    """
    A party office and its party alone, either way round, names the party;
    a role with no party that heads letterheads names none.
    """
    assert _party_role(text) == party


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            " Jane Roe MP   Minister for Transport \n\n"
            " Council welcomes the minister's commitment to the ferry  centre   \n\n"
            " 4/10/17 \n\n " + LEAD + " \n",
            "Council welcomes the minister's commitment to the ferry centre",
            id="last-word-in-a-column-of-its-own-in-lower-case",
        ),
        pytest.param(
            " Jane Roe MP   Minister for Transport \n\n"
            " 4 October 2017    FERRY JOBS CUT FROM  TRANSPORT DEPARTMENT \n\n"
            " " + LEAD + " \n",
            "FERRY JOBS CUT FROM TRANSPORT DEPARTMENT",
            id="column-gap-after-a-connecting-word",
        ),
        pytest.param(
            " Jane Roe MP   Minister for Transport \n\n"
            " Ferry Fares Frozen For Two Years  print \n\n"
            " 4 October 2017 \n\n " + LEAD + " \n",
            "Ferry Fares Frozen For Two Years",
            id="interface-word-in-lower-case-after-a-capitalised-word",
        ),
    ],
)
def test_headline_wrapped_into_a_column(page: str, title: str) -> None:
    assert pressparse.parse(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            "Ferry Fares Frozen For Two Years\n\n"
            "By Jane Roe Lakeside Transport News\n\n" + LEAD + "\n",
            "Ferry Fares Frozen For Two Years",
            id="byline-line-with-a-service-after-the-name",
        ),
        pytest.param(
            "Ferry fares frozen for two years\n\n"
            "By Jane Roe, John Doe, Ann Smith\n\n" + LEAD + "\n",
            "Ferry fares frozen for two years",
            id="byline-line-with-several-names",
        ),
        pytest.param(
            "Ferry Fares Frozen For\n\nBy Jane Roe Lakeside Transport News\n\n" + LEAD + "\n",
            "Ferry Fares Frozen For By Jane Roe Lakeside Transport News",
            id="headline-stopping-on-a-connecting-word-goes-on",
        ),
        pytest.param(
            " Ferry fares frozen for two years by: Jane Roe \n\n " + LEAD + " \n",
            "Ferry fares frozen for two years",
            id="labelled-byline-on-the-headline-line",
        ),
        pytest.param(
            " Ferry fares frozen for two years Written by: Jane Roe, MP \n\n " + LEAD + " \n",
            "Ferry fares frozen for two years",
            id="written-by-byline-on-the-headline-line",
        ),
        pytest.param(
            " Ferry fares frozen for two years"
            " By the Hon Jane Roe MP, Minister for Transport \n\n " + LEAD + " \n",
            "Ferry fares frozen for two years",
            id="by-a-person-and-office-on-the-headline-line",
        ),
        pytest.param(
            " Opening Address By Senator Jane Roe to the ferry users' annual meeting \n\n "
            + LEAD
            + " \n",
            "Opening Address By Senator Jane Roe to the ferry users' annual meeting",
            id="by-a-person-going-on-in-lower-case-is-the-headline",
        ),
        pytest.param(
            " Ferry Services Praised By Federal Inspectors, Council Says \n\n " + LEAD + " \n",
            "Ferry Services Praised By Federal Inspectors, Council Says",
            id="title-case-by-before-no-person-style-is-the-headline",
        ),
        pytest.param(
            "Managing Ferry Timetables\nBy Jane Roe - January 10, 2020\n" + LEAD + "\n",
            "Managing Ferry Timetables",
            id="name-shaped-headline-over-a-dated-byline",
        ),
        pytest.param(
            "Ferry Timetables\nBy Jane Roe - January 10, 2020\n" + LEAD + "\n",
            "Ferry Timetables",
            id="short-name-shaped-headline-over-a-dated-byline",
        ),
    ],
)
def test_byline_after_headline(page: str, title: str) -> None:
    """
    A byline under the headline or after it on its line is no part of it.
    """
    assert pressparse.parse(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            " MEDIA RELEASE \n\n MINISTER FOR TRANSPORT \n\n The Hon Jane Roe MP \n\n"
            " 27 November 2014 \n\n AMBASSADOR TO SEAVIEW \n\n"
            " Today I announce the appointment of Mr John Doe as Australia's Ambassador to"
            " Seaview. \n\n Mr Doe is a senior career officer who was most recently the head"
            " of the ferries branch, and he has served in the lake's capital before. \n\n"
            " Australia enjoys warm relations with Seaview, which the new Ambassador will"
            " carry on with the council and the towns on the shore. \n",
            "AMBASSADOR TO SEAVIEW",
            id="office-shaped-headline-over-a-one-sentence-lead",
        ),
        pytest.param(
            " Media Statement \n\n VISIT TO SEAVIEW \n\n"
            " Next week I am visiting Seaview for discussions on ferries and trade. \n\n"
            " My visit will be the first by a Minister in more than a decade, and it follows"
            " the opening of the new ferry terminal on the lake last year. \n\n"
            " The towns on the shore share a warm and productive relationship with the"
            " council, which the visit will build on. \n",
            "VISIT TO SEAVIEW",
            id="short-headline-under-a-kind-label",
        ),
    ],
)
def test_headline_read_as_letterhead_over_a_one_sentence_lead(page: str, title: str) -> None:
    """
    A headline shaped like an office or a short letterhead part stands
    right over a first paragraph of one sentence: the sentence is the lead,
    not the headline, and the line over it is the headline.
    """
    assert pressparse.parse(page).title == title


def test_letters_spaced_out_are_no_headline_over_the_lead() -> None:
    page = (
        " Jane Roe MP - Independent Member for Seaview \n\n M e d i \n\n a \n\n R e l e a"
        " \n\n s e \n\n EDS: Please note correction in second paragraph. \n\n"
        " 20 June 2002 \n\n " + LEAD + " \n"
    )
    assert pressparse.parse(page).title != "s e"


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            " Jane Roe \n\n Minister for Transport \n\n Joint Media Release \n\n 8 May 2014 \n\n"
            " COALITION GOVERNMENT WILL CLOSE  LAKESIDE FERRY TERMINAL \n\n " + LEAD + " \n",
            "COALITION GOVERNMENT WILL CLOSE LAKESIDE FERRY TERMINAL",
            id="double-space-in-a-headline-in-capitals",
        ),
        pytest.param(
            " MEDIA RELEASE \n\n Senator Jane Roe \n\n 26 February 2015 \n\n"
            " Senator Jane Roe joins the fight for the ferries at the lake \n\n " + LEAD + " \n",
            "Senator Jane Roe joins the fight for the ferries at the lake",
            id="headline-about-a-person-in-lower-case",
        ),
        pytest.param(
            " MEDIA RELEASE \n\n 6 July 2012 \n\n"
            " Prime Minister, Minister for Transport  Minister for Lakes \n\n " + LEAD + " \n",
            None,
            id="offices-in-columns-are-no-headline",
        ),
    ],
)
def test_headline_above_the_first_paragraph(page: str, title: str | None) -> None:
    """
    The line over the first paragraph that was read as letterhead is the
    headline when no other was found: a double space inside it is no
    column gap between letterhead parts, and a person it opens with is
    what it speaks about when it goes on in lower case.
    """
    assert pressparse.parse(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            " Media release   Senator the Hon Jane Roe Minister for Transport Minister for Sport"
            " Minister Assisting for Industry and Innovation and the Lakes   10 May 2013  "
            " NEW FERRIES FOR THE NORTHERN SHORE  " + LEAD_RUNS_ON.replace(" \n\n", "  "),
            "NEW FERRIES FOR THE NORTHERN SHORE",
            id="person-and-offices-in-one-long-column",
        ),
        pytest.param(
            " Senator Jane Roe   Senator for Tasmania Shadow Parliamentary Secretary for Transport"
            " Shadow Parliamentary Secretary for the Lakes and Rivers   Media Release  "
            " Ferry fares frozen for the summer   13 March 2012  "
            + LEAD_RUNS_ON.replace(" \n\n", "  "),
            "Ferry fares frozen for the summer",
            id="seat-and-offices-in-one-long-column",
        ),
    ],
)
def test_long_letterhead_column_beside_the_headline(page: str, title: str) -> None:
    """
    A person's styles and offices, or a seat and offices, run together in
    one column too long for a letterhead part stay out of the headline.
    """
    assert pressparse.parse(page).title == title
