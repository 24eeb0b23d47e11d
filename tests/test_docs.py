"""
Every code example in docs/ runs here, so no example rots.

Sybil reads each page of the documentation and runs, in page order and in one
namespace per page:

* fenced ``python`` blocks (as code, or as a doctest when they start with
  ``>>>``), including MyST comments ``% invisible-code-block: python`` that
  set up files the reader does not need to see;
* fenced ``console`` blocks: each ``$ pressparse ...`` line runs the command
  line in-process and its output is compared with the lines below it
  (``...`` matches anything, white space is normalised).

``% skip: next`` before a block marks it as not executed (Spark and Dask
examples, which need a cluster). Blocks in any other language (``sh``,
``toml``, ``json``) are shown, not run. Each page runs in a fresh temporary
working directory.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import pathlib
import shlex
import unittest

import pytest
from sybil import Document, Example, Sybil
from sybil.parsers.myst import CodeBlockParser, PythonCodeBlockParser, SkipParser

import pressparse.cli

DOCS = pathlib.Path(__file__).resolve().parents[1] / "docs"
PAGES = sorted(
    path.relative_to(DOCS).as_posix()
    for path in DOCS.rglob("*.md")
    if "_build" not in path.parts and not path.name.startswith("_")
)
_CHECKER = doctest.OutputChecker()
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _run_command(command: str) -> str:
    """
    Run one ``pressparse ...`` (or ``python -m pressparse ...``) command line
    in-process and return what it printed, exit status included when not 0.
    """
    argv = shlex.split(command)
    if argv[:3] == ["python", "-m", "pressparse"]:
        argv = argv[3:]
    elif argv[:1] == ["pressparse"]:
        argv = argv[1:]
    else:
        raise ValueError(f"docs console blocks may only run pressparse, not {command!r}")
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = pressparse.cli.main(argv, stdout=out, stderr=err)
    except SystemExit as exc:  # --version, --help and usage errors exit from argparse
        status = exc.code if isinstance(exc.code, int) else 1
    printed = out.getvalue() + err.getvalue()
    return printed if status == 0 else f"{printed}[exit status {status}]\n"


def _evaluate_console(example: Example) -> str | None:
    """
    Run a fenced ``console`` block: ``$ command`` lines, each followed by
    the output it must print.
    """
    commands: list[tuple[str, list[str]]] = []
    for line in str(example.parsed).splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        elif commands:
            commands[-1][1].append(line)
    for command, expected_lines in commands:
        expected = "\n".join(expected_lines).strip() + "\n"
        got = _run_command(command)
        if not _CHECKER.check_output(expected, got, _FLAGS):
            return f"$ {command}\nexpected:\n{expected}got:\n{got}"
    return None


SYBIL = Sybil(
    parsers=[
        PythonCodeBlockParser(doctest_optionflags=_FLAGS),
        CodeBlockParser(language="console", evaluator=_evaluate_console),
        SkipParser(),
    ],
    path=str(DOCS),
    pattern="**/*.md",
)


def test_docs_have_pages() -> None:
    """
    The docs folder is found and holds pages, so the examples test is not
    silently empty.
    """
    assert len(PAGES) >= 5


@pytest.mark.parametrize("page", PAGES)
def test_examples(page: str, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """
    Every executable example on *page* runs and prints what the page says.
    """
    monkeypatch.chdir(tmp_path)
    # The guides import the modules in docs/examples (worker processes too).
    monkeypatch.syspath_prepend(str(DOCS / "examples"))
    document: Document = SYBIL.parse(DOCS / page)
    for example in document:
        try:
            example.evaluate()
        except unittest.SkipTest:
            continue  # `% skip: next "reason"`: shown, not run
        except Exception as exc:
            pytest.fail(f"docs/{page}, line {example.line}: {type(exc).__name__}: {exc}")
