"""
`pressparse.dask` and the Spark recipe, against `pressparse.parse_many`.

The partition function needs no dask and always runs. The bag tests run
where dask is installed (``tox -e dask`` installs it with distributed and
runs them on a local cluster of two worker processes over a shared corpus
folder); the Spark test runs where pyspark and Java are installed. Each
skips with its reason otherwise.
"""

from __future__ import annotations

import importlib.util
import json
import os
import pathlib
import shutil
import sys

import pytest

import pressparse
import pressparse.dask
from pressparse import ParseError

PAGES = [
    f"Press release\nTown {n} opens a library\nOSLO, {n % 28 + 1} June 2021 - The town "
    f"opened a new public library today, with a reading room.\n"
    for n in range(12)
]
BAD = "Opening hours\nThe office is closed on public holidays."
DOCS_EXAMPLES = pathlib.Path(__file__).resolve().parents[1] / "docs" / "examples"


def _corpus_files(shared_corpus: pathlib.Path) -> list[pathlib.Path]:
    folder = shared_corpus / "crawltext" / "html2text"
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        pytest.skip("../shared/corpus/crawltext/html2text holds no pages")
    return paths


class TestParsePartition:
    def test_equals_parse_many(self) -> None:
        """
        One partition gives the releases `parse_many` gives, in order.
        """
        expected = list(pressparse.parse_many(PAGES, workers=1))

        assert expected == pressparse.dask.parse_partition(PAGES)

    def test_dicts_and_errors(self) -> None:
        """
        ``as_dict`` gives `Release.to_dict` dicts; ``on_error="return"``
        puts the `ParseError` in the failing page's place.
        """
        got = pressparse.dask.parse_partition(
            [PAGES[0], BAD], strict=True, on_error="return", as_dict=True
        )

        assert pressparse.parse(PAGES[0]).to_dict() == got[0]
        assert isinstance(got[1], ParseError)
        with pytest.raises(ParseError):
            pressparse.dask.parse_partition([BAD], strict=True)

    def test_without_dask(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        Building a bag without dask installed raises `ImportError` naming
        the extra to install.
        """
        monkeypatch.setitem(sys.modules, "dask", None)
        monkeypatch.setitem(sys.modules, "dask.bag", None)

        with pytest.raises(ImportError, match=r"pressparse\[dask\]"):
            pressparse.dask.read_files([])


class TestBag:
    def test_local_scheduler(self) -> None:
        """
        A bag of pages in several partitions gives `parse_many`'s releases.
        """
        bag_module = pytest.importorskip("dask.bag")
        bag = bag_module.from_sequence(PAGES, npartitions=3)

        got = pressparse.dask.parse_bag(bag).compute(scheduler="sync")

        assert list(pressparse.parse_many(PAGES, workers=1)) == got

    def test_local_cluster_over_a_corpus_folder(self, shared_corpus: pathlib.Path) -> None:
        """
        On a local cluster of two worker processes, a shared corpus folder
        read and parsed by the workers gives the dicts `parse_many` gives
        for the same files, in order.
        """
        pytest.importorskip("dask.bag")
        distributed = pytest.importorskip("distributed")
        paths = _corpus_files(shared_corpus)
        expected = [
            r.to_dict() for r in pressparse.parse_many((p.read_bytes() for p in paths), workers=1)
        ]

        with (
            distributed.LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            pages = pressparse.dask.read_files(paths, partition_size=50)
            got = client.compute(pressparse.dask.parse_bag(pages, as_dict=True)).result()
            workers = len(client.scheduler_info()["workers"])

        assert 2 == workers
        assert len(paths) == len(got)
        assert expected == got


class TestSpark:
    def test_recipe_on_a_local_session(
        self, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """
        The guide's Spark recipe (docs/examples/spark_parse.py) gives the
        releases `parse_many` gives.
        """
        if importlib.util.find_spec("pyspark") is None:
            pytest.skip("pyspark is not installed")
        if shutil.which("java") is None:
            pytest.skip("pyspark is installed but Java is not")
        from pyspark.sql import SparkSession

        spec = importlib.util.spec_from_file_location(
            "spark_parse", DOCS_EXAMPLES / "spark_parse.py"
        )
        assert spec is not None
        assert spec.loader is not None
        spark_parse = importlib.util.module_from_spec(spec)
        # Spark pickles parse_rows by reference: its module must be importable,
        # here and in the Python workers Spark starts.
        monkeypatch.setitem(sys.modules, "spark_parse", spark_parse)
        monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(DOCS_EXAMPLES), *sys.path]))
        spec.loader.exec_module(spark_parse)
        for n, page in enumerate(PAGES):
            (tmp_path / f"{n:02}.txt").write_text(page, encoding="utf-8")
        spark = SparkSession.builder.master("local[2]").appName("pressparse").getOrCreate()
        try:
            rows = spark_parse.parse_folder(spark, str(tmp_path / "*.txt")).collect()
        finally:
            spark.stop()

        got = {pathlib.Path(row.path).name: json.loads(row.release) for row in rows}
        expected = pressparse.parse_many([page.encode("utf-8") for page in PAGES], workers=1)
        assert [r.to_dict() for r in expected] == [got[f"{n:02}.txt"] for n in range(len(PAGES))]
