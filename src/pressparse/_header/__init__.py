"""
The header reader: where a stripped page's header ends and what it holds.

The strippers have taken out navigation and footers; what is left reads, top
to bottom, as a header (kind label, headline, metadata block, letterhead
lines naming the issuing office, a date line) and then the body.
`HeaderReader` walks the page's units once, top down, and collects what the
header prints into a `Header`: the kind label, the headline's line, the
metadata pairs, the dates, offices, organisations and bodies of a
letterhead, and the lines it set aside. The field rules
(`pressparse._fields`) choose each field's value from that evidence.

The reader is built in layers, each a module of its own, each able to ask
the ones below it: `_state` (the reading's state), `_headline`,
`_letterhead_lines`, `_labels`, and here the walk itself (`read`).
"""

from __future__ import annotations

from .. import _letterhead, _vocab
from .._models import MetaField
from .._text import is_prose, word_count
from ..strippers._menus import is_label
from ._labels import LabelRules
from ._shapes import (
    _DIGIT,
    HEADER_DATE_CHARS,
    HEADER_DATE_UNITS,
    MAX_HEADER_UNIT_WORDS,
    MAX_TITLE_CHARS,
    SALUTATION_WORDS,
    SIGN_OFF_UNITS,
    SIGN_OFF_WORDS,
    Header,
    _inline_label,
    _is_junk_token,
    _is_kind,
    _is_letter_spaced,
    _is_section_name,
    _kind_label,
    _main_content,
)

__all__ = [
    "HEADER_DATE_CHARS",
    "HEADER_DATE_UNITS",
    "MAX_TITLE_CHARS",
    "SIGN_OFF_UNITS",
    "SIGN_OFF_WORDS",
    "Header",
    "HeaderReader",
]


class HeaderReader(LabelRules):
    """
    Reads the header off the top of the units of one page.
    """

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
