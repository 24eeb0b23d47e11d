"""
The ``pressparse`` command: parse pages to JSON Lines.

    pressparse PAGE.txt                 one JSON object per page
    pressparse pages/ --pretty          folders are walked recursively
    pressparse crawl/ --jobs 4          four worker processes, output in order
    cat page.html | pressparse -        ``-`` reads standard input

Every page becomes one JSON object (`Release.to_dict` plus a ``"path"``
key). A file that cannot be read is reported on standard error with its
path; the other pages still parse, and the exit status is 1. Binary files
in a folder (images, PDFs, archives) are skipped with one line on standard
error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from ._batch import default_workers, parse_many
from ._decode import binary_kind
from ._explain import Explanation
from ._models import Release
from ._pipeline import DEFAULT_DATELINES, DEFAULT_STRIPPERS, Format, Parser
from .exceptions import ParseError, PressParseError

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
#: Seconds between two updates of the progress line.
PROGRESS_INTERVAL = 0.5


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
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="parse in N worker processes, output in input order (0: one per CPU; default: 1)",
    )
    ap.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show pages, pages/s and errors on stderr (default: when stderr is a terminal)",
    )
    ap.add_argument(
        "--stripper",
        action="append",
        metavar="NAME",
        help="run the stripper registered as NAME (repeat for several, in order; "
        f"default: {' '.join(DEFAULT_STRIPPERS)})",
    )
    ap.add_argument(
        "--dateline",
        action="append",
        metavar="NAME",
        help="try the dateline parser registered as NAME (repeat for several, in order; "
        f"default: {' '.join(DEFAULT_DATELINES)})",
    )
    ap.add_argument(
        "--explain",
        action="store_true",
        help='add an "explain" object: for each field, the rule and line that set it '
        "(in this process: --jobs is ignored)",
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return ap


def walk(folder: Path) -> Iterator[Path]:
    """
    Yield the files under *folder*, recursively, streamed.

    Each directory is read with ``os.scandir`` and its entries sorted by
    name; a sub-directory is walked where its name sorts, so the order is
    that of the sorted paths. Only one directory's entries are held at a
    time per level, never the list of every file. Hidden files and
    directories (names starting with ``.``) are skipped, and symbolic links
    to directories are not followed.
    """
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from walk(Path(entry.path))
            elif entry.is_file():
                yield Path(entry.path)
        except OSError:  # pragma: no cover - a file that vanished mid-walk
            continue


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
            for child in walk(path):
                yield str(child), child
        else:
            yield name, path


class _Reporter:
    """
    Messages and the progress line on standard error.

    The progress line (pages, pages per second, errors, skipped files) is
    rewritten in place at most every `PROGRESS_INTERVAL` seconds and
    cleared before a message is printed.
    """

    def __init__(self, stream: TextIO, *, progress: bool) -> None:
        self.stream = stream
        self.progress = progress
        self.pages = 0
        self.errors = 0
        self.skipped = 0
        self._start = time.monotonic()
        self._shown = 0.0
        self._width = 0

    def message(self, text: str, *, error: bool = True) -> None:
        if error:
            self.errors += 1
        else:
            self.skipped += 1
        self._clear()
        print(f"pressparse: {text}", file=self.stream)
        self.stream.flush()

    def page(self) -> None:
        self.pages += 1
        if self.progress and time.monotonic() - self._shown >= PROGRESS_INTERVAL:
            self._show()

    def close(self) -> None:
        if self.progress:
            self._show()
            self.stream.write("\n")
            self.stream.flush()

    def _line(self) -> str:
        seconds = max(time.monotonic() - self._start, 1e-9)
        return (
            f"pressparse: {self.pages} pages, {self.pages / seconds:.0f} pages/s,"
            f" {self.errors} errors, {self.skipped} skipped"
        )

    def _show(self) -> None:
        line = self._line()
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)
        self._shown = time.monotonic()

    def _clear(self) -> None:
        if self.progress and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self._width = 0


def _pages(
    paths: Sequence[str], stdin: TextIO, reporter: _Reporter, labels: deque[str]
) -> Iterator[str | bytes]:
    """
    Read every page named by *paths*, in order, and append its label to
    *labels* as it is yielded. Unreadable and binary files are reported on
    *reporter* and not yielded.
    """
    for label, path in _expand(paths):
        try:
            data: str | bytes = (
                stdin.buffer.read()
                if path is None and hasattr(stdin, "buffer")
                else (stdin.read() if path is None else path.read_bytes())
            )
        except OSError as exc:
            reporter.message(f"{label}: {exc.strerror or exc}")
            continue
        if isinstance(data, bytes):
            kind = binary_kind(data)
            if kind is not None:
                reporter.message(f"{label}: skipped, binary file ({kind})", error=False)
                continue
        labels.append(label)
        yield data


def _record(label: str, result: Release | Explanation) -> dict[str, Any]:
    """
    The JSON object printed for one page: the release's `Release.to_dict`,
    with ``--explain`` the `Explanation.to_dict` (its ``"explain"`` object).
    """
    return {"path": label, **result.to_dict()}


def _explain_each(
    pages: Iterator[str | bytes], parser: Parser, *, strict: bool, format: Format
) -> Iterator[Explanation | ParseError]:
    """
    ``--explain``: each page's `Explanation`, or its `ParseError`, in this
    process (explaining is for the pages one looks into, not a whole crawl).
    """
    for data in pages:
        try:
            yield parser.explain(data, strict=strict, format=format)
        except ParseError as exc:
            yield exc


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
        stderr: Where errors and the progress line go (default: `sys.stderr`).
    """
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    argparser = _build_argparser()
    args = argparser.parse_args(argv)
    if args.jobs < 0:
        argparser.error(f"--jobs must be 0 or more, not {args.jobs}")
    try:
        parser = Parser(
            strippers=args.stripper or DEFAULT_STRIPPERS,
            datelines=args.dateline or DEFAULT_DATELINES,
        )
    except PressParseError as exc:
        argparser.error(str(exc))
    progress = args.progress
    if progress is None:
        progress = bool(getattr(stderr, "isatty", lambda: False)())
    reporter = _Reporter(stderr, progress=progress)
    indent = 2 if args.pretty else None
    labels: deque[str] = deque()
    pages = _pages(args.paths, stdin, reporter, labels)
    results: Iterator[Release | Explanation | ParseError] = (
        _explain_each(pages, parser, strict=args.strict, format=args.format)
        if args.explain
        else parse_many(
            pages,
            parser=parser,
            workers=args.jobs or default_workers(),
            strict=args.strict,
            format=args.format,
            on_error="return",
        )
    )
    try:
        for result in results:
            label = labels.popleft()
            reporter.page()
            if isinstance(result, ParseError):
                reporter.message(f"{label}: {result}")
                continue
            stdout.write(json.dumps(_record(label, result), ensure_ascii=False, indent=indent))
            stdout.write("\n")
    except BrokenPipeError:
        # The reader went away: stop quietly, and point standard output at
        # the null device so that Python's flush at exit cannot raise again.
        if stdout is sys.stdout:
            with contextlib.suppress(OSError, ValueError):
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    finally:
        # Stops the worker processes at once when the loop ended early.
        close = getattr(results, "close", None)
        if close is not None:
            close()
        reporter.close()
    return EXIT_SOME_FAILED if reporter.errors else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
