"""
Parse crawled pages in a Spark job: one parser per partition.

Used by the "Spark or Dask" guide, which shows it; its tests run it on a
local Spark session where pyspark and Java are installed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import pressparse


def parse_rows(rows: Iterable[Any]) -> Iterator[tuple[str, str]]:
    """
    ``mapPartitions`` function: ``(path, content)`` rows in,
    ``(path, release as JSON)`` out, one parser for the whole partition.
    """
    parser = pressparse.Parser()  # once per partition; rows stream through it
    for row in rows:
        release = parser.parse(bytes(row.content))
        yield row.path, json.dumps(release.to_dict(), ensure_ascii=False)


def parse_folder(spark: Any, pattern: str) -> Any:
    """
    A DataFrame of ``(path, release)`` for the files matching *pattern*.
    """
    pages = spark.read.format("binaryFile").load(pattern)
    parsed = pages.select("path", "content").rdd.mapPartitions(parse_rows)
    return parsed.toDF(["path", "release"])
