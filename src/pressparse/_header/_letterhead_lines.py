"""
Reading a letterhead: the lines over (or around) the headline that name
the issuing office, the people holding it, their organisation, a public
body and the release's date line, however the columns of a printed
letterhead were flattened into lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import regex

from .. import _letterhead, _lexicon, _vocab
from .._models import MetaField
from .._page import Line
from .._scan import is_stamp
from .._sections import is_label
from .._text import is_prose, word_count
from ..datelines._dates import FoundDate, find_date, parse_date
from ._headline import HeadlineRules
from ._shapes import (
    _COLUMN_GAP,
    _CONNECTORS,
    _DIGIT,
    MAX_HEADER_UNIT_WORDS,
    MAX_LETTERHEAD_WORDS,
    MAX_STANDALONE_DATELINE_WORDS,
    MAX_TITLE_CHARS,
    _is_kind,
    _kind_label,
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
    r"|,\s++(?:\p{Lu}[\p{L}'’]*+,?+\s++){0,3}\p{Lu}{2,3}\s++\d{4,5}"
    r"(?:$|\s++(?:Ph|Tel|Phone|Fax|Telephone)\b|\s*+[(\d])"
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


class LetterheadRules(HeadlineRules):
    """
    The reader's rules for letterhead lines.
    """

    def _letterhead(self, index: int) -> bool:
        """
        Take unit *index* when it is letterhead: a standalone dateline, a date
        line, a kind label, an office, a person, an organisation, interface
        text, or several of these on one printed line.

        Printed letterheads often set their parts in columns, which crawled
        text renders as runs of spaces; such a line is read part by part. A
        headline printed on the same line keeps the parts nothing else
        claimed, and running prose after it starts the body (the unit is
        cut there, in place). Returns whether the unit was taken.
        """
        taken = self._whole_line(index)
        if taken is not None:
            return taken
        unit = self.units[index]
        columns = self._columns(unit)
        if columns is None:
            return False
        return self._settle_columns(index, *columns)

    def _whole_line(self, index: int) -> bool | None:
        """
        `_letterhead` for a unit read whole: a standalone dateline, the rest
        of an office wrapped from the line above, an issuer with a kind
        label, a reference, phone or date line, a breadcrumb, a person's
        letterhead. ``True`` when taken, ``False`` when the unit is a
        paragraph, ``None`` when it is to be read part by part.
        """
        header = self.header
        unit = self.units[index]
        text = unit.text
        if word_count(text) <= MAX_STANDALONE_DATELINE_WORDS and header.dateline is None:
            standalone = self.dateline_at(text)
            if (
                standalone is not None
                and standalone.raw.strip() == text
                and (standalone.place or standalone.agency)
                and _letterhead.organisation(standalone.place or "") is None
            ):
                header.dateline = standalone
                return True
        if (
            index
            and header.dropped
            and header.dropped[-1] is self.units[index - 1]
            and _letterhead.continues_office(header.dropped[-1].text, text)
        ):
            # The rest of the office on the letterhead line above, wrapped
            # onto a printed line of its own ("Minister Assisting the Prime
            # Minister" / "for the Status of Women").
            header.dropped.append(unit)
            return True
        if word_count(text) > MAX_HEADER_UNIT_WORDS and (
            header.title is not None or "  " not in unit.raw
        ):
            return False  # a paragraph, whatever else it holds
        # (Label strips never reach here: read() takes them first.)
        if header.kind is None and header.title is None:
            suffixed = _letterhead.kind_suffix(text)
            if suffixed is not None:
                # The issuer and the kind label: "European Commission - Press release".
                header.kind = suffixed[1]
                organisation = _letterhead.organisation(suffixed[0])
                if organisation is not None:
                    header.organisations.append(organisation)
                header.dropped.append(unit)
                return True
        if (
            _letterhead.is_chrome(text)
            or _yearless_date_line(text)
            or _notice_line(text)
            or (_postal_address(text) and _letterhead.office(text) is None)
        ):
            # Mostly numbers: a reference or phone line, or a date line
            # (``Tuesday 12 March 2019``, ``Monday, 3rd September``).
            self._note_date_line(text)
            header.dropped.append(unit)
            return True
        crumb = _letterhead.breadcrumb(text)
        if crumb is not None:
            if header.title is None and word_count(crumb) >= 3 and len(crumb) <= MAX_TITLE_CHARS:
                header.title = unit
                header.title_text = crumb
                self.title_end = index
            header.dropped.append(unit)
            return True
        person = text
        is_person = _letterhead.opens_with_person(text)
        if (
            header.kind is None
            and "  " not in unit.raw  # (columns are read part by part below)
            and not is_person
        ):
            # A kind label with the person's letterhead run on after it.
            split = _letterhead.kind_prefix(text)
            if split is not None and _letterhead.opens_with_person(split[1]):
                header.kind = split[0]
                person = split[1]
                is_person = True
        if is_person:
            header.offices.extend(_letterhead.offices(person))
            organisation = _letterhead.organisation_in(person)
            if organisation is not None:
                header.organisations.append(organisation)
            header.dropped.append(unit)
            return True
        return None

    def _columns(
        self, unit: Line
    ) -> tuple[list[str], list[str], list[str], list[int], list[str], bool] | None:
        """
        A unit read part by part, its columns (runs of spaces) claimed as
        letterhead where they are (`_claim`): the parts, the body parts after
        the first column of prose on a long unit, the unclaimed parts (the
        headline), where claimed parts cut them, the running text that
        starts the body, and whether any part was claimed. ``None`` when the
        unit is no letterhead.
        """
        long_unit = word_count(unit.text) > MAX_HEADER_UNIT_WORDS
        parts = _parts(unit)
        if len(parts) > 1:
            parts = _join_wrapped_offices(parts)
        if len(parts) == 1 and word_count(parts[0]) > MAX_LETTERHEAD_WORDS:
            return None
        body: list[str] = []
        if long_unit:
            # Letterhead columns, perhaps with the headline, printed on the
            # line of the first paragraph: read up to the first column of prose.
            cut = _first_prose_part(parts)
            if cut is None:
                return None
            parts, body = parts[:cut], parts[cut:]
        unclaimed: list[str] = []
        # Where claimed parts cut the unclaimed ones into runs.
        breaks: list[int] = []
        lead: list[str] = []
        claimed = False
        for part in parts:
            before = len(unclaimed)
            last = unclaimed[-1] if unclaimed else ""
            if lead:
                lead.append(part)
            elif (
                unclaimed
                and not _letterhead.is_person(part)
                and (
                    is_prose(part)
                    or (
                        unclaimed[-1].isupper()
                        and not part.isupper()
                        # (A headline in capitals may wrap before a date.)
                        and not part.split(" ", 1)[0].isupper()
                        and word_count(part) >= 6
                    )
                )
            ):
                # Running text after the headline: the body has begun.
                if part[:1].islower() and len(unclaimed) > 1 and unclaimed[-1][-1] not in ".!?":
                    # It goes on in lower case from the part before, which
                    # is the paragraph's first printed line, not the headline's.
                    lead.append(unclaimed.pop())
                lead.append(part)
            elif word_count(part) <= MAX_LETTERHEAD_WORDS and self._claim(part, unclaimed):
                claimed = True
                if len(unclaimed) > before:
                    breaks.append(before)  # a headline printed beside the part starts a run
                elif not unclaimed or unclaimed[-1] == last:
                    breaks.append(before)  # (else the part ended the headline's last line)
            else:
                unclaimed.append(part)
        return parts, body, unclaimed, breaks, lead, claimed

    def _settle_columns(
        self,
        index: int,
        parts: list[str],
        body: list[str],
        unclaimed: list[str],
        breaks: list[int],
        lead: list[str],
        claimed: bool,
    ) -> bool:
        """
        `_letterhead` after the columns of unit *index* were claimed: the
        unit is set aside as letterhead, or its unclaimed parts are the
        headline, and running text after them starts the body (the unit is
        cut there, in place). Returns whether the unit was taken.
        """
        header = self.header
        unit = self.units[index]
        text = unit.text
        if not claimed and len(parts) == 1:
            return False
        rest = " ".join(_drop_stray_word(unclaimed, breaks))
        if body:
            if not claimed:
                return False  # no letterhead: a paragraph with column gaps
            lead.extend(body)
            if word_count(rest) < 2 or _letterhead.is_chrome(rest):
                # Only letterhead before the paragraph: it stays the body's.
                header.dropped.append(unit)  # (the line as printed, inspectable)
                self.units[index] = unit._replace(text=" ".join(lead))
                self.split_at = index
                return True
        if not rest or (claimed and rest.endswith(":") and is_label(rest)):
            # Nothing else, or only the label of a part claimed after it
            # (``Date released:`` before a date in the next column).
            header.dropped.append(unit)
            return True
        if header.title is not None or word_count(rest) < 2 or _letterhead.is_chrome(rest):
            if lead or is_prose(rest):
                return False
            if not claimed and header.title is not None and self._after_menu_run(index):
                return False  # a headline set in columns under a menu run: read() takes it
            header.dropped.append(unit)
            return True
        if (not claimed and not lead) or len(rest) > MAX_TITLE_CHARS:
            return False
        if not lead and _contact_note(rest, parts):
            header.dropped.append(unit)
            return True
        header.title = unit
        header.title_text = rest
        if (not lead or body) and rest != text:
            # The letterhead printed with the headline stays inspectable.
            header.dropped.append(unit)
        if lead:
            # The body starts on the same printed line as the headline.
            self.units[index] = unit._replace(text=" ".join(lead))
            self.split_at = index
        return True

    def _office_and_holder(self, text: str) -> bool:
        """
        Whether *text* is an office named the way prose names it, then its
        holder's name, nothing else (``Foreign Minister Jane Roe``, ``Health
        Minister Senator Jane Roe``): up to two capitalised portfolio words,
        ``Minister`` or ``Treasurer``, perhaps a style, then a bare name.
        A title-case headline has the same shape (``Health Minister Visits
        Perth``), so the page must name the holder by surname after a style
        or the role (``Mr Roe said``, ``Minister Roe``).
        """
        words = text.split(" ")
        if not 3 <= len(words) <= 7 or not ("inister" in text or "reasurer" in text):
            return False
        at = next((i for i, w in enumerate(words[:3]) if w.casefold() in _HOLDER_ROLES), -1)
        if at < 0 or not all(w[:1].isupper() for w in words[:at]):
            return False
        name = words[at + 1 :]
        if name and name[0].casefold().rstrip(".") in _STYLES:
            name = name[1:]
        if not _letterhead.looks_like_name(" ".join(name)):
            return False
        mention = regex.compile(
            _letterhead.SURNAME_MENTION + regex.escape(name[-1]) + r"\b", regex.IGNORECASE
        )
        return any(
            mention.search(unit.text) is not None
            for unit in self.units[:MAX_HOLDER_MENTION_UNITS]
            if unit.text != text
        )

    def _claim(self, part: str, unclaimed: list[str]) -> bool:
        """
        Record *part* when it is a letterhead part; return whether it was.
        """
        header = self.header
        if header.kind is None and _is_kind(part):
            header.kind = _kind_label(part)
            return True
        if ": " in part:
            # A known label and its value in a column of their own
            # (``Source: Jane Roe, MP``): metadata, never the headline's.
            label, _, value = part.partition(": ")
            value = value.strip(" -–—|")
            if value and _vocab.key(label) in _vocab.KNOWN_LABELS:
                header.metadata.append(MetaField(label=label.strip(), values=(value,)))
                return True
        rest = part
        taken = False
        split = _letterhead.kind_prefix(rest)
        if split is not None:
            if header.kind is None:
                header.kind = split[0]
            rest = split[1]
            taken = True
        found = find_date(rest, reference_date=self.reference_date) if _DIGIT(rest) else None
        if found is not None and _names_date(rest[: found.span[0]]):
            return False
        if found is not None:
            return self._claim_dated(rest, found, unclaimed)
        if taken:
            if rest and not self._claim(rest, unclaimed):
                unclaimed.append(rest)
            return True
        if rest[-1:] in ("!", "?") or (rest[-1:] == "." and not _initialled_name(rest)):
            return False  # a sentence
        return self._claim_named(rest, unclaimed)

    def _claim_dated(self, rest: str, found: FoundDate, unclaimed: list[str]) -> bool:
        """
        `_claim` of a part holding a date (*found*): the date noted (a stamp
        apart), and the words beside it kept as the headline's, joined to
        its last line, or read as an organisation.
        """
        header = self.header
        if is_stamp(rest, found.span):
            header.stamps.append(found.date)
        else:
            header.dates.append(found.date)
        start, end = found.span
        remainder = f"{rest[:start]} {rest[end:]}".strip(" ,-–—|:;")
        if rest[:start].rstrip().endswith(":") and not rest[end:].strip(" ,.-–—|:;"):
            return True  # the date's label ("Date released: ..."), no headline
        if word_count(remainder) >= 3 and not _letterhead.is_person(remainder):
            unclaimed.append(remainder)
        elif remainder and _ends_wrapped_headline(remainder, rest[end:], unclaimed):
            unclaimed[-1] = f"{unclaimed[-1]} {remainder}"
        elif remainder and not _letterhead.is_chrome(remainder):
            organisation = _letterhead.organisation(remainder)
            if organisation is not None:
                header.organisations.append(organisation)
        return True

    def _claim_named(self, rest: str, unclaimed: list[str]) -> bool:
        """
        `_claim` of a part with no date or kind label: an office, a person
        with their offices or party, a seat, an organisation, a public
        body's name over the headline, chrome or an address.
        """
        header = self.header
        office = _letterhead.office(rest)
        if (
            office is not None
            and _letterhead.office_words(rest) * 2 >= word_count(rest)
            and not _runs_on_to(office)
            and not _bylined(rest, office)
            and not _topic_before(rest, office)
        ):
            header.offices.extend(_letterhead.offices(rest))
            return True
        if office is not None and _holder_follows(rest, office):
            header.offices.append(office)
            return True
        if _letterhead.opens_with_person(rest) and not _letterhead.is_person(rest):
            # A column naming the person with the offices or party after the
            # name (``SENATOR JANE ROE LEADER OF THE ... AND SPOKESPERSON ON ...``).
            organisation = _letterhead.organisation_in(rest)
            if office is not None or organisation is not None:
                header.offices.extend(_letterhead.offices(rest))
                if organisation is not None:
                    header.organisations.append(organisation)
                return True
        if (
            (_letterhead.is_person(rest) and not _runs_on_in_lower_case(rest))
            or _letterhead.is_seat(rest)
            or _role_and_name(rest)
            or self._office_and_holder(rest)
        ):
            organisation = _letterhead.organisation(rest)
            if organisation is not None:
                header.organisations.append(organisation)
            if office is not None:
                header.offices.append(office)
            return True
        organisation = _letterhead.letterhead_organisation(rest)
        if organisation is not None and " " in organisation and word_count(rest) <= 4:
            header.organisations.append(organisation)
            return True
        if header.title is None and not unclaimed and _letterhead.looks_like_name(rest):
            # A name over the headline: a person's, or a public body's
            # (``Polizeipräsidium Mittelfranken``), the masthead that issues
            # the release.
            body = _letterhead.body_name(rest)
            if body is not None:
                header.bodies.append(body)
            return True
        return _letterhead.is_chrome(rest) or _postal_address(rest)
