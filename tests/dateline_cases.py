"""
The dateline table: paragraphs, and what the standard parser reads in them.

Plain data, grouped by where the style comes from. Every case names the
paragraph and the expected `Dateline` fields; a case whose ``raw`` is
``None`` is a paragraph that must *not* yield a dateline. All cases use the
reference date `REF` unless they say otherwise.
"""

from __future__ import annotations

import datetime as dt

import attrs

#: The reference date datelines without a year take their year from.
REF = dt.date(2020, 3, 10)

#: A body sentence to follow a dateline.
BODY = "The organisation said on Monday that it would act. It gave no details."


@attrs.frozen
class Case:
    """
    One row of the table.

    Attributes:
        id: The readable pytest id.
        text: The paragraph given to the parser.
        raw: The expected `Dateline.raw`, or ``None`` for "no dateline".
        place: The expected place.
        date: The expected date, as an ISO string.
        agency: The expected normalised agency.
        year_inferred: Whether the year came from the reference.
        reference: The reference date passed to the parser.
        xfail: Why the parser is known to get this case wrong, if it does.
    """

    id: str
    text: str
    raw: str | None
    place: str | None = None
    date: str | None = None
    agency: str | None = None
    year_inferred: bool = False
    reference: dt.date | None = REF
    xfail: str | None = None


def yes(
    id: str,
    raw: str,
    *,
    body: str = BODY,
    place: str | None = None,
    date: str | None = None,
    agency: str | None = None,
    inferred: bool = False,
    reference: dt.date | None = REF,
    xfail: str | None = None,
) -> Case:
    """
    A paragraph that opens with the dateline *raw*, followed by *body*.
    """
    return Case(id, raw + body, raw, place, date, agency, inferred, reference, xfail)


def alone(
    id: str,
    line: str,
    *,
    place: str | None = None,
    date: str | None = None,
    agency: str | None = None,
    inferred: bool = False,
    reference: dt.date | None = REF,
) -> Case:
    """
    A dateline alone on its line: *raw* is the line without trailing space.
    """
    return Case(id, line, line.rstrip(), place, date, agency, inferred, reference)


def no(id: str, text: str, *, xfail: str | None = None) -> Case:
    """
    A paragraph that does not open with a dateline.
    """
    return Case(id, text, None, xfail=xfail)


INTERNATIONAL = [
    yes("osce-geneva", "GENEVA, 17 September 2008 - ", place="GENEVA", date="2008-09-17"),
    yes("osce-prague", "PRAGUE, 30 March 2009 - ", place="PRAGUE", date="2009-03-30"),
    yes("osce-vienna", "VIENNA, 11 September 2007 - ", place="VIENNA", date="2007-09-11"),
    yes("osce-moscow", "MOSCOW, 20 November 2009 - ", place="MOSCOW", date="2009-11-20"),
    yes("osce-vilnius", "VILNIUS, 26 October 2007 - ", place="VILNIUS", date="2007-10-26"),
    yes("osce-en-dash", "VIENNA, 11 September 2007 – ", place="VIENNA", date="2007-09-11"),
    yes("osce-em-dash", "VIENNA, 11 September 2007 — ", place="VIENNA", date="2007-09-11"),
    yes("osce-double-hyphen", "VIENNA, 11 September 2007 -- ", place="VIENNA", date="2007-09-11"),
    yes("osce-bar", "VIENNA, 11 September 2007 ― ", place="VIENNA", date="2007-09-11"),
    yes("osce-no-space-before", "VIENNA, 11 September 2007- ", place="VIENNA", date="2007-09-11"),
    yes("osce-glued-both", "VIENNA, 11 September 2007–", place="VIENNA", date="2007-09-11"),
    yes("osce-two-spaces", "VIENNA, 11 September 2007 -  ", place="VIENNA", date="2007-09-11"),
    yes("osce-tab", "VIENNA, 11 September 2007\t-\t", place="VIENNA", date="2007-09-11"),
    yes("osce-single-digit-day", "SKOPJE, 3 June 2015 - ", place="SKOPJE", date="2015-06-03"),
    yes("osce-leading-zero", "BAKU, 03 June 2015 - ", place="BAKU", date="2015-06-03"),
    yes("osce-two-words", "NEW YORK, 3 June 2015 - ", place="NEW YORK", date="2015-06-03"),
    yes("osce-hyphenated", "NUR-SULTAN, 3 June 2015 - ", place="NUR-SULTAN", date="2015-06-03"),
    yes("osce-diacritics", "DUŠANBE, 3 June 2015 - ", place="DUŠANBE", date="2015-06-03"),
    yes("osce-the-hague", "THE HAGUE, 3 June 2015 - ", place="THE HAGUE", date="2015-06-03"),
    yes(
        "osce-two-places-slash",
        "SKOPJE/VIENNA, 3 June 2015 - ",
        place="SKOPJE/VIENNA",
        date="2015-06-03",
    ),
    yes(
        "two-places-spaced-slash-glued-dash",
        "ROMA / NUEVA YORK, 20 de abril de 2015- ",
        place="ROMA / NUEVA YORK",
        date="2015-04-20",
    ),
    yes("us-state-abbreviation", "OKLAHOMA CITY, OK – ", place="OKLAHOMA CITY, OK"),
    yes(
        "osce-two-places-ru",
        "ПРАГА/ВЕНА, 3 июня 2015 г. — ",
        place="ПРАГА/ВЕНА",
        date="2015-06-03",
    ),
    yes(
        "place-glued-to-wire",
        "NEW YORK/PRNewswire/ -- ",
        place="NEW YORK",
        agency="PR Newswire",
    ),
    yes("osce-mixed-case", "Brussels, 4 April 2019 - ", place="Brussels", date="2019-04-04"),
    yes("osce-abbrev-month", "VIENNA, 4 Apr 2019 - ", place="VIENNA", date="2019-04-04"),
    yes("osce-abbrev-month-dot", "VIENNA, 4 Apr. 2019 - ", place="VIENNA", date="2019-04-04"),
    yes("osce-month-upper", "VIENNA, 4 APRIL 2019 - ", place="VIENNA", date="2019-04-04"),
    yes("osce-comma-year", "VIENNA, 4 April, 2019 - ", place="VIENNA", date="2019-04-04"),
    yes("eu-full-stop-end", "Brussels, 4 April 2019. ", place="Brussels", date="2019-04-04"),
    yes("eu-no-separator", "Brussels, 4 April 2019 ", place="Brussels", date="2019-04-04"),
    yes("eu-colon", "Strasbourg, 4 April 2019: ", place="Strasbourg", date="2019-04-04"),
    yes(
        "un-information-service",
        "NEW YORK, 5 March (UN Information Service) -- ",
        place="NEW YORK",
        date="2020-03-05",
        agency="UN Information Service",
        inferred=True,
    ),
    yes(
        "un-information-service-vienna",
        "VIENNA, 12 December (UN Information Service) - ",
        place="VIENNA",
        date="2019-12-12",
        agency="UN Information Service",
        inferred=True,
    ),
    yes("un-no-year-dash", "GENEVA, 5 March - ", place="GENEVA", date="2020-03-05", inferred=True),
    yes(
        "no-year-no-reference",
        "GENEVA, 5 March - ",
        place="GENEVA",
        date=None,
        reference=None,
    ),
    yes("impossible-date", "GENEVA, 31 February 2008 - ", place="GENEVA", date=None),
    yes("impossible-day-32", "GENEVA, 32 March 2008 - ", place="GENEVA", date=None),
    yes("impossible-no-year", "GENEVA, 30 February - ", place="GENEVA", date=None, inferred=False),
    yes(
        "leap-day-inferred",
        "GENEVA, 29 February - ",
        place="GENEVA",
        date="2020-02-29",
        inferred=True,
    ),
    yes(
        "infer-previous-year",
        "GENEVA, 30 December - ",
        place="GENEVA",
        date="2019-12-30",
        inferred=True,
    ),
    yes(
        "infer-next-year",
        "GENEVA, 2 January - ",
        place="GENEVA",
        date="2021-01-02",
        inferred=True,
        reference=dt.date(2020, 12, 30),
    ),
    yes("date-after-place-no-comma", "Geneva 4 April 2019 - ", place="Geneva", date="2019-04-04"),
    yes(
        "region-then-date", "Rome, Italy, 4 April 2019 - ", place="Rome, Italy", date="2019-04-04"
    ),
    yes("numeric-after-place", "Vienna, 04.04.2019 - ", place="Vienna", date="2019-04-04"),
    yes("numeric-slash-after-place", "Vienna, 04/04/2019 - ", place="Vienna", date="2019-04-04"),
    yes("iso-after-place", "Vienna, 2019-04-04 - ", place="Vienna", date="2019-04-04"),
    yes("two-digit-year-after-place", "Vienna, 4/4/19 - ", place="Vienna", date="2019-04-04"),
    yes("weekday-in-date", "VIENNA, Thursday, 4 April 2019 - ", place="VIENNA", date="2019-04-04"),
    yes("ordinal-in-date", "VIENNA, 4th April 2019 - ", place="VIENNA", date="2019-04-04"),
    yes("leading-space", "  GENEVA, 17 September 2008 - ", place="GENEVA", date="2008-09-17"),
    yes(
        "lowercase-body",
        "GENEVA, 17 September 2008 - ",
        body="the OSCE said on Monday.",
        place="GENEVA",
        date="2008-09-17",
    ),
    yes(
        "body-has-dashes",
        "GENEVA, 17 September 2008 - ",
        body="The OSCE - and its partners - said so.",
        place="GENEVA",
        date="2008-09-17",
    ),
    yes(
        "newline-after-date",
        "GENEVA, 17 September 2008\n",
        place="GENEVA",
        date="2008-09-17",
    ),
]

US_AP = [
    yes("ap-washington", "WASHINGTON — ", place="WASHINGTON"),
    yes("ap-washington-hyphen", "WASHINGTON - ", place="WASHINGTON"),
    yes("ap-washington-double", "WASHINGTON -- ", place="WASHINGTON"),
    yes("ap-springfield-ill", "SPRINGFIELD, Ill. — ", place="SPRINGFIELD, Ill."),
    yes("ap-state-two-words", "PORTLAND, Ore. — ", place="PORTLAND, Ore."),
    yes("ap-state-calif", "LOS ANGELES, Calif. — ", place="LOS ANGELES, Calif."),
    yes("ap-state-nc", "RALEIGH, N.C. — ", place="RALEIGH, N.C."),
    yes("ap-new-york-ap", "NEW YORK (AP) — ", place="NEW YORK", agency="AP"),
    yes("ap-washington-ap", "WASHINGTON (AP) — ", place="WASHINGTON", agency="AP"),
    yes("ap-state-ap", "SPRINGFIELD, Ill. (AP) — ", place="SPRINGFIELD, Ill.", agency="AP"),
    yes("ap-dc", "Washington, DC - ", place="Washington, DC"),
    yes("ap-dc-dots", "Washington, D.C. - ", place="Washington, D.C."),
    yes("ap-new-york-ny", "New York, NY – ", place="New York, NY"),
    yes("ap-multiple-places", "NEW YORK and LONDON — ", place="NEW YORK and LONDON"),
    yes("ap-multiple-ampersand", "NEW YORK & LONDON — ", place="NEW YORK & LONDON"),
    yes(
        "ap-multiple-dated",
        "NEW YORK and LONDON, March 5, 2020 — ",
        place="NEW YORK and LONDON",
        date="2020-03-05",
    ),
    yes(
        "ap-three-places",
        "NEW YORK, LONDON and PARIS — ",
        place="NEW YORK, LONDON and PARIS",
    ),
    yes("ap-saint", "ST. LOUIS — ", place="ST. LOUIS"),
    yes("ap-rio", "RIO DE JANEIRO — ", place="RIO DE JANEIRO"),
    yes("ap-salt-lake", "SALT LAKE CITY — ", place="SALT LAKE CITY"),
    yes("ap-month-first", "WASHINGTON, March 5, 2020 — ", place="WASHINGTON", date="2020-03-05"),
    yes(
        "ap-month-first-no-year",
        "WASHINGTON, March 5 — ",
        place="WASHINGTON",
        date="2020-03-05",
        inferred=True,
    ),
    yes(
        "ap-state-and-date",
        "SPRINGFIELD, Ill., March 5, 2020 — ",
        place="SPRINGFIELD, Ill.",
        date="2020-03-05",
    ),
    yes("us-sept-abbrev", "BOSTON, Sept. 5, 2019 — ", place="BOSTON", date="2019-09-05"),
    yes("us-ordinal", "BOSTON, Nov 22nd, 2010 — ", place="BOSTON", date="2010-11-22"),
    yes(
        "us-ordinal-no-year",
        "BOSTON, Nov 22nd — ",
        place="BOSTON",
        date="2019-11-22",
        inferred=True,
    ),
    yes("us-glued-em-dash", "ASTANA—", place="ASTANA"),
    yes("us-glued-em-dash-ap", "ASTANA (AP)—", place="ASTANA", agency="AP"),
    yes("us-no-comma-year", "BOSTON, March 5 2020 — ", place="BOSTON", date="2020-03-05"),
]

AGENCIES = [
    yes(
        "reuters",
        "LONDON, March 5 (Reuters) - ",
        place="LONDON",
        date="2020-03-05",
        agency="Reuters",
        inferred=True,
    ),
    yes(
        "reuters-upper",
        "LONDON, March 5 (REUTERS) - ",
        place="LONDON",
        date="2020-03-05",
        agency="Reuters",
        inferred=True,
    ),
    yes("reuters-no-date", "LONDON (Reuters) - ", place="LONDON", agency="Reuters"),
    yes(
        "xinhua",
        "BEIJING, Jan. 3 (Xinhua) -- ",
        place="BEIJING",
        date="2020-01-03",
        agency="Xinhua",
        inferred=True,
    ),
    yes("jiji", "TOKYO (Jiji Press)--", place="TOKYO", agency="Jiji Press"),
    yes("kyodo", "TOKYO (Kyodo) -- ", place="TOKYO", agency="Kyodo"),
    yes(
        "ria-comma",
        "MOSCOW, March 5 (RIA Novosti, Ivan Petrov) - ",
        place="MOSCOW",
        date="2020-03-05",
        agency="RIA Novosti",
        inferred=True,
    ),
    yes("kazinform", "NUR-SULTAN. KAZINFORM – ", place="NUR-SULTAN", agency="Kazinform"),
    yes("kazinform-astana", "ASTANA. KAZINFORM - ", place="ASTANA", agency="Kazinform"),
    yes(
        "prime-russian",
        "МОСКВА, 20 ноя - ПРАЙМ. ",
        place="МОСКВА",
        date="2019-11-20",
        agency="PRIME",
        inferred=True,
    ),
    yes(
        "ria-russian",
        "МОСКВА, 20 ноя - РИА Новости. ",
        place="МОСКВА",
        date="2019-11-20",
        agency="RIA Novosti",
        inferred=True,
    ),
    yes("afp", "PARIS (AFP) - ", place="PARIS", agency="AFP"),
    yes("dpa", "Berlin (dpa) - ", place="Berlin", agency="dpa"),
    yes("apa", "Wien (APA) - ", place="Wien", agency="APA"),
    yes("ansa", "ROMA (ANSA) - ", place="ROMA", agency="ANSA"),
    yes(
        "efe",
        "Madrid, 4 abr (EFE).- ",
        place="Madrid",
        date="2020-04-04",
        agency="EFE",
        inferred=True,
    ),
    yes(
        "europa-press",
        "MADRID, 4 Abr. (EUROPA PRESS) - ",
        place="MADRID",
        date="2020-04-04",
        agency="Europa Press",
        inferred=True,
    ),
    yes("yonhap", "SEOUL (Yonhap) -- ", place="SEOUL", agency="Yonhap"),
    yes("unknown-agency", "KABUL (Pajhwok) - ", place="KABUL", agency="Pajhwok"),
    yes("ap-associated-press", "DALLAS (Associated Press) — ", place="DALLAS", agency="AP"),
    yes(
        "tass-russian",
        "МОСКВА, 20 ноября. /ТАСС/ - ",
        place="МОСКВА",
        date="2019-11-20",
        agency="TASS",
        inferred=True,
    ),
    # An agency in capitals in brackets after the place's comma (issue 13).
    yes(
        "comma-bracket-agency",
        "Podgorica, (MINA-BUSINESS) – ",
        place="Podgorica",
        agency="MINA-BUSINESS",
    ),
    yes("comma-bracket-known", "NEW DELHI, (PTI) - ", place="NEW DELHI", agency="PTI"),
    # An agency's regional service, or an agency in capitals, after a
    # mixed-case place (dpa's Landesdienste; SID; pages in ../shared).
    yes("dpa-regional", "Hamburg (dpa/lno) – ", place="Hamburg", agency="dpa/lno"),
    yes("capitals-agency-mixed-place", "Melbourne (SID) – ", place="Melbourne", agency="SID"),
    # The agency, or the agency and the place, in brackets opening the
    # paragraph: "(Reuters) — " (news pages in ../shared), "(UTV | COLOMBO) – ".
    yes("bracket-opening-known", "(Reuters) — ", agency="Reuters"),
    yes("bracket-opening-bar", "(UTV | COLOMBO) – ", place="COLOMBO", agency="UTV"),
    yes("bracket-opening-domain", "(Motorsport-Total.com) - ", agency="Motorsport-Total.com"),
    yes("bracket-opening-place", "(Leipzig) - ", place="Leipzig"),
    yes("bracket-opening-agency-place", "(AFP / PARIS) - ", place="PARIS", agency="AFP"),
]

WIRES = [
    yes(
        "prnewswire",
        "NEW YORK, March 5, 2020 /PRNewswire/ -- ",
        place="NEW YORK",
        date="2020-03-05",
        agency="PR Newswire",
    ),
    yes(
        "prnewswire-firstcall",
        "CHICAGO, March 5, 2020 /PRNewswire-FirstCall/ -- ",
        place="CHICAGO",
        date="2020-03-05",
        agency="PR Newswire",
    ),
    yes(
        "prnewswire-usnewswire",
        "WASHINGTON, March 5, 2020 /PRNewswire-USNewswire/ -- ",
        place="WASHINGTON",
        date="2020-03-05",
        agency="PR Newswire",
    ),
    yes(
        "prnewswire-en-dash",
        "NEW YORK, March 5, 2020 /PRNewswire/ – ",
        place="NEW YORK",
        date="2020-03-05",
        agency="PR Newswire",
    ),
    yes(
        "prnewswire-two-places",
        "NEW YORK and LONDON, March 5, 2020 /PRNewswire/ -- ",
        place="NEW YORK and LONDON",
        date="2020-03-05",
        agency="PR Newswire",
    ),
    yes(
        "prnewswire-state",
        "AUSTIN, Texas, March 5, 2020 /PRNewswire/ -- ",
        place="AUSTIN, Texas",
        date="2020-03-05",
        agency="PR Newswire",
    ),
    yes(
        "cnw",
        "TORONTO, March 5, 2020 /CNW/ - ",
        place="TORONTO",
        date="2020-03-05",
        agency="CNW",
    ),
    yes(
        "businesswire",
        "SAN FRANCISCO--(BUSINESS WIRE)--",
        body="eBay Inc. today announced results.",
        place="SAN FRANCISCO",
        agency="Business Wire",
    ),
    yes(
        "businesswire-en-dash",
        "SAN FRANCISCO–(BUSINESS WIRE)–",
        body="eBay Inc. today announced results.",
        place="SAN FRANCISCO",
        agency="Business Wire",
    ),
    yes(
        "businesswire-empty",
        "SAN FRANCISCO--()--",
        body="eBay Inc. today announced results.",
        place="SAN FRANCISCO",
        agency="Business Wire",
    ),
    yes(
        "businesswire-spaced",
        "SAN FRANCISCO -- (BUSINESS WIRE) -- ",
        place="SAN FRANCISCO",
        agency="Business Wire",
    ),
    yes(
        "businesswire-dated",
        "SAN FRANCISCO, March 5, 2020--(BUSINESS WIRE)--",
        place="SAN FRANCISCO",
        date="2020-03-05",
        agency="Business Wire",
    ),
    yes(
        "businesswire-state",
        "IRVINE, Calif.--(BUSINESS WIRE)--",
        place="IRVINE, Calif.",
        agency="Business Wire",
    ),
    yes(
        "globenewswire",
        "OSLO, Norway, March 5, 2020 (GLOBE NEWSWIRE) -- ",
        place="OSLO, Norway",
        date="2020-03-05",
        agency="GlobeNewswire",
    ),
    yes(
        "globenewswire-one-word",
        "OSLO, Norway, March 5, 2020 (GlobeNewswire) -- ",
        place="OSLO, Norway",
        date="2020-03-05",
        agency="GlobeNewswire",
    ),
    yes(
        "primezone",
        "ATLANTA, March 5, 2002 (PRIMEZONE) -- ",
        place="ATLANTA",
        date="2002-03-05",
        agency="PrimeZone",
    ),
    yes(
        "marketwire",
        "VANCOUVER, BRITISH COLUMBIA--(Marketwire - March 5, 2010) - ",
        place="VANCOUVER, BRITISH COLUMBIA",
        date="2010-03-05",
        agency="Marketwired",
    ),
    yes(
        "wire-date-in-brackets-en-dash",
        "CALGARY, ALBERTA--(Marketwired – June 9, 2014) – ",
        place="CALGARY, ALBERTA",
        date="2014-06-09",
        agency="Marketwired",
    ),
    yes(
        "wire-dash-without-date-in-brackets",
        "TORONTO--(Canada NewsWire - Health) - ",
        place="TORONTO",
        agency="Canada NewsWire - Health",
    ),
    yes("ots", "Düsseldorf (ots) - ", place="Düsseldorf", agency="ots"),
    yes("ots-two-words", "Frankfurt am Main (ots) - ", place="Frankfurt am Main", agency="ots"),
    yes(
        "einpresswire",
        "WASHINGTON, DC, UNITED STATES, March 5, 2020 /EINPresswire.com/ -- ",
        place="WASHINGTON, DC, UNITED STATES",
        date="2020-03-05",
        agency="EIN Presswire",
    ),
    yes(
        "einpresswire-no-state",
        "LONDON, UNITED KINGDOM, March 5, 2020 /EINPresswire.com/ -- ",
        place="LONDON, UNITED KINGDOM",
        date="2020-03-05",
        agency="EIN Presswire",
    ),
    yes(
        "accesswire",
        "NEW YORK, NY / ACCESSWIRE / March 5, 2020 / ",
        body="Acme Corp announced today.",
        place="NEW YORK, NY",
        date="2020-03-05",
        agency="ACCESSWIRE",
    ),
    yes(
        "accesswire-no-state",
        "TORONTO / ACCESSWIRE / March 5, 2020 / ",
        body="Acme Corp announced today.",
        place="TORONTO",
        date="2020-03-05",
        agency="ACCESSWIRE",
    ),
    yes(
        "accesswire-dash",
        "NEW YORK, NY / ACCESSWIRE / March 5, 2020 / -- ",
        place="NEW YORK, NY",
        date="2020-03-05",
        agency="ACCESSWIRE",
    ),
    yes(
        "accesswire-en-dash",
        "AUSTIN, TX / ACCESSWIRE / June 9, 2021 / – ",
        place="AUSTIN, TX",
        date="2021-06-09",
        agency="ACCESSWIRE",
    ),
]

DATE_ONLY = [
    yes("numeric-dots", "9.3.2020 – ", date="2020-03-09"),
    yes("numeric-dots-padded", "09.03.2020 - ", date="2020-03-09"),
    yes("numeric-slashes", "09/03/2020 - ", date="2020-03-09"),
    yes("iso", "2020-03-09 - ", date="2020-03-09"),
    yes("named-no-separator", "05 March 2020 ", date="2020-03-05"),
    yes("named-dash", "5 March 2020 - ", date="2020-03-05"),
    yes("month-first", "March 5, 2020 - ", date="2020-03-05"),
    yes("month-first-glued-year", "March 5, 2015- ", date="2015-03-05"),
    yes("german-date-only", "4. April 2019 – ", date="2019-04-04"),
    yes("weekday-date-only", "Wednesday, 4 May 2011 - ", date="2011-05-04"),
    yes("no-year-date-only", "5 March - ", date="2020-03-05", inferred=True),
    yes("date-full-stop", "5 March 2020. ", date="2020-03-05"),
    yes("date-only-impossible", "31 February 2020 - ", date=None),
    # Date first, the place after the dash: alone on its line or before a
    # second dash; a capitalised body after the dash is no place.
    alone(
        "date-first-place-region",
        "June 4, 2021 – Halifax, Nova Scotia",
        place="Halifax, Nova Scotia",
        date="2021-06-04",
    ),
    yes("date-first-place-alone-no-region", "4 June 2021 - ", body="Winnipeg", date="2021-06-04"),
    yes(
        "date-first-place-second-dash",
        "June 4, 2021 – Halifax, Nova Scotia – ",
        place="Halifax, Nova Scotia",
        date="2021-06-04",
    ),
    yes(
        "date-first-body-not-place",
        "4 June 2021 - ",
        body="The Port Authority said it agreed.",
        date="2021-06-04",
    ),
    yes(
        "date-first-title-not-place",
        "4 June 2021 - ",
        body="Harbour Works Begin In July",
        date="2021-06-04",
    ),
    yes(
        "date-first-long-title-region-not-place",
        "4 June 2021 - ",
        body="Harbour Works Begin In July, Nova Scotia",
        date="2021-06-04",
    ),
]

ALONE = [
    alone("alone-osce", "GENEVA, 17 September 2008", place="GENEVA", date="2008-09-17"),
    alone("alone-brussels", "Brussels, 4 April 2019", place="Brussels", date="2019-04-04"),
    alone(
        "alone-trailing-space", "Brussels, 4 April 2019   ", place="Brussels", date="2019-04-04"
    ),
    alone("alone-with-dash", "GENEVA, 17 September 2008 -", place="GENEVA", date="2008-09-17"),
    alone("alone-place-dash", "WASHINGTON —", place="WASHINGTON"),
    alone("alone-date", "9.3.2020", date="2020-03-09"),
    alone("alone-named-date", "17 September 2008", date="2008-09-17"),
    alone("alone-weekday-date", "Wednesday, 4 May 2011", date="2011-05-04"),
    alone("alone-agency", "NEW YORK (AP)", place="NEW YORK", agency="AP"),
    alone(
        "alone-no-year",
        "GENEVA, 17 September",
        place="GENEVA",
        date="2019-09-17",
        inferred=True,
    ),
    alone("alone-german", "Berlin, den 4. April 2019", place="Berlin", date="2019-04-04"),
    # Closed by a full stop, as Spanish and Portuguese letters print it.
    alone(
        "alone-full-stop-es",
        "Rosario, 14 de junio de 2023.",
        place="Rosario",
        date="2023-06-14",
    ),
    alone("alone-full-stop-date-only", "14 June 2023.", date="2023-06-14"),
    alone(
        "alone-full-stop-trailing-space",
        "Porto Alegre, 2 de julho de 2022.  ",
        place="Porto Alegre",
        date="2022-07-02",
    ),
    no("alone-full-stop-no-date", "SYDNEY."),
]

# Every month of every language, in the style that language prints.
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
    "december",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
_STYLE = {
    "en": ("LONDON", "LONDON, 4 {} 2019 - "),
    "de": ("Berlin", "Berlin, 4. {} 2019 – "),
    "fr": ("Paris", "Paris, le 4 {} 2019 – "),
    "es": ("Madrid", "Madrid, 4 de {} de 2019 - "),
    "it": ("Roma", "Roma, 4 {} 2019 – "),
    "pt": ("Lisboa", "Lisboa, 4 de {} de 2019 – "),
    "nl": ("Amsterdam", "Amsterdam, 4 {} 2019 – "),
    "ru": ("МОСКВА", "МОСКВА, 4 {} 2019 г. – "),
    "pl": ("Warszawa", "Warszawa, 4 {} 2019 r. – "),
    "tr": ("İstanbul", "İstanbul, 4 {} 2019 – "),
}
LANGUAGES = [
    yes(
        f"{code}-month-{number:02d}",
        _STYLE[code][1].format(month),
        place=_STYLE[code][0],
        date=f"2019-{number:02d}-04",
    )
    for code, months in _MONTHS.items()
    for number, month in enumerate(months.split(), start=1)
]

LANGUAGE_VARIANTS = [
    yes("fr-premier", "Paris, le 1er mars 2019 – ", place="Paris", date="2019-03-01"),
    yes("fr-no-accent", "Paris, le 4 fevrier 2019 – ", place="Paris", date="2019-02-04"),
    yes("fr-upper", "PARIS, LE 4 FÉVRIER 2019 – ", place="PARIS", date="2019-02-04"),
    yes("fr-upper-no-accent", "PARIS, 4 FEVRIER 2019 – ", place="PARIS", date="2019-02-04"),
    yes("fr-abbrev", "Paris, 4 févr. 2019 – ", place="Paris", date="2019-02-04"),
    yes("fr-weekday", "Paris, mercredi 4 mai 2011 – ", place="Paris", date="2011-05-04"),
    yes("de-jaenner", "Wien, 4. Jänner 2019 – ", place="Wien", date="2019-01-04"),
    yes(
        "de-maerz-no-umlaut",
        "Berlin, 4. Maerz 2019 – ",
        place="Berlin",
        date="2019-03-04",
    ),
    yes("de-jaenner-no-umlaut", "Graz, 7. Jaenner 2021 – ", place="Graz", date="2021-01-07"),
    yes("de-maerz-caps", "KÖLN, 12. MAERZ 2022 – ", place="KÖLN", date="2022-03-12"),
    yes("de-marz-stripped", "Berlin, 4. Marz 2019 – ", place="Berlin", date="2019-03-04"),
    yes("de-den", "München, den 4. April 2019 – ", place="München", date="2019-04-04"),
    yes("de-am", "Hamburg, am 4. April 2019 – ", place="Hamburg", date="2019-04-04"),
    yes("de-numeric", "Hamburg, 04.04.2019 – ", place="Hamburg", date="2019-04-04"),
    yes("de-abbrev", "Hamburg, 4. Okt. 2019 – ", place="Hamburg", date="2019-10-04"),
    yes("es-no-de", "Madrid, 4 abril 2019 - ", place="Madrid", date="2019-04-04"),
    yes("es-del", "Madrid, 4 de abril del 2019 - ", place="Madrid", date="2019-04-04"),
    yes("es-ordinal", "Madrid, 1º de mayo de 2019 - ", place="Madrid", date="2019-05-01"),
    yes("es-setiembre", "Lima, 4 de setiembre de 2019 - ", place="Lima", date="2019-09-04"),
    yes(
        "es-weekday", "Madrid, miércoles, 4 de mayo de 2011 - ", place="Madrid", date="2011-05-04"
    ),
    yes(
        "es-no-accent-weekday",
        "Madrid, miercoles 4 de mayo de 2011 - ",
        place="Madrid",
        date="2011-05-04",
    ),
    yes("pt-marco-no-cedilla", "Lisboa, 4 de marco de 2019 – ", place="Lisboa", date="2019-03-04"),
    yes("pt-sao-paulo", "São Paulo, 4 de abril de 2019 – ", place="São Paulo", date="2019-04-04"),
    yes("it-abbrev", "Milano, 4 ott 2019 – ", place="Milano", date="2019-10-04"),
    yes("nl-mrt", "Den Haag, 4 mrt 2019 – ", place="Den Haag", date="2019-03-04"),
    yes("ru-nominative", "Москва, 4 март 2019 – ", place="Москва", date="2019-03-04"),
    yes("ru-no-g", "Москва, 20 ноября 2009 – ", place="Москва", date="2009-11-20"),
    yes("ru-goda", "Москва, 20 ноября 2009 года – ", place="Москва", date="2009-11-20"),
    yes("ru-upper", "МОСКВА, 20 НОЯБРЯ 2009 – ", place="МОСКВА", date="2009-11-20"),
    yes("pl-no-diacritics", "Warszawa, 4 wrzesnia 2019 – ", place="Warszawa", date="2019-09-04"),
    yes("pl-dnia", "Kraków, dnia 4 kwietnia 2019 r. – ", place="Kraków", date="2019-04-04"),
    yes("tr-no-diacritics", "Istanbul, 4 Subat 2019 – ", place="Istanbul", date="2019-02-04"),
    yes("tr-upper", "ANKARA, 4 MAYIS 2019 – ", place="ANKARA", date="2019-05-04"),
    yes("tr-upper-dotted", "ANKARA, 4 EKİM 2019 – ", place="ANKARA", date="2019-10-04"),
    yes("tr-upper-dotless", "ANKARA, 4 ARALIK 2019 – ", place="ANKARA", date="2019-12-04"),
]

NEGATIVES = [
    no("sentence-vienna-is", "Vienna is the capital of Austria - and a city of music."),
    no("sentence-washington-said", "Washington said on Monday - after talks - that it agreed."),
    no("sentence-place-then-verb", "GENEVA hosts talks - the OSCE said."),
    no("sentence-caps-verb", "LONDON calling - the band played."),
    no("sentence-comma-lower", "Washington, the capital, is quiet - for now."),
    no("sentence-region-then-verb", "Paris, France, is a city - of light."),
    no("sentence-two-places-verb", "Vienna and Berlin agreed - reluctantly - to talk."),
    no("sentence-the", "The minister said that the deal - which was signed - is good."),
    no(
        "sentence-dash-late",
        "The OSCE Chairman said today in Vienna that - in his view - talks help.",
    ),
    no("sentence-title-case", "Foreign Minister Lavrov - in Vienna - said so."),
    no("sentence-mixed-place-dash", "Vienna - the city of music - welcomes visitors."),
    no("sentence-mixed-place-dash-upper", "Vienna - The city of music welcomes visitors."),
    no("sentence-on-date", "On 4 April 2019 the OSCE met - in Vienna."),
    no("sentence-in-month", "In March 2020 - as the virus spread - offices closed."),
    no("sentence-digits", "17 people were hurt - police said."),
    no("sentence-date-lower", "5 March 2020 was a Thursday - a cold one."),
    no("sentence-date-lower-dash", "5 March - a day to remember."),
    no("sentence-month-word", "March Madness - the tournament - begins."),
    no("sentence-may", "May I say - with respect - that this is wrong."),
    no("sentence-quote-place", '"Vienna" - the city of music.'),
    no("sentence-curly-quote", "“Vienna,” she said - smiling."),
    no("sentence-single-quote", "'GENEVA, 17 September 2008 - ' is the dateline."),
    no("sentence-bracket", "(GENEVA, 17 September 2008) - The OSCE"),
    no("sentence-bullet", "- GENEVA, 17 September 2008 - The OSCE"),
    no("year-dash", "2020 - a year of change for the OSCE."),
    no("year-dash-upper", "2020 - A year of change for the OSCE."),
    no("year-range", "2015-2020 - the OSCE strategy."),
    no("month-year", "March 2020 - The OSCE strategy."),
    no("section-number", "1.2.10 - Scope of the review."),
    no("section-number-two-digit", "2.10.19 – The scope."),
    no("compound-hyphen", "WASHINGTON-based company said it would act."),
    no("compound-covid", "COVID-19 – what we know so far."),
    no("title-colon", "Brexit: what it means - for you."),
    no("title-colon-caps", "GENEVA: talks resume - OSCE says."),
    no("title-colon-place-date", "OSCE Chairman: Vienna, 4 April 2019 - talks."),
    no("title-dash-org", "OSCE – Organization for Security and Co-operation in Europe"),
    no("title-dash-caps-words", "OSCE – New Chapter In Security Co-operation"),
    no("title-update", "UPDATE – Talks resume. More to come."),
    no("title-breaking", "BREAKING — The talks collapsed. More soon."),
    no("title-press-release", "PRESS RELEASE - The OSCE welcomes the deal."),
    no("title-mixed", "Brexit - What It Means For You"),
    no("title-long-caps", "OSCE CHIEF VISITS VIENNA FOR TALKS - The chief said so."),
    no("kind-label", "Press release"),
    no("place-alone", "GENEVA"),
    no("place-alone-mixed", "Geneva"),
    no("place-region-alone", "Washington, DC"),
    no("empty", ""),
    no("spaces", "   "),
    no("dash-only", " - "),
    no("date-label", "Date: 17 September 2008"),
    no("url", "https://www.osce.org/ - the OSCE website."),
    no("email", "press@osce.org - contact us."),
    no("digits-only", "12345 - 67890"),
    no("phone", "+43 1 514 36 6000 - press office."),
    no("numbered-list", "1. Vienna - the first stop."),
    no("time", "10:30 - The meeting opened."),
    no("lower-place", "geneva, 17 September 2008 - The OSCE"),
    no("place-then-lower-dash", "GENEVA - the OSCE said."),
    no("mixed-place-alone-dash-title", "Vienna – Talks"),
    # A mixed-case place with a dash and no date is a dateline only where
    # the position says so (the body's first paragraph, see
    # the ``lead`` dateline parser); the parser alone reads none.
    no("mixed-place-dash-sentence", "Graz – Die Stadt baut im Sommer drei neue Radwege aus."),
    no("mixed-place-abbreviation-dash", "Recife (PE) – A prefeitura abriu hoje dois postos."),
    no("place-no-dash-body", "GENEVA The OSCE said on Monday."),
    no("agency-sentence", "Reuters reported - citing sources - that talks failed."),
    no("weekday-sentence", "Monday, the OSCE said - in a statement - that it agreed."),
    no("two-digit-year-alone", "29/09/10"),
    no("question", "Vienna? - Yes."),
    no("place-date-lower-no-dash", "Brussels, 4 April 2019 saw talks resume."),
    no("date-no-year-no-dash", "5 March the OSCE met."),
    no("number-word", "Five people - police said - were hurt."),
    no("roman-numeral", "IV - The fourth chapter of the report."),
    no("caps-with-digits", "G20 - The summit opened."),
    no("slash-date", "1/2 - The first half."),
    no("dash-in-sentence-start", "Vienna-born pianist played - beautifully."),
    # Shapes seen in real letterheads and transcripts.
    no("person-comma-date", "Senator Smith, 14th August 2006"),
    no("person-title-date", "Commissioner Jane Doe, Police Press Release, 26 September 2002"),
    no("label-then-date", "Media Release 8th June 2012 Water group meets"),
    no("label-caps-then-date", "MEDIA RELEASE 6 October 2004"),
    no("published-on", "Details Published on Monday, 05 August 2013 03:30"),
    no("received", "Received 15 March 2000"),
    # Date labels of other languages, printed like a "Place, le DATE" dateline.
    no("fr-publie-le", "Publié le 03/04/2024"),
    no("es-publicado-el", "Publicado el 5 de mayo de 2024"),
    no("de-veroeffentlicht-am", "Veröffentlicht am 12. März 2024"),
    no("headline-then-date", "Labor Cannot Protect Our Borders Or Budget 17 June 2010"),
    no("headline-no-year-date", "INTERNATIONAL CHALLENGES AFTER SEPTEMBER 11"),
    no("ends-then-date", "Ends Tuesday, 22 January 2002"),
    no("on-date", "On 20 August 2006 Industry Minister Smith said."),
    no("from-date-range", "From July 19 - no matter where they arrive."),
    # A range over two months is one date, its first day (as "3-5 April").
    alone("date-range", "29 September - 1 October 2004", date="2004-09-29"),
    alone(
        "date-range-place",
        "CANBERRA, 29 September - 1 October 2004",
        place="CANBERRA",
        date="2004-09-29",
    ),
    no("bracket-aside-alone", "Mental Health Fellowship South Australia (MHFSA)"),
    no("bracket-aside-body", "Ms Jane Doe (QLD) President, Youth Without Borders"),
    no("bracket-long", "The Migration Amendment (Unauthorised Arrivals and Other Measures) Bill"),
    no("bracket-page", "The Australian 16 April 2010 (page 6)"),
    no("bracket-aside-dash", "A Memorandum of Understanding (MOU) - signed in Kabul tonight."),
    no("bracket-mixed-dash", "Sinhala and Tamil New Year (Sri Lankan New Year) -"),
    no("slash-list", "Services / Health, including preventive / Human Rights"),
    no("slash-list-short", "Social Inclusion / Women / Youth, Early Childhood"),
    no("weak-then-date", "INDONESIAN AMBASSADOR - 31 MAY 2013 The target was met."),
    no("colon-no-year", "REAR ADMIRAL SMITH, APRIL 11: “The sailors have batons.”"),
    no("broken-year", "DNESDAY, 21 APRIL 201"),
    no("weak-garbage", "Joint Standing Committee on Foreign Affairs - _~~ ~_. ~-~~~ .- ..~~"),
    no("joint-communique", "Joint Communique 2 December 2005"),
    no("headline-weekday", "BARNABY JONES VISITS CANNING Thursday, 25 March 2010"),
    no("comma-bracket-mixed", "Vienna, (the capital) - is quiet. It was."),
    no("capitals-agency-title", "Medizininformatiker (SAP) – Jobs 2024"),
    no("bracket-job-marker", "Medizininformatiker (m/w/d) – SAP IS-H wird gesucht."),
    no("comma-bracket-no-sentence", "Podgorica, (MINA-BUSINESS) – Budget 2021"),
    no("bracket-opening-lower", "(active) - The button is active."),
    no("bracket-opening-number", "(1) - The first point is this one."),
    no("bracket-opening-title", "(Leipzig) - Verbraucherschutz 2023"),
    no("bracket-opening-label", "(Updated) - The minister said that it was done."),
    no("bracket-opening-long", "(Photo by Jane Roe for the Daily) - The team won."),
    no("spaced-slash-menu", "HOME / NEWS - The latest items from the office."),
    no("spaced-slash-no-date", "ROMA / NUEVA YORK, la FAO dijo hoy que sí."),
]

LETTERHEADS = [
    alone("caps-place-caps-date", "CANBERRA 27 AUGUST 2012", place="CANBERRA", date="2012-08-27"),
    alone("place-date-no-comma", "Hobart 9 May 2002", place="Hobart", date="2002-05-09"),
    alone(
        "place-weekday-no-comma",
        "CANBERRA Thursday, 30 January 2014",
        place="CANBERRA",
        date="2014-01-30",
    ),
    alone(
        "place-region-date-caps",
        "CANBERRA, AUSTRALIA, 18 MARCH 2005",
        place="CANBERRA, AUSTRALIA",
        date="2005-03-18",
    ),
    alone("place-date-comma-year", "HOBART 20 February, 2009", place="HOBART", date="2009-02-20"),
    alone(
        "three-word-place",
        "Parramatta Town Hall, Monday 17 November 2008",
        place="Parramatta Town Hall",
        date="2008-11-17",
    ),
    alone("us-weekday-month-first", "Tuesday, May 13, 2014", date="2014-05-13"),
    alone("ordinal-caps", "5TH APRIL 2002", date="2002-04-05"),
    alone("weekday-comma-year", "Thursday, 22 November, 2012", date="2012-11-22"),
    yes(
        "date-then-label",
        "21 April 2006 ",
        body="Contact: Office of the Minister",
        date="2006-04-21",
    ),
]
"""Known blind spots and plain negatives the parser must keep rejecting."""

#: Every row of the table.
CASES = (
    INTERNATIONAL
    + US_AP
    + AGENCIES
    + WIRES
    + DATE_ONLY
    + ALONE
    + LANGUAGES
    + LANGUAGE_VARIANTS
    + LETTERHEADS
    + NEGATIVES
)
