"""
The parts of a printed letterhead line: its columns, offices wrapped
across them, dates split by them, the shapes of the names and notices
that stand in them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import regex

from .. import _letterhead, _lexicon, _vocab
from .._page import Line
from .._text import is_prose, word_count
from ..datelines._dates import find_date, parse_date
from ._shapes import (
    _COLUMN_GAP,
    _CONNECTORS,
    _DIGIT,
    MAX_HEADER_UNIT_WORDS,
    MAX_LETTERHEAD_WORDS,
    _is_kind,
)

_CAPS_RUN: Final = regex.compile(r"\b\p{Lu}{2,}+\s\p{Lu}{2,}+\s\p{Lu}{2,}+\b").search


def _names_date(before: str) -> bool:
    """
    Whether a date after *before* is a headline's own (``New Fares to
    Start on 1 July``): a phrase of three words or more that stops on a
    connecting word leads into it; a date line's date stands alone.
    """
    words = before.split()
    return len(words) >= 3 and words[-1].casefold() in _CONNECTORS


def _contact_note(rest: str, parts: Sequence[str]) -> bool:
    """
    Whether *rest*, what a letterhead line holds besides its other parts,
    is a note on how to reach the issuer (``Releases are also sent by
    e-mail.``, ``More on the Internet:``): a sentence, or a clause ending in
    a colon, printed beside a web or e-mail address.
    """
    if rest[-1] not in ".:" or word_count(rest) < 5:
        return False
    return any(_letterhead.starts_with_address(part) for part in parts)


def _initialled_name(text: str) -> bool:
    """
    Whether *text*, ending on a full stop, is a person's line whose
    post-nominal is printed with stops (``JANE ROE M.P.``, ``Dr Jane Roe
    M.H.R.``): the stop ends an initialism, not a sentence.
    """
    last = text.rsplit(" ", 1)[-1]
    return (
        len(last) >= 4
        and last.count(".") * 2 == len(last)
        and last.replace(".", "").isupper()
        and _letterhead.is_person(text)
    )


# How a header line giving the press contact opens ("For more information
# call: ...", "Media enquiries: ...", "For further media comment, please
# contact: ..."), and how an interface line does ("Subscribe to media
# releases at", "More from Health", "Search this site"): a headline opens
# with neither.
_NOTICE_OPENING: Final = regex.compile(
    r"[\W_]*+(?:for\s++(?:a\s++full\s++copy\b[^,:]*?\s++or\s++)?(?:more|further)\s++"
    r"(?:media\s++)?(?:information|comment|details|enquiries|inquiries)"
    r"|media\s++(?:contacts?|enquiries|inquiries)|contacts?:|enquiries:"
    r"|subscribe\s++to|more\s++from|search\s++(?:this\s++|the\s++)?site)\b",
    regex.IGNORECASE,
).match


#: A press contact line, names and numbers, has at most this many words;
#: an embargo notice or an interface line, at most `MAX_NOTICE_WORDS`.
MAX_CONTACT_WORDS: Final = 25


MAX_NOTICE_WORDS: Final = 12


def _notice_line(text: str) -> bool:
    """
    Whether *text* is a header notice, not a headline: the release's
    embargo (``EMBARGOED UNTIL 12.01AM``, ``Under strict embargo: 06:01``),
    its press contact (``Media enquiries: Jane Roe, 0400 000 000``) or an
    interface line (``Subscribe to media releases at``, ``More from
    Health``, ``Search this site``; `_NOTICE_OPENING`). A sentence is none of these.
    """
    words = word_count(text)
    if words > MAX_CONTACT_WORDS or text[-1] in ".!?":
        return False
    if "mbargo" in text or "MBARGO" in text:
        return words <= MAX_NOTICE_WORDS
    found = _NOTICE_OPENING(text)
    if found is None:
        return False
    opening = found.group().casefold()
    if opening.endswith(("subscribe to", "more from", "site")):
        return words <= MAX_NOTICE_WORDS
    return True


# A postal address: a post-office box ("PO Box 12"), a street number and
# the street ("10 Bridge St", "334a Marrickville Road"), or, after a comma,
# a town, a region code in capitals and its postcode ending the line or
# before a phone number (", Canberra ACT 2600", ", HAMILTON VIC 3300 Ph").
_POSTAL: Final = regex.compile(
    r"\bP\.?\s?O\.?\s++Box\s++\d"
    r"|\b\d{1,4}[a-z]?(?:-\d{1,4})?\s++(?:\p{Lu}[\p{L}'’]*+\s++){1,3}"
    rf"(?:{_lexicon.pattern('street_types')})\b"
    r"|,\s++(?:\p{Lu}[\p{L}'’]*+,?+\s++){0,3}\p{Lu}{2,3},?+\s++\d{4,5}"
    r"(?:$|\s++(?:Ph|Tel|Phone|Fax|Telephone)\b|\s*+[(\d])"
    # Two offices' towns, each with its region code and postcode, one after
    # the other ("WEST PERTH WA 6005 CANBERRA ACT 2600", "... Ipswich Qld
    # 4305 Canberra ACT 2600"): one alone may be a headline's words and a
    # year ("WOMEN'S DAY 2012").
    r"|(?:\p{Lu}[\p{L}'’]*+\s++){1,3}\p{Lu}(?:\p{Lu}{1,2}|\p{Ll}{2})\s++\d{4}\s++"
    r"(?:\p{Lu}[\p{L}'’]*+\s++){1,3}\p{Lu}(?:\p{Lu}{1,2}|\p{Ll}{2})\s++\d{4}\b"
)


#: An address line, with a phone number or an office's name, has at most
#: this many words.
MAX_ADDRESS_WORDS: Final = 30


def _postal_address(text: str) -> bool:
    """
    Whether *text* is a letterhead's postal address line (``Electorate
    Office: Level 3, 10 Bridge St, Granville NSW 2142``), perhaps with its
    phone numbers: `_POSTAL` finds one in a line that ends no sentence.
    (A line that also holds an office is read part by part.)
    """
    return (
        _DIGIT(text) is not None
        and word_count(text) <= MAX_ADDRESS_WORDS
        and text[-1] not in ".!?"
        and _POSTAL.search(text) is not None
    )


#: Stands in for the release's date when a date line printed without its
#: year is looked for: only the line's shape is wanted, not the date.
_ANY_YEAR: Final = dt.date(2001, 1, 1)


#: A date line without its year has at most this many words.
MAX_YEARLESS_DATE_WORDS: Final = 5


def _yearless_date_line(text: str) -> bool:
    """
    Whether *text* is a date line printed without its year, all of it a
    date opening with a word (``Monday 3 September``, ``Sunday, 25th
    November``): letterhead, not a headline. (No date is read from it.)
    """
    if not (_DIGIT(text) and text[:1].isalpha()) or word_count(text) > MAX_YEARLESS_DATE_WORDS:
        return False
    found = find_date(text, reference_date=_ANY_YEAR)
    return found is not None and found.span[0] == 0 and not text[found.span[1] :].strip(" ,.")


def _runs_on_to(office: str) -> bool:
    """
    Whether *office* ran on past ``to`` into a headline's words in lower
    case (``Secretary General to the river basin conference``): an office
    ``to`` someone names them in capitals (``Secretary to the Minister``,
    ``Ambassador to the United Nations``).
    """
    _, sep, tail = office.partition(" to ")
    return bool(sep) and any(
        word[:1].islower() and word not in _CONNECTORS for word in tail.split(" ")
    )


def _holder_follows(text: str, office: str) -> bool:
    """
    Whether *text* ends with *office* and its holder's styled name after
    it (``MINISTER FOR FOREIGN AFFAIRS THE HON JANE ROE, MP``, ``Statement
    by the Leader of the Opposition the Hon Jane Roe MP``): a letterhead's
    line, whatever words open it.
    """
    at = text.find(office)
    after = text[at + len(office) :].strip(" ,") if at >= 0 else ""
    return bool(after) and _letterhead.is_person(after)


def _topic_before(text: str, office: str) -> bool:
    """
    Whether *text* names *office* after a headline's topic set off by a
    colon or a spaced dash (``DIPLOMATIC APPOINTMENT: AMBASSADOR TO ...``,
    ``New Posting - Ambassador for ...``): the words before are no kind
    label, person or office of a letterhead.
    """
    head = text[: text.find(office)].rstrip()
    if not head or head[-1] not in ":-–—":
        return False
    head = head.rstrip(" :-–—")
    return bool(head) and not (
        _is_kind(head) or _letterhead.is_person(head) or _letterhead.office(head) is not None
    )


def _bylined(text: str, office: str) -> bool:
    """
    Whether *text* names *office* after words ending in ``by`` or ``by
    the``: a headline's byline (``Address by the Secretary General to the
    Permanent Council``), never a letterhead's line.
    """
    head = text[: text.find(office)].casefold().split(" ")
    while head and head[-1] in ("", "the"):
        head.pop()
    return len(head) > 1 and head[-1] == "by"


#: The articles of every language: skipped between a headline's connecting
#: word and the office it names (``MEETING WITH THE PRIME MINISTER``).
_ARTICLES: Final = _lexicon.words("articles")


#: Connecting words that join the holders of a letterhead's offices in a
#: list (``Jane Roe and the Minister for Trade``), never a headline's words
#: to their object.
_JOINING: Final = frozenset(
    ("and", "or", "&", "und", "oder", "et", "ou", "y", "o", "e", "en", "of")
)


def _object_of(text: str, office: str) -> bool:
    """
    Whether *text* names *office* as the object of a headline's words,
    after a connecting word (``RUDD MEETING WITH UN HIGH COMMISSIONER FOR
    REFUGEES``, ``JOINT STATEMENT WITH THE PRIME MINISTER OF ...``,
    ``APPOINTMENT AS SHADOW MINISTER FOR ...``): the words before it hold
    no office, person or kind label of a letterhead, so they are no
    letterhead's line (``Parliamentary Secretary to the Minister for ...``).
    One short word may stand between the connecting word and the office
    (an article, an acronym: ``WITH UN HIGH COMMISSIONER``).
    """
    head = text[: text.find(office)].split()
    if head and head[-1].casefold() in _ARTICLES:
        head.pop()
    if len(head) > 2 and head[-1].casefold() not in _CONNECTORS and len(head[-1]) <= 3:
        head.pop()
    if len(head) < 2 or head[-1].casefold() not in _CONNECTORS - _JOINING:
        return False
    words = " ".join(head[:-1])
    label = _vocab.key(words)
    return not (
        _letterhead.office_words(words)
        or _letterhead.is_person(words)
        or _letterhead.opens_with_person(words)
        or any(label.endswith(kind) for kind in _vocab.KINDS)
    )


#: A headline's last printed line set in a column of its own after it has
#: at most this many words.
MAX_WRAP_WORDS: Final = 4


def _wraps_on(previous: str, part: str) -> bool:
    """
    Whether *part*, a short column after *previous* (the headline's column
    so far), is the headline's last printed line: *previous* stops on a
    connecting word (``... TO PROCESSING OF``, ``... IN LESS THAN``) or
    *part* goes on in lower case from a word in lower case (``... to
    processing`` / ``centre``); *part* holds no number, ends no sentence,
    and after a connecting word is no person's name and no interface text.
    """
    if (
        word_count(part) > MAX_WRAP_WORDS
        or previous[-1:] in ".!?:;,"
        or part[-1:] in ".!?:"
        or _DIGIT(part) is not None
    ):
        return False
    if part[:1].islower():
        # (Its words may be an interface's too: "... to processing" / "centre".)
        return previous.rsplit(" ", 1)[-1][:1].islower()
    return (
        previous.rsplit(" ", 1)[-1].casefold() in _CONNECTORS
        and not _letterhead.is_person(part)
        and not _letterhead.is_chrome(part)
    )


def _drop_stray_word(unclaimed: list[str], breaks: Sequence[int]) -> list[str]:
    """
    The unclaimed parts of a letterhead line without a single word standing
    alone before the first claimed part when more unclaimed parts follow
    (``DEMOCRATS``, then a date column, then the headline): a word left over
    in a column of the letterhead (a party's name alone, a stray initial),
    no part of a headline printed apart from it.
    """
    if breaks and breaks[0] == 1 and len(unclaimed) > 1 and " " not in unclaimed[0]:
        return unclaimed[1:]
    return unclaimed


def _first_prose_part(parts: Sequence[str]) -> int | None:
    """
    Where the first paragraph starts among the columns of a long line:
    the first part, after one or more parts of at most
    `MAX_HEADER_UNIT_WORDS` words in all, that is prose, or that opens a
    printed line of running text filling the width (three quarters of the
    widest column or more, ten words or more) with a capital after a part
    that does not stop mid-phrase; ``None`` when there is none.
    """
    widest = max(map(len, parts))
    words = 0
    for position, part in enumerate(parts):
        if position and (
            is_prose(part)
            or (
                len(part) * 4 >= widest * 3
                and word_count(part) >= 10
                and part[0].isupper()
                and parts[position - 1][-1] not in ",:;-–—&"
                and parts[position - 1].rsplit(" ", 1)[-1].casefold() not in _CONNECTORS
            )
        ):
            return position
        words += word_count(part)
        if words > MAX_HEADER_UNIT_WORDS:
            return None
    return None


def _parts(unit: Line) -> list[str]:
    """
    The parts of a letterhead line set in columns (runs of two or more
    spaces in crawled text); one part for a line without such gaps.
    """
    if unit.tag is not None:
        return [unit.text]
    if "  " not in unit.raw and " | " not in unit.raw:
        return _split_case_change(unit.text)
    raw = " ".join(piece.strip() for piece in unit.raw.split("\n"))
    columns = _merge_split_dates([" ".join(c.split()) for c in _COLUMN_GAP.split(raw.strip())])
    parts: list[str] = []
    for column in columns:
        parts.extend(_split_case_change(column))
    _carry_open_names(parts)
    return [p for p in parts if p] or [unit.text]


#: A person's styles, which stand right before a name.
_STYLES: Final = _lexicon.words("person_styles")


#: Roles a letterhead prints right before its holder's name.
_NAMED_ROLES: Final = frozenset("spokesperson spokesman spokeswoman".split())


# The offices prose names before the holder ("Foreign Minister Jane Roe").
_HOLDER_ROLES: Final = frozenset("minister treasurer".split())


#: How many units from the top the page's mention of an office holder
#: (`HeaderReader._office_and_holder`) is looked for in.
MAX_HOLDER_MENTION_UNITS: Final = 40


#: A person's letterhead line has fewer words in lower case than this,
#: besides connecting words (``Senator for Tasmania``).
MAX_PERSON_LOWER_WORDS: Final = 2


def _runs_on_in_lower_case(text: str) -> bool:
    """
    Whether *text*, styled like a person's line (``Senator Roe ...``),
    goes on in words in lower case like a headline's clause (``Senator
    Roe welcomes island ferry plan``); a person's line has names, styles
    and connecting words.
    """
    lower = 0
    for word in text.split(" "):
        if word[:1].islower() and word.casefold() not in _CONNECTORS:
            lower += 1
            if lower >= MAX_PERSON_LOWER_WORDS:
                return True
    return False


def _role_and_name(text: str) -> bool:
    """
    Whether *text* is a role and its holder's name, nothing else
    (``Spokesperson Jane Roe``): a letterhead's part.
    """
    role, _, name = text.partition(" ")
    return role.casefold() in _NAMED_ROLES and _letterhead.looks_like_name(name)


# A party office and its party, nothing else: "Leader of the Australian
# Greens", "DEPUTY LEADER OF THE AUSTRALIAN DEMOCRATS", "Whip of the
# Liberal Party in the Senate", "Australian Greens Leader".
_PARTY_ROLE: Final = regex.compile(
    r"(?:(?:deputy|parliamentary|federal|national)\s++)*+"
    r"(?:leader|president|whip|chair|convenor)\s++of\s++(?:the\s++)?+"
    r"(?P<party>.+?)(?:\s++in\s++the\s++(?:senate|house))?+"
    # The party first: "Australian Greens Leader", "DEMOCRATS DEPUTY LEADER".
    r"|(?P<party>.+?)\s++(?:(?:deputy|parliamentary|federal)\s++)*+(?:leader|whip)"
    r"(?:\s++in\s++the\s++(?:senate|house))?+",
    regex.IGNORECASE,
)


def _party_role(text: str) -> str | None:
    """
    The party of *text* when it is a party office and its party alone
    (``LEADER OF THE AUSTRALIAN DEMOCRATS``), a column of a letterhead:
    the party is one that heads letterheads
    (`_letterhead.letterhead_organisation`). ``None`` for any other text.
    """
    match = _PARTY_ROLE.fullmatch(text)
    if match is None:
        return None
    party = match["party"]
    return party if _letterhead.letterhead_organisation(party) == party else None


#: Connecting words a letterhead column cannot end on: ``Federal Member
#: for`` goes on with the seat's name in the next column.
_OPEN_ENDS: Final = frozenset("for of and to on".split())


def _carry_open_names(parts: list[str]) -> None:
    """
    Move the name a column was cut off from back to it, in place: a part
    ending in a connecting word (``Federal Member for``) is an office or
    seat wrapped before its name, and the first capitalised word of the
    next part (with connectors and the word after each) finishes it. An
    office followed by one capitalised word alone in its column, in the
    same case (``Minister for Trade and Corporate``, ``Law``), was wrapped
    too: the word ends its portfolio (two words may be the holder's name).
    """
    for index in range(len(parts) - 1):
        part = parts[index]
        words = parts[index + 1].split(" ")
        if not words[0][:1].isupper():
            continue
        if part.casefold().rstrip(".") in _STYLES and len(words) <= 3:
            # A style alone in its column, the name in the next (``Senator``,
            # ``Roe``): one name, set apart by a wide gap.
            parts[index] = f"{part} {parts[index + 1]}"
            parts[index + 1] = ""
            continue
        open_end = part.rsplit(" ", 1)[-1].casefold() in _OPEN_ENDS
        if (
            len(words) <= (3 if open_end else 1)
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and part.isupper() == parts[index + 1].isupper()
            and not _is_kind(parts[index + 1])
            and (open_end or _letterhead.office(part) is not None)
        ):
            parts[index] = f"{part} {parts[index + 1]}"
            parts[index + 1] = ""
            continue
        if not open_end:
            continue
        take = 1
        while take + 1 < len(words) and words[take].casefold() in _OPEN_ENDS:
            take += 2
        parts[index] = f"{part} {' '.join(words[:take])}"
        parts[index + 1] = " ".join(words[take:])


def _join_wrapped_offices(parts: list[str]) -> list[str]:
    """
    Join a column that carries on the office the column before it ends
    with: a portfolio wrapped over two printed lines, which crawled text
    sets apart by a wide gap (`_letterhead.continues_office`).
    """
    joined = [parts[0]]
    for part in parts[1:]:
        if _letterhead.continues_office(joined[-1], part):
            if word_count(joined[-1]) + word_count(part) <= MAX_LETTERHEAD_WORDS:
                joined[-1] = f"{joined[-1]} {part}"
            # (else the column before is claimed on its own and its wrapped
            # rest goes with it: together they are too long for one part)
        else:
            joined.append(part)
    return joined


def _merge_split_dates(columns: list[str]) -> list[str]:
    """
    Join columns that only together form a date: a wide gap inside a date
    (``17  May  2005``) is wrapping, not a column break.
    """
    merged: list[str] = []
    index = 0
    while index < len(columns):
        for size in (3, 2):
            group = columns[index : index + size]
            if (
                len(group) == size
                and all(word_count(c) <= 2 for c in group)
                and parse_date(" ".join(group)) is not None
            ):
                merged.append(" ".join(group))
                index += size
                break
        else:
            merged.append(columns[index])
            index += 1
    return merged


def _split_case_change(text: str) -> list[str]:
    """
    Split where a run of three or more words in capitals follows words in
    mixed case: a letterhead in mixed case, then a headline set in capitals.
    """
    if _CAPS_RUN(text) is None:
        return [text]
    words = text.split(" ")
    if len(words) < 6:
        return [text]
    caps = [_is_caps_word(w) for w in words]
    for start in range(3, len(words) - 2):
        before, after = caps[start - 3 : start], caps[start : start + 3]
        # Mixed case, then capitals; or capitals, then mixed case.
        # (The last word with letters before the capitals is in mixed
        # case: a dash or a number between words in capitals changes no case.)
        if (not caps[start - 1] and all(after) and _mixed_before(words, start)) or (
            all(before) and not any(after) and words[start][:1].isupper()
        ):
            return [" ".join(words[:start]), " ".join(words[start:])]
    return [text]


def _is_caps_word(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _mixed_before(words: Sequence[str], start: int) -> bool:
    """
    Whether the last word with letters before *start* has a letter in
    lower case (past numbers and dashes: ``Affairs 4 May 2006``).
    """
    for word in reversed(words[:start]):
        if any(ch.isalpha() for ch in word):
            return any(ch.islower() for ch in word)
    return False


def _ends_wrapped_headline(remainder: str, after_date: str, unclaimed: Sequence[str]) -> bool:
    """
    Whether the few words before a date (``THREE DAYS 10 February 2013``)
    are the last printed line of the headline in the column before them:
    nothing follows the date, the headline part stops mid-phrase (no
    closing punctuation) and both are set in the same case.
    """
    if not unclaimed or after_date.strip(" ,-–—|:;") or word_count(remainder) > 3:
        return False
    previous = unclaimed[-1]
    return (
        previous[-1] not in ".!?:"
        and previous.isupper() == remainder.isupper()
        and not _letterhead.is_chrome(remainder)
        and not _letterhead.is_person(remainder)  # ("Senator Roe, 3 May 2006": the issuer)
    )


#: Month and weekday names in every language, keyed: a column holding one
#: is a date's part (``th  September 2007``), never a headline's wrap.
_DATE_WORDS: Final = frozenset(
    _lexicon.key(form)
    for form in _lexicon.table_forms("months") + _lexicon.table_forms("weekdays")
)


#: A year alone (``2012``).
_YEAR: Final = regex.compile(r"(?:19|20)\d\d").fullmatch


#: At most this many digits in a headline's last printed line set apart in a
#: column of its own (``Week 2012``, ``for 2007-08``): more make a phone or
#: reference line.
MAX_WRAPPED_TAIL_DIGITS: Final = 6


def _wrapped_tail(part: str, unclaimed: Sequence[str]) -> bool:
    """
    Whether *part*, a column of a few words holding a number, is the last
    printed line of the headline in the column before it (``Northern
    Territory celebrates Refugee`` / ``Week 2012``, ``... Humanitarian
    Intake`` / ``for 2007-08``), not a reference or phone line: the
    headline stops mid-phrase, both are set in the same case, the part's
    words are no interface words, month or weekday names and no person's
    name, and it holds a year
    or a short number, not a phone's digits. A year alone in its column is
    the headline's last word (``... Refugee Week``, ``2012``, then the date
    line's column), never a date line of its own.
    """
    if not unclaimed or word_count(part) > 3:
        return False
    previous = unclaimed[-1]
    if _YEAR(part) is not None:
        return previous[-1] not in ".!?:;"
    words = [word for word in part.split(" ") if word.isalpha()]
    return (
        bool(words)
        and not any(_lexicon.key(word) in _DATE_WORDS for word in words)
        and previous[-1] not in ".!?:;"
        and previous.isupper() == part.isupper()
        and sum(ch.isdigit() for ch in part) <= MAX_WRAPPED_TAIL_DIGITS
        and not _letterhead.is_chrome(" ".join(words))
        and not _letterhead.is_person(part)
        and _letterhead.office(part) is None
    )
