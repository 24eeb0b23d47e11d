"""
Navigation menus in crawled text, found by their shape.

A crawler renders a site menu as a run of bulleted lines: ``- item``, with
section headings as a bare marker followed by a short line (``-`` then
``Our work``), or flattens it onto one line (``Home | News | Contact``,
``Home  Speeches  Media Releases``). No list of any site's menu items is
stored: a run is judged by where it stands and what its items look like; a
one-line menu also by the general words of site navigation it is made of.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby, repeat
from typing import Final

import regex

from .. import _letterhead, _vocab
from .._page import MARKER_OF, TEXT_OF, Line, Page
from .._sections import (
    _MENU_CONNECTORS,
    MAX_INLINE_LABEL_WORDS,
    is_bare_label_block,
    is_label,
    nav_word,
)
from .._text import has_digit, is_prose, is_sentence, word_count

#: A run needs at least this many items to be taken for a menu.
MIN_ITEMS: Final = 3
#: Items of a menu are short: at most this many words on average.
MAX_AVERAGE_WORDS: Final = 7.0
#: A section heading under a bare marker has at most this many words.
MAX_HEADING_WORDS: Final = 8
#: A menu flattened onto one line has at least this many items between
#: separator marks (``|``, ``·``, ``•``, brackets), or one more between
#: column gaps (runs of spaces) ...
MIN_FLAT_ITEMS: Final = 3
#: ... and each item has at most this many words.
MAX_FLAT_ITEM_WORDS: Final = 5
#: A one-line menu without separators names at least this many
#: navigation words, ...
MIN_NAV_WORDS: Final = 4
#: ... which make up at least this share of its words.
MIN_NAV_SHARE: Final = 0.6
#: A one-line menu has at most this many words.
MAX_FLAT_MENU_WORDS: Final = 40

#: A cookie consent notice at the top of a page has at most this many
#: lines of text, ...
MAX_NOTICE_LINES: Final = 3
#: ... then buttons of at most this many words each (``Accept``, ``OK, I
#: agree``), ...
MAX_BUTTON_WORDS: Final = 4
#: ... and stands after at most this many short lines (``Skip to main
#: content``, a language switcher).
MAX_NOTICE_START: Final = 3

#: Separator marks between the items of a menu on one line.
_FLAT_MARKS: Final = frozenset("|·•[]")
_FLAT_SEPARATOR: Final = regex.compile(r"\s*+[|·•\[\]]\s*+|[ ]{2,}+")
_SENTENCE_MARKS: Final = frozenset(".!?:;,")


def _list_marker(line: Line) -> str:
    # On HTML pages a list inside the main content is body: the
    # html-regions stripper has judged it by its markup already.
    return "" if line.zone == "main" else line.marker


def _runs(lines: Sequence[Line], *, html: bool = False) -> list[list[Line]]:
    """
    Group the non-blank lines into maximal runs of list-shaped lines.

    A list-shaped line carries a bullet marker (outside the main content
    of an HTML page), or is a short unmarked line right after a bare marker
    (a menu section heading).
    """
    # Lines are grouped by their marker first, in C on text pages: pages
    # are mostly menu lines, and only the unmarked ones need a Python step.
    runs: list[list[Line]] = []
    current: list[Line] = []
    after_bare = False
    for marker, group in groupby(lines, _list_marker if html else MARKER_OF):
        if marker:
            current.extend(group)
            after_bare = not current[-1].text
            continue
        for line in group:
            if not line.text and not line.marker:
                continue
            if after_bare and word_count(line.text) <= MAX_HEADING_WORDS:
                current.append(line)
                after_bare = False
                continue
            after_bare = False
            if current:
                runs.append(current)
                current = []
            runs.append([line])
    if current:
        runs.append(current)
    return runs


def list_length(lines: Sequence[Line], start: int) -> int:
    """
    How many non-blank *lines* from *start* on form one bulleted list.

    A list is what a prose line ending in a colon introduces: items with
    text, all with the first item's marker and indent, or indented deeper
    (a nested list). It ends at the first break in shape: another marker, a
    shallower or different indent, a bare marker (a menu section heading),
    or an unmarked line. A menu printed right after a list with the same
    marker and indent and no heading cannot be told from the list by shape
    and is read as part of it.
    """
    count = 0
    if start < len(lines):
        first = lines[start]
        for line in lines[start:]:
            if not line.marker or not line.text:
                break
            if line.indent > first.indent or (
                line.marker == first.marker and line.indent == first.indent
            ):
                count += 1
                continue
            break
    return count


def _is_inline_label(line: Line) -> bool:
    """
    ``True`` for a bulleted ``Label: value`` item whose label is one pages
    use for metadata (``- Place: GENEVA``).
    """
    label, sep, value = line.text.partition(": ")
    return (
        bool(sep and value)
        and word_count(label) <= MAX_INLINE_LABEL_WORDS
        and _vocab.key(label) in _vocab.KNOWN_LABELS
    )


def _split_metadata(run: list[Line], texts: list[str]) -> int:
    """
    Where a metadata block begins in *run* (whose texts are *texts*): the
    index of the first label item (``- Date:``) or known inline label item
    (``- Place: GENEVA``), else ``len(run)``. The run before it is the
    menu part, the rest the metadata part.
    """
    if ":" not in "".join(texts):  # one test in C for most runs
        return len(run)
    for index, line in enumerate(run):
        if line.marker and ":" in line.text and (is_label(line.text) or _is_inline_label(line)):
            return index
    return len(run)


def strip_menus(page: Page, name: str) -> Page:
    """
    Return *page* without its navigation menus, the removed lines recorded
    under stripper *name* (`MenuStripper`).
    """
    runs = _runs(page.lines, html=page.format == "html")
    start, end = _consent_notice(runs)
    if end:
        notice = [line for run in runs[start:end] for line in run]
        page = page.remove_runs([notice], kind="notice", stripper=name)
        del runs[start:end]
    # Each removed block is a run, or the start or end of one: lines that
    # stand together on the page, which Page.remove_runs cuts by slices.
    blocks: list[list[Line]] = []
    # True while every run so far was navigation: the top of the page.
    leading = True
    # True until the first running prose: the header, where a menu may
    # be printed on one line (never in the body).
    header = True
    for index, run in enumerate(runs):
        if len(run) == 1 and not run[0].marker:
            if header:
                if is_flat_menu(run[0]):
                    blocks.append(run)
                    continue
                header = not is_prose(run[0].text)
            leading = False
            continue
        before = _neighbour(runs, index, -1)
        after = _neighbour(runs, index, 1)
        if before is not None and _introduces_list(before):
            # A list in the body; a menu may follow it in the same run.
            rest = run[list_length(run, 0) :]
            if rest and _is_menu(rest, None, after, leading=False):
                blocks.append(rest)
            leading = False
            continue
        if before is not None and is_bare_label_block(run):
            # Metadata under the headline printed without colons.
            leading = False
            continue
        # The texts are read once, for both tests.
        texts = list(map(TEXT_OF, run))
        cut = _split_metadata(run, texts)
        menu = run[:cut] if cut < len(run) else run
        is_menu = _is_menu(
            menu, before, after, leading=leading, texts=texts if menu is run else texts[:cut]
        )
        if is_menu and menu:
            blocks.append(menu)
        leading = leading and is_menu and cut == len(run)
    return page.remove_runs(blocks, kind="menu", stripper=name)


def _consent_notice(runs: list[list[Line]]) -> tuple[int, int]:
    """
    The runs ``[start, end)`` that form a cookie consent notice at the top
    of a page, or ``(0, 0)``.

    Its shape: before any bulleted run and after at most a few short lines
    (a skip link, a language switcher), up to `MAX_NOTICE_LINES` unmarked
    lines of text of which one speaks of cookies, then perhaps its buttons
    (unmarked lines of at most `MAX_BUTTON_WORDS` words); then the page
    begins: a bulleted menu or a kind label follows, and running prose
    further down. A headline and lead that speak of cookies are followed
    by more prose, or by nothing but a footer.
    """
    start = 0
    while start < min(len(runs), MAX_NOTICE_START) and _is_button(runs[start]):
        start += 1
    end = start
    cookies = False
    while end < len(runs) and end - start < MAX_NOTICE_LINES:
        run = runs[end]
        if len(run) != 1 or run[0].marker or _is_button(run):
            break
        cookies = cookies or "cookie" in run[0].text.casefold()
        end += 1
    if not cookies:
        return 0, 0
    while (
        end < len(runs)
        and _is_button(runs[end])
        and _vocab.key(runs[end][0].text) not in _vocab.KINDS
    ):
        end += 1
    if end >= len(runs):
        return 0, 0
    following = runs[end]
    if (
        len(following) == 1
        and not following[0].marker
        and _vocab.key(following[0].text) not in _vocab.KINDS
    ):
        return 0, 0
    if not any(len(run) == 1 and is_prose(run[0].text) for run in runs[end + 1 :]):
        return 0, 0
    return start, end


def _is_button(run: list[Line]) -> bool:
    """
    ``True`` for a run that is one short unmarked line: a notice's button
    (``Accept``), a skip link, a language switcher.
    """
    return len(run) == 1 and not run[0].marker and word_count(run[0].text) <= MAX_BUTTON_WORDS


def _nav_item(item: str) -> bool:
    """
    ``True`` for a menu item holding a navigation word (``Media Releases``).
    """
    return any(map(nav_word, item.split(" ")))


def _flat_item(item: str) -> bool:
    """
    ``True`` for a text that can be an item of a menu on one line: a short
    capitalised phrase without digits, sentence punctuation, an office, a
    person's style or a kind label (those are letterhead columns).
    """
    return (
        len(item) > 1
        and item[:1].isupper()
        and word_count(item) <= MAX_FLAT_ITEM_WORDS
        and item[-1] not in _SENTENCE_MARKS
        and not has_digit(item)
        and _vocab.key(item) not in _vocab.KINDS
        and _letterhead.office(item) is None
        and not _letterhead.is_person(item)
    )


def is_flat_menu(line: Line) -> bool:
    """
    Whether *line* is a site menu flattened onto one line.

    Its shape: many short capitalised items and no sentence. Either the
    items stand between separator marks or column gaps (``Home | About |
    Contact``, ``[ News ] [ Speeches ]``, ``Home  Site Map  Search``; at
    least `MIN_FLAT_ITEMS` items, one more when only gaps part them and
    then half of them with a navigation word, since a letterhead or a
    byline is set in columns too), every item a short
    capitalised phrase (`_flat_item`: no office, person or kind label, so
    a letterhead set in columns is not one); or, without separators, the
    line is capitalised words mostly from the general vocabulary of site
    navigation (`NAV_WORDS`: ``Home Biography Speeches Media Releases
    Contact``). A headline is one phrase, which neither shape fits. A
    breadcrumb trail (``Home > Media > Headline``) is not a menu: its last
    item is the headline, read by the letterhead reader. Lines of the main
    content of an HTML page are never menus here.
    """
    text = line.text
    words = word_count(text)
    if (
        len(text) < MIN_FLAT_ITEMS * 3
        or not (text[:1].isupper() or text[0] in _FLAT_MARKS)
        or words > MAX_FLAT_MENU_WORDS
        or text[-1] in _SENTENCE_MARKS
        or line.zone == "main"
        or ": " in text  # ``Label: value`` pairs are metadata
    ):
        return False
    raw = line.raw
    marked = "|" in raw or "·" in raw or "•" in raw or "[" in raw
    if marked or "  " in raw:
        items = [item.strip() for item in _FLAT_SEPARATOR.split(raw.strip()) if item.strip()]
        enough = MIN_FLAT_ITEMS if marked else MIN_FLAT_ITEMS + 1
        if (
            len(items) >= enough
            and all(map(_flat_item, items))
            and (marked or sum(map(_nav_item, items)) * 2 >= len(items))
        ):
            return _letterhead.breadcrumb(text) is None
    if words < MIN_NAV_WORDS:
        return False
    second = text.split(" ", 2)[1]
    if not second[:1].isupper() and second not in _MENU_CONNECTORS:
        return False  # (cheap: most headlines have a word in lower case early)
    split = text.split(" ")
    if not all(w[:1].isupper() or w in _MENU_CONNECTORS for w in split):
        return False
    nav = sum(map(nav_word, split))
    return (
        nav >= MIN_NAV_WORDS
        and nav >= MIN_NAV_SHARE * words
        and not has_digit(text)
        and _letterhead.breadcrumb(text) is None
    )


def _introduces_list(line: Line) -> bool:
    """
    ``True`` for a prose line that announces a list: unmarked, ending in a colon.
    """
    return not line.marker and line.text.endswith(":")


def _is_menu(
    run: list[Line],
    before: Line | None,
    after: Line | None,
    *,
    leading: bool,
    texts: list[str] | None = None,
) -> bool:
    """
    Whether *run*, between the unmarked lines *before* and *after*, is a menu.

    *leading* says that nothing but navigation precedes the run: there even
    one or two short items are a menu (a language switch, a breadcrumb).
    *texts* are the texts of *run*, when the caller has read them already.
    """
    # Field values are read once, in C; the tests below then touch plain
    # strings and ints, not a Line's descriptors.
    if texts is None:
        texts = list(map(TEXT_OF, run))
    # Empty texts counted in C: a long menu with section headings returns
    # on the next test without building the list of its items.
    empty = texts.count("")
    if empty == len(texts):
        return bool(run)  # bare markers alone are layout debris
    # A bare marker inside the run heads a section of the menu.
    if (
        empty
        and len(texts) - empty >= 2
        and any(
            marker and not text for marker, text in zip(map(MARKER_OF, run), texts, strict=True)
        )
    ):
        return True
    items = list(filter(None, texts)) if empty else texts
    if len(items) < MIN_ITEMS:
        return leading and all(
            word_count(text) <= MAX_HEADING_WORDS and not is_sentence(text) and not is_label(text)
            for text in items
        )
    spaces = list(map(str.count, items, repeat(" ")))
    words = (sum(spaces) + len(items)) / len(items)  # word_count() of each item
    # is_sentence() needs six words at least: most menus have no item that long.
    sentences = (
        sum(
            1
            for space, text in zip(spaces, items, strict=True)
            if space >= 5 and is_sentence(text)
        )
        if max(spaces) >= 5
        else 0
    )
    if words > MAX_AVERAGE_WORDS or sentences * 4 > len(items):
        return False
    if before is not None and _introduces_list(before):
        return False
    return not (
        before is not None and after is not None and is_prose(before.text) and is_prose(after.text)
    )


def _neighbour(runs: list[list[Line]], index: int, step: int) -> Line | None:
    """
    The nearest unmarked line before (step -1) or after (step 1) a run.
    """
    position = index + step
    if 0 <= position < len(runs):
        run = runs[position]
        if len(run) == 1 and not run[0].marker:
            return run[0]
    return None
