"""
Parse every page of a folder in parallel, one worker process per core.

Used by the "Batch a folder of pages" guide, which imports it; its tests
run it on a folder of small pages.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pressparse


def parse_file(parser: pressparse.Parser, path: Path) -> pressparse.Release | None:
    """
    Read and parse one page; runs in a worker process.

    Returns ``None`` for a file that cannot be read, so one bad file does
    not stop the batch.
    """
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return parser.parse(data)


def parse_folder(
    folder: str | Path,
    parser: pressparse.Parser | None = None,
    *,
    workers: int | None = None,
    chunksize: int = 32,
) -> Iterator[tuple[Path, pressparse.Release | None]]:
    """
    Yield ``(path, release)`` for every file under *folder*, in path order.

    *parser* (default: ``pressparse.Parser()``) is pickled to the workers
    with each chunk of paths; *workers* defaults to the number of CPUs.
    """
    parser = parser or pressparse.Parser()
    paths = sorted(path for path in Path(folder).rglob("*") if path.is_file())
    work = functools.partial(parse_file, parser)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from zip(paths, pool.map(work, paths, chunksize=chunksize), strict=True)
