"""
Parse a Dask bag of pages: one `~pressparse.Parser` per partition.

Needs dask (``pip install "pressparse[dask]"``); ``import pressparse`` never
imports this module or dask, and this module imports dask only when a
function that builds a bag is called.

    import pressparse.dask

    pages = pressparse.dask.read_files(sorted(paths), partition_size=200)
    records = pressparse.dask.parse_bag(pages, as_dict=True)
    records.to_dataframe().to_parquet("parsed/")
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ._batch import OnError
from ._models import Release
from ._pipeline import Format, Parser
from .exceptions import ParseError

#: What `read_files` and `parse_bag` raise without dask installed.
_MISSING = 'pressparse.dask needs dask: pip install "pressparse[dask]"'


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise ImportError(_MISSING) from exc
    return dask.bag


def parse_partition(
    pages: Iterable[str | bytes],
    parser: Parser | None = None,
    *,
    strict: bool = False,
    format: Format = "auto",
    reference_date: dt.date | None = None,
    on_error: OnError = "raise",
    as_dict: bool = False,
) -> list[Any]:
    """
    Parse the pages of one partition with one parser, in order.

    The function `parse_bag` maps over a bag's partitions; it needs no
    dask itself, so it also serves a Spark ``mapPartitions`` or any other
    framework that hands over a partition at a time.

    Args:
        pages: The partition's pages, `str` or `bytes` each.
        parser: The parser (default: a ``Parser()`` built once for this
            partition).
        strict: As for `Parser.parse`.
        format: As for `Parser.parse`.
        reference_date: As for `Parser.parse`.
        on_error: As for `pressparse.parse_many`: ``"raise"`` fails the
            partition on a page that lacks required fields with *strict*;
            ``"return"`` puts the `ParseError` in the page's place.
        as_dict: Return `Release.to_dict` dicts (plain data that any
            framework can store) instead of `Release` objects; a returned
            `ParseError` stays an exception object.

    Returns:
        One result per page, in order.
    """
    if parser is None:
        parser = Parser()
    results: list[Any] = []
    for page in pages:
        try:
            release: Release | ParseError = parser.parse(
                page, strict=strict, format=format, reference_date=reference_date
            )
        except ParseError as exc:
            if on_error == "raise":
                raise
            release = exc
        results.append(release.to_dict() if as_dict and isinstance(release, Release) else release)
    return results


def parse_bag(
    bag: Any,
    *,
    parser: Parser | None = None,
    strict: bool = False,
    format: Format = "auto",
    reference_date: dt.date | None = None,
    on_error: OnError = "raise",
    as_dict: bool = False,
) -> Any:
    """
    Parse a ``dask.bag.Bag`` of pages into a bag of releases (or dicts).

    Each partition is parsed by `parse_partition` with one parser: a
    ``Parser()`` built in the partition's task when *parser* is ``None``,
    else the given parser, shipped with the task graph (it pickles; its
    plugins must be importable on the workers). Results keep the bag's
    order and equal those of `pressparse.parse_many` on the same pages.

    Args:
        bag: A ``dask.bag.Bag`` of pages (`str` or `bytes`).
        parser, strict, format, reference_date, on_error, as_dict: As for
            `parse_partition`.

    Returns:
        A lazy ``dask.bag.Bag``; nothing is parsed until it is computed.

    Raises:
        ImportError: dask is not installed.
    """
    _bag_module()
    return bag.map_partitions(
        parse_partition,
        parser,
        strict=strict,
        format=format,
        reference_date=reference_date,
        on_error=on_error,
        as_dict=as_dict,
    )


def _read_bytes(path: str) -> bytes:
    return Path(path).read_bytes()


def read_files(paths: Iterable[str | Path], *, partition_size: int = 100) -> Any:
    """
    A ``dask.bag.Bag`` of the bytes of the files at *paths*, in order.

    The files are read by the workers, *partition_size* files per
    partition; pass the bag to `parse_bag`. Bytes (not text) let
    pressparse choose the decoding and record it in `Release.decoding`.

    Raises:
        ImportError: dask is not installed.
    """
    bag_module = _bag_module()
    names: Sequence[str] = [os.fspath(path) for path in paths]
    return bag_module.from_sequence(names, partition_size=partition_size).map(_read_bytes)


__all__ = ["parse_bag", "parse_partition", "read_files"]
