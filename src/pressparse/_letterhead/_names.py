"""
Names in a letterhead: a person and their style, a seat, an
organisation, a public body.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from .. import _lexicon, _vocab
from .._lazy import LazyPattern
from .._text import has_digit, word_count

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


_WEEKDAYS: Final = frozenset(_lexicon.table_forms("weekdays"))


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
    return any(map(folded.__contains__, stems))


# A person named by surname after a style or office ("Mr Roe said").
SURNAME_MENTION: Final = rf"(?:{_STYLE}|Minister|Secretary)\.?\s++"


def drop_trailing_name(office_text: str, page_text: str) -> str:
    """
    Cut the holder's name off an office printed with it, in capitals or not
    (``MINISTER FOR FOREIGN AFFAIRS ALEXANDER DOWNER``, ``Minister for
    Health, Jane Roe``), when the page names that person elsewhere by
    surname after a style (``Mr Downer said``) or in full
    (`_named_in_full`: ``Alexander Downer``): capitalised words alone
    cannot tell a name from a portfolio. An office left ending on a
    connecting word or ``&`` keeps the words.
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
    ) or _named_in_full(words, page_text)
    if mention is None:
        return office_text
    rest = words[:-2]
    rest[-1] = rest[-1].rstrip(",")
    if (
        rest[-1].casefold() in _CONNECTING
        or rest[-1] == "&"
        or " ".join(rest).casefold() in _BARE_HEADS
    ):
        return office_text
    return " ".join(rest)


def _named_in_full(words: list[str], page_text: str) -> regex.Match[str] | None:
    """
    Where *page_text* names the person whose given name and surname end the
    office *words* (``... Border Protection Scott Morrison``, ``... AGEING
    ROB MITCHELL``) in full, in capitals and small letters (``Scott
    Morrison``, ``Rob Mitchell``), but not after the word before them in the
    office: two words a portfolio ends on are printed after it in the body
    too (``Pacific Island Affairs``). ``None`` when it does not, or when the
    given name is a connecting word (``... AND CITIZENSHIP``).
    """
    given, surname = words[-2].rstrip(","), words[-1]
    if given.casefold() in _CONNECTING:
        return None
    printed = rf"{regex.escape(given[:1])}(?i:{regex.escape(given[1:])})\s++"
    printed += rf"{regex.escape(surname[:1])}(?i:{regex.escape(surname[1:])})\b"
    before = regex.escape(words[-3].rstrip(","))
    return regex.search(rf"(?<!(?i:{before})\s++)(?<![\p{{L}}]){printed}", page_text)


def _is_name_word(word: str) -> bool:
    # A word of a name: letters, with an apostrophe or hyphen inside
    # ("O'Connor", "Hanson-Young").
    return word.replace("'", "").replace("’", "").replace("-", "").isalpha()


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


_CONNECTING: Final = frozenset("a an and as at by for from in of on or the to with vs".split())


# A signer's contact details on a sign-off line: an e-mail or web address,
# or a telephone number (a run of digits with spaces, brackets or a plus).
_CONTACT_DETAIL: Final = regex.compile(
    r"@\w|\bwww\.|https?+://|\+?\(?\d{2,4}\)?[ .-]?\d{3,4}[ .-]?\d{3,4}\b"
)


# A signer's role printed before the organisation's name on one line
# ("President Australian Medical Association"): no part of the name.
_SIGNER_ROLES: Final = frozenset(
    "president vice-president chair chairman chairperson director executive chief ceo "
    "secretary manager coordinator officer adviser advisor spokesperson spokesman spokeswoman "
    "leader deputy senior media head professor".split()
)


#: The words of a sign-off line read for its signer's organisation: a
#: signature block's line runs on with addresses and numbers.
MAX_SIGNED_LINE_WORDS: Final = 30


def signed_organisation(text: str) -> str | None:
    """
    The organisation a sign-off line names for whoever signs it, in a
    signature or contact block (``Hugh Roe Executive Director, Human
    Rights Law Centre www.example.org``, ``Office of Senator Jo Roe |
    Australian Greens Senator for NSW``), in its first
    `MAX_SIGNED_LINE_WORDS` words.

    The line must carry a signer's mark: a person's style or post-nominal
    letters, or contact details (an e-mail or web address, a telephone
    number). The name must be one of several words ending in the kind of
    body it is (`organisation_in`), a signer's role before it
    (``President``, ``Media Adviser``) cut off. A name in running words (a
    lower-case word before it or after it: ``questioning of Immigration
    Department officials``), a label (``Health Department: 02 ...``, whom
    else to call) or someone's office (``the Minister's Office``) is none.
    ``None`` for any other line.
    """
    text = _signed_words(text)
    if not _names_any(text, _ORGANISATION_STEMS):
        return None
    if _PERSON_STYLE_ANYWHERE.search(text) is None and _CONTACT_DETAIL.search(text) is None:
        return None
    for start, end, name, body in _organisations(text):
        found = _signer_organisation(text, start, end, name, _body_index(name, body))
        if found is not None:
            return found
    return None


def copyright_holder(text: str) -> str | None:
    """
    The organisation a copyright line names as the holder, right after
    its mark and years (``© 2010 Australian Workers' Union``, ``Copyright
    Human Rights Commission 2000``), read as `signed_organisation` reads a
    signer's; ``None`` for any other line.
    """
    text = _signed_words(text)
    held = _COPYRIGHT_HOLDER.search(text)
    if held is None or not _names_any(text, _ORGANISATION_STEMS):
        return None
    text = text[held.end() :]
    for start, end, name, body in _organisations(text):
        if start != 0:
            return None
        return _signer_organisation(text, start, end, name, _body_index(name, body))
    return None


def _body_index(name: str, body: str) -> int:
    """
    The index of *name*'s first word that is its *body* word (case-folded).
    """
    words = [word.casefold() for word in name.split(" ")]
    return words.index(body) if body in words else len(words) - 1


def _signed_words(text: str) -> str:
    words = text.split()
    return " ".join(words[:MAX_SIGNED_LINE_WORDS])


def _signer_organisation(text: str, start: int, end: int, name: str, body: int) -> str | None:
    """
    *name*, found at *start*..*end* of a sign-off line with its body word
    the *body*-th word, as a signer's organisation: a role before the body
    word cut off, and one after it with what follows; ``None`` for a single word,
    someone's office or a name in running words.
    """
    found = name.split(" ")
    roles = [i for i, word in enumerate(found) if word.casefold() in _SIGNER_ROLES]
    before = [i for i in roles if i < len(found) - 1 and i <= body]
    after = [i for i in roles if i > body]
    if after:
        found = found[: after[0]]  # "... of India Professor Jo Roe": the signer's
    if before:
        found = found[before[-1] + 1 :]
    if len(found) < 2 or not found[0][:1].isupper():
        return None
    if any(word.casefold().endswith(("'s", "’s")) for word in found):
        return None
    if _in_running_words(text, start, end):
        return None
    return " ".join(found).rstrip("'’")


def _in_running_words(text: str, start: int, end: int) -> bool:
    """
    ``True`` when the name at *start*..*end* of a sign-off line stands in
    running words or as a label: a word in lower case just before it (not
    a linking word: ``of the``) or after it (not a contact's: ``on``,
    ``ph``), or a colon or a possessive.
    """
    after = text[end:].lstrip()
    if after.startswith((":", "'s", "’s")):
        return True
    following = after.split(None, 1)[:1]
    if following:
        word = following[0].rstrip(",;:.")
        if word.isalpha() and word.islower() and word not in _CONTACT_WORDS:
            return True
    before = text[:start].split()
    return (
        bool(before)
        and before[-1].isalpha()
        and before[-1].islower()
        and (before[-1] not in _ORG_LINKS)
    )


# A copyright mark and its years, before the holder's name ("© 2010 ",
# "Copyright (c) 2001-2004 ", "Copyright "); "All rights reserved" is no
# part of the name.
_COPYRIGHT_HOLDER: Final = regex.compile(
    r"(?:©|\((?i:c)\)|\b(?i:copyright))"
    r"(?:\s*+(?:©|\((?i:c)\)|\d{4}(?:\s*+[-–]\s*+\d{2,4})?+,?+|(?i:all\s++rights\s++reserved)\.?+))*+"
    r"\s++"
)


# Lower-case words a signer's organisation may be followed by: a contact's
# ("... Centre on +61 ...", "... Union ph 03 ...").
_CONTACT_WORDS: Final = frozenset("on at ph tel mob fax email or".split())


# Lower-case words a signer's organisation may follow ("Leader of the
# Australian Greens", "Director at ...").
_ORG_LINKS: Final = frozenset("of the for at and with".split())


# A person's style or post-nominal letters anywhere on a line ("... Senator
# Jo Roe ...", "Jo Roe MP").
_PERSON_STYLE_ANYWHERE: Final = LazyPattern(
    rf"\b(?i:{_STYLE})\.?\s++\p{{Lu}}|\b(?:{_POST_NOMINAL})(?!\w)"
)
