"""
Offices in a letterhead and in a release's lead: the office a line
names, its portfolio closed, the issuer a lead sentence names, a government.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from .. import _lexicon, _vocab
from .._lazy import LazyPattern
from .._text import word_count
from ._lines import is_chrome
from ._names import (
    _BARE_HEADS,
    _CONNECTING,
    _DIGIT,
    _ORGANISATION_STEMS,
    _POST_NOMINAL,
    _STYLE,
    _WEEKDAY,
    _WEEKDAYS,
    _names_any,
    _organisations,
    is_person,
    is_seat,
)

_CAPITALISED_WEEKDAY: Final = r"\L<capitalised_weekdays>"


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


#: The kinds of body a release's lead names as often to say who speaks as
#: what it speaks of: one of another kind (an institute, a foundation, a
#: centre) is the issuer only when a speech verb is its.
_SPEAKING_BODIES: Final = frozenset(
    "greens democrats party secretariat ministry department government commission council "
    "committee office ministerio ministère ministerium министерство".split()
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
    if _is_bare_head(found):
        return None
    return found


def _is_bare_head(name: str) -> bool:
    """
    ``True`` for an office's head with no portfolio, whatever prefixes it
    has (``Minister``, ``Assistant Minister``, ``Parliamentary Secretary``,
    ``Federal Minister``): a menu's item or a headline's noun, naming no
    office. ``Prime Minister``, ``Treasurer`` or ``Shadow Attorney-General``
    name one.
    """
    words = name.casefold().split(" ")
    while len(words) > 1 and words[0] in _PREFIX_WORDS:
        words.pop(0)
    return " ".join(words) in _BARE_HEADS or " ".join(words) in _HEADS_NEEDING_PORTFOLIO


_PREFIX_WORDS: Final = _lexicon.words("office_prefixes")

# Heads of more than one word that name an office only with its portfolio
# ("Parliamentary Secretary for ...", "Minister Assisting the ...").
_HEADS_NEEDING_PORTFOLIO: Final = frozenset(("parliamentary secretary", "minister assisting"))


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
    new wards``), the headline names two offices (a joint statement's), or
    it names the office only as what it speaks of, as a lead may
    (`_mentioned`: ``... Blow From Federal Minister``, ``We Thought We
    Already Voted Howard Out, Prime Minister``, ``Address by Jo Roe, former
    Foreign Minister of ...``).
    """
    found = office(text)
    if found is None or len(offices(text)) > 1:
        # Two offices: a joint statement's headline names no one issuer.
        return None
    match = _OFFICE.search(text)
    if match is not None and _mentioned(text, match.start(), match.end(), found):
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
    return [name for name in found if not _is_bare_head(name)]


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
    if _is_bare_head(found) and not portfolio:
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
    often than who issues it) while another is named. A name the lead only
    mentions (`_mentioned`: ``a former National Security Council official``,
    ``investigated by the New York State Attorney General``, ``called on the
    Prime Minister to ...``) is passed over unless a speech verb is its; with
    none left, ``None``. One named from the first `LEAD_CHARS` on is passed
    over, but a name that starts before may run on past them.
    """
    found = _issuer(text)
    return found[0] if found is not None else None


def speaker_in_lead(text: str) -> str | None:
    """
    The issuer `issuer_in_lead` finds in *text* only where a speech verb is
    its (``The Minister for Health, Jane Roe, said ...``), the first of
    joint speakers too; ``None`` for one the paragraph only names as its
    subject (``Prime Minister Jo Roe and Opposition Leader Tom Reyes are
    ...``).
    """
    found = _issuer(text)
    return found[0] if found is not None and found[1] else None


def _issuer(text: str) -> tuple[str, bool] | None:
    """
    `issuer_in_lead`'s issuer, and whether a speech verb is its.
    """
    lead = text[: LEAD_CHARS + LEAD_RUN_ON_CHARS]
    found: list[tuple[int, int, str]] = []
    if _names_any(lead, _OFFICE_STEMS):
        for match in _OFFICE_IN_PROSE.finditer(lead):
            name = match.group()
            # A head alone ("Immigration Minister Jo Roe") names no office.
            if match.start() < LEAD_CHARS and name[:1].isupper() and not _is_bare_head(name):
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
    # A name the lead only mentions is no speaker, unless a speech verb is its.
    in_order = [
        (start, end, name)
        for start, end, name in sorted(found)
        if _attributed(lead, start, end) or not _mentioned(lead, start, end, name)
    ]
    if not in_order:
        return None
    for index, (start, end, _name) in enumerate(in_order):
        if _attributed(lead, start, end):
            # Joint speakers, each named ("the Minister for Health, Jane Roe
            # and the Minister for Finance, Tom Reyes, said"): the first.
            # (One holder's offices in a row, "the Minister for Health and
            # Minister for Sport, Jane Roe, said": the one by the name.)
            while index and _JOINED.fullmatch(lead[in_order[index - 1][1] : start]) is not None:
                index -= 1
                start = in_order[index][0]
            return in_order[index][2], True
    name = next((name for _, _, name in in_order if not is_government(name)), in_order[0][2])
    return name, False


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


def speaks_in_lead(text: str, name: str) -> bool:
    """
    ``True`` when the first paragraph *text* makes *name*, printed in its
    first `LEAD_CHARS`, the speaker of a speech verb (``The Federal
    Government today announced ...``, ``..., the Government of Canada
    said``), not only what the lead speaks about (``called on the Howard
    Government to ...``).
    """
    start = text.find(name, 0, LEAD_CHARS + len(name))
    return start >= 0 and _attributed(text, start, start + len(name))


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


# -- names a lead mentions -----------------------------------------------------

#: How far before a name in a lead `_mentioned` looks (the words that make
#: it a modifier, an object or a former holder's).
MENTION_CONTEXT_CHARS: Final = 60


# Nouns of a person's role that a body's name modifies ("a former National
# Security Council official", "House Intelligence Committee chairman Adam
# Roe"): the person is spoken of, not the body speaking (the lexicon's
# ``mention_roles``).
_ROLE_NOUNS: Final = _lexicon.words("mention_roles")


_ROLE_AFTER: Final = LazyPattern(r"\s++(\p{Ll}++)\b")


# "former" before the name (the lexicon's ``former_words``): a past
# holder's office is no issuer.
_FORMER: Final = _lexicon.pattern("former_words")
_FORMER_BEFORE: Final = LazyPattern(rf"\b(?:{_FORMER})\s++$", regex.IGNORECASE)


# An article before a name (the lexicon's ``articles``).
_ARTICLE: Final = _lexicon.pattern("articles")


# The name is the tail of a longer proper noun: capitalised words before it,
# after an article, "former", "by" or a sentence's end ("the New York State
# Attorney General", ". Israeli Prime Minister ...", "former US Deputy
# Secretary of State", "the Sri Lankan High Commissioner"): an office of
# another state or body, not the one the release speaks for.
_MODIFIER_BEFORE: Final = LazyPattern(
    rf"(?:(?<=[.!?]\s++)|\b(?i:{_ARTICLE}|{_FORMER}|by)\s++)((?:\p{{Lu}}[\p{{L}}’'-]*+\s++){{1,3}})$"
)


# A name owned ("the Prime Minister's rush", "the Ombudsman’s report") or
# owning ("Britain's Conservative Party"). (Not a plural's: "The Australian
# Greens’ National Council has voted" is the party's release.)
_POSSESSIVE_AFTER: Final = LazyPattern(r"[’']s(?![\p{L}])")
_POSSESSIVE_NAME: Final = LazyPattern(r"\p{Lu}\p{L}*+[’']s\s")


# A preposition's object ("testified before the House Intelligence
# Committee", "a letter was sent to the Minister for Foreign Affairs",
# "officials from the Department of Immigration"): the lexicon's
# ``object_prepositions``, in lower case.
_PREPOSITION_BEFORE: Final = LazyPattern(
    rf"\b(?:{_lexicon.pattern('object_prepositions')})\s++(?:(?:{_ARTICLE})\s++)?+$"
)


# A verb's object asked to act ("urging the Department of Homeland Security
# to accept", "called on the Prime Minister to abide"): a word in lower case
# before the name, "to" and a verb after it.
_LOWER_WORD_BEFORE: Final = LazyPattern(r"\b\p{Ll}++\s++(?:the\s++)?+$")
_TO_VERB_AFTER: Final = LazyPattern(r"\s++to\s++\p{Ll}")


# An office's head with no portfolio ("Prime Minister", "Premier",
# "Bundesministerin", "Deputy Prime Minister"). (A house's office names
# its own: "Leader of the Opposition in the Senate".)
_HEAD_ONLY: Final = LazyPattern(
    rf"(?:(?:{_lexicon.pattern('office_prefixes')})\s++)*+(?:{_lexicon.pattern('office_heads')})",
    regex.IGNORECASE,
)


# What may stand before a head with no portfolio that names the issuer:
# nothing, "The", or a holder's style or letters ("THE HON JO ROE QC MP
# Attorney-General", a letterhead run into the lead).
_HEAD_SUBJECT_BEFORE: Final = LazyPattern(
    rf"(?:^|^(?i:the)|(?<![\p{{L}}])(?:{_STYLE}|{_POST_NOMINAL})[.,]?+)\s*+$", regex.IGNORECASE
)


def _mentioned(lead: str, start: int, end: int, name: str) -> bool:
    """
    ``True`` when the lead names *name*, printed at ``lead[start:end]``,
    only as what it speaks of: a former holder's office, a modifier before
    a role noun (``National Security Council official``), the tail of a
    longer proper noun (``New York State Attorney General``), a possessive
    (``the Prime Minister's rush``, ``Britain's Conservative Party``), a
    preposition's object (``before the House Intelligence Committee``), a
    verb's object asked to act (``urging the Department of X to ...``), or
    a head with no portfolio (``Premier``, ``Bundesministerin``, ``Prime
    Minister``) anywhere but at the lead's start or after its holder's style.
    """
    before = lead[max(0, start - MENTION_CONTEXT_CHARS) : start]
    if _FORMER_BEFORE.search(before) is not None:
        return True
    role = _ROLE_AFTER.match(lead, end)
    if role is not None and role.group(1) in _ROLE_NOUNS:
        return True
    modifier = _MODIFIER_BEFORE.search(before)
    if modifier is not None:
        words = modifier.group(1).split()
        if not modifier.group(1).isupper() and not any(
            word.casefold() in _ARTICLES or _STYLE_OR_LETTERS.fullmatch(word) is not None
            for word in words
        ):
            return True
    if (
        _POSSESSIVE_AFTER.match(lead, end) is not None
        or _POSSESSIVE_NAME.match(name) is not None
        or _PREPOSITION_BEFORE.search(before) is not None
        or (
            _LOWER_WORD_BEFORE.search(before) is not None
            and _TO_VERB_AFTER.match(lead, end) is not None
        )
    ):
        return True
    return (
        _HEAD_ONLY.fullmatch(name) is not None
        and _HEAD_SUBJECT_BEFORE.search(lead[:start]) is None
    )


_ARTICLES: Final = _lexicon.words("articles")


_STYLE_OR_LETTERS: Final = LazyPattern(rf"(?:{_STYLE}|{_POST_NOMINAL})", regex.IGNORECASE)
