"""
The headline: its rules, in order of preference.
"""

from __future__ import annotations

from typing import Final

from .. import _letterhead
from .._header import MAX_TITLE_CHARS
from ._evidence import Evidence
from ._rules import Found, RuleList


def _hinted(ev: Evidence) -> str | None:
    hinted = ev.page.hints.title
    return hinted if hinted is not None and len(hinted) <= MAX_TITLE_CHARS else None


def _structured_data(ev: Evidence) -> Found[str] | None:
    """
    An HTML page's structured data (``<title>``, ``og:title``, JSON-LD
    headline): it states the headline more reliably than the text around
    it. A title longer than `MAX_TITLE_CHARS` is not used.
    """
    hinted = _hinted(ev) if ev.html else None
    return Found(hinted, locate=False) if hinted else None


def _headline(ev: Evidence) -> Found[str] | None:
    """
    The headline's line the header reader found, cleaned of a site's name
    or a letterhead run into it (`_letterhead.clean_title`).
    """
    header = ev.header
    if not header.title_text:
        return None
    title = _letterhead.clean_title(header.title_text) or header.title_text
    return Found(title, header.title.number if header.title is not None else None)


def _hints(ev: Evidence) -> Found[str] | None:
    """
    A headline the page states outside its running text (`Hints.title`),
    where the text shows none.
    """
    hinted = _hinted(ev)
    return Found(hinted, locate=False) if hinted else None


#: The title's rules, in order of preference.
RULES: Final = RuleList[str](
    "title",
    [
        ("title.structured-data", _structured_data),
        ("title.headline", _headline),
        ("title.hints", _hints),
    ],
)
