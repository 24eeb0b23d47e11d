"""
Reading a letterhead: the lines over (or around) the headline that name
the issuing office, the people holding it, their organisation, a public
body and the release's date line, however the columns of a printed
letterhead were flattened into lines.
"""

from __future__ import annotations

from typing import Final

import regex

from .. import _letterhead, _vocab
from .._models import MetaField
from .._page import Line
from .._scan import date_line, is_stamp
from .._sections import is_label
from .._text import is_prose, word_count
from ..datelines._dates import FoundDate, find_date
from ._headline import HeadlineRules, _cuts_name, _opens_byline, _split_at_gap
from ._letterhead_parts import (
    _HOLDER_ROLES,
    _STYLES,
    _YEAR,
    MAX_HOLDER_MENTION_UNITS,
    _bylined,
    _contact_note,
    _drop_stray_word,
    _ends_wrapped_headline,
    _first_prose_part,
    _holder_follows,
    _initialled_name,
    _join_wrapped_offices,
    _names_date,
    _notice_line,
    _object_of,
    _parts,
    _party_role,
    _postal_address,
    _role_and_name,
    _runs_on_in_lower_case,
    _runs_on_to,
    _topic_before,
    _wrapped_tail,
    _wraps_on,
    _yearless_date_line,
)
from ._shapes import (
    _DIGIT,
    MAX_HEADER_UNIT_WORDS,
    MAX_LETTERHEAD_WORDS,
    MAX_STANDALONE_DATELINE_WORDS,
    MAX_TITLE_CHARS,
    _is_kind,
    _is_section_name,
    _kind_label,
)

#: A headline run on after an office on the office's printed line has at
#: least this many words.
MIN_RUN_ON_HEADLINE_WORDS: Final = 3


def _long_letterhead_part(part: str) -> bool:
    """
    Whether *part*, a column longer than a letterhead part is read, is one
    all the same: it opens with a styled person (``Senator the Hon Jane Roe
    Minister for Transport Minister for Sport ...``) or with a seat
    (``Senator for Tasmania Shadow Parliamentary Secretary for ...``).
    """
    words = part.split(" ", SEAT_WORDS)
    return _letterhead.opens_with_person(part) or any(
        _letterhead.is_seat(" ".join(words[:size])) for size in range(3, SEAT_WORDS + 1)
    )


def _letterhead_headline(text: str) -> bool:
    """
    Whether *text*, cut off as the headline after the letterhead's columns,
    is more letterhead: a person, a line opening with one or with a seat
    (``Federal Member for Chifley A Report on ...``), an office, or chrome.
    """
    words = text.split(" ", SEAT_WORDS)
    return (
        _letterhead.opens_with_person(text)
        or _letterhead.is_chrome(text)
        or _letterhead.office(text) is not None
        or _letterhead.is_person(text)
        or any(_letterhead.is_seat(" ".join(words[:size])) for size in range(3, SEAT_WORDS + 1))
    )


#: A seat opening a line has at most this many words (``Federal Member for
#: Kingsford Smith``).
SEAT_WORDS: Final = 6


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
            elif unclaimed and breaks[-1:] != [len(unclaimed)] and _wraps_on(last, part):
                # The headline's last printed line in a column of its own
                # (no claimed part stands between them).
                unclaimed[-1] = f"{last} {part}"
            elif word_count(part) <= MAX_LETTERHEAD_WORDS and self._claim(part, unclaimed):
                claimed = True
                if len(unclaimed) > before:
                    breaks.append(before)  # a headline printed beside the part starts a run
                elif not unclaimed or unclaimed[-1] == last:
                    breaks.append(before)  # (else the part ended the headline's last line)
            elif word_count(part) > MAX_LETTERHEAD_WORDS and _long_letterhead_part(part):
                # A person's styles and offices, or a seat and offices, run
                # together in one long column: letterhead however long.
                self._claim(part, [])  # (the offices it names, where read)
                claimed = True
                breaks.append(before)
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
                if header.title is None and not self.titled:
                    self._headline_after_letterhead(index, lead)
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

    def _headline_after_letterhead(self, index: int, lead: list[str]) -> None:
        """
        The headline in a column of its own between the letterhead's columns
        and the first paragraph, all on unit *index* (``Friday 19 October
        2012  Headline  The first sentence ...``): *lead*, the columns after
        the letterhead, is cut at the first gap that can end a headline
        (`_split_at_gap`), and the unit keeps the paragraph.
        """
        unit = self.units[index]
        joined = unit.text
        skipped = self._letterhead_columns(lead)
        letterhead = lead[:skipped]
        if skipped:
            # Letterhead columns the first column of prose was taken to
            # open (a long column of a person's styles and offices, then
            # the date): they stand over the headline.
            lead = lead[skipped:]
            joined = " ".join(lead)
        split = _split_at_gap(unit._replace(raw="  ".join(lead), text=joined))
        if split is None:
            # The headline glued to the first sentence in the column after
            # the letterhead's (``SENATOR JANE ROE LEADER OF THE PARTY  Fair
            # Go for All Today the ...``).
            self.units[index] = unit._replace(text=joined, raw="  ".join(lead))
            header = self.header
            kept = len(header.split)
            if self._split_glued(index) and not _letterhead_headline(header.title_text or ""):
                self.title_end = index
                self._claim_all(letterhead)
                return
            del header.split[kept:]
            header.title = header.title_text = None
            self.units[index] = unit
            return
        if len(split[0]) > MAX_TITLE_CHARS or _cuts_name(*split) or _letterhead_headline(split[0]):
            return
        header = self.header
        header.title = unit
        header.title_text = split[0]
        self.title_end = index
        self.units[index] = unit._replace(text=joined[len(split[0]) :].lstrip())
        self._claim_all(letterhead)

    def _claim_all(self, columns: list[str]) -> None:
        """
        Record the letterhead *columns* cut off over a headline (`_claim`):
        the offices and the date they print.
        """
        for column in columns:
            self._claim(column, [])

    def _letterhead_columns(self, columns: list[str]) -> int:
        """
        How many of *columns*, from the first, are letterhead rather than
        prose: a person's name and styles with the offices run on after
        them (``Senator Jane Roe Liberal Senator for Tasmania Shadow
        Minister for ...``, a letterhead however long: `opens_with_person`),
        or, not prose, an office or a date line. At most all but two (a
        headline and the paragraph stay, or the paragraph with the headline
        glued to it).
        """
        count = 0
        for column in columns[: len(columns) - 1]:
            if not _letterhead.opens_with_person(column) and (
                is_prose(column)
                or (
                    _letterhead.office(column) != column
                    and date_line(column, self.reference_date) is None
                )
            ):
                break
            count += 1
        return count

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
        words = part.split(" ")
        for size in (2, 3):
            if len(words) > size + 1 and _is_kind(" ".join(words[-size:])):
                # The issuer, then the kind label: "Australian Greens Leader
                # media release", "Jane Roe MP Press Release". (A kind of one
                # word ends headlines: "... First Speech", "Which Statement".)
                probe: list[str] = []
                if self._claim(" ".join(words[:-size]), probe) and not probe:
                    kind = " ".join(words[-size:])
                    if header.kind is None and not _is_section_name(kind):
                        header.kind = kind
                    return True
                break
        rest = part
        taken = False
        split = _letterhead.kind_prefix(rest)
        if split is not None:
            if header.kind is None:
                header.kind = split[0]
            rest = split[1]
            taken = True
        if _YEAR(rest) and _wrapped_tail(rest, unclaimed):
            # A year alone in its column after the headline's: its last word.
            unclaimed[-1] = f"{unclaimed[-1]} {rest}"
            return True
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
        if _opens_byline(remainder):
            # A byline and its date ("By Jane Roe - January 10, 2020"): the
            # author's line under the headline, never the headline.
            return True
        if word_count(remainder) >= 3 and not _letterhead.is_person(remainder):
            unclaimed.append(remainder)
        elif remainder and _ends_wrapped_headline(remainder, rest[end:], unclaimed):
            unclaimed[-1] = f"{unclaimed[-1]} {remainder}"
        elif remainder and not _letterhead.is_chrome(remainder):
            organisation = _letterhead.organisation(remainder)
            if organisation is not None:
                header.organisations.append(organisation)
        return True

    def _office_then_headline(self, rest: str, office: str, unclaimed: list[str]) -> bool:
        """
        Whether *rest*, a column opening with *office*, goes on past the end
        of the office's portfolio (`_letterhead.close_portfolio`) with a
        headline of three words or more in capitals on the same printed line
        (``MINISTER FOR ... AFFAIRS BEAZLEY IS WRONG, WRONG, WRONG``); if so
        the office is noted and the headline kept unclaimed.
        """
        closed = _letterhead.close_portfolio(office)
        if closed == office or not rest.startswith(closed) or not rest.isupper():
            return False
        remainder = rest[len(closed) :].strip(" ,-–—|:")
        if (
            word_count(remainder) < MIN_RUN_ON_HEADLINE_WORDS
            or _DIGIT(remainder)  # (the holder's name and a release number)
            or _holder_follows(rest, office)
            or _letterhead.office(remainder) is not None
            or _letterhead.is_person(remainder)
            or _letterhead.opens_with_person(remainder)
            or _letterhead.is_seat(remainder)
            or _letterhead.is_chrome(remainder)
        ):
            return False
        self.header.offices.append(closed)
        unclaimed.append(remainder)
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
            and not office[:1].isupper()
            and _letterhead.organisation(rest[: rest.find(office)]) is None
        ):
            # An office in lower case is a headline's words ("... need a
            # competent  experienced minister for a change", "Le ministre
            # de la Santé sommé de ..."): a letterhead capitalises an office,
            # or names the party a spokesperson speaks for before it
            # ("Australian Democrats spokesperson for Immigration").
            office = None
        if office is not None and self._office_then_headline(rest, office, unclaimed):
            return True
        if (
            office is not None
            and _letterhead.office_words(rest) * 2 >= word_count(rest)
            and not _runs_on_to(office)
            and not _bylined(rest, office)
            and not _topic_before(rest, office)
            and not _object_of(rest, office)
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
        party = _party_role(rest)
        if party is not None:
            # A party office in a column of its own: the letterhead's.
            header.organisations.append(party)
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
        if _DIGIT(rest) and _wrapped_tail(rest, unclaimed):
            # The headline's last printed line, set apart in a column of its
            # own: it holds a number, which would read it as a reference.
            unclaimed[-1] = f"{unclaimed[-1]} {rest}"
            return True
        return _letterhead.is_chrome(rest) or _postal_address(rest)
