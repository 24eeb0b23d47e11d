"""
`parse_many`: parse a stream of pages, in order, in worker processes.

The parent process reads the pages from the caller's iterable in chunks,
keeps at most a fixed number of chunks in flight and yields the releases
in input order. Each worker receives the `Parser` (and the parse options)
once, when it starts, through the pool's initializer; afterwards only the
pages and the releases cross the process boundary.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Final, Literal, overload

from ._models import Release
from ._pipeline import Format, Parser
from .exceptions import ParseError

#: Pages sent to a worker in one task (`parse_many`'s default *chunksize*).
DEFAULT_CHUNKSIZE: Final = 32
#: Chunks kept in flight per worker: enough to keep every worker busy while
#: the parent yields, few enough to bound memory.
CHUNKS_PER_WORKER: Final = 4

OnError = Literal["raise", "return"]

# The worker process's parser and options, set once by `_init_worker`.
_worker_state: tuple[Parser, bool, Format, dt.date | None] | None = None


def _init_worker(
    parser: Parser, strict: bool, format: Format, reference_date: dt.date | None
) -> None:
    """
    Pool initializer: keep the parser and the options for every task.
    """
    global _worker_state
    _worker_state = (parser, strict, format, reference_date)


def _parse_one(
    parser: Parser,
    page: str | bytes,
    strict: bool,
    format: Format,
    reference_date: dt.date | None,
) -> Release | ParseError:
    try:
        return parser.parse(page, strict=strict, format=format, reference_date=reference_date)
    except ParseError as exc:
        return exc


def _parse_chunk(pages: list[str | bytes]) -> list[Release | ParseError]:
    """
    Parse one chunk of pages in a worker process.
    """
    assert _worker_state is not None, "worker started without _init_worker"
    parser, strict, format, reference_date = _worker_state
    return [_parse_one(parser, page, strict, format, reference_date) for page in pages]


def default_workers() -> int:
    """
    The number of CPUs this process may run on (at least 1).
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS and Windows
        return max(1, os.cpu_count() or 1)


@overload
def parse_many(
    pages: Iterable[str | bytes],
    *,
    parser: Parser | None = ...,
    workers: int | None = ...,
    strict: bool = ...,
    format: Format = ...,
    reference_date: dt.date | None = ...,
    on_error: Literal["raise"] = ...,
    chunksize: int = ...,
    start_method: str | None = ...,
) -> Iterator[Release]: ...


@overload
def parse_many(
    pages: Iterable[str | bytes],
    *,
    parser: Parser | None = ...,
    workers: int | None = ...,
    strict: bool = ...,
    format: Format = ...,
    reference_date: dt.date | None = ...,
    on_error: Literal["return"],
    chunksize: int = ...,
    start_method: str | None = ...,
) -> Iterator[Release | ParseError]: ...


@overload
def parse_many(
    pages: Iterable[str | bytes],
    *,
    parser: Parser | None = ...,
    workers: int | None = ...,
    strict: bool = ...,
    format: Format = ...,
    reference_date: dt.date | None = ...,
    on_error: OnError,
    chunksize: int = ...,
    start_method: str | None = ...,
) -> Iterator[Release | ParseError]: ...


def parse_many(
    pages: Iterable[str | bytes],
    *,
    parser: Parser | None = None,
    workers: int | None = None,
    strict: bool = False,
    format: Format = "auto",
    reference_date: dt.date | None = None,
    on_error: OnError = "raise",
    chunksize: int = DEFAULT_CHUNKSIZE,
    start_method: str | None = None,
) -> Iterator[Release] | Iterator[Release | ParseError]:
    """
    Parse many pages, in worker processes, and yield their releases in
    input order.

    *pages* is read lazily: a generator of a million pages is never turned
    into a list. At most ``workers * 4`` chunks of *chunksize* pages are
    read ahead of the release last yielded, so memory stays bounded
    whatever the number of pages.

    .. code-block:: python

        import pathlib

        import pressparse

        paths = sorted(pathlib.Path("crawl").glob("*.html"))
        pages = (path.read_bytes() for path in paths)
        for path, release in zip(paths, pressparse.parse_many(pages, workers=4)):
            print(path, release.title)

    Args:
        pages: The pages, as for `Parser.parse`: `str` or `bytes` each.
        parser: The parser to use (default: ``Parser()``). It is pickled
            once per worker process, so its plugins must be importable
            classes.
        workers: How many processes parse (default: one per CPU this
            process may use). With ``1`` the pages are parsed in this
            process, one at a time, with no pool.
        strict: As for `Parser.parse`.
        format: As for `Parser.parse`.
        reference_date: As for `Parser.parse`.
        on_error: What a page that fails with *strict* gives.
            ``"raise"`` (the default) raises its `ParseError` when that
            page's turn comes (the releases before it have been yielded;
            the iteration ends). ``"return"`` yields the `ParseError` in
            the page's place (its ``release`` attribute holds what was
            found) and goes on.
        chunksize: Pages sent to a worker at a time. Larger chunks cost
            less per page; smaller ones spread uneven pages better.
        start_method: The `multiprocessing` start method of the workers
            (``"fork"``, ``"spawn"``, ``"forkserver"``; default: the
            platform's). Under ``"spawn"`` and ``"forkserver"`` the
            program that calls `parse_many` must guard its entry point
            with ``if __name__ == "__main__":``.

    Yields:
        One `Release` per page, in the order of *pages* (or, with
        ``on_error="return"``, a `ParseError` for a page that failed).

    Raises:
        ValueError: *workers* or *chunksize* is below 1, or *on_error* is
            unknown.
        ParseError: With *strict* and ``on_error="raise"``, a page lacks
            required fields.
        InputTypeError: A page is neither `str` nor `bytes`.

    Any other exception raised while parsing a page (by a plugin, say) is
    raised here, in the parent process, when that page's turn comes. If
    the caller stops iterating early, the pages still in flight are
    dropped and the workers are shut down.
    """
    if workers is None:
        workers = default_workers()
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    if on_error not in ("raise", "return"):
        raise ValueError(f"on_error must be 'raise' or 'return', not {on_error!r}")
    if parser is None:
        parser = Parser()
    if workers == 1:
        return _in_process(pages, parser, strict, format, reference_date, on_error)
    return _in_pool(
        pages, parser, workers, strict, format, reference_date, on_error, chunksize, start_method
    )


def _in_process(
    pages: Iterable[str | bytes],
    parser: Parser,
    strict: bool,
    format: Format,
    reference_date: dt.date | None,
    on_error: OnError,
) -> Iterator[Release | ParseError]:
    for page in pages:
        result = _parse_one(parser, page, strict, format, reference_date)
        if isinstance(result, ParseError) and on_error == "raise":
            raise result
        yield result


def _in_pool(
    pages: Iterable[str | bytes],
    parser: Parser,
    workers: int,
    strict: bool,
    format: Format,
    reference_date: dt.date | None,
    on_error: OnError,
    chunksize: int,
    start_method: str | None,
) -> Iterator[Release | ParseError]:
    context = multiprocessing.get_context(start_method)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(parser, strict, format, reference_date),
    )
    in_flight: deque[Future[list[Release | ParseError]]] = deque()
    limit = workers * CHUNKS_PER_WORKER
    source = iter(pages)
    try:
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < limit:
                chunk = list(islice(source, chunksize))
                if not chunk:
                    exhausted = True
                    break
                in_flight.append(pool.submit(_parse_chunk, chunk))
            if not in_flight:
                return
            for result in in_flight.popleft().result():
                if isinstance(result, ParseError) and on_error == "raise":
                    raise result
                yield result
    finally:
        # An early stop (break, an exception) leaves chunks in flight:
        # cancel them instead of waiting for their pages to parse.
        pool.shutdown(wait=True, cancel_futures=True)
