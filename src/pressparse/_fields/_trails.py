"""
Breadcrumb trails a converter printed as a numbered list, an item a line.

A site's trail is an ordered list whose items lead to the pages above the
page, the last item the page itself::

    1. Startseite
    2. Presse
    3. Erinnerung an die Opfer der NS-Verbrechen

Markdown (html2text) keeps it as list items and their links
(`_markdown_title`), a text browser or renderer as numbered lines
(`_headings`); both read the numbering here, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

# A numbered list's item as a converter prints it: "3. Archiv", or "1."
# alone (an icon's link, the home page's).
_NUMBERED: Final = regex.compile(r"(\d{1,2})\.(?:[^\S\n]++|\Z)")
# What a site may set between the number and the page's item ("2. |Name",
# "3. > Name"): no letter of the headline.
LEADING: Final = "|>»›/:-–— "


def numbered_item(text: str) -> tuple[int, str] | None:
    """
    The number and the text of a numbered list's item (``3. Archiv``:
    ``(3, "Archiv")``; ``1.`` alone, an icon's link: ``(1, "")``), or
    ``None`` where *text* opens with no item's number.
    """
    mark = _NUMBERED.match(text)
    return None if mark is None else (int(mark[1]), text[mark.end() :])


def numbered_runs(texts: Sequence[str], min_items: int) -> list[list[tuple[int, str]]]:
    """
    The runs of *texts* numbered one, two and on, each text right after
    the one before it, of at least *min_items* items: each run as its
    items' ``(index, text)``, in page order.
    """
    runs: list[list[tuple[int, str]]] = []
    numbered = [index for index, text in enumerate(texts) if text[:1].isdigit()]
    if len(numbered) < min_items:
        return runs  # (cheap: most pages number no lines)
    run: list[tuple[int, str]] = []
    for index in [*numbered, -2]:
        item = numbered_item(texts[index]) if index >= 0 else None
        number = item[0] if item is not None else 0
        if item is not None and number == len(run) + 1 and (not run or run[-1][0] == index - 1):
            run.append((index, item[1]))
            continue
        if len(run) >= min_items:
            runs.append(run)
        run = [(index, item[1])] if item is not None and number == 1 else []
    return runs


def page_item(text: str) -> str:
    """
    The page's name a trail's last item (*text*, after its number) prints,
    without what a site sets before it (`LEADING`: ``|Name``, ``> Name``).
    """
    return text.lstrip(LEADING)
