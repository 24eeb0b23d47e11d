"""
Sphinx configuration for the pressparse documentation.

Build it the way CI does: ``tox -e docs`` (nitpicky, warnings are errors).
"""

from __future__ import annotations

import os
import pathlib
from importlib.metadata import version as _dist_version

HERE = pathlib.Path(__file__).parent

project = "pressparse"
author = "The pressparse developers"
copyright = "2026, The pressparse developers"

release = _dist_version("pressparse")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "_inventories"]

# Single backticks in docstrings (`Release`, `Page.remove`) are references.
default_role = "py:obj"
nitpicky = True
# Names the docs cannot link, each with its reason.
nitpick_ignore: list[tuple[str, str]] = [
    # Type variable of the generic Registry; it has no page of its own.
    ("py:class", "pressparse._registry.T"),
    ("py:obj", "pressparse._registry.T"),
    ("py:class", "T"),
    # Tuning constants of private modules that docstrings name; they are not
    # (yet) public API, so they have no entry to link to.
    ("py:obj", "DEFAULT_STRIPPERS"),
    ("py:obj", "DEFAULT_DATELINES"),
    ("py:obj", "MIN_ITEMS"),
    ("py:obj", "SNIFF_SIZE"),
    ("py:obj", "MIN_TAGS"),
    ("py:obj", "DECLARATION_WINDOW"),
    ("py:obj", "MIN_YEAR"),
    ("py:obj", "list_length"),
    # The blocks stripper's fitted-model record: private (the weights ship as
    # data and are refitted with tools/fit_blocks.py, never built by users).
    ("py:class", "pressparse.strippers._blocks.Model"),
    ("py:class", "Model"),
]

# --- MyST ---------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

# --- autodoc / napoleon ---------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "all"
autodoc_typehints_format = "short"
autodoc_default_options = {"show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_attr_annotations = True

# --- intersphinx ----------------------------------------------------------------
# The copies under _inventories/ keep the build offline and nitpick-clean (CI
# here has no network, and the build must not try to reach one);
# PRESSPARSE_DOCS_ONLINE=1 fetches the live inventories first instead.
# _inventories/refresh.py rebuilds the copies.
_ONLINE = os.environ.get("PRESSPARSE_DOCS_ONLINE") == "1"


def _inventory(url: str, name: str) -> tuple[str, tuple[str | None, ...]]:
    local = str(HERE / "_inventories" / name)
    return (url, (None, local) if _ONLINE else (local,))


intersphinx_mapping = {
    "python": _inventory("https://docs.python.org/3", "python.inv"),
    "attrs": _inventory("https://www.attrs.org/en/stable", "attrs.inv"),
}
intersphinx_timeout = 5

# --- HTML -----------------------------------------------------------------------
html_theme = "furo"
html_title = f"pressparse {release}"
html_static_path: list[str] = []


# --- short references -------------------------------------------------------------
# Docstrings in submodules say `Release` or `Page.remove`, as a reader of the
# package root would, and annotations say `dt.date` for `datetime.date`.
# Python's domain only looks in the current module, so a reference it cannot
# place is tried once more from the package root, or with the alias spelt out.

_MODULE_ALIASES = {"dt.": "datetime."}


def _resolve_short(app, env, node, contnode):  # type: ignore[no-untyped-def]
    from sphinx.ext import intersphinx

    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"]
    for alias, module in _MODULE_ALIASES.items():
        if target.startswith(alias):
            spelt_out = node.deepcopy()
            spelt_out["reftarget"] = module + target[len(alias) :]
            return intersphinx.missing_reference(app, env, spelt_out, contnode)
    if target.startswith("pressparse.") and not target.startswith("pressparse._"):
        return None
    name = (
        target.rsplit("._", 1)[-1].split(".", 1)[-1]
        if target.startswith("pressparse._")
        else target
    )
    domain = env.get_domain("py")
    for candidate in (f"pressparse.{name}", f"pressparse.plugins.{name}"):
        found = domain.resolve_xref(
            env, node["refdoc"], app.builder, node["reftype"], candidate, node, contnode
        )
        if found is not None:
            return found
    return None


# --- classes with a hand-written __init__ over attrs fields ----------------------
# Sphinx takes a class's parameter types from the class annotations when
# names collide, so Parser(strippers=...) would be documented with its
# *field* type (a tuple of plugins) instead of what __init__ accepts (names
# or plugins). Re-record such classes from their __init__.


def _record_init_typehints(app, what, name, obj, options, signature, return_annotation):  # type: ignore[no-untyped-def]
    if what != "class" or not hasattr(obj, "__attrs_init__"):
        return
    from sphinx.ext.autodoc.typehints import record_typehints

    annotations = app.env.current_document.autodoc_annotations  # Sphinx >= 9
    annotations.pop(name, None)
    record_typehints(app, what, name, obj.__init__, options, signature, return_annotation)
    annotations[name].pop("return", None)


def setup(app):  # type: ignore[no-untyped-def]
    app.connect("missing-reference", _resolve_short)
    app.connect("autodoc-process-signature", _record_init_typehints)
