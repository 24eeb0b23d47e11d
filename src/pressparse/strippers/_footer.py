"""
What follows the body: end marks, copyright lines, social and share links.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

import regex

from .. import _lexicon
from .._models import MetaField
from .._page import Line, Page
from .._sections import (
    closing_fields,
    is_link_row,
    section_kind,
    source_fields,
)
from .._text import SENTENCE_END, is_copyright, is_sentence, word_count
from ._blocks import continues_paragraph
from ._menus import list_length

# End-of-release marks as newsrooms type them: ###, # # #, -30-, - ends -,
# ENDS, * * *. A whole line, nothing else on it.
_END_MARK: Final = regex.compile(
    r"(?:#\s?){3}|[-–—]\s?30\s?[-–—]"
    rf"|[-–—]*\s*(?:{_lexicon.pattern('end_words')})\s*[-–—]*\.?"
    r"|(?:\*\s?){3,}|\*\s\*{3}\s\*",
    regex.IGNORECASE,
)
#: Closing sections whose first line may carry the release's topics.
_TOPIC_SECTIONS: Final = frozenset({"tags", "related"})
_LINK_SECTIONS: Final = frozenset({"related", "tags", "source"})

#: Trailing lines this short that do not read as sentences are page chrome.
MAX_CHROME_WORDS: Final = 8

#: A closing line of at least this many words that ends with a full stop,
#: question or exclamation mark is a short sentence of the body, not chrome.
MIN_SHORT_SENTENCE_WORDS: Final = 3

# A share or follow link, however it ends ("Share on Facebook (opens in new
# tab)", "Follow us on LinkedIn."), in the languages of the kind labels.
_SHARE: Final = regex.compile(
    r"(?:share|follow us|teilen|folgen sie uns|partager|suivez-nous|compartir|síguenos"
    r"|condividi|seguici|compartilh\w*+|siga-nos|поделиться)\b",
    regex.IGNORECASE,
)


def _is_share_line(text: str) -> bool:
    """
    ``True`` for a short share or follow link: never running prose.
    """
    return word_count(text) <= MAX_CHROME_WORDS and _SHARE.match(text) is not None


def _is_body_prose(line: Line) -> bool:
    """
    ``True`` for an unmarked line of running prose (`is_prose`) that is no
    share link (`_is_share_line`) and not mostly link text (`Line.link_chars`):
    the test the footer runs on every line,
    with the words counted once.
    """
    if line.marker:
        return False
    text = line.text
    # is_prose() and _is_share_line() inline: the spaces of a normalised
    # text are its words less one.
    spaces = text.count(" ")
    if spaces < 19 and (spaces < 5 or text[-1] not in SENTENCE_END):
        return False
    if line.link_chars * 2 > len(text):
        # (A line mostly link text is a link, however long: a related
        # article's headline, not the body's prose.)
        return False
    if spaces < MAX_CHROME_WORDS and _SHARE.match(text) is not None:
        return False
    return not is_copyright(text)


def _is_short_sentence(text: str) -> bool:
    """
    ``True`` for a short line that still reads as a sentence
    (``Tickets are sold on board.``), unlike chrome (``Back to top``).
    """
    return text[-1:] in ".!?" and word_count(text) >= MIN_SHORT_SENTENCE_WORDS


def _body_goes_on(lines: Sequence[Line], prose: Sequence[bool], index: int) -> bool:
    """
    Whether more of the page's prose (*prose*: `_is_body_prose`) is printed
    under the end mark at *index* than above it: the mark is a section's
    break inside the body (kath.net's ``***`` between a saint's day and the
    gospel) or a sidebar's ornament above it (der-erfolg-gibt-recht's
    ``* * *``), not the release's end, under which only its boilerplate
    stands.
    """
    above = sum(
        len(line.text) for line, flag in zip(lines[:index], prose[:index], strict=True) if flag
    )
    below = sum(
        len(line.text)
        for line, flag in zip(lines[index + 1 :], prose[index + 1 :], strict=True)
        if flag
    )
    return below > above


def strip_footer(page: Page, name: str) -> Page:
    """
    Return *page* without its end mark, footer and trailing chrome, the
    removed lines recorded under stripper *name* (`FooterStripper`).
    """
    lines = [line for line in page.lines if line.text or line.marker]
    if not lines:
        return page
    prose = list(map(_is_body_prose, lines))
    # An end mark counts only after some prose: look from the line after
    # the first prose line on.
    first_prose = prose.index(True) if True in prose else len(lines)
    for index in range(first_prose + 1, len(lines)):
        raw = lines[index].raw
        if (
            len(raw) <= 24
            and _END_MARK.fullmatch(raw.strip())
            and not _body_goes_on(lines, prose, index)
        ):
            page = page.remove(
                [lines[index].number], kind="end-mark", stripper=name, read=source_fields
            )
            rest = [later.number for later in lines[index + 1 :]]
            page = page.remove(rest, kind="after-end", stripper=name, read=source_fields)
            lines = lines[:index]
            break
    # A line that carries on the wrapped paragraph above it is never a
    # section's heading nor trailing chrome: in a hard-wrapped crawl (lynx)
    # the last line of a paragraph is often a few words ("zugesagt wird.").
    wrapped = continues_paragraph(lines)
    lines, prose, page = _sections(page, lines, prose, wrapped, name)
    last_prose = -1
    for index in range(len(lines)):
        if prose[index]:
            last_prose = index
    if last_prose < 0:
        # No body: only copyright lines are surely chrome.
        rights = [line.number for line in lines if is_copyright(line.text)]
        return page.remove(rights, kind="footer", stripper=name, read=source_fields)
    tail = last_prose + 1
    if lines[last_prose].text.endswith(":"):
        # The body closes with a list its last prose line introduces.
        tail += list_length(lines, tail)
    chrome: list[int] = []
    above_chrome = False
    for line, carried in zip(lines[tail:], wrapped[tail:], strict=False):
        # The closing line of a wrapped paragraph goes with the line above
        # it: chrome under a copyright line, the body's under its prose.
        text = line.text
        above_chrome = (
            above_chrome
            if carried
            else is_copyright(text)
            or _is_share_line(text)
            or is_link_row(text)
            or (
                word_count(text) <= MAX_CHROME_WORDS
                and not is_sentence(text)
                and not _is_short_sentence(text)
                and not text.endswith(":")
                and ": " not in text
            )
        )
        if above_chrome:
            chrome.append(line.number)
    last = lines[-1]
    if (
        chrome
        and last.number != chrome[-1]
        and len(lines) > 1
        and lines[-2].number == chrome[-1]
        and last.text.endswith("?")
        and word_count(last.text) <= MAX_CHROME_WORDS
    ):
        # A short question closing the page under its chrome, its answer
        # buttons not crawled ("Share this page", "Is this page useful?").
        chrome.append(last.number)
    if chrome and lines[-1].number == chrome[-1]:
        # A label over nothing but chrome ("Share this:" over its links),
        # or a short question under chrome over the chrome of its
        # answers ("Is this page useful?" over "Yes", "No").
        removed = set(chrome)
        for line in reversed(lines[tail:]):
            if line.number in removed:
                continue
            if word_count(line.text) > MAX_CHROME_WORDS or not (
                line.text.endswith(":")
                or (line.text.endswith("?") and line.number > lines[tail].number)
            ):
                break
            chrome.append(line.number)
            removed.add(line.number)
    return page.remove(chrome, kind="footer", stripper=name, read=source_fields)


#: A closing section stacked over another has at most this many lines
#: under its heading.
MAX_STACKED_SECTION_LINES: Final = 3
#: The kinds of section that may stand over another above the middle of a
#: short page: not links and tags, which a body may hold.
_STACKING: Final = frozenset({"about", "disclaimer", "contact", "notes"})


def _stacked_sections(lines: Sequence[Line], cut: int, first_prose: int) -> int:
    """
    Where the closing sections start, given the first found below the
    middle of the page at *cut*: a short section (an ``About ...``
    heading and a paragraph or two, a disclaimer) right over it closes the
    release too, even above the middle of a short page. Sections stack, so
    the look goes on upwards; never above the line after the first prose
    line.
    """
    while True:
        for back in range(cut - 1, max(first_prose, cut - 1 - MAX_STACKED_SECTION_LINES), -1):
            line = lines[back]
            if not line.marker and section_kind(line.text) in _STACKING:
                cut = back
                break
        else:
            return cut


def _sections(
    page: Page, lines: list[Line], prose: list[bool], wrapped: Sequence[bool], name: str
) -> tuple[list[Line], list[bool], Page]:
    """
    Remove the closing sections; return the lines and prose flags left.
    A line that carries on a wrapped paragraph (*wrapped*) heads none.
    """
    start = len(lines) // 2
    first_prose = next((i for i, flag in enumerate(prose) if flag), len(lines))
    # The prose printed after each line: a closing section closes the
    # body, so most of the page's prose stands above it.
    after = [0] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        after[index] = after[index + 1] + (len(lines[index].text) if prose[index] else 0)
    cut = -1
    total = after[0]
    for index in range(max(start, first_prose + 1), len(lines)):
        line = lines[index]
        if line.marker or wrapped[index] or after[index + 1] > total - after[index + 1]:
            # More prose below the line than above it: were it a heading,
            # the body goes on under it (a menu's "Contact" entry over a
            # page whose body a converter prints after a long navigation).
            # Told before the line's kind is read: it costs less.
            continue
        kind = section_kind(line.text)
        if kind is None:
            continue
        # Links and tags close a page with short lines only: running
        # prose after a "Related:" line means it was a link set inside
        # the body, and the body goes on.
        if kind in _LINK_SECTIONS and any(prose[index + 1 :]):
            continue
        cut = index
        break
    if cut < 0:
        return lines, prose, page
    cut = _stacked_sections(lines, cut, first_prose)
    kind = section_kind(lines[cut].text) or "section"
    # Each section is one run of the page's printed lines (only blank lines
    # between them), cut off by slicing (`Page.remove_runs`): a page of
    # many short sections is not walked line by line once per section.
    block: list[Line] = []
    for line in lines[cut:]:
        following = None if line.marker else section_kind(line.text)
        if following is not None and block:
            page = page.remove_runs([block], kind=kind, stripper=name, read=_reader(kind))
            block = []
            kind = following
        block.append(line)
    page = page.remove_runs([block], kind=kind, stripper=name, read=_reader(kind))
    return lines[:cut], prose[:cut], page


def _reader(kind: str) -> Callable[[Sequence[str]], tuple[MetaField, ...]]:
    """
    What the field stage is passed of a closing section of *kind*: a topic
    section's topic pair and issuers, any other's issuers.
    """
    return closing_fields if kind in _TOPIC_SECTIONS else source_fields
