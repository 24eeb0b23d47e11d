"""
Per-language date vocabulary, read from the language lexicons and cached.

The words live in one plain data module per language in
``pressparse._lexicon`` (``en.py``, ``de.py``, ...), beside the language's
other page words: adding a language means adding its lexicon module
(docs/how-to/add-a-language.md). This module gives the date reader the
date part of each as a `LanguageData` dict.
"""

from __future__ import annotations

import functools
from typing import Final, TypedDict

from ... import _lexicon

__all__ = ["LANGUAGES", "LanguageData", "load_language"]

#: The codes of the built-in languages, in the order they are consulted.
LANGUAGES: Final = _lexicon.LANGUAGES


class LanguageData(TypedDict):
    """
    The date words of one language.

    Every word is listed as it is normally written (with diacritics, any
    case); the loader adds the case-folded, diacritic-free variants itself.

    Attributes:
        code: The language code, the module's name (``"fr"``).
        months: Twelve tuples, January first, of every full spelling of the
            month (nominative, genitive, regional variants).
        month_abbreviations: Twelve tuples of abbreviations, without a
            trailing full stop.
        weekdays: Seven tuples, Monday first, of day names and their
            abbreviations (without a trailing full stop).
        ordinal_suffixes: What may follow a day number (``"st"``,
            ``"er"``, ``"º"``); a German-style full stop is understood
            everywhere and is not listed.
        articles: Words that may stand before a date or its day
            (``"le"`` in ``le 4 avril``, ``"den"``, ``"the"``).
        connectors: Words that may stand between day, month and year
            (``"de"`` in ``4 de abril de 2019``, ``"of"``).
        year_suffixes: Words or abbreviations printed after a year
            (``"г."``, ``"r."``, ``"года"``).
    """

    code: str
    months: tuple[tuple[str, ...], ...]
    month_abbreviations: tuple[tuple[str, ...], ...]
    weekdays: tuple[tuple[str, ...], ...]
    ordinal_suffixes: tuple[str, ...]
    articles: tuple[str, ...]
    connectors: tuple[str, ...]
    year_suffixes: tuple[str, ...]


@functools.cache
def load_language(code: str) -> LanguageData:
    """
    Return the date words of the built-in language *code*.

    Args:
        code: One of `LANGUAGES`.

    Returns:
        The language's data dict (cached: the same object every call).

    Raises:
        LookupError: *code* is not a built-in language.
    """
    if code not in LANGUAGES:
        raise LookupError(f"no built-in date language {code!r}; available: {', '.join(LANGUAGES)}")
    words = _lexicon.language(code)
    return {
        "code": code,
        "months": words["months"],
        "month_abbreviations": words["month_abbreviations"],
        # (Names and abbreviations of a day together, as the reader matches them.)
        "weekdays": tuple(
            (*names, *short)
            for names, short in zip(words["weekdays"], words["weekday_abbreviations"], strict=True)
        ),
        "ordinal_suffixes": words["ordinal_suffixes"],
        "articles": words["date_articles"],
        "connectors": words["date_connectors"],
        "year_suffixes": words["year_suffixes"],
    }
