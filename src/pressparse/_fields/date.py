"""
The release date: its rules, in order of preference, and the readers of
each place a release prints its date.

A date printed where the page states it (a ``Date:`` field, a date line in
the header, then an HTML page's structured data, which is often when the
page was changed) beats a dateline's, which
beats any other date of the header, a labelled date near the top, a date
line under a crawled page's main heading, a
date after a publication label or a byline anywhere on the page
(``Veröffentlicht am ...``, ``By Jane Roe 8 January 2020``), the
sign-off under the body, the page's last lines, a date run into the
opening of the body, the first date line anywhere on a web page whose
chrome hid its header, a date closing a repeat of the page's first line
(a printed web page's header), a date line that prints no year, in the
year of the page's stamp; last of all comes a stamp of when the page was
printed or changed (`pressparse._scan.is_stamp`), which is on or after the
release date but often not on it.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from typing import Final, cast

import regex

from .. import _vocab
from .._header import HEADER_DATE_CHARS, HEADER_DATE_UNITS, SIGN_OFF_WORDS
from .._models import Boilerplate
from .._page import NUMBER_OF, Line
from .._scan import DATE_LINE_CHARS, STAMP_CHARS, date_line, dates_in, is_stamp
from .._sections import section_kind
from .._text import has_digit, is_prose, word_count
from ..datelines._dates import FoundDate, find_date, parse_date
from ._closing import SIGN_OFF_DATE_BLOCKS, sign_off_lines
from ._evidence import Evidence
from ._rules import Found, RuleList

#: Ends of a sentence, before a sign-off's place and date.
_SENTENCE_END: Final = frozenset('.!?…"”’»')

# A site's clock: today's date, printed by the page as it was served ("Heute
# ist Montag, 7. Dezember 2026", "Today is Monday, December 7, 2026").
_CLOCK: Final = regex.compile(
    r"(?i:heute[^\S\n]++ist|today[^\S\n]++is|hoy[^\S\n]++es|aujourd['’]hui|oggi[^\S\n]++è"
    r"|vandaag[^\S\n]++is|dzisiaj[^\S\n]++jest|dziś[^\S\n]++jest|сегодня)(?![\p{L}])",
    regex.V1,
)


def _header_date(
    units: Sequence[Line],
    title: Line | None,
    reference_date: dt.date | None,
    *,
    stamps: bool = False,
) -> dt.date | None:
    """
    A date printed anywhere in the header (*units*), even inside a long
    line, and in the headline's line when the headline was cut from it:
    the first that is not a stamp (`is_stamp`), or with *stamps* the first.
    """
    texts = [unit.text for unit in units[:HEADER_DATE_UNITS]]
    if title is not None and title.text not in texts:
        texts.append(title.text)
    for text in texts:
        if not has_digit(text):
            continue
        found_dates = dates_in(text[:HEADER_DATE_CHARS], reference_date)
        for index, found in enumerate(found_dates):
            if _CLOCK.search(text, 0, found.span[0]) is not None:
                continue  # a site's clock
            if _period(text, found_dates, index):
                continue  # the period a table's figures cover
            if stamps or not is_stamp(text, found.span):
                return found.date
    return None


# A dash between two dates: a period ("1 May 2017 -31 May 2017").
_PERIOD_DASH: Final = regex.compile(r"[^\S\n]*+[-–—][^\S\n]*+").fullmatch


def _period(text: str, dates: Sequence[FoundDate], index: int) -> bool:
    """
    Whether the date *index* of *dates* (in *text*) opens or closes a
    period: two dates with a dash between them, nothing else.
    """
    if (
        index + 1 < len(dates)
        and _PERIOD_DASH(text, dates[index].span[1], dates[index + 1].span[0]) is not None
    ):
        return True
    if index > 0:
        return _PERIOD_DASH(text, dates[index - 1].span[1], dates[index].span[0]) is not None
    return False


def _sign_off_date(
    body: Sequence[Line],
    removed: Sequence[Boilerplate],
    reference_date: dt.date | None,
    *,
    stamps: bool = False,
) -> dt.date | None:
    """
    A date in the sign-off that closes many releases (``Canberra, 5 May
    2011``, ``Ends 26 January 2003``): the last short units of the body, then
    the first lines of what the footer and closing-section strippers removed
    (a date under the media contact).

    A line that is a date line (`date_line`) wins over one that only holds
    a date; stamps (`is_stamp`) count only with *stamps*, which looks for
    nothing else. Else a date that closes a unit of the body right after
    its last sentence, or opens one before a media contact, wherever in the
    body it stands (`_run_in_sign_off`): the first, since a file may hold a
    second release after the first, with a sign-off of its own.
    """
    candidates = [
        text
        for text in sign_off_lines(body, removed, SIGN_OFF_DATE_BLOCKS)
        if has_digit(text) and not _bracketed(text)
    ]
    if stamps:
        for text in candidates:
            for stamp in dates_in(text, reference_date):
                if is_stamp(text, stamp.span):
                    return stamp.date
        return None
    lined = [date_line(text, reference_date) for text in candidates]
    # Date lines of two or more dates make a dated list (the teasers of
    # related pages, coming events), no sign-off.
    teasers = len({date for date in lined if date is not None}) > 1
    for found_line in lined if not teasers else ():
        if found_line is not None:
            return found_line
    for text in candidates if not teasers else ():
        if is_prose(text) and text[-1] in ".!?":
            continue  # a sentence that mentions a date is not a sign-off
        short = word_count(text) <= SIGN_OFF_WORDS
        # On a longer line the date must open it ("2 March 2000 Media
        # contact: ..."), so only its start is searched.
        found = find_date(text if short else text[:40], reference_date=reference_date)
        if found is not None and (short or found.span[0] <= 8) and not is_stamp(text, found.span):
            return found.date
        # A date closing a contact line, after a telephone number (``Jane
        # Roe 0400 000 000   9 October 2006``); not one closing a sentence.
        tail = text[-40:] if text[-1:].isdigit() or text[-1:] in ")]" else ""
        closing = dates_in(tail, reference_date) if tail else ()
        if closing:
            start, end = closing[-1].span
            if not tail[end:].strip(" )]") and tail[:start].rstrip(" ([")[-1:].isdigit():
                return closing[-1].date
    # Units that are a date and no more, by date: two or more dates printed
    # so make a dated list (the teasers of related pages under a web page's
    # body), whose dates are no sign-off.
    alone = {
        line.number: date
        for line in body
        if not line.marker
        and len(line.text) <= DATE_ALONE_CHARS
        and has_digit(line.text)
        and (date := parse_date(line.text, reference_date=reference_date)) is not None
    }
    listed = len(set(alone.values())) > 1
    for index, line in enumerate(body):
        if (
            not line.marker
            and has_digit(line.text)
            and not (listed and line.number in alone)
            and not _bracketed(line.text)
        ):
            found_date = _run_in_sign_off(line.text, reference_date)
            if found_date is None and index + 1 < len(body):
                # A place and a date on a unit of their own over a media
                # contact: the sign-off, with papers appended under it
                # ("CANBERRA 22 AUGUST 2011" over "PRESS OFFICE (02) ...").
                after = " ".join(body[index + 1].text.split()[:4])
                if section_kind(after) == "contact":
                    found_date = _placed_date(line.text, reference_date)
            if found_date is not None:
                return found_date
    return None


def _bracketed(text: str) -> bool:
    """
    Whether *text* is enclosed in parentheses and more than a date: an
    aside, a citation or the period a report covers (``(OLG Oldenburg,
    Beschluss v. 3.1.2022, 2 Ss (OWi) 240/21)``, ``(10 DECEMBER - 15
    DECEMBER 2001)``), never a sign-off. (A date alone in brackets is one:
    ``[6 April 2010]``.)
    """
    if text[:1] != "(" or text[-1:] != ")":
        return False
    inside = text[1:-1].strip()
    return (
        parse_date(inside, reference_date=None) is None
        or _SPACED_DASH(inside) is not None
        or _DAY_RANGE(inside) is not None
    )


# A dash between spaces: a range of dates ("10 DECEMBER - 15 DECEMBER 2001").
_SPACED_DASH: Final = regex.compile(r"[^\S\n][-–—][^\S\n]").search


#: A unit that is a date and no more is at most this long.
DATE_ALONE_CHARS: Final = 60
#: How many of the last printed lines of a page a closing date line is
#: looked for in.
CLOSING_LINES: Final = 3
# A numeric date with a clock time after it: a fax or print stamp
# ("2000-01-13 12:56", "11/01/2000 16:50").
_NUMERIC_STAMP: Final = regex.compile(r"\d[-/.]\d{1,2}[-/.]\d{2,4}[^\S\n]++\d{1,2}:\d{2}").search


def _closing_date(
    body: Sequence[Line], removed: Sequence[Boilerplate], reference_date: dt.date | None
) -> dt.date | None:
    """
    The date of a date line (`date_line`) among the last `CLOSING_LINES`
    printed lines of the page, whichever part of the page they fell to: the
    body, a contact block, a footer, a list appended to the release. Many
    releases close with their date, alone or after a place (``26 June
    2003``, ``CANBERRA 22 AUGUST 2011``), under the contacts or under a
    list the footer stripper took. A numeric date with a clock time (a fax
    or print stamp, ``2000-01-13 12:56``) and stamps (`is_stamp`) are not
    read.
    """
    tail = [(line.number, line.text) for line in body[-CLOSING_LINES:] if line.text]
    for block in removed:
        printed = [
            (block.start + offset, text.strip())
            for offset, text in enumerate(block.lines)
            if text.strip()
        ]
        tail += printed[-CLOSING_LINES:]
    tail.sort()
    for _number, text in reversed(tail[-CLOSING_LINES:]):
        if not has_digit(text) or _NUMERIC_STAMP(text):
            continue
        text = " ".join(text.split())
        found = date_line(text, reference_date)
        if found is not None:
            return found
    return None


#: How far from the end of a unit a run-in sign-off date is looked for.
RUN_IN_CHARS: Final = 160
#: A place before a run-in sign-off date has at most this many words.
RUN_IN_PLACE_WORDS: Final = 2
#: How much text around a run-in date is read for those words and for a
#: media contact after it: a short window, then a wider one when the short
#: one holds too few words. No place or contact label stands further off.
RUN_IN_CONTEXT_CHARS: Final = (200, 4000)


def _run_in_sign_off(text: str, reference_date: dt.date | None) -> dt.date | None:
    """
    A sign-off run into the text around it, where a page's lines were
    flattened: a date that follows the end of a sentence (and perhaps a
    place in one or two words) and closes the unit or comes before a media
    contact (``... she said." 29 April 2001 Media Contact: ...``, ``...
    as required. HOBART 13 JULY 2011``), or that opens the unit before a
    media contact (``7 October 2001 Media inquiries ...``).
    """
    tail = text[-RUN_IN_CHARS:] if text[-1:].isdigit() or text[-1:] in ")]" else None
    if tail is None:
        folded = text.casefold()
        if "contact" not in folded and "nquir" not in folded:
            return None
    # The words after and before each date are read from windows around it:
    # copies of all the text after and before each would be quadratic.
    closing = len(text.rstrip(" .,;:)]"))
    after: list[str] = []
    words: list[str] = []
    for found in dates_in(text, reference_date):
        start, end = found.span
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            continue  # a quotation's source: '... the 1980's". (19/09/01)'
        if end < closing:  # something follows the date
            for size in RUN_IN_CONTEXT_CHARS:
                after = text[end : min(closing, end + size)].lstrip(" .,;:)]").split()
                if len(after) > 4 or end + size >= closing:
                    break
            if section_kind(" ".join(after[:4])) != "contact":
                continue
        for size in RUN_IN_CONTEXT_CHARS:
            words = text[max(0, start - size) : start].rstrip(" ,([").split()
            if len(words) > RUN_IN_PLACE_WORDS + 1 or start <= size:
                break
        words = words[-RUN_IN_PLACE_WORDS - 1 :]
        if not words:
            return found.date
        for place in range(min(RUN_IN_PLACE_WORDS, len(words) - 1) + 1):
            # The sentence ends *place* words before the date; those words
            # name the place (``HOBART``, ``Parliament House``).
            head = words[-place - 1]
            named = words[len(words) - place :]
            if head[-1] in _SENTENCE_END and all(word[0].isupper() for word in named):
                return found.date
        if words[-1].strip("-–—.").casefold() == "ends":
            return found.date  # an end mark and the date: "Ends Thursday, 20 December 2001"
    return None


#: The last resort for a date: the opening of the page's first units.
OPENING_UNITS: Final = 3
OPENING_CHARS: Final = 200
#: How many units of the body a date line or letterhead run into the body
#: is looked for in.
OPENING_BODY_UNITS: Final = 6
#: Letterhead run into a unit before its date has at most this many words.
OPENING_LEAD_WORDS: Final = 6


def _opening_date(
    units: Sequence[Line], body: Sequence[Line], reference_date: dt.date | None
) -> dt.date | None:
    """
    A date line among the first units of the body (`date_line`), or a
    date after a few words of letterhead at the start of one of them
    (``Media Release 25th July 2012 Statement on ...``: a letterhead, date
    and headline flattened into one line). Else a line of the body that is
    a date and nothing else, else a date at the start of the header or the
    first paragraph (*units*): where a page runs its letterhead into its
    first paragraph (``MEDIA 04/253 WEDNESDAY 31 MARCH 2004 SENATOR ...``),
    the first date printed is the release's.
    """
    sentence: dt.date | None = None
    for line in body[:OPENING_BODY_UNITS]:
        text = line.text
        if line.marker or not has_digit(text) or _CLOCK.search(text[:OPENING_CHARS]):
            continue
        found = date_line(text, reference_date)
        if found is not None:
            return found
        found = _venue_date(text, reference_date)
        if found is not None:
            return found
        found_date = find_date(text[:OPENING_CHARS], reference_date=reference_date)
        if found_date is not None:
            lead = text[: found_date.span[0]]
            if (
                word_count(lead) <= OPENING_LEAD_WORDS
                and ". " not in lead
                and "! " not in lead
                and "? " not in lead
                and not is_stamp(text, found_date.span)
            ):
                if not (is_prose(text) and text[-1:] in _SENTENCE_END):
                    return found_date.date
                # A sentence's date gives way to a date line under it: a
                # banner over the page ("On 5 August 2013 the government
                # assumed a Caretaker role, ...") over "Tuesday 11
                # December 2012 Speech".
                sentence = sentence or found_date.date
    if sentence is not None:
        return sentence
    previous = ""
    for line in body:
        text = line.text
        if word_count(text) <= 6 and has_digit(text):
            found = parse_date(text, reference_date=reference_date)
            if found is None and previous[-1:] in _SENTENCE_END:
                found = _placed_date(text, reference_date)
            if found is None and ("|" in text or "age" in text):
                found = _page_header_date(text, reference_date)
            if found is not None:
                return found
        previous = text
    for unit in [*units[:OPENING_UNITS], *body[:1]]:
        head = unit.text[:OPENING_CHARS]
        if has_digit(head):
            found_date = find_date(head, reference_date=reference_date)
            if found_date is not None and not _CLOCK.search(head, 0, found_date.span[0]):
                return found_date.date
    return None


#: A place before a sign-off date in the body has at most this many words.
SIGN_OFF_PLACE_WORDS: Final = 3


def _placed_date(text: str, reference_date: dt.date | None) -> dt.date | None:
    """
    The date of a sign-off line printed under the last sentence of a
    release, with a place or an end mark before it and nothing after
    (``CANBERRA 22 AUGUST 2011``, ``Sydney 6 March 2008``, ``Ends 19
    December 2002``): up to `SIGN_OFF_PLACE_WORDS` capitalised words with
    no digit, then a date that closes the line.
    """
    found = find_date(text, reference_date=reference_date)
    if found is None or text[found.span[1] :].strip(" .,"):
        return None
    words = text[: found.span[0]].replace(",", " ").replace(".", " ").split()
    if (
        not words
        or len(words) > SIGN_OFF_PLACE_WORDS
        or not all(word[:1].isupper() for word in words)
        or has_digit(" ".join(words))
    ):
        return None
    return found.date


# What a printed page's header or footer sets beside its date: a page number
# and the marks around it ("| 2", "- 2 -", "Page 2 of 5").
_PAGE_NUMBER: Final = regex.compile(
    r"[\s|·•\-–—()]*+(?:[Pp]age\s*+)?\d{1,3}(?:\s*+of\s*+\d{1,3})?[\s|·•\-–—()]*+"
)


def _page_header_date(text: str, reference_date: dt.date | None) -> dt.date | None:
    """
    The date of a printed page's header or footer line: a date and a page
    number beside it (``Tuesday 10th December, 2013 | 1``, ``Page 2 of 5 -
    12 March 2019``), the date of the document it heads.
    """
    found = find_date(text, reference_date=reference_date)
    if found is None:
        return None
    start, end = found.span
    before, after = text[:start], text[end:]
    if not (before.strip() or after.strip()):
        return found.date
    for part, other in ((before, after), (after, before)):
        if part.strip() and not other.strip(" |·•-–—,") and _PAGE_NUMBER.fullmatch(part):
            return found.date
    return None


def _venue_date(text: str, reference_date: dt.date | None) -> dt.date | None:
    """
    The date that closes a line naming where a speech or statement was
    given (``Committee Room, Parliament House, Canberra 5:40 pm, Thursday
    9 August 2001``, ``... Washington DC, 14 November 2001.``): after a
    comma or a capitalised word (a place), not after a preposition inside a
    sentence (``... due on 1 June 2021.``).
    """
    if not (text[-1:].isdigit() or (text[-1:] == "." and text[-2:-1].isdigit())):
        return None
    dates = dates_in(text[-60:], reference_date)
    if not dates:
        return None
    start, end = dates[-1].span
    tail = text[-60:]
    if tail[end:].strip(" .") or is_stamp(tail, (start, end)):
        return None
    before = tail[:start].rstrip()
    if before.endswith(",") or before.rsplit(" ", 1)[-1][:1].isupper():
        return dates[-1].date
    return None


_DATE_LABEL: Final = regex.compile(r"(?<![\w])(\p{L}[\p{L} ]{1,24}?)\s*+:\s*+")
#: How many units from the top a labelled date (``Dated: 7 Sep 2000``) is
#: looked for in, when the header held no date.
LABELLED_DATE_UNITS: Final = 5
#: How far into each of those units.
LABELLED_DATE_CHARS: Final = 300


def _labelled_date(units: Sequence[Line], reference_date: dt.date | None) -> dt.date | None:
    """
    A date after a date label inside a longer line near the top of the page
    (``Press Release Dated: 7 Sep 2000 Press Release Number: ...``).
    """
    for unit in units[:LABELLED_DATE_UNITS]:
        text = unit.text[:LABELLED_DATE_CHARS]
        if ":" not in text:
            continue
        for match in _DATE_LABEL.finditer(text):
            if _vocab.key(match.group(1).split(" ")[-1]) not in _vocab.DATE_LABELS:
                continue
            found = find_date(text[match.end() : match.end() + 40], reference_date=reference_date)
            if found is not None and found.span[0] == 0:
                return found.date
    return None


# Words that say the date after them is when the page was published, as a
# page prints them before its date, in label style: capitalised or in
# capitals, at the start of a line or after a few words of byline
# ("Veröffentlicht am 16.08.2019", "Crime Published On May 10, 2022",
# "Erschienen am 26. Jan 2022 im Format Aktuelles", "postado em 04/05/2022").
_PUBLISHED_LABEL: Final = regex.compile(
    r"(?:^|[\s|/·•*])(?P<label>(?i:veröffentlicht|published|posted|erschienen|publié|publiée"
    r"|publicado|publicada|postado|pubblicato|gepubliceerd|opublikowano|datum|date|fecha"
    r"|data))(?!\p{L})(?P<on>(?i:[^\S\n]++(?:am|on|le|el|em|il|op|dnia|in|at)(?!\p{L})))?+"
    r"[^\S\n]*+:?+[^\S\n]*+(?:\p{L}++,?+[^\S\n]++)?+\Z",
    regex.V1,
)
# A byline before its date: "Von Claudia Riedler 19. Oktober 2019", "By
# Emily Burack 8 January 2020", "by oz on December 4, 2006", "Von Thilo /
# 6. November 2023", "Ein Artikel von Pamela Sladky | 27.01.2022",
# "Gespeichert von rasos am 24. Juli 2017": a byline word, a name of one to
# four words, perhaps a preposition or a separator, then the date.
_BYLINE: Final = regex.compile(
    r"(?:^|[\s|/·•*])(?i:von|by|par|por|door|di|av|af)[^\S\n]++"
    r"(?P<name>[\p{L}\p{M}_.'’-]++(?:[^\S\n]++[\p{L}\p{M}_.'’-]++){0,3}+)"
    r"[^\S\n]*+[,|/·•–-]?+(?i:[^\S\n]++(?:am|on|le|el|em|il|op|dnia))?+"
    r"(?:[^\S\n]++\p{L}++,?+)?+[^\S\n]*+\Z",
    regex.V1,
)
# Words of a change, a review or a site clock before a date: never a
# publication date ("zuletzt bearbeitet: 04.02.2022", "Stand 27.01.2022",
# "Actualizado al 03/05/2022", "Heute ist Montag, 7. Dezember 2026").
_NOT_PUBLISHED: Final = (
    "update",
    "modified",
    "edited",
    "aktualisiert",
    "bearbeitet",
    "geändert",
    "stand",
    "actualizado",
    "atualizado",
    "mis à jour",
    "aggiornato",
    "heute",
    "today",
    "aujourd",
    "hoy",
    "oggi",
    "vandaag",
    "dzisiaj",
    "сегодня",
)
_DIGIT: Final = regex.compile(r"\d")
_DIGITS: Final = regex.compile(r"\d++")
# The words that open a publication label or a byline, for a cheap test.
_LEAD_WORD: Final = regex.compile(
    r"(?i:publi|post|erschien|ver[öo]ffentlicht|gepubl|opublik|dat[aeu]|fecha"
    r"|(?<!\p{L})(?:von|by|par|por|door|di|av|af)(?!\p{L}))",
    regex.V1,
)
# A date's shape in the head of a line, for a cheap test before the date
# grammar: digits with date separators, or a number beside a word.
_DATE_SHAPE: Final = regex.compile(
    r"\d[./-]\d|\d\.?+[^\S\n]*+\p{L}{3}|\p{L}{3}\.?+[^\S\n]*+\d", regex.V1
)
#: A publication line holds at most this many words before its date.
PUBLISHED_LEAD_WORDS: Final = 8
#: How many characters before a date its label or byline is looked for in.
PUBLISHED_LEAD_CHARS: Final = 80


# A year after a month's name glued to the digits that follow it: a page's
# publication and change dates printed side by side with no space ("3. April
# 20223. April 2022", "19. Juni 201619. Juni 2016"), or a year and a time
# ("4 de mayo de 202207:59").
_GLUED_YEAR: Final = regex.compile(r"(\p{L}\.?+[^\S\n]++(?:19|20)\d\d)(?=\d)", regex.V1)


def _unglued(text: str) -> str:
    """
    *text* with a space between a year after a month's name and the digits
    glued to it (`_GLUED_YEAR`).
    """
    return _GLUED_YEAR.sub(r"\1 ", text) if _GLUED_YEAR.search(text) else text


def _published_date(text: str, reference_date: dt.date | None) -> dt.date | None:
    """
    The date of a publication line: a date after a publication label or a
    byline (`_PUBLISHED_LABEL`, `_BYLINE`) with at most
    `PUBLISHED_LEAD_WORDS` words before it, not after words of a change or
    a clock (`_NOT_PUBLISHED`, `is_stamp`).
    """
    # Before any date search: a label or a byline closing the text before
    # one of the first digits (most lines with digits have none: tables,
    # prices, scores). A month's name before the day stands where the
    # patterns allow a weekday.
    if _LEAD_WORD.search(text, 0, PUBLISHED_LEAD_CHARS) is None:
        return None
    for digits in _DIGITS.finditer(text, 0, PUBLISHED_LEAD_CHARS + 1):
        head = text[: digits.start()]
        if _PUBLISHED_LABEL.search(head) or _BYLINE.search(head):
            break
    else:
        return None
    text = _unglued(text)
    for found in dates_in(text, reference_date):
        start = found.span[0]
        lead = text[max(0, start - PUBLISHED_LEAD_CHARS) : start]
        if word_count(lead) > PUBLISHED_LEAD_WORDS or start > PUBLISHED_LEAD_CHARS:
            return None
        byline = _BYLINE.search(lead)
        # (The byline's name is a name, not words of a change or a clock:
        # "Written by Miami Today on November 7, 2023".)
        folded = (
            lead[: byline.start("name")] + lead[byline.end("name") :] if byline else lead
        ).casefold()
        if any(word in folded for word in _NOT_PUBLISHED) or is_stamp(text, found.span):
            continue
        label = _PUBLISHED_LABEL.search(lead)
        if (
            label is not None
            and (
                not label["label"][:1].islower()
                # In lower case, with its preposition and at most one word
                # before it: "postado em 04/05/2022", "Übersetzung
                # veröffentlicht am 30 April 2019"; not a sentence's "... wurde
                # veröffentlicht am 3. Mai".
                or (
                    # (the date reader may have read the preposition: "am 30 April")
                    (label["on"] or text[start].isalpha())
                    and len(lead[: label.start("label")].split()) <= 1
                )
            )
        ):
            return found.date
        # In a line opening in lower case (a sentence's continuation) only
        # a byline opening the line: "by oz on ...", not "was signed by
        # Australia on 10 December 1985".
        if byline is not None and (not text[:1].islower() or not lead[: byline.start()].strip()):
            return found.date
    return None


def _published(ev: Evidence) -> Found[dt.date] | None:
    """
    A date after a publication label or a byline anywhere on the page, in
    what was kept or what the strippers removed (``Veröffentlicht am
    16.08.2019``, ``By Emily Burack 8 January 2020``): the first one, not
    a change, review or clock date.
    """
    # Asked twice on most pages (by `_under_heading`, then as its own
    # rule): found once, kept on the evidence.
    if "date.published" in ev.found:
        return cast("Found[dt.date] | None", ev.found["date.published"])
    reference = ev.reference_date
    found: Found[dt.date] | None = None
    for number, text in ev.printed_with_digits():
        if len(text) > DATE_LINE_CHARS:
            continue
        date = _published_date(text, reference)
        if date is not None:
            found = Found(date, number)
            break
    ev.found["date.published"] = found
    return found


# What may follow a date that opens a page's date line: a clock time ("11:36",
# "um 09:43 Uhr", ", 12:01 Uhr", "9:00AM"), a separator and anything
# ("| Aktuelles", " - Dorothea Wierer darf ...", " // ", " · "), or a
# number after a comma (a release number: "Berlin, 28.10.2021, 058/21"), or
# a byline ("4.02.2022 par Bob Fischer", "27. Januar 2014 by Barbara Russ"),
# or a user name in lower case closing the line ("3. April 2022 by mady",
# "June 5, 2019 by luxurious": not "1 May 2020 by the board").
_AFTER_PAGE_DATE: Final = regex.compile(
    r"[^\S\n]*+(?:,[^\S\n]*+)?+(?:(?i:um|at|à|a las|às|alle|om|o)[^\S\n]++)?+"
    r"\d{1,2}[:.h]\d{2}(?![\d.])|[^\S\n]*+(?:[|·•/–—]|-[^\S\n]|//|,[^\S\n]*+\d)"
    r"|[^\S\n]++(?i:by|von|par|por|door|di)[^\S\n]++"
    r"(?:\p{Lu}|(?!(?:the|an?|der|die|das|den|dem|le|la|les|el|los|las|de)[^\S\n]*+\Z)"
    r"[\p{Ll}\p{M}_.'’-]++[^\S\n]*+\Z)",
    regex.V1,
)
# What a page prints after the date opening its date line in place of a
# separator: the page's category, a few capitalised words with no digit and
# no sentence's end ("21.01.2022 Presse-Mitteilung", "02.02.2022 A-Frauen",
# "27.01.2020 Soziales & Gesundheit Startseite App").
_KICKER: Final = regex.compile(
    r"(?:[^\S\n]++(?:\p{Lu}[\p{L}\p{M}-]*+|&)){1,5}+[^\S\n]*+", regex.V1
)
#: A page's date line prints its first digit within this many characters
#: (a weekday, a month or a place of two words before it).
PAGE_DATE_FIRST_DIGIT: Final = 40
#: At most this many words of a place before the date of a page's date line.
PAGE_DATE_PLACE_WORDS: Final = 2


def _page_date_line(text: str, reference_date: dt.date | None) -> dt.date | None:
    """
    The date of a page's date line, anywhere on a web page: a date alone
    (``13.01.2022``, ``Dienstag, 2. November 2021``), a date opening the
    line before a clock time or a separator (``19.10.2019 11:36
    telebasel``, ``08.11.2021 | Online-Fachtag ...``, ``23.01.2022 -
    Dorothea Wierer ...``), or after a place of one or two words (``Bonn,
    11.10.2021``). Never a stamp or a date after words of a change or a
    clock (`_NOT_PUBLISHED`).
    """
    first = _DIGIT.search(text, 0, PAGE_DATE_FIRST_DIGIT + 1)
    if (
        first is None
        or len(text[: first.start()].split()) > PAGE_DATE_PLACE_WORDS + 1
        or _DATE_SHAPE.search(text, 0, PUBLISHED_LEAD_CHARS) is None
    ):
        return None  # (a place, a weekday or a month before the first digit)
    text = _unglued(text)
    found = parse_date(text, reference_date=reference_date) if len(text) <= 60 else None
    if found is not None:
        return found
    hit = find_date(text[:PUBLISHED_LEAD_CHARS], reference_date=reference_date)
    if hit is None or is_stamp(text, hit.span):
        return None
    start, end = hit.span
    lead = text[:start]
    if lead.strip():
        words = lead.replace(",", " ").split()
        if (
            len(words) > PAGE_DATE_PLACE_WORDS
            or not lead.rstrip().endswith(",")
            or not all(word[:1].isupper() for word in words)
            or any(word in lead.casefold() for word in _NOT_PUBLISHED)
        ):
            return None
    rest = text[end:]
    if rest[:2].strip()[:1].isdigit():
        # A second date after the first: when the page was changed.
        second = find_date(rest[:PUBLISHED_LEAD_CHARS], reference_date=reference_date)
        if second is not None and not rest[: second.span[0]].strip():
            rest = rest[second.span[1] :]
    if not rest.strip() or _AFTER_PAGE_DATE.match(rest) is not None:
        return hit.date
    if not lead.strip() and _KICKER.fullmatch(rest) is not None:
        return hit.date
    return None


def _page(ev: Evidence) -> Found[dt.date] | None:
    """
    The first date line of a web page, anywhere on it, kept or stripped
    (`_page_date_line`): where no rule before found a date, the page's
    chrome hid its header, and the date under its headline is the first
    date line after the menus. (The date most such lines print was tried
    and reads fewer pages right: related pages' dates repeat.)
    """
    reference = ev.reference_date
    for number, text in ev.printed_with_digits():
        if not has_digit(text[:PUBLISHED_LEAD_CHARS]):
            continue
        # (A long line is read for the date that opens it: a dateline.)
        date = _page_date_line(text[:DATE_LINE_CHARS], reference)
        if date is not None:
            return Found(date, number)
    return None


#: How many printed lines under a crawled page's main heading its date line
#: is looked for in (a standfirst of a line or two may stand between).
UNDER_HEADING_LINES: Final = 4


def _under_heading(ev: Evidence) -> Found[dt.date] | None:
    """
    A date line among the first printed lines under a crawled page's main
    heading (`Evidence.headings`), kept or stripped: where a page prints the
    release's date, under its headline, before the body
    (``Serie 06.02.2022 Colours of law``, ``September 17, 2019 Jane Roe 0``,
    ``Written by Miami Today on November 7, 2023``). It beats the other
    dates of the page: a site's clock above the heading, the dates of the
    teasers of related pages, a labelled date in the body.
    """
    heading = ev.headings[0]
    if heading is None:
        return None
    published = _published(ev)
    if published is not None and published.line is not None and published.line < heading.number:
        return None  # a labelled date above the heading: the header's (`date.published`)
    lines = ev.read.lines
    start = bisect.bisect_right(lines, heading.number, key=NUMBER_OF)
    reference = ev.reference_date
    seen = 0
    for line in lines[start:]:
        text = line.text
        if not text:
            continue
        seen += 1
        if seen > UNDER_HEADING_LINES:
            break
        if not has_digit(text):
            continue
        date = (
            date_line(text, reference)
            or _page_date_line(text, reference)
            or _published_date(text, reference)
        )
        if date is not None:
            return Found(date, line.number)
    return None


# -- the rules -----------------------------------------------------------------


def _structured_data(ev: Evidence) -> Found[dt.date] | None:
    """
    An HTML page's structured data (JSON-LD, meta tags, ``<time>``): it
    states the date more reliably than the text around it.
    """
    date = ev.page.hints.date if ev.html else None
    return Found(date, locate=False) if date is not None else None


def _metadata(ev: Evidence) -> Found[dt.date] | None:
    """
    A ``Date:`` field of the header's metadata.
    """
    field = ev.field(_vocab.DATE_LABELS)
    if field is None:
        return None
    date = parse_date(field.values[0], reference_date=ev.reference_date)
    if date is None:
        found = find_date(field.values[0], reference_date=ev.reference_date)
        date = found.date if found else None
    return Found(date) if date is not None else None


def _date_line(ev: Evidence) -> Found[dt.date] | None:
    """
    A date line in the letterhead or under the headline (``Tuesday 15
    August 2000``), the first the header reader noted that is not a site's
    clock (``Heute ist Montag, 7. Dezember 2026``: `_is_clock`).
    """
    dates = [date for date in ev.header.dates if not _is_clock(ev, date)]
    if (
        len(dates) > 1
        and dates[1] < dates[0]
        and not _event_date(ev, dates[1])
        and not _timed(ev, dates[0])
    ):
        # A date line over an earlier one is a site's clock over the
        # release's date ("Mittwoch, 26.02.2020" over "... 01.05.2017"),
        # unless the earlier is an event's (`_event_date`) or the later
        # prints a time (a post's stamp: "16 Oktober 2011, 10:55").
        return Found(dates[1])
    if not dates:
        return None
    under = _under_heading(ev)
    if under is not None and under.value < dates[0]:
        # A date line over a crawled page's main heading, later than the
        # date under it, is a site's clock ("14:53 GMT +3 20 November 2019"
        # over the headline, "21:17 18.11.2019" under it).
        heading = ev.headings[0]
        line = ev.locate(dates[0])
        if heading is not None and line is not None and line < heading.number:
            return under
    return Found(dates[0])


# Days of a range of dates ("18 - 21 NOVEMBER 2002", "14. - 20. Januar 2022").
_DAY_RANGE: Final = regex.compile(r"\d\.?+[^\S\n]*+[-–—][^\S\n]*+\d").search


_CLOCK_TIME: Final = regex.compile(r"\d:\d\d").search


def _timed(ev: Evidence, date: dt.date) -> bool:
    """
    Whether the first header unit that prints *date* prints a time of day.
    """
    for unit in ev.header_units:
        text = unit.text
        if has_digit(text) and any(
            found.date == date for found in dates_in(text, ev.reference_date)
        ):
            return bool(_CLOCK_TIME(text))
    return False


def _event_date(ev: Evidence, date: dt.date) -> bool:
    """
    Whether the first header unit that prints *date* is a sentence or
    prints a range of days: an event's date, not the release's.
    """
    for unit in ev.header_units:
        text = unit.text
        if has_digit(text) and any(
            found.date == date for found in dates_in(text, ev.reference_date)
        ):
            return (is_prose(text) and text.rstrip()[-1:] in _SENTENCE_END) or bool(
                _DAY_RANGE(text)
            )
    return False


def _is_clock(ev: Evidence, date: dt.date) -> bool:
    """
    Whether the header's unit that prints *date* is a site's clock
    (`_CLOCK` before the date).
    """
    for unit in ev.header_units:
        text = unit.text
        if not has_digit(text):
            continue
        for found in dates_in(text, ev.reference_date):
            if found.date == date:
                return _CLOCK.search(text, 0, found.span[0]) is not None
    return False


def _hints(ev: Evidence) -> Found[dt.date] | None:
    """
    A date the page states outside its running text (`Hints.date`).
    """
    date = ev.page.hints.date
    return Found(date, locate=False) if date is not None else None


def _dateline(ev: Evidence) -> Found[dt.date] | None:
    """
    The date of the dateline opening the body (``GENEVA, 17 September 2008 - ``).
    """
    dateline = ev.opening.dateline
    if dateline is None or dateline.date is None:
        return None
    return Found(dateline.date, ev.opening.body[0].number if ev.opening.body else None)


def _in_header(ev: Evidence) -> Found[dt.date] | None:
    """
    Any other date printed in the header, even inside a long line, that is
    not a stamp.
    """
    return _found(_header_date(ev.header_units, ev.header.title, ev.reference_date))


def _labelled(ev: Evidence) -> Found[dt.date] | None:
    """
    A date after a date label inside a longer line near the top
    (``Press Release Dated: 7 Sep 2000 ...``).
    """
    return _found(_labelled_date(ev.units, ev.reference_date))


def _sign_off(ev: Evidence) -> Found[dt.date] | None:
    """
    The sign-off that closes many releases (``Canberra, 5 May 2011``,
    ``Ends 26 January 2003``), under the body or under its media contact.
    """
    body, removed = ev.opening.body, ev.page.removed
    return _found(_sign_off_date(body, removed, ev.year_reference))


def _closing(ev: Evidence) -> Found[dt.date] | None:
    """
    A date line among the page's last printed lines, whichever part of the
    page they fell to.
    """
    return _found(_closing_date(ev.opening.body, ev.page.removed, ev.reference_date))


def _opening(ev: Evidence) -> Found[dt.date] | None:
    """
    A date line, venue line or letterhead run into the first units of the
    body, or the first date printed at the top of the page.
    """
    units = ev.units[: ev.body_start + 1]
    return _found(_opening_date(units, ev.opening.body, ev.reference_date))


#: How many characters of the page's first unit a repeat of it must open with.
REPEAT_CHARS: Final = 25
#: A repeat of the first unit with a date closing it is at most this long.
REPEAT_MAX_CHARS: Final = 250


def _headline_repeat(ev: Evidence) -> Found[dt.date] | None:
    """
    A date closing a later unit that repeats the opening of the page's
    first line (a printed web page's header over its second page, a paper's
    running head: ``MYEFO 2012-13: MORE DEBT, ... LABOR DISHONESTY Monday,
    22 October 2012``): where the page prints its date only there.
    """
    first = next((line for line in ev.read.lines if line.text), None)
    if first is None or len(first.text) < REPEAT_CHARS:
        return None
    head = first.text[:REPEAT_CHARS]
    reference = ev.reference_date
    for unit in ev.units:
        if unit.number <= first.number:
            continue
        text = unit.text
        if len(text) > REPEAT_MAX_CHARS or not text.startswith(head) or not has_digit(text):
            continue
        found = dates_in(text[REPEAT_CHARS:], reference)
        if found and not text[REPEAT_CHARS + found[-1].span[1] :].strip(" ."):
            return Found(found[-1].date, unit.number)
    return None


def _yearless(ev: Evidence) -> Found[dt.date] | None:
    """
    A date line that prints no year (``Senator Nettle, 13th February``)
    among the header's units and the body's first, in the year of the
    page's stamp (``Last modified 14-02-2006``): a stamp is on or after the
    release date, so the date is the last such day on or before it.
    """
    stamp = _stamp(ev) or _page_stamp(ev)
    if stamp is None:
        return None
    for unit in [*ev.header_units, *ev.opening.body[:OPENING_BODY_UNITS]]:
        text = unit.text
        if not has_digit(text) or date_line(text, None) is not None:
            continue
        date = date_line(text, stamp.value)
        if date is not None and date > stamp.value:
            try:
                date = date.replace(year=date.year - 1)
            except ValueError:  # 29 February
                date = None
        if date is not None:
            return Found(date, unit.number)
    return None


def _header_stamp(ev: Evidence) -> Found[dt.date] | None:
    """
    A stamp in the letterhead (``Last updated: ...``), a last resort.
    """
    return Found(ev.header.stamps[0]) if ev.header.stamps else None


def _stamp(ev: Evidence) -> Found[dt.date] | None:
    """
    Last, any stamp of when the page was printed or changed, in the header
    or the sign-off.
    """
    return _found(
        _header_date(ev.header_units, ev.header.title, ev.reference_date, stamps=True)
        or _sign_off_date(ev.opening.body, ev.page.removed, ev.year_reference, stamps=True)
    )


def _page_stamp(ev: Evidence) -> Found[dt.date] | None:
    """
    Last of all, the first stamp of a change anywhere on the page, kept or
    stripped, on a line no longer than a date line (``Last updated on 20
    Feb, 2020. 3 min read``, ``Stand 27.01.2022``): where a page prints no
    other date, when it was last changed is the nearest to when it was
    issued. Not a copyright line's date.
    """
    reference = ev.reference_date
    for number, text in ev.printed_with_digits():
        if len(text) > DATE_LINE_CHARS:
            continue
        for found in dates_in(text, reference):
            start = found.span[0]
            stamp = _vocab.STAMP(text, max(0, start - STAMP_CHARS), start)
            if stamp is not None and stamp.group().casefold() not in _NOT_CHANGES:
                return Found(found.date, number)
    return None


#: Stamp words (`_vocab.STAMP`) that do not say when the page changed.
_NOT_CHANGES: Final = frozenset({"©", "copyright"})


def _found(date: dt.date | None) -> Found[dt.date] | None:
    return Found(date) if date is not None else None


#: The date's rules, in order of preference. The rules before
#: ``date.dateline`` give the year of a dateline that prints none.
RULES: Final = RuleList[dt.date](
    "date",
    [
        ("date.metadata", _metadata),
        ("date.date-line", _date_line),
        ("date.structured-data", _structured_data),
        ("date.hints", _hints),
        ("date.dateline", _dateline),
        ("date.header", _in_header),
        ("date.labelled", _labelled),
        ("date.under-heading", _under_heading),
        ("date.published", _published),
        ("date.sign-off", _sign_off),
        ("date.closing", _closing),
        ("date.opening", _opening),
        ("date.page", _page),
        ("date.headline-repeat", _headline_repeat),
        ("date.yearless", _yearless),
        ("date.header-stamp", _header_stamp),
        ("date.stamp", _stamp),
        ("date.page-stamp", _page_stamp),
    ],
)
