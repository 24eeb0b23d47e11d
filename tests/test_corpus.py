"""
The shared corpus beside the project, scored by its own scorer.

These tests read third-party pages from ../shared (never copied into the
project) and skip cleanly where a clone has no ../shared.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import pathlib
from types import ModuleType
from typing import Any

import pytest


def _scorer(corpus: pathlib.Path) -> ModuleType:
    path = corpus.parent / "tools" / "score.py"
    if not path.is_file():
        pytest.skip("../shared/tools/score.py is not present")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(corpus: pathlib.Path, *args: str) -> tuple[int, dict[str, Any]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = _scorer(corpus).main([*args, "--json"])
    return status, json.loads(out.getvalue().split("\nbelow bound")[0])


class TestSeeds:
    def test_every_field_is_right(self, shared_corpus: pathlib.Path) -> None:
        """
        The five OSCE seed pages score 1.0 on every field, with no crash.
        """
        status, summary = _score(shared_corpus, str(shared_corpus / "seeds"), "--min", "all=1.0")
        assert 0 == summary["crashes"]
        assert dict.fromkeys(summary["fields"], 1.0) == {
            f: row["ratio"] for f, row in summary["fields"].items()
        }
        assert 0 == status


class TestTrove:
    def test_no_crash_on_a_sample(self, shared_corpus: pathlib.Path) -> None:
        """
        A sample of the Australian ministerial releases parses without a crash.
        """
        folder = shared_corpus / "trove-parliament-pressreleases" / "cases"
        if not folder.is_dir():
            pytest.skip("trove corpus not present")
        _, summary = _score(shared_corpus, str(folder), "--sample", "200")
        assert 0 == summary["crashes"]
