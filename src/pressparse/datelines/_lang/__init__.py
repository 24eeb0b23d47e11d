"""
Per-language date vocabulary, loaded lazily and cached.

Each language is one plain data module (``en.py``, ``de.py``, ...) that
exposes a single `LanguageData` dict named ``DATA``. Nothing in a data
module is code: adding a language means adding a module and its code to
`LANGUAGES`.
"""

from __future__ import annotations

import functools
import importlib
from typing import Final, TypedDict

__all__ = ["LANGUAGES", "LanguageData", "load_language"]

#: The codes of the built-in languages, in the order they are consulted.
LANGUAGES: Final = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr")


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
    Import and return the data of the built-in language *code*.

    Args:
        code: One of `LANGUAGES`.

    Returns:
        The language's data dict (cached: the same object every call).

    Raises:
        LookupError: *code* is not a built-in language.
    """
    if code not in LANGUAGES:
        raise LookupError(f"no built-in date language {code!r}; available: {', '.join(LANGUAGES)}")
    module = importlib.import_module(f"{__name__}.{code}")
    data: LanguageData = module.DATA
    return data
