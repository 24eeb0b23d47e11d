"""
Line shapes around a letterhead: an address, a strip of labels, a
breadcrumb, letter-spaced words, interface chrome, a reference number.
"""

from __future__ import annotations

from typing import Final

import regex

from .. import _lexicon, _vocab
from .._lazy import LazyPattern
from .._lexicon._stopwords import STOPWORDS
from .._text import is_copyright, word_count

# Interface words: a header line made only of these is page chrome.
_CHROME_WORDS: Final = frozenset(
    "print printer friendly page version share email e-mail tweet like follow back "
    "to top home menu search skip content main navigation download pdf subscribe rss "
    "copy link copied clipboard close open more less read listen font size text a+ "
    "a- this the go facebook twitter linkedin whatsapp instagram youtube x for "
    "immediate release embargoed media centre center newsroom news room check via sharing options "
    "against delivery".split()
)


# The e-mail's local part starts where a run of its characters starts (the
# lookbehind): tried from inside a run, the possessive run ends where it
# would from the run's start, so a search over a long word without "@" is
# linear, not quadratic.
_ADDRESS: Final = regex.compile(
    r"(?:https?://|www\.)\S++|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++", regex.IGNORECASE
)


def _may_hold_address(text: str) -> bool:
    """
    Whether *text* holds what every `_ADDRESS` match holds: ``://``, an
    ``@`` or ``www.`` in any case. Three searches in C, several times as
    fast as the pattern's own search (case-insensitive, with a look-behind
    at every word character) on the short lines of a page's chrome.
    """
    return "@" in text or "://" in text or "www." in text.lower()


def starts_with_address(text: str) -> bool:
    """
    ``True`` for a line that opens with a web or e-mail address: contact
    chrome, never the first paragraph of a body.
    """
    return _ADDRESS.match(text) is not None


_INLINE_LABEL: Final = LazyPattern(
    r"(?:^|\s)\p{L}[\p{L}'’]*+(?:\s++\p{L}[\p{L}'’]*+){0,2}:(?:\s|$)"
)


def is_label_strip(text: str) -> bool:
    """
    ``True`` for a line of several ``Label: value`` pairs (``Dated: 7 Sep
    2000 Number: 00/576 Portfolio: Health``): a metadata strip.
    """
    return text.count(":") >= 2 and text[-1] not in ".!?" and len(_INLINE_LABEL.findall(text)) >= 2


def breadcrumb(text: str) -> str | None:
    """
    The last item of a breadcrumb trail (``Home > Media > Headline``), or
    ``None`` when *text* is not one.
    """
    # A trail after a "You are here:" label, or opening with the home
    # page's item, may set its items between slashes ("You are here: Home
    # / Media releases / Headline"); elsewhere a slash is too common in
    # headlines to mark a trail.
    separators: tuple[str, ...] = (" > ", " » ", " › ")
    if " / " in text:
        head, colon, rest = text.partition(":")
        if colon and _vocab.key(head) in _TRAIL_LABELS:
            text = rest.strip()
            separators += (" / ",)
        elif _vocab.key(text.partition(" / ")[0]) in _HOME_ITEMS:
            separators += (" / ",)
    for separator in separators:
        count = text.count(separator)
        if count >= 2 or (count == 1 and word_count(text) <= MAX_SHORT_CRUMB_WORDS):
            # (Two short items are a trail too: "Assuntos > Notícias".)
            return text.rsplit(separator, 1)[-1].strip()
    if "›" in text and "‹" not in text:
        return _unspaced_trail(text)
    return None


def _unspaced_trail(text: str) -> str | None:
    """
    The last item of a trail whose ``›`` a renderer printed without its
    spaces (``Business News›Tech› Hardware``, ``tennisnet.com ›ATP``), or
    ``None``: every item has words, and a trail of two items is short. (A
    ``›`` opening a line marks a link; with a ``‹`` it quotes.)
    """
    items = [item.strip() for item in text.split("›")]
    if not all(items):
        return None
    if len(items) == 2 and word_count(text) > MAX_SHORT_CRUMB_WORDS:
        return None
    return items[-1]


#: A trail of two items (one separator) has at most this many words with it.
MAX_SHORT_CRUMB_WORDS: Final = 5


#: The label a breadcrumb trail is printed after, in the languages of the
#: kind labels.
_TRAIL_LABELS: Final = frozenset(
    _vocab.key(label)
    for label in (
        "You are here",
        "Sie sind hier",
        "Vous êtes ici",
        "Usted está aquí",
        "Usted está en",
        "Sei qui",
        "Você está aqui",
        "U bent hier",
        "Вы здесь",
    )
)


#: The home page's item opening a trail.
_HOME_ITEMS: Final = frozenset(
    _vocab.key(item)
    for item in ("Home", "Startseite", "Accueil", "Inicio", "Home page", "Início", "Главная")
)


# Display type set with a space between letters (``M E D I A  R E L E A S E``):
# a run of four or more single letters, then more runs after wider gaps.
_LETTER_SPACED: Final = LazyPattern(
    r"(?<!\S)\p{L}(?: \p{L}(?!\S)){3,}+(?:[ \t]{2,}+\p{L}(?: \p{L}(?!\S))++)*+"
)


_WIDE_GAP: Final = regex.compile(r"[ \t]{2,}+")


def _join_letters(match: regex.Match[str]) -> str:
    return " ".join(group.replace(" ", "") for group in _WIDE_GAP.split(match.group()))


def collapse_letter_spacing(text: str) -> str | None:
    """
    *text* with its letter-spaced words set solid (``M E D I A  R E L E A S E``
    gives ``MEDIA RELEASE``: one space between letters, a wider gap between
    words), or ``None`` when it has none. Letterheads set their labels and
    names so; crawled text keeps the spaces.
    """
    if _LETTER_SPACED.search(text) is None:
        return None
    return _LETTER_SPACED.compiled.sub(_join_letters, text)


# A number with thousands separators or a currency sign: an amount.
_AMOUNT: Final = regex.compile(r"\p{Sc}?+\d{1,3}(?:,\d{3})++|\p{Sc}\d[\d.,]*+[mbk]?+")


def is_chrome(text: str) -> bool:
    """
    ``True`` for interface text (``Printer friendly page``), a page
    number, a line of punctuation, or a copyright line.
    """
    # (map over str methods: each character is tested in C)
    if not any(map(str.isalpha, text)) or is_copyright(text):
        return True
    if text.count("|") >= 3 and word_count(text) <= 4 * (text.count("|") + 1):
        return True  # a menu printed on one line: "About | Contact | News"
    if _may_hold_address(text) and (
        _ADDRESS.fullmatch(text) is not None
        or (word_count(text) <= 6 and _ADDRESS.search(text) is not None)
    ):
        return True
    words = text.casefold().replace("|", " ").split()
    # (Words of letters alone hold no digit: most lines skip the count.)
    if (
        len(words) <= 12
        and not "".join(words).isalpha()
        and sum(any(map(str.isdigit, w)) and _AMOUNT.fullmatch(w) is None for w in words) * 2
        >= len(words)
    ):
        # A reference number or phone line: "AA 04 040", "02 6277 7500"; an
        # amount ("18,000", "$4.7") is a headline's word, not a reference.
        return True
    # (Notices are set off by asterisks: "*** CHECK AGAINST DELIVERY ***".)
    words = [word for word in (w.strip(".:·-*") for w in words) if word]
    return len(words) <= 5 and all(w in _CHROME_WORDS for w in words)


#: A line of interface text has at most this many words.
MAX_INTERFACE_WORDS: Final = 5
_INTERFACE_WORDS: Final = _lexicon.words("interface_words")
_FUNCTION_WORDS: Final = frozenset().union(*STOPWORDS.values())


def is_interface(text: str) -> bool:
    """
    ``True`` for a button's or widget's text: at most `MAX_INTERFACE_WORDS`
    words, at least one an interface word of the lexicon (``Share``,
    ``Schließen``, ``Kommentare``) and every other one too, or an interface
    word of `is_chrome`, or a function word (``Share this story``,
    ``Toggle navigation``, ``Schreibe einen Kommentar``). ``Share prices
    fall`` is no interface text.
    """
    words = [word.strip(".:·-!?,…") for word in text.casefold().split()]
    return (
        0 < len(words) <= MAX_INTERFACE_WORDS
        and any(word in _INTERFACE_WORDS for word in words)
        and all(
            word in _INTERFACE_WORDS or word in _CHROME_WORDS or word in _FUNCTION_WORDS
            for word in words
        )
    )


#: The interface words of `is_chrome` that ask the reader to act.
_ACTION_WORDS: Final = frozenset(
    "print share email e-mail tweet follow download subscribe".split()
)
#: The question and the call after it each have at most this many words.
MAX_CALL_WORDS: Final = 8
# Words asking the reader to click ("Click here to register", "20% Rabatt
# hier klicken"), in any case.
_CLICK_CALL: Final = LazyPattern(
    r"(?<!\w)(?:" + _lexicon.pattern("click_calls") + r")(?!\w)", regex.IGNORECASE
)


def is_call_to_action(text: str) -> bool:
    """
    ``True`` for a question put to the reader and a call to act after it
    (``Like this story? Share it with a friend!``, ``Gefällt Ihnen, was
    Sie lesen? Teilen Sie diesen Beitrag!``, ``Already have a
    subscription? Download Your Free Upgrade``): at most `MAX_CALL_WORDS`
    words each side of the last ``?``, and after it an interface word of
    the lexicon or one of `is_chrome`'s that asks the reader to act
    (share, e-mail, print, follow, download, subscribe). ``Is it safe?
    Experts say yes`` is no call to action. Also any line holding the
    lexicon's words that ask the reader to click (``click_calls``: ``Click
    here to register``, ``Für Neukunden: 20% Rabatt hier klicken``).
    """
    question, mark, call = text.rpartition("?")
    if not mark:
        return _CLICK_CALL.search(text) is not None
    asked = question.split()
    words = [word.strip(".:·-!?,…") for word in call.casefold().split()]
    return (
        0 < len(asked) <= MAX_CALL_WORDS
        and 0 < len(words) <= MAX_CALL_WORDS
        and any(word in _INTERFACE_WORDS or word in _ACTION_WORDS for word in words)
    ) or _CLICK_CALL.search(text) is not None


_NUMBERED_REFERENCE: Final = LazyPattern(r"\p{Lu}{0,4}\d++[/.-]\d++")


def is_reference(text: str) -> bool:
    """
    ``True`` for a release number alone, with its separator (``05/195``,
    ``H25/2002``); a bare number or year is not one, nor letters and digits
    alone (``G20`` is a word).
    """
    return _NUMBERED_REFERENCE.fullmatch(text.rstrip()) is not None
