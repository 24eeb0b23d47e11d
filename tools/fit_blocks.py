"""
Fit the weights of the ``blocks`` stripper on the shared crawls and write
``src/pressparse/strippers/_blocks_weights.py``.

Training data: every case of ``../shared/corpus/crawltext/{html2text,
inscriptis,lynx}``, each page read and run through the strippers that come
before ``blocks`` in the default chain, then cut into blocks (the same code
the stripper runs). A block is labelled from the case's gold:

* content (1): it holds a ``must_include`` snippet or lies inside one, it is
  the ``title``, or (article-extraction-benchmark pages) most of its
  4-word shingles are in the gold ``body``;
* chrome (0): it holds a ``must_exclude`` snippet or lies inside one, or
  (article-extraction-benchmark pages) it is not in the body;
* unlabelled otherwise (left out of the fit), or when both apply.

Validation holds out whole pages: cases are split by their ``from`` case
(the HTML page the three renderings come from), so the same page never sits
on both sides. The held-out figures are the scorer's (snippet precision,
recall and F1, shingle F1), from the whole parser run with the fitted
weights on the held-out pages only.

The model is a logistic regression over the features of a block and its two
neighbours (numpy, Newton's method with an L2 penalty); the thresholds of
the four labels are then chosen on the training pages. numpy is a tool of
this script, never a dependency of pressparse. Run::

    PYTHONPATH=src python tools/fit_blocks.py            # fit, report, write the module
    PYTHONPATH=src python tools/fit_blocks.py --dry-run  # fit and report only
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import itertools
import json
import math
import pathlib
import re
import shutil
import subprocess
import sys
import zlib
from collections import Counter
from typing import Any

import numpy as np

import pressparse
from pressparse._pipeline import DEFAULT_STRIPPERS
from pressparse.strippers import BlockStripper, _blocks

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET = ROOT / "src/pressparse/strippers/_blocks_weights.py"
CONVERTERS = ("html2text", "inscriptis", "lynx")
#: One page in this many (by a hash of its ``from`` case) is held out.
HOLD_OUT = 4
#: The L2 penalty of the fit.
PENALTY = 1.0
#: The weight of a training block of so many characters.
WEIGHT = lambda chars: 1.0 + math.log1p(chars)  # noqa: E731


def load_score(shared: pathlib.Path) -> Any:
    spec = importlib.util.spec_from_file_location("score", shared / "tools/score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"no scorer at {shared / 'tools/score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def norm(text: str) -> str:
    return " ".join(text.split())


def shingles(text: str, words: Any) -> set[tuple[str, ...]]:
    tokens = words(text.casefold())
    return {tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3))}


def before_blocks() -> list[str]:
    """The strippers the default chain runs before ``blocks``."""
    chain = list(DEFAULT_STRIPPERS)
    return chain[: chain.index("blocks")] if "blocks" in chain else chain


def labelled_blocks(
    page: pressparse.Page, gold: dict[str, Any], words: Any
) -> tuple[list[_blocks.Block], list[int]]:
    """The blocks of *page* and a label for each: 1, 0 or -1 (none)."""
    found = _blocks.blocks(page)
    include = [norm(s) for s in gold.get("must_include", [])]
    exclude = [norm(s) for s in gold.get("must_exclude", [])]
    title = norm(gold["title"]) if gold.get("title") else None
    date = gold.get("date") if isinstance(gold.get("date"), str) else None
    body = norm(gold["body"]) if gold.get("body") else None
    body_sh = shingles(body, words) if body else set()
    labels: list[int] = []
    for block in found:
        text = norm(block.text)
        yes = no = False
        if len(text) >= 3:
            yes = any(s in text or (len(text) >= 12 and text in s) for s in include)
            no = any(s in text or (len(text) >= 12 and text in s) for s in exclude)
            if title and (text == title or (title in text and len(text) <= 1.5 * len(title))):
                yes = True
            if date and len(text) <= 120 and printed_date(text, date):
                yes = True
            if body is not None:
                if text in body and len(text) >= 12:
                    yes = True
                else:
                    sh = shingles(text, words)
                    share = len(sh & body_sh) / len(sh) if sh else 0.0
                    if share >= 0.5:
                        yes = True
                    elif share < 0.2 and text not in body:
                        no = True
        labels.append(1 if yes and not no else 0 if no and not yes else -1)
    return found, labels


def printed_date(text: str, iso: str) -> bool:
    """Whether *text* prints the date *iso* (its year and its day as a number)."""
    year, _, day = iso.split("-")
    if year not in text:
        return False
    numbers = set(re.findall(r"\d+", text))
    return day in numbers or day.lstrip("0") in numbers


def window(features: list[tuple[float, ...]]) -> np.ndarray:
    """Each block's row: previous, own and next features (`EDGE` past the edges)."""
    edge = list(_blocks.EDGE)
    rows = []
    for index, row in enumerate(features):
        prev = list(features[index - 1]) if index > 0 else edge
        nxt = list(features[index + 1]) if index + 1 < len(features) else edge
        rows.append(prev + list(row) + nxt)
    return np.array(rows, dtype=float)


def fit_logistic(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, penalty: float = PENALTY
) -> tuple[np.ndarray, float]:
    """Weighted L2 logistic regression by Newton's method, on standardised columns."""
    mean = x.mean(axis=0)
    std = x.std(axis=0)
    std[std == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / std])
    beta = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], penalty)
    reg[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ beta, -30, 30)))
        grad = z.T @ (w * (p - y)) + reg * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    coef = beta[1:] / std
    bias = beta[0] - float((beta[1:] * mean / std).sum())
    return coef, bias


def to_model(
    coef: np.ndarray, bias: float, thresholds: tuple[float, float, float]
) -> _blocks.Model:
    width = _blocks.WIDTH
    rows = tuple(
        tuple(round(float(v), 6) for v in coef[i * width : (i + 1) * width]) for i in range(3)
    )
    bad, short, good = thresholds
    return _blocks.Model(weights=rows, bias=round(float(bias), 6), bad=bad, short=short, good=good)  # type: ignore[arg-type]


def block_f1(
    pages: list[tuple[list[_blocks.Block], list[int], list[float]]], model: _blocks.Model
) -> float:
    """Character-weighted F1 of content over the labelled blocks, after revision."""
    tp = fp = fn = 0.0
    for found, labels, probs in pages:
        final = _blocks.revise(_blocks.first_labels(probs, model))
        for block, label, got in zip(found, labels, final, strict=True):
            if label < 0:
                continue
            size = len(block.text)
            if got == "good" and label == 1:
                tp += size
            elif got == "good":
                fp += size
            elif label == 1:
                fn += size
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def score_pages(
    cases: list[tuple[pathlib.Path, dict[str, Any]]], parser: pressparse.Parser, score: Any
) -> Counter[str]:
    """The scorer's raw tallies of *parser* on *cases* (see `figures`)."""
    snip: Counter[str] = Counter()
    for path, case in cases:
        text = score.load_input(path, case)
        release = parser.parse(text)
        got = score.norm(" ".join(release.paragraphs))
        gold = case["gold"]
        for s in gold.get("must_include", []):
            snip["tp" if score.norm(s) in got else "fn"] += 1
        for s in gold.get("must_exclude", []):
            snip["fp" if score.norm(s) in got else "tn"] += 1
        for field, value in (("title", release.title), ("date", release.date)):
            if field in gold:
                snip[field + "_n"] += 1
                want = gold[field]
                snip[field] += (
                    (score.norm(want) == score.norm(value))
                    if field == "title"
                    else (want == (value.isoformat() if value else None))
                )
        if "body" in gold:
            p, r = score.shingle_pr(gold["body"], got)
            snip["sh_n"] += 1
            snip["sh_p"] += p  # type: ignore[assignment]
            snip["sh_r"] += r  # type: ignore[assignment]
    return snip


def figures(snip: Counter[str]) -> dict[str, float]:
    """Snippet precision, recall, F1, title, date and shingle F1 from `score_pages` tallies."""
    tp, fp, fn = snip["tp"], snip["fp"], snip["fn"]
    out = {
        "snippet_precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
        "snippet_recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
        "snippet_f1": round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0,
    }
    for field in ("title", "date"):
        out[field] = round(snip[field] / snip[field + "_n"], 4) if snip[field + "_n"] else 0.0
    if snip["sh_n"]:
        p, r = snip["sh_p"] / snip["sh_n"], snip["sh_r"] / snip["sh_n"]
        out["shingle_f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    return out


def report_titles(pages: list[tuple[list[_blocks.Block], str]], model: _blocks.Model) -> None:
    """How the training pages' title blocks fare: kept, removed, missing."""
    tally: Counter[str] = Counter()
    for found, title in pages:
        if not found:
            continue
        probs = _blocks.probabilities(_blocks.page_features(found), model)
        first = _blocks.first_labels(probs, model)
        final = _blocks.revise(first)
        hits = [i for i, b in enumerate(found) if norm(b.text) == title]
        if not hits:
            tally["not a block"] += 1
            continue
        i = hits[0]
        tally[f"{first[i]}->{final[i]}"] += 1
    print("title blocks:", dict(tally), file=sys.stderr)


def render(model: _blocks.Model, meta: dict[str, Any]) -> str:
    rows = ",\n".join(
        f"    # {side}\n    (\n"
        + "".join(
            f"        {v!r},  # {name}\n" for name, v in zip(_blocks.FEATURES, row, strict=True)
        )
        + "    )"
        for side, row in zip(
            ("previous block", "the block", "next block"), model.weights, strict=True
        )
    )
    return f'''"""
The fitted numbers of the ``blocks`` stripper (`pressparse.strippers._blocks`).

Generated by ``tools/fit_blocks.py``; do not edit by hand: refit instead.
"""

from __future__ import annotations

from typing import Any, Final

#: The version of these numbers: raised at every refit that changes them.
VERSION: Final = {meta["version"]}
#: The features each row of `WEIGHTS` weighs, in order.
FEATURES: Final = {tuple(_blocks.FEATURES)!r}
#: The rows of the window: the previous block, the block, the next block.
WEIGHTS: Final[tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...]]] = (
{rows},
)
#: The constant term of the score.
BIAS: Final = {model.bias!r}
#: Probability thresholds of the context-free labels.
THRESHOLDS: Final = {{"bad": {model.bad!r}, "short": {model.short!r}, "good": {model.good!r}}}
#: What the numbers were fitted on, and how they did on the pages held out.
TRAINED_ON: Final[dict[str, Any]] = {json.dumps(meta["trained_on"], indent=4, sort_keys=True)}
'''


Labelled = tuple[list[_blocks.Block], list[int], list[tuple[float, ...]]]


def fit(train: list[Labelled], penalty: float = PENALTY) -> tuple[_blocks.Model, float, int]:
    """
    The model fitted on *train*: the logistic weights, then the thresholds
    that give the best block F1 on the same pages; with that F1 and the
    number of training blocks.
    """
    xs, ys, ws = [], [], []
    for found, labels, features in train:
        x = window(features)
        for row, block, label in zip(x, found, labels, strict=True):
            if label >= 0:
                xs.append(row)
                ys.append(label)
                ws.append(WEIGHT(len(block.text)))
    x, y, w = np.array(xs), np.array(ys, dtype=float), np.array(ws)
    coef, bias = fit_logistic(x, y, w, penalty)
    model = to_model(coef, bias, (0.5, 0.5, 0.5))
    scored = [
        (found, labels, _blocks.probabilities(feats, model)) for found, labels, feats in train
    ]
    grid = [round(float(v), 2) for v in np.arange(0.1, 0.91, 0.1)]
    best = (-1.0, (0.5, 0.5, 0.5))
    for bad, short, good in itertools.combinations_with_replacement(grid, 3):
        f1 = block_f1(scored, to_model(coef, bias, (bad, short, good)))
        if f1 > best[0]:
            best = (f1, (bad, short, good))
    return to_model(coef, bias, best[1]), best[0], len(y)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=pathlib.Path, default=ROOT.parent / "shared")
    ap.add_argument("--dry-run", action="store_true", help="fit and report, write nothing")
    ap.add_argument(
        "--cv",
        action="store_true",
        help=f"also score every page by a model fitted without its fold ({HOLD_OUT} folds)",
    )
    ap.add_argument(
        "--penalty", type=float, default=PENALTY, help=f"L2 penalty of the fit ({PENALTY})"
    )
    ap.add_argument(
        "--current",
        action="store_true",
        help="also score the weights in the module now (held-out pages and every page)",
    )
    ap.add_argument("--version", type=int, default=1)
    args = ap.parse_args()
    score = load_score(args.shared)
    words = score._WORD.findall
    reader = pressparse.Parser(strippers=before_blocks())
    # Every page: its converter, its fold, its case, its labelled blocks.
    pages: list[tuple[str, int, tuple[pathlib.Path, dict[str, Any]], Labelled | None]] = []
    train_titles: list[tuple[list[_blocks.Block], str]] = []
    for converter in CONVERTERS:
        for path in sorted((args.shared / "corpus/crawltext" / converter).glob("*.json")):
            case = json.loads(path.read_text(encoding="utf-8"))
            fold = zlib.crc32(case["from"].encode()) % HOLD_OUT
            page = reader.read(score.load_input(path, case), format="text")
            for stripper in reader.strippers:
                page = stripper.strip(page)
            found, labels = labelled_blocks(page, case["gold"], words)
            if fold and case["gold"].get("title"):
                train_titles.append((found, norm(case["gold"]["title"])))
            item = None
            if found and any(label >= 0 for label in labels):
                item = (found, labels, _blocks.page_features(found))
            pages.append((converter, fold, (path, case), item))
    train = [item for _, fold, _, item in pages if fold and item is not None]
    model, block_f1_train, n_blocks = fit(train, args.penalty)
    print(
        f"training blocks: {n_blocks} from {len(train)} pages; thresholds "
        f"{(model.bad, model.short, model.good)} block F1 (train) {block_f1_train:.4f}",
        file=sys.stderr,
    )
    report_titles(train_titles, model)
    parser = pressparse.Parser(strippers=[*before_blocks(), BlockStripper(model=model)])
    result: dict[str, Any] = {}
    for converter in CONVERTERS:
        mine = [(c, fold, case) for c, fold, case, _ in pages if c == converter]
        result[converter] = {
            "held_out": figures(score_pages([c for _, f, c in mine if not f], parser, score)),
            "fitted": figures(score_pages([c for _, f, c in mine if f], parser, score)),
            "held_out_pages": sum(1 for _, f, _ in mine if not f),
        }
        print(converter, json.dumps(result[converter]), file=sys.stderr)
    if args.current:
        now = pressparse.Parser(
            strippers=[*before_blocks(), BlockStripper(model=_blocks.default_model())]
        )
        for converter in CONVERTERS:
            mine = [(f, case) for c, f, case, _ in pages if c == converter]
            held = figures(score_pages([c for f, c in mine if not f], now, score))
            every = figures(score_pages([c for _, c in mine], now, score))
            print(f"current {converter} held-out", json.dumps(held), file=sys.stderr)
            print(f"current {converter} every page", json.dumps(every), file=sys.stderr)
    if args.cv:
        tallies: dict[str, Counter[str]] = {c: Counter() for c in CONVERTERS}
        for k in range(HOLD_OUT):
            fold_model = fit(
                [item for _, f, _, item in pages if f != k and item is not None], args.penalty
            )[0]
            fold_parser = pressparse.Parser(
                strippers=[*before_blocks(), BlockStripper(model=fold_model)]
            )
            for converter in CONVERTERS:
                cases = [case for c, f, case, _ in pages if c == converter and f == k]
                tallies[converter] += score_pages(cases, fold_parser, score)
        for converter in CONVERTERS:
            print(
                f"cross-validated {converter}",
                json.dumps(figures(tallies[converter])),
                file=sys.stderr,
            )
    meta = {
        "version": args.version,
        "trained_on": {
            "corpus": "shared/corpus/crawltext/{html2text,inscriptis,lynx}",
            "split": f"pages whose 'from' case has crc32 % {HOLD_OUT} == 0 held out",
            "training_blocks": n_blocks,
            "training_pages": len(train),
            "fitted": dt.date.today().isoformat(),
            "figures": result,
        },
    }
    if not args.dry_run:
        TARGET.write_text(render(model, meta), encoding="utf-8")
        # The module as ruff formats it, when ruff is there (a dev tool).
        ruff = shutil.which("ruff") or str(pathlib.Path(sys.executable).with_name("ruff"))
        if pathlib.Path(ruff).exists():
            subprocess.run([ruff, "format", "-q", str(TARGET)], check=False)
        print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
