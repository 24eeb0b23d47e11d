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
