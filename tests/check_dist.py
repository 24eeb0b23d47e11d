"""
Build the sdist and the wheels, and check what each holds.

    python tests/check_dist.py [OUTDIR]

Run by ``tox -e build`` (and by CI before anything is published). It builds
into OUTDIR (a fresh temporary folder by default):

* ``pure/``: the sdist, and from it the pure-Python wheel
  (``PRESSPARSE_COMPILE=0``), which must be ``py3-none-any``;
* ``compiled/``: where this Python has a C compiler, the mypyc-compiled
  wheel (``PRESSPARSE_COMPILE=1``) built from that sdist, which must be
  platform-tagged and hold every module hatch_build.py compiles.

It runs ``twine check --strict`` and ``check-wheel-contents`` on each, then
checks that

* a wheel holds the ``pressparse`` package with its ``py.typed`` marker and
  its ``.dist-info``, and nothing else (no tests, docs or build debris); a
  compiled wheel may also hold extension modules under ``pressparse/`` and
  mypyc's runtime library ``pressparse__mypyc.<ext-suffix>`` at its top level,
  and no other binary;
* the sdist holds the sources, the build hook, the tests, the docs, the
  changelog, the README and the licence, and no build output or caches.

Not collected by pytest (the name does not start with ``test_``); it needs
build, twine and check-wheel-contents, which the tox env installs.
"""

from __future__ import annotations

import os
import pathlib
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[1]

#: Paths (relative to the sdist's top folder) the sdist must hold.
SDIST_REQUIRED = (
    "pyproject.toml",
    "hatch_build.py",
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


#: The extension-module suffix of this Python (the compiled wheel is built by it).
EXT_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
#: mypyc's shared runtime library, at the compiled wheel's top level.
MYPYC_RUNTIME = "pressparse__mypyc" + EXT_SUFFIX


def run(*argv: str, env: dict[str, str] | None = None) -> None:
    shown = " ".join(f"{k}={v}" for k, v in (env or {}).items())
    print("$", shown, " ".join(argv), flush=True)
    subprocess.run(argv, check=True, env={**os.environ, **env} if env else None)


def compiled_modules() -> list[str]:
    """The wheel paths of the modules hatch_build.py compiles, without ``.py``."""
    sys.path.insert(0, str(ROOT))
    try:
        import hatch_build
    finally:
        sys.path.remove(str(ROOT))
    return [path.removesuffix(".py") for path in hatch_build.COMPILED_MODULES]


def has_c_compiler() -> bool:
    """Whether the compiler this Python builds extensions with is installed."""
    cc = os.environ.get("CC") or sysconfig.get_config_var("CC") or ""
    words = shlex.split(cc)
    return bool(words) and shutil.which(words[0]) is not None


def check_wheel(wheel: pathlib.Path, *, compiled: bool) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    problems = []
    dist_info = {name.split("/", 1)[0] for name in names if ".dist-info/" in name}
    if len(dist_info) != 1:
        problems.append(f"wheel: expected one .dist-info folder, found {sorted(dist_info)}")
    binaries = {name for name in names if name.endswith((".so", ".pyd"))}
    for name in names:
        top = name.split("/", 1)[0]
        if (
            top != "pressparse"
            and top not in dist_info
            and not (compiled and name == top == MYPYC_RUNTIME)
        ):
            problems.append(f"wheel: unexpected file {name}")
        if any(part in name for part in FORBIDDEN):
            problems.append(f"wheel: build debris {name}")
    for required in ("pressparse/__init__.py", "pressparse/py.typed"):
        if required not in names:
            problems.append(f"wheel: missing {required}")
    if not any(name.endswith("/entry_points.txt") for name in names):
        problems.append("wheel: missing entry_points.txt (the pressparse command)")
    tag = wheel.name.removesuffix(".whl").split("-", 2)[2]
    if compiled:
        # Exactly the compiled modules (each beside its source) and the runtime.
        expected = {module + EXT_SUFFIX for module in compiled_modules()} | {MYPYC_RUNTIME}
        problems += [f"wheel: unexpected binary {name}" for name in sorted(binaries - expected)]
        problems += [f"wheel: missing {name}" for name in sorted(expected - binaries)]
        problems += [
            f"wheel: missing {module}.py beside its extension module"
            for module in compiled_modules()
            if module + ".py" not in names
        ]
        if tag.endswith("-any"):
            problems.append(f"wheel: a compiled wheel tagged {tag}")
    else:
        problems += [f"wheel: binary {name} in the pure wheel" for name in sorted(binaries)]
        if tag != "py3-none-any":
            problems.append(f"wheel: the pure wheel is tagged {tag}, not py3-none-any")
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
    pure, compiled = outdir / "pure", outdir / "compiled"
    # The sdist, then the pure wheel built from it.
    run(
        sys.executable,
        "-m",
        "build",
        "--outdir",
        str(pure),
        str(ROOT),
        env={"PRESSPARSE_COMPILE": "0"},
    )
    wheels = sorted(pure.glob("*.whl"))
    sdists = sorted(pure.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        print(f"expected one wheel and one sdist in {pure}, found {wheels + sdists}")
        return 1
    checked = [(wheels[0], False)]
    if has_c_compiler():
        # The compiled wheel, also from the sdist (so the sdist can build it).
        run(
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--outdir",
            str(compiled),
            str(sdists[0]),
            env={"PRESSPARSE_COMPILE": "1"},
        )
        checked.append((next(compiled.glob("*.whl")), True))
    else:
        print("no C compiler: the compiled wheel is not built here")
    run(
        sys.executable,
        "-m",
        "twine",
        "check",
        "--strict",
        *(str(w) for w, _ in checked),
        str(sdists[0]),
    )
    problems = check_sdist(sdists[0])
    for wheel, is_compiled in checked:
        toplevel = "pressparse" + (f",{MYPYC_RUNTIME}" if is_compiled else "")
        # --toplevel names every top-level entry, mypyc's runtime library
        # included, which also stands in for W009 (one top-level entry only).
        run("check-wheel-contents", "--no-config", "--toplevel", toplevel, str(wheel))
        problems += check_wheel(wheel, compiled=is_compiled)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print("ok:", ", ".join(w.name for w, _ in checked), "and", sdists[0].name, "in", outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
