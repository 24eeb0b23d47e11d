"""
Build the sdist and the wheel, and check what each holds.

    python tests/check_dist.py [OUTDIR]

Run by ``tox -e build`` (and by CI before anything is published). It builds
into OUTDIR (a fresh temporary folder by default), runs ``twine check
--strict`` and ``check-wheel-contents``, then checks that

* the wheel holds the ``pressparse`` package with its ``py.typed`` marker
  and its ``.dist-info``, and nothing else (no tests, docs or build debris);
* the sdist holds the sources, the tests, the docs, the changelog, the
  README and the licence, and no build output or caches.

Not collected by pytest (the name does not start with ``test_``); it needs
build, twine and check-wheel-contents, which the tox env installs.
"""

from __future__ import annotations

import pathlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[1]

#: Paths (relative to the sdist's top folder) the sdist must hold.
SDIST_REQUIRED = (
    "pyproject.toml",
    "README.md",
    "CHANGELOG.md",
    "LICENSE",
    "src/pressparse/__init__.py",
    "src/pressparse/py.typed",
    "tests/test_docs.py",
    "docs/conf.py",
    "docs/index.md",
)
#: Path fragments neither archive may hold.
FORBIDDEN = ("__pycache__", ".pyc", "docs/_build", ".pytest_cache", ".mypy_cache", ".tox")


def run(*argv: str) -> None:
    print("$", " ".join(argv), flush=True)
    subprocess.run(argv, check=True)


def check_wheel(wheel: pathlib.Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    problems = []
    dist_info = {name.split("/", 1)[0] for name in names if ".dist-info/" in name}
    if len(dist_info) != 1:
        problems.append(f"wheel: expected one .dist-info folder, found {sorted(dist_info)}")
    for name in names:
        top = name.split("/", 1)[0]
        if top != "pressparse" and top not in dist_info:
            problems.append(f"wheel: unexpected file {name}")
        if any(part in name for part in FORBIDDEN):
            problems.append(f"wheel: build debris {name}")
    for required in ("pressparse/__init__.py", "pressparse/py.typed"):
        if required not in names:
            problems.append(f"wheel: missing {required}")
    if not any(name.endswith("/entry_points.txt") for name in names):
        problems.append("wheel: missing entry_points.txt (the pressparse command)")
    return problems


def check_sdist(sdist: pathlib.Path) -> list[str]:
    with tarfile.open(sdist) as archive:
        names = [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]
    problems = [f"sdist: missing {path}" for path in SDIST_REQUIRED if path not in names]
    problems += [
        f"sdist: build debris {name}" for name in names if any(part in name for part in FORBIDDEN)
    ]
    return problems


def main(argv: list[str]) -> int:
    if len(argv) > 1:
        outdir = pathlib.Path(argv[1])
        shutil.rmtree(outdir, ignore_errors=True)
    else:
        outdir = pathlib.Path(tempfile.mkdtemp(prefix="pressparse-dist-"))
    run(sys.executable, "-m", "build", "--outdir", str(outdir), str(ROOT))
    wheels = sorted(outdir.glob("*.whl"))
    sdists = sorted(outdir.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        print(f"expected one wheel and one sdist in {outdir}, found {wheels + sdists}")
        return 1
    run(sys.executable, "-m", "twine", "check", "--strict", str(wheels[0]), str(sdists[0]))
    run("check-wheel-contents", str(wheels[0]))
    problems = check_wheel(wheels[0]) + check_sdist(sdists[0])
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"ok: {wheels[0].name} and {sdists[0].name} in {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
