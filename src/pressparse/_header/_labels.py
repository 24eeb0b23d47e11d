"""
Reading labelled metadata: ``Label: value`` blocks, blocks whose labels
lost their colons, a strip of pairs between bars, and a bar of fields
setting a date, a place and a kind.
"""

from __future__ import annotations

from typing import Final

import regex

from .. import _letterhead, _vocab
from .._models import MetaField
from .._page import Line
from .._sections import is_bare_label_block, is_label
from .._text import word_count
from ..datelines._dates import parse_date
from ._letterhead_lines import LetterheadRules
from ._shapes import (
    _DIGIT,
    MAX_HEADER_UNIT_WORDS,
    MAX_LABEL_WORDS,
    MAX_TITLE_WORDS,
    _inline_label,
    _is_kind,
    _kind_label,
)

#: A value under a label alone on its line has at most this many words.
MAX_VALUE_WORDS: Final = 16


#: A bar of fields (`HeaderReader._date_bar`) has three or four fields (a date
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


class LabelRules(LetterheadRules):
    """
    The reader's rules for labelled metadata.
    """

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
