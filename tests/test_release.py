"""
The release uploads what it builds.

The CI and release workflows build with `check_dist.COMMAND` (which ``tox run
-e build`` runs too, and which checks that ``dist/`` holds exactly one file
for each of `check_dist.GLOBS`), and every path the workflows test, install,
keep or upload is one of those globs or their folder. The workflows are not
in the sdist: from an unpacked sdist these tests skip.
"""

from __future__ import annotations

import configparser
import pathlib
import re

import pytest

import check_dist
import pressparse

ROOT = pathlib.Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github" / "workflows"
BUILDING = ("ci.yml", "release.yml")


def workflow(name: str) -> str:
    path = WORKFLOWS / name
    if not path.is_file():
        pytest.skip(f".github/workflows/{name} is not here (an unpacked sdist)")
    return path.read_text(encoding="utf-8")


def run_lines(text: str) -> list[str]:
    """The shell lines of every ``run:`` step, stripped."""
    lines: list[str] = []
    block_indent: int | None = None
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip())
        if block_indent is not None:
            if line.strip() and indent <= block_indent:
                block_indent = None
            elif line.strip():
                lines.append(line.strip())
                continue
        found = re.match(r"\s*(?:- )?run: ?(.*)$", line)
        if found:
            if found.group(1) in ("|", ">", ""):
                block_indent = indent
            else:
                lines.append(found.group(1).strip())
    return lines


@pytest.mark.parametrize("name", BUILDING)
def test_workflow_builds_with_the_one_command(name: str) -> None:
    """
    The build job runs `check_dist.COMMAND` verbatim, once.
    """
    assert 1 == run_lines(workflow(name)).count(check_dist.COMMAND)


@pytest.mark.parametrize("name", BUILDING)
def test_workflow_paths_are_the_checked_globs(name: str) -> None:
    """
    Every ``dist/`` path the workflow names is one of the globs the build
    checks, or the folder they are in (the artifact and the upload).
    """
    text = workflow(name)
    named = set(re.findall(r"\bdist/[^\s\"']*", text))

    assert named
    assert set() == named - {*check_dist.GLOBS, f"{check_dist.OUTDIR}/"}


def test_release_uploads_the_built_folder() -> None:
    """
    The release keeps ``dist/`` as its artifact and publishes that folder.
    """
    text = workflow("release.yml")

    assert f"path: {check_dist.OUTDIR}/" in text
    assert f"packages-dir: {check_dist.OUTDIR}/" in text
    assert "src/pressparse/_version.py" in text  # the tag is checked against it


def test_tox_build_env_runs_the_same_command() -> None:
    """
    ``tox run -e build`` runs the workflows' build command.
    """
    tox = configparser.ConfigParser(interpolation=None)
    if not tox.read(ROOT / "tox.ini", encoding="utf-8"):
        pytest.skip("tox.ini is not here")

    assert check_dist.COMMAND == tox["testenv:build"]["commands"].strip()


def release_parts(version: str) -> tuple[tuple[int, ...], bool]:
    """The numeric release of a PEP 440 *version*, and whether it is a pre/dev release."""
    found = re.fullmatch(r"(\d+(?:\.\d+)*)((?:a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?", version)
    assert found is not None, f"{version!r} is not a plain PEP 440 version"
    parts = tuple(int(p) for p in found.group(1).split("."))
    while len(parts) > 1 and parts[-1] == 0:
        parts = parts[:-1]
    return parts, bool(found.group(2) or found.group(4))


def test_docs_floors_admit_the_repository_version() -> None:
    """
    Every ``pressparse>=X`` a page tells users to write (the plugin
    how-to's ``dependencies``) admits the version in the repository, so the
    example installs against a build of this checkout: a pre-release below X
    (``0.1.0.dev0`` for ``>=0.1``) would not.
    """
    docs = ROOT / "docs"
    if not docs.is_dir():
        pytest.skip("docs/ is not here")
    floors = {
        floor
        for page in docs.rglob("*.md")
        for floor in re.findall(r"pressparse>=([\w.]+)", page.read_text(encoding="utf-8"))
    }
    version, pre = release_parts(pressparse.__version__)

    assert floors
    for floor in floors:
        wanted, _ = release_parts(floor)
        assert version > wanted or (version == wanted and not pre), (floor, version)
