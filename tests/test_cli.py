from __future__ import annotations

import io
import json
import pathlib
import subprocess
import sys

import pytest

from pressparse import cli

PAGE = (
    "Press release\nA headline for the test\nOSLO, 2 June 2021 - The body text of the test page.\n"
)


def _run(args: list[str], stdin: str = "") -> tuple[int, list[dict[str, object]], str]:
    out, err = io.StringIO(), io.StringIO()
    status = cli.main(args, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    records = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
    return status, records, err.getvalue()


class TestCli:
    def test_file(self, tmp_path: pathlib.Path) -> None:
        """
        A file gives one JSON object with the path and the Release fields.
        """
        page = tmp_path / "page.txt"
        page.write_text(PAGE, encoding="utf-8")
        status, records, _ = _run([str(page)])
        assert 0 == status
        assert [str(page)] == [r["path"] for r in records]
        assert "A headline for the test" == records[0]["title"]
        assert "2021-06-02" == records[0]["date"]

    def test_folder_is_recursive(self, tmp_path: pathlib.Path) -> None:
        """
        A folder is walked recursively, in sorted order, one line per page.
        """
        (tmp_path / "sub").mkdir()
        (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
        (tmp_path / "sub" / "b.txt").write_bytes(PAGE.encode("cp1252"))
        status, records, _ = _run([str(tmp_path)])
        assert 0 == status
        assert ["a.txt", "b.txt"] == [pathlib.Path(str(r["path"])).name for r in records]

    def test_stdin(self) -> None:
        """
        '-' reads the page from standard input.
        """
        status, records, _ = _run(["-"], stdin=PAGE)
        assert 0 == status
        assert "OSLO" == records[0]["place"]

    def test_unreadable_file_is_reported(self, tmp_path: pathlib.Path) -> None:
        """
        A missing file is reported on stderr with its path; the others
        still parse and the exit status says something failed.
        """
        good = tmp_path / "good.txt"
        good.write_text(PAGE, encoding="utf-8")
        missing = tmp_path / "missing.txt"
        status, records, err = _run([str(missing), str(good)])
        assert cli.EXIT_SOME_FAILED == status
        assert str(missing) in err
        assert [str(good)] == [r["path"] for r in records]

    def test_strict_failure_is_reported(self, tmp_path: pathlib.Path) -> None:
        """
        With --strict a page lacking fields is reported, not printed.
        """
        page = tmp_path / "empty.txt"
        page.write_text("", encoding="utf-8")
        status, records, err = _run(["--strict", str(page)])
        assert cli.EXIT_SOME_FAILED == status
        assert [] == records
        assert "title" in err

    def test_pretty(self, tmp_path: pathlib.Path) -> None:
        """
        --pretty indents the JSON.
        """
        page = tmp_path / "page.txt"
        page.write_text(PAGE, encoding="utf-8")
        out = io.StringIO()
        cli.main(["--pretty", str(page)], stdout=out, stderr=io.StringIO())
        assert out.getvalue().startswith('{\n  "path"')

    def test_no_arguments_is_a_usage_error(self) -> None:
        """
        No PATH is a usage error (exit status 2).
        """
        with pytest.raises(SystemExit) as info:
            cli.main([], stdout=io.StringIO(), stderr=io.StringIO())
        assert cli.EXIT_USAGE == info.value.code

    def test_python_dash_m(self, tmp_path: pathlib.Path) -> None:
        """
        python -m pressparse runs the same command.
        """
        page = tmp_path / "page.txt"
        page.write_text(PAGE, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "pressparse", str(page)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert "A headline for the test" == json.loads(done.stdout)["title"]

    def test_closed_stdout_stops_quietly(self, tmp_path: pathlib.Path) -> None:
        """
        A reader that closes the pipe early (``pressparse pages/ | head -1``)
        ends the command with status 141 and no traceback.
        """
        for index in range(200):
            (tmp_path / f"page{index:03}.txt").write_text(PAGE, encoding="utf-8")
        command = [sys.executable, "-m", "pressparse", str(tmp_path)]
        with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
            assert proc.stdout is not None
            assert proc.stderr is not None
            first = proc.stdout.readline()
            proc.stdout.close()  # the reader goes away after one line
            errors = proc.stderr.read().decode()
            status = proc.wait(timeout=60)
        assert "A headline for the test" == json.loads(first)["title"]
        assert "" == errors
        assert cli.EXIT_BROKEN_PIPE == status

    def test_closed_stdout_stream(self) -> None:
        """
        main() given a stream that raises BrokenPipeError returns 141.
        """

        class Closed(io.StringIO):
            def write(self, text: str) -> int:
                raise BrokenPipeError(32, "Broken pipe")

        status = cli.main(["-"], stdin=io.StringIO(PAGE), stdout=Closed(), stderr=io.StringIO())
        assert cli.EXIT_BROKEN_PIPE == status


class _Tty(io.StringIO):
    """
    Standard error that says it is a terminal.
    """

    def isatty(self) -> bool:
        return True


def _records(value: object) -> list[dict[str, object]]:
    assert isinstance(value, list)
    return value


def _folder(tmp_path: pathlib.Path, count: int) -> list[pathlib.Path]:
    paths = []
    for n in range(count):
        sub = tmp_path / f"d{n % 3}"
        sub.mkdir(exist_ok=True)
        path = sub / f"{n:03}.txt"
        path.write_text(PAGE.replace("A headline", f"Headline {n}"), encoding="utf-8")
        paths.append(path)
    return sorted(paths)


class TestBigFolders:
    def test_jobs_keep_the_order(self, tmp_path: pathlib.Path) -> None:
        """
        ``--jobs 2`` prints the same records, in the same order, as one job.
        """
        _folder(tmp_path, 40)

        one = _run([str(tmp_path)])
        two = _run(["--jobs", "2", str(tmp_path)])

        assert 40 == len(one[1])
        assert one == two

    def test_negative_jobs_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        ``--jobs -1`` exits with status 2 and says why.
        """
        with pytest.raises(SystemExit) as exited:
            _run(["--jobs", "-1", "-"])
        assert 2 == exited.value.code
        assert "--jobs must be 0 or more, not -1" in capsys.readouterr().err

    def test_walk_is_streamed_in_path_order(self, tmp_path: pathlib.Path) -> None:
        """
        `cli.walk` is a generator giving the files in sorted path order,
        without hidden files or hidden folders.
        """
        paths = _folder(tmp_path, 7)
        (tmp_path / ".git").mkdir()
        (tmp_path / ".git" / "HEAD").write_text("ref", encoding="utf-8")
        (tmp_path / "d0" / ".hidden.txt").write_text(PAGE, encoding="utf-8")

        walked = cli.walk(tmp_path)

        assert iter(walked) is walked
        assert paths == list(walked)

    @pytest.mark.parametrize(
        ("data", "kind"),
        [
            (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
            (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
            (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive (or an office document)"),
            (b"Press release\x00\x00\x01\x02", "NUL bytes"),
        ],
    )
    def test_binary_files_are_skipped(
        self, tmp_path: pathlib.Path, data: bytes, kind: str
    ) -> None:
        """
        A binary file in a folder is skipped with one line on stderr; the
        pages beside it are printed and the exit status stays 0.
        """
        (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
        (tmp_path / "b.bin").write_bytes(data)

        status, records, err = _run([str(tmp_path)])

        assert (0, ["a.txt"]) == (status, [pathlib.Path(str(r["path"])).name for r in records])
        assert [f"pressparse: {tmp_path / 'b.bin'}: skipped, binary file ({kind})"] == (
            err.splitlines()
        )

    def test_plugins_by_name(self, tmp_path: pathlib.Path) -> None:
        """
        ``--stripper`` and ``--dateline`` choose plugins by registered name,
        in the order given: without the menu stripper the menu stays.
        """
        page = tmp_path / "page.txt"
        page.write_text("- Home\n- News\n- Contact\n" + PAGE, encoding="utf-8")

        default = _run([str(page)])[1][0]
        chosen = _run(["--stripper", "footer", "--dateline", "standard", str(page)])[1][0]
        both = _run(["--stripper", "footer", "--stripper", "menus", str(page)])[1][0]

        assert "OSLO" == default["place"]
        assert ["menus"] == [b["stripper"] for b in _records(default["boilerplate"])]
        assert "menus" not in {b["stripper"] for b in _records(chosen["boilerplate"])}
        assert default == both

    @pytest.mark.parametrize(
        ("option", "message"),
        [
            ("--stripper", "no stripper named 'nope'; available: "),
            ("--dateline", "no dateline parser named 'nope'; available: "),
        ],
    )
    def test_unknown_plugin_name(
        self, option: str, message: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        An unknown plugin name is a usage error (status 2) listing the
        registered names.
        """
        with pytest.raises(SystemExit) as exited:
            _run([option, "nope", "-"])
        assert 2 == exited.value.code
        assert message in capsys.readouterr().err

    @pytest.mark.parametrize(
        ("args", "shown"),
        [([], True), (["--no-progress"], False), (["--progress"], True)],
    )
    def test_progress_on_a_terminal(
        self, tmp_path: pathlib.Path, args: list[str], shown: bool
    ) -> None:
        """
        On a terminal the progress line is shown unless ``--no-progress``;
        it ends with the totals.
        """
        _folder(tmp_path, 3)
        err = _Tty()

        status = cli.main([*args, str(tmp_path)], stdout=io.StringIO(), stderr=err)

        assert 0 == status
        last = err.getvalue().rstrip("\n").rsplit("\r", 1)[-1].strip()
        expected = "pressparse: 3 pages, "
        assert shown == last.startswith(expected)
        assert shown == last.endswith("pages/s, 0 errors, 0 skipped")

    def test_progress_forced_off_a_terminal(self, tmp_path: pathlib.Path) -> None:
        """
        ``--progress`` shows the line on any stderr; messages clear it
        first, so each stays on a line of its own.
        """
        _folder(tmp_path, 2)
        (tmp_path / "z.png").write_bytes(b"\x89PNG\r\n\x1a\n")

        status, _, err = _run(["--progress", str(tmp_path)])

        assert 0 == status
        lines = [line.rsplit("\r", 1)[-1].strip() for line in err.split("\n") if line.strip()]
        assert f"pressparse: {tmp_path / 'z.png'}: skipped, binary file (PNG image)" == lines[0]
        assert lines[-1].endswith("pages/s, 0 errors, 1 skipped")

    def test_strict_failures_with_jobs(self, tmp_path: pathlib.Path) -> None:
        """
        With ``--strict --jobs 2`` a page lacking fields is reported in its
        turn and the others printed; the exit status is 1.
        """
        paths = _folder(tmp_path, 4)
        paths[1].write_text("Opening hours\nThe office is closed on holidays.", encoding="utf-8")

        status, records, err = _run(["--strict", "--jobs", "2", str(tmp_path)])

        assert 1 == status
        assert [str(p) for p in paths if p != paths[1]] == [r["path"] for r in records]
        assert [f"pressparse: {paths[1]}: page lacks required release fields: date"] == (
            err.splitlines()
        )
