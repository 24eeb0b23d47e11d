"""
Rebuild the offline intersphinx inventories the docs fall back on.

The docs build fetches each inventory from the web first; these trimmed
copies let the build stay nitpick-clean with no network. Run::

    python docs/_inventories/refresh.py PATH/TO/python/objects.inv

with the ``objects.inv`` of any Python 3 documentation (Debian's
``python3-doc`` package ships one under /usr/share/doc/python3*/html/).
Only the modules the pressparse docs can plausibly refer to are kept. The
attrs inventory is written from the short list below.
"""

from __future__ import annotations

import pathlib
import re
import sys
import zlib

HERE = pathlib.Path(__file__).parent

HEADER = "# Sphinx inventory version 2\n# Project: {project}\n# Version: {version}\n"
ZLIB_NOTE = "# The remainder of this file is compressed using zlib.\n"
LINE = re.compile(r"(.+?)\s+(\S+)\s+(-?\d+)\s+?(\S*)\s+(.*)")

#: Python names kept: builtins (no dot) and these modules' members.
PYTHON_MODULES = (
    "collections.abc",
    "concurrent.futures",
    "datetime",
    "importlib.metadata",
    "json",
    "multiprocessing",
    "pathlib",
    "pickle",
    "sys",
    "threading",
    "typing",
    "warnings",
)
PYTHON_ROLES = ("py:class", "py:exception", "py:function", "py:method", "py:module", "py:data")

#: attrs entries: (name, role, page#anchor).
ATTRS = (
    ("attrs", "py:module", "api.html#module-attrs"),
    ("attrs.evolve", "py:function", "api.html#attrs.evolve"),
    ("attrs.frozen", "py:function", "api.html#attrs.frozen"),
    ("attrs.define", "py:function", "api.html#attrs.define"),
    ("attrs.field", "py:function", "api.html#attrs.field"),
    ("attrs.asdict", "py:function", "api.html#attrs.asdict"),
)


def read(path: pathlib.Path) -> tuple[str, str, list[str]]:
    data = path.read_bytes()
    head = []
    for _ in range(4):
        end = data.index(b"\n") + 1
        head.append(data[:end].decode())
        data = data[end:]
    project = head[1].removeprefix("# Project: ").strip()
    version = head[2].removeprefix("# Version: ").strip()
    return project, version, zlib.decompress(data).decode().splitlines()


def write(path: pathlib.Path, project: str, version: str, lines: list[str]) -> None:
    body = zlib.compress(("\n".join(sorted(lines)) + "\n").encode(), 9)
    path.write_bytes(HEADER.format(project=project, version=version).encode() + ZLIB_NOTE.encode() + body)


def keep_python(line: str) -> bool:
    m = LINE.match(line)
    if m is None:
        return False
    name, role = m[1], m[2]
    if role not in PYTHON_ROLES:
        return False
    if "." not in name:
        return True
    return any(name == mod or name.startswith(mod + ".") for mod in PYTHON_MODULES)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    project, version, lines = read(pathlib.Path(argv[1]))
    kept = [line for line in lines if keep_python(line)]
    write(HERE / "python.inv", project, version, kept)
    write(
        HERE / "attrs.inv",
        "attrs",
        "stable",
        [f"{name} {role} 1 {uri} -" for name, role, uri in ATTRS],
    )
    print(f"python.inv: {len(kept)} of {len(lines)} entries; attrs.inv: {len(ATTRS)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
