"""
Finding the headline: the line standing where a headline stands, a
headline glued to the first sentence or to a metadata tail, a kicker or a
standfirst around it, and where the body starts.
"""

from __future__ import annotations

from typing import Final

import regex

from .. import _letterhead, _lexicon, _vocab
from .._models import MetaField
from .._page import Line
from .._scan import date_line
from .._sections import is_label
from .._text import is_prose, is_sentence, word_count
from ..datelines._dates import find_date
from ._shapes import (
    _COLUMN_GAP,
    _CONNECTORS,
    _DIGIT,
    BODY_LOOKAHEAD,
    MAX_LETTERHEAD_WORDS,
    MAX_TITLE_CHARS,
    MAX_TITLE_WORDS,
    _inline_label,
    _is_kind,
)
from ._state import ReaderState

#: A ``Label: Value`` pair taken for a headline at first has a value of at
#: most this many words when it turns out to be metadata.
MAX_LABEL_VALUE_WORDS: Final = 6


#: A line this long that opens the page may be a headline glued to the
#: first sentence.
MIN_GLUED_WORDS: Final = 25


_DASH: Final = regex.compile(r"[–—―]|\s-|-\s|--").search


#: How far into a line a dateline's date or dash must stand.
DATELINE_HEAD_CHARS: Final = 80


MIN_BODY_HEADLINE_WORDS: Final = 4


#: A headline found under a banner taken for it has at least this many words.
MIN_BANNER_HEADLINE_WORDS: Final = 3

#: The words of an end mark (``-ends-``).
_END_WORDS: Final = _lexicon.words("end_words")


#: A seat ending a letterhead line has at most this many words (``Federal
#: Member for Kingsford Smith``).
MAX_SEAT_WORDS: Final = 6

#: The words in capitals that open the rest of an office wrapped from the
#: line above (``AND MULTICULTURAL AFFAIRS``).
_WRAPPED_OFFICE_OPENERS: Final = frozenset({"AND", "FOR", "OF"})

#: Marks a line may end on after a seat (``Member for Lakeside ~ ~~``).
_NOT_WORD: Final = " ~-–—|•*_.,;:"


def _banner_title(title: str) -> bool:
    """
    Whether *title*, read for the headline, is a banner of the letterhead:
    the issuer's name before a kind label (``AMNESTY INTERNATIONAL PRESS
    RELEASE``, ``Jane Roe MP Press Releases``), a kind label with the
    letterhead run on after it (`_letterhead.kind_prefix`), a spokesperson's
    line ending with a person's name (``Immigration spokesperson, Senator
    Jane Roe``), an office alone or a part of one stopped on ``&`` or a
    comma, or an end mark (``-ends-``); also a person's letterhead line
    (`_letterhead.opens_with_person`: ``The Hon Jane Roe MP Speaker of the
    House``), a line ending with a seat (``John Roe MP The Nationals Member
    for Lakeside``), an organisation's name alone (``Department of Foreign
    Affairs and Trade``), or the rest of an office wrapped from the line
    above, in capitals (``AND MULTICULTURAL AFFAIRS``, ``FOR TRADE THE HON
    JANE ROE MP``).
    """
    words = title.split(" ")
    if _letterhead.opens_with_person(title):
        return True
    if (
        title.isupper()
        and words[0] in _WRAPPED_OFFICE_OPENERS
        and len(words) > 1
        and title[-1] not in "?!"  # (a headline asking: "AND SO WHAT HAPPENS ...?")
    ):
        return True
    if _letterhead.letterhead_organisation(title) == title:
        return True
    for start in range(max(len(words) - MAX_SEAT_WORDS, 1), len(words) - 1):
        if _letterhead.is_seat(" ".join(words[start:]).rstrip(_NOT_WORD)):
            return True
    for size in (1, 2, 3):
        if len(words) > size and _is_kind(" ".join(words[-size:])):
            return True
    if _letterhead.kind_prefix(title) is not None:
        return True
    if title[-1] in "&,":
        return True
    if _vocab.key(title) in _END_WORDS:
        return True
    for separator in (", ", " - "):
        if title[-1] in "?!":
            break  # (a headline asking a person: "Where are the guarantees, Mr Roe?")
        head, sep, tail = title.rpartition(separator)
        if sep and head and _letterhead.is_person(tail):
            return True
    found = _letterhead.office(title)
    return found is not None and word_count(title) - word_count(found) <= 1


#: A navigation menu printed without bullets has at least this many items;
#: a title read off one of its lines (a site's motto, an item) at most this
#: many words.
MIN_MENU_RUN: Final = 2


MAX_MENU_TITLE_WORDS: Final = 6


# A sentence ending inside a line: a word in lower case and a full stop,
# then a capital ("... in 2001. This was ...").
_INNER_SENTENCE_END: Final = regex.compile(r"\p{Ll}{2}[.!?][\"”’]?+\s++[\"“‘]?+\p{Lu}")


_SENTENCE_END: Final = frozenset('.!?…"”’»')


#: A person's styles and the heads of offices, which stand right before a
#: name (``Senator Jane``, ``Prime Minister Jane``, ``Federal MP Jane``).
_NAME_LEADS: Final = (
    _lexicon.words("person_styles")
    | _lexicon.words("post_nominals")
    | frozenset(
        "minister premier treasurer secretary leader spokesperson spokesman spokeswoman "
        "member president chair mayor commissioner".split()
    )
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
    Trade, Sam`` | ``Hardy said``). A head ending on a word in capitals
    before a sentence that opens in another case cuts no name, whose words
    are printed in one case (``... THE FLOODS`` | ``Today, the ...``).
    """
    words = head.split(" ")
    if not words[-1][:1].isupper():
        return False
    first = rest.split(" ", 1)[0]
    if words[-1].isupper() and len(words[-1]) > 1 and not first.isupper():
        return False  # a name is printed in one case: a head in capitals ends it
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


def _opens_byline(text: str) -> bool:
    """
    Whether *text* opens with a byline: ``By``, capitalised in a line not
    set in capitals, before a name of two capitalised words, whatever
    follows (``By Jane Roe, John Doe``, ``By Jane Roe On 11/13/19 at 4:00
    PM``, ``By Jane Roe Armed Forces Press Service``).
    """
    words = text.split(" ", 3)
    return (
        len(words) >= 3
        and words[0] == "By"
        and not text.isupper()
        and _letterhead.looks_like_name(" ".join(word.rstrip(",") for word in words[1:3]))
    )


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
        widest = max(map(len, columns[cut:]))
        if cut + 1 < len(columns) and len(after) * 2 < widest and len(after) < len(before):
            # A short column before the paragraph's full first line is the
            # headline's last printed line (``... revive Pacific`` |
            # ``Solution`` | ``Confirmation the government ...``).
            continue
        rest = " ".join(columns[cut:])
        if len(before) * 4 < widest * 3 and is_prose(rest):
            return " ".join(columns[:cut]), rest
    return None


def _letterhead_columns(unit: Line) -> bool:
    """
    Whether a line printed with column gaps has a column that is a part of
    a letterhead: a person, a column opening with an office, a seat, an
    organisation, a kind label, a date or interface text. A headline
    printed with a double space in it (``COALITION WILL CLOSE  THE
    DETENTION FACILITY``) has none.
    """
    for column in _COLUMN_GAP.split(unit.raw.strip()):
        part = " ".join(column.split())
        if not part:
            continue
        office = _letterhead.office(part)
        if (
            _DIGIT(part)
            or _is_kind(part)
            or _letterhead.is_chrome(part)
            or _letterhead.is_person(part)
            or _letterhead.opens_with_person(part)
            or _letterhead.is_seat(part)
            or (office is not None and part.startswith(office))
            or _letterhead.letterhead_organisation(part) == part
        ):
            return True
    return False


def _says_something(text: str) -> bool:
    """
    Whether a line naming a person goes on in lower case past the name and
    its styles (``Senator Jane Roe visits the ferry terminal``): a headline
    about the person, not a letterhead's line, which prints only the name,
    the styles and offices (whose connecting words are in lower case).
    """
    return any(
        word[:1].islower()
        and word.casefold() not in _CONNECTORS
        and not _letterhead.office_words(word)  # ("Community Services spokesperson")
        for word in text.split(" ")
    )


class HeadlineRules(ReaderState):
    """
    The reader's rules for the headline and the start of the body.
    """

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
            or (_DIGIT(following) and date_line(following, self.reference_date) is not None)
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
            and not _letterhead.is_person(text.rstrip("."))
        ):
            return False
        header.metadata.append(MetaField(label=pair[0], values=(pair[1],)))
        if header.title is not None:
            header.dropped.append(header.title)
        header.title = self.units[index]
        header.title_text = text
        self.title_end = index
        return True

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
        connecting word), the line opens with a connecting word or with a
        word in lower case (``... Syrian and Iraqi`` / ``refugees``), or
        both are set in capitals right under one another; never a Markdown
        heading of another level than the headline's.
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
            # A Markdown heading of another level under it ("## " under
            # "# "): a standfirst or a byline, set as a heading of its own.
            or (
                unit.raw.lstrip().startswith("#")
                and self.header.title is not None
                and unit.tag != self.header.title.tag
            )
        ):
            return False
        if any(between.text for between in self.units[self.title_end + 1 : index]):
            # A headline's next printed line stands right under it: lines
            # taken for subtitles or a date line in between part them.
            return False
        if self._is_byline(index):
            return False
        last = title.rsplit(" ", 1)[-1].casefold()
        first = text.split(" ", 1)[0].casefold()
        return (
            title[-1] in "-–—:,&"
            or last in _CONNECTORS
            or (first in _CONNECTORS and first not in _vocab.ARTICLES)
            or self._wrapped_in_lower_case(unit, text)
            or (title.isupper() and index == self.title_end + 1 and word_count(text) <= 8)
        )

    def _is_byline(self, index: int) -> bool:
        """
        Whether unit *index*, under the headline, is its byline: ``By``
        before a person (``By Dr Jane Roe``), a bare name, or a name of two
        capitalised words and whatever follows it (`_opens_byline`: ``By
        Jane Roe, John Doe``) where the headline does not stop mid-phrase.
        """
        title = self.header.title_text or ""
        text = self.units[index].text
        first, _, after = text.partition(" ")
        if not title or first.casefold() != "by":
            return False
        return (
            _letterhead.is_person(after.rstrip("*"))
            or _letterhead.looks_like_name(after)
            or (
                _opens_byline(text)
                and title[-1] not in "-–—:,&"
                and title.rsplit(" ", 1)[-1].casefold() not in _CONNECTORS
            )
        )

    def _over_byline(self, index: int) -> bool:
        """
        Whether unit *index*, with no headline read yet, stands right over a
        byline (`_opens_byline`: ``By Jane Roe - January 10, 2020``): a
        byline follows the headline, so a short line of words over it, no
        digit, kind label, person or office in it, is the headline, not a
        name of the letterhead.
        """
        if self.header.title is not None or index + 1 >= len(self.units):
            return False
        text = self.units[index].text
        return (
            _opens_byline(self.units[index + 1].text)
            and word_count(text) >= 2
            and not _DIGIT(text)
            and not _is_kind(text)
            and not _letterhead.is_chrome(text)
            and not _letterhead.is_person(text)
            and _letterhead.office(text) is None
        )

    def _wrapped_in_lower_case(self, unit: Line, text: str) -> bool:
        """
        Whether *unit*, a line of plain crawled text under the headline's,
        opens with a word in lower case at the headline's margin: the
        headline's last words wrapped onto the next printed line (``... of
        12,000 Syrian and Iraqi`` / ``refugees``). A line a converter marked
        (a Markdown heading's, an HTML element's) is whole, and what follows
        it, or a line set further in, is no wrap of it (``# Das Glashaus in
        der Uckermark`` / ``merken``).
        """
        title = self.header.title
        first = text.split(" ", 1)[0]
        return (
            title is not None
            and title.tag is None
            and unit.tag is None
            and unit.indent == title.indent
            and not unit.link_chars
            and first.isalpha()
            and first.islower()
        )

    def _is_kicker(self, index: int) -> bool:
        """
        Whether unit *index* is a kicker: one or two words over a headline
        (``Environment``, then the headline on the next line). A short
        question or exclamation (``Why now?``), or a short line over a
        byline (``By Jane Roe``), is a headline.
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
            and not _opens_byline(following.text)
        )

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
        if text[-1] == "." and self._headline_above(index) is not None:
            # A sentence right under a headline read as letterhead is the
            # first paragraph (``AMBASSADOR TO LEBANON`` over ``Today I
            # announce the appointment of ...``).
            return True
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
        scan = self._menu_run_scan(start, index)
        if scan is None or not self._headline_shaped(self.units[index]):
            return False
        items, tail = scan
        if tail and items and self.title_end > 0:
            # Over a header line the menu may end one item after the title
            # ("Home", "News" read as the title, "Press releases").
            above = self.units[self.title_end - 1]
            items += self._menu_item(above)
        return items >= MIN_MENU_RUN

    def _menu_run_scan(self, start: int, index: int) -> tuple[int, bool] | None:
        """
        For `_after_menu_run`: the units from *start* up to *index* read as
        menu items, then (over the headline) any header lines the site
        prints between its menu and its headline (a date line, a ``Label:
        value`` pair, a breadcrumb, a kind label with its number): how many
        menu items, and whether header lines follow them; ``None`` when a
        unit is neither.

        The reader asks this of each unit in turn with the same *start*:
        the scan goes on from where it stopped for the unit before, so a
        long run costs one pass over its units, not one per unit. (Units
        are changed in place only at the index being read, which no scan
        has passed.)
        """
        cached = self._menu_scan
        if cached[0] == start and cached[1] <= index:
            _, at, items, tail, broken = cached
        else:
            at, items, tail, broken = start, 0, False, False
        units = self.units
        while not broken and at < index:
            unit = units[at]
            if not unit.text or unit.marker:
                broken = True
                break
            if not tail and self._menu_item(unit):
                items += 1
            elif self._header_line_over_headline(unit):
                tail = True
            else:
                broken = True
                break
            at += 1
        self._menu_scan = (start, at, items, tail, broken)
        return None if broken else (items, tail)

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
            date_line(text, self.reference_date) is not None
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

    def _headline_under_banner(self, index: int) -> bool:
        """
        Whether unit *index*, a line set apart right above the body's first
        paragraph, is the headline and the title read before it a banner of
        the letterhead (`_banner_title`): the unit reads as a headline
        (three words or more, opening with a capital, no person, office,
        label, kind label or date line, not stopped mid-phrase).
        """
        title = self.header.title_text
        if title is None or self.titled or index + 1 >= len(self.units):
            return False
        text = self.units[index].text
        words = text.split(" ")
        # (Every test is pure: the title's, the same for every line under
        # it, and the cheap ones go first.)
        return (
            len(words) >= MIN_BANNER_HEADLINE_WORDS
            and len(text) <= MAX_TITLE_CHARS
            and text[:1].isupper()
            and not self.units[index].marker
            and words[-1].casefold() not in _CONNECTORS
            and text[-1] not in ",;:-–—&"
            and self._banner(title)
            and not is_label(text)
            and not _is_kind(text)
            and not self._letterhead_shape(text)
            and not _letterhead.is_person(text.rstrip("."))
            and not _letterhead.opens_with_person(text)
            and date_line(text, self.reference_date) is None
            and self._starts_body(index + 1)
        )

    def _banner(self, title: str) -> bool:
        """
        `_banner_title` of *title*, read once for each title the reader
        holds (it is asked again for every line under it).
        """
        if self._banner_of[0] != title:
            self._banner_of = (title, bool(title) and _banner_title(title))
        return self._banner_of[1]

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
        words or more (one of three letters or more), no digits, no column
        gaps between letterhead parts (`_letterhead_columns`), and is no kind
        label, label, interface text, person's line (unless it goes on in
        lower case: `_says_something`) or seat's line; a line that is all
        office or organisation is taken only when a date line, a letterhead
        line ending with its date, or a kind label stands over it (where a
        letterhead ends and its headline follows),
        and a bare name the first paragraphs repeat is the issuer's.
        """
        back = self._headline_above(index)
        if back is not None:
            self.header.title = self.units[back]
            self.header.title_text = self.units[back].text
            self.title_end = back

    def _headline_above(self, index: int) -> int | None:
        """
        The index of the line `_headline_above_body` takes for the headline
        over unit *index*, or ``None``.
        """
        units = self.units
        recent = self.header.dropped[-4:]
        back = index - 1
        while back >= 0 and _DIGIT(units[back].text) and _letterhead.is_chrome(units[back].text):
            back -= 1  # a date line or reference under the headline
        if back < 0 or not any(unit is units[back] for unit in recent):
            return None
        unit = units[back]
        text = unit.text
        if (
            unit.marker
            or not 2 <= word_count(text) <= MAX_TITLE_WORDS
            or text[-1] in ":.,;"
            or all(len(word) <= 2 for word in text.split(" "))  # (letters spaced out: "s e")
            or _DIGIT(text)
            or (_COLUMN_GAP.search(unit.raw.strip()) is not None and _letterhead_columns(unit))
            or _is_kind(text)
            or is_label(text)
            or _letterhead.is_chrome(text)
            or (
                (_letterhead.is_person(text) or _letterhead.opens_with_person(text))
                and not _says_something(text)
            )
            or _letterhead.is_seat(text)
            or _letterhead.kind_prefix(text) is not None
            or _letterhead.breadcrumb(text) is not None
        ):
            return None
        if _letterhead.looks_like_name(text) and any(
            text in following.text for following in units[index : index + 2]
        ):
            return None  # the issuer's name, which the body names too
        if _letterhead.office_words(text) * 2 >= word_count(text) or (
            _letterhead.letterhead_organisation(text) == text
        ):
            above = units[back - 1].text if back > 0 else ""
            if not above or not (
                _is_kind(above) or _letterhead.is_chrome(above) or self._ends_with_date(above)
            ):
                return None
        return back

    def _ends_with_date(self, text: str) -> bool:
        """
        Whether *text*, a letterhead's line, ends with its date column
        (``Senator the Hon. Jane Roe  August 24, 2012``): the letterhead
        ends there, as over a date line.
        """
        if not _DIGIT(text[-6:]):
            return False
        found = find_date(text, reference_date=self.reference_date)
        return found is not None and not text[found.span[1] :].strip(" ,.")

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
            and not _letterhead.is_person(text.rstrip("."))
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
