"""
Text normalisation and the small shape tests every stage shares.

Everything here runs once per line on every page, so it avoids regular
expressions where a string method does the same job.
"""

from __future__ import annotations

from itertools import count, repeat
from operator import sub
from typing import Final

import regex

from ._crawl import HEADER_OPENINGS, read_header
from ._decode import decode_text
from ._markdown import looks_like_markdown, read_markdown
from ._models import CrawlHeader
from ._page import Hints, Line, Page

#: Characters that open a bulleted line when followed by white space. The
#: last three are w3m's marks of a list's fifth to seventh levels (its first
#: four: "•", "○", "□", "■").
BULLET_CHARS: Final = "-*•·▪◦‣●○■□►▸➢✓☆★◎"
BULLETS: Final = frozenset(BULLET_CHARS)

# Line separators other than \n become \n; every Unicode space becomes an
# ordinary space; soft hyphens and zero-width characters are removed. The
# substitutions only run when the cheap search finds such a character.
# Characters replaced before splitting: line separators other than \n
# become \n, Unicode spaces become a space, soft hyphens and zero-width
# characters go. Each is looked for with a substring test and replaced with
# str.replace, both at memchr speed: cheaper than a regex or str.translate
# over the whole page, and most pages hold none of them.
_REPLACEMENTS: Final = (
    ("\t", " "),
    ("\x0b", "\n"),
    ("\x0c", "\n"),
    ("\x85", "\n"),
    ("\u2028", "\n"),
    ("\u2029", "\n"),
    ("\u00a0", " "),
    ("\u2007", " "),
    ("\u202f", " "),
    ("\u3000", " "),
    ("\u00ad", ""),
    ("\u200b", ""),
    ("\u200c", ""),
    ("\u200d", ""),
    ("\u2060", ""),
    ("\ufeff", ""),
)
_ASCII_REPLACEMENTS: Final = _REPLACEMENTS[:3]

#: The dashes and quotation marks U+2010-U+201F (hyphen, en and em dash,
#: curly quotes) as their UTF-8 bytes read as Latin-1: 'â' then the C1
#: control U+0080 (never text) then one more character. A page whose UTF-8
#: was read once as Latin-1 prints 'asylumâ\x80\x90seekers' for
#: 'asylum‐seekers'. Only these are mended: they stand inside words and
#: headlines; a mended bullet would change the page's line structure.
LATIN1_PUNCTUATION: Final = {
    chr(code).encode("utf-8").decode("latin-1"): chr(code) for code in range(0x2010, 0x2020)
}
_LATIN1_PUNCTUATION_RE: Final = regex.compile("\xe2\x80[\x90-\x9f]")

#: The last characters of a sentence (`is_sentence`).
SENTENCE_END: Final = frozenset('.!?…:;"”’»)')


def decode(data: bytes) -> str:
    """
    Decode crawled text: a BOM wins, then UTF-8, then mostly-UTF-8 with
    the stray bytes replaced, then Windows-1252, then Latin-1 (which maps
    every byte, so decoding never fails). See `_decode.decode_text`.
    """
    return decode_text(data)[0]


def mend_latin1_punctuation(text: str) -> str:
    """
    *text* with each dash or quotation mark of `LATIN1_PUNCTUATION` that
    was read as Latin-1 (``'â\x80\x90'``) mended (``'‐'``); *text* itself
    where it holds none.
    """
    if "\xe2\x80" not in text:
        return text
    return _LATIN1_PUNCTUATION_RE.sub(lambda match: LATIN1_PUNCTUATION[match.group()], text)


def _clean(text: str) -> str:
    if not text.isascii():
        text = mend_latin1_punctuation(text)
    for char, replacement in _ASCII_REPLACEMENTS if text.isascii() else _REPLACEMENTS:
        if char in text:
            text = text.replace(char, replacement)
    return text


def split_lines(text: str) -> Page:
    """
    Split crawled text into a `Page` of `Line` records.

    CRLF and CR become LF, non-breaking and other Unicode spaces become
    ordinary spaces, invisible characters go, and each line is stripped and
    its white space collapsed. A leading bullet marker followed by white
    space (or standing alone) is moved to `Line.marker`.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _clean(text)
    raws = text.split("\n")
    if text.startswith(HEADER_OPENINGS):
        header, skip = read_header(raws)
        if header is not None:
            return _headed_page(text, raws, header, skip)
    if looks_like_markdown(text):
        return read_markdown(raws)
    return Page(lines=_text_lines(text, raws))


def _text_lines(text: str, raws: list[str]) -> list[Line]:
    """
    The `Line` records of plain crawled text *raws* (*text* joined).
    """
    if "  " in text or "\n " in text or text[:1] == " ":
        lines, glued = _collapsed_lines(raws)
    else:
        lines, glued = _plain_lines(raws)
    if glued:
        lines = _split_glued_markers(lines)
    return lines


def _headed_page(text: str, raws: list[str], header: CrawlHeader, skip: int) -> Page:
    """
    The `Page` of crawled text that opens with a crawler's *header* taking
    its first *skip* lines, or, for a ``date`` fragment (*skip* 0), the
    start of the first line: the header goes to the page's hints (the
    release makes its lines a ``crawl-header`` record), its title (site
    name cut off) and publication date too. The page below it is read as
    Markdown on evidence, or because the header says so (``Markdown
    Content:``).
    """
    from .html._hints import strip_site_name  # only on pages with a header

    hints = Hints(
        title=strip_site_name(header.title) if header.title else None,
        date=header.published,
        crawl=header,
    )
    printed = raws[0]
    if not skip:
        # The fragment is cut from the first line; its raw stays as printed.
        raws = [printed[len(header.lines[0]) :].lstrip(), *raws[1:]]
    rest = "\n".join(raws[skip:])
    declared = header.format == "reader" and header.lines[-1].startswith("Markdown")
    if declared or looks_like_markdown(rest):
        page = read_markdown(raws, skip)
        lines, removed, fmt = list(page.lines), page.removed, page.format
    else:
        lines, removed, fmt = _text_lines(rest, raws[skip:]), (), "text"
        if skip:
            lines = [line._replace(number=line.number + skip) for line in lines]
    if not skip and lines and lines[0].number == 0:
        lines[0] = lines[0]._replace(raw=printed + lines[0].raw[len(raws[0]) :])
    return Page(lines=lines, removed=removed, hints=hints, format=fmt)


def _plain_lines(raws: list[str]) -> tuple[list[Line], bool]:
    """
    The `Line` records of *raws*, lines with no indent and no run of
    spaces; and whether some line may open with a marker glued to its text
    (for `_split_glued_markers`).
    """
    # One loop, the common case: it costs about what the vectorised steps
    # of `_collapsed_lines` do. A one-character slice is a cached string.
    lines: list[Line] = []
    new = tuple.__new__  # Line's own constructor costs a Python call per line
    glued = False
    for number, raw in enumerate(raws):
        line = raw.rstrip()
        first = line[:1]
        if first not in BULLETS:
            lines.append(new(Line, (number, raw, line, "", 0, None, None, 0)))
        elif len(line) == 1 or line[1:2] == " ":
            lines.append(new(Line, (number, raw, line[2:], first, 0, None, None, 0)))
        else:  # a marker glued to its text, or a word opening with one ("-based")
            glued = True
            lines.append(new(Line, (number, raw, line, "", 0, None, None, 0)))
    return lines, glued


def _collapsed_lines(raws: list[str]) -> tuple[list[Line], bool]:
    """
    `_plain_lines` for pages where some line is indented or holds a run of
    spaces: each line's indent is counted and its white space collapsed.
    """
    # Every step but one runs in C over the whole page: only lines that
    # still hold a run of spaces or a non-ASCII character (which may be
    # white space to str.split) once stripped are collapsed word by word.
    lefts = list(map(str.lstrip, raws))
    indents = list(map(sub, map(len, raws), map(len, lefts)))
    stripped = [
        " ".join(line.split()) if "  " in line or not line.isascii() else line
        for line in map(str.rstrip, lefts)
    ]
    # A line's first two characters say whether it opens with a marker:
    # ``"- "`` or a marker alone. One dict lookup per line, in C.
    heads = [line[:2] for line in stripped]
    markers = list(map(_MARKER_OF_HEAD.get, heads, repeat("")))
    texts = [line[2:] if marker else line for line, marker in zip(stripped, markers, strict=True)]
    # Lines are built by map() over zip() in C.
    lines = list(
        map(
            tuple.__new__,
            repeat(Line),
            zip(count(), raws, texts, markers, indents, repeat(None), repeat(None), repeat(0)),
        )
    )
    glued = any(head[:1] in BULLETS for head in set(heads).difference(_MARKER_OF_HEAD))
    return lines, glued


#: A line's first two characters that open it with a bullet marker (the
#: marker and a space, or the marker alone on its line), to the marker.
_MARKER_OF_HEAD: Final = {
    **{char + " ": char for char in BULLET_CHARS},
    **{char: char for char in BULLET_CHARS},
}


# Markers that also open text that is no list item: a hyphen (a negative
# number, an end mark "-30-", a broken word "-based") and an asterisk (a
# footnote "*Terms apply").
_AMBIGUOUS_MARKERS: Final = "-*"


def _glued_item(text: str) -> bool:
    """
    Whether *text* (a stripped line) opens with a bullet marker glued to
    its item: a marker, then no space and no second marker. After a hyphen
    or an asterisk the item must open with a letter or a quote mark (not a
    digit: ``-5 degrees``, ``-30-``).
    """
    if len(text) < 2 or text[0] not in BULLETS or text[1] in BULLETS or text[1].isspace():
        return False
    return text[0] not in _AMBIGUOUS_MARKERS or text[1].isalpha() or text[1] in "\"'“‘«"


def _split_glued_markers(lines: list[Line]) -> list[Line]:
    """
    Move a bullet marker glued to its text (``-GENEVA``, ``•Human rights``)
    to `Line.marker`, as for ``- GENEVA``.

    A glued bullet other than a hyphen or an asterisk before a capital, a
    digit or a quote mark is always a marker. A glued hyphen or asterisk,
    or a bullet before a lower-case letter (a speck a scan read as ``·``),
    is one only inside a run of marked lines: the nearest non-blank line
    before or after it is marked with the same character (spaced or
    glued), so a lone ``-based``, ``*Terms apply`` or ``·discussion`` keeps
    its text.
    """
    glued = [_glued_item(line.text) if not line.marker else False for line in lines]
    texts = [i for i, line in enumerate(lines) if line.text or line.marker]
    out = list(lines)
    for position, index in enumerate(texts):
        if not glued[index]:
            continue
        line = lines[index]
        char = line.text[0]
        if char in _AMBIGUOUS_MARKERS or line.text[1].islower():
            neighbours = [texts[p] for p in (position - 1, position + 1) if 0 <= p < len(texts)]
            if not any(
                lines[other].marker == char or (glued[other] and lines[other].text[0] == char)
                for other in neighbours
            ):
                continue
        out[index] = line._replace(text=line.text[1:], marker=char)
    return out


#: The first digit of a text (any script's), or ``None``: one search in C,
#: the cheap test before date and number patterns.
has_digit: Final = regex.compile(r"\d").search


def word_count(text: str) -> int:
    """
    Count the words of whitespace-normalised *text*.
    """
    return text.count(" ") + 1 if text else 0


def is_sentence(text: str) -> bool:
    """
    ``True`` when *text* reads as running prose: six words or more ending
    like a sentence, or twenty words or more.
    """
    # word_count() inline: the spaces of a normalised text are its words
    # less one (none for the empty text).
    spaces = text.count(" ")
    if spaces >= 19:
        return True
    return spaces >= 5 and text[-1] in SENTENCE_END


_COPYRIGHT_MARKS: Final = (
    "©",
    "(c)",
    "copyright",
    "rights reserved",
    "rechte vorbehalten",
    "droits réservés",
    "derechos reservados",
    "diritti riservati",
    "direitos reservados",
    "права защищены",
)
# The marks an ASCII text can hold. For ASCII text str.lower() folds as
# str.casefold() does, and much faster.
_ASCII_COPYRIGHT_MARKS: Final = tuple(mark for mark in _COPYRIGHT_MARKS if mark.isascii())
#: Copyright lines are short; longer lines are never taken for one.
MAX_COPYRIGHT_CHARS: Final = 300


def is_copyright(text: str) -> bool:
    """
    ``True`` for a copyright or rights-reserved line (``© 2025 ...``).
    """
    if len(text) > MAX_COPYRIGHT_CHARS:
        return False
    if text.isascii():
        folded = text.lower()
        marks = _ASCII_COPYRIGHT_MARKS
    else:
        folded = text.casefold()
        marks = _COPYRIGHT_MARKS
    # A plain loop: any() over a generator costs three times as much here.
    for mark in marks:  # noqa: SIM110
        if mark in folded:
            return True
    return False


def is_prose(text: str) -> bool:
    """
    ``True`` for running prose: a sentence (`is_sentence`) that is not a
    copyright line.
    """
    # is_sentence() inline: this runs on most lines of most pages.
    spaces = text.count(" ")
    if spaces < 19 and (spaces < 5 or text[-1] not in SENTENCE_END):
        return False
    return not is_copyright(text)
