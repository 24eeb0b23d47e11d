"""
The language lexicons (``pressparse._lexicon``): every language module is
complete and well formed, and the builder makes sound lookups and patterns.
"""

from __future__ import annotations

import importlib
import pathlib
import pkgutil

import pytest
import regex

from pressparse import _lexicon
from pressparse._lexicon import DATE_TABLES, LANGUAGES, WORD_CONCEPTS

ALL_KEYS = {"code", "unattested", *DATE_TABLES, *WORD_CONCEPTS}


def _forms(data: _lexicon.Language, concept: str) -> list[str]:
    value = data[concept]  # type: ignore[literal-required]
    if concept in DATE_TABLES:
        return [form for row in value for form in row]
    return list(value)


class TestLanguageModules:
    def test_every_module_is_a_language(self) -> None:
        """
        Every data module in the package is listed in `LANGUAGES`, and
        every listed language has a module: the list is the one place to
        add a language besides its module.
        """
        modules = {
            info.name
            for info in pkgutil.iter_modules(_lexicon.__path__)
            if not info.name.startswith("_")
        }
        assert modules == set(LANGUAGES)

    @pytest.mark.parametrize("code", LANGUAGES)
    def test_same_keys(self, code: str) -> None:
        """
        Every language names every concept, and nothing else.
        """
        assert set(_lexicon.language(code)) == ALL_KEYS

    @pytest.mark.parametrize("code", LANGUAGES)
    def test_code_is_module_name(self, code: str) -> None:
        assert _lexicon.language(code)["code"] == code

    @pytest.mark.parametrize("code", LANGUAGES)
    def test_table_rows(self, code: str) -> None:
        """
        Twelve months and seven weekdays, every month and day named.
        """
        data = _lexicon.language(code)
        for table, rows in DATE_TABLES.items():
            assert len(data[table]) == rows, table
        assert all(data["months"])
        assert all(data["weekdays"])

    @pytest.mark.parametrize("code", LANGUAGES)
    def test_empty_concepts_are_declared(self, code: str) -> None:
        """
        A concept is empty exactly when the language declares it
        unattested: no concept is left empty by mistake, and none declared
        empty holds words.
        """
        data = _lexicon.language(code)
        empty = {
            concept for concept in ALL_KEYS - {"code", "unattested"} if not _forms(data, concept)
        }
        assert set(data["unattested"]) == empty
        assert len(data["unattested"]) == len(set(data["unattested"]))

    @pytest.mark.parametrize("code", LANGUAGES)
    @pytest.mark.parametrize("concept", sorted(ALL_KEYS - {"code", "unattested"}))
    def test_forms_are_valid(self, code: str, concept: str) -> None:
        """
        Every form is a non-empty string without outer or doubled white
        space, with no regex syntax a builder would have to guess at, and
        listed once per concept (case-insensitively).
        """
        forms = _forms(_lexicon.language(code), concept)
        for form in forms:
            assert isinstance(form, str), (concept, form)
            assert form, concept
            assert form == form.strip(), (concept, form)
            assert "  " not in form, (concept, form)
            assert not set(form) & set("()[]{}|\\*+?^$"), (concept, form)
        folded = [form.casefold() for form in forms]
        assert len(folded) == len(set(folded)), concept


class TestBuilder:
    def test_forms_union_in_language_order(self) -> None:
        """
        A concept's forms are every language's, English first, each once.
        """
        forms = _lexicon.forms("date_labels")
        assert forms[0] == "Date"
        assert "Datum" in forms
        assert "Дата" in forms
        assert len(forms) == len(set(forms))

    def test_forms_of_some_languages(self) -> None:
        assert _lexicon.forms("kinds", ["it"]) == ("Comunicato stampa", "Nota stampa")

    def test_keys_are_normalised(self) -> None:
        """
        Label keys are case-folded with punctuation as spaces.
        """
        assert "type de contenu" in _lexicon.keys("type_labels")
        assert _lexicon.key("  Published on: ") == "published on"

    def test_alternation_longest_first(self) -> None:
        """
        A longer form is tried before a shorter one it opens with, so the
        match is the whole form.
        """
        pattern = regex.compile(f"(?:{_lexicon.alternation(['Minister', 'Minister Assisting'])})")
        match = pattern.match("Minister  Assisting the Prime Minister")
        assert match is not None
        assert match.group() == "Minister  Assisting"

    def test_alternation_escapes(self) -> None:
        """
        Forms are literal text: a full stop is no wildcard.
        """
        pattern = regex.compile(f"(?:{_lexicon.alternation(['M.P.'])})")
        assert pattern.fullmatch("M.P.") is not None
        assert pattern.fullmatch("MXPX") is None

    def test_empty_alternation_is_refused(self) -> None:
        """
        An empty group would match everywhere: the builder refuses it.
        """
        with pytest.raises(ValueError, match="no forms"):
            _lexicon.alternation([])

    def test_unknown_language(self) -> None:
        with pytest.raises(LookupError, match="xx"):
            _lexicon.language("xx")

    def test_imports_nothing_of_pressparse(self) -> None:
        """
        The lexicons sit at the bottom: the package imports no other
        pressparse module (strippers and the field stage import it).
        """
        names = ["pressparse._lexicon"] + [
            f"pressparse._lexicon.{info.name}" for info in pkgutil.iter_modules(_lexicon.__path__)
        ]
        for name in names:
            module = importlib.import_module(name)
            source = pathlib.Path(str(module.__file__)).read_text(encoding="utf-8")
            imports = regex.findall(r"^(?:from|import)\s+(\S+)", source, flags=regex.M)
            assert all(
                not imported.startswith(("pressparse", ".."))
                or imported.startswith("pressparse._lexicon")
                for imported in imports
            ), (name, imports)
