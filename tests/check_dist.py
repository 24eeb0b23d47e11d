"""
Build the release files exactly as CI and the release do, and check them.

    python tests/check_dist.py dist

This one command (`COMMAND`) is the build step of
``.github/workflows/ci.yml`` and ``.github/workflows/release.yml``, and the
command of ``tox run -e build``; ``tests/test_release.py`` checks that the
workflows run it and use the globs below. From the project root, it

1. empties ``dist/`` and runs ``python -m build --outdir dist .``: the sdist,
   then the wheel built from that sdist;
2. checks that ``dist/`` holds exactly one file for each of `GLOBS` (what the
   workflows test, install and upload) and nothing else: the publishing
   action uploads every file in the folder;
3. runs ``twine check --strict`` on both and ``check-wheel-contents`` on the
   wheel;
4. checks what each holds: the wheel is pure Python (``py3-none-any``, no
   binary), holds exactly the files of ``src/pressparse`` in the sdist plus
   its ``.dist-info`` (so nothing is missing and nothing else slips in), and
   declares the ``pressparse`` command; the sdist holds the sources, the
   tests, the docs, the changelog, the README and the licence, and no build
   output; both carry the version of ``src/pressparse/_version.py``;
5. installs the wheel into a fresh virtual environment (which downloads
   attrs, lxml and regex) and parses the sample page with the installed
   ``pressparse`` command, outside the checkout.

Not collected by pytest (the name does not start with ``test_``); it needs
build, twine and check-wheel-contents, which the tox env and the workflows
install.
"""

from __future__ import annotations

import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import venv
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[1]

#: The command, run from the project root, that builds and checks the release.
COMMAND = "python tests/check_dist.py dist"
#: The folder the release files are written to, relative to the project root.
OUTDIR = "dist"
#: What the workflows test, install and upload, relative to the project root:
#: each matches exactly one file, and nothing else is in OUTDIR.
GLOBS = (f"{OUTDIR}/*.whl", f"{OUTDIR}/*.tar.gz")

#: Paths (relative to the sdist's top folder) the sdist must hold.
SDIST_REQUIRED = (
    "pyproject.toml",
    "README.md",
    "CHANGELOG.md",
    "LICENSE",
    "tox.ini",
    "src/pressparse/__init__.py",
    "src/pressparse/_version.py",
    "src/pressparse/py.typed",
    "tests/test_docs.py",
    "tests/check_dist.py",
    "docs/conf.py",
    "docs/index.md",
    "examples/sample-release.txt",
)
#: Path fragments neither archive may hold.
FORBIDDEN = ("__pycache__", ".pyc", "docs/_build", ".pytest_cache", ".mypy_cache", ".tox")
#: The sample page parsed by the installed wheel, and the title it must give.
SAMPLE = "examples/sample-release.txt"
SAMPLE_TITLE = "River basin states agree on a shared early-warning network for floods"


def run(*argv: str, cwd: pathlib.Path = ROOT) -> str:
    print("$", " ".join(argv), flush=True)
    done = subprocess.run(argv, check=True, cwd=cwd, stdout=subprocess.PIPE, text=True)
    print(done.stdout, end="", flush=True)
    return done.stdout


def source_version() -> str:
    """The version in src/pressparse/_version.py, its single source."""
    text = (ROOT / "src" / "pressparse" / "_version.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit("src/pressparse/_version.py holds no __version__ line")
    return found.group(1)


def sdist_names(sdist: pathlib.Path) -> list[str]:
    """The sdist's file names, without its top folder."""
    with tarfile.open(sdist) as archive:
        return [m.name.split("/", 1)[1] for m in archive.getmembers() if m.isfile()]


def check_wheel(wheel: pathlib.Path, sdist: pathlib.Path, version: str) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    problems = []
    name, wheel_version, tag = wheel.name.removesuffix(".whl").split("-", 2)
    if tag != "py3-none-any":
        problems.append(f"wheel: tagged {tag}, not py3-none-any")
    if (name, wheel_version) != ("pressparse", version):
        problems.append(f"wheel: {name} {wheel_version}, not pressparse {version}")
    dist_info = f"pressparse-{version}.dist-info/"
    package = {n for n in names if not n.startswith(dist_info)}
    expected = {
        n.removeprefix("src/") for n in sdist_names(sdist) if n.startswith("src/pressparse/")
    }
    problems += [f"wheel: missing {n}" for n in sorted(expected - package)]
    problems += [f"wheel: unexpected file {n}" for n in sorted(package - expected)]
    problems += [f"wheel: binary {n}" for n in names if n.endswith((".so", ".pyd", ".dylib"))]
    problems += [f"wheel: build debris {n}" for n in names if any(p in n for p in FORBIDDEN)]
    if dist_info + "entry_points.txt" not in names:
        problems.append("wheel: missing entry_points.txt (the pressparse command)")
    return problems


def check_sdist(sdist: pathlib.Path, version: str) -> list[str]:
    names = sdist_names(sdist)
    problems = [f"sdist: missing {path}" for path in SDIST_REQUIRED if path not in names]
    problems += [f"sdist: build debris {n}" for n in names if any(p in n for p in FORBIDDEN)]
    if sdist.name != f"pressparse-{version}.tar.gz":
        problems.append(f"sdist: named {sdist.name}, not pressparse-{version}.tar.gz")
    return problems


def check_installed(wheel: pathlib.Path) -> list[str]:
    """Install *wheel* into a fresh virtual environment and parse the sample page."""
    with tempfile.TemporaryDirectory(prefix="pressparse-smoke-") as tmp:
        env = pathlib.Path(tmp, "venv")
        venv.EnvBuilder(with_pip=True).create(env)
        bin_dir = env / ("Scripts" if os.name == "nt" else "bin")
        python = str(bin_dir / "python")
        run(python, "-m", "pip", "install", "--quiet", str(wheel))
        # Outside the checkout, so nothing can import src/.
        page = shutil.copy(ROOT / SAMPLE, tmp)
        where = run(python, "-c", "import pressparse; print(pressparse.__file__)", cwd=env)
        output = run(str(bin_dir / "pressparse"), page, cwd=env)
    problems = []
    if not where.strip().startswith(str(env)):
        problems.append(f"installed wheel: pressparse imported from {where.strip()}")
    release = json.loads(output)
    if release.get("title") != SAMPLE_TITLE or release.get("date") != "2025-03-03":
        problems.append(f"installed wheel: the sample page parsed to {release}")
    return problems


def main(argv: list[str]) -> int:
    if argv[1:] != [OUTDIR]:
        print(f"usage, from anywhere: {COMMAND}  (builds into {ROOT / OUTDIR})")
        return 2
    outdir = ROOT / OUTDIR
    shutil.rmtree(outdir, ignore_errors=True)
    run(sys.executable, "-m", "build", "--outdir", OUTDIR, ".")
    matched = {pattern: sorted(ROOT.glob(pattern)) for pattern in GLOBS}
    problems = [
        f"{pattern} matches {[p.name for p in paths]}, not one file"
        for pattern, paths in matched.items()
        if len(paths) != 1
    ]
    extra = set(outdir.iterdir()) - {p for paths in matched.values() for p in paths}
    problems += [f"{OUTDIR}/ holds {p.name}, which no workflow glob names" for p in extra]
    if problems:
        print(*problems, sep="\n")
        return 1
    wheel, sdist = (paths[0] for paths in matched.values())
    run(sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist))
    run(
        sys.executable,
        "-m",
        "check_wheel_contents",
        "--no-config",
        "--toplevel",
        "pressparse",
        str(wheel),
    )
    version = source_version()
    problems = check_sdist(sdist, version) + check_wheel(wheel, sdist, version)
    if not problems:
        problems = check_installed(wheel)
    if problems:
        print(*problems, sep="\n")
        return 1
    print(f"ok: {wheel.name} and {sdist.name} in {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
