"""
Chrome of any site, told from content by the evidence of its blocks.

The page is cut into blocks (a wrapped paragraph, a list item, a heading:
`blocks`), and each block is described by a few cheap numbers (`FEATURES`:
its length, its density of stop words in the page's language, of link text,
of punctuation, capitals and digits, its bullet marker, its place on the
page, whether it is printed twice). A fitted linear model sums that evidence
over the block and its two neighbours (a previous/current/next window, with
a sentinel block past either edge of the page) into the probability that the
block is content, as jusText classifies HTML blocks:

1. the context-free label: ``good`` or ``bad`` where the probability is
   clear, ``near`` (near-good) or ``short`` where it is not (`first_labels`);
2. the revision: an uncertain block takes the label of its nearest reliable
   neighbours, the page's edges counting as ``bad`` (`revise`);
3. rules of layout: an uncertain block set off the columns of the
   page's prose is chrome whatever its neighbours (`drop_off_column`); a
   paragraph right under kept prose, in its column, carries the body on
   (`keep_prose_run`);
4. rules of shape that override both, in the order `_classify` runs
   them: a body's header, the lists it introduces, its date lines and the
   lead under them are kept (`keep_header`, `keep_lists`, `keep_dates`,
   `keep_lead`); blocks told for chrome by their text alone are dropped
   (`CHROME_TESTS`: buttons, affiliate disclosures, captions and credits,
   cookie notices, newsletter prompts, pictures' file names); in plain
   text, forms' controls and rows of links (`drop_forms`,
   `drop_link_rows`); then tables of contents, twin blocks, teaser
   sections (``related``), advertisements' labels and back links, and a
   blog's comment thread (``comments``) (`drop_contents`, `drop_twins`,
   `mark_related`, `drop_comments`).

Both labels stay inspectable (`classify` returns them). The numbers are
data, fitted on crawled pages by ``tools/fit_blocks.py`` and shipped in
`pressparse.strippers._blocks_weights`; this module only applies them.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from operator import mul
from typing import Final, NamedTuple

import regex

from .. import _lexicon, _vocab
from .._lazy import LazyPattern
from .._lexicon._stopwords import STOPWORDS
from .._page import Line, Page
from .._sections import is_credit, is_link_row, section_kind, source_fields
from .._text import SENTENCE_END, is_copyright

#: The names of the features of one block, in the order of `block_features`.
FEATURES: Final = (
    "log_chars",
    "log_words",
    "stop_density",
    "link_density",
    "sentence_end",
    "punct_density",
    "cap_ratio",
    "digit_ratio",
    "marker",
    "heading",
    "position",
    "repeated",
    "copyright",
    "very_short",
    "long",
    "log_lines",
    "separators",
    "bracketed",
    "all_caps",
    "year",
    "edge",
    # From the page around the block (`context_features`):
    "prose_before",
    "prose_after",
    "near_links",
    "near_short",
)
#: The features `block_features` computes from the block alone; the
#: others come from its context (`context_features`).
OWN_FEATURES: Final = FEATURES[: FEATURES.index("edge") + 1]
#: How many numbers describe one block.
WIDTH: Final = len(FEATURES)


def feature_row(values: Mapping[str, float]) -> tuple[float, ...]:
    """
    A block's features from a mapping of feature names to values (the
    others 0), in the order of `FEATURES`: for tests and experiments.

    Raises:
        KeyError: A name is not one of `FEATURES`.
    """
    unknown = set(values).difference(FEATURES)
    if unknown:
        raise KeyError(f"not features of a block: {sorted(unknown)}")
    return tuple(float(values.get(name, 0.0)) for name in FEATURES)


#: The features of the sentinel block past either edge of the page.
EDGE: Final = tuple(1.0 if name == "edge" else 0.0 for name in FEATURES)

# A Markdown image (``![alt](src)``), dropped from the visible text, and a
# link (``[text](url "title")``), read as its text.
_IMAGE: Final = regex.compile(r"!\[[^\]\n]*+\]\([^)\n]*+\)")
_LINK: Final = regex.compile(r"\[([^\]\n]*+)\]\([^)\n]*+\)")
# The end of a link whose text html2text broke over a blank line: ``](url)``.
_LINK_END: Final = regex.compile(r"\]\((?:https?:|/|#|mailto:)[^)\n]*+\)")
_LETTERS: Final = regex.compile(r"[^\W\d_]++")
# An ASCII text's letters are A-Z and a-z: every other ASCII character
# turned into a space, str.split() finds the same words as _LETTERS, in a
# third of the time (a regex match costs as much as a short word).
_ASCII_NON_LETTERS: Final = str.maketrans(
    {chr(code): " " for code in range(128) if not chr(code).isalpha()}
)
_YEAR: Final = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# The punctuation and separators a block is scored on, each character
# counted with str.count (in C, faster than a regex over the text).
_PUNCTUATION: Final = ".,;:!?"
_DIGIT_FIND: Final = regex.compile(r"[0-9]").findall
# A word opening with a capital: the first letter after a space or the start.
_CAPITALISED: Final = regex.compile(r"(?<!\S)\p{Lu}")
_SEPARATORS: Final = "|·•»›>"


def _words(text: str) -> list[str]:
    """
    The lower-cased words of *text*: its runs of letters.
    """
    lowered = text.lower()
    if lowered.isascii():
        return lowered.translate(_ASCII_NON_LETTERS).split()
    return _LETTERS.findall(lowered)


def visible_text(raw: str) -> tuple[str, int]:
    """
    The text a reader sees in *raw* (Markdown images dropped, links read as
    their text, white space collapsed) and how many of its characters are
    link text.

    The one place that reads Markdown links; when `Line` carries its link
    characters this is where they are read instead.
    """
    if "](" not in raw:
        return " ".join(raw.split()), 0
    if "![" in raw:
        raw = _IMAGE.sub(" ", raw)
    raw = _LINK_END.sub(" ", _LINK.sub(_mark_link, raw))
    linked = 0
    parts: list[str] = []
    last = 0
    for match in _LINKED.finditer(raw):
        text = " ".join(match.group(1).split())
        linked += len(text)
        parts.append(raw[last : match.start()])
        parts.append(text)
        last = match.end()
    parts.append(raw[last:])
    return " ".join("".join(parts).split()), linked


# Links are first rewritten as their text between two private-use marks,
# so that a dangling ``](url)`` can be dropped without touching them.
_OPEN, _CLOSE = "\ue000", "\ue001"
_LINKED: Final = regex.compile(f"{_OPEN}([^{_CLOSE}]*+){_CLOSE}")


def _mark_link(match: regex.Match[str]) -> str:
    return f"{_OPEN}{match.group(1)}{_CLOSE}"


class Block(NamedTuple):
    """
    A run of lines read as one unit: a wrapped paragraph, a list item, a
    heading.

    Attributes:
        lines: The lines of the block, in page order (no blank line).
        text: The visible text (`visible_text`) of its lines joined.
        link_chars: How many characters of *text* are link text.
    """

    lines: tuple[Line, ...]
    text: str
    link_chars: int


#: A line continues the paragraph of the line before it when that line
#: fills at least this share of the page's line width.
WRAP_SHARE: Final = 0.7


def _width(lines: Sequence[Line]) -> int:
    """
    The width the page was wrapped at: the longest of its lines but the
    longest tenth (long links and tables overflow), between 40 and 120.
    """
    sizes = sorted(len(line.raw.rstrip()) for line in lines)
    if not sizes:
        return 80
    return max(40, min(120, sizes[(len(sizes) * 9) // 10 - (1 if len(sizes) >= 10 else 0)]))


# What may close a sentence after its stop: quotes, brackets.
_CLOSERS: Final = "\"”’»“‘«)]'"


def _ends_sentence(text: str) -> bool:
    """
    Whether *text* ends with a full stop, question or exclamation mark,
    closing quotes and brackets aside, and not with an ellipsis (a
    teaser's cut: ``The headphones, which ar...``).
    """
    text = text.rstrip(_CLOSERS)
    return text[-1:] in ".!?" and not text.endswith(("..", "…"))


def continues_paragraph(lines: Sequence[Line]) -> list[bool]:
    """
    For each of *lines* (the page's printed lines, in order), whether it is
    the closing line of the hard-wrapped paragraph of the line right above
    it: no blank line between them, no bullet marker, the same indent, the
    line above filling the page's wrap width (`WRAP_SHARE`) and breaking
    off mid-sentence, and the line ending a sentence (`_ends_sentence`). A
    text browser (lynx) leaves a paragraph's last words on a short line of
    their own (``zugesagt wird.``), which reads as chrome alone; a short
    line under a whole sentence is a line of its own (``Read more.``).
    Lines read from HTML or Markdown (`Line.tag`) carry on none: each is a
    whole element.
    """
    width = _width(lines) * WRAP_SHARE
    out = [False] * len(lines)
    for index in range(1, len(lines)):
        line, above = lines[index], lines[index - 1]
        out[index] = (
            line.tag is None
            and above.number == line.number - 1
            and not line.marker
            and line.indent == above.indent
            and len(above.raw.rstrip()) >= width
            and above.text[-1:] not in SENTENCE_END
            and _ends_sentence(line.text)
        )
    return out


def _glued(current: Sequence[Line], line: Line, fill: float) -> bool:
    """
    Whether *line*, under the lines *current* of a paragraph wrapped at
    the page's width (*fill*), is something a text browser glued under the
    paragraph rather than its closing words: the paragraph is wrapped over
    two lines at least (hard-wrapped text: lynx; a converter that does not
    wrap prints a paragraph on one line, and what it prints under one is
    left to join) and its last line ends a sentence (`_ends_sentence`),
    and *line* is short (it fills no width) and ends none (``Related
    Tags``, a byline, a picture's file name or credit, a teaser's
    headline).
    """
    return (
        len(current) >= 2
        and line.text[-1:] not in SENTENCE_END
        and len(line.raw.rstrip()) < fill
        and _ends_sentence(current[-1].text)
    )


#: The marks a text browser (lynx) prints before the items of nested
#: lists, level by level after its first level's ``*`` (a bullet marker
#: already): ``+``, ``o``, ``#``, ``@``.
_NESTED_MARKS: Final = frozenset("+o#@")
#: A wrapped list item's next lines are indented this many columns deeper
#: than its marker (under its text); a nested list's items deeper still.
ITEM_TEXT_INDENT: Final = 2


def _nested_mark(line: Line) -> bool:
    """
    Whether *line* is one of lynx's nested list marks (`_NESTED_MARKS`)
    alone, its item's text on the next, deeper lines (where the item holds
    a block: a link's ``div``). A mark before its item's text (``+
    Tech``) is left to read as it reads (``+`` is no bullet marker).
    """
    return line.text in _NESTED_MARKS


def _nested_item(line: Line) -> bool:
    """
    Whether *line* opens with one of lynx's nested list marks
    (`_NESTED_MARKS`) before a space: ``o Feedback``.
    """
    text = line.text
    return text[1:2] == " " and text[:1] in _NESTED_MARKS


def _opens_nested(line: Line, item: Line) -> bool:
    """
    Whether *line*, under the list item opened by *item*, opens an item
    of a nested list: a nested list's mark alone (`_nested_mark`)
    indented deeper than the item's text (`ITEM_TEXT_INDENT`), where a
    wrapped item's next line is.
    """
    return line.indent > item.indent + ITEM_TEXT_INDENT and _nested_mark(line)


def blocks(page: Page) -> list[Block]:
    """
    Cut the page's non-blank lines into blocks.

    A block ends at a blank line and before a line with a bullet marker or
    a Markdown heading; an unmarked line continues the block above it when
    that line filled the page's wrap width (`WRAP_SHARE`), unless it is a
    short line glued under a paragraph's last sentence (`_glued`), or when
    it is indented deeper than the list item above it (a wrapped item),
    unless it opens a nested list's item with one of lynx's marks alone on
    its line (`_opens_nested`: ``+``, ``o``, ``#``, ``@``), which lynx
    indents deeper than the item's text: each such item is a block of its
    own (the mark and the deeper lines of its text under it, up to the
    next mark), as where the converter prints the mark on the item's line
    (inscriptis: ``+ Tech``).
    """
    lines = [line for line in page.lines if line.text or line.marker]
    width = _width(lines) * WRAP_SHARE
    out: list[Block] = []
    current: list[Line] = []
    previous: Line | None = None
    for line in page.lines:
        if not line.text and not line.marker:
            if current:
                out.append(_block(current))
                current = []
            previous = None
            continue
        joins = (
            previous is not None
            and line.tag is None  # (the Markdown reader's lines are whole blocks)
            and not line.marker
            and not line.raw.lstrip().startswith("#")
            and (
                (
                    len(previous.raw.rstrip()) >= width
                    and line.indent == previous.indent
                    and not _glued(current, line, width)
                )
                or (
                    (
                        bool(current[0].marker)
                        # (under a nested mark alone, its item's text,
                        # not a deeper list's item: "o Feedback")
                        or (_nested_mark(current[0]) and not _nested_item(line))
                    )
                    and line.indent > current[0].indent
                    and not _opens_nested(line, current[0])
                )
            )
        )
        if not joins and current:
            out.append(_block(current))
            current = []
        current.append(line)
        previous = line
    if current:
        out.append(_block(current))
    return out


def _block(lines: list[Line]) -> Block:
    if lines[0].tag is not None:
        # Read by the Markdown reader: the text is visible text already, its
        # link characters counted.
        text = " ".join(line.text for line in lines)
        return Block(tuple(lines), text, min(sum(line.link_chars for line in lines), len(text)))
    raw = lines[0].raw if len(lines) == 1 else " ".join(line.raw for line in lines)
    text, linked = visible_text(raw.strip())
    if text[:1] == "#":  # a Markdown heading's marks
        text = text.lstrip("#").lstrip()
    if lines[0].marker and text[:1] == lines[0].marker:
        text = text[1:].lstrip()
    return Block(tuple(lines), text, linked)


def page_language(words: Sequence[Sequence[str]]) -> str:
    """
    The language whose stop words are most frequent among *words* (the
    lower-cased words of each block; the first `LANGUAGE_SAMPLE` words are
    enough); ``"en"`` when none is found.
    """
    sample: list[str] = []
    for block in words:
        sample.extend(block)
        if len(sample) >= LANGUAGE_SAMPLE:
            break
    # Each distinct word counted once; a language's stop words are then
    # looked up among the distinct words, in C.
    counts = Counter(sample)
    # (A set: frozenset.intersection walks the smaller of two sets, but
    # every key of a mapping.)
    distinct = set(counts)
    best, most = "en", 0
    for lang, stops in STOPWORDS.items():
        found = sum(map(counts.__getitem__, stops.intersection(distinct)))
        if found > most:
            best, most = lang, found
    return best


#: How many words of a page are read to tell its language.
LANGUAGE_SAMPLE: Final = 3000


def block_features(page_blocks: Sequence[Block]) -> list[tuple[float, ...]]:
    """
    The features each block of a page has on its own (`OWN_FEATURES`),
    computed once.
    """
    words = [_words(block.text) for block in page_blocks]
    has_stop = STOPWORDS[page_language(words)].__contains__
    seen = Counter(block.text for block in page_blocks)
    count = len(page_blocks)
    out: list[tuple[float, ...]] = []
    # Counts are taken in C (a regex findall, map over a set's
    # __contains__): no Python step per character or word.
    for index, (block, tokens) in enumerate(zip(page_blocks, words, strict=True)):
        text = block.text
        chars = len(text) or 1
        n_words = (text.count(" ") + 1) if text else 0
        per_word = 1.0 / (n_words or 1)
        digits = len(_DIGIT_FIND(text))
        first = block.lines[0]
        out.append(
            (
                math.log1p(len(text)),
                math.log1p(n_words),
                sum(map(has_stop, tokens)) / (len(tokens) or 1),
                block.link_chars / chars,
                1.0 if text[-1:] in SENTENCE_END else 0.0,
                sum(map(text.count, _PUNCTUATION)) * per_word,
                len(_CAPITALISED.findall(text)) * per_word,
                digits / chars,
                1.0 if first.marker else 0.0,
                1.0 if first.raw.lstrip().startswith("#") else 0.0,
                index / count,
                1.0 if seen[text] > 1 else 0.0,
                1.0 if is_copyright(text) else 0.0,
                1.0 if len(text) < 30 else 0.0,
                1.0 if len(text) > 200 else 0.0,
                math.log(len(block.lines)),
                sum(map(text.count, _SEPARATORS)) * per_word,
                1.0 if text[:1] == "[" and text[-1:] == "]" else 0.0,
                1.0 if len(text) > 3 and text.isupper() else 0.0,
                # (a year prints two ASCII digits, "19" or "20", at least)
                1.0 if digits >= 2 and _YEAR.search(text) else 0.0,
                0.0,
            )
        )
    return out


#: A prose block ends like a sentence, has at least this many characters ...
PROSE_CHARS: Final = 80
#: ... and at most this share of link text.
PROSE_LINKS: Final = 0.25
#: The blocks on either side of a block that make its neighbourhood.
NEAR_SPAN: Final = 3


def context_features(
    page_blocks: Sequence[Block], own: Sequence[tuple[float, ...]]
) -> list[tuple[float, ...]]:
    """
    Each block's own features (*own*, from `block_features`) followed by
    those of its context:

    * ``prose_before``, ``prose_after``: the share of the page's prose (the
      characters of blocks that end like a sentence, `PROSE_CHARS` long,
      under `PROSE_LINKS` link text) that stands up to the block, from the
      block on (its own prose counted on both sides). A page's head and its
      tail (comments, related lists) have none on one side; the article's
      paragraphs, even a page's only one, have some on both.
    * ``near_links``, ``near_short``: the mean link density, the share of
      very short blocks, of the `NEAR_SPAN` blocks on either side (not the
      block itself): a run of menu items or teasers.
    """
    end, links, short = (
        OWN_FEATURES.index(name) for name in ("sentence_end", "link_density", "very_short")
    )
    prose = [
        len(block.text)
        if row[end] and row[links] <= PROSE_LINKS and len(block.text) >= PROSE_CHARS
        else 0
        for block, row in zip(page_blocks, own, strict=True)
    ]
    total = sum(prose)
    scale = 1.0 / total if total else 0.0
    link_sum = list(itertools.accumulate((row[links] for row in own), initial=0.0))
    short_sum = list(itertools.accumulate((row[short] for row in own), initial=0.0))
    count = len(own)
    out: list[tuple[float, ...]] = []
    before = 0
    for index, row in enumerate(own):
        low = index - NEAR_SPAN if index > NEAR_SPAN else 0
        high = index + NEAR_SPAN + 1
        if high > count:
            high = count
        span = high - low - 1
        per = 1.0 / span if span else 0.0
        mine = prose[index]
        out.append(
            (
                *row,
                (before + mine) * scale,
                (total - before) * scale,
                (link_sum[high] - link_sum[low] - row[links]) * per,
                (short_sum[high] - short_sum[low] - row[short]) * per,
            )
        )
        before += mine
    return out


def page_features(page_blocks: Sequence[Block]) -> list[tuple[float, ...]]:
    """
    The features (`FEATURES`) of each block of a page: its own
    (`block_features`) and its context's (`context_features`).
    """
    return context_features(page_blocks, block_features(page_blocks))


class Model(NamedTuple):
    """
    The fitted numbers the classifier applies (`pressparse.strippers._blocks_weights`).

    Attributes:
        weights: One row of `WIDTH` weights for each block of the window:
            the previous block, the block itself, the next block.
        bias: The constant term of the score.
        bad: A probability of content at most this labels a block ``bad``.
        short: ... below this, ``short`` (uncertain, leaning to chrome).
        good: ... at least this, ``good``; between *short* and *good*,
            ``near`` (uncertain, leaning to content).
    """

    weights: tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...]]
    bias: float
    bad: float
    short: float
    good: float


def default_model() -> Model:
    """
    The model shipped in `pressparse.strippers._blocks_weights`.

    Raises:
        ValueError: The shipped numbers do not weigh the features this
            module computes (a refit is due).
    """
    from . import _blocks_weights as shipped

    if tuple(shipped.FEATURES) != FEATURES:
        raise ValueError("_blocks_weights.py weighs other features: run tools/fit_blocks.py")
    return Model(
        weights=shipped.WEIGHTS,
        bias=shipped.BIAS,
        bad=shipped.THRESHOLDS["bad"],
        short=shipped.THRESHOLDS["short"],
        good=shipped.THRESHOLDS["good"],
    )


def probabilities(features: Sequence[Sequence[float]], model: Model) -> list[float]:
    """
    The probability that each block is content, from its features and its
    neighbours' (`EDGE` past the page's edges).
    """
    prev_w, cur_w, next_w = model.weights
    # Each block's dot product with each row, once: a window reuses them.
    # (Inlined: a call per block and row costs more than the sum itself.)
    as_prev = [sum(map(mul, row, prev_w)) for row in features]
    as_cur = [sum(map(mul, row, cur_w)) for row in features]
    as_next = [sum(map(mul, row, next_w)) for row in features]
    edge_prev = _dot(EDGE, prev_w)
    edge_next = _dot(EDGE, next_w)
    last = len(features) - 1
    out: list[float] = []
    for index in range(len(features)):
        score = model.bias + as_cur[index]
        score += as_prev[index - 1] if index > 0 else edge_prev
        score += as_next[index + 1] if index < last else edge_next
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score)))))
    return out


def _dot(row: Sequence[float], weights: Sequence[float]) -> float:
    return float(sum(map(mul, row, weights)))


def first_labels(probs: Sequence[float], model: Model) -> list[str]:
    """
    The context-free label of each block: ``good``, ``near``, ``short`` or
    ``bad`` by its probability of content and the model's thresholds.
    """
    out: list[str] = []
    for p in probs:
        if p >= model.good:
            out.append("good")
        elif p <= model.bad:
            out.append("bad")
        elif p >= model.short:
            out.append("near")
        else:
            out.append("short")
    return out


def _nearest(labels: Sequence[str], reliable: frozenset[str]) -> tuple[list[str], list[str]]:
    """
    For each block, the label of the nearest block before it and the
    nearest after it whose label is in *reliable*; ``bad`` past the page's
    edges. Two passes over the page.
    """
    before: list[str] = []
    last = "bad"
    for label in labels:
        before.append(last)
        if label in reliable:
            last = label
    after = ["bad"] * len(labels)
    last = "bad"
    for index in range(len(labels) - 1, -1, -1):
        after[index] = last
        if labels[index] in reliable:
            last = labels[index]
    return before, after


_SURE: Final = frozenset(("good", "bad"))
_SURE_OR_NEAR: Final = frozenset(("good", "bad", "near"))


def revise(labels: Sequence[str]) -> list[str]:
    """
    jusText's context-sensitive revision of the uncertain labels.

    A ``short`` block between two ``good`` (``bad``) reliable neighbours is
    ``good`` (``bad``); between one of each it is ``good`` only when a
    ``near`` block stands between it and the ``bad`` one. Then a ``near``
    block is ``bad`` between two ``bad`` neighbours, else ``good``. The
    page's edges count as ``bad``. Each pass reads one snapshot of the
    labels: new labels are applied after it.
    """
    out = list(labels)
    if "short" in out:
        before, after = _nearest(labels, _SURE)
        near_before, near_after = _nearest(labels, _SURE_OR_NEAR)
        for index, label in enumerate(labels):
            if label != "short":
                continue
            if before[index] == after[index]:
                out[index] = before[index]
            elif (before[index] == "bad" and near_before[index] == "near") or (
                after[index] == "bad" and near_after[index] == "near"
            ):
                out[index] = "good"
            else:
                out[index] = "bad"
    if "near" in out:
        snapshot = tuple(out)
        before, after = _nearest(snapshot, _SURE)
        for index, label in enumerate(snapshot):
            if label == "near":
                out[index] = "bad" if before[index] == after[index] == "bad" else "good"
    return out


class Classified(NamedTuple):
    """
    One block and what the classifier made of it.

    Attributes:
        block: The block.
        probability: Its probability of content, from the window.
        first: The context-free label (``good``, ``near``, ``short``, ``bad``).
        label: The label after revision and the rules after it (``good``,
            ``bad``, ``related`` for a teaser section: `mark_related`, or
            ``comments`` for a comment thread: `drop_comments`).
    """

    block: Block
    probability: float
    first: str
    label: str


#: A column of the page's prose (the indent its prose blocks start at:
#: `context_features`) holds at least this share of the prose's characters
#: ...
COLUMN_SHARE: Final = 0.1
#: ... and a block stands in it when it starts within this many columns of
#: that indent (a text browser sets headings 3 columns out of the text).
INDENT_SLACK: Final = 3
_UNSURE: Final = frozenset(("short", "near"))


def _is_prose(
    block: Block, row: Sequence[float], end: int, links: int, *, closed: bool = False
) -> bool:
    """
    Whether *block* (features *row*) is prose: it ends like a sentence, has
    `PROSE_CHARS` characters and at most `PROSE_LINKS` link text. With
    *closed*, a sentence closed by any quotation mark counts
    (`_ends_sentence`: a German quote's „...“).
    """
    ends = bool(row[end]) or (closed and _ends_sentence(block.text))
    return ends and row[links] <= PROSE_LINKS and len(block.text) >= PROSE_CHARS


def _body_start(
    page_blocks: Sequence[Block], features: Sequence[Sequence[float]], first: Sequence[str]
) -> int:
    """
    The index of the body's first sure prose block (labelled ``good`` by
    the classifier before the revision, `_is_prose`): the header's place
    is above it. ``len(page_blocks)`` when there is none.
    """
    end, links = FEATURES.index("sentence_end"), FEATURES.index("link_density")
    return next(
        (
            index
            for index, block in enumerate(page_blocks)
            if first[index] == "good" and _is_prose(block, features[index], end, links)
        ),
        len(page_blocks),
    )


def prose_columns(page_blocks: Sequence[Block], features: Sequence[Sequence[float]]) -> list[int]:
    """
    The indents of the page's prose: those the prose blocks (ending like a
    sentence, `PROSE_CHARS` long, under `PROSE_LINKS` link text) start at,
    each holding at least `COLUMN_SHARE` of their characters. Empty when the
    page has no prose.
    """
    end, links = FEATURES.index("sentence_end"), FEATURES.index("link_density")
    columns: Counter[int] = Counter()
    for block, row in zip(page_blocks, features, strict=True):
        if _is_prose(block, row, end, links):
            columns[block.lines[0].indent] += len(block.text)
    least = COLUMN_SHARE * sum(columns.values())
    return [indent for indent, size in columns.items() if size >= least]


def drop_off_column(
    page_blocks: Sequence[Block],
    features: Sequence[Sequence[float]],
    first: Sequence[str],
    labels: list[str],
) -> list[str]:
    """
    Relabel ``bad`` the uncertain blocks (``short`` or ``near`` before the
    revision) that the revision made ``good`` but that stand off every
    column of the page's prose (`prose_columns`, `INDENT_SLACK`): a layout
    converter (inscriptis, and lynx in tables) sets an article's text in its
    columns and the teasers, share buttons and labels of the boxes around it
    in others. Only the classifier's sure ``good`` blocks stay there, and
    the items of a list nested under a kept one. The blocks up to the first
    sure ``good`` prose block are left alone: a headline, a date line and a
    lead stand there, wherever the page's layout sets them (`keep_header`).
    """
    columns = prose_columns(page_blocks, features)
    if not columns or (
        len(columns) == 1 and all(block.lines[0].indent == columns[0] for block in page_blocks)
    ):
        return labels
    out = labels
    for index in range(_body_start(page_blocks, features, first) + 1, len(page_blocks)):
        block = page_blocks[index]
        if out[index] != "good" or first[index] not in _UNSURE:
            continue
        line = block.lines[0]
        indent = line.indent
        if line.marker and index and out[index - 1] == "good":
            above = page_blocks[index - 1].lines[0]
            if above.indent < indent or (above.marker and above.indent == indent):
                # An item of a list under a kept block or item.
                continue
        if all(abs(indent - column) > INDENT_SLACK for column in columns):
            if out is labels:
                out = list(labels)
            out[index] = "bad"
    return out


#: A paragraph that carries the body on under kept prose
#: (`keep_prose_run`) has at least this many characters: shorter ones
#: under an article are as often a site's prompts ("Follow us on ...").
RUN_CHARS: Final = 150


def keep_prose_run(
    page_blocks: Sequence[Block],
    features: Sequence[Sequence[float]],
    first: Sequence[str],
    labels: list[str],
    *,
    cut: bool = False,
) -> list[str]:
    """
    Relabel ``good`` an uncertain block (``short`` or ``near`` before the
    revision) that the revision made ``bad`` but that is a paragraph
    (`RUN_CHARS` long, ending like a sentence, under `PROSE_LINKS` link
    text, no list item nor copyright line) standing right under kept prose
    (`PROSE_CHARS`), in its column: the article's last paragraphs, which
    the revision loses when only chrome follows them (it has no reliable
    neighbour after them). The run goes on down the page while each block
    is such a paragraph. The run goes on over a section's picture (a text
    browser's file name) and the section's heading under it (`_run_above`).
    The page's last block is never one (text at the very end of a page is
    its site's: a disclaimer under the footer), unless *cut*: the page's
    end was cut off already (the footer stripper took its closing sections
    and chrome), and its last block is where the article stopped.
    """
    end, links, marker, rights = (
        FEATURES.index(name) for name in ("sentence_end", "link_density", "marker", "copyright")
    )
    # The candidates: uncertain blocks made bad (in page order, a run's
    # next block is judged after the one above it).
    # (compress and map walk the labels in C: a pass over every block.)
    stop = len(labels) if cut else len(labels) - 1
    candidates = list(
        itertools.compress(
            range(1, stop),
            map(
                operator.and_,
                map("bad".__eq__, labels[1:stop]),
                map(_UNSURE.__contains__, first[1:stop]),
            ),
        )
    )
    if not candidates:
        return labels
    out = list(labels)
    for index in candidates:
        upper = _run_above(page_blocks, features, first, out, index)
        if upper < 0:
            continue
        block, above = page_blocks[index], page_blocks[upper]
        row = features[index]
        if (
            row[marker]
            or row[rights]
            or len(block.text) < RUN_CHARS
            or block.lines[0].indent != above.lines[0].indent
            or not _is_prose(block, row, end, links, closed=True)
            or not _is_prose(above, features[upper], end, links)
        ):
            continue
        for between in range(upper + 1, index + 1):
            if not _is_image_names(page_blocks[between].text):
                out[between] = "good"
    return out


#: A subheading the body's run (`keep_prose_run`) goes on over has at most
#: this many characters.
RUN_HEADING_CHARS: Final = 100


def _run_above(
    page_blocks: Sequence[Block],
    features: Sequence[Sequence[float]],
    first: Sequence[str],
    labels: Sequence[str],
    index: int,
) -> int:
    """
    The index of the ``good`` block that the block at *index* carries on
    (`keep_prose_run`): the one right above it, or the one above a
    subheading and pictures' file names between them (`_IMAGE_NAMES`: a
    text browser's placeholders, lidl, sheego: a section's picture, its
    heading, its paragraph). A subheading is an uncertain block of at most
    `RUN_HEADING_CHARS` characters on one line, ending no sentence, with
    no link text nor list mark. -1 where there is none.
    """
    end, links, marker = (
        FEATURES.index(name) for name in ("sentence_end", "link_density", "marker")
    )
    upper = index - 1
    heading = pictures = False
    while upper > 0 and labels[upper] != "good":
        block, row = page_blocks[upper], features[upper]
        if _is_image_names(block.text):
            pictures = True
            upper -= 1
            continue
        if (
            heading
            or first[upper] not in _UNSURE
            or len(block.lines) > 1
            or len(block.text) > RUN_HEADING_CHARS
            or row[end]
            or row[links]
            or row[marker]
        ):
            return -1
        heading = True
        upper -= 1
    if labels[upper] != "good" or (heading and not pictures):
        return -1
    return upper


def _is_image_names(text: str) -> bool:
    """Whether *text* prints nothing but pictures' file names (`_IMAGE_NAMES`)."""
    return text[:1] == "[" and _IMAGE_NAMES.fullmatch(text) is not None


#: Before the first block of the body, at most this many blocks ...
HEADER_BLOCKS: Final = 4
#: ... of at most this many characters in all are kept as its header.
HEADER_CHARS: Final = 400


# The marks a converter prints before a menu's or a list's item when the
# page reader takes it for no list marker (inscriptis' ``+`` and ``o``,
# lynx's ``@``), then a space.
_ITEM_MARKS: Final = frozenset("+o*@-|[")
#: Labels that open a release's header: kind labels and metadata labels.
_HEADER_LABELS: Final = _vocab.KINDS | _vocab.KNOWN_LABELS


def keep_header(
    page_blocks: Sequence[Block],
    features: Sequence[Sequence[float]],
    labels: list[str],
    first: Sequence[str] | None = None,
) -> list[str]:
    """
    Relabel ``good`` the header of the body: the blocks right before the
    first ``good`` one that are neither mostly link text nor a copyright
    line (a picture credit), back to the nearest
    list item or repeated block, at most `HEADER_BLOCKS` blocks and `HEADER_CHARS`
    characters. A headline, a date line and a byline look like chrome
    (short, capitalised, no sentence) but stand there; the field stage
    needs them.

    Where a kind label (``Press release``) stands before the body, the
    header is read from the block before it on, whatever its length: a
    release's metadata lines (``Date:``, ``Place:``) follow it. Where the
    label is a metadata label (``Date:``), or a kind label printed as a
    menu's item (``+ Press releases``), the same holds but that, given
    *first* (the classifier's labels before the revision), the blocks it
    is sure are chrome (``bad``) stay out of the header: such words as
    often head a site's menus and forms (``Themen``, ``Contact``,
    ``Email``), and the header would run from them over every menu item
    down to the article.
    """
    try:
        start = labels.index("good")
    except ValueError:
        return labels
    out = list(labels)
    # A kind label or a metadata label before the body opens a header the
    # field stage reads whole: kept from the block before it on, but for
    # the blocks the classifier is sure are chrome.
    for index in range(start):
        text = page_blocks[index].text
        if len(text) > 40:
            continue
        key = _vocab.key(text.removesuffix(":"))
        if key in _HEADER_LABELS:
            # A kind label ("Media release") opens a release's header,
            # however sure the classifier is that its metadata lines are
            # chrome, unless it is a menu's item; a metadata label
            # ("Themen", "Email") as often heads a menu or a form.
            kind = (
                key in _vocab.KINDS
                and not page_blocks[index].lines[0].marker
                and not (text[:1] in _ITEM_MARKS and text[1:2] == " ")
            )
            for kept in range(max(0, index - 1), start):
                if kind or first is None or first[kept] != "bad":
                    out[kept] = "good"
            return out
    chars = 0
    marker, links, repeated, rights = (
        FEATURES.index(name) for name in ("marker", "link_density", "repeated", "copyright")
    )
    for index in range(start - 1, max(-1, start - 1 - HEADER_BLOCKS), -1):
        row = features[index]
        chars += len(page_blocks[index].text)
        if row[marker] or row[repeated] or chars > HEADER_CHARS:
            break
        if row[links] < 0.5 and not row[rights]:
            out[index] = "good"
    return out


#: A date line has at most this many characters.
MAX_DATE_CHARS: Final = 40


def keep_dates(
    page_blocks: Sequence[Block], features: Sequence[Sequence[float]], labels: list[str]
) -> list[str]:
    """
    Relabel ``good`` the short lines that print a year (a date line,
    ``19.10.2019 12.09``, ``Jan 18, 2019``) and are not link text, up to
    the last ``good`` block: the field stage reads the release's date
    from them, and chrome dates (a site clock, a footer's year) are told
    apart there, by evidence this stripper does not have.
    """
    year, links = FEATURES.index("year"), FEATURES.index("link_density")
    last = max((i for i, label in enumerate(labels) if label == "good"), default=-1)
    out = list(labels)
    for index in range(last):
        row = features[index]
        if (
            out[index] == "bad"
            and row[year]
            and row[links] < 0.5
            and len(page_blocks[index].text) <= MAX_DATE_CHARS
        ):
            out[index] = "good"
    return out


#: Between a date line and the lead it dates, at most one block of at most
#: this many characters (a headline, a place, a byline: `keep_lead`).
MAX_LEAD_GAP_CHARS: Final = 120


def keep_lead(
    page_blocks: Sequence[Block],
    features: Sequence[Sequence[float]],
    first: Sequence[str],
    labels: list[str],
) -> list[str]:
    """
    Relabel ``good`` an article's lead: an uncertain block (``short`` or
    ``near`` before the revision) that the revision made ``bad`` but that
    is a paragraph (`RUN_CHARS` long, ending like a sentence, under
    `PROSE_LINKS` link text, no list item nor copyright line) printed
    right under a kept date line (`keep_dates`), or under one short block
    (`MAX_LEAD_GAP_CHARS`: a headline, a place) under it, above the first
    such paragraph *labels* keep: under the body, a date line heads a
    comment. The revision
    loses it when the article's header stands above it and its share
    buttons or a picture below: it has no reliable neighbour.
    """
    end, links, marker, rights, year = (
        FEATURES.index(name)
        for name in ("sentence_end", "link_density", "marker", "copyright", "year")
    )
    out = labels
    stop = next(
        (
            index
            for index, block in enumerate(page_blocks)
            if labels[index] == "good"
            and len(block.text) >= RUN_CHARS
            and _is_prose(block, features[index], end, links)
        ),
        len(page_blocks),
    )
    for index in range(1, stop):
        if labels[index] != "bad" or first[index] not in _UNSURE:
            continue
        block, row = page_blocks[index], features[index]
        if (
            row[marker]
            or row[rights]
            or len(block.text) < RUN_CHARS
            or not _is_prose(block, row, end, links)
        ):
            continue
        above = index - 1
        if (
            above > 0
            and not features[above][year]
            and len(page_blocks[above].text) <= MAX_LEAD_GAP_CHARS
            and not features[above][end]
        ):
            above -= 1  # a headline or a place between the date and the lead
        date = features[above]
        if (
            labels[above] == "good"
            and date[year]
            and date[links] < 0.5
            and len(page_blocks[above].text) <= MAX_DATE_CHARS
        ):
            if out is labels:
                out = list(labels)
            out[index] = "good"
    return out


#: A sentence that introduces a list in the body ("... commits to the
#: following measures:") has at least this many words: a chrome label
#: before a list of links ("Share this article:", "Weitere
#: Informationen:") has fewer.
MIN_INTRO_WORDS: Final = 6


def _intro_under_prose(
    page_blocks: Sequence[Block], first: Sequence[str], labels: Sequence[str], index: int
) -> bool:
    """
    Whether the block at *index* is an uncertain one (*first*) right under
    a kept block, in its column or set out as a heading (`INDENT_SLACK`): a
    list's introduction the body goes on with, unless it heads a closing
    section or a teaser list ("Read more:", "Related coverage from ...:":
    `section_kind`, `_label_kind`, `_TEASER_HEADING`).
    """
    if (
        index == 0
        or index >= len(first)
        or first[index] not in _UNSURE
        or labels[index - 1] != "good"
        or abs(page_blocks[index].lines[0].indent - page_blocks[index - 1].lines[0].indent)
        > INDENT_SLACK
    ):
        return False
    # (The introduction's last line: a teaser label glued under a paragraph
    # ends its block.)
    text = page_blocks[index].lines[-1].text
    if section_kind(text) is not None or _label_kind(text) is not None:
        return False
    # A teaser list's label says more ("Related coverage from ...:").
    words = text.strip(_LABEL_MARKS)
    teaser = _TEASER_HEADING.match(words)
    return teaser is None or words[teaser.end() : teaser.end() + 1].isalnum()


def keep_lists(
    page_blocks: Sequence[Block],
    features: Sequence[Sequence[float]],
    labels: list[str],
    first: Sequence[str] = (),
) -> list[str]:
    """
    Relabel ``good`` the list items right under a kept sentence that ends
    with a colon (`MIN_INTRO_WORDS` words at least), up to the first block
    that is no list item or is mostly link text: a list the body
    introduces, whose short items read as chrome on their own. With the
    context-free labels *first*, an introduction the classifier was unsure
    of right under a kept block counts too, and is kept with its list
    (`_intro_under_prose`).
    """
    marker, links = FEATURES.index("marker"), FEATURES.index("link_density")
    out = labels
    count = len(page_blocks)
    for index, block in enumerate(page_blocks):
        text = block.text
        if (
            (labels[index] != "good" and not _intro_under_prose(page_blocks, first, out, index))
            or text[-1:] != ":"
            or text.count(" ") + 1 < MIN_INTRO_WORDS
            or features[index][links] >= 0.5
        ):
            continue
        item = index + 1
        if item < count and features[item][marker] and out[index] != "good":
            if out is labels:
                out = list(labels)
            out[index] = "good"
        while item < count and features[item][marker] and features[item][links] < 0.5:
            if out[item] != "good":
                if out is labels:
                    out = list(labels)
                out[item] = "good"
            item += 1
    return out


#: A picture's caption or credit line has at most this many characters.
MAX_CREDIT_CHARS: Final = 150
# A copyright sign glued to the letter before it is no credit: the second
# half of a mis-decoded "é" ("CommuniquÃ©", Trove releases) or a trade mark.
_GLUED_SIGN: Final = regex.compile(r"(?<=\p{L})©")


#: A figure's caption (`_is_figure_caption`) has at most this many
#: characters: it may tell what the figure shows in a few sentences.
MAX_FIGURE_CAPTION_CHARS: Final = 600
# A figure's caption opens with a figure label (the lexicon's
# figure_labels), its number and a colon, after the picture's placeholder
# where a text browser prints one ("[chart.png] Abbildung 4: ...").
_FIGURE_CAPTION: Final = LazyPattern(
    rf"(?:\[[^\]\n]*+\]\s*+)?(?:{_lexicon.pattern('figure_labels')})(?:\s*+\d++)?\s*+:",
    regex.IGNORECASE,
)


def _is_figure_caption(text: str) -> bool:
    """
    Whether *text* is a figure's caption: at most `MAX_FIGURE_CAPTION_CHARS`
    characters opening with a figure label, its number and a colon
    (``Abbildung 4: Die grösste Lawine ...``). Gold bodies of the shared
    crawls never hold one; their must-exclude snippets do (slf.ch,
    gipfelbuch.ch, baechli-bergsport.ch).
    """
    return len(text) <= MAX_FIGURE_CAPTION_CHARS and _FIGURE_CAPTION.match(text) is not None


def _drop_good_where(
    page_blocks: Sequence[Block], labels: list[str], is_chrome: Callable[[str], bool]
) -> list[str]:
    """
    Relabel ``bad`` the ``good`` blocks whose text *is_chrome* tells for
    chrome; *labels* is copied on the first change, and returned as it was
    when nothing changes.
    """
    out = labels
    for index, block in enumerate(page_blocks):
        if out[index] == "good" and is_chrome(block.text):
            if out is labels:
                out = list(labels)
            out[index] = "bad"
    return out


def _is_credit_block(text: str) -> bool:
    """
    Whether *text* is, or ends with, a picture's credit (`is_credit`), at
    most `MAX_CREDIT_CHARS` characters, or is a figure's caption.
    """
    return (
        len(text) <= MAX_CREDIT_CHARS
        and is_credit(_GLUED_SIGN.sub("", text) if "©" in text else text)
    ) or _is_figure_caption(text)


def drop_credits(page_blocks: Sequence[Block], labels: list[str]) -> list[str]:
    """
    Relabel ``bad`` the short blocks that are, or end with, a picture's
    credit (`is_credit`: ``Foto: Jane Roe``, ``(Image: Getty)``, ``A
    caption. © Agency``), at most `MAX_CREDIT_CHARS` characters: a caption
    or a credit line printed where the picture stood, between the body's
    paragraphs, which the classifier reads as prose by its words. The HTML
    reader drops them by their markup; in crawled text only their shape
    tells them. So is a figure's caption (`_is_figure_caption`: ``Abbildung
    4: Die grösste Lawine ...``), at most `MAX_FIGURE_CAPTION_CHARS`.
    """
    return _drop_good_where(page_blocks, labels, _is_credit_block)


#: A cookie notice (`drop_cookie_notices`) has at most this many characters.
MAX_NOTICE_CHARS: Final = 700
# The word "cookie" (any case, also in "Session-Cookie", "Cookie-Richtlinie").
_COOKIE: Final = regex.compile(r"(?<!\w)cookie", regex.IGNORECASE)
# Beside it, the site, the browser, consent or privacy (the lexicon's
# cookie_words): a site's cookie notice, not a text about biscuits.
_COOKIE_CONTEXT: Final = LazyPattern(
    rf"(?<!\w)(?:{_lexicon.pattern('cookie_words')})(?!\w)", regex.IGNORECASE
)


def drop_cookie_notices(page_blocks: Sequence[Block], labels: list[str]) -> list[str]:
    """
    Relabel ``bad`` the ``good`` blocks of at most `MAX_NOTICE_CHARS`
    characters that name cookies and the site, the reader's browser,
    consent or privacy (the lexicon's ``cookie_words``): a site's cookie
    banner and its settings dialog, which a converter prints as
    paragraphs and the classifier reads as prose (``This website uses
    cookies to improve your experience ...``, ``Die Internetseite
    verwendet teilweise Cookies ...``). A text that names a cookie
    (``the sweetness of a chocolate chip cookie``) names none of the rest.
    """
    return _drop_good_where(page_blocks, labels, _is_cookie_notice)


def _is_cookie_notice(text: str) -> bool:
    """
    Whether *text* is a cookie notice (`drop_cookie_notices`).
    """
    return (
        len(text) <= MAX_NOTICE_CHARS
        # (str's ``in`` first, in C: most blocks name no cookie.)
        and ("ookie" in text or "OOKIE" in text)
        and _COOKIE.search(text) is not None
        and _COOKIE_CONTEXT.search(text) is not None
    )


#: A newsletter's prompt (`drop_newsletter_prompts`) has at most this many
#: characters.
MAX_PROMPT_CHARS: Final = 120
# The word "newsletter", printed so in every language of the shared crawls
# ("Newsletters", "Newslettern", "Produkttester-Newsletter"), or an English
# prompt's mail box ("... delivered free, direct to your inbox.", "Get the
# day's news in your inbox every day").
_NEWSLETTER: Final = regex.compile(
    r"(?<!\w)newsletter|(?<!\w)(?:to|in) your inbox(?!\w)", regex.IGNORECASE
)


def drop_newsletter_prompts(page_blocks: Sequence[Block], labels: list[str]) -> list[str]:
    """
    Relabel ``bad`` the ``good`` blocks of at most `MAX_PROMPT_CHARS`
    characters that name a newsletter: a sign-up box's heading, prompt and
    consent line (``Pick Six Newsletter``, ``Sign up for our daily
    newsletter``, ``Jetzt Newsletter abonnieren``, ``I agree that ... can
    send me the newsletter.``), or, in English, the reader's mail box
    (``Get Quanta Magazine delivered to your inbox``), which the
    classifier keeps among the article's paragraphs. A paragraph that
    tells of a newsletter is longer.
    """
    return _drop_good_where(page_blocks, labels, _is_newsletter_prompt)


def _is_newsletter_prompt(text: str) -> bool:
    """
    Whether *text* is a newsletter's prompt (`drop_newsletter_prompts`).
    """
    return (
        len(text) <= MAX_PROMPT_CHARS
        # (str's ``in`` first, in C: most blocks name no newsletter.)
        and ("ewsletter" in text or "EWSLETTER" in text or "inbox" in text)
        and _NEWSLETTER.search(text) is not None
    )


# A form's control as a text browser prints it (lynx, w3m): a text field
# (a run of underscores), a check box, a button. Looked for with str's
# ``in`` (in C: most blocks hold none).
_FORM_CONTROLS: Final = ("_____", "[ ] ", "[X] ", "(BUTTON)")
#: A block with a form's control is chrome up to this many characters.
MAX_FORM_CHARS: Final = 300


# A picture as a text browser prints it when it has no text alternative:
# its file's name in brackets ("[p0792688.jpg]", "[gift-guide-home.jpeg?
# quality=82]"), or an inline image's data ("[gif;base64,R0lGOD...]").
_IMAGE_NAME: Final = regex.compile(
    r"\[(?:[^\]\s]*\.(?:jpe?g|png|gif|svg|webp)(?:\?[^\]\s]*+)?+|gif;base64,[^\]\s]*+)\]",
    regex.IGNORECASE,
)
_IMAGE_NAMES: Final = regex.compile(
    rf"{_IMAGE_NAME.pattern}(?:\s++{_IMAGE_NAME.pattern})*+", regex.IGNORECASE
)


def drop_image_names(page_blocks: Sequence[Block], labels: list[str]) -> list[str]:
    """
    Relabel ``bad`` the ``good`` blocks that print nothing but pictures'
    file names in brackets (`_IMAGE_NAME`: ``[p0792688.jpg]``), as a text
    browser (lynx) prints a picture with no text alternative: no reader's
    text. A file name before a paragraph's words stays with them.
    """
    return _drop_good_where(
        page_blocks,
        labels,
        _is_image_names,
    )


# A shop's or a sign-up's button, the whole block: at most three words
# before the lexicon's action_calls ("Ausgabe kaufen", "Buch bestellen",
# "Jetzt kostenlos abonnieren", "HIER KOSTENLOS ANMELDEN »", "Buy now").
_CALL_TO_ACTION: Final = LazyPattern(
    rf"(?:[\w-]+\s+){{0,3}}(?:{_lexicon.pattern('action_calls')})", regex.IGNORECASE
)
_CALL_MARKS: Final = " »›>!"


def _is_call_to_action(text: str) -> bool:
    """
    Whether *text* is a shop's or a sign-up's button (`drop_calls_to_action`).
    """
    return len(text) <= MAX_LABEL_CHARS and (
        _CALL_TO_ACTION.fullmatch(text.strip(_CALL_MARKS)) is not None
    )


def drop_calls_to_action(page_blocks: Sequence[Block], labels: list[str]) -> list[str]:
    """
    Relabel ``bad`` the ``good`` blocks that are a shop's or a sign-up's
    button alone (`_is_call_to_action`: ``Ausgabe kaufen``, ``Buch
    bestellen``, ``HIER KOSTENLOS ANMELDEN »``), which a text converter
    prints among an article's paragraphs as plain words. An article's
    sentence has more words or ends otherwise.
    """
    return _drop_good_where(page_blocks, labels, _is_call_to_action)


#: An affiliate disclosure (`drop_affiliate_notes`) has at most this many
#: characters.
MAX_DISCLOSURE_CHARS: Final = 400
# What a site earns on its links, a whole word (the lexicon's
# affiliate_words: an affiliate commission, a "Provision", compensation,
# "Partnerlinks").
_AFFILIATE: Final = LazyPattern(
    rf"(?<!\w)(?:{_lexicon.pattern('affiliate_words')})(?!\w)", regex.IGNORECASE
)


# The site's links: "links" (also "Partnerlinks", "Affiliate-Links"), or
# German "Link", a noun ("über diesen Link"); not "a link between" nor
# "linking".
_LINKS: Final = regex.compile(r"(?i:links)(?!\w)|Link(?!\w)")


def _is_affiliate_note(text: str) -> bool:
    """
    Whether *text* is a site's affiliate disclosure (`drop_affiliate_notes`).
    """
    return (
        len(text) <= MAX_DISCLOSURE_CHARS
        and ("link" in text or "Link" in text)
        and _LINKS.search(text) is not None
        and _AFFILIATE.search(text) is not None
    )


def drop_affiliate_notes(page_blocks: Sequence[Block], labels: list[str]) -> list[str]:
    """
    Relabel ``bad`` the ``good`` blocks of at most `MAX_DISCLOSURE_CHARS`
    characters that tell of the commission the site earns on its links
    (`_is_affiliate_note`: ``When you purchase through links on our site,
    we may earn an affiliate commission``, ``Für Links auf dieser Seite
    erhält CHIP ggf. eine Provision``), which the classifier reads as prose.
    """
    return _drop_good_where(page_blocks, labels, _is_affiliate_note)


def drop_link_rows(page_blocks: Sequence[Block], labels: list[str]) -> list[str]:
    """
    Relabel ``bad`` the ``good`` blocks that print a row of links between
    bars (`_sections.is_link_row`: ``Kommentarfeed | Kommentare geschlossen |
    Trackback-URL``, a breadcrumb's ``Rentenpolitik | Blog | Mailaktion
    Bundestag``), in plain text only: a Markdown converter prints the links
    (which the classifier reads as chrome) and a table's rows with the same
    bars.
    """
    return _drop_good_where(page_blocks, labels, is_link_row)


def drop_forms(
    page_blocks: Sequence[Block],
    features: Sequence[Sequence[float]],
    first: Sequence[str],
    labels: list[str],
) -> list[str]:
    """
    Relabel ``bad`` the blocks of at most `MAX_FORM_CHARS` characters that
    print a form's control (`_FORM_CONTROLS`: a text field, a check box, a
    button, as a text browser prints them) below the body's first sure
    prose block: a newsletter's sign-up, a comment form and its consent
    boxes, a cookie banner's buttons, which the classifier reads as prose
    by the sentences around them (``Save my name, email, and website in
    this browser ...``). An article prints none. The header's place above
    the body is left to `keep_header` (the field stage reads it), and a
    long block to its words (a scanned page's underscored rule).
    """
    field, box, checked, button = _FORM_CONTROLS
    controls = [
        index
        # (compress and map walk the labels in C: a pass over every block.)
        for index in itertools.compress(range(len(labels)), map("good".__eq__, labels))
        if len(text := page_blocks[index].text) <= MAX_FORM_CHARS
        and (field in text or box in text or checked in text or button in text)
    ]
    if not controls:
        return labels
    start = _body_start(page_blocks, features, first)
    out = list(labels)
    for index in controls:
        if index > start:
            out[index] = "bad"
    return out


#: A teaser heading, an advertisement's label or a back link is a block of
#: at most this many characters ...
MAX_LABEL_CHARS: Final = 60
#: ... an inline teaser (``Lesen Sie auch: <a headline>``) at most this many.
MAX_INLINE_TEASER_CHARS: Final = 200
# What may stand around a label line's words: a colon, dots, arrows,
# bold marks ("**Mehr zum Thema:**", "Zurück zur Übersicht ›").
_LABEL_MARKS: Final = " :.…›»«<>|*_-–—"
# An advertisement's label or a back link, the whole line: never an
# article's text, wherever it stands (the lexicon's ad_labels, back_links).
_CHROME_LABEL: Final = LazyPattern(
    f"(?:{_lexicon.pattern('ad_labels')}|{_lexicon.pattern('back_links')})", regex.IGNORECASE
)
# A share button's label or a call to share, the start of the line (the
# lexicon's share_calls: "Share this article:", "Artikel teilen").
_SHARE_CALL: Final = LazyPattern(rf"(?:{_lexicon.pattern('share_calls')})(?!\w)", regex.IGNORECASE)
# A blog's comment form's heading, the start of the line (the lexicon's
# comment_calls: "Leave a Reply", "Schreibe einen Kommentar"), alone or
# before the form's link that cancels a reply ("Antworten abbrechen").
_COMMENT_CALL: Final = LazyPattern(
    rf"(?:{_lexicon.pattern('comment_calls')})(?!\w)", regex.IGNORECASE
)
# The heading of a list of teasers of other articles (the lexicon's
# related_headings), the whole line or a label before one teaser's headline.
_TEASER_HEADING: Final = LazyPattern(_lexicon.pattern("related_headings"), regex.IGNORECASE)
#: A teaser's headline in plain text has at most this many characters and
#: no sentence's end; its snippet at most `MAX_SNIPPET_CHARS`.
MAX_TEASER_TITLE_CHARS: Final = 100
#: A teaser's snippet (a sentence or two under its headline) has at most
#: this many characters.
MAX_SNIPPET_CHARS: Final = 300
_TITLE_ENDS: Final = frozenset(".!?;,")


def _label_kind(text: str) -> str | None:
    """
    ``"chrome"`` for an advertisement's label, a back link, a share
    button's label or a comment form's heading (`MAX_LABEL_CHARS`, no
    question nor sentence), ``"heading"``
    for a teaser heading (`MAX_LABEL_CHARS`), ``"inline"`` for a teaser
    label and one headline after its colon (`MAX_INLINE_TEASER_CHARS`),
    else ``None``.
    """
    if len(text) > MAX_INLINE_TEASER_CHARS:
        return None
    words = text.strip(_LABEL_MARKS)
    if len(text) <= MAX_LABEL_CHARS:
        if _CHROME_LABEL.fullmatch(words) is not None or (
            # (a question, a sentence or a cry is the text's: "Share this
            # information, please?")
            text[-1:] not in ".?!"
            and (_SHARE_CALL.match(words) is not None or _COMMENT_CALL.match(words) is not None)
        ):
            return "chrome"
        if _TEASER_HEADING.fullmatch(words) is not None:
            return "heading"
    head, colon, rest = text.partition(":")
    rest = rest.strip()
    if (
        colon
        and rest
        and rest[-1] not in _TITLE_ENDS
        and _TEASER_HEADING.fullmatch(head.strip(_LABEL_MARKS)) is not None
    ):
        return "inline"
    return None


def _teaser_run(page_blocks: Sequence[Block], start: int, linked: bool) -> int:
    """
    Where the run of teasers under a teaser heading at *start* ends (the
    index after its last block): headlines (link text in Markdown,
    *linked*; short lines with no sentence's end in plain text), date
    lines, and a headline's snippet of at most `MAX_SNIPPET_CHARS` where
    another headline follows it. In plain text, a headline right over the
    running prose that ends the run is the article's next heading, and is
    left out of it.
    """
    end = start + 1
    titled = False
    count = len(page_blocks)
    while end < count:
        block = page_blocks[end]
        text = block.text
        if linked:
            title = block.link_chars * 2 >= len(text) and len(text) <= MAX_INLINE_TEASER_CHARS
        else:
            title = len(text) <= MAX_TEASER_TITLE_CHARS and text[-1:] not in _TITLE_ENDS
        if title or (len(text) <= MAX_DATE_CHARS and _YEAR.search(text) is not None):
            titled = titled or title
            end += 1
            continue
        if titled and len(text) <= MAX_SNIPPET_CHARS and end + 1 < count:
            after = page_blocks[end + 1]
            if (
                after.link_chars * 2 >= len(after.text)
                if linked
                else len(after.text) <= MAX_TEASER_TITLE_CHARS
                and after.text[-1:] not in _TITLE_ENDS
            ):
                end += 1
                continue
        break
    if not linked and end < count and end - 1 > start and titled:
        # The run stopped at running prose: its last headline heads it.
        end -= 1
    return end


def mark_related(page_blocks: Sequence[Block], labels: list[str], linked: bool) -> list[str]:
    """
    Relabel the lines a site prints between and under an article that are
    never its text, whatever their words read like: ``bad`` an
    advertisement's label or a back link (``Anzeige``, ``Zurück zur
    Übersicht``); ``related`` a teaser heading (``Mehr zum Thema``, ``Lesen
    Sie auch``) with the run of teasers under it (`_teaser_run`), and an
    inline teaser (``Le puede interesar: <a headline>``). *linked*: the page
    is Markdown, whose teasers' headlines are links.
    """
    out = labels
    index = 0
    count = len(page_blocks)
    while index < count:
        if out[index] != "good":
            index += 1
            continue
        kind = _label_kind(page_blocks[index].text)
        if kind is None:
            index += 1
            continue
        if out is labels:
            out = list(labels)
        if kind == "chrome":
            out[index] = "bad"
            index += 1
            continue
        end = _teaser_run(page_blocks, index, linked) if kind == "heading" else index + 1
        for within in range(index, end):
            if out[within] == "good":
                out[within] = "related"
        index = end
    return out


#: A reader's comment's head (`drop_comments`) has at most this many
#: characters ...
MAX_COMMENT_HEAD_CHARS: Final = 120
#: ... and a page's comments are read as a thread from this many heads on.
MIN_COMMENT_HEADS: Final = 2
# A comment's head ends with a comment verb and a colon ("Jane Roe sagt:",
# "Jane Roe on May 3, 2019 at 4:47 pm said:"; the lexicon's comment_verbs).
_COMMENT_VERB: Final = LazyPattern(
    rf"(?<!\w)(?:{_lexicon.pattern('comment_verbs')})\s*+:$", regex.IGNORECASE
)
# A comment thread's heading: the number of comments, the lexicon's
# thread_headings, the article's title ("11 Antworten zu “...”").
_THREAD_HEADING: Final = LazyPattern(
    rf"\d++\s++(?:{_lexicon.pattern('thread_headings')})(?!\w)", regex.IGNORECASE
)
# The time of day a comment's head prints beside its date ("4:47 pm", "21.11").
_TIME_OF_DAY: Final = regex.compile(r"(?<!\d)[0-2]?\d[:.][0-5]\d(?!\d)")
# A numbered list's item as the page reader leaves it ("1. Gabi sagt:").
_NUMBERED: Final = regex.compile(r"\d{1,3}\.\s")


def _is_comment_head(block: Block) -> bool:
    """
    Whether *block* is the head of a reader's comment: at most
    `MAX_COMMENT_HEAD_CHARS` characters ending with a comment verb and a
    colon, printed as a list's item (a comment thread is a list) or with
    a date and a time. A release's ``Jane Roe said:`` before a quote is
    neither.
    """
    text = block.text
    if text[-1:] != ":" or len(text) > MAX_COMMENT_HEAD_CHARS:
        return False
    if _COMMENT_VERB.search(text) is None:
        return False
    if (
        block.lines[0].marker
        or _NUMBERED.match(text)
        or (text[:1] in _ITEM_MARKS and text[1:2] == " ")
    ):
        return True
    return _YEAR.search(text) is not None and _TIME_OF_DAY.search(text) is not None


def _is_comment_form(text: str) -> bool:
    """
    Whether *text* is a blog's comment form's heading with the form's link
    that cancels a reply glued on (``Leave a Reply Cancel reply``,
    ``Schreibe einen Kommentar Antworten abbrechen``): at most
    `MAX_LABEL_CHARS` characters, no sentence's end, the lexicon's
    ``comment_calls`` and more words. The heading alone (``Write a
    comment``) is also a button's label beside a byline, over the article.
    """
    if len(text) > MAX_LABEL_CHARS or text[-1:] in ".?!":
        return False
    found = _COMMENT_CALL.match(text)
    return found is not None and bool(text[found.end() :].strip())


def drop_comments(
    page_blocks: Sequence[Block],
    features: Sequence[Sequence[float]],
    first: Sequence[str],
    labels: list[str],
) -> list[str]:
    """
    Relabel ``comments`` the ``good`` blocks from the first head of a
    reader's comment (`_is_comment_head`) to the page's end, where the page
    prints `MIN_COMMENT_HEADS` of them below the body's first sure prose
    block, or from a thread's heading (a number and the lexicon's
    ``thread_headings``: ``11 Antworten zu “...”``, ``6 thoughts on
    “...”``, at most `MAX_COMMENT_HEAD_CHARS` characters) or a comment
    form's heading with its link that cancels a reply (`_is_comment_form`)
    there: a blog's comment thread, whose comments read as prose by their words, and what
    follows it (the comment form, the sidebars). The article stands above
    its comments.
    """
    start = _body_start(page_blocks, features, first)
    heads = [
        index
        for index in range(start + 1, len(page_blocks))
        if _is_comment_head(page_blocks[index])
    ]
    thread = next(
        (
            index
            for index in range(start + 1, len(page_blocks))
            if len(page_blocks[index].text) <= MAX_COMMENT_HEAD_CHARS
            and (
                _THREAD_HEADING.match(page_blocks[index].text) is not None
                or _is_comment_form(page_blocks[index].text)
            )
        ),
        None,
    )
    if thread is not None:
        heads = [thread, *heads] if not heads or thread < heads[0] else heads
    elif len(heads) < MIN_COMMENT_HEADS:
        return labels
    out = list(labels)
    for index in range(heads[0], len(out)):
        if out[index] == "good":
            out[index] = "comments"
    return out


#: Twin blocks (`drop_twins`) have at least this many characters: shorter
#: ones are labels a list may well repeat (``Share``, ``+``).
MIN_TWIN_CHARS: Final = 20


def drop_twins(page_blocks: Sequence[Block], labels: list[str]) -> list[str]:
    """
    Relabel ``bad`` two neighbouring blocks with the same text, at least
    `MIN_TWIN_CHARS` characters: a picture's text alternative and its
    caption, printed one over the other by a text browser, or a teaser's
    headline under its picture's. An article never prints a paragraph
    twice in a row.
    """
    out = labels
    for index in range(1, len(page_blocks)):
        text = page_blocks[index].text
        if len(text) >= MIN_TWIN_CHARS and text == page_blocks[index - 1].text:
            if out is labels:
                out = list(labels)
            out[index - 1] = out[index] = "bad"
    return out


#: A table of contents (`drop_contents`) lists at least this many of the
#: page's headings.
MIN_CONTENTS_ITEMS: Final = 3
#: The label over a table of contents ("Inhalt", "Contents") has at most
#: this many characters.
MAX_CONTENTS_LABEL_CHARS: Final = 30


def _item_texts(block: Block) -> list[str]:
    """
    The case-folded texts a list item's *block* names: its whole text, and
    where it holds several lines, each line's text without a nested list's
    mark (inscriptis prints a nested item under its parent, ``+ Tech``,
    and the two read as one block).
    """
    texts = [block.text.casefold()]
    if len(block.lines) > 1:
        for line in block.lines:
            text = line.text
            if text[1:2] == " " and text[:1] in _NESTED_MARKS:
                text = text[2:]
            texts.append(text.strip().casefold())
    return texts


def drop_contents(page_blocks: Sequence[Block], labels: list[str]) -> list[str]:
    """
    Relabel ``bad`` a table of contents: a run of list items each of
    which names a block further down the page (a section's heading,
    printed again as it stands), `MIN_CONTENTS_ITEMS` names in all (an
    item's nested items count: `_item_texts`),
    and the short label above the run ("Inhalt", "Inhaltsverzeichnis",
    `MAX_CONTENTS_LABEL_CHARS`, no sentence's end) when it names none.
    A Markdown converter prints its entries as links to the page's own
    anchors, which the classifier reads as chrome; text converters
    (inscriptis, lynx) print them as plain items that it keeps.
    """
    # The index of the last block with each text: an item names a block
    # below it when that block is further down the page.
    last: dict[str, int] = {}
    for index, block in enumerate(page_blocks):
        if not block.lines[0].marker:
            last[block.text.casefold()] = index
    out = labels
    index = 0
    count = len(page_blocks)
    while index < count:
        run = index
        named = 0
        while run < count and page_blocks[run].lines[0].marker:
            found = sum(1 for text in _item_texts(page_blocks[run]) if last.get(text, -1) > run)
            if not found:
                break
            named += found
            run += 1
        if named >= MIN_CONTENTS_ITEMS:
            if out is labels:
                out = list(labels)
            out[index:run] = ["bad"] * (run - index)
            if index:
                label = page_blocks[index - 1]
                text = label.text
                if (
                    not label.lines[0].marker
                    and len(text) <= MAX_CONTENTS_LABEL_CHARS
                    and text[-1:] not in _SENTENCE_ENDS
                    and text.casefold() not in _later(last, index)
                ):
                    out[index - 1] = "bad"
        index = max(run, index + 1)
    return out


def _later(last: Mapping[str, int], index: int) -> frozenset[str]:
    """
    The texts of *last* whose last block stands below block *index*.
    """
    return frozenset(text for text, where in last.items() if where > index)


def classify(page: Page, model: Model) -> list[Classified]:
    """
    Cut *page* into blocks and label each, keeping both passes' labels.
    """
    page_blocks = blocks(page)
    cut = _cut_end(page, page_blocks)
    return _classify(page_blocks, model, linked=page.format == "markdown", cut=cut)


def _cut_end(page: Page, page_blocks: Sequence[Block]) -> bool:
    """
    Whether a stripper before this one removed lines printed after the
    page's last block (*page_blocks*): the page's end (a footer, its
    closing sections) is gone.
    """
    if not page_blocks or not page.removed:
        return False
    last = page_blocks[-1].lines[-1].number
    return any(record.start > last for record in page.removed)


#: The tests that tell a kept block for chrome by its text alone, each its
#: ``drop_*`` rule's: a button (`drop_calls_to_action`), an affiliate
#: disclosure (`drop_affiliate_notes`), a picture's credit or a figure's
#: caption (`drop_credits`), a cookie notice (`drop_cookie_notices`), a
#: newsletter's prompt (`drop_newsletter_prompts`), pictures' file names
#: (`drop_image_names`). Each only relabels a ``good`` block ``bad``, so
#: their order is of no consequence, and `_classify` asks them in one pass.
CHROME_TESTS: Final[tuple[Callable[[str], bool], ...]] = (
    _is_call_to_action,
    _is_affiliate_note,
    _is_credit_block,
    _is_cookie_notice,
    _is_newsletter_prompt,
    _is_image_names,
)


def _is_chrome_text(text: str) -> bool:
    """
    Whether one of `CHROME_TESTS` tells *text* for chrome.
    """
    return any(test(text) for test in CHROME_TESTS)


def _classify(
    page_blocks: list[Block], model: Model, *, linked: bool, cut: bool = False
) -> list[Classified]:
    """
    `classify` of a page already cut into *page_blocks*; *cut*: the page's
    end was cut off already (`keep_prose_run`).
    """
    if not page_blocks:
        return []
    features = page_features(page_blocks)
    probs = probabilities(features, model)
    first = first_labels(probs, model)
    # The revision by neighbours, then the rules, each over the labels of
    # the one before it: those that keep what the classifier lost ...
    labels = revise(first)
    labels = drop_off_column(page_blocks, features, first, labels)
    labels = keep_prose_run(page_blocks, features, first, labels, cut=cut)
    labels = keep_header(page_blocks, features, labels, first)
    labels = keep_lists(page_blocks, features, labels, first)
    labels = keep_dates(page_blocks, features, labels)
    labels = keep_lead(page_blocks, features, first, labels)
    # ... and those that drop what it kept: blocks told by their text alone
    # (`CHROME_TESTS`), a text browser's forms and link rows (Markdown
    # converters print neither), then runs of blocks.
    labels = _drop_good_where(page_blocks, labels, _is_chrome_text)
    if not linked:
        labels = drop_forms(page_blocks, features, first, labels)
        labels = drop_link_rows(page_blocks, labels)
    labels = drop_contents(page_blocks, labels)
    labels = drop_twins(page_blocks, labels)
    labels = mark_related(page_blocks, labels, linked)
    final = drop_comments(page_blocks, features, first, labels)
    return [
        Classified(block, p, one, two)
        for block, p, one, two in zip(page_blocks, probs, first, final, strict=True)
    ]


#: A page is stripped only when at least this many of its blocks read as
#: chrome: a whole site's page has dozens (menus, footers, sidebars), a
#: document printed alone a few (measured on the shared crawls: the
#: crawled pages' first decile has 9 to 15, the Trove releases' last 3) ...
MIN_CHROME_BLOCKS: Final = 10
#: ... and at least this share of its blocks (the crawled pages' first
#: decile: 0.20 to 0.33; the Trove releases' last: 0.20).
MIN_CHROME_SHARE: Final = 0.25
#: Plain text with no menu the menu stripper found is still a whole site's
#: page where at least this many of its lines are short items (at most
#: `MAX_ITEM_WORDS` words, no sentence's end): a converter that prints a
#: site's navigation one link a line, without bullets (html-text,
#: resiliparse, w3m: their first decile has 47 to 59 such lines; the Trove
#: releases' 99th percentile has 37).
MIN_ITEM_LINES: Final = 60
_SENTENCE_ENDS: Final = frozenset(".!?:;,")
#: A short item has at most this many words.
MAX_ITEM_WORDS: Final = 4


def _prints_navigation(page: Page) -> bool:
    """
    Whether plain-text *page* prints at least `MIN_ITEM_LINES` short items
    one a line: a site's navigation printed without bullets (html-text,
    resiliparse), as telling of a site's whole page as a menu the menu
    stripper found.
    """
    items = 0
    for line in page.lines:
        text = line.text
        if text and text[-1] not in _SENTENCE_ENDS and text.count(" ") < MAX_ITEM_WORDS:
            items += 1
            if items >= MIN_ITEM_LINES:
                return True
    return False


#: Plain text where the menu stripper found no menu reads as a site's
#: whole page, not a document printed alone, when it prints at least this
#: many list items (a text browser's ``*`` bullets) ...
SITE_ITEMS: Final = 3
#: ... and the classifier labels at least this many of its blocks ``bad``
#: before any revision (Trove releases with lists: at 5, 24 of 5,197 pages
#: were read as sites and 4 lost their source; at 8, fewer, with the same
#: figures on the crawls).
SITE_CHROME: Final = 8
_MARKER: Final = operator.attrgetter("marker")
#: Plain text whose menus (those the menu stripper took) span at least
#: this many lines is a site's page (the shared crawls left with fewer than
#: `MIN_CHROME_BLOCKS` chrome blocks: 8 to 270 menu lines; the Trove
#: releases the menu stripper finds a menu in: 1 or 2 lines on 95 of 106,
#: none of the 3 with more loses a block) ...
SITE_MENU_LINES: Final = 8
#: ... and loses its chrome blocks from this many on, whatever their share:
#: the menu and footer strippers took the most of its chrome.
MIN_SITE_CHROME_BLOCKS: Final = 5


def strip_blocks(page: Page, name: str, model: Model, kind: str = "chrome") -> Page:
    """
    Return *page* without the lines of its blocks labelled ``bad``,
    recorded as `Boilerplate` of *kind* under stripper *name*, and of those
    labelled ``related`` (teaser sections: `mark_related`) or ``comments``
    (a comment thread: `drop_comments`), recorded as `Boilerplate` of kind
    ``"related"`` or ``"comments"``.

    Pages read from HTML are returned as they are (their regions are judged
    by their markup), and so is a page with no ``good`` block (the
    classifier found no body to set the chrome against).

    Crawled Markdown is a site's page by its shape (it prints the links of
    its menus): its ``bad`` blocks go however few they are. Plain text is
    read as a site's page where the menu stripper found a menu or it prints
    a site's navigation line by line (`_prints_navigation`), or where it
    prints `SITE_ITEMS` list items and the classifier is sure of
    `SITE_CHROME` chrome blocks; other plain text is left as it is. Plain
    text is also left as it is with `MIN_CHROME_BLOCKS` blocks or fewer, or
    fewer ``bad`` ones, or (unless it prints `SITE_ITEMS` list items) a
    smaller share than `MIN_CHROME_SHARE` of its blocks: a document printed alone (a release
    as a text file, a scanned letter) has a few short blocks (a letterhead,
    a sign-off, a closing list) the field stage reads. Where its menus span
    `SITE_MENU_LINES` lines (a site's, not a release's stray bulleted line)
    `MIN_SITE_CHROME_BLOCKS` ``bad`` blocks are enough, whatever their share.
    """
    if page.format not in ("text", "markdown"):
        return page
    alone = page.format == "text"
    menu_lines = sum(len(block.lines) for block in page.removed if block.kind == "menu")
    menu = bool(menu_lines) or (alone and _prints_navigation(page))
    # A site's menu, not a release's stray bulleted line: the page is a
    # site's page, with few chrome blocks left beside the body once the
    # menus went.
    site = menu_lines >= SITE_MENU_LINES
    # Each line with a bullet marker opens a block: counted on the lines.
    # (lynx's nested lists' marks alone on their lines count too:
    # `_nested_mark`.)
    items = sum(1 for line in page.lines if line.marker or _nested_mark(line)) if alone else 0
    if alone and not menu and items < SITE_ITEMS:
        # Plain text with no menu and no list is a document printed alone,
        # not a site's whole page: its short lines are a letterhead and a
        # sign-off (ministerial releases of the trove set), not chrome.
        return page
    page_blocks = blocks(page)
    if alone and len(page_blocks) <= MIN_CHROME_BLOCKS:
        # Too few blocks for `MIN_CHROME_BLOCKS` chrome ones beside a body:
        # the page is left as it is before any feature is counted.
        return page
    labelled = _classify(page_blocks, model, linked=not alone, cut=_cut_end(page, page_blocks))
    if not any(item.label == "good" for item in labelled):
        return page
    if alone:
        if not menu and sum(1 for item in labelled if item.first == "bad") < SITE_CHROME:
            return page
        bad = sum(1 for item in labelled if item.label == "bad")
        if site:
            if bad < MIN_SITE_CHROME_BLOCKS:
                return page
        else:
            share = 0.0 if items >= SITE_ITEMS else MIN_CHROME_SHARE
            if bad < MIN_CHROME_BLOCKS or bad < share * len(labelled):
                return page
    # Neighbouring bad blocks have only blank lines between them: each run
    # of them is one run of removed lines, cut off by slicing
    # (`Page.remove_runs`) instead of a step per line of the page.
    runs: dict[str, list[list[Line]]] = {"bad": []}
    previous = "good"
    for item in labelled:
        label = item.label
        if label != "good":
            same = runs.setdefault(label, [])
            if previous == label:
                same[-1].extend(item.block.lines)
            else:
                same.append(list(item.block.lines))
        previous = label
    # Teaser sections and comment threads are recorded under their own
    # kinds ("related", "comments"), the rest as *kind*.
    for label, found in runs.items():
        if label != "bad" and found:
            page = page.remove_runs(found, kind=label, stripper=name, read=source_fields)
    return page.remove_runs(runs["bad"], kind=kind, stripper=name, read=source_fields)
