"""
What follows the body: end marks, copyright lines, social and share links.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from .._page import Page
from .._text import is_copyright, is_prose, is_sentence, word_count
from ._menus import list_length

# End-of-release marks as newsrooms type them: ###, # # #, -30-, - ends -,
# ENDS, * * *. A whole line, nothing else on it.
_END_MARK: Final = regex.compile(
    r"(?:#\s?){3}|[-–—]\s?30\s?[-–—]|[-–—]*\s*(?:ends?|fin|ende)\s*[-–—]*\.?|(?:\*\s?){3,}|\*\s\*{3}\s\*",
    regex.IGNORECASE,
)
#: Trailing lines this short that do not read as sentences are page chrome.
MAX_CHROME_WORDS: Final = 8
#: A closing line of at least this many words that ends with a full stop,
#: question or exclamation mark is a short sentence of the body, not chrome.
MIN_SHORT_SENTENCE_WORDS: Final = 3


def _is_short_sentence(text: str) -> bool:
    """
    ``True`` for a short line that still reads as a sentence
    (``Tickets are sold on board.``), unlike chrome (``Back to top``).
    """
    return text[-1:] in ".!?" and word_count(text) >= MIN_SHORT_SENTENCE_WORDS


@attrs.frozen
class FooterStripper:
    """
    Remove what follows the body of a release.

    * An end mark (``###``, ``-30-``, ``ENDS``) and every line after it.
    * After the last line of running prose: copyright lines, and short lines
      that do not read as sentences or metadata (share and follow links,
      footer headings, "Back to top"); a short line that still ends like a
      sentence ("Tickets are sold on board.") stays. When that prose line
      ends in a colon,
      the bulleted list it introduces is body and stays (see `list_length`).

    Lines after an end mark often hold media contacts; they stay
    inspectable on `Release.boilerplate` with kind ``"after-end"``.

    Attributes:
        name: The name the stripper records on its `Boilerplate`.
    """

    name: str = "footer"

    def strip(self, page: Page, /) -> Page:
        """
        Return *page* without its end mark, footer and trailing chrome.
        """
        lines = [line for line in page.lines if line.text or line.marker]
        if not lines:
            return page
        prose = [not line.marker and is_prose(line.text) for line in lines]
        seen_prose = False
        for index, line in enumerate(lines):
            if seen_prose and len(line.raw) <= 24 and _END_MARK.fullmatch(line.raw.strip()):
                page = page.remove([line.number], kind="end-mark", stripper=self.name)
                rest = [later.number for later in lines[index + 1 :]]
                page = page.remove(rest, kind="after-end", stripper=self.name)
                lines = lines[:index]
                break
            seen_prose = seen_prose or prose[index]
        last_prose = -1
        for index in range(len(lines)):
            if prose[index]:
                last_prose = index
        if last_prose < 0:
            # No body: only copyright lines are surely chrome.
            rights = [line.number for line in lines if is_copyright(line.text)]
            return page.remove(rights, kind="footer", stripper=self.name)
        tail = last_prose + 1
        if lines[last_prose].text.endswith(":"):
            # The body closes with a list its last prose line introduces.
            tail += list_length(lines, tail)
        chrome = [
            line.number
            for line in lines[tail:]
            if is_copyright(line.text)
            or (
                word_count(line.text) <= MAX_CHROME_WORDS
                and not is_sentence(line.text)
                and not _is_short_sentence(line.text)
                and not line.text.endswith(":")
                and ": " not in line.text
            )
        ]
        return page.remove(chrome, kind="footer", stripper=self.name)
