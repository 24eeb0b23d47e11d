"""
Compare pressparse with trafilatura on the shared HTML corpora.

Runs the evaluation corpus's scorer (``tools/score.py``) with both engines
over the HTML folders and prints one markdown table. Needs a copy of the
evaluation corpus (``--shared``, by default ``../shared`` beside the
project: the cases built from the public data sets of trafilatura, the
article extraction benchmark and htmldate, and the scorer) and trafilatura
importable by *--trafilatura-python* (install it in a separate virtual
environment; it is never a dependency of pressparse). Skips cleanly, exit
status 0, when either is missing.

    python benchmarks/compare_trafilatura.py --shared SHARED --trafilatura-python VENV/bin/python
"""

from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FOLDERS = (
    "trafilatura/cases-press",
    "trafilatura/cases-other",
    "article-extraction-benchmark",
    "htmldate/cases-press",
)


def _score(
    python: str, scorer: pathlib.Path, folder: pathlib.Path, engine: str
) -> dict[str, object] | None:
    """
    Run *scorer* with *python* on *folder*; return its JSON summary.
    """
    command = [python, str(scorer), str(folder), "--engine", engine, "--json"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0 and not done.stdout.strip():
        print(f"{engine} on {folder.name} failed: {done.stderr[-500:]}", file=sys.stderr)
        return None
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _cell(summary: dict[str, object] | None, key: str) -> str:
    if summary is None:
        return "—"
    fields = summary["fields"]
    metrics = summary["metrics"]
    assert isinstance(fields, dict)
    assert isinstance(metrics, dict)
    if key in fields:
        row = fields[key]
        return f"{row['right']}/{row['stated']}"
    if key in metrics:
        return f"{metrics[key]:.3f}"
    if key == "pages_per_second":
        return f"{summary['pages_per_second']}"
    return "—"


def _importable(python: str, module: str) -> bool:
    done = subprocess.run(
        [python, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    return done.returncode == 0


def main(argv: list[str] | None = None) -> int:
    """
    Score both engines and print the markdown table; 0 also when skipping.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=sys.executable, help="Python with pressparse")
    parser.add_argument(
        "--shared",
        type=pathlib.Path,
        default=SHARED,
        help="the evaluation corpus copy (holding corpus/ and tools/score.py)",
    )
    parser.add_argument(
        "--trafilatura-python", default=sys.executable, help="Python with trafilatura"
    )
    args = parser.parse_args(argv)
    scorer = args.shared / "tools" / "score.py"
    if not scorer.exists():
        print(f"skipped: {scorer} not found")
        return 0
    if not _importable(args.trafilatura_python, "trafilatura"):
        print(f"skipped: trafilatura is not importable by {args.trafilatura_python}")
        return 0
    rows = [
        "| folder | cases | engine | snippet F1 (P / R) | shingle F1 | title | date | pages/s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in FOLDERS:
        folder = args.shared / "corpus" / name
        if not folder.exists():
            continue
        for engine, python in (
            ("pressparse", args.python),
            ("trafilatura", args.trafilatura_python),
        ):
            summary = _score(python, scorer, folder, engine)
            snippet = _cell(summary, "snippet_f1")
            if snippet != "—":
                precision = _cell(summary, "snippet_precision")
                recall = _cell(summary, "snippet_recall")
                snippet = f"{snippet} ({precision} / {recall})"
            cases = summary["cases"] if summary else "—"
            rows.append(
                f"| {name} | {cases} | {engine} | {snippet} | {_cell(summary, 'shingle_f1')} "
                f"| {_cell(summary, 'title')} | {_cell(summary, 'date')} "
                f"| {_cell(summary, 'pages_per_second')} |"
            )
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
