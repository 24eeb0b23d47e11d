"""
Shapes of the lines that stand above a headline: letterheads.

Government and party releases open with who issues them (``Minister for
Justice and Customs``, ``Senator the Hon Amanda Vanstone``, ``Australian
Greens``), a kind label and a date, in any order, often several on one line.
These patterns name the general shape of an office, a person's style and an
organisation; they hold no words of any one page.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import Final

import regex

from . import _lexicon, _vocab
from ._lazy import LazyPattern
from ._text import has_digit, is_copyright, word_count
from .datelines._dates import find_date

# The words of letterheads, from the language lexicons: a person's styles
# ("Senator", "Dr") and post-nominal letters ("MP", "QC"), and the full
# names of weekdays (a date printed after an office ends it).
_STYLE: Final = _lexicon.pattern("person_styles")
_POST_NOMINAL: Final = _lexicon.pattern("post_nominals")
# (Weekdays are matched as named lists, \L<weekdays>: in every language
# they are a long list, which compiles and matches faster that way than as an
# alternation. The capitalised list serves the pattern that asks for a
# capital.)
_WEEKDAY: Final = r"\L<weekdays>"
_CAPITALISED_WEEKDAY: Final = r"\L<capitalised_weekdays>"
_WEEKDAYS: Final = frozenset(_lexicon.table_forms("weekdays"))
# (Only the English names: the portfolio run they end in prose is
# English-shaped, linked by "and", "of", "the", "for", "on"; and the list
# stands five times in `_OFFICE_IN_PROSE`, where every name costs compile
# time.)
_CAPITALISED_WEEKDAYS: Final = _lexicon.table_forms("weekdays", ["en"])

# An office: a ministerial or parliamentary title, with its portfolio; an
# office of a Westminster house (a leader's, a whip's or business
# manager's) may name the house ("... in the Senate").
_OFFICE_HEAD: Final = (
    rf"(?:(?:{_lexicon.pattern('office_prefixes')})\s++)*+"
    rf"(?:(?:{_lexicon.pattern('house_offices')})(?:\s++in\s++the\s++\w++)?+"
    rf"|{_lexicon.pattern('office_heads')})"
)
_OFFICE: Final = LazyPattern(
    rf"\b{_OFFICE_HEAD}\b"
    # The portfolio, "for ...", "of ...", "de ...", up to a break: the end,
    # a bar or dash, a person's style, a contact label, or a second office.
    # (Not possessive: the lazy portfolio must be able to grow to the break.
    # The lines this runs on are short, so the scan stays cheap.)
    # ("The Hon" after an office is its holder's style, no portfolio; a
    # minister's "to" leads on to "the ...": "Minister to visit ..." is a
    # headline.)
    r"(?:\s++(?!the\s++hon\b)(?!(?<=\bminister\s++)to\s++(?!the\b))"
    r"(?:for|of|to|the|de|du|des|der|für|del|della|à|on)\b[^|–—]*?"
    # A Russian office governs its portfolio in the genitive, with no
    # preposition ("Министр финансов"): Cyrillic words after a Cyrillic head,
    # the first no verb's past or present form ("министр заявил", "... едет").
    r"|(?<=\p{Cyrillic})\s++(?=\p{Cyrillic}++(?<!л|ла|ло|ли|ет|ит|ют|ят|ат)(?:\s|$))"
    r"[^|–—]*?)?"
    # (The lookahead opens by taking the spaces, so no alternative may need
    # one: "(?<=\s)" asks for the start of a word instead.)
    # A person's style before a name ("... Affairs Mr John Roe", "...
    # Affairs, Senator the Hon ...") or letters after one ("..., MP").
    rf"(?=\s*+(?:$|[|–—]|-\s|(?:(?<=\s)|,\s*+)(?:the\s++)?+(?:{_STYLE}|{_POST_NOMINAL})(?![\p{{L}}])"
    # A seat ("... Protection Federal Member for Blair").
    r"|(?:(?<=\s)|,\s*+)(?:federal\s++)?+member\s++(?:for|of)\b"
    r"|(?<=\s)(?:telephone|phone|tel|fax|e-?mail|parliament house|media contact)\b"
    # A column rule the crawl read as a capital I, a word alone ("Minister
    # for Defence   I   Senator for ..."): no portfolio holds one.
    r"|(?<=\s)(?-i:I)(?=\s|$)"
    # A kind label or a date printed after the office on the same line.
    r"|(?<=\s)(?:(?:joint\s++)?+(?:media|press)\s++(?:release|statement)\b|\d"
    rf"|(?:{_WEEKDAY})\b)"
    # A second office, after a comma or a word that cannot lead into one
    # (nor inside one: "Prime Minister").
    # ("and the Minister ..." opens one too.)
    rf"|(?<!\b(?:to|the|for|of|and|on|prime)\s)(?:,\s*+|(?<=\s)(?:(?:and|&)\s++(?:the\s++)?+)?+)"
    rf"{_OFFICE_HEAD}\b))",
    regex.IGNORECASE,
    weekdays=_WEEKDAYS,
)
# An office named in running prose: "The Minister for Immigration and
# Citizenship, Senator Chris Evans, said": the portfolio is a run of
# capitalised words and connectors, ending at anything else.
_CAP: Final = r"\p{Lu}[\p{L}'’-]*+"
# A person's style or a seat ends a portfolio ("... Affairs, Senator ...");
# so does a contact label, a weekday opening a date, or a second office
# straight after a portfolio word
# ("... Affairs Minister for Sport", but "... to the Prime Minister").
_NOT_PORTFOLIO: Final = (
    # (A capital I alone is a pronoun or a column rule read as a letter.)
    r"(?!(?:\L<styles>|\L<post_nominals>|The|Federal|Member|Telephone|Phone|Fax|I"
    rf"|{_CAPITALISED_WEEKDAY})\b)"
    r"(?!(?<!\b(?:of|the|for|on|to|Prime)\s)(?:Minister|Shadow|Parliamentary|Leader)\b)"
)
_PROSE_PORTFOLIO_RUN: Final = rf"(?:\s++(?:(?:and|&|of|the|for|on)\s++)*+{_NOT_PORTFOLIO}{_CAP})*+"
_OFFICE_IN_PROSE: Final = LazyPattern(
    rf"(?<![\p{{L}}])(?i:{_OFFICE_HEAD})(?![\p{{L}}])"
    rf"(?:\s++(?i:for|of|to|on|the)\s++(?:(?i:the)\s++)?+{_CAP}{_PROSE_PORTFOLIO_RUN}"
    # A portfolio listed with commas closes with "and": "Minister for
    # Justice, Customs and Border Protection" (", Jane Roe said" is no item).
    rf"(?:(?:,\s++{_NOT_PORTFOLIO}{_CAP}(?:\s++{_NOT_PORTFOLIO}{_CAP})*+)++"
    rf",?+\s++(?:and|&)\s++{_NOT_PORTFOLIO}{_CAP}{_PROSE_PORTFOLIO_RUN})?+)?+",
    # (Named lists: `_NOT_PORTFOLIO` stands five times in the pattern.)
    styles=_lexicon.forms("person_styles"),
    post_nominals=_lexicon.forms("post_nominals"),
    capitalised_weekdays=_CAPITALISED_WEEKDAYS,
)
# A person's parliamentary style: honorific before, post-nominal after.
_PERSON: Final = LazyPattern(
    rf"^(?:the\s++)?+(?:{_STYLE})\.?+\s"
    rf"|\b(?:{_POST_NOMINAL})\.?+(?:$|\s[-–—]\s)",
    regex.IGNORECASE,
)
# An organisation whose name ends in the kind of body it is: capitalised
# words before the body word, linked by "and" or "&" ("Human Rights and
# Equal Opportunity Commission", "Palmer United Party"), and what it is of,
# for or on after it, in capitalised words ("Council of Social Service of
# New South Wales", "Department of Health", "Joint Standing Committee on
# Treaties"). Every word is capitalised in the text's own case: a run of
# lower-case words is no name ("The Department of Health announced ...").
# A name opens with no article, preposition, word that starts a sentence
# ("The", "From", "When") or person's style ("Senator").
_ORG_OPENERS: Final = _lexicon.words("articles") | frozenset(
    "from by in on at to for of and with as when "
    "while after before if but under despite both today yesterday this that these those it "
    "its we our their his her i".split()
)
_ORG_STYLES: Final = _lexicon.words("person_styles")
_ORG_WORD: Final = (
    rf"\b(?!(?i:{'|'.join(sorted(_ORG_OPENERS | _ORG_STYLES))})\b)"
    r"(?-i:\p{Lu})[\p{L}'’.-]*+\s++"
)
#: A body's name has at most this many capitalised words before its body
#: word (an "and" between two of them is no word).
MAX_ORGANISATION_LEAD_WORDS: Final = 4
# The holder of an office or a person's style after a body's name is no
# part of it ("Department of Health Secretary Jane Roe", "... Office of
# Senator Tom Reyes"; but "Department of the Prime Minister and Cabinet").
_NOT_ORG_TAIL: Final = (
    rf"(?!(?i:{_STYLE}|{_POST_NOMINAL}|the|secretary|commissioner|president|chair|chairman"
    r"|chairperson|director|chief|ceo|spokes\w*+|leader|shadow|minister(?<!prime\s++minister)"
    # An address or contact printed after it ("... of Australia PO Box 12").
    r"|p\.?o\.?|gpo|box|locked|level|suite|tel|phone|fax|email|abn"
    rf"|{_WEEKDAY})\b)"
)
_ORG_TAIL_WORD: Final = rf"{_NOT_ORG_TAIL}(?-i:\p{{Lu}})[\p{{L}}'’-]*+"
_ORGANISATION: Final = LazyPattern(
    rf"(?:{_ORG_WORD}(?:(?i:and|&)\s++(?=(?-i:\p{{Lu}})))?+)"
    rf"{{0,{MAX_ORGANISATION_LEAD_WORDS}}}?"
    # (The body word is capitalised too, a word of its own: "the local
    # office of ...", "Sub-Committee".)
    r"(?<![\p{L}'’.-])(?=(?-i:\p{Lu}))"
    rf"(?P<body>(?i:{_lexicon.pattern('body_heads')}))\b"
    # (The prepositions, articles and "and" of the kind labels' other
    # languages link it too: "Ministerio de Sanidad y Consumo".)
    rf"(?:\s++(?i:of|for|on|de|del|della|di|du|des|do|da|für)\s++"
    rf"(?:(?i:the|la|el|der)\s++)?+{_ORG_TAIL_WORD}"
    rf"(?:\s++(?:(?i:and|&|of|for|on|the|y|e|et|und|de|del|di|du|des|la)\s++)?+"
    rf"{_ORG_TAIL_WORD})*+)?+",
    weekdays=_WEEKDAYS,
)
# Opening punctuation a name may follow straight on.
_ORG_OPENING_MARKS: Final = "([{\"'“‘«"
# Punctuation closing the word before a name: a new clause or list item.
_ORG_CLOSING_MARKS: Final = ",;:.!?)]}\"'”’»"


def _opens_name(text: str, start: int) -> bool:
    """
    ``True`` when a name of several words may open at *start*: the text
    starts there, or after a space and a word in lower case, a word that
    opens sentences (``The``) or a word closing a clause; not inside a
    word, nor after a capitalised word (a person's name or style: in
    ``Senator Jo Roe Australian Greens`` the party is two words) or a
    preposition (``Senator for Victoria Australian Democrats``: the place
    is the seat's).
    """
    if start == 0:
        return True
    before = text[start - 1]
    if before in _ORG_OPENING_MARKS:
        return True
    if not before.isspace():
        return False
    previous = text[:start].rsplit(None, 1)[-1] if text[:start].strip() else ""
    if previous.rstrip(".").casefold() in _ORG_STYLES:
        return False  # "Sen. Jo Roe ..."
    if not previous or previous[-1] in _ORG_CLOSING_MARKS:
        return True
    if previous.casefold() in ("for", "of", "on", "to", "in", "at"):
        return False
    return not previous[:1].isupper() or previous.casefold() in _ORG_OPENERS


def _organisations(text: str) -> Iterator[tuple[int, int, str, str]]:
    """
    Every organisation *text* names (`_ORGANISATION`), in order, as start,
    end, name and the kind of body it is (its body word, case-folded). A
    name of several words before the body word that cannot open where it
    starts (`_opens_name`) keeps only the last of them; a name inside one
    already given is left out.
    """
    covered = -1
    for match in _ORGANISATION.finditer(text, overlapped=True):
        start, end = match.span()
        lead = text[start : match.start("body")].split()
        if len(lead) > 1 and not _opens_name(text, start):
            if lead[-1].casefold() in ("and", "&"):
                start = match.start("body")  # "Jo Roe and Greens": the body word
            else:
                start = text.rfind(lead[-1], start, match.start("body"))
        if start < covered:
            continue
        covered = end
        name = text[start:end].strip()
        if name.endswith(("'s", "’s")):
            name = name[:-2]  # "the Department of Health's": the possessive
        yield start, end, name, match.group("body").casefold()


#: The kinds of body a letterhead line names alone: a line naming another
#: ("NEW MARITIME RESCUE CENTRE", "LOCAL NETWORK GROWS") reads as often as
#: a headline.
_LETTERHEAD_BODIES: Final = frozenset(
    "greens democrats party secretariat ministry department government commission council "
    "office ministerio ministère ministerium министерство association federation committee "
    "institute foundation society alliance".split()
)
#: The kinds of body a release's lead names as often to say who speaks as
#: what it speaks of: one of another kind (an institute, a foundation, a
#: centre) is the issuer only when a speech verb is its.
_SPEAKING_BODIES: Final = frozenset(
    "greens democrats party secretariat ministry department government commission council "
    "committee office ministerio ministère ministerium министерство".split()
)
# Interface words: a header line made only of these is page chrome.
_CHROME_WORDS: Final = frozenset(
    "print printer friendly page version share email e-mail tweet like follow back "
    "to top home menu search skip content main navigation download pdf subscribe rss "
    "copy link copied clipboard close open more less read listen font size text a+ "
    "a- this the go facebook twitter linkedin whatsapp instagram youtube x for "
    "immediate release embargoed media centre center newsroom news room check via sharing options "
    "against delivery".split()
)


# Every office and organisation pattern needs one of these stems: a cheap
# substring test on the case-folded text skips the regex search on lines
# (headlines, most of all) that name none.
_OFFICE_STEMS: Final = (
    "minist",
    "secretar",
    "treasurer",
    "premier",
    "attorney",
    "chancellor",
    "spokes",
    "ombudsman",
    "commissioner",
    "ambassador",
    "leader of",
    "manager of",
    "manager for",
    "министр",
)
_ORGANISATION_STEMS: Final = (
    "green",
    "democrat",
    "party",
    "secretariat",
    "minist",
    "department",
    "government",
    "commission",
    "council",
    "committee",
    "office",
    "associat",
    "federat",
    "union",
    "centre",
    "center",
    "institut",
    "societ",
    "foundation",
    "alliance",
    "authorit",
    "agenc",
    "network",
    "министерство",
)


_DIGIT: Final = has_digit
_BARE_HEADS: Final = frozenset(
    "minister ministre ministro ministra secretary commissioner ambassador spokesperson "
    "spokesman spokeswoman chancellor министр".split()
)


def _names_any(text: str, stems: tuple[str, ...]) -> bool:
    folded = text.casefold()
    return any(stem in folded for stem in stems)


# A person named by surname after a style or office ("Mr Roe said").
SURNAME_MENTION: Final = rf"(?:{_STYLE}|Minister|Secretary)\.?\s++"


def drop_trailing_name(office_text: str, page_text: str) -> str:
    """
    Cut the holder's name off an office printed with it, in capitals or not
    (``MINISTER FOR FOREIGN AFFAIRS ALEXANDER DOWNER``, ``Minister for
    Health, Jane Roe``), when the page names that person elsewhere by
    surname after a style (``Mr Downer said``): capitalised words alone
    cannot tell a name from a portfolio.
    """
    words = office_text.split(" ")
    if len(words) < 5:
        return office_text
    given, surname = words[-2], words[-1]
    if not (
        _is_name_word(given.rstrip(","))
        and _is_name_word(surname)
        and (office_text.isupper() or (given[:1].isupper() and surname[:1].isupper()))
    ):
        return office_text
    mention = regex.search(
        SURNAME_MENTION + regex.escape(surname) + r"\b", page_text, regex.IGNORECASE
    )
    if mention is None:
        return office_text
    rest = words[:-2]
    rest[-1] = rest[-1].rstrip(",")
    if rest[-1].casefold() in _CONNECTING or " ".join(rest).casefold() in _BARE_HEADS:
        return office_text
    return " ".join(rest)


def _is_name_word(word: str) -> bool:
    # A word of a name: letters, with an apostrophe or hyphen inside
    # ("O'Connor", "Hanson-Young").
    return word.replace("'", "").replace("’", "").replace("-", "").isalpha()


def office_words(text: str) -> int:
    """
    How many words of *text* the offices it names take up, all of them
    (``Minister for Housing and Minister for the Status of Women``: 9).
    """
    if not _names_any(text, _OFFICE_STEMS):
        return 0
    return sum(word_count(m.group().strip()) for m in _OFFICE.finditer(text))


def office(text: str) -> str | None:
    """
    The first office named in *text* (``Minister for Justice and Customs``).
    """
    if not _names_any(text, _OFFICE_STEMS):
        return None
    match = _OFFICE.search(text)
    if match is None:
        return None
    found = " ".join(match.group().strip(" ,;:").split())
    # "Minister", "Commissioner" or "Spokesperson" alone names no office;
    # "Prime Minister" or "Treasurer" does.
    if found.casefold() in _BARE_HEADS:
        return None
    return found


# "Affairs" closes the noun phrase it heads: words after it with no
# connector ("and", "of", "&", a comma) carry on no portfolio.
_AFFAIRS_CLOSES: Final = LazyPattern(
    r"\baffairs(?=\s++(?!(?:and|of|for|in|on|to|the|at)\b|&))", regex.IGNORECASE
)


def substantive_office(office_text: str) -> str:
    """
    The office an acting holder issues in (``Acting Minister for Health``:
    ``Minister for Health``): "Acting" names the holder's stand-in
    capacity, not another office.
    """
    head, _, rest = office_text.partition(" ")
    if head.casefold() == "acting" and rest and office(rest) is not None:
        return rest
    return office_text


def close_portfolio(office_text: str) -> str:
    """
    An office cut where its portfolio closes: after ``Affairs`` when no
    connector carries it on, so the holder's name or the page's words
    printed after it go (``MINISTER FOR FOREIGN AFFAIRS JANE ROE``,
    ``Minister for Veterans' Affairs Mailing List``). (The letterhead
    reader keeps the whole match: the line is a letterhead either way.)
    An office never ends on a connector: one left dangling where the
    printed line broke before a second office (``Shadow Minister for
    Immigration and`` over ``Acting Shadow Minister ...``) goes.
    """
    words = office_text.split(" ")
    if len(words) > 2 and (words[-1].casefold() in _CONNECTING or words[-1] == "&"):
        while len(words) > 2 and (words[-1].casefold() in _CONNECTING or words[-1] == "&"):
            words.pop()
        office_text = " ".join(words).rstrip(" ,;")
    if "affairs" not in office_text.casefold():
        return office_text
    match = _AFFAIRS_CLOSES.search(office_text)
    return office_text[: match.end()] if match is not None else office_text


def office_in_headline(text: str) -> str | None:
    """
    The office a headline's line names, where a page prints its letterhead
    or a byline there (``MINISTER FOR HEALTH CLINICS REOPEN``, ``Address
    by the Minister for Health, Jane Roe``): an office whose words are all
    capitalised or connectors, ending on a capitalised word. ``None`` when
    the office runs on into the headline's own words (``Minister to open
    new wards``) or the headline names two offices (a joint statement's).
    """
    found = office(text)
    if found is None or len(offices(text)) > 1:
        # Two offices: a joint statement's headline names no one issuer.
        return None
    found = close_portfolio(found)
    words = found.split(" ")
    if not words[-1][:1].isupper() or not all(
        word[:1].isupper() or word.casefold() in _CONNECTING or word == "&" for word in words
    ):
        return None
    return found


def offices(text: str) -> list[str]:
    """
    Every office named in *text*, in order (``Minister for Housing and
    Minister for the Status of Women``: both).
    """
    if not _names_any(text, _OFFICE_STEMS):
        return []
    found = (" ".join(m.group().strip(" ,;:").split()) for m in _OFFICE.finditer(text))
    return [name for name in found if name.casefold() not in _BARE_HEADS]


def office_named_in(candidates: Sequence[str], text: str) -> str | None:
    """
    The first of a letterhead's *candidates* that *text* (the body) names,
    in any case: where a letterhead lists its holder's offices (``Shadow
    Minister for Population``, ``Shadow Minister for Immigration``), the
    release is issued in the office it speaks in. ``None`` when the body
    names none of them.
    """
    folded = text.casefold()
    for candidate in candidates:
        if candidate.casefold() in folded:
            return candidate
    return None


def speaks_for_a_body(office_text: str) -> bool:
    """
    ``True`` for a spokesperson's role (``Spokesperson for Immigration``,
    ``Shadow Spokeswoman on Health``): a party's or body's role, not an
    office of state, so the party or body is who issues.
    """
    return "spokes" in office_text.casefold() and _SPOKES.match(office_text) is not None


_SPOKES: Final = LazyPattern(
    r"(?:(?:shadow|deputy|acting|assistant)\s++)*+spokes(?:person|man|woman)\b", regex.IGNORECASE
)


#: A printed line that carries on an office's portfolio has at most this
#: many words.
MAX_PORTFOLIO_WRAP_WORDS: Final = 6
#: A printed line that opens with an office's portfolio preposition
#: ("for ...") has at most this many words (the holder's name may follow).
MAX_PORTFOLIO_LINE_WORDS: Final = 10
# The lower-case prepositions a portfolio opens with.
_PORTFOLIO_OPENERS: Final = frozenset(("for", "of", "on"))


def continues_office(text: str, following: str) -> bool:
    """
    ``True`` when *following*, the next column or printed line after *text*,
    carries on the office *text* ends with: a portfolio wrapped over two
    printed lines (``Minister for Immigration and`` / ``Multicultural
    Affairs``, ``SHADOW MINISTER FOR FOREIGN AFFAIRS, TRADE AND`` /
    ``INTERNATIONAL SECURITY``). The office must run to the end of *text*;
    the continuation is set in the same case, names no office, seat, person
    or date of its own, and either *text* stops on a connecting word or
    comma, or the continuation opens with ``and`` or is a single word.
    """
    if not _names_any(text, _OFFICE_STEMS):
        return False
    # The last office *text* names ("Minister for Health and Minister for
    # Justice Customs" / "and Border Protection"), a bare head too
    # ("..., Jane Roe and Shadow Minister" / "for Justice, Jane Roe").
    found = None
    for match in _OFFICE.finditer(text):
        found = " ".join(match.group().strip(" ,;:").split())
    printed = " ".join(text.split())
    if found is None or not printed.rstrip(" ,;:").endswith(found):
        return False
    words = following.split()
    # A portfolio opening the next line with its preposition ("Minister
    # Assisting the Prime Minister" / "for the Status of Women") carries
    # the office on, whatever *text* ends with; it may close with the
    # holder's name after a comma.
    portfolio = bool(words) and words[0] in _PORTFOLIO_OPENERS
    if found.casefold() in _BARE_HEADS and not portfolio:
        return False  # "Minister" alone and a line of capitalised words
    if (
        not words
        or len(words) > (MAX_PORTFOLIO_LINE_WORDS if portfolio else MAX_PORTFOLIO_WRAP_WORDS)
        or following.isupper() != text.isupper()
        or _DIGIT(following) is not None
        or office(following) is not None
        or is_person(following)
        or is_seat(following)
        or _vocab.key(following) in _vocab.KINDS
        or is_chrome(following)
    ):
        return False
    if not all(w[:1].isupper() or w.casefold() in _CONNECTING or w == "&" for w in words):
        return False
    last = found.rsplit(" ", 1)[-1]
    return (
        printed[-1] in ",&"
        or last.casefold() in _CONNECTING
        or words[0].casefold() in ("and", "&")
        or portfolio
        # One word alone ("AFFAIRS"): two could be the holder's name.
        or len(words) == 1
    )


#: How far into the first paragraph an issuing office or organisation is
#: looked for.
LEAD_CHARS: Final = 300
#: How far past `LEAD_CHARS` the name of one that starts before it may run
#: (and the speech verb after it be found).
LEAD_RUN_ON_CHARS: Final = 120


def issuer_in_lead(text: str) -> str | None:
    """
    The office or organisation a release's first paragraph names as its
    speaker (``The Minister for Immigration and Citizenship, Senator Chris
    Evans, said ...``, ``The Government must act, the Australian Greens
    said``): the first one a speech verb is attributed to (`_attributed`),
    else the first named, passing over a government named as a whole
    (``The Federal Government has ...``: what a release speaks about more
    often than who issues it) while another is named. One named from the
    first `LEAD_CHARS` on is passed over, but a name that starts before may
    run on past them.
    """
    lead = text[: LEAD_CHARS + LEAD_RUN_ON_CHARS]
    found: list[tuple[int, int, str]] = []
    if _names_any(lead, _OFFICE_STEMS):
        for match in _OFFICE_IN_PROSE.finditer(lead):
            name = match.group()
            # A head alone ("Immigration Minister Jo Roe") names no office.
            if (
                match.start() < LEAD_CHARS
                and name[:1].isupper()
                and name.casefold() not in _BARE_HEADS
            ):
                found.append((match.start(), match.end(), name))
    if _names_any(lead, _ORGANISATION_STEMS):
        for start, end, name, body in _organisations(lead):
            if start >= LEAD_CHARS:
                break
            words = name.split(" ")
            if not (len(words) > 1 and name[:1].isupper() and words[-1][:1].isupper()):
                continue
            # A centre, union or network a lead names is more often what
            # it speaks about than who speaks: only a speech verb's speaker.
            if body in _SPEAKING_BODIES or _attributed(lead, start, end):
                found.append((start, end, name))
    if not found:
        return None
    in_order = sorted(found)
    for index, (start, end, _name) in enumerate(in_order):
        if _attributed(lead, start, end):
            # Joint speakers, each named ("the Minister for Health, Jane Roe
            # and the Minister for Finance, Tom Reyes, said"): the first.
            # (One holder's offices in a row, "the Minister for Health and
            # Minister for Sport, Jane Roe, said": the one by the name.)
            while index and _JOINED.fullmatch(lead[in_order[index - 1][1] : start]) is not None:
                index -= 1
                start = in_order[index][0]
            return in_order[index][2]
    return next((name for _, _, name in in_order if not is_government(name)), in_order[0][2])


# A speech verb after an issuer named in a lead, past the holder's style
# and name and the commas around them ("the Minister for Health, Dr Jane
# Roe, said", "the Australian Greens have today called").
_SAID_AFTER: Final = LazyPattern(
    rf",?+\s*+(?:(?:{_STYLE}|the\s++hon)\.?+\s++)?+"
    r"(?:(?-i:\p{Lu})[\p{L}'’-]*+,?+\s++){0,4}?"
    r"(?:(?:has|have|had|today|yesterday|also)\s++)*+"
    r"(?:said|says|say|announced|called|urged|welcomed|condemned|criticised|warned)\b",
    regex.IGNORECASE,
)
# A speech verb before an issuer: "..., said the Minister for Health",
# "according to the Australian Greens".
_SAID_BEFORE: Final = LazyPattern(
    r"\b(?:said|says|according\s++to)\s++(?:the\s++)?+$", regex.IGNORECASE
)
# What joins two speakers named one after the other: "and" with a name or
# a comma beside it ("..., Jane Roe and the Minister for ...", "..., and
# the Minister for ...", "... and Senator Tom Reyes, Minister for ...").
_STYLED_NAME: Final = (
    rf"(?:(?:{_STYLE}|the\s++hon)\.?+\s++)?+(?:(?-i:\p{{Lu}})[\p{{L}}'’-]*+,?+\s++){{1,4}}?"
)
_JOINED: Final = LazyPattern(
    rf"(?:,?+\s*+{_STYLED_NAME}|,\s*+)(?:and|&)\s++(?:the\s++)?+"
    rf"|\s*+(?:and|&)\s++{_STYLED_NAME}",
    regex.IGNORECASE,
)


def _attributed(lead: str, start: int, end: int) -> bool:
    """
    ``True`` when the issuer printed at ``lead[start:end]`` is the speaker
    of a speech verb: one right after it (past a name), or one right
    before it (``said the ...``, ``according to the ...``).
    """
    return (
        _SAID_AFTER.match(lead, end) is not None
        or _SAID_BEFORE.search(lead[max(0, start - 20) : start]) is not None
    )


def is_government(name: str) -> bool:
    """
    ``True`` for a government named as a whole (``Federal Government``,
    ``Howard Government``, ``Government of Australia``): not an office that
    issues releases.
    """
    folded = name.casefold()
    return (folded.endswith(" government") or folded.startswith("government of ")) and (
        office(name) is None
    )


def organisation_in(text: str) -> str | None:
    """
    The first organisation of two words or more named in *text*.
    """
    if not _names_any(text, _ORGANISATION_STEMS):
        return None
    for _start, _end, name, _body in _organisations(text):
        words = name.split(" ")
        if len(words) > 1 and name[:1].isupper() and all(w[:1].isupper() for w in words[-1:]):
            return name
    return None


def is_person(text: str) -> bool:
    """
    ``True`` for a line styled as a person's name (``Senator Jane Doe``,
    ``JOHN SMITH MP``).
    """
    return word_count(text) <= 8 and _PERSON.search(text) is not None


def opens_with_person(text: str) -> bool:
    """
    ``True`` for a line that opens with a person's style (``Senator``,
    ``The Hon``, ``Dr``) and reads as a letterhead, not a sentence: such a
    line names the issuer and his offices, however long.
    """
    return (
        text[-1] not in '.!?"”'
        and _PERSON_NAMED.match(text) is not None
        and word_count(text) <= 30
    )


# A person's style followed by a capitalised name: "Senator Andrew Smith",
# "The Hon. Jane Doe" (not "Senator calls for ...").
_PERSON_NAMED: Final = LazyPattern(
    # Only the style is case-blind: the name after it must be capitalised.
    rf"(?i:(?:the\s++)?+(?:{_STYLE})\.?+"
    r"(?:\s++the\s++hon\.?+)?+)\s++\p{Lu}[\p{L}'’.-]*+\s++\p{Lu}"
)


# A document reference printed after a headline: "MPS 025/2000", "FA67".
# A year that ends a headline ("open for 2008") is not a reference: a
# reference mixes letters and digits (FA67) or has a separator (025/2000).
_TRAILING_REFERENCE: Final = LazyPattern(
    r"(?:\s\p{Lu}{1,6})?\s(?:\p{Lu}{1,4}\d[\w/.-]*|\d+[/.-][\w/.-]*)$"
)


# A kind label after a headline, as a site's page title sets it, with
# perhaps the issuer's or series' words before it and a release number or
# a print page counter after it ("Headline - Health Media Release 12/2004
# Page 1 of 2", "Headline - Budget Media Release 2", a number cut short:
# "... Media Release ... Page 1 of 2").
_TRAILING_KIND_REFERENCE: Final = LazyPattern(
    r"\s[-–—|]\s++(?:\p{Lu}[\p{L}'’-]*+\s++){0,3}(?i:media|press|news)\s++(?i:release)"
    r"(?:\s++(?:[^\s\d]*+\d\S*+|\.\.\.|…|(?i:page|of)(?=\s)))*+\s*+$"
)
_TRAILING_PATH: Final = LazyPattern(
    r"\s(?:https?:)?/{1,2}\S*$|\s[^\s/]*/\S*\.html?$|\s\S*\.html?$"
)
# A site's host name printed after a headline: "newsroom.example.gov.au",
# lower-case labels with two dots or more (a version, "v2.0", or an
# initialism, "U.S.", is no host).
_TRAILING_HOST: Final = LazyPattern(r"\s(?:[a-z0-9-]++\.){2,}+[a-z]{2,6}$")
_LEADING_BYLINE: Final = LazyPattern(
    r"^\p{Lu}[\p{L}'’.-]++(?:\s++\p{Lu}[\p{L}'’.-]++){1,2}\s++[-–—]\s++"
)


#: A site suffix after a headline is short: at most this many words a part.
MAX_SUFFIX_WORDS: Final = 8


def strip_site_suffix(text: str) -> tuple[str, str | None]:
    """
    Split the site's name off a headline: ``Headline | Ministry of Energy``
    or ``Headline - Mali - ReliefWeb`` (two or more short dash-separated
    parts at the end; a single dash is the headline's own). Returns the
    headline and the suffix, or *text* and ``None``.
    """
    if " | " in text:
        head, _, suffix = text.partition(" | ")
        if word_count(head) >= 3 and word_count(suffix) <= MAX_SUFFIX_WORDS:
            return head, suffix
    parts = text.split(" - ")
    if len(parts) >= 3:
        tail = 0
        for part in reversed(parts[1:]):
            if word_count(part) > 3 or not part[:1].isupper():
                break
            tail += 1
        if tail >= 2 and word_count(" - ".join(parts[:-tail])) >= 3:
            return " - ".join(parts[:-tail]), " - ".join(parts[-tail:])
    return text, None


_FINANCIAL_YEAR: Final = LazyPattern(r"((?:19|20)\d\d)[-/–](\d\d|(?:19|20)\d\d)")


def _is_financial_year(token: str) -> bool:
    """
    Whether *token* is a financial or academic year (``2005-06``,
    ``2011/2012``): two years in a row, the second perhaps in two digits;
    such a year opens or ends a headline (``2005-06 Aid Budget``) and is no
    release number.
    """
    match = _FINANCIAL_YEAR.fullmatch(token)
    if match is None:
        return False
    first, second = int(match[1]), int(match[2])
    return second % 100 == (first + 1) % 100


def byline_office(text: str) -> str | None:
    """
    The office of a ``Name - Office`` byline printed after a headline on
    the headline's line (``Clinics Stay Open Jane Roe - Minister for
    Health``): the office is all the text after the last spaced hyphen, and
    two capitalised words, the holder's name, stand right before it.
    ``None`` for any other line.
    """
    dash = text.rfind(" - ")
    if dash < 0:
        return None
    rest = " ".join(text[dash + 3 :].strip(" ,;:").split())
    found = office(rest)
    if found is None or found != rest:
        return None
    head = text[:dash].split()
    if len(head) < 3 or not all(w[:1].isupper() and _is_name_word(w) for w in head[-2:]):
        return None
    return found


def clean_title(text: str) -> str:
    """
    A headline without what sites print around it on the same line: a
    document reference, a kind label with a release number (``- Health
    Media Release 12/2004``), page path or host name after it, a release number or a
    ``Name - `` byline before it, a ``Name - Office`` byline after it; and
    a headline printed twice over is given once.
    """
    if "/" in text or ".htm" in text:
        text = _TRAILING_PATH.sub("", text)
    if "." in text[-40:]:
        text = _TRAILING_HOST.sub("", text)
    if "elease" in text:
        kind_tail = _TRAILING_KIND_REFERENCE.search(text)
        if kind_tail is not None and word_count(text[: kind_tail.start()]) >= 3:
            text = text[: kind_tail.start()]
    if _DIGIT(text, len(text) - 12):
        trailing = _TRAILING_REFERENCE.search(text)
        if trailing is not None and not _is_financial_year(trailing.group().strip()):
            text = text[: trailing.start()]
    first, _, after = text.partition(" ")
    if (
        _DIGIT(first)
        and is_reference(first)
        and word_count(after) >= 3
        and not _is_financial_year(first)
    ):
        text = after  # a release number before the headline: "H12/2004 Headline"
    byline = _LEADING_BYLINE.match(text)
    if (
        byline is not None
        and word_count(text[byline.end() :]) >= 3
        # A byline's headline opens with a capital; in a line set all in
        # capitals the case cannot tell a name from the headline's subject
        # ("MINISTER ROE - WHY WAIT?"), and a name before words in lower
        # case is what the headline is about ("Jane Roe - a life in law").
        and text[byline.end()].isupper()
        and not text.isupper()
    ):
        text = text[byline.end() :]
    text = strip_site_suffix(text)[0]
    words = text.split(" ")
    for size in range(1, len(words) // 2 + 1 if words.count(words[0]) > 1 else 1):
        if len(words) % size == 0 and words == words[:size] * (len(words) // size):
            text = " ".join(words[:size])
            break
    dash = text.find(" - ")
    if dash > 0 and office(text[dash + 3 :]) is not None:
        head = text[:dash].split(" ")
        # Drop the byline's name: the two words before the dash.
        if len(head) > 4 and all(w[:1].isupper() for w in head[-2:]):
            text = " ".join(head[:-2])
    return text.strip(" -–—|:")


_SEAT: Final = LazyPattern(
    # The holder's name or party may come first ("Jane Doe, Senator for
    # Tasmania", "Australian Greens Senator for ..."): capitalised words.
    r"^(?:(?-i:\p{Lu}[\p{L}'’.-]*+),?+\s++){0,3}"
    # (A candidate stands for a seat: "Labor Candidate for Cook".)
    r"(?:senator|member|mp|mla|mlc|mep|candidate)(?:\s++(?:for|of)\s++(?:the\s++)?+|,\s++)"
    # The seat: capitalised words to the end ("New South Wales").
    r"(?-i:\p{Lu})\S*+(?:\s++(?:(?-i:\p{Lu})\S*+|and|the|&))*+$",
    regex.IGNORECASE,
)


def is_seat(text: str) -> bool:
    """
    ``True`` for a parliamentary seat (``Senator for South Australia``,
    ``Federal Member for Cook``, ``Candidate for Cook``, ``Greens Senator,
    Tasmania``), perhaps after the holder's name (``Jane Doe, Senator for Tasmania``): part of a
    person's letterhead, not an office. A seat holds no digits (``Principal
    Member for Tribunals MPS 075/2001`` is a headline with a reference).
    """
    return word_count(text) <= 8 and _DIGIT(text) is None and _SEAT.search(text) is not None


def looks_like_name(text: str) -> bool:
    """
    ``True`` for two or three capitalised words and nothing else: a bare name.
    """
    words = text.split()
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha()
        for w in words
    )


def organisation(text: str) -> str | None:
    """
    An organisation named in a short line (``Australian Greens``,
    ``Palmer United Party``): the first of several words, else the first.
    """
    found = _organisation_in_line(text)
    return found[0] if found is not None else None


def _organisation_in_line(text: str) -> tuple[str, str] | None:
    """
    The name and body word of the organisation `organisation` gives.
    """
    if word_count(text) > 10 or not _names_any(text, _ORGANISATION_STEMS):
        return None
    best: tuple[str, str] | None = None
    for _start, _end, name, body in _organisations(text):
        if best is None or (" " in name and " " not in best[0]):
            best = (name, body)
    return best


def letterhead_organisation(text: str) -> str | None:
    """
    The organisation a short line names (`organisation`) when it is a kind
    of body that heads letterheads (``Australian Greens``, ``Department of
    Health``): lines naming a centre, union or network are as often
    headlines (``NEW MARITIME RESCUE CENTRE``), so they make no letterhead.
    """
    found = _organisation_in_line(text)
    if found is None or found[1] not in _LETTERHEAD_BODIES:
        return None
    return found[0]


# The name of a public body as a site prints it over its releases: the kind
# of body first ("Ministry of ...", "Bundesministerium für ...", "Ministère
# de ...", "Secretaría de ...", "Министерство ...", "Department of ...",
# "Government of ..."), after at most two capitalised words ("U.S.",
# "Bayerisches Staats-"); what follows is its portfolio.
_BODY_HEAD: Final = LazyPattern(
    r"^(?:\p{Lu}[\p{L}.'’-]*+\s++){0,2}?"
    r"\p{L}*?(?i:ministry|ministerium|ministère|ministerio|ministero|ministério|ministerstvo"
    r"|министерство|department|departement|departamento|secretaría|secretaria|secretariat|government"
    r"|agency|commission|council|conseil|office|bureau|bundesamt|direction|dirección"
    r"|agence|agencia|agenzia"
    # The heads of public bodies below a ministry in other languages: German
    # headquarters, directorates, administrations and state chancelleries
    # (also compounded: "Polizeipräsidium", "Landesregierung"); French
    # prefectures, town halls, regions, departments and embassies; Spanish,
    # Italian and Portuguese governments, councils, town halls, provinces,
    # regions, prefectures and embassies.
    r"|präsidium|direktion|inspektion|verwaltung|kanzlei|landesamt|landratsamt|regierung"
    r"|préfecture|mairie|région|département|ambassade"
    r"|gobierno|junta|ayuntamiento|consejería|diputación|embajada|prefectura"
    r"|regione|provincia|comune|prefettura|questura|governo|presidenza|ambasciata"
    r"|prefeitura|câmara|presidência|embaixada"
    # Polish ministries, offices and chancelleries; Russian governments and
    # administrations (of a region, a city: "Правительство ... области").
    r"|ministerstwo|urząd|kancelaria|правительство|администрация)\b"
)
#: A Roman numeral opening a line (``XXIV Governo``, ``XV Legislatura``).
_ROMAN_ORDINAL: Final = regex.compile(r"[IVXLC]++\.?\s")
#: Words a body's portfolio runs on between its capitalised words.
_PORTFOLIO_LINKS: Final = frozenset(
    "of for and the & de da do das dos du des la le l' et y e del della delle di für und "
    "der des dem den и".split()
)
#: A portfolio may hold this many words in lower case that link none
#: ("Souveraineté alimentaire", "природных ресурсов и экологии"): a
#: headline opening with a body's name runs on with more (its verb, its
#: object).
MAX_PORTFOLIO_LOWER_WORDS: Final = 3
#: A body's name printed alone has at most this many words.
MAX_BODY_NAME_WORDS: Final = 12


def body_name(text: str) -> str | None:
    """
    *text* when the whole line is the name of a public body
    (``Ministry of Road Transport & Highways``, ``Bundesministerium für
    Wirtschaft und Klimaschutz``, ``Ministère de l'Agriculture et de la
    Souveraineté alimentaire``, ``U.S. Department of Agriculture``), else
    ``None``: no digits, no closing punctuation, and few lower-case words
    besides the portfolio's linking words.
    """
    if (
        word_count(text) > MAX_BODY_NAME_WORDS
        or text[-1] in ".!?:;,"
        or _DIGIT(text)
        or not _names_any(text, _BODY_STEMS)
        # In capitals a headline reads like a name ("GOVERNMENT DOUBLES ...").
        or text.isupper()
        or text.rsplit(" ", 1)[-1].casefold() in _PORTFOLIO_LINKS
    ):
        return None
    head = _BODY_HEAD.match(text)
    if head is None or _ROMAN_ORDINAL.match(text) is not None:
        # (A term numbered in Roman numerals, "XXIV Governo", is a term of
        # office, not a body.)
        return None
    lower = 0
    for word in text[head.end() :].split():
        bare = word.strip("(),")
        if bare.casefold() in _PORTFOLIO_LINKS or bare.casefold().startswith(("l'", "l’", "d'")):
            continue
        if not bare[:1].isupper():
            lower += 1
    if lower > MAX_PORTFOLIO_LOWER_WORDS:
        return None
    article, _, rest = text.partition(" ")
    # "Le Conseil fédéral": the article is no part of the name.
    name = rest if article.casefold() in _vocab.ARTICLES and rest else text
    return name if " " in name else None  # a bare "Ministry" names no body


# Every body head names one of these (a cheap test before the regex).
_BODY_STEMS: Final = (
    "minist",
    "министерство",
    "depart",
    "secretar",
    "government",
    "agen",
    "commission",
    "council",
    "conseil",
    "office",
    "bureau",
    "bundesamt",
    "direc",
    "direk",
    "präsidium",
    "inspektion",
    "verwaltung",
    "kanzlei",
    "landesamt",
    "landratsamt",
    "regierung",
    "préfecture",
    "prefe",
    "mairie",
    "région",
    "regione",
    "département",
    "ambas",
    "embaj",
    "embaix",
    "gobierno",
    "governo",
    "junta",
    "ayuntamiento",
    "consejería",
    "diputación",
    "provincia",
    "comune",
    "questura",
    "presiden",
    "câmara",
    "urząd",
    "kancelaria",
    "правительство",
    "администрация",
)


# The e-mail's local part starts where a run of its characters starts (the
# lookbehind): tried from inside a run, the possessive run ends where it
# would from the run's start, so a search over a long word without "@" is
# linear, not quadratic.
_ADDRESS: Final = regex.compile(
    r"(?:https?://|www\.)\S++|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++", regex.IGNORECASE
)


def starts_with_address(text: str) -> bool:
    """
    ``True`` for a line that opens with a web or e-mail address: contact
    chrome, never the first paragraph of a body.
    """
    return _ADDRESS.match(text) is not None


_INLINE_LABEL: Final = LazyPattern(
    r"(?:^|\s)\p{L}[\p{L}'’]*+(?:\s++\p{L}[\p{L}'’]*+){0,2}:(?:\s|$)"
)


def is_label_strip(text: str) -> bool:
    """
    ``True`` for a line of several ``Label: value`` pairs (``Dated: 7 Sep
    2000 Number: 00/576 Portfolio: Health``): a metadata strip.
    """
    return text.count(":") >= 2 and text[-1] not in ".!?" and len(_INLINE_LABEL.findall(text)) >= 2


def breadcrumb(text: str) -> str | None:
    """
    The last item of a breadcrumb trail (``Home > Media > Headline``), or
    ``None`` when *text* is not one.
    """
    # A trail after a "You are here:" label, or opening with the home
    # page's item, may set its items between slashes ("You are here: Home
    # / Media releases / Headline"); elsewhere a slash is too common in
    # headlines to mark a trail.
    separators: tuple[str, ...] = (" > ", " » ", " › ")
    if " / " in text:
        head, colon, rest = text.partition(":")
        if colon and _vocab.key(head) in _TRAIL_LABELS:
            text = rest.strip()
            separators += (" / ",)
        elif _vocab.key(text.partition(" / ")[0]) in _HOME_ITEMS:
            separators += (" / ",)
    for separator in separators:
        count = text.count(separator)
        if count >= 2 or (count == 1 and word_count(text) <= MAX_SHORT_CRUMB_WORDS):
            # (Two short items are a trail too: "Assuntos > Notícias".)
            return text.rsplit(separator, 1)[-1].strip()
    return None


#: A trail of two items (one separator) has at most this many words with it.
MAX_SHORT_CRUMB_WORDS: Final = 5
#: The label a breadcrumb trail is printed after, in the languages of the
#: kind labels.
_TRAIL_LABELS: Final = frozenset(
    _vocab.key(label)
    for label in (
        "You are here",
        "Sie sind hier",
        "Vous êtes ici",
        "Usted está aquí",
        "Usted está en",
        "Sei qui",
        "Você está aqui",
        "U bent hier",
        "Вы здесь",
    )
)
#: The home page's item opening a trail.
_HOME_ITEMS: Final = frozenset(
    _vocab.key(item)
    for item in ("Home", "Startseite", "Accueil", "Inicio", "Home page", "Início", "Главная")
)


_CONNECTING: Final = frozenset("a an and as at by for from in of on or the to with vs".split())


def split_title_case_lead(text: str) -> tuple[str, str] | None:
    """
    Split a headline in title case from the sentence printed after it on
    the same line (``Launch of Tasmanian Plan to Assist New Settlers
    Permanent humanitarian entrants ...``): the sentence starts at the
    capitalised word before the first two words in lower case, or earlier
    in the capitalised words before them: at a sentence opener
    (``Pacific Plan The Australian Greens have ...``), or, after a headline
    in capitals, at the first word not in capitals (``FUNDS FOR FLOOD
    RELIEF Foreign Minister Jane Doe today ...``). (A sentence opening
    with several capitalised words, such as a name, is otherwise cut
    inside the name: the shape cannot tell.)
    """
    words = text.split(" ")
    for index in range(1, min(len(words) - 1, 25)):
        word, following = words[index], words[index + 1]
        if (
            word[:1].islower()
            and following[:1].islower()
            and word.casefold() not in _CONNECTING
            and following.casefold() not in _CONNECTING
        ):
            start = index - 1
            head = words[:start]
            if (
                len(head) >= 3
                and all(
                    w[:1].isupper() or w[:1].isdigit() or w.casefold() in _CONNECTING for w in head
                )
                and words[start][:1].isupper()
            ):
                start = _sentence_start(words, start)
                return " ".join(words[:start]), " ".join(words[start:])
            return None
    return None


def _sentence_start(words: list[str], start: int) -> int:
    """
    Where the sentence after a headline in title case begins, given that
    it runs on from *start*, the capitalised word before the first two in
    lower case: at a sentence opener among the `OPENER_REACH` words
    before it that follows no connecting word (``The Australian``
    ``Greens have``), or, when the headline is set in capitals, at the
    first capitalised word not in capitals after its third word. A
    headline keeps two words at least.
    """
    for position in range(start - 1, max(start - OPENER_REACH, 2) - 1, -1):
        word = words[position]
        if not word[:1].isupper():
            break
        if word in _SENTENCE_OPENERS and words[position - 1].casefold() not in _CONNECTING:
            return position
    if sum(w.isupper() for w in words[:3]) >= 2:
        for position in range(3, start):
            word = words[position]
            if word[:1].isupper() and not word.isupper() and word.isalpha():
                return position
    return start


#: How many capitalised words a sentence opens with before the cut of
#: `split_title_case_lead` (``The Australian Greens``, a subject's name).
OPENER_REACH: Final = 3


# Words that open the first sentence of a release and do not stand
# capitalised inside a headline in sentence case: where a headline runs into
# its first sentence on one line, the sentence starts at one of them.
_SENTENCE_OPENERS: Final = frozenset(
    "The A An In On At While After Before Today Yesterday This These Following Despite "
    "Speaking According Der Die Das Le La Les El Los Las Il Lo".split()
)
#: A person's styles, which stand right before a name.
_STYLES: Final = _lexicon.words("person_styles")
#: Where to look for a glued headline's end: between these word counts.
GLUED_HEADLINE_WORDS: Final = (3, 20)


def split_glued_headline(text: str) -> tuple[str, str] | None:
    """
    Split a headline in sentence case from the first sentence printed after
    it on the same line (``Democrats demand a fair go for all Australians
    The Australian Democrats' spokesperson said ...``): the sentence starts
    at the first capitalised sentence opener (`_SENTENCE_OPENERS`) after
    three words, where the word before it ends no sentence.
    """
    words = text.split(" ")
    low, high = GLUED_HEADLINE_WORDS
    for index in range(low, min(high, len(words) - 3)):
        word, before = words[index], words[index - 1]
        if before[-1:] in "!?" or (
            before[-1:] == "." and len(before) > 4 and not before.isupper()
        ):
            return None  # a sentence has ended: prose, no headline
        if word in _SENTENCE_OPENERS and before[-1:] not in ".:;!?,":
            if before.casefold() in _CONNECTING or before.casefold().rstrip(".") in _STYLES:
                return None  # (a style before a name: "Mr Les Roe")
            return " ".join(words[:index]), " ".join(words[index:])
    return None


# Display type set with a space between letters (``M E D I A  R E L E A S E``):
# a run of four or more single letters, then more runs after wider gaps.
_LETTER_SPACED: Final = LazyPattern(
    r"(?<!\S)\p{L}(?: \p{L}(?!\S)){3,}+(?:[ \t]{2,}+\p{L}(?: \p{L}(?!\S))++)*+"
)
_WIDE_GAP: Final = regex.compile(r"[ \t]{2,}+")


def _join_letters(match: regex.Match[str]) -> str:
    return " ".join(group.replace(" ", "") for group in _WIDE_GAP.split(match.group()))


def collapse_letter_spacing(text: str) -> str | None:
    """
    *text* with its letter-spaced words set solid (``M E D I A  R E L E A S E``
    gives ``MEDIA RELEASE``: one space between letters, a wider gap between
    words), or ``None`` when it has none. Letterheads set their labels and
    names so; crawled text keeps the spaces.
    """
    if _LETTER_SPACED.search(text) is None:
        return None
    return _LETTER_SPACED.compiled.sub(_join_letters, text)


# A number with thousands separators or a currency sign: an amount.
_AMOUNT: Final = regex.compile(r"\p{Sc}?+\d{1,3}(?:,\d{3})++|\p{Sc}\d[\d.,]*+[mbk]?+")


@functools.lru_cache(maxsize=1024)
def is_chrome(text: str) -> bool:
    """
    ``True`` for interface text (``Printer friendly page``), a page
    number, a line of punctuation, or a copyright line.
    """
    if not any(ch.isalpha() for ch in text) or is_copyright(text):
        return True
    if text.count("|") >= 3 and word_count(text) <= 4 * (text.count("|") + 1):
        return True  # a menu printed on one line: "About | Contact | News"
    if _ADDRESS.fullmatch(text) is not None or (
        word_count(text) <= 6 and _ADDRESS.search(text) is not None
    ):
        return True
    words = text.casefold().replace("|", " ").split()
    if len(words) <= 12 and sum(
        any(c.isdigit() for c in w) and _AMOUNT.fullmatch(w) is None for w in words
    ) * 2 >= len(words):
        # A reference number or phone line: "AA 04 040", "02 6277 7500"; an
        # amount ("18,000", "$4.7") is a headline's word, not a reference.
        return True
    return len(words) <= 5 and all(w.strip(".:·-") in _CHROME_WORDS for w in words)


def kind_prefix(text: str) -> tuple[str, str] | None:
    """
    Split a kind label off the start of *text*.

    ``"MEDIA RELEASE 18 June 2014"`` gives ``("MEDIA RELEASE", "18 June 2014")``.
    The label must be followed by a separator (``-``, ``:``, ``|``), a
    release number (``Media Release H25/2002``), a date or a person's style
    and name (``MEDIA RELEASE Senator the Hon ...``), so that a headline
    opening with the same words (``Joint statement by ...``) is left whole.
    Returns ``(kind as printed, the rest)``, or
    ``None``.
    """
    words = text.split(" ", 4)
    for size in (4, 3, 2, 1):
        if len(words) <= size or not words[size - 1].rstrip(":,;|").replace("-", "").isalpha():
            continue
        head = " ".join(words[:size])
        if _vocab.key(head) not in _vocab.KINDS:
            continue
        rest = text[len(head) :]
        stripped = rest.lstrip(" -–—:|,")
        mark = _separator_mark(stripped)
        if mark:
            stripped = stripped[mark:].lstrip(" -–—:|,")
        if head[-1] in ":|," or mark or len(stripped) < len(rest.lstrip(" ")):
            return head.rstrip(" -–—:|,"), stripped
        if _REFERENCE_START.match(stripped) is not None:
            return head.rstrip(" -–—:|,"), stripped
        found = find_date(stripped)
        if found is not None and found.span[0] == 0:
            return head.rstrip(" -–—:|,"), stripped
        if stripped[:1].isupper() and (
            opens_with_person(stripped) or _opens_with_office(stripped)
        ):
            # A letterhead run on after the label: "MEDIA RELEASE Senator
            # the Hon Jane Roe Minister for ...", "MEDIA RELEASE MINISTER
            # FOR TRADE JANE ROE".
            return head.rstrip(" -–—:|,"), stripped
    return None


def _separator_mark(text: str) -> int:
    """
    The length of the mark *text* opens with when it is a separator
    printed between a kind label and the letterhead: a token of symbols
    and punctuation (``│``, ``***``, ``•``), or one holding C1 control
    characters (a bar or bullet whose UTF-8 bytes were read as Latin-1,
    ``â\x94\x82``); 0 for anything else.
    """
    token = text.split(" ", 1)[0]
    if not token:
        return 0
    if not any(ch.isalnum() for ch in token) or any("\x80" <= ch <= "\x9f" for ch in token):
        return len(token)
    return 0


def _opens_with_office(text: str) -> bool:
    """
    Whether *text* is an office in capitalised words, alone or with its
    holder's name after it (``MINISTER FOR FOREIGN AFFAIRS JANE ROE``,
    ``Minister for Trade the Hon Jane Roe MP``): a letterhead's line; a
    headline about an office goes on in lower case (``Minister for Health
    opens ...``) or, in title case, without a styled name.
    """
    found = office(text)
    if found is None or not text.startswith(found):
        return False
    if not all(w[:1].isupper() or w.casefold() in _CONNECTING or w == "&" for w in found.split()):
        return False
    # (In title case an office may run on into a headline's words: only a
    # styled holder's name after it tells.)
    rest = text[len(found) :].strip(" ,")
    if rest and is_person(rest):
        return True
    return text.isupper() and (not rest or looks_like_name(rest))


#: The issuer's name before a kind label has at most this many words.
MAX_KIND_SUFFIX_HEAD_WORDS: Final = 8


def kind_suffix(text: str) -> tuple[str, str] | None:
    """
    Split a kind label off the end of *text*, after a dash or bar:
    ``"European Commission - Press release"`` gives ``("European
    Commission", "Press release")``. Returns ``(the rest, kind)``, or
    ``None``.
    """
    for separator in (" - ", " – ", " — ", " | "):
        head, sep, tail = text.rpartition(separator)
        if (
            sep
            and head
            and len(tail) <= _vocab.MAX_KIND_CHARS
            and _vocab.key(tail) in _vocab.KINDS
            and word_count(head) <= MAX_KIND_SUFFIX_HEAD_WORDS
        ):
            return head.strip(), tail.strip()
    return None


# A release number after a kind label: "H25/2002", "04/253", "FA176", or
# any number after the word for one ("No. 24/85", "Nr. 123/2024", "No: 7"),
# or its one-letter abbreviation with a stop ("n. 45", Italian "numero").
_REFERENCE_START: Final = LazyPattern(
    r"\p{Lu}{0,4}\d++[/.-]\d++(?:\s|$)|\p{Lu}{1,4}\d++(?:\s|$)"
    r"|(?i:no|nr|n[º°]|núm|num|number|№)\.?+:?+\s*+\d|(?i:n)\.\s*+\d"
)


_NUMBERED_REFERENCE: Final = LazyPattern(r"\p{Lu}{0,4}\d++[/.-]\d++")


def is_reference(text: str) -> bool:
    """
    ``True`` for a release number alone, with its separator (``05/195``,
    ``H25/2002``); a bare number or year is not one, nor letters and digits
    alone (``G20`` is a word).
    """
    return _NUMBERED_REFERENCE.fullmatch(text.rstrip()) is not None
