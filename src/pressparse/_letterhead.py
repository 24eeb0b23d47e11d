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
from typing import Final

import regex

from . import _vocab
from ._lazy import LazyPattern
from ._text import is_copyright, word_count
from .datelines import find_date

# An office: a ministerial or parliamentary title, with its portfolio.
_OFFICE_HEAD: Final = (
    r"(?:(?:shadow|assistant|acting|deputy|junior|associate|federal|state|special|vice)\s++)*+"
    r"(?:prime\s++minister|minister\s++assisting|minister|ministre|ministro|ministra|bundesminister(?:in)?+"
    r"|parliamentary\s++secretary|secretary[-\s]general|secretary(?:\s++of\s++state)?+"
    r"|treasurer|premier|министр|министерство"
    r"|attorney[-\s]general|chancellor|spokes(?:person|man|woman)|ombudsman"
    r"|commissioner|high\s++commissioner|ambassador"
    r"|leader\s++of\s++the\s++(?:opposition|government|house)(?:\s++in\s++the\s++\w++)?+)"
)
_OFFICE: Final = LazyPattern(
    rf"\b{_OFFICE_HEAD}\b"
    # The portfolio, "for ...", "of ...", "de ...", up to a break: the end,
    # a bar or dash, a person's style, a contact label, or a second office.
    # (Not possessive: the lazy portfolio must be able to grow to the break.
    # The lines this runs on are short, so the scan stays cheap.)
    r"(?:\s++(?:for|of|to|the|de|du|des|der|für|del|della|à|on)\b[^|–—]*?)?"
    # (The lookahead opens by taking the spaces, so no alternative may need one.)
    r"(?=\s*+(?:$|[|–—]|-\s|,?\s*+(?:the\s++)?+(?:hon\b|senator\b|mp\b)"
    r"|(?:telephone|phone|tel|fax|e-?mail|parliament house|media contact)\b"
    # A second office, after a comma or a word that cannot lead into one.
    rf"|(?<!\b(?:to|the|for|of|and|on)\s)(?:,\s*+|(?:and|&)\s++)?{_OFFICE_HEAD}\b))",
    regex.IGNORECASE,
)
# An office named in running prose: "The Minister for Immigration and
# Citizenship, Senator Chris Evans, said": the portfolio is a run of
# capitalised words and connectors, ending at anything else.
_CAP: Final = r"\p{Lu}[\p{L}'’-]*+"
# A person's style or a seat ends a portfolio ("... Affairs, Senator ...").
_NOT_PORTFOLIO: Final = r"(?!(?:Senator|Hon|Mr|Mrs|Ms|Dr|The|Federal|Member|MP)\b)"
_OFFICE_IN_PROSE: Final = LazyPattern(
    rf"(?<![\p{{L}}])(?i:{_OFFICE_HEAD})(?![\p{{L}}])"
    rf"(?:\s++(?i:for|of|to|on|the)\s++(?:(?i:the)\s++)?+{_CAP}"
    rf"(?:\s++(?:(?:and|&|of|the|for|on)\s++)*+{_NOT_PORTFOLIO}{_CAP})*+)?+"
)
# A person's parliamentary style: honorific before, post-nominal after.
_PERSON: Final = LazyPattern(
    r"^(?:the\s++)?+(?:hon\.?+|senator|sen\.|dr\.?+|mr\.?+|mrs\.?+|ms\.?+|prof\.?+|sir|dame)\s"
    r"|\b(?:mp|m\.p\.|mhr|mla|mlc|mep|msp|qc|kc)\.?+(?:$|\s[-–—]\s)",
    regex.IGNORECASE,
)
# An organisation whose name ends in the kind of body it is.
_ORGANISATION: Final = LazyPattern(
    # One capitalised word may name the body, but not an article ("The").
    r"(?:\b(?!(?i:the|a|an|der|die|das|le|la|les|el|los|il|lo)\s)\p{Lu}[\p{L}'’.-]*+\s++)?"
    r"(?i:greens|democrats|party(?:\s++of\s++\p{Lu}\p{L}++)?+|secretariat"
    r"|ministry(?:\s++of\s++(?:the\s++)?+\p{Lu}[\p{L}'’-]*+(?:\s++(?:and\s++)?+\p{Lu}[\p{L}'’-]*+)*+)?+"
    r"|department(?:\s++of\s++(?:the\s++)?+\p{Lu}[\p{L}'’-]*+(?:\s++(?:and\s++)?+\p{Lu}[\p{L}'’-]*+)*+)?+"
    r"|government|commission|council|office|ministerio|ministère|ministerium|министерство)\b"
)
# Interface words: a header line made only of these is page chrome.
_CHROME_WORDS: Final = frozenset(
    "print printer friendly page version share email e-mail tweet like follow back "
    "to top home menu search skip content main navigation download pdf subscribe rss "
    "copy link copied clipboard close open more less read listen font size text a+ "
    "a- this the go facebook twitter linkedin whatsapp instagram youtube x for "
    "immediate release embargoed media centre center newsroom news room check "
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
    "office",
    "министерство",
)


_DIGIT: Final = regex.compile(r"\d").search
_BARE_HEADS: Final = frozenset(
    "minister ministre ministro ministra secretary commissioner ambassador spokesperson "
    "spokesman spokeswoman chancellor министр".split()
)


def _names_any(text: str, stems: tuple[str, ...]) -> bool:
    folded = text.casefold()
    return any(stem in folded for stem in stems)


_SURNAME_MENTION: Final = r"(?:Mr|Mrs|Ms|Dr|Senator|Minister|Secretary)\.?\s++"


def drop_trailing_name(office_text: str, page_text: str) -> str:
    """
    Cut the holder's name off an office printed in capitals with it
    (``MINISTER FOR FOREIGN AFFAIRS ALEXANDER DOWNER``) when the page names
    that person elsewhere by surname after a style (``Mr Downer said``):
    capitals alone cannot tell a name from a portfolio.
    """
    words = office_text.split(" ")
    if len(words) < 5 or not office_text.isupper():
        return office_text
    surname = words[-1]
    if not surname.isalpha():
        return office_text
    mention = regex.search(
        _SURNAME_MENTION + regex.escape(surname) + r"\b", page_text, regex.IGNORECASE
    )
    if mention is None:
        return office_text
    rest = words[:-2]
    if rest[-1].casefold() in _CONNECTING or " ".join(rest).casefold() in _BARE_HEADS:
        return office_text
    return " ".join(rest)


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


#: How far into the first paragraph an issuing office or organisation is
#: looked for.
LEAD_CHARS: Final = 300


def issuer_in_lead(text: str) -> str | None:
    """
    The office or organisation a release's first paragraph names first
    (``The Minister for Immigration and Citizenship, Senator Chris Evans,
    said ...``, ``The Australian Greens have ...``).
    """
    lead = text[:LEAD_CHARS]
    match = _OFFICE_IN_PROSE.search(lead) if _names_any(lead, _OFFICE_STEMS) else None
    if match is not None and match.group()[:1].isupper():
        return match.group()
    return organisation_in(lead)


def organisation_in(text: str) -> str | None:
    """
    The first organisation of two words or more named in *text*.
    """
    if not _names_any(text, _ORGANISATION_STEMS):
        return None
    for match in _ORGANISATION.finditer(text, overlapped=True):
        name = match.group().strip()
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
    r"(?i:(?:the\s++)?+(?:hon\.?+|senator|sen\.|dr\.?+|mr\.?+|mrs\.?+|ms\.?+|prof\.?+|sir|dame)"
    r"(?:\s++the\s++hon\.?+)?+)\s++\p{Lu}[\p{L}'’.-]*+\s++\p{Lu}"
)


# A document reference printed after a headline: "MPS 025/2000", "FA67".
# A year that ends a headline ("open for 2008") is not a reference: a
# reference mixes letters and digits (FA67) or has a separator (025/2000).
_TRAILING_REFERENCE: Final = LazyPattern(
    r"(?:\s\p{Lu}{1,6})?\s(?:\p{Lu}{1,4}\d[\w/.-]*|\d+[/.-][\w/.-]*)$"
)


_TRAILING_PATH: Final = LazyPattern(
    r"\s(?:https?:)?/{1,2}\S*$|\s[^\s/]*/\S*\.html?$|\s\S*\.html?$"
)
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


def clean_title(text: str) -> str:
    """
    A headline without what sites print around it on the same line: a
    document reference or page path after it, a release number or a
    ``Name - `` byline before it, a ``Name - Office`` byline after it; and
    a headline printed twice over is given once.
    """
    if "/" in text or ".htm" in text:
        text = _TRAILING_PATH.sub("", text)
    if _DIGIT(text, len(text) - 12):
        text = _TRAILING_REFERENCE.sub("", text)
    first, _, after = text.partition(" ")
    if _DIGIT(first) and is_reference(first) and word_count(after) >= 3:
        text = after  # a release number before the headline: "H12/2004 Headline"
    byline = _LEADING_BYLINE.match(text)
    if byline is not None and word_count(text[byline.end() :]) >= 3:
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
    r"(?:senator|member|mp|mla|mlc|mep)(?:\s++(?:for|of)\s++(?:the\s++)?+|,\s++)"
    # The seat: capitalised words to the end ("New South Wales").
    r"(?-i:\p{Lu})\S*+(?:\s++(?:(?-i:\p{Lu})\S*+|and|the|&))*+$",
    regex.IGNORECASE,
)


def is_seat(text: str) -> bool:
    """
    ``True`` for a parliamentary seat (``Senator for South Australia``,
    ``Federal Member for Cook``, ``Greens Senator, Tasmania``), perhaps after
    the holder's name (``Jane Doe, Senator for Tasmania``): part of a
    person's letterhead, not an office.
    """
    return word_count(text) <= 8 and _SEAT.search(text) is not None


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
    An organisation named in a short line (``Australian Greens``): the name
    of the kind of body with at most one capitalised word before it.
    """
    if word_count(text) > 10 or not _names_any(text, _ORGANISATION_STEMS):
        return None
    best: str | None = None
    for match in _ORGANISATION.finditer(text, overlapped=True):
        name = match.group().strip()
        if best is None or (" " in name and " " not in best):
            best = name
    return best


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
    for separator in (" > ", " » ", " › "):
        if text.count(separator) >= 2:
            return text.rsplit(separator, 1)[-1].strip()
    return None


_CONNECTING: Final = frozenset("a an and as at by for from in of on or the to with vs".split())


def split_title_case_lead(text: str) -> tuple[str, str] | None:
    """
    Split a headline in title case from the sentence printed after it on
    the same line (``Launch of Tasmanian Plan to Assist New Settlers
    Permanent humanitarian entrants ...``): the sentence starts at the
    capitalised word before the first two words in lower case. (A sentence
    opening with several capitalised words, such as a name, is cut inside
    the name: the shape cannot tell.)
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
                return " ".join(head), " ".join(words[start:])
            return None
    return None


# Words that open the first sentence of a release and do not stand
# capitalised inside a headline in sentence case: where a headline runs into
# its first sentence on one line, the sentence starts at one of them.
_SENTENCE_OPENERS: Final = frozenset(
    "The A An In On At While After Before Today Yesterday This These Following Despite "
    "Speaking According Der Die Das Le La Les El Los Las Il Lo".split()
)
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
        if word in _SENTENCE_OPENERS and before[-1:] not in ".:;!?,":
            if before.casefold() in _CONNECTING:
                return None
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
    release number (``Media Release H25/2002``) or a date, so that a
    headline opening with the same words (``Joint statement by ...``) is
    left whole. Returns ``(kind as printed, the rest)``, or
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
        if head[-1] in ":|," or len(stripped) < len(rest.lstrip(" ")):
            return head.rstrip(" -–—:|,"), stripped
        if _REFERENCE_START.match(stripped) is not None:
            return head.rstrip(" -–—:|,"), stripped
        found = find_date(stripped)
        if found is not None and found.span[0] == 0:
            return head.rstrip(" -–—:|,"), stripped
    return None


# A release number after a kind label: "H25/2002", "04/253", "FA176".
_REFERENCE_START: Final = LazyPattern(r"\p{Lu}{0,4}\d++[/.-]\d++(?:\s|$)|\p{Lu}{1,4}\d++(?:\s|$)")


_NUMBERED_REFERENCE: Final = LazyPattern(r"\p{Lu}{0,4}\d++[/.-]\d++")


def is_reference(text: str) -> bool:
    """
    ``True`` for a release number alone, with its separator (``05/195``,
    ``H25/2002``); a bare number or year is not one, nor letters and digits
    alone (``G20`` is a word).
    """
    return _NUMBERED_REFERENCE.fullmatch(text.rstrip()) is not None
