"""
The ``pressparse`` command: parse pages to JSON Lines.

    pressparse PAGE.txt                 one JSON object per page
    pressparse pages/ --pretty          folders are walked recursively
    cat page.html | pressparse -        ``-`` reads standard input

Every page becomes one JSON object (`Release.to_dict` plus a ``"path"``
key). A file that cannot be read is reported on standard error with its
path; the other pages still parse, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from ._pipeline import Parser

#: Exit status when every page parsed.
EXIT_OK = 0
#: Exit status when at least one path could not be read.
EXIT_SOME_FAILED = 1
#: Exit status for bad command-line arguments (argparse's own).
EXIT_USAGE = 2
#: Exit status when the reader of standard output closed it early
#: (``pressparse pages/ | head``): 128 + SIGPIPE, as the shell reports a
#: command that pipe closing ended.
EXIT_BROKEN_PIPE = 141


def _build_argparser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="pressparse",
        description="Parse press-release pages (crawled text or HTML) into JSON Lines.",
    )
    ap.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files, folders (read recursively) or - for standard input",
    )
    ap.add_argument("--pretty", action="store_true", help="indent each JSON object")
    ap.add_argument(
        "--format",
        choices=("auto", "text", "html"),
        default="auto",
        help="skip format detection (default: auto)",
    )
    ap.add_argument(
        "--strict", action="store_true", help="fail pages that lack title, date or body"
    )
    ap.add_argument(
        "--explain",
        action="store_true",
        help='add an "explain" object: for each field, the rule and line that set it',
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return ap


def _expand(paths: Sequence[str]) -> Iterator[tuple[str, Path | None]]:
    """
    Yield (label, path) pairs; ``path`` is None for standard input.
    """
    for name in paths:
        if name == "-":
            yield "-", None
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith("."):
                    yield str(child), child
        else:
            yield name, path


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """
    Run the command line; return the exit status.

    Args:
        argv: The arguments, without the program name (default: ``sys.argv[1:]``).
        stdin: Where ``-`` reads from (default: `sys.stdin`).
        stdout: Where JSON goes (default: `sys.stdout`).
        stderr: Where errors go (default: `sys.stderr`).
    """
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    args = _build_argparser().parse_args(argv)
    parser = Parser()
    status = EXIT_OK
    indent = 2 if args.pretty else None
    from .exceptions import ParseError

    try:
        for label, path in _expand(args.paths):
            try:
                data: str | bytes = (
                    stdin.buffer.read()
                    if path is None and hasattr(stdin, "buffer")
                    else (stdin.read() if path is None else path.read_bytes())
                )
            except OSError as exc:
                print(f"pressparse: {label}: {exc.strerror or exc}", file=stderr)
                status = EXIT_SOME_FAILED
                continue
            try:
                if args.explain:
                    fields = parser.explain(data, strict=args.strict, format=args.format).to_dict()
                else:
                    fields = parser.parse(data, strict=args.strict, format=args.format).to_dict()
            except ParseError as exc:
                print(f"pressparse: {label}: {exc}", file=stderr)
                status = EXIT_SOME_FAILED
                continue
            record = {"path": label, **fields}
            stdout.write(json.dumps(record, ensure_ascii=False, indent=indent))
            stdout.write("\n")
    except BrokenPipeError:
        # The reader went away: stop quietly, and point standard output at
        # the null device so that Python's flush at exit cannot raise again.
        if stdout is sys.stdout:
            with contextlib.suppress(OSError, ValueError):
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
