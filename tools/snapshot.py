#!/usr/bin/env python3
"""Snapshot pressparse's output on every shared page, and compare two snapshots.

A refactor of the field stage must not change what a page gives, except where
a commit names the fix.  This script records ``Release.to_dict()`` for every
case of the shared corpus (``../shared/corpus`` beside the checkout) as JSON
Lines, and compares two such files field by field::

    python tools/snapshot.py write before.jsonl            # every shared folder
    python tools/snapshot.py write after.jsonl
    python tools/snapshot.py diff before.jsonl after.jsonl  # exit 1 on a change

It reads the pages from ``../shared`` and never copies them anywhere.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import re
import sys
from collections import Counter
from collections.abc import Iterator

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
DEFAULT_CORPUS = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def cases(corpus: pathlib.Path) -> Iterator[tuple[str, str | bytes]]:
    """Every case's id and input, as ``tools/score.py`` feeds it to the parser."""
    for path in sorted(corpus.rglob("*.json")):
        try:
            case = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue
        if not isinstance(case, dict) or "gold" not in case:
            continue
        data: str | bytes
        if "text" in case:
            data = case["text"]
        else:
            source = path.parent / case["input"]
            raw = source.read_bytes()
            if source.suffix == ".gz":
                raw = gzip.decompress(raw)
            data = raw.decode("utf-8") if case.get("format") == "text" else raw
            if case.get("front_matter") and isinstance(data, str):
                data = _FRONT_MATTER.sub("", data, count=1)
        yield str(path.relative_to(corpus)), data


def write(out: pathlib.Path, corpus: pathlib.Path) -> int:
    import pressparse

    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for key, data in cases(corpus):
            try:
                record = pressparse.parse(data).to_dict()
            except Exception as exc:  # a crash is an output too
                record = {"crash": repr(exc)}
            fh.write(json.dumps({"case": key, "release": record}, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} pages written to {out}", file=sys.stderr)
    return 0


def _load(path: pathlib.Path) -> dict[str, dict[str, object]]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {row["case"]: row["release"] for row in rows}


def diff(before: pathlib.Path, after: pathlib.Path, show: int) -> int:
    old, new = _load(before), _load(after)
    changed: Counter[str] = Counter()
    shown = 0
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key, {}), new.get(key, {})
        fields = sorted(f for f in a.keys() | b.keys() if a.get(f) != b.get(f))
        for field in fields:
            changed[field] += 1
            if shown < show:
                shown += 1
                print(
                    f"{key} {field}:\n  - {json.dumps(a.get(field), ensure_ascii=False)[:300]}"
                    f"\n  + {json.dumps(b.get(field), ensure_ascii=False)[:300]}"
                )
    # A page differs when a field does; a new field that is None (absent
    # before) is no difference, as in the field counts above.
    total = sum(
        1
        for k in old.keys() | new.keys()
        if any(
            old.get(k, {}).get(f) != new.get(k, {}).get(f)
            for f in old.get(k, {}).keys() | new.get(k, {}).keys()
        )
    )
    print(f"{total} of {len(old.keys() | new.keys())} pages differ; by field: {dict(changed)}")
    return 1 if total else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="record every shared page's output")
    w.add_argument("out", type=pathlib.Path)
    w.add_argument("--corpus", type=pathlib.Path, default=DEFAULT_CORPUS)
    d = sub.add_parser("diff", help="compare two snapshots; exit 1 when any page differs")
    d.add_argument("before", type=pathlib.Path)
    d.add_argument("after", type=pathlib.Path)
    d.add_argument("--show", type=int, default=20, help="print this many differing fields")
    args = parser.parse_args(argv)
    if args.command == "write":
        if not args.corpus.is_dir():
            parser.error(f"no corpus at {args.corpus}")
        return write(args.out, args.corpus)
    return diff(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
