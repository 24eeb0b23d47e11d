"""
A headline's line: a site's name after it, a byline, a kind label or
letterhead run into it, a headline glued to the first sentence.
"""

from __future__ import annotations

from typing import Final

from .. import _lexicon, _vocab
from .._lazy import LazyPattern
from .._text import word_count
from ..datelines._dates import find_date
from ._lines import is_chrome, is_reference
from ._names import (
    _CONNECTING,
    _DIGIT,
    _is_name_word,
    is_person,
    is_seat,
    looks_like_name,
    opens_with_person,
)
from ._offices import office

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


# A ``Name - `` byline before a headline; joint releases list their
# issuers ("Jane Roe, John Doe - ", "Jane Roe and John Doe - ").
_LEADING_BYLINE: Final = LazyPattern(
    r"^\p{Lu}[\p{L}'’.-]++(?:\s++\p{Lu}[\p{L}'’.-]++){1,2}"
    r"(?:(?:,|\s++and|\s++&)\s++\p{Lu}[\p{L}'’.-]++(?:\s++\p{Lu}[\p{L}'’.-]++){1,2})*+"
    r"\s++[-–—]\s++"
)


# A byline printed after a headline on its line: a label ("by: Jane Roe",
# "Written by: Jane Roe, MP") or "By" before a person's style ("By the Hon
# Jane Roe MP, Minister for Health", "By Dr Jane Roe OAM").
_TRAILING_BYLINE: Final = LazyPattern(
    r"\s++(?:(?P<label>(?i:written\s++)?+(?i:by):|(?i:written\s++by))|By(?=\s))\s*+(?P<who>\S.*+)$"
)


#: A byline after a headline names its writer in at most this many words ...
MAX_BYLINE_WORDS: Final = 16
#: ... after a headline of at least this many.
MIN_BYLINED_HEADLINE_WORDS: Final = 3


# The words a byline's name and offices hold besides capitalised ones
# ("Minister for Immigration and Border Protection").
_OFFICE_WORDS: Final = frozenset("and for of the in &".split())


def _without_byline(text: str) -> str:
    """
    *text* without a byline printed after the headline on its line: a
    labelled one (``... numbers by: Jane Roe``, ``... trade Written by:
    Jane Roe, MP``), or ``By`` before a person's style and a name, then
    only offices in capitals (``... outcomes By the Hon Jane Roe MP,
    Minister for Immigration``). A line in capitals, a byline that goes on
    in lower case (``Opening Address By Senator Jane Roe to the ...
    workshop``: what the headline names) or a headline of fewer than
    `MIN_BYLINED_HEADLINE_WORDS` words keeps it.
    """
    match = _TRAILING_BYLINE.search(text)
    if (
        match is None
        or text.isupper()
        or word_count(text[: match.start()]) < MIN_BYLINED_HEADLINE_WORDS
    ):
        return text
    who = match["who"]
    words = who.split()
    if len(words) > MAX_BYLINE_WORDS:
        return text
    if match["label"] is not None:
        if not who[:1].isupper():
            return text
    elif not (
        opens_with_person(who) and all(w[:1].isupper() or w in _OFFICE_WORDS for w in words)
    ):
        return text
    return text[: match.start()]


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
    ``Name - `` byline before it, a ``Name - Office`` byline after it or
    one opening with ``By`` (`_without_byline`); and
    a headline printed twice over is given once.
    """
    if "**" in text:
        before, _, notice = text.partition("**")
        if word_count(before) >= 3 and is_chrome(notice.strip(" *")):
            # A notice set off by asterisks after the headline ("... ***For
            # immediate release***", "... *** CHECK AGAINST DELIVERY").
            text = before.rstrip(" *")
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
    if "y" in text:
        text = _without_byline(text)
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


def kind_prefix(text: str) -> tuple[str, str] | None:
    """
    Split a kind label off the start of *text*.

    ``"MEDIA RELEASE 18 June 2014"`` gives ``("MEDIA RELEASE", "18 June 2014")``.
    The label must be followed by a separator (``-``, ``:``, ``|``), a
    release number (``Media Release H25/2002``), a date or a person's style
    and name (``MEDIA RELEASE Senator the Hon ...``), perhaps after
    ``from the`` (``Media Release from the Prime Minister``), so that a headline
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
        issuer = _ISSUED_FROM.match(stripped)
        if issuer is not None and _lower_words(stripped[issuer.end() :]) >= 2:
            issuer = None  # a headline: "Statement from Jo Roe regarding visa fees"
        if issuer is not None:
            # The label says whose release it is: "Media Release from the
            # Prime Minister", "Press Release from the Federal Member for
            # ...": the issuer is the letterhead's.
            stripped = stripped[issuer.end() :]
        if stripped[:1].isupper() and (
            opens_with_person(stripped)
            or _opens_with_office(stripped)
            or (issuer is not None and (office(stripped) is not None or is_seat(stripped)))
        ):
            # A letterhead run on after the label: "MEDIA RELEASE Senator
            # the Hon Jane Roe Minister for ...", "MEDIA RELEASE MINISTER
            # FOR TRADE JANE ROE".
            return head.rstrip(" -–—:|,"), stripped
    return None


def _lower_words(text: str) -> int:
    """
    How many words of *text* are in lower case, connecting words apart.
    """
    return sum(w[:1].islower() and w not in _CONNECTING for w in text.split())


# "from the" between a kind label and its issuer ("with" leads to a joint
# issuer that a headline names as often: "Joint statement with the Prime
# Minister of ...").
_ISSUED_FROM: Final = LazyPattern(r"(?i:from)\s++(?:(?i:the)\s++)?+")


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
