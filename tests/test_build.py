"""
The installed package is the one pure-Python build, whole, at one version.

tox installs the built wheel (never src/), so these tests check what users
get from ``pip install pressparse``. What the wheel file itself holds is
checked by tests/check_dist.py (``tox run -e build``).
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import pathlib
import pkgutil

import pytest

import pressparse

PACKAGE = pathlib.Path(pressparse.__file__ or "").parent


def require_installed_wheel() -> None:
    """
    Skip unless pressparse was imported from its installed distribution (not
    from src/ on PYTHONPATH beside an editable install's older metadata).
    """
    dist = importlib.metadata.distribution("pressparse")
    files = {pathlib.Path(str(dist.locate_file(f))).resolve() for f in dist.files or ()}
    if pathlib.Path(pressparse.__file__ or "").resolve() not in files:
        pytest.skip("pressparse is not imported from an installed wheel")


def test_every_module_is_python_source() -> None:
    """
    The package holds no extension module: one pure-Python build for every
    platform.
    """
    binaries = [path.name for path in PACKAGE.rglob("*") if path.suffix in (".so", ".pyd")]

    assert [] == binaries
    for module in pkgutil.walk_packages([str(PACKAGE)], prefix="pressparse."):
        spec = importlib.util.find_spec(module.name)
        assert spec is not None
        assert spec.origin is not None
        assert spec.origin.endswith(".py"), spec.origin


def test_every_module_imports() -> None:
    """
    Every module of the package imports: nothing the code needs is missing
    from the wheel. (``pressparse.__main__`` runs the command line.)
    """
    names = [
        m.name
        for m in pkgutil.walk_packages([str(PACKAGE)], prefix="pressparse.")
        if m.name != "pressparse.__main__"
    ]

    assert "pressparse.datelines._parser" in names
    for name in names:
        importlib.import_module(name)


def test_typed_marker_is_installed() -> None:
    """
    The ``py.typed`` marker ships, so type checkers read the annotations.
    """
    assert (PACKAGE / "py.typed").is_file()


def test_one_version() -> None:
    """
    ``pressparse.__version__`` is the installed distribution's version (both
    come from src/pressparse/_version.py).
    """
    require_installed_wheel()

    assert importlib.metadata.version("pressparse") == pressparse.__version__


def test_command_is_declared() -> None:
    """
    The wheel declares the ``pressparse`` command.
    """
    scripts = importlib.metadata.distribution("pressparse").entry_points.select(
        group="console_scripts"
    )

    assert ["pressparse.cli:main"] == [e.value for e in scripts if e.name == "pressparse"]
