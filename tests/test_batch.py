"""
`pressparse.parse_many`: order, streaming, worker set-up and errors.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import attrs
import pytest

import pressparse
from pressparse import Boilerplate, Page, ParseError, Release
from pressparse._batch import CHUNKS_PER_WORKER, _init_worker, _parse_chunk

PAGES = [
    f"Press release\nTown {n} opens a library\nOSLO, {n % 28 + 1} June 2021 - The town of "
    f"Town {n} opened a new public library today, with a reading room.\n"
    for n in range(60)
]
# A page strict mode rejects: no date, no title.
BAD = "Opening hours\nThe office is closed on public holidays."

#: How many times this process unpickled a `PidStripper` (one per worker).
UNPICKLED = 0


def _unpickle_pid_stripper() -> PidStripper:
    global UNPICKLED
    UNPICKLED += 1
    return PidStripper()


class PidStripper:
    """
    A stripper that records, on every page, the process it ran in and how
    many times that process unpickled a stripper.
    """

    def strip(self, page: Page) -> Page:
        """
        Add a boilerplate record naming the process and the unpickle count.
        """
        record = Boilerplate(
            kind="pid", stripper="pid", lines=(f"{os.getpid()} {UNPICKLED}",), start=0
        )
        return attrs.evolve(page, removed=(*page.removed, record))

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return _unpickle_pid_stripper, ()


def _pids(releases: list[Release]) -> list[tuple[int, int]]:
    found = []
    for release in releases:
        (record,) = [b for b in release.boilerplate if b.kind == "pid"]
        pid, count = record.lines[0].split()
        found.append((int(pid), int(count)))
    return found


class TestOrderAndResults:
    def test_same_releases_in_input_order(self) -> None:
        """
        Two workers give the releases of `parse` in input order, also with
        chunks that split the input unevenly (spawned workers: see
        `TestWorkers`).
        """
        expected = [pressparse.parse(page) for page in PAGES]

        got = list(pressparse.parse_many(PAGES, workers=2, chunksize=7, start_method="fork"))

        assert expected == got

    def test_options_reach_the_workers(self) -> None:
        """
        *format* and *reference_date* are applied in the workers as by
        `Parser.parse`.
        """
        import datetime as dt

        page = "Press release\nA ferry\nOSLO, 2 June - The ferry sails on Monday from the quay."
        reference = dt.date(2020, 1, 1)

        (got,) = pressparse.parse_many([page], workers=2, format="text", reference_date=reference)

        assert pressparse.parse(page, format="text", reference_date=reference) == got
        assert dt.date(2020, 6, 2) == got.date

    def test_bytes_and_str(self) -> None:
        """
        Pages may be bytes or str, mixed; bytes keep their decoding.
        """
        pages: list[str | bytes] = [PAGES[0], PAGES[1].encode("utf-8")]

        got = list(pressparse.parse_many(pages, workers=2))

        assert [None, "utf-8"] == [release.decoding for release in got]


class TestWorkers:
    @pytest.mark.parametrize(("start_method", "unpickled"), [("fork", 0), ("spawn", 1)])
    def test_parser_reaches_each_worker_once(self, start_method: str, unpickled: int) -> None:
        """
        Each worker gets the parser once, at start, however many chunks it
        parses: unpickled once under spawn, inherited (never unpickled)
        under fork.
        """
        parser = pressparse.Parser(strippers=[PidStripper(), "menus"])

        got = list(
            pressparse.parse_many(
                PAGES, parser=parser, workers=2, chunksize=3, start_method=start_method
            )
        )

        pids = _pids(got)
        assert os.getpid() not in {pid for pid, _ in pids}
        assert {unpickled} == {count for _, count in pids}
        assert [pressparse.parse(page).title for page in PAGES] == [r.title for r in got]

    def test_one_worker_runs_in_process(self) -> None:
        """
        ``workers=1`` parses in this process, with the parser as given.
        """
        parser = pressparse.Parser(strippers=[PidStripper()])

        got = list(pressparse.parse_many(PAGES[:3], parser=parser, workers=1))

        assert [(os.getpid(), UNPICKLED)] * 3 == _pids(got)

    def test_worker_initializer(self) -> None:
        """
        The worker functions parse a chunk with the state the initializer
        set (run here, in process, where coverage sees them).
        """
        _init_worker(pressparse.Parser(), True, "auto", None)

        got = _parse_chunk([PAGES[0], BAD])

        assert pressparse.parse(PAGES[0]) == got[0]
        assert isinstance(got[1], ParseError)


class TestStreaming:
    def test_reads_a_bounded_window_ahead(self) -> None:
        """
        From an endless generator, only a window of chunks is read ahead
        of the releases taken: the input is streamed, never listed.
        """
        read = 0

        def endless() -> Iterator[str]:
            nonlocal read
            for n in itertools.count():
                read += 1
                yield PAGES[n % len(PAGES)]

        releases = pressparse.parse_many(endless(), workers=2, chunksize=4)
        taken = list(itertools.islice(releases, 10))
        releases.close()  # type: ignore[attr-defined]

        assert 10 == len(taken)
        assert read <= 10 + (2 * CHUNKS_PER_WORKER + 1) * 4

    def test_early_stop_shuts_the_workers_down(self) -> None:
        """
        Stopping after the first release leaves no worker running.
        """
        import multiprocessing

        releases = pressparse.parse_many(PAGES * 10, workers=2, chunksize=2)
        next(releases)
        releases.close()  # type: ignore[attr-defined]

        assert [] == multiprocessing.active_children()


class TestErrors:
    @pytest.mark.parametrize("workers", [1, 2])
    def test_strict_failure_raises_in_its_turn(self, workers: int) -> None:
        """
        With ``on_error="raise"``, the releases before a failing page are
        yielded, then its `ParseError` is raised, with what was found.
        """
        releases = pressparse.parse_many([PAGES[0], BAD, PAGES[1]], workers=workers, strict=True)

        assert "Town 0 opens a library" == next(releases).title
        with pytest.raises(ParseError) as caught:
            next(releases)
        assert ("date",) == caught.value.missing
        assert isinstance(caught.value.release, Release)

    @pytest.mark.parametrize("workers", [1, 2])
    def test_strict_failure_returned_in_place(self, workers: int) -> None:
        """
        With ``on_error="return"``, the `ParseError` takes the failing
        page's place and the other pages go on.
        """
        got = list(
            pressparse.parse_many(
                [PAGES[0], BAD, PAGES[1]], workers=workers, strict=True, on_error="return"
            )
        )

        assert [Release, ParseError, Release] == [type(result) for result in got]
        assert isinstance(got[1], ParseError)
        assert ("date",) == got[1].missing

    def test_page_of_the_wrong_type(self) -> None:
        """
        A page that is neither str nor bytes raises `InputTypeError` in the
        parent, from a worker.
        """
        pages: list[object] = [PAGES[0], 42]
        with pytest.raises(pressparse.InputTypeError, match=r"builtins\.int"):
            list(pressparse.parse_many(pages, workers=2))  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("options", "message"),
        [
            ({"workers": 0}, "workers must be at least 1, not 0"),
            ({"chunksize": 0}, "chunksize must be at least 1, not 0"),
            ({"on_error": "skip"}, "on_error must be 'raise' or 'return', not 'skip'"),
        ],
    )
    def test_bad_options(self, options: dict[str, object], message: str) -> None:
        """
        Bad options raise `ValueError` at once, before any page is read.
        """
        with pytest.raises(ValueError, match=message):
            pressparse.parse_many(PAGES, **options)  # type: ignore[call-overload]

    def test_default_workers(self) -> None:
        """
        By default there is one worker per CPU this process may use.
        """
        from pressparse._batch import default_workers

        assert len(os.sched_getaffinity(0)) == default_workers()
