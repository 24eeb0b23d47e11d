"""
The header reader's steps: what it does with each unit, in order.

`HeaderReader.read` walks the units top down. For each unit it asks the
steps of `STEPS` in order; the first that takes the unit says where to go
on: the index of the next unit to read, or `BODY` when the body starts at
this unit. A step that does not apply returns ``None``. Every step is
named (``header.kind-label``), and the reader records which step took each
unit (`Header.steps`), so an explanation can say why a line became the
headline or was set aside.

The order is the order of trust: a kind label, a labelled block or a bar
of fields is recognised by its own shape wherever it stands; a headline,
a letterhead and the start of the body are judged from the units around.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from .. import _letterhead, _vocab
from .._models import MetaField
from .._page import Line
from .._sections import is_label
from .._text import is_prose, word_count
from ._labels import LabelRules
from ._shapes import (
    _DIGIT,
    MAX_HEADER_UNIT_WORDS,
    MAX_TITLE_CHARS,
    SALUTATION_WORDS,
    _inline_label,
    _is_junk_token,
    _is_kind,
    _is_letter_spaced,
    _is_section_name,
    _kind_label,
    _main_content,
)

#: A step's verdict that the body starts at the unit it was given.
BODY: Final = -1

#: The name of the step that sets aside a short line under the headline.
SUBTITLE: Final = "header.subtitle"

#: Under the headline, after this many lines in a row set aside (a menu
#: the strippers kept), a line with no digit is no letterhead: the
#: letterhead step is not asked (its date lines still are).
MAX_LETTERHEAD_ASIDE_RUN: Final = 6

#: A line of at least this many words that is no sentence, right under the
#: headline and right over the first paragraph, is the headline's standfirst
#: (a deck): the body's first paragraph (`_is_deck`).
DECK_WORDS: Final = 10

#: A quotation under the headline and over the first paragraph (an
#: epigraph, a pull quote: `_quoted`) has at least this many words.
MIN_QUOTE_WORDS: Final = 3

#: Quotation marks a standfirst may open with (`_is_deck`), a quotation
#: open and close with (`_quoted`).
_DECK_QUOTES: Final = frozenset("\"'“”„«»‘’‚")

#: A step: the reader, the index of the unit and the unit in; the index of
#: the next unit to read, `BODY`, or ``None`` (the step does not apply) out.
Step = Callable[[LabelRules, int, Line], "int | None"]


def _skip(reader: LabelRules, unit: Line, index: int) -> int:
    """
    Set *unit* aside (kept as printed on the ``header`` record) and go on.
    """
    reader.header.dropped.append(unit)
    return index + 1


def bare_marker(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    A bare marker left between blocks: set aside.
    """
    return _skip(reader, unit, index) if not unit.text else None


def letter_spaced(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    Letter-spaced words over the headline (``P R E S S  R E L E A S E``):
    set solid in place for the steps after this one, or set aside when the
    letters make no words.
    """
    if (
        reader.header.title is None
        and _is_letter_spaced(unit.text)
        and reader._set_solid(index) is None
    ):
        return _skip(reader, unit, index)
    return None


def kind_label(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    The first kind label (``Press release``); or the page's own label after
    a section named in the plural over it (``Press releases``, then ``Press
    release``), whose line is kept as set aside. A section of the site
    among the items of its menu (``Newsroom``) is set aside.
    """
    header, text = reader.header, unit.text
    if not _is_kind(text) or not (
        header.kind is None or (_is_section_name(header.kind) and not _is_section_name(text))
    ):
        return None
    if _is_section_name(text) and reader._inside_menu_run(index):
        return _skip(reader, unit, index)
    if header.kind is not None:
        header.dropped += [
            above for above in reader.units[:index] if _kind_label(above.text) == header.kind
        ][-1:]
    header.kind = _kind_label(text)
    reader._retract_title_before_kind(index)
    return index + 1


def label_block(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    A label alone on its line (``Date:``), or printed without its colon
    (``News provided by``), with its values under it.
    """
    text = unit.text
    if is_label(text) or (
        text.endswith(" by")
        and _vocab.key(text) in _vocab.KNOWN_LABELS
        and index + 1 < len(reader.units)
    ):
        return reader._label_block(index)
    return None


def bar_strip(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    A strip of ``Label: value`` pairs between bars.
    """
    text = unit.text
    return index + 1 if " | " in text and ": " in text and reader._bar_strip(unit) else None


def date_bar(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    A bar of fields setting a date, a place or a kind between bars.
    """
    text = unit.text
    return index + 1 if " | " in text and _DIGIT(text) and reader._date_bar(index) else None


def label_strip(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    A line of several ``Label: value`` pairs (`_letterhead.is_label_strip`).
    """
    text = unit.text
    if _letterhead.is_label_strip(text) and word_count(text) <= MAX_HEADER_UNIT_WORDS:
        reader._label_strip(unit)
        return index + 1
    return None


def inline_label(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    One ``Label: value`` pair on its line, or a number line (``No. 12/2024``).
    """
    inline = _inline_label(unit)
    if inline is None:
        return None
    reader.header.metadata.append(MetaField(label=inline[0], values=(inline[1],)))
    if ": " not in unit.text:
        reader.header.dropped.append(unit)  # a number line, kept as printed
    return index + 1


def marked_line(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    A bulleted line: under the headline, a metadata block whose labels lost
    their colons; else the body starts.
    """
    if not unit.marker:
        return None
    if reader.header.title is not None:
        end = reader._bare_label_block(index)
        if end > index:
            return end
    return BODY


def open_title(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    A headline stopped on "on", "for", "to": its next printed line goes on
    with it even when that is a date or a name.
    """
    if reader._ends_open(index) and reader._continues_title(index):
        return _continue_title(reader, index, unit)
    return None


def headline_sentence(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    A question, an exclamation, a quoted title or a line in capitals before
    anything else: the headline, whole.
    """
    header, text = reader.header, unit.text
    if (
        header.title is None
        and not reader.titled
        and is_prose(text)
        and reader._headline_sentence(index)
    ):
        header.title = unit
        header.title_text = reader._drop_kind_and_date(text)
        reader.title_end = index
        return index + 1
    return None


def body_start(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    Where the body starts: a standfirst over it is set aside; with no
    headline yet, the headline is looked for in letterhead columns printed
    on the first paragraph's line, at the paragraph's opening, or above it.
    """
    if not reader._starts_body(index):
        return None
    if reader._standfirst(index):
        return _skip(reader, unit, index)
    if not reader.titled and reader._glued_after_metadata_tail(index):
        return BODY
    header = reader.header
    if not reader.titled and header.title is None:
        if word_count(unit.text) > MAX_HEADER_UNIT_WORDS and "  " in unit.raw:
            # Letterhead columns printed on the first paragraph's line.
            known = len(header.offices)
            if reader._letterhead(index) and not known and header.offices:
                header.first_line_offices = len(header.offices)
        if header.title is None and word_count(reader.units[index].text) >= 15:
            reader._split_glued(index)  # the first paragraph may open with the headline
        if header.title is None:
            reader._headline_above_body(index)
    return BODY


def body_name(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    A public body's name over the headline (`HeaderReader._body_line`).
    """
    return index + 1 if reader.header.title is None and reader._body_line(index) else None


def letterhead(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    A letterhead line: an office, a person, an organisation, a date line.

    A letterhead stands over the headline or right under it: past
    `MAX_LETTERHEAD_ASIDE_RUN` lines set aside in a row under the headline
    (a menu's items), only a line with a digit (a date line) is read.
    """
    header = reader.header
    if (
        reader.aside_run >= MAX_LETTERHEAD_ASIDE_RUN
        and header.title is not None
        and not _DIGIT(unit.text)
    ):
        return None
    if reader._over_byline(index):
        return None  # the headline, over its byline
    known, kind, title = len(header.offices), header.kind, header.title
    if not reader._letterhead(index):
        return None
    if kind is None and header.kind is not None and header.title is title:
        # A kind label printed with more (``Pressemitteilung Nr. 12``); a
        # headline printed on its line stays.
        reader._retract_title_before_kind(index)
    if not known and header.offices:
        header.first_line_offices = len(header.offices)
    return BODY if reader.split_at == index else index + 1


def glued_headline(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    A long line with no headline yet: a headline glued to the first
    sentence is split off it, and the body starts.
    """
    if (
        reader.header.title is None
        and word_count(unit.text) >= 15
        and reader._split_glued(index) is not False
    ):
        return BODY  # a headline split off, or a sentence about a named person
    return None


def junk(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    No headline, no paragraph: a run of junk with no spaces over the headline.
    """
    text = unit.text
    if reader.header.title is None and len(text) > MAX_TITLE_CHARS and _is_junk_token(text):
        return _skip(reader, unit, index)
    return None


def kicker(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    A kicker over the headline (`HeaderReader._is_kicker`): set aside.
    """
    if reader.header.title is None and reader._is_kicker(index):
        return _skip(reader, unit, index)
    return None


def title(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    The headline: the first line shaped like one (`HeaderReader._is_title`).
    """
    header = reader.header
    if header.title is None and reader._is_title(index):
        header.title = unit
        header.title_text = unit.text
        reader.title_end = index
        return index + 1
    return None


def byline(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    The headline's byline under it (`HeaderReader._is_byline`): set aside.
    """
    if reader.header.title is not None and reader._is_byline(index):
        return _skip(reader, unit, index)
    return None


def title_continued(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    The headline's next printed line.
    """
    if reader.header.title is not None and reader._continues_title(index):
        return _continue_title(reader, index, unit)
    return None


def after_pair(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    The headline after a ``Label: Value`` pair first taken for it.
    """
    if reader.header.title is not None and reader._headline_after_pair(index):
        return index + 1
    return None


def headline_under_menu(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    The headline under a menu run or over a metadata block: the first title
    was a menu item. A public body's name alone among the lines taken for
    subtitles under it is the masthead.
    """
    header = reader.header
    if header.title is None or not (
        reader._after_menu_run(index) or reader._headline_over_metadata(index)
    ):
        return None
    for between in reader.units[reader.title_end + 1 : index]:
        name = _letterhead.body_name(between.text) if between.text else None
        if name is not None:
            header.bodies.append(name)
    header.dropped.append(header.title)
    header.title = unit
    header.title_text = unit.text
    reader.title_end = index
    return index + 1


def subtitle(reader: LabelRules, index: int, unit: Line) -> int | None:
    """
    A short line between the headline and the body: a subtitle, a photo
    credit, a line of interface text, or the release's date line
    (``Tuesday 15 August 2000``), noted. The line right above the first
    paragraph is the headline instead when the title read before it was a
    banner of the letterhead (`HeaderReader._headline_under_banner`).
    """
    text = unit.text
    header = reader.header
    if (
        header.title is not None
        and not is_prose(text)
        and not _main_content(unit)
        and not (text[-1] == "," and word_count(text) <= SALUTATION_WORDS)
    ):
        if reader._headline_under_banner(index):
            # The line right above the first paragraph is the headline; the
            # title read before it was a banner of the letterhead.
            header.dropped.append(header.title)
            header.title = unit
            header.title_text = unit.text
            reader.title_end = index
            return index + 1
        if _is_deck(reader, index, unit):
            header.deck = unit
            return BODY
        reader._note_date_line(text)
        return _skip(reader, unit, index)
    return None


def _quoted(text: str) -> bool:
    """
    Whether *text* is a quotation whole, its closing mark perhaps followed
    by a footnote's number (``“Es ist nicht zu wenig Zeit, ...”1``,
    ``„Außen knusprig, innen cremig“``), of at least `MIN_QUOTE_WORDS` words.
    """
    core = text.rstrip("0123456789")
    return (
        len(core) > 2
        and core[0] in _DECK_QUOTES
        and core[-1] in _DECK_QUOTES
        and word_count(core) >= MIN_QUOTE_WORDS
        and not any(mark in core[1:-1] for mark in _DECK_QUOTES if mark not in "'’‘‚")
    )


def _is_deck(reader: LabelRules, index: int, unit: Line) -> bool:
    """
    Whether *unit*, which is no sentence, is the headline's standfirst (a
    deck, ``Seit November ausgefallener Sender wieder aktiv – Erfreuliche
    Flugdaten aus der ...``): right under the headline and right over the
    first paragraph, at least `DECK_WORDS` words, opening with a letter or
    a quotation mark (no menu's symbol), no bullet, no digit (a
    byline's or a caption's date), not in capitals (a second headline or a
    banner) and no table cell or menu (``|``, ``+``). Over a paragraph
    that opens with a dateline it stays in the header: the dateline marks
    where a release's body starts. The field stage
    takes it back out of the body when it is the release's title after
    all (`pressparse._fields.extract`). A quotation whole (`_quoted`: an
    epigraph, a pull quote) right over the first paragraph opens the body
    too, wherever the headline stands above it and whatever its length.
    """
    text = unit.text
    quoted = _quoted(text)
    return (
        (quoted or (index == reader.title_end + 1 and word_count(text) >= DECK_WORDS))
        and index + 1 < len(reader.units)
        and not unit.marker
        and (text[0].isalpha() or text[0] in _DECK_QUOTES)
        and (quoted or not _DIGIT(text))
        and not text.isupper()
        and "|" not in text
        and " + " not in text
        and reader._starts_body(index + 1)
        and reader.dateline_at(reader.units[index + 1].text, lead=True) is None
    )


def _continue_title(reader: LabelRules, index: int, unit: Line) -> int:
    header = reader.header
    header.title_text = f"{header.title_text} {unit.text}"
    header.dropped.append(unit)
    reader.title_end = index
    return index + 1


#: The steps, in order: the first that takes a unit decides. A unit no
#: step takes starts the body.
STEPS: Final[tuple[tuple[str, Step], ...]] = (
    ("header.bare-marker", bare_marker),
    ("header.letter-spaced", letter_spaced),
    ("header.kind-label", kind_label),
    ("header.label-block", label_block),
    ("header.bar-strip", bar_strip),
    ("header.date-bar", date_bar),
    ("header.label-strip", label_strip),
    ("header.inline-label", inline_label),
    ("header.marked-line", marked_line),
    ("header.open-title", open_title),
    ("header.headline-sentence", headline_sentence),
    ("header.body-start", body_start),
    ("header.body-name", body_name),
    ("header.letterhead", letterhead),
    ("header.glued-headline", glued_headline),
    ("header.junk", junk),
    ("header.kicker", kicker),
    ("header.title", title),
    ("header.byline", byline),
    ("header.title-continued", title_continued),
    ("header.after-pair", after_pair),
    ("header.headline-under-menu", headline_under_menu),
    (SUBTITLE, subtitle),
)
