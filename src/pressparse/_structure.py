"""
Reading a stripped page: kind label, headline, letterhead, metadata,
dateline and body.

The strippers have taken out navigation and footers; what is left reads, top
to bottom, as a header (kind label, headline, metadata block, letterhead
lines naming the issuing office, a date line) and then the body. This module
joins hard-wrapped lines into paragraphs, finds where the header ends, and
turns each part into `Release` fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Final

import attrs
import regex

from . import _letterhead, _vocab
from ._crawl import header_record
from ._models import Boilerplate, Dateline, MetaField, Release
from ._page import Line, Page
from ._text import BULLET_CHARS, has_digit, is_prose, is_sentence, word_count
from ._units import is_wrapped, join_units
from .datelines._dates import find_date, parse_date
from .datelines._found import FoundDate
from .plugins import DatelineParser
from .strippers._footer import bar_topics, section_kind, wire_source
from .strippers._menus import is_bare_label_block, is_label

# The dateline of a body's first paragraph in mixed case with a dash and no
# date: "München – ", "Brasília (DF) – ". One to three capitalised words
# (none in capitals: those the dateline parsers read), an optional state or
# region abbreviation of two or three capitals in brackets, a spaced dash.
# Trusted only where a dateline stands (the opening of the first paragraph)
# and before a sentence (see `_lead_dateline`).
_LEAD_DATELINE: Final = regex.compile(
    r"(?P<place>\p{Lu}[\p{Ll}\p{M}'’]++(?:[- ]\p{Lu}[\p{Ll}\p{M}'’]++){0,2}+"
    r"(?:[^\S\n]\(\p{Lu}{2,3}+\))?+)[^\S\n]++[–—-][^\S\n]++(?=[\p{Lu}\"“„«])"
).match
# The same position's place and region ended by a colon: "Washington, DC: ",
# "Ottawa, Ontario: ". A colon after one name is a headline's ("Brexit: ").
_LEAD_COLON_DATELINE: Final = regex.compile(
    r"(?P<place>\p{Lu}[\p{L}\p{M}'’.]++(?:[- ]\p{Lu}[\p{L}\p{M}'’.]++){0,2}+,[^\S\n]"
    r"\p{Lu}[\p{L}\p{M}.]++(?:[^\S\n]\p{Lu}[\p{L}\p{M}.]++){0,2}+):[^\S\n]++(?=\p{Lu})"
).match
#: A lead dateline's paragraph goes on with at least this many words.
MIN_LEAD_SENTENCE_WORDS: Final = 6
#: Words that open a headline or a label before a dash, never a place.
_NOT_LEAD_PLACES: Final = frozenset(
    {
        "update",
        "updated",
        "breaking",
        "note",
        "notice",
        "correction",
        "corrected",
        "press",
        "media",
        "news",
        "video",
        "watch",
        "live",
    }
)

#: Headlines longer than this many words are taken for prose.
MAX_TITLE_WORDS: Final = 40
#: A headline has at most this many characters (`MAX_TITLE_WORDS` words of
#: ten characters): a longer line, such as a run of junk with no spaces or
#: a page printed on one line, is never a headline, and a longer title in
#: an HTML page's metadata is not used.
MAX_TITLE_CHARS: Final = 400
#: A value under a label alone on its line has at most this many words.
MAX_VALUE_WORDS: Final = 16
#: Inline ``Label: value`` metadata: how many words a label may have.
MAX_LABEL_WORDS: Final = 4
#: A ``Label: Value`` pair taken for a headline at first has a value of at
#: most this many words when it turns out to be metadata.
MAX_LABEL_VALUE_WORDS: Final = 6
#: Letterhead lines (office, person, date line) have at most this many words.
MAX_LETTERHEAD_WORDS: Final = 15
#: A line this long that opens the page may be a headline glued to the
#: first sentence.
MIN_GLUED_WORDS: Final = 25
#: A dateline alone on its line has at most this many words
#: ("OSLO, Norway, March 5, 2020 (GLOBE NEWSWIRE)").
MAX_STANDALONE_DATELINE_WORDS: Final = 8
#: A speech's salutation (``Excellencies, ladies and gentlemen,``), a short
#: line ending in a comma under the headline, opens the body; it has at
#: most this many words.
SALUTATION_WORDS: Final = 8
# Every date has a digit; three words in capitals in a row mark a case
# change worth looking at. Both run in C, before the costlier tests.
_DIGIT: Final = has_digit
_DASH: Final = regex.compile(r"[–—―]|\s-|-\s|--").search
#: How far into a line a dateline's date or dash must stand.
DATELINE_HEAD_CHARS: Final = 80
_CAPS_RUN: Final = regex.compile(r"\b\p{Lu}{2,}+\s\p{Lu}{2,}+\s\p{Lu}{2,}+\b").search
#: A unit longer than this is never taken for letterhead or chrome.
MAX_HEADER_UNIT_WORDS: Final = 40
#: How far into a header line a date is looked for.
HEADER_DATE_CHARS: Final = 300
#: How many header units a date is looked for in: a header holds a few
#: dozen at most, but a page where no body is found is all header.
HEADER_DATE_UNITS: Final = 50
#: A sign-off line this short may hold its date anywhere.
SIGN_OFF_WORDS: Final = 12
#: How many units after the body a sign-off date may stand.
SIGN_OFF_UNITS: Final = 4
#: How far below a body's name (`_Reader._body_line`) its headline may stand,
#: and the fewest words that headline has (menu items have fewer).
BODY_LOOKAHEAD: Final = 8
MIN_BODY_HEADLINE_WORDS: Final = 4
#: A navigation menu printed without bullets has at least this many items;
#: a title read off one of its lines (a site's motto, an item) at most this
#: many words.
MIN_MENU_RUN: Final = 2
MAX_MENU_TITLE_WORDS: Final = 6

# A sentence ending inside a line: a word in lower case and a full stop,
# then a capital ("... in 2001. This was ...").
_INNER_SENTENCE_END: Final = regex.compile(r"\p{Ll}{2}[.!?][\"”’]?+\s++[\"“‘]?+\p{Lu}")

_TOPIC_SEPARATORS: Final = (";", "|", ",")
# Words a printed line does not end a headline on, in the languages of the
# kind labels; articles may open a headline's second line only after such a
# word, never alone.
_CONNECTORS: Final = frozenset(
    "and or of for to on in at by with from as the a an but nor und oder für von mit "
    "zu im et ou pour de des du le la les y o para con en del el e per di da il lo и "
    "в на с по для".split()
)
_SENTENCE_END: Final = frozenset('.!?…"”’»')


@attrs.define
class _Header:
    kind: str | None = None
    title: Line | None = None
    title_text: str | None = None
    metadata: list[MetaField] = attrs.Factory(list)
    dates: list[dt.date] = attrs.Factory(list)
    # Dates of stamps in the letterhead (``Last updated: ...``): a last resort.
    stamps: list[dt.date] = attrs.Factory(list)
    offices: list[str] = attrs.Factory(list)
    #: How many of *offices* the first letterhead line naming any holds.
    first_line_offices: int = 0
    organisations: list[str] = attrs.Factory(list)
    #: Lines naming a public body alone (`_letterhead.body_name`), top down.
    bodies: list[str] = attrs.Factory(list)
    dateline: Dateline | None = None
    dropped: list[Line] = attrs.Factory(list)
    #: Lines a headline was cut off (`_Reader._split_glued`), as printed: the
    #: body keeps only their sentence, so the line is recorded as ``split``.
    split: list[Line] = attrs.Factory(list)
    #: Words printed after the date of a date line ("12 March 2024 Health"):
    #: a topic tag when the page's menus list them (`_date_line_topic`).
    date_tails: list[str] = attrs.Factory(list)
    #: The place a bar of fields names after its date (`_Reader._date_bar`).
    bar_place: str | None = None


#: A person's styles and the heads of offices, which stand right before a
#: name (``Senator Jane``, ``Prime Minister Jane``, ``Federal MP Jane``).
_NAME_LEADS: Final = frozenset(
    "senator sen hon mp mr mrs ms dr prof minister premier treasurer secretary leader "
    "spokesperson spokesman spokeswoman member president chair mayor commissioner".split()
)


#: How far before the end of a headline a style or office may stand to
#: name the person a split cuts (``Senator for Tasmania Jane``).
NAME_LEAD_REACH: Final = 4


def _cuts_name(head: str, rest: str) -> bool:
    """
    Whether a split of a headline from the sentence after it (*head*,
    *rest*) cuts through a person's name: the head ends on a capitalised
    word after a style or an office's head (``Foreign Minister Jane`` |
    ``Doe said``), or a name in apposition is cut: the sentence opens
    with its end (``Hardy,`` after ``The Minister for Trade, Sam``) or
    the head ends on its first word after a comma (``The Minister for
    Trade, Sam`` | ``Hardy said``).
    """
    words = head.split(" ")
    if not words[-1][:1].isupper():
        return False
    first = rest.split(" ", 1)[0]
    return (
        first.endswith(",")
        or (len(words) > 1 and words[-2].endswith(",") and first[:1].isupper())
        or any(w.casefold().strip(".,") in _NAME_LEADS for w in words[-NAME_LEAD_REACH:-1])
    )


_CLOSING_QUOTES: Final = '"”’»'


def _ends_like_headline(text: str) -> bool:
    """
    Whether a short line that looks like a sentence reads as a headline:
    a question or an exclamation (``Who Pays for the Bridge?``), a line
    in capitals, or one ending on a closing quote with no full stop before
    it (a quoted title: ``“Libraries in the Digital Age”``, ``Council:
    It's ‘a Done Deal’``); its last word ends in a letter or digit before
    the marks.
    """
    stripped = text.rstrip(_CLOSING_QUOTES)
    core = stripped.rstrip("?!")
    if not core[-1:].isalnum():
        return False  # a full stop, or a line of symbols
    return stripped != text or core != stripped or text.isupper()


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


def _is_letter_spaced(text: str) -> bool:
    """
    Whether *text* is display type set with spaces between its letters:
    every word of it a single letter (``s e``, a lone ``a``), or a run of
    four spaced letters opening it (``M E D I A  R E L E A S E  Senator``).
    """
    if len(text) == 1:
        return text.isalpha()
    if text[1:2] != " ":
        return False  # (cheap: most lines open with a word of two letters or more)
    if all(len(word) == 1 and word.isalpha() for word in text.split(" ")):
        return True
    return _letterhead.collapse_letter_spacing(text) is not None


def _inline_label(line: Line) -> tuple[str, str] | None:
    """
    Split ``Label: value`` when *line* is inline metadata: a known label,
    a marked line, or any short label whose value is only a release
    number (``Release Number: 05/195``): a headline's words after a colon
    are never only that (they may be only a date: ``Update: May 2017``).
    """
    label, sep, value = line.text.partition(": ")
    if not sep and _NUMBER_WORD(line.text) is not None:
        numbered = _NUMBERED_LINE.fullmatch(line.text)
        if numbered is not None and _letterhead.kind_prefix(line.text) is None:
            return numbered["label"], numbered["value"]
    if not sep or not value or word_count(label) > MAX_LABEL_WORDS:
        return None
    if _vocab.key(label) in _vocab.KNOWN_LABELS or line.marker:
        return label.strip(), value.strip()
    value = value.strip()
    if _DIGIT(value) and (_letterhead.is_reference(value) or _MEASURE(value) is not None):
        return label.strip(), value
    return None


# A value that is only a measure, a number and its unit, perhaps a second
# in brackets: the interface's reading time or count ("Reading time: 1 min
# (312 words)", "Lesezeit: 3 Minuten"); a headline's words are never only that.
_MEASURE_UNIT: Final = (
    r"\d{1,6}+[^\S\n]*+(?i:min|mins|minutes?|minuten?|minutos?|minuti|words|wörter|mots|"
    r"palabras|parole|palavras|views|aufrufe|vues|sec|seconds?|sekunden)\.?+"
)
_MEASURE: Final = regex.compile(rf"{_MEASURE_UNIT}(?:[^\S\n]*+\({_MEASURE_UNIT}\))?+").fullmatch


# A release's number printed with its label and no colon: "Release No.
# 0123.24", "Communiqué n° 42", "Press Release Number 24/85".
_NUMBER_WORD: Final = regex.compile(r"(?i)\b(?:no|nr|n[º°]|number|núm|№)\b").search
_NUMBERED_LINE: Final = regex.compile(
    r"(?P<label>(?:\p{L}++\s++){0,3}(?i:no|nr|n[º°]|number|núm|№)\.?+)\s*+(?P<value>\d[\w./-]*+)"
)


def _is_junk_token(text: str) -> bool:
    """
    ``True`` for a line longer than a headline (`MAX_TITLE_CHARS`) that is
    one ASCII token with no space: an encoded blob, a run of one character,
    a URL, never words anyone reads. (A paragraph in a script written
    without spaces is not ASCII.)
    """
    return " " not in text and text.isascii()


def _is_kind(text: str) -> bool:
    return len(text) <= _vocab.MAX_KIND_CHARS and _vocab.key(text) in _vocab.KINDS


def _is_section_name(kind: str) -> bool:
    """
    Whether the kind label *kind* is in the plural (``Press releases``):
    the name of a site's section more often than a page's own label.
    """
    label = _vocab.key(kind)
    return label.endswith("s") and label[:-1] in _vocab.KINDS


def _kind_label(text: str) -> str:
    """
    A kind label as printed without the separators set around it
    (``- Joint Media Release -``, ``Media Release:``).
    """
    return text.strip(" -–—:|") or text


class _Reader:
    """
    Reads the header off the top of the units of one page.
    """

    def __init__(
        self,
        units: Sequence[Line],
        datelines: Sequence[DatelineParser],
        reference_date: dt.date | None,
        *,
        titled: bool = False,
    ) -> None:
        self.units = list(units)
        # Whether the page states its title outside the running text (an
        # HTML page's structured data): then no opening sentence of the
        # body is taken for a headline.
        self.titled = titled
        self.split_at = -1
        self.title_end = -1
        self.datelines = datelines
        self.reference_date = reference_date
        self.header = _Header()

    def dateline_at(self, text: str, *, lead: bool = False) -> Dateline | None:
        """
        The dateline *text* opens with, or ``None``; with *lead* (*text* is
        the body's first paragraph) also a mixed-case place with a dash and
        no date (`_lead_dateline`).
        """
        for parser in self.datelines:
            found = parser.parse(text, reference_date=self.reference_date)
            if found is not None and found.raw and text.startswith(found.raw):
                return found
        return _lead_dateline(text) if lead else None

    def _untitled(self) -> bool:
        """
        Whether no headline is set yet.
        """
        return self.header.title is None

    def read(self) -> int:
        """
        Read the header; return the index of the first body unit.
        """
        header = self.header
        units = self.units
        index = 0
        while index < len(units):
            unit = units[index]
            text = unit.text
            if not text:  # a bare marker left between blocks
                header.dropped.append(unit)
                index += 1
                continue
            if header.title is None and _is_letter_spaced(text):
                spaced = self._set_solid(index)
                if spaced is None:
                    header.dropped.append(unit)
                    index += 1
                    continue
                unit, text = spaced, spaced.text
            if _is_kind(text) and (
                header.kind is None
                or (_is_section_name(header.kind) and not _is_section_name(text))
            ):
                if _is_section_name(text) and self._inside_menu_run(index):
                    # A section of the site among the items of its menu
                    # ("Newsroom", "Press Releases", "Executive Orders").
                    header.dropped.append(unit)
                    index += 1
                    continue
                # The first kind label; or the page's own label after a
                # section named in the plural over it ("Press releases",
                # then "Press release"), whose line is kept as dropped.
                if header.kind is not None:
                    header.dropped += [
                        above for above in units[:index] if _kind_label(above.text) == header.kind
                    ][-1:]
                header.kind = _kind_label(text)
                self._retract_title_before_kind(index)
                index += 1
                continue
            if is_label(text) or (
                # A label printed without its colon: "News provided by".
                text.endswith(" by")
                and _vocab.key(text) in _vocab.KNOWN_LABELS
                and index + 1 < len(units)
            ):
                index = self._label_block(index)
                continue
            if " | " in text and ": " in text and self._bar_strip(unit):
                index += 1
                continue
            if " | " in text and _DIGIT(text) and self._date_bar(index):
                index += 1
                continue
            if _letterhead.is_label_strip(text) and word_count(text) <= MAX_HEADER_UNIT_WORDS:
                self._label_strip(unit)
                index += 1
                continue
            inline = _inline_label(unit)
            if inline is not None:
                header.metadata.append(MetaField(label=inline[0], values=(inline[1],)))
                if ": " not in text:
                    header.dropped.append(unit)  # a number line, kept as printed
                index += 1
                continue
            if unit.marker:
                if header.title is not None:
                    end = self._bare_label_block(index)
                    if end > index:
                        index = end
                        continue
                break
            if self._ends_open(index) and self._continues_title(index):
                # A headline stopped on "on", "for", "to": its next printed
                # line goes on with it even when that is a date or a name.
                header.title_text = f"{header.title_text} {text}"
                header.dropped.append(unit)
                self.title_end = index
                index += 1
                continue
            if (
                header.title is None
                and not self.titled
                and is_prose(text)
                and self._headline_sentence(index)
            ):
                # A question, an exclamation, a quoted title or a line in
                # capitals before anything else: the headline, whole.
                header.title = unit
                header.title_text = self._drop_kind_and_date(text)
                self.title_end = index
                index += 1
                continue
            if self._starts_body(index):
                if self._standfirst(index):
                    header.dropped.append(unit)
                    index += 1
                    continue
                if not self.titled and self._glued_after_metadata_tail(index):
                    break
                if not self.titled and header.title is None:
                    if word_count(text) > MAX_HEADER_UNIT_WORDS and "  " in unit.raw:
                        # Letterhead columns printed on the first paragraph's line.
                        known = len(header.offices)
                        if self._letterhead(index) and not known and header.offices:
                            header.first_line_offices = len(header.offices)
                    # The calls above and below may set the headline: it is
                    # read afresh (`_untitled`), not through the narrowed
                    # ``header.title``, which compiled code would trust.
                    if self._untitled() and word_count(self.units[index].text) >= 15:
                        # The first paragraph may open with the headline.
                        self._split_glued(index)
                    if self._untitled():
                        self._headline_above_body(index)
                break
            if header.title is None and self._body_line(index):
                index += 1
                continue
            known = len(header.offices)
            kind = header.kind
            title = header.title
            if self._letterhead(index):
                if kind is None and header.kind is not None and header.title is title:
                    # A kind label printed with more (``Pressemitteilung Nr. 12``);
                    # a headline printed on its line stays.
                    self._retract_title_before_kind(index)
                if not known and header.offices:
                    header.first_line_offices = len(header.offices)
                if self.split_at == index:
                    break
                index += 1
                continue
            if header.title is None and word_count(text) >= 15:
                glued = self._split_glued(index)
                if glued is not False:
                    break  # a headline split off, or a sentence about a named person
            if header.title is None and len(text) > MAX_TITLE_CHARS and _is_junk_token(text):
                # No headline, no paragraph: a run of junk over the headline.
                header.dropped.append(unit)
                index += 1
                continue
            if header.title is None and self._is_kicker(index):
                header.dropped.append(unit)
                index += 1
                continue
            if header.title is None and self._is_title(index):
                header.title = unit
                header.title_text = text
                self.title_end = index
                index += 1
                continue
            if header.title is not None and self._continues_title(index):
                header.title_text = f"{header.title_text} {text}"
                header.dropped.append(unit)
                self.title_end = index
                index += 1
                continue
            if header.title is not None and self._headline_after_pair(index):
                index += 1
                continue
            if header.title is not None and (
                self._after_menu_run(index) or self._headline_over_metadata(index)
            ):
                # The headline under a menu run: the first title was an item.
                for between in self.units[self.title_end + 1 : index]:
                    # A public body's name alone among the lines taken for
                    # subtitles under it is the masthead (`_letterhead.body_name`).
                    name = _letterhead.body_name(between.text) if between.text else None
                    if name is not None:
                        header.bodies.append(name)
                header.dropped.append(header.title)
                header.title = unit
                header.title_text = text
                self.title_end = index
                index += 1
                continue
            if (
                header.title is not None
                and not is_prose(text)
                and not _main_content(unit)
                and not (text[-1] == "," and word_count(text) <= SALUTATION_WORDS)
            ):
                # A short line between the headline and the body: a
                # subtitle, a photo credit, a line of interface text, or
                # the release's date line (``Tuesday 15 August 2000``).
                self._note_date_line(text)
                header.dropped.append(unit)
                index += 1
                continue
            break
        return index

    def _body_line(self, index: int) -> bool:
        """
        Take unit *index*, before any headline, when it names a public body
        alone (`_letterhead.body_name`) and more header follows: the next
        line is no headline (a kind label, a breadcrumb, a menu item, a
        date, a label, another body) and a headline-shaped line comes
        within the next few. A headline that opens with a body's name
        (``Ministry of Health opens ...``) is followed by its subtitle,
        its date or its body. The body is recorded; returns whether the
        unit was taken.
        """
        units = self.units
        name = _letterhead.body_name(units[index].text)
        if name is None or index + 1 >= len(units) or _letterhead.office(name) is not None:
            return False  # (an office's line, "... Government Minister for ...", is letterhead)
        following = units[index + 1].text
        if not following or not (
            self.header.bodies  # a body under another ("Government of India", "Ministry of ...")
            or word_count(following) <= 3
            or _is_kind(following)
            or _letterhead.kind_prefix(following) is not None
            or _letterhead.breadcrumb(following) is not None
            or _letterhead.is_chrome(following)
            or is_label(following)
            or _inline_label(units[index + 1]) is not None
            or _letterhead.body_name(following) is not None
            or (_DIGIT(following) and _date_line(following, self.reference_date) is not None)
            or self.dateline_at(following) is not None
        ):
            return False
        for unit in units[index + 1 : index + 1 + BODY_LOOKAHEAD]:
            text = unit.text
            if text and is_prose(text):
                return False  # the body, with no headline before it
            if (
                text
                and MIN_BODY_HEADLINE_WORDS <= word_count(text) <= MAX_TITLE_WORDS
                and not unit.marker
                and not is_label(text)
                and not _is_kind(text)
                and _letterhead.breadcrumb(text) is None
                and _letterhead.body_name(text) is None
                and not _letterhead.is_chrome(text)
                and not (_DIGIT(text) and find_date(text) is not None)
            ):
                self.header.bodies.append(name)
                self.header.dropped.append(units[index])
                return True
        return False

    def _headline_after_pair(self, index: int) -> bool:
        """
        Take unit *index* for the headline when the line read as the
        headline just before it is one more ``Label: Value`` pair of a
        metadata block (``Portfolio: Rural Affairs`` after a strip of
        ``Label: value`` pairs or an inline pair): `_label_pair`. The pair
        is recorded as metadata. Returns whether
        the unit was taken.
        """
        header = self.header
        pair = _label_pair(header.title_text or "")
        if pair is None or self.title_end != index - 1 or index < 2:
            return False
        text = self.units[index].text
        if not (
            self._metadata_line(index - 2)
            and 3 <= word_count(text) <= MAX_TITLE_WORDS
            and len(text) <= MAX_TITLE_CHARS
            and not is_prose(text)
            and not is_label(text)
            and not _is_kind(text)
            and not self._letterhead_shape(text)
        ):
            return False
        header.metadata.append(MetaField(label=pair[0], values=(pair[1],)))
        if header.title is not None:
            header.dropped.append(header.title)
        header.title = self.units[index]
        header.title_text = text
        self.title_end = index
        return True

    def _metadata_line(self, index: int) -> bool:
        """
        Whether unit *index* is a metadata line: a strip of ``Label:
        value`` pairs or one inline pair (`_inline_label`).
        """
        unit = self.units[index]
        return ": " in unit.text and (
            _letterhead.is_label_strip(unit.text) or _inline_label(unit) is not None
        )

    def _glued_after_metadata_tail(self, index: int) -> bool:
        """
        When the body starts at unit *index* right under the line read as
        the headline, and that line follows a metadata line and is only
        one more ``Label: Value`` pair (`_label_pair`) or the last words of
        the line above wrapped onto a line of their own (three capitalised
        words at most: ``Related: Welfare and Community`` | ``Housing``),
        take the headline glued to the start of the paragraph instead
        (`_split_glued`): the short line was the metadata's. Returns
        whether the headline was replaced.
        """
        header = self.header
        title = header.title
        text = header.title_text or ""
        if (
            title is None
            or self.title_end != index - 1
            or index < 2
            or not self._metadata_line(index - 2)
            or word_count(self.units[index].text) < MIN_GLUED_WORDS
        ):
            return False
        pair = _label_pair(text)
        words = text.split(" ")
        if pair is None and not (
            len(words) <= 3 and all(w[:1].isupper() for w in words) and text[-1] not in ".!?:…"
        ):
            return False
        header.title = None
        header.title_text = None
        if not self._split_glued(index):
            header.title = title
            header.title_text = text
            return False
        if pair is not None:
            header.metadata.append(MetaField(label=pair[0], values=(pair[1],)))
        header.dropped.append(title)
        return True

    def _split_glued(self, index: int) -> bool | None:
        """
        Take the headline printed at the start of unit *index*, glued to
        the first sentence of the body (`_letterhead.split_title_case_lead`,
        `_letterhead.split_glued_headline`); the unit keeps the sentence.
        Returns whether a headline was found, or ``None`` when the split
        would cut through a person's name (`_cuts_name`) or keep a
        letterhead: the unit is then a sentence about a named person.
        """
        unit = self.units[index]
        text = unit.text
        split = _letterhead.split_title_case_lead(text)
        if split is not None and not is_prose(split[1]):
            # What follows a headline glued to the body is running
            # text; a headline in sentence case stops nowhere.
            split = None
        if split is None and word_count(text) >= MIN_GLUED_WORDS:
            split = _letterhead.split_glued_headline(text)
        if split is None and "  " in unit.raw:
            split = _split_at_gap(unit)
        if split is None or len(split[0]) > MAX_TITLE_CHARS:
            return False
        if _cuts_name(*split) or _letterhead.opens_with_person(split[0]):
            return None
        split = self._cut_date_between(*split)
        self.header.split.append(unit)  # (the line as printed, inspectable)
        self.header.title = unit
        self.header.title_text = self._drop_kind_and_date(split[0])
        self.units[index] = unit._replace(text=split[1])
        return True

    def _cut_date_between(self, head: str, rest: str) -> tuple[str, str]:
        """
        A headline split from the sentence after it (*head*, *rest*)
        without the date printed between them, which the split may have
        cut through (``... TAFES 6`` | ``September 2006 Jane Roe has ...``);
        the date is recorded.
        """
        last = head.rsplit(" ", 1)[-1]
        if not (_DIGIT(last) or _DIGIT(rest[:1])):
            return head, rest
        joined = f"{last} {rest}" if _DIGIT(last) else rest
        found = find_date(joined[:DATELINE_HEAD_CHARS], reference_date=self.reference_date)
        if found is None or found.span[0] != 0:
            return head, rest
        after = joined[found.span[1] :].lstrip(" ,-–—|")
        if not after[:1].isupper():
            return head, rest
        self.header.dates.append(found.date)
        if _DIGIT(last):
            head = head[: -len(last)].rstrip()
        return head, after

    def _drop_kind_and_date(self, text: str) -> str:
        """
        A headline cut from a long line without the kind label or date
        printed before it (``Media Release 7 May 2015 Headline``, ``7 May
        2015 Headline``); they are recorded.
        """
        header = self.header
        split = _letterhead.kind_prefix(text)
        if split is not None and header.kind is None:
            header.kind = split[0]
        rest = text if split is None else split[1]
        found = find_date(rest, reference_date=self.reference_date) if _DIGIT(rest[:1]) else None
        if found is not None and found.span[0] == 0:
            header.dates.append(found.date)
            rest = rest[found.span[1] :].lstrip(" ,-–—|:;")
        return rest if word_count(rest) >= 2 else text

    def _set_solid(self, index: int) -> Line | None:
        """
        Set the letter-spaced words of unit *index* solid, in place; return
        the new unit, or ``None`` when the unit is only spaced letters that
        make no words: the pieces of a label wrapped letter by letter
        (``M e d i``, ``a``, ``R e l e a``) or a logo.
        """
        unit = self.units[index]
        # The raw line tells the gaps between words from those in a word.
        raw = _letterhead.collapse_letter_spacing(unit.raw)
        if raw is None:
            return None  # single letters only, too few to be a spaced word
        text = " ".join(raw.split())
        if " " not in text and not _is_kind(text):
            return None
        # The spaced line is kept as printed among the dropped lines.
        self.header.dropped.append(unit)
        solid = unit._replace(text=text, raw=raw)
        self.units[index] = solid
        return solid

    def _retract_title_before_kind(self, index: int) -> None:
        # A headline taken before the kind label was letterhead or chrome
        # when a headline-shaped line follows the label.
        header = self.header
        following = self._after_header_lines(index + 1)
        if (
            header.title is not None
            and following is not None
            and not following.marker
            and not is_sentence(following.text)
            and not is_label(following.text)
            and not self._letterhead_shape(following.text)
        ):
            header.dropped.append(header.title)
            header.title = None
            header.title_text = None

    def _after_header_lines(self, index: int) -> Line | None:
        """
        The first unit from *index* on that is not a header line of its
        own: past a standalone dateline or date line, a ``Label: value``
        pair, a label, a release number, interface text (``FOR IMMEDIATE
        RELEASE``), a short way down; ``None`` past the end.
        """
        for unit in self.units[index : index + BODY_LOOKAHEAD]:
            text = unit.text
            if unit.marker or not text:
                return unit
            if not (
                is_label(text)
                or _inline_label(unit) is not None
                or _letterhead.is_label_strip(text)
                or (word_count(text) <= MAX_LETTERHEAD_WORDS and _letterhead.is_chrome(text))
                or self._standalone_dateline(text)
            ):
                return unit
        return None

    def _standalone_dateline(self, text: str) -> bool:
        """
        Whether *text* is a dateline alone on its line with a date
        ("March 12, 2024 – Regina, Saskatchewan"); a short line with a digit
        only is looked at.
        """
        if word_count(text) > MAX_STANDALONE_DATELINE_WORDS or not _DIGIT(text):
            return False
        found = self.dateline_at(text)
        return found is not None and found.date is not None and found.raw.strip() == text

    def _ends_open(self, index: int) -> bool:
        """
        Whether the headline was read from the unit just before *index*
        and stops on a connecting word (``New Fares to Start on``).
        """
        title = self.header.title_text
        return (
            title is not None
            and self.title_end == index - 1
            and title.rsplit(" ", 1)[-1].casefold() in _CONNECTORS
        )

    def _continues_title(self, index: int) -> bool:
        """
        Whether unit *index* is the next printed line of a headline, in the
        same case: the headline stops mid-phrase (a dash, colon, comma or
        connecting word), the line opens with a connecting word, or both
        are set in capitals right under one another.
        """
        title = self.header.title_text or ""
        unit = self.units[index]
        text = unit.text
        if (
            not title
            or unit.marker
            or title[-1] in ".!?"
            or is_prose(text)
            or word_count(title) + word_count(text) > MAX_TITLE_WORDS
            or len(title) + len(text) >= MAX_TITLE_CHARS
            or title.isupper() != text.isupper()
        ):
            return False
        if any(between.text for between in self.units[self.title_end + 1 : index]):
            # A headline's next printed line stands right under it: lines
            # taken for subtitles or a date line in between part them.
            return False
        last = title.rsplit(" ", 1)[-1].casefold()
        first, _, after = text.partition(" ")
        first = first.casefold()
        if first == "by" and (
            _letterhead.is_person(after.rstrip("*")) or _letterhead.looks_like_name(after)
        ):
            return False  # a byline under the headline: "By Dr Jane Roe"
        return (
            title[-1] in "-–—:,&"
            or last in _CONNECTORS
            or (first in _CONNECTORS and first not in _vocab.ARTICLES)
            or (title.isupper() and index == self.title_end + 1 and word_count(text) <= 8)
        )

    def _is_kicker(self, index: int) -> bool:
        """
        Whether unit *index* is a kicker: one or two words over a headline
        (``Environment``, then the headline on the next line). A short
        question or exclamation (``Why now?``) is a headline.
        """
        text = self.units[index].text
        if word_count(text) > 2 or index + 1 >= len(self.units) or text[-1] in "?!":
            return False
        following = self.units[index + 1]
        words = word_count(following.text)
        return (
            not following.marker
            and 3 <= words <= MAX_TITLE_WORDS
            and not is_prose(following.text)
            and not is_label(following.text)
            and not _is_kind(following.text)
            and following.text[-1] not in ".!?:"
        )

    def _label_strip(self, unit: Line) -> None:
        """
        Read a strip of ``Label: value`` pairs (``[Dateline: Vienna |
        Author: UNODC]``): a kind label it opens with, and its pairs when a
        bar separates them (without bars their bounds cannot be told).
        """
        header = self.header
        text = unit.text
        split = _letterhead.kind_prefix(text)
        if split is not None and header.kind is None:
            header.kind = split[0]
        if "|" in text:
            for piece in text.strip("[]() ").split("|"):
                label, sep, value = piece.strip(" []").partition(": ")
                if sep and value and word_count(label) <= MAX_LABEL_WORDS:
                    header.metadata.append(MetaField(label=label, values=(value,)))
        header.dropped.append(unit)

    def _starts_body(self, index: int) -> bool:
        """
        Whether unit *index* is the first paragraph of the body.
        """
        text = self.units[index].text
        if not is_prose(text) or _letterhead.starts_with_address(text):
            return False
        if self.header.title is not None:
            return True
        # Before any headline: prose ending like a sentence starts the body
        # unless it is the headline itself (a kind label or a metadata block
        # says so, or the next unit opens with a dateline). The last unit of
        # the page is never the headline: a body follows a headline.
        last = index + 1 == len(self.units)
        if text[-1] not in _SENTENCE_END or word_count(text) <= MAX_TITLE_WORDS // 2:
            if (self.header.kind is not None or self.header.metadata) and not last:
                return False
            if text[-1] not in _SENTENCE_END:
                return False
        return not self._headline_by_context(index)

    def _after_menu_run(self, index: int) -> bool:
        """
        Whether unit *index* is the headline and the title read before it
        (short, no digits) an item of a navigation menu printed without
        bullets, on a page that states no headline of its own: two or more
        menu items (short lines of at most three words, no digits, no
        closing punctuation) stand between them, and the unit is
        headline-shaped (four words or more, no sentence, label, kind
        label, letterhead or date).
        """
        start = self.title_end + 1
        title = self.header.title_text or ""
        if (
            index - start < MIN_MENU_RUN
            or self.titled  # (the page states its headline)
            or word_count(title) > MAX_MENU_TITLE_WORDS
            or _DIGIT(title)
        ):
            return False
        if not self._headline_shaped(self.units[index]):
            return False
        # The menu items, then (over the headline) any header lines the
        # site prints between its menu and its headline: a date line, a
        # ``Label: value`` pair, a breadcrumb, a kind label with its number.
        items = 0
        tail = False
        for unit in self.units[start:index]:
            text = unit.text
            if not text or unit.marker:
                return False
            if not tail and self._menu_item(unit):
                items += 1
                continue
            if not self._header_line_over_headline(unit):
                return False
            tail = True
        if tail and items and self.title_end > 0:
            # Over a header line the menu may end one item after the title
            # ("Home", "News" read as the title, "Press releases").
            above = self.units[self.title_end - 1]
            items += self._menu_item(above)
        return items >= MIN_MENU_RUN

    def _inside_menu_run(self, index: int) -> bool:
        """
        Whether unit *index* stands inside a menu printed without bullets:
        menu items (`_menu_item`) right above and right below it, the one
        below no kind label.
        """
        units = self.units
        return (
            0 < index < len(units) - 1
            and self._menu_item(units[index - 1])
            and self._menu_item(units[index + 1])
            and not _is_kind(units[index + 1].text)
        )

    @staticmethod
    def _menu_item(unit: Line) -> bool:
        """
        Whether *unit* is shaped like an item of a menu printed without
        bullets: at most three words, no digits, no closing punctuation.
        """
        text = unit.text
        return (
            bool(text)
            and not unit.marker
            and word_count(text) <= 3
            and not _DIGIT(text)
            and text[-1] not in ".!?:"
        )

    def _header_line_over_headline(self, unit: Line) -> bool:
        """
        Whether *unit* is a line of the header a site prints between its
        menu and its headline: a date line (``12 March 2024``), a ``Label:
        value`` pair (``Published: 12 March 2024``), a breadcrumb trail
        (``Home › News``), a kind label with or without its number
        (``Comunicato stampa n. 45 del 12/03/2024``), or interface text.
        """
        text = unit.text
        if _is_kind(text) or _letterhead.breadcrumb(text) is not None:
            return True
        if _inline_label(unit) is not None or _letterhead.kind_prefix(text) is not None:
            return True
        return bool(_DIGIT(text)) and (
            _date_line(text, self.reference_date) is not None
            or (word_count(text) <= MAX_LETTERHEAD_WORDS and _letterhead.is_chrome(text))
        )

    def _headline_shaped(self, unit: Line) -> bool:
        """
        Whether *unit* reads as a headline: unmarked, of
        `MIN_BODY_HEADLINE_WORDS` to `MAX_TITLE_WORDS` words, and no
        sentence, label, kind label, letterhead or line with digits.
        """
        text = unit.text
        return not (
            word_count(text) < MIN_BODY_HEADLINE_WORDS
            or word_count(text) > MAX_TITLE_WORDS
            or len(text) > MAX_TITLE_CHARS
            or unit.marker
            or is_sentence(text)
            or is_label(text)
            or _is_kind(text)
            or _DIGIT(text)
            or self._letterhead_shape(text)
        )

    def _headline_over_metadata(self, index: int) -> bool:
        """
        Whether unit *index* is the headline and the title read on the line
        just before it (short, no digits) the last item of a breadcrumb or
        a section name: on a page that states no headline of its own, the
        unit is headline-shaped (four words or more, no sentence, label,
        kind label, letterhead or date) and the header's metadata starts
        right under it (a label such as ``From:``, a kind label, a date
        line), as it does under a headline.
        """
        title = self.header.title_text or ""
        if (
            self.title_end != index - 1
            or self.titled
            or index + 1 >= len(self.units)
            or word_count(title) > MAX_MENU_TITLE_WORDS
            or _DIGIT(title)
        ):
            return False
        if not self._headline_shaped(self.units[index]):
            return False
        following = self.units[index + 1]
        return not following.marker and (
            is_label(following.text)
            or _is_kind(following.text)
            or _inline_label(following) is not None
        )

    def _standfirst(self, index: int) -> bool:
        """
        Whether unit *index*, a sentence under the headline, is its summary
        (a standfirst) because the metadata block follows it (``From:``,
        ``Published ...``): the header is not over yet.
        """
        if (
            self.header.title is None
            or self.title_end != index - 1
            or index + 1 >= len(self.units)
        ):
            return False
        following = self.units[index + 1]
        if is_label(following.text):
            # (A sub-heading ending in a colon opens a section of the body.)
            known = _vocab.key(following.text) in _vocab.KNOWN_LABELS
        else:
            inline = _inline_label(following)
            known = inline is not None and _vocab.key(inline[0]) in _vocab.KNOWN_LABELS
        # The body follows the block; a page whose only paragraph this is
        # has no standfirst.
        return known and any(
            is_prose(unit.text) for unit in self.units[index + 2 : index + 2 + BODY_LOOKAHEAD]
        )

    def _headline_above_body(self, index: int) -> None:
        """
        When the body starts at unit *index* and no headline was found, take
        the line right above it (past a date line or a reference) that was
        read as letterhead, when it is headline-shaped: a headline printed
        alone on its line right over the first paragraph, in capitals or
        title case, reads like a short letterhead part (``FIJI VISIT`` like a
        name, ``AMBASSADOR FOR TRADE ISSUES`` like an office). It has two
        words or more, no digits, no column gaps, and is no kind label,
        label, interface text, person's or seat's line; a line that is all
        office or organisation is taken only when a date line or kind label
        stands over it (where a letterhead ends and its headline follows),
        and a bare name the first paragraphs repeat is the issuer's.
        """
        units = self.units
        recent = self.header.dropped[-4:]
        back = index - 1
        while back >= 0 and _DIGIT(units[back].text) and _letterhead.is_chrome(units[back].text):
            back -= 1  # a date line or reference under the headline
        if back < 0 or not any(unit is units[back] for unit in recent):
            return
        unit = units[back]
        text = unit.text
        if (
            unit.marker
            or not 2 <= word_count(text) <= MAX_TITLE_WORDS
            or text[-1] in ":.,;"
            or _DIGIT(text)
            or _COLUMN_GAP.search(unit.raw.strip()) is not None
            or _is_kind(text)
            or is_label(text)
            or _letterhead.is_chrome(text)
            or _letterhead.is_person(text)
            or _letterhead.opens_with_person(text)
            or _letterhead.is_seat(text)
            or _letterhead.kind_prefix(text) is not None
            or _letterhead.breadcrumb(text) is not None
        ):
            return
        if _letterhead.looks_like_name(text) and any(
            text in following.text for following in units[index : index + 2]
        ):
            return  # the issuer's name, which the body names too
        if _letterhead.office_words(text) * 2 >= word_count(text) or (
            _letterhead.letterhead_organisation(text) == text
        ):
            above = units[back - 1].text if back > 0 else ""
            if not above or not (_is_kind(above) or _letterhead.is_chrome(above)):
                return
        self.header.title = unit
        self.header.title_text = text
        self.title_end = back

    def _headline_sentence(self, index: int) -> bool:
        """
        Whether unit *index*, a short sentence before any headline, is the
        headline: more follows it, it ends like no statement
        (`_ends_like_headline`) and is no letterhead.
        """
        text = self.units[index].text
        return (
            word_count(text) <= MAX_TITLE_WORDS // 2
            and len(text) <= MAX_TITLE_CHARS
            and index + 1 < len(self.units)
            and _ends_like_headline(text)
            and not self._letterhead_shape(text)
            and not _letterhead.opens_with_person(text)
        )

    def _headline_by_context(self, index: int) -> bool:
        if self.header.kind is not None or self.header.metadata:
            followed = index + 1 < len(self.units)
            text = self.units[index].text
            words = word_count(text)
            # A longer unit with a sentence ended inside it, or ending on a
            # full stop, is a paragraph: a headline is one sentence, with
            # no full stop when it is long.
            return (
                followed
                and words <= MAX_TITLE_WORDS
                and (
                    words <= MAX_TITLE_WORDS // 2
                    or (text[-1] != "." and _INNER_SENTENCE_END.search(text) is None)
                )
            )
        if index + 1 < len(self.units):
            following = self.units[index + 1].text
            return (
                is_label(following)
                or _is_kind(following)
                or self.dateline_at(following) is not None
            )
        return False

    def _is_title(self, index: int) -> bool:
        unit = self.units[index]
        text = unit.text
        if (
            len(text) > MAX_TITLE_CHARS
            or word_count(text) > MAX_TITLE_WORDS
            or _letterhead.is_chrome(text)
        ):
            return False
        # A long line opening with a dateline is the body's first paragraph;
        # a dateline has a date or a dash early on, so others skip the test.
        head = text[:DATELINE_HEAD_CHARS]
        if word_count(text) <= 12 or not (_DIGIT(head) or _DASH(head)):
            return True
        return self.dateline_at(text) is None

    def _letterhead_shape(self, text: str) -> bool:
        if word_count(text) > MAX_LETTERHEAD_WORDS or text[-1] in ".!?":
            return False
        return (
            _letterhead.office(text) is not None
            or _letterhead.is_person(text)
            or _letterhead.is_chrome(text)
        )

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
        long_unit = word_count(text) > MAX_HEADER_UNIT_WORDS
        if long_unit and (header.title is not None or "  " not in unit.raw):
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
        parts = _parts(unit)
        if len(parts) > 1:
            parts = _join_wrapped_offices(parts)
        if len(parts) == 1 and word_count(parts[0]) > MAX_LETTERHEAD_WORDS:
            return False
        body: list[str] = []
        if long_unit:
            # Letterhead columns, perhaps with the headline, printed on the
            # line of the first paragraph: read up to the first column of prose.
            cut = _first_prose_part(parts)
            if cut is None:
                return False
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

    def _note_date_line(self, text: str) -> None:
        """
        Record the date of a header line that is a date line (`_date_line`).
        """
        if _DIGIT(text):
            found = _date_line(text, self.reference_date)
            if found is not None:
                self.header.dates.append(found)
                # A date first, then a few words with no digits: perhaps a
                # topic tag ("12 March 2024 Health").
                at = find_date(text, reference_date=self.reference_date)
                if at is not None and not text[: at.span[0]].strip():
                    tail = text[at.span[1] :].strip(" ,|-–—·")
                    if tail[:1].isupper() and not _DIGIT(tail) and word_count(tail) <= 3:
                        self.header.date_tails.append(tail)

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
            if _is_stamp(rest, found.span):
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
        if taken:
            if rest and not self._claim(rest, unclaimed):
                unclaimed.append(rest)
            return True
        if rest[-1:] in ("!", "?") or (rest[-1:] == "." and not _initialled_name(rest)):
            return False  # a sentence
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

    def _label_block(self, index: int) -> int:
        """
        Read a label alone on its line (``- Date:``) and the values under it.
        """
        units = self.units
        label_line = units[index]
        values: list[str] = []
        index += 1
        while index < len(units):
            line = units[index]
            text = line.text
            if (
                not text
                or is_label(text)
                or bool(line.marker) != bool(label_line.marker)
                or _inline_label(line) is not None
            ):
                break
            if line.marker and word_count(text) > MAX_VALUE_WORDS:
                break
            if (
                not line.marker
                and word_count(text) > MAX_VALUE_WORDS
                and self.dateline_at(text, lead=True) is not None
            ):
                break  # the body, opening with its dateline, under a label with no value
            if not line.marker and word_count(text) > MAX_TITLE_WORDS:
                break
            values.append(text)
            index += 1
            if not line.marker:
                break  # an unmarked label takes one unmarked value line
        label = label_line.text[:-1] if label_line.text.endswith(":") else label_line.text
        self.header.metadata.append(MetaField(label=label.strip(), values=values))
        return index

    def _bare_label_block(self, index: int) -> int:
        """
        Read the metadata block under the headline whose labels have lost
        their colons (``- Place``, ``- GENEVA``, ``- Source``, ...: see
        `is_bare_label_block`), from unit *index* to the end of its bulleted
        run; each label takes the values under it. Returns the index after
        the block, or *index* when the run is not such a block.
        """
        units = self.units
        end = index
        while end < len(units) and units[end].marker:
            end += 1
        if not is_bare_label_block(units[index:end]):
            return index
        fields: list[tuple[str, list[str]]] = []
        for line in units[index:end]:
            if fields and _vocab.key(line.text) not in _vocab.KNOWN_LABELS:
                fields[-1][1].append(line.text)
            else:
                fields.append((line.text, []))
        self.header.metadata += [MetaField(label=label, values=values) for label, values in fields]
        return end

    def _date_bar(self, index: int) -> bool:
        """
        Read unit *index* when it is a bar of short fields without labels,
        three or four, one of them a date: ``Press release | 12 March 2024 |
        Brussels``,
        ``March 12, 2024 | Ottawa, Ontario | Health Canada``. The date is
        the release's, a kind label its kind, and a place's name printed
        right after the date (`_bar_place`) its place. Every field but the
        date is free of digits. Returns whether the unit was taken.
        """
        header = self.header
        unit = self.units[index]
        fields = [field.strip() for field in unit.text.split(" | ")]
        if not MIN_BAR_FIELDS <= len(fields) <= MAX_BAR_FIELDS or any(
            not field or word_count(field) > MAX_BAR_FIELD_WORDS for field in fields
        ):
            return False
        # A time of day beside the date ("12-03-2024 | 14:30") is part of
        # the date's stamp, not a field of its own.
        dated = [
            i for i, field in enumerate(fields) if _DIGIT(field) and not _BAR_TIME.fullmatch(field)
        ]
        if len(dated) != 1:
            return False
        date = parse_date(fields[dated[0]], reference_date=self.reference_date)
        if date is None:
            return False
        header.dates.append(date)
        header.dropped.append(unit)
        after = dated[0] + 1
        if after < len(fields) and _bar_place(fields[after]):
            header.bar_place = fields[after]
        kinds = [field for field in fields if _is_kind(field)]
        if kinds and header.kind is None:
            header.kind = _kind_label(kinds[0])
            self._retract_title_before_kind(index)
        return True

    def _bar_strip(self, unit: Line) -> bool:
        """
        Read a header line of parts set between bars when one part is a
        known ``Label: value`` pair (``March 12, 2024 07:00 ET | Source:
        Helio Inc.``): the pairs are metadata, a date part is the header's
        date. A strip set in brackets (``[Dateline: Vienna | Author:
        UNODC]``) is read without them. Returns whether the line was read so.
        """
        text = unit.text
        if text[:1] + text[-1:] in ("[]", "()"):
            text = text[1:-1].strip()
        parts = [part.strip() for part in text.split(" | ")]
        pairs = [part.partition(": ") for part in parts]
        if word_count(unit.text) > MAX_HEADER_UNIT_WORDS or not any(
            sep and _vocab.key(label) in _vocab.KNOWN_LABELS for label, sep, _ in pairs
        ):
            return False
        for part, (label, sep, value) in zip(parts, pairs, strict=True):
            if sep and value and word_count(label) <= MAX_LABEL_WORDS:
                self.header.metadata.append(MetaField(label=label, values=(value.strip(),)))
            else:
                self._note_date_line(part)
        self.header.dropped.append(unit)
        return True


#: A bar of fields (`_Reader._date_bar`) has three or four fields (a date
#: and one word, "4 June 2024 | Transport", may be a date line and its
#: topic: `_date_line_topic`), each of at most this many words.
MIN_BAR_FIELDS: Final = 3
MAX_BAR_FIELDS: Final = 4
MAX_BAR_FIELD_WORDS: Final = 6
# A time of day as a bar's field: "14:30", "9.45", "10h30", "2:05 PM",
# "14:30 CET".
_BAR_TIME: Final = regex.compile(
    r"\d{1,2}+[:.h]\d\d(?:[ ]?+[AaPp]\.?+[Mm]\.?+)?+(?:[ ]\p{Lu}{2,5}+)?+"
)
# A place's name in a bar: one to three capitalised words, then perhaps a
# comma and a region of one to three more ("Brussels", "Ottawa, Ontario").
_BAR_PLACE: Final = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’.-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'’.-]*+){0,2}+"
    r"(?:,[ ]\p{Lu}[\p{L}\p{M}'’.-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'’.-]*+){0,2}+)?+"
)


def _bar_place(text: str) -> bool:
    """
    Whether the field *text* of a bar is a place's name: capitalised words
    and perhaps a region after a comma (`_BAR_PLACE`), and no kind label,
    office, organisation or public body.
    """
    return (
        _BAR_PLACE.fullmatch(text) is not None
        and not _is_kind(text)
        and _letterhead.office(text) is None
        and _letterhead.organisation(text) is None
        and _letterhead.body_name(text) is None
    )


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
    r"(?:Street|St|Road|Rd|Avenue|Ave|Parade|Pde|Terrace|Tce|Drive|Dr|Lane|Highway|Hwy|Place)\b"
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


def _label_pair(text: str) -> tuple[str, str] | None:
    """
    *text* as a ``Label: Value`` pair of a metadata block, or ``None``: a
    one-word capitalised label and a short value in title case
    (``Portfolio: Rural Affairs``).
    """
    label, sep, value = text.partition(": ")
    words = value.split(" ")
    if (
        sep
        and label.isalpha()
        and label[:1].isupper()
        and len(words) <= MAX_LABEL_VALUE_WORDS
        and all(w[:1].isupper() or w in _CONNECTORS or w == "&" for w in words)
    ):
        return label, value
    return None


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


_COLUMN_GAP: Final = regex.compile(r"[ \t]{2,}|\s\|\s")


#: A headline set apart from its first paragraph by a column gap has at
#: most this many words.
MAX_GAP_HEADLINE_WORDS: Final = 30


def _split_at_gap(unit: Line) -> tuple[str, str] | None:
    """
    Split a headline from the first paragraph printed after it on the same
    line, set apart by a column gap (two spaces or more in crawled text:
    ``Ferry fares frozen  The Minister for ...``). Gaps also mark where a
    paragraph's printed lines wrapped, so the cut is made at the first gap
    that can end a headline: the words before it (three or more) stop on
    no connecting word or open punctuation and end no sentence, the words
    after it open with a capital and run on as prose, and the column before
    the gap is clearly shorter than the longest after it (a wrapped
    paragraph's lines fill the width, a headline does not). Lines where
    most words stand between gaps (justified text) are not cut.
    """
    raw = " ".join(piece.strip() for piece in unit.raw.split("\n"))
    columns = [" ".join(column.split()) for column in _COLUMN_GAP.split(raw.strip())]
    columns = [column for column in columns if column]
    if (
        len(columns) < 2
        or len(columns) * 3 > word_count(unit.text)
        or " ".join(columns) != unit.text  # (a unit already cut)
    ):
        return None
    words = 0
    for cut in range(1, len(columns)):
        before, after = columns[cut - 1], columns[cut]
        words += word_count(before)
        if words > MAX_GAP_HEADLINE_WORDS or before[-1] in ".!?":
            return None
        if (
            words < 3
            or not (after[0].isupper() or after[0] in "\"“‘'")
            or before[-1] in ",:;-–—&"
            or before.rsplit(" ", 1)[-1].casefold() in _CONNECTORS
        ):
            continue
        rest = " ".join(columns[cut:])
        if len(before) * 4 < max(map(len, columns[cut:])) * 3 and is_prose(rest):
            return " ".join(columns[:cut]), rest
    return None


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
_STYLES: Final = frozenset("senator sen hon mr mrs ms dr prof".split())
#: Roles a letterhead prints right before its holder's name.
_NAMED_ROLES: Final = frozenset("spokesperson spokesman spokeswoman".split())
# The offices prose names before the holder ("Foreign Minister Jane Roe").
_HOLDER_ROLES: Final = frozenset("minister treasurer".split())
#: How many units from the top the page's mention of an office holder
#: (`_Reader._office_and_holder`) is looked for in.
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


#: On HTML pages, a line of the main content this long is body even when it
#: does not end like a sentence (a subtitle, a lead-in set as a heading).
MIN_MAIN_CONTENT_CHARS: Final = 40


def _main_content(unit: Line) -> bool:
    return unit.zone == "main" and len(unit.text) >= MIN_MAIN_CONTENT_CHARS


def _paragraph(line: Line) -> str:
    return f"{line.marker} {line.text}" if line.marker else line.text


def split_topics(value: str, known: Callable[[str], bool] = lambda term: False) -> list[str]:
    """
    Split a one-line topic list, keeping terms the page itself lists whole.

    ``"Rule of law, Human rights"`` gives two topics. A run of pieces that
    *known* accepts (case-folded) as one of the page's own terms, such as a
    term with a comma in it, stays one topic.
    """
    value = value.strip()
    if not value:
        return []
    separator = next((s for s in _TOPIC_SEPARATORS if s in value), None)
    if separator is None or known(value.casefold()):
        return [value]
    pieces = [p.strip() for p in value.split(separator)]
    topics: list[str] = []
    start = 0
    while start < len(pieces):
        end = len(pieces)
        while end > start + 1 and not known(f"{separator} ".join(pieces[start:end]).casefold()):
            end -= 1
        joined = f"{separator} ".join(pieces[start:end])
        if joined:
            topics.append(joined)
        start = end
    return topics


def _date_line_topic(
    tails: Sequence[str], removed: Sequence[Boilerplate], dropped: Sequence[Line]
) -> list[str]:
    """
    The topic tag a date line prints after its date ("12 March 2024
    Health"): the first of *tails* that is a whole item of the page's menus
    (removed by the strippers, or lines of the header the reader *dropped*
    as chrome), as a list of one; else none. A word after the date that the
    menus do not list (a place, a kind label) is no topic.
    """
    if not tails:
        return []
    items = {
        line.strip().lstrip(BULLET_CHARS).strip().casefold()
        for block in removed
        if block.kind in ("menu", "template")
        for line in block.lines
    }
    items.update(line.text.casefold() for line in dropped)
    return next(([tail] for tail in tails if tail.casefold() in items), [])


def _menu_terms(removed: Sequence[Boilerplate], separator: str) -> Callable[[str], bool]:
    """
    A test for whether a case-folded term holding *separator* is an item
    of the page's menus.

    The menus are joined into one case-folded text, built on the first
    question only, and a term is looked up as a whole line of it.
    """
    text: str | None = None

    def known(term: str) -> bool:
        nonlocal text
        if text is None:
            # Only items holding a separator can match a run of pieces
            # joined by one. The menus are joined in C first, and the items
            # are looked at one by one only when a separator is there at all.
            menus = "\n".join(
                "\n".join(block.lines) for block in removed if block.kind in ("menu", "template")
            )
            joined = (
                "\n".join(
                    line.strip().lstrip(BULLET_CHARS).strip()
                    for line in menus.split("\n")
                    if separator in line
                )
                if separator in menus
                else ""
            )
            text = f"\n{joined.casefold()}\n"
        return f"\n{term}\n" in text

    return known


def _first(keyed: Sequence[tuple[str, MetaField]], labels: frozenset[str]) -> MetaField | None:
    for key, field in keyed:
        if key in labels:
            return field
    return None


#: Words that mark a date as a stamp of when a page was changed, printed
#: or copied or what state it reports (``Last updated: 19 November 2002``,
#: ``Current as at 31 May 2017``, ``Copyright © 19.12.2019``), not when the
#: release was issued.
_STAMP_WORDS: Final = (
    "update",
    "modified",
    "as at ",
    "as of ",
    "printed",
    "accessed",
    "copyright",
    "©",
)
#: How far before a date a stamp word is looked for.
STAMP_CHARS: Final = 24
#: A date line holds at most this many words besides the date.
DATE_LINE_EXTRA_WORDS: Final = 4
#: A line this long is never a date line.
DATE_LINE_WORDS: Final = 12
#: Nor a line this many characters long (a few words of no spaces).
DATE_LINE_CHARS: Final = 200


def _has_address(text: str) -> bool:
    """
    Whether *text* holds a web address.
    """
    return "//" in text or "www." in text or ".htm" in text


def _is_stamp(text: str, span: tuple[int, int]) -> bool:
    """
    Whether the date at *span* in *text* is a stamp: it follows a web
    address or comes right before one (the line a browser prints at the
    top or foot of a page, ``http://... [21/05/2002 1:28:50]``,
    ``14/10/2009 http://...``), or follows a stamp word (``Last update:``,
    ``as at``). It tells when the page was printed or changed, or how old
    its figures are: on or after the release date, but often not on it.
    """
    start, end = span
    # Windows, not text[:start] and text[end:]: asked about every date of a
    # long unit in turn, copies of the text around each would be quadratic.
    after = text[end : end + STAMP_CHARS].lstrip()
    if len(after) < 4 and end + STAMP_CHARS < len(text):
        after = text[end:].lstrip()  # a run of white space after the date
    if _address_end(text) <= start or after[:4] in ("http", "www."):
        return True
    before = text[max(0, start - STAMP_CHARS) : start].casefold()
    return any(word in before for word in _STAMP_WORDS)


#: The last text `_address_end` was asked about, and its answer.
_LAST_ADDRESS_END: tuple[str, int] = ("", 1)


def _address_end(text: str) -> int:
    """
    Where the first web address mark (`_has_address`) in *text* ends, or
    past the end when there is none: ``_has_address(text[:start])`` is
    ``_address_end(text) <= start``. The answer for the last text is kept,
    since `_is_stamp` asks about every date of one text in turn.
    """
    global _LAST_ADDRESS_END
    last = _LAST_ADDRESS_END
    if last[0] is text:
        return last[1]
    end = len(text) + 1
    for mark in ("//", "www.", ".htm"):
        found = text.find(mark, 0, end)
        if found != -1:
            end = min(end, found + len(mark))
    _LAST_ADDRESS_END = (text, end)
    return end


#: `_dates_in` reads a long text in windows of this many characters ...
DATES_WINDOW: Final = 2000
#: ... and trusts a date found in one that ends this far before its end.
DATES_MARGIN: Final = 200


def _dates_in(text: str, reference_date: dt.date | None) -> list[FoundDate]:
    """
    Every date in *text*, in order (`find_date` finds only the first).
    """
    out: list[FoundDate] = []
    offset = 0
    while _DIGIT(text, offset):
        # The text after each date is searched in a window: slicing all of
        # it would copy a long unit once per date. A date ending within
        # DATES_MARGIN of the window's end might read differently in the
        # whole text (a year cut off), so that one is looked for again.
        found = find_date(text[offset : offset + DATES_WINDOW], reference_date=reference_date)
        if offset + DATES_WINDOW < len(text) and (
            found is None or found.span[1] > DATES_WINDOW - DATES_MARGIN
        ):
            found = find_date(text[offset:], reference_date=reference_date)
        if found is None:
            break
        start, end = found.span
        out.append(FoundDate(found.date, (start + offset, end + offset)))
        offset += max(end, 1)
    return out


def _date_line(text: str, reference_date: dt.date | None) -> dt.date | None:
    """
    The date of a date line: a short line that is a date with at most a
    few words beside it, a reference number, a time, a place, a kind label
    (``26 May 2005 ABB061/05``, ``MEDIA MONDAY 10 APRIL 2006``,
    ``Melbourne 23 February 2007``, ``Media Statement - 4 September
    2001``, ``Thursday 7 August 2008, 6:15pm``). Not a stamp of a change
    (``Last updated 19 November 2002``), not a sentence.
    """
    if len(text) > DATE_LINE_CHARS or word_count(text) > DATE_LINE_WORDS or _has_address(text):
        return None
    found = parse_date(text, reference_date=reference_date)
    if found is not None:
        return found
    if text[-1] in ".!?" and is_prose(text):
        return None
    found_date = find_date(text, reference_date=reference_date)
    if found_date is None or _is_stamp(text, found_date.span):
        return None
    start, end = found_date.span
    extra = f"{text[:start]} {text[end:]}"
    if word_count(extra) > DATE_LINE_EXTRA_WORDS:
        return None
    return found_date.date


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
    the first that is not a stamp (`_is_stamp`), or with *stamps* the first.
    """
    texts = [unit.text for unit in units[:HEADER_DATE_UNITS]]
    if title is not None and title.text not in texts:
        texts.append(title.text)
    for text in texts:
        if not _DIGIT(text):
            continue
        for found in _dates_in(text[:HEADER_DATE_CHARS], reference_date):
            if stamps or not _is_stamp(text, found.span):
                return found.date
    return None


#: Removed blocks whose first lines may hold a sign-off: what follows the
#: body (under a media contact, for a date).
_SIGN_OFF_SOURCE_BLOCKS: Final = frozenset({"footer", "end-mark", "after-end"})
_SIGN_OFF_DATE_BLOCKS: Final = _SIGN_OFF_SOURCE_BLOCKS | {"contact"}


def _sign_off_lines(
    body: Sequence[Line], removed: Sequence[Boilerplate], kinds: frozenset[str]
) -> list[str]:
    """
    The lines a sign-off may stand on: the last unmarked units of the body,
    then the first lines of each removed block of one of *kinds*.
    """
    lines = [line.text for line in body[-SIGN_OFF_UNITS:] if not line.marker]
    for block in removed:
        if block.kind in kinds:
            texts = [text.strip() for text in block.lines]
            lines += [text for text in texts if text][:SIGN_OFF_UNITS]
    return lines


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

    A line that is a date line (`_date_line`) wins over one that only holds
    a date; stamps (`_is_stamp`) count only with *stamps*, which looks for
    nothing else. Else a date that closes a unit of the body right after
    its last sentence, or opens one before a media contact, wherever in the
    body it stands (`_run_in_sign_off`).
    """
    candidates = [
        text for text in _sign_off_lines(body, removed, _SIGN_OFF_DATE_BLOCKS) if _DIGIT(text)
    ]
    if stamps:
        for text in candidates:
            for stamp in _dates_in(text, reference_date):
                if _is_stamp(text, stamp.span):
                    return stamp.date
        return None
    for text in candidates:
        found_line = _date_line(text, reference_date)
        if found_line is not None:
            return found_line
    for text in candidates:
        if is_prose(text) and text[-1] in ".!?":
            continue  # a sentence that mentions a date is not a sign-off
        short = word_count(text) <= SIGN_OFF_WORDS
        # On a longer line the date must open it ("2 March 2000 Media
        # contact: ..."), so only its start is searched.
        found = find_date(text if short else text[:40], reference_date=reference_date)
        if found is not None and (short or found.span[0] <= 8) and not _is_stamp(text, found.span):
            return found.date
        # A date closing a contact line, after a telephone number (``Jane
        # Roe 0400 000 000   9 October 2006``); not one closing a sentence.
        tail = text[-40:] if text[-1:].isdigit() or text[-1:] in ")]" else ""
        closing = _dates_in(tail, reference_date) if tail else []
        if closing:
            start, end = closing[-1].span
            if not tail[end:].strip(" )]") and tail[:start].rstrip(" ([")[-1:].isdigit():
                return closing[-1].date
    for line in reversed(body):
        if not line.marker and _DIGIT(line.text):
            found_date = _run_in_sign_off(line.text, reference_date)
            if found_date is not None:
                return found_date
    return None


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
    The date of a date line (`_date_line`) among the last `CLOSING_LINES`
    printed lines of the page, whichever part of the page they fell to: the
    body, a contact block, a footer, a list appended to the release. Many
    releases close with their date, alone or after a place (``26 June
    2003``, ``CANBERRA 22 AUGUST 2011``), under the contacts or under a
    list the footer stripper took. A numeric date with a clock time (a fax
    or print stamp, ``2000-01-13 12:56``) and stamps (`_is_stamp`) are not
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
        if not _DIGIT(text) or _NUMERIC_STAMP(text):
            continue
        text = " ".join(text.split())
        found = _date_line(text, reference_date)
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
    for found in _dates_in(text, reference_date):
        start, end = found.span
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


def _sign_off_source(body: Sequence[Line], removed: Sequence[Boilerplate]) -> str | None:
    """
    The office in a letterhead printed under the release instead of above
    it (``Senator Jane Roe Minister for Trade``, ``PRIME MINISTER``): a
    short line of the sign-off (the last units of the body, then what the
    footer stripper removed) that names an office and reads as no sentence.
    """
    for text in _sign_off_lines(body, removed, _SIGN_OFF_SOURCE_BLOCKS):
        if not text or word_count(text) > SIGN_OFF_WORDS or text[-1] in ".!?" or is_prose(text):
            continue
        found = _letterhead.office(text)
        if found is not None:
            return found
    return None


#: The last resort for a date: the opening of the page's first units.
OPENING_UNITS: Final = 3
OPENING_CHARS: Final = 200
#: How many units of the body a date line or letterhead run into the body
#: is looked for in.
OPENING_BODY_UNITS: Final = 5
#: Letterhead run into a unit before its date has at most this many words.
OPENING_LEAD_WORDS: Final = 6


def _opening_date(
    units: Sequence[Line], body: Sequence[Line], reference_date: dt.date | None
) -> dt.date | None:
    """
    A date line among the first units of the body (`_date_line`), or a
    date after a few words of letterhead at the start of one of them
    (``Media Release 25th July 2012 Statement on ...``: a letterhead, date
    and headline flattened into one line). Else a line of the body that is
    a date and nothing else, else a date at the start of the header or the
    first paragraph (*units*): where a page runs its letterhead into its
    first paragraph (``MEDIA 04/253 WEDNESDAY 31 MARCH 2004 SENATOR ...``),
    the first date printed is the release's.
    """
    for line in body[:OPENING_BODY_UNITS]:
        text = line.text
        if line.marker or not _DIGIT(text):
            continue
        found = _date_line(text, reference_date)
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
                and not _is_stamp(text, found_date.span)
            ):
                return found_date.date
    previous = ""
    for line in body:
        text = line.text
        if word_count(text) <= 6 and _DIGIT(text):
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
        if _DIGIT(head):
            found_date = find_date(head, reference_date=reference_date)
            if found_date is not None:
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
        or _DIGIT(" ".join(words))
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
    dates = _dates_in(text[-60:], reference_date)
    if not dates:
        return None
    start, end = dates[-1].span
    tail = text[-60:]
    if tail[end:].strip(" .") or _is_stamp(tail, (start, end)):
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


def _lead_dateline(text: str) -> Dateline | None:
    """
    The mixed-case dateline with a dash and no date that opens *text*, the
    body's first paragraph ("München – Der Freistaat ...", "Brasília (DF) –
    O Ministério ..."), or a place and region with a colon ("Washington,
    DC: A team ..."), or ``None``. The rest must read as a sentence, so a
    headline with a dash ("Vienna – Talks") is none.
    """
    if not text[:1].isupper():
        return None
    if _DASH(text, 0, DATELINE_HEAD_CHARS):
        m = _LEAD_DATELINE(text)
    elif ": " in text[:DATELINE_HEAD_CHARS]:
        m = _LEAD_COLON_DATELINE(text)
    else:
        return None
    if m is None:
        return None
    place = m["place"]
    if place.split()[0].casefold() in _NOT_LEAD_PLACES:
        return None
    rest = text[m.end() :]
    if word_count(rest) < MIN_LEAD_SENTENCE_WORDS or not is_sentence(rest):
        return None
    if _DIGIT(" ".join(rest.split(None, 3)[:3])):
        return None  # a date after the dash ("Darmstadt - Januar 2021."): no lead dateline
    return Dateline(raw=text[: m.end()], place=place)


def build_release(
    page: Page, datelines: Sequence[DatelineParser], reference_date: dt.date | None
) -> Release:
    """
    Turn a stripped *page* into a `Release`.
    """
    units, _gaps = join_units(page.lines, wrapped=is_wrapped(page.lines))
    html = page.format == "html"
    reader = _Reader(units, datelines, reference_date, titled=bool(html and page.hints.title))
    body_start = reader.read()
    header = reader.header
    metadata = header.metadata

    # On HTML pages the page's structured data (JSON-LD, meta tags, <time>)
    # states the headline and date more reliably than the text around them.
    # The date, in order of preference: structured data (HTML); a Date:
    # field; a date line in the letterhead or under the headline; the
    # page's hints; the dateline; any other date in the header; a labelled
    # date (``Dated: ...``) near the top; the sign-off (`_sign_off_date`);
    # a date line, venue line or letterhead run into the first units of the
    # body (`_opening_date`); last, a stamp of when the page was printed or
    # changed (`_is_stamp`).
    date: dt.date | None = page.hints.date if html else None
    # Each label's lookup key, once: five fields look the labels up.
    keyed = [(_vocab.key(field.label), field) for field in metadata if field.values]
    date_field = _first(keyed, _vocab.DATE_LABELS)
    if date is None and date_field is not None:
        date = parse_date(date_field.values[0], reference_date=reference_date)
        if date is None:
            found = find_date(date_field.values[0], reference_date=reference_date)
            date = found.date if found else None
    if date is None and header.dates:
        date = header.dates[0]
    if date is None:
        date = page.hints.date
    year_reference = date or reference_date

    body = reader.units[body_start:]
    dateline = header.dateline
    paragraphs: list[str] = [_paragraph(line) for line in body]
    if body and not body[0].marker:
        reader.reference_date = year_reference
        found_dateline = reader.dateline_at(body[0].text, lead=True)
        if (
            found_dateline is None
            and header.dateline is None
            and len(body) > 1
            and not body[1].marker
            and is_sentence(body[0].text)
        ):
            # A note printed before the dateline ("End-of-mission press
            # releases include ..."): the paragraph that opens with a
            # dateline with a place, its sentence going on after it, starts
            # the body, the note is header. A dateline alone on its line (a
            # byline and date) is no such start.
            second = reader.dateline_at(body[1].text, lead=True)
            if (
                second is not None
                and second.place
                and is_sentence(body[1].text[len(second.raw) :].strip())
            ):
                header.dropped.append(body[0])
                body, paragraphs = body[1:], paragraphs[1:]
                found_dateline = second
        if found_dateline is not None:
            dateline = found_dateline
            rest = body[0].text[len(found_dateline.raw) :].strip()
            if rest:
                paragraphs[0] = rest
            else:
                del paragraphs[0]
    if date is None and dateline is not None:
        date = dateline.date
    if date is None:
        date = _header_date(reader.units[:body_start], header.title, reference_date)
    if date is None:
        date = _labelled_date(reader.units, reference_date)
    if date is None:
        date = _sign_off_date(body, page.removed, year_reference)
    if date is None:
        date = _closing_date(body, page.removed, reference_date)
    if date is None:
        date = _opening_date(reader.units[: body_start + 1], body, reference_date)
    if date is None and header.stamps:
        date = header.stamps[0]
    if date is None:
        # Last, a stamp: when the page was printed or last changed.
        date = _header_date(
            reader.units[:body_start], header.title, reference_date, stamps=True
        ) or _sign_off_date(body, page.removed, year_reference, stamps=True)

    place_field = _first(keyed, _vocab.PLACE_LABELS)
    place = place_field.value if place_field else (dateline.place if dateline else None)
    if place is None:
        place = header.bar_place
    if place_field is not None and len(place_field.values) > 1:
        # A Place: field listing a place per line (``- VIENNA`` ``- GENEVA``)
        # names several places; the release's place is the one its dateline
        # names, else the first.
        datelined = (dateline.place or "").casefold() if dateline else ""
        values = place_field.values
        place = next((value for value in values if value.casefold() == datelined), values[0])
    suffix = _letterhead.strip_site_suffix(header.title_text)[1] if header.title_text else None
    source_field = _first(keyed, _vocab.SOURCE_LABELS)
    byline = _letterhead.byline_office(header.title_text) if header.title_text else None
    if byline is None and not header.offices:
        # A "Headline Name - Office" line anywhere in the header: a page
        # that prints its headline twice, once with the byline.
        for unit in reader.units[:body_start]:
            byline = _letterhead.byline_office(unit.text)
            if byline is not None:
                break
    closing = (
        _closing_wire_source(page.removed) or _closing_labelled_source(page.removed)
        if source_field is None
        else None
    )
    if source_field is not None:
        source = source_field.value
    elif closing is not None:
        source = closing
    elif any(name[:1].isupper() for name in header.offices):
        # (An office in lower case is a headline's words read as a
        # letterhead column: "... need a competent  experienced minister
        # for a change".)
        source = next(name for name in header.offices if name[:1].isupper())
        if header.first_line_offices > 1 and paragraphs:
            # Of the offices a letterhead line lists, the one the body names.
            named = _letterhead.office_named_in(
                header.offices[: header.first_line_offices], " ".join(paragraphs[:3])
            )
            source = named or source
        source = _letterhead.substantive_office(_letterhead.close_portfolio(source))
        if paragraphs:
            source = _letterhead.drop_trailing_name(source, " ".join(paragraphs))
        if header.organisations and _letterhead.speaks_for_a_body(source):
            # A spokesperson speaks for the party or body the letterhead names.
            source = header.organisations[0]
    elif byline is not None:
        # A "Name - Office" byline after the headline names the office
        # where no letterhead line does.
        source = byline
    elif header.organisations:
        source = header.organisations[0]
    elif header.bodies:
        # Of the bodies named over the headline, the nearest to it issues
        # the release ("Government of India" over "Ministry of ...").
        source = header.bodies[-1]
    elif page.hints.source:
        source = page.hints.source
    elif suffix is not None and _letterhead.organisation(suffix) is not None:
        # The site named after the headline ("... | Ministry of Energy").
        source = suffix
    else:
        # No letterhead: the first paragraph names who speaks.
        source = _letterhead.issuer_in_lead(paragraphs[0]) if paragraphs else None
        if (source is None or _letterhead.is_government(source)) and len(paragraphs) > 1:
            # A lead that names only a government ("The Federal Government
            # has ...") leaves the office to the next paragraph ("The
            # Minister for Veterans' Affairs, ..., said").
            following = _letterhead.issuer_in_lead(paragraphs[1])
            if following is not None and _letterhead.office(following) is not None:
                source = following
        if source is None or _letterhead.is_government(source):
            # A government named as a whole is the last choice: an office
            # signing the release off comes first.
            source = _sign_off_source(body, page.removed) or source
        if source is None and header.title_text:
            # Last, the headline's line, where a page prints its letterhead
            # or a byline there ("MINISTER FOR HEALTH CLINICS REOPEN",
            # "Address by the Minister for Health, Jane Roe, to ...").
            source = _letterhead.office_in_headline(header.title_text)
        if source is not None and _letterhead.office(source) is not None:
            # (An organisation's name is no portfolio: "Community Affairs
            # References Committee" runs on past "Affairs".)
            source = _letterhead.substantive_office(_letterhead.close_portfolio(source))
            source = _letterhead.drop_trailing_name(source, " ".join(paragraphs))
    kind_field = _first(keyed, _vocab.KIND_LABELS)
    kind = header.kind or (kind_field.value if kind_field else None) or page.hints.kind

    topics_field = _first(keyed, _vocab.TOPIC_LABELS)
    topics: list[str] = []
    if topics_field is not None:
        for value in topics_field.values:
            separator = next((sep for sep in _TOPIC_SEPARATORS if sep in value), ",")
            topics.extend(split_topics(value, _menu_terms(page.removed, separator)))
    elif page.hints.topics:
        topics = list(page.hints.topics)
    else:
        topics = _date_line_topic(header.date_tails, page.removed, header.dropped)
    if not topics:
        topics = _closing_topics(page.removed)

    hinted = page.hints.title
    if hinted is not None and len(hinted) > MAX_TITLE_CHARS:
        hinted = None
    if html and hinted:
        title: str | None = hinted
    elif header.title_text:
        title = _letterhead.clean_title(header.title_text) or header.title_text
        if title != header.title_text and header.title is not None:
            # What was cut from the headline's line stays inspectable.
            header.dropped.append(header.title)
    else:
        title = hinted
    dropped = {line.number for line in header.dropped}
    # A line whose headline was cut off it: the body holds its sentence, the
    # "split" record the line as printed.
    split = {line.number for line in header.split} - dropped
    removed = (
        page.removed
        + _structure_records(page, dropped, "header")
        + _structure_records(page, split, "split")
    )
    if page.hints.crawl is not None:
        # The crawler's header, kept out of the stages' way until here.
        removed = (header_record(page.hints.crawl), *removed)
    return Release(
        title=title,
        kind=kind,
        date=date,
        place=place,
        source=source,
        topics=_unique(topics),
        dateline=dateline,
        paragraphs=paragraphs,
        metadata=metadata,
        boilerplate=sorted(removed, key=lambda b: b.start),
        crawl=page.hints.crawl,
    )


def _structure_records(page: Page, numbers: set[int], kind: str) -> tuple[Boilerplate, ...]:
    """
    The lines of *page* numbered *numbers* as `Boilerplate` records of
    *kind* from the ``structure`` reader, one per run of neighbours (as
    `Page.remove` groups them).
    """
    if not numbers:
        return ()
    lines = Page(lines=[line for line in page.lines if line.number in numbers])
    return lines.remove(numbers, kind=kind, stripper="structure").removed


def _closing_topics(removed: Sequence[Boilerplate]) -> list[str]:
    """
    The topics a page lists after its body under a topic label (``Tags:
    Astronomy, Engineering``, ``Related topics: ...``): the first line of
    a closing tags or related section the footer stripper took off, when
    it is a known topic label with its values.
    """
    for block in removed:
        if block.kind not in ("tags", "related") or not block.lines:
            continue
        first = " ".join(block.lines[0].split())
        if "|" in first:
            # A closing bar, "By ... | date | Topics: ...": its topic pair.
            first = bar_topics(first) or first
        label, colon, value = first.partition(":")
        value = value.strip()
        if colon and value and _vocab.key(label) in _vocab.TOPIC_LABELS:
            separator = next((sep for sep in _TOPIC_SEPARATORS if sep in value), ",")
            return split_topics(value, _menu_terms(removed, separator))
    return []


def _closing_wire_source(removed: Sequence[Boilerplate]) -> str | None:
    """
    The company a newswire's closing ``SOURCE`` line names
    (`strippers._footer.wire_source`), in what the footer stripper took
    off the page's end; ``None`` when there is no such line.
    """
    for block in reversed(removed):
        if block.kind in ("menu", "header"):
            continue
        for text in reversed(block.lines):
            if text.startswith("SOURCE"):
                name = wire_source(" ".join(text.split()))
                if name is not None:
                    return name
    return None


#: A publisher label printed alone on its line after the body has at most
#: this many words (``Herausgeber``, ``Issued by``).
MAX_CLOSING_LABEL_WORDS: Final = 3


def _closing_labelled_source(removed: Sequence[Boilerplate]) -> str | None:
    """
    The issuer a page names after its body under a source label, in what
    the footer and closing strippers took off: the label alone on its line
    (``Herausgeber`` or ``Issued by:``) with the name on the next, or
    ``Label: name`` on one line. The name must read as an issuer's: a
    public body's (`_letterhead.body_name`), an organisation heading
    letterheads or an office; ``None`` when there is no such pair.
    """
    for block in removed:
        if block.kind in ("menu", "header", "template"):
            continue
        lines = [text.strip() for text in block.lines]
        for index, text in enumerate(lines):
            label, _, value = text.partition(":")
            if not label or word_count(label) > MAX_CLOSING_LABEL_WORDS:
                continue
            if not value.strip():
                if index + 1 >= len(lines):
                    continue
                value = lines[index + 1]  # the label alone, its value below
            if _vocab.key(label) not in _vocab.SOURCE_LABELS:
                continue
            value = " ".join(value.split())
            if not value:
                continue
            name = _letterhead.body_name(value) or _letterhead.letterhead_organisation(value)
            if name is None and _letterhead.office(value) == value:
                name = value
            if name is not None:
                return name
    return None


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


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
