"""
The seam a page's markup leaves between a kicker and its headline.
"""

from __future__ import annotations

from typing import Final

import regex

from .._lexicon._stopwords import STOPWORDS

# A colon with a space before it, then a space or a letter: outside French,
# whose typography spaces every colon, the seam a converter (or a site's
# markup) leaves between a kicker's element and the headline's ("Klimaschutz
# : Bohren, bis es heiß wird", "Medienmitteilung der ... :Impfen und ...").
_SEAM: Final = regex.compile(r"[^\S\n]++:(?:[^\S\n]|(?=\p{L}))")
#: A kicker before a seam has at most this many words ...
MAX_SEAM_KICKER_WORDS: Final = 8
#: ... and the headline after it at least this many.
MIN_SEAM_HEADLINE_WORDS: Final = 3
_FRENCH: Final = STOPWORDS["fr"]
_OTHER_FUNCTION_WORDS: Final = tuple(words for code, words in STOPWORDS.items() if code != "fr")


def after_seam(text: str) -> str:
    """
    *text* without a kicker set off by a spaced colon (``Covid-19 : Lässt
    sich ...`` gives ``Lässt sich ...``): a colon with a space before it is
    a seam between two elements of the page's markup, not punctuation the
    headline prints, except in French, which sets a space before every
    colon (``Libre cours : Raoult, les nazis et moi`` stays whole: its
    function words are French at least as often as of any other
    language). Only one seam, after at most `MAX_SEAM_KICKER_WORDS` words
    and before at least `MIN_SEAM_HEADLINE_WORDS`.
    """
    seams = list(_SEAM.finditer(text))
    if len(seams) != 1:
        return text
    kicker, rest = text[: seams[0].start()], text[seams[0].end() :].strip()
    if len(kicker.split()) > MAX_SEAM_KICKER_WORDS or len(rest.split()) < MIN_SEAM_HEADLINE_WORDS:
        return text
    words = [word.strip(",.;!?«»()\"'").casefold() for word in text.split()]
    french = sum(word in _FRENCH for word in words)
    if french and french >= max(
        sum(word in other for word in words) for other in _OTHER_FUNCTION_WORDS
    ):
        return text
    return rest
