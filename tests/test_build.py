"""
The build mode: compiled (mypyc) or pure Python, as hatch_build.py chose it.

tox sets PRESSPARSE_EXPECT_COMPILED to 1 in the envs that test the compiled
wheel and to 0 in those that test the pure one, so a build that silently fell
back to pure Python (or compiled when it should not have) fails here. Unset
(a developer's editable install), the install checks skip.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import os
import pathlib

import pytest

pytest.importorskip("hatchling", reason="hatch_build.py needs hatchling (the tests group has it)")

import hatch_build  # after the skip: it imports hatchling

#: The compiled modules, by import name.
COMPILED = [path.removesuffix(".py").replace("/", ".") for path in hatch_build.COMPILED_MODULES]


def expected_compiled() -> bool:
    value = os.environ.get("PRESSPARSE_EXPECT_COMPILED")
    if value is None:
        pytest.skip("PRESSPARSE_EXPECT_COMPILED is unset (tox sets it)")
    assert value in ("0", "1"), f"PRESSPARSE_EXPECT_COMPILED={value!r}: expected 0 or 1"
    return value == "1"


@pytest.mark.parametrize("name", COMPILED)
def test_module_is_built_as_expected(name: str) -> None:
    compiled = expected_compiled()
    path = pathlib.Path(importlib.import_module(name).__file__ or "")
    if compiled:
        assert path.name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)), path
        # The source stays beside the extension module, for tracebacks and reading.
        assert path.with_name(path.name.split(".", 1)[0] + ".py").is_file(), path
    else:
        assert path.suffix == ".py", path


def test_mypyc_runtime_library_matches_the_build() -> None:
    compiled = expected_compiled()
    spec = importlib.util.find_spec("pressparse__mypyc")
    if compiled:
        assert spec is not None
        assert spec.origin is not None
        assert spec.origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
    else:
        assert spec is None


def test_compiled_modules_exist_in_the_package() -> None:
    for name in COMPILED:
        assert importlib.util.find_spec(name) is not None, name


@pytest.mark.parametrize(
    ("value", "mode"),
    [
        (None, "auto"),
        ("", "auto"),
        ("auto", "auto"),
        (" AUTO ", "auto"),
        ("1", "1"),
        ("0", "0"),
        ("0\n", "0"),
    ],
)
def test_parse_mode(value: str | None, mode: str) -> None:
    assert mode == hatch_build.parse_mode(value)


@pytest.mark.parametrize("value", ["yes", "true", "2", "compile", "off", "-1"])
def test_parse_mode_rejects_other_values(value: str) -> None:
    with pytest.raises(ValueError, match="PRESSPARSE_COMPILE") as caught:
        hatch_build.parse_mode(value)
    message = str(caught.value)
    assert "'auto', '1', '0'" in message
    assert repr(value) in message
