"""
The words of press-release pages, one plain data module per language.

Each language is a module (``en.py``, ``de.py``, ...) holding one `Language`
dict named ``DATA``: kind labels, metadata labels, closing headings, person
styles, office and body nouns, stamp words, months and weekdays. Nothing in
a data module is code. This module builds what the rest of pressparse
reads from them: frozensets for lookups and regex alternations (forms
longest first, escaped), all once, at import of the module that asks.

Adding a language means adding its module and its code to `LANGUAGES`
(docs/how-to/add-a-language.md). This package imports nothing from the rest
of pressparse: strippers, date readers and the field stage all read it.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable
from typing import Final

import regex

from ._types import DATE_TABLES, WORD_CONCEPTS, DateTable, Language, WordConcept

__all__ = [
    "DATE_TABLES",
    "LANGUAGES",
    "WORD_CONCEPTS",
    "DateTable",
    "Language",
    "WordConcept",
    "alternation",
    "forms",
    "key",
    "keys",
    "language",
    "pattern",
    "table_forms",
    "words",
]

#: The codes of the built-in languages, in the order they are consulted.
LANGUAGES: Final = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr")


@functools.cache
def language(code: str) -> Language:
    """
    Import and return the lexicon of the built-in language *code*.

    Raises:
        LookupError: *code* is not one of `LANGUAGES`.
    """
    if code not in LANGUAGES:
        raise LookupError(f"no built-in language {code!r}; available: {', '.join(LANGUAGES)}")
    data: Language = importlib.import_module(f"{__name__}.{code}").DATA
    return data


def forms(concept: WordConcept, languages: Iterable[str] = LANGUAGES) -> tuple[str, ...]:
    """
    Every form of *concept* in *languages*, in language order, each once.
    """
    seen: dict[str, None] = {}
    for code in languages:
        seen.update(dict.fromkeys(language(code)[concept]))
    return tuple(seen)


def table_forms(table: DateTable, languages: Iterable[str] = LANGUAGES) -> tuple[str, ...]:
    """
    Every form of every row of the date *table* in *languages*, each once.
    """
    seen: dict[str, None] = {}
    for code in languages:
        for row in language(code)[table]:
            seen.update(dict.fromkeys(row))
    return tuple(seen)


_KEY_STRIP: Final = regex.compile(r"[\p{P}\p{S}\s]+")


@functools.lru_cache(maxsize=4096)
def key(text: str) -> str:
    """
    Normalise a label for lookup: case-folded, punctuation and spaces
    collapsed to single spaces (``"Published on:"`` gives ``"published on"``).
    """
    return _KEY_STRIP.sub(" ", text.casefold()).strip()


def keys(concept: WordConcept, languages: Iterable[str] = LANGUAGES) -> frozenset[str]:
    """
    The `key` of every form of *concept*: what a label is looked up by.
    """
    return frozenset(key(form) for form in forms(concept, languages))


def words(concept: WordConcept, languages: Iterable[str] = LANGUAGES) -> frozenset[str]:
    """
    Every form of *concept*, case-folded: what a single word is looked up by.
    """
    return frozenset(form.casefold() for form in forms(concept, languages))


def alternation(alternatives: Iterable[str], *, space: str = r"\s++") -> str:
    """
    A regex alternation of *alternatives*, each escaped, with *space* for
    each space inside a form; not grouped (wrap it in ``(?:...)``).

    The forms are merged into a trie (``Minister(?:\\s++Assisting)?``,
    ``Secretar(?:y|io)``): a pattern tries each shared opening once, and
    the longer of two forms, one opening the other, is tried first, so no
    form stops at a shorter one (as a list sorted longest first would).

    Raises:
        ValueError: *alternatives* is empty: an empty alternation would
            match everywhere.
    """
    trie: _Trie = {}
    for form in alternatives:
        node = trie
        for token in form:
            node = node.setdefault(token, {})
        node[""] = {}  # a form ends here
    if not trie:
        raise ValueError("no forms to build an alternation from")
    return _trie_pattern(trie, space)


_Trie = dict[str, "_Trie"]


def _trie_pattern(node: _Trie, space: str) -> str:
    """
    The pattern of the forms below *node* (`alternation`).
    """
    branches = [
        (space if token == " " else regex.escape(token, special_only=True))
        + _trie_pattern(child, space)
        for token, child in sorted(node.items())
        if token
    ]
    if not branches:
        return ""
    body = "|".join(branches)
    if "" in node:  # a form ends here: the longer ones are optional, tried first
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


def pattern(
    concept: WordConcept, languages: Iterable[str] = LANGUAGES, *, space: str = r"\s++"
) -> str:
    """
    The `alternation` of every form of *concept* in *languages*.

    Raises:
        ValueError: No language lists a form of *concept*.
    """
    return alternation(forms(concept, languages), space=space)
