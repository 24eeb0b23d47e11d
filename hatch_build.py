"""
Hatchling build hook: compile pressparse's hot private modules with mypyc.

The wheel target runs this hook (``[tool.hatch.build.targets.wheel.hooks.custom]``
in pyproject.toml). The environment variable ``PRESSPARSE_COMPILE`` chooses:

* unset or ``auto``: compile when building a regular wheel; if compiling fails
  (no C compiler, no Python headers, a mypyc error) warn and build the
  pure-Python wheel instead;
* ``1``: compile, or fail the build with the error;
* ``0``: never compile (a pure-Python ``py3-none-any`` wheel).

Editable installs and the sdist are never compiled. A compiled wheel keeps the
``.py`` source of each compiled module beside its extension module (the
extension wins the import; the source stays for tracebacks and reading) and
holds mypyc's shared runtime library, ``pressparse__mypyc.<ext-suffix>``, at
its top level. Compiled and pure wheels give identical output; only speed
differs. Nothing extra is needed at run time: mypy is a build-time dependency.
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
from typing import Any

from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: The environment variable that chooses the build mode, and its values.
MODE_VARIABLE = "PRESSPARSE_COMPILE"
MODES = ("auto", "1", "0")

#: The modules compiled, relative to src/. They hold no public names: compiled
#: functions and classes lose their docstrings, which the API reference needs.
COMPILED_MODULES = (
    "pressparse/_text.py",
    "pressparse/_units.py",
    "pressparse/_header/__init__.py",
    "pressparse/_letterhead.py",
    "pressparse/strippers/_menus.py",
    "pressparse/strippers/_footer.py",
    "pressparse/datelines/_parser.py",
    "pressparse/datelines/_dates.py",
)

#: mypy (with mypyc) is pinned exactly: another version may compile the same
#: source to different code.
MYPY_REQUIREMENT = "mypy==2.4.1"

#: What mypy needs, beyond the package's own runtime dependencies, to type the
#: compiled modules (as the `typing` dependency group does).
STUB_REQUIREMENTS = ("lxml-stubs>=0.5.1", "types-regex")

#: The mypy configuration for the compile. The project's own [tool.mypy] is
#: left out on purpose: its python_version (3.10) and file list are for
#: `tox -e typing`, and its strict warnings (unused ignores, for one) can
#: differ between Python versions without changing a single type. mypyc sets
#: python_version to the running interpreter itself. Modules that are only
#: imported are typed but not reported on.
MYPY_CONFIG = """\
[mypy]
follow_imports = silent
"""

#: Run in a child process so setuptools and mypy stay out of the build
#: backend's process. Argument: a JSON object (see _compile).
SETUP_SCRIPT = """\
import json
import sys

from setuptools import setup  # before mypyc, which builds through it

from mypyc.build import mypycify

job = json.loads(sys.argv[1])
setup(
    name="pressparse-mypyc",
    ext_modules=mypycify(
        ["--config-file", job["config"], "--cache-dir", job["cache"], *job["paths"]],
        opt_level="3",
        group_name="pressparse",
        target_dir=job["c_dir"],
    ),
    script_args=["build_ext", "--build-lib", job["lib_dir"], "--build-temp", job["temp_dir"]],
)
"""


def parse_mode(value: str | None) -> str:
    """
    Read ``PRESSPARSE_COMPILE``: ``"auto"`` (also for unset or empty), ``"1"`` or ``"0"``.

    Raises ValueError naming the allowed values for anything else.
    """
    mode = "auto" if value is None else value.strip().lower()
    if mode == "":
        mode = "auto"
    if mode not in MODES:
        allowed = ", ".join(repr(m) for m in MODES)
        raise ValueError(f"{MODE_VARIABLE}={value!r} is not one of {allowed} (or unset)")
    return mode


class CustomBuildHook(BuildHookInterface[BuilderConfig]):
    """Compile COMPILED_MODULES with mypyc into the wheel, as PRESSPARSE_COMPILE says."""

    PLUGIN_NAME = "custom"

    _work_dir: str | None = None

    def _mode(self) -> str:
        return parse_mode(os.environ.get(MODE_VARIABLE))

    def dependencies(self) -> list[str]:
        # Not told whether the wheel is editable here, so "auto" asks for the
        # compile's needs in both cases; initialize() skips editable wheels.
        if self._mode() == "0":
            return []
        return [
            MYPY_REQUIREMENT,
            "setuptools",
            *self.metadata.core.dependencies,
            *STUB_REQUIREMENTS,
        ]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        mode = self._mode()
        if mode == "0" or version == "editable":
            return
        try:
            built = self._compile()
        except Exception as error:
            if mode == "1":
                raise
            self.app.display_warning(
                f"pressparse: compiling with mypyc failed, building the pure-Python "
                f"wheel instead ({MODE_VARIABLE}=1 makes this an error, "
                f"{MODE_VARIABLE}=0 skips the attempt):\n{error}"
            )
            self._clean_work_dir()
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"].update(built)
        self.app.display_info(f"pressparse: compiled {len(COMPILED_MODULES)} modules with mypyc")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        self._clean_work_dir()

    def _clean_work_dir(self) -> None:
        if self._work_dir is not None:
            shutil.rmtree(self._work_dir, ignore_errors=True)
            self._work_dir = None

    def _compile(self) -> dict[str, str]:
        """Build the extension modules; return them as {built file: path in the wheel}."""
        src = pathlib.Path(self.root, "src")
        work = pathlib.Path(tempfile.mkdtemp(prefix="pressparse-mypyc-"))
        self._work_dir = str(work)
        config = work / "mypy.ini"
        config.write_text(MYPY_CONFIG, encoding="utf-8")
        lib_dir = work / "lib"
        job = {
            "config": str(config),
            "cache": str(work / "mypy_cache"),
            "paths": [str(src / module) for module in COMPILED_MODULES],
            "c_dir": str(work / "c"),
            "lib_dir": str(lib_dir),
            "temp_dir": str(work / "temp"),
        }
        # The work folder is the current directory, so neither mypy nor
        # setuptools reads the project's configuration or writes into it.
        process = subprocess.run(
            [sys.executable, "-c", SETUP_SCRIPT, json.dumps(job)],
            cwd=work,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
        if process.returncode:
            raise RuntimeError(f"mypyc failed (exit {process.returncode}):\n{process.stdout}")
        built = {
            str(path): path.relative_to(lib_dir).as_posix()
            for path in sorted(lib_dir.rglob("*"))
            if path.is_file()
        }
        expected = {module.removesuffix(".py") for module in COMPILED_MODULES}
        found = {name.split(".", 1)[0] for name in built.values()}
        if found != expected | {"pressparse__mypyc"}:
            names = sorted(built.values())
            raise RuntimeError(f"mypyc built {names}, expected {sorted(expected)}")
        return built
