"""
The public API is what the API reference documents.

Every name a public module exports in ``__all__`` has an entry in
docs/reference/api.rst and a docstring; nothing private is exported.
"""

from __future__ import annotations

import importlib
import inspect
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
API = ROOT / "docs" / "reference" / "api.rst"
#: The public modules, and the prefix their names are documented under.
MODULES = {
    "pressparse": "pressparse.",
    "pressparse.plugins": "pressparse.plugins.",
    "pressparse.exceptions": "pressparse.",
    "pressparse.strippers": "pressparse.strippers.",
    "pressparse.datelines": "pressparse.datelines.",
    "pressparse.html": "pressparse.html.",
}


def documented() -> set[str]:
    if not API.is_file():
        pytest.skip("docs/reference/api.rst is not here")
    text = API.read_text(encoding="utf-8")
    return set(re.findall(r"^\.\. auto\w+:: (\S+)", text, re.MULTILINE))


def documented_objects() -> list[object]:
    """The classes and functions the reference documents, wherever it does."""
    found: list[object] = []
    for path in documented():
        module, _, name = path.rpartition(".")
        try:
            value = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
        if inspect.isclass(value) or inspect.isfunction(value):
            found.append(value)
    return found


@pytest.mark.parametrize("module", sorted(MODULES))
def test_exports_are_documented(module: str) -> None:
    """
    Every name in the module's ``__all__`` has an entry in the API
    reference (a submodule exported by the root has its own section).
    """
    paths = documented()
    objects = documented_objects()
    missing = [
        name
        for name in importlib.import_module(module).__all__
        if MODULES[module] + name not in paths
        and not inspect.ismodule(getattr_(module, name))
        # (a re-export of a class or function documented under another path)
        and not any(getattr_(module, name) is value for value in objects)
    ]

    assert [] == missing


@pytest.mark.parametrize("module", sorted(MODULES))
def test_exports_are_public(module: str) -> None:
    """
    ``__all__`` holds no private name, and each exported object has a
    docstring of its own or, for data, an entry in the reference.
    """
    for name in importlib.import_module(module).__all__:
        assert not name.startswith("_") or name == "__version__", name
        value = getattr_(module, name)
        if callable(value):
            assert inspect.getdoc(value), f"{module}.{name} has no docstring"


def getattr_(module: str, name: str) -> object:
    return getattr(importlib.import_module(module), name)
