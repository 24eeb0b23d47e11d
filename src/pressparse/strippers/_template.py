"""
A site's template, learned from several of its pages.

The generic strippers judge lines by their shape; a site whose menu is a run
of plain, unbulleted lines, or whose releases all close with the same
"About us" paragraph, defeats them. Pages of one site share such lines
word for word, so a handful of pages is enough to learn them: what most of
the pages print is template, what only one page prints is that page's
release.
"""

from __future__ import annotations

import itertools
import json
import math
import pathlib
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final, TypeGuard

import attrs

from .. import _vocab
from .._models import MetaField
from .._page import Line, Page
from .._sections import is_label
from .._text import is_prose
from ..exceptions import TemplateError
from ._footer import _END_MARK

#: The version of the JSON format `TemplateStripper.to_json` writes.
FORMAT_VERSION: Final = 1
#: Lines shorter than this (``|``, ``»``, a bare marker) are never learned;
#: between two template lines they go with them.
MIN_LINE_CHARS: Final = 2


def _line_key(line: Line) -> str:
    """
    The form in which a template remembers *line*: its case-folded text,
    after its bullet marker and a space when it has one (``"- newsroom"``).
    """
    folded = line.text.casefold()
    return f"{line.marker} {folded}" if line.marker else folded


def _key_set(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _run_tuple(value: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(run) for run in value)


@attrs.frozen(kw_only=True)
class TemplateStripper:
    """
    Remove the lines a site prints on every page: its template.

    Build one with `learn` from a handful of pages of one site, keep it with
    `save` or `to_json`, and put it in a `Parser` chain before the generic
    strippers::

        template = TemplateStripper.learn(pages)
        parser = Parser(strippers=[template, "menus", "footer"])

    A learned line is removed where it stands alone in the learned data
    (`lines` outside every run), or where it stands next to a line it
    neighboured on the learning pages (a pair of `runs`): a menu item such as
    ``Contact`` goes with the menu, but stays when a release's body uses the
    word on a line of its own. Lines shorter than two characters
    (separators, bare markers) between two removed lines go too.

    On a page of another site nothing matches and `strip` returns the page
    itself. A stripper that learned nothing (``TemplateStripper()``) removes
    nothing.

    Instances are immutable, compare and hash by value, and pickle, so a
    `Parser` holding one can be sent to worker processes.

    Attributes:
        lines: Every learned line: its case-folded text, after its bullet
            marker and a space when it has one (``"- newsroom"``).
        runs: Blocks of consecutive learned lines (menus, footers, contact
            blocks), each in page order. Every item is also in *lines*.
        name: The name the stripper records on its `Boilerplate`.

    Raises:
        TemplateError: A run is shorter than two lines or holds a line that
            is not in *lines*.
    """

    lines: frozenset[str] = attrs.field(default=frozenset(), converter=_key_set)
    runs: tuple[tuple[str, ...], ...] = attrs.field(default=(), converter=_run_tuple)
    name: str = "template"
    _solo: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    _pairs: frozenset[tuple[str, str]] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        pairs: set[tuple[str, str]] = set()
        for run in self.runs:
            if len(run) < 2:
                raise TemplateError(f"a template run needs two lines or more, not {list(run)!r}")
            missing = [key for key in run if key not in self.lines]
            if missing:
                raise TemplateError(
                    f"template run lines are not among the learned lines: {missing!r}"
                )
            pairs.update(itertools.pairwise(run))
        in_runs = {key for pair in pairs for key in pair}
        object.__setattr__(self, "_pairs", frozenset(pairs))
        object.__setattr__(self, "_solo", self.lines - in_runs)

    def __repr__(self) -> str:
        return (
            f"TemplateStripper(name={self.name!r}, lines={len(self.lines)}, runs={len(self.runs)})"
        )

    @classmethod
    def learn(
        cls,
        pages: Iterable[str | bytes | Page],
        *,
        min_share: float = 0.6,
        min_pages: int = 2,
    ) -> TemplateStripper:
        """
        Learn the template shared by *pages* of one site.

        Each page is read as `Parser.read` reads it (crawled text or HTML,
        `str` or `bytes`; a `Page` is taken as it is). A non-blank line is
        learned when at least *min_share* of the pages, and at least
        *min_pages* of them, print it; two learned lines that are neighbours
        on that many pages form a run.

        Lines the structure reader needs are never learned, however often
        they repeat: kind labels (``Press release``), metadata labels and
        their values (``Date:``, ``Place:`` / ``GENEVA``, ``Source: ...``),
        label lines ending in a colon above the body, header lines naming the
        page's issuer (its letterhead), end marks (``###``), and lines
        shorter than two characters. Lines that end in a colon inside or
        after the body (``For more information:``) are learned.

        Args:
            pages: Pages of one site; the more different releases, the
                better. A handful (five to ten) is enough.
            min_share: The share of *pages* (above 0, at most 1) a line must
                appear on.
            min_pages: The least number of pages a line must appear on; at
                least 1.

        Returns:
            The learned stripper.

        Raises:
            TemplateError: Fewer than *min_pages* pages were given (so
                nothing could be learned), or *min_share* or *min_pages* is
                out of range. It is a `ValueError`.
            TypeError: *pages* is a single `str` or `bytes`, not an iterable
                of pages.
        """
        # Imported here: the pipeline imports this package to register the
        # built-in strippers.
        from .._fields import build_release
        from .._pipeline import Parser

        if isinstance(pages, (str, bytes, bytearray, Page)):
            raise TypeError("TemplateStripper.learn() takes an iterable of pages, not one page")
        if not 0 < min_share <= 1:
            raise TemplateError(f"min_share must be above 0 and at most 1, not {min_share!r}")
        if min_pages < 1:
            raise TemplateError(f"min_pages must be at least 1, not {min_pages!r}")
        parser = Parser()
        sequences: list[list[str | None]] = []
        protected: set[str] = set()
        for item in pages:
            page = item if isinstance(item, Page) else parser.read(item)
            stripped = page
            for stripper in parser.strippers:
                stripped = stripper.strip(stripped)
            release = build_release(stripped, parser.datelines, None)
            protected |= _protected(page, release.metadata, release.source)
            sequences.append(_sequence(page))
        if len(sequences) < min_pages:
            raise TemplateError(
                f"a template needs at least min_pages={min_pages} pages to learn from,"
                f" got {len(sequences)}"
            )
        needed = max(min_pages, math.ceil(min_share * len(sequences) - 1e-9))
        counts = Counter(key for keys in sequences for key in set(keys) if key is not None)
        learned = {key for key, count in counts.items() if count >= needed} - protected
        pair_counts = Counter(pair for keys in sequences for pair in set(_pairs_in(keys, learned)))
        pairs = {pair for pair, count in pair_counts.items() if count >= needed}
        return cls(lines=learned, runs=_chains(sequences, pairs))

    def strip(self, page: Page, /) -> Page:
        """
        Return *page* without the lines of the learned template.
        """
        if not self.lines:
            return page
        learned = self.lines
        # The lines of at least MIN_LINE_CHARS characters, with their keys;
        # shorter non-blank lines are fillers, kept aside by position.
        numbers: list[int] = []
        keys: list[str] = []
        fillers: list[tuple[int, int]] = []  # (line number, index of next significant line)
        for line in page.lines:
            text = line.text
            if len(text) < MIN_LINE_CHARS:
                if text or line.marker:
                    fillers.append((line.number, len(keys)))
                continue
            numbers.append(line.number)
            folded = text.casefold()
            keys.append(f"{line.marker} {folded}" if line.marker else folded)
        hits = [key in learned for key in keys]
        if not any(hits):
            return page
        solo = self._solo
        pairs = self._pairs
        last = len(keys) - 1
        gone = [
            hit
            and (
                keys[index] in solo
                or (index > 0 and hits[index - 1] and (keys[index - 1], keys[index]) in pairs)
                or (index < last and hits[index + 1] and (keys[index], keys[index + 1]) in pairs)
            )
            for index, hit in enumerate(hits)
        ]
        remove = {number for number, flag in zip(numbers, gone, strict=True) if flag}
        for number, following in fillers:
            if 0 < following <= last and gone[following - 1] and gone[following]:
                remove.add(number)
        return page.remove(remove, kind="template", stripper=self.name)

    def to_json(self) -> str:
        """
        The learned template as JSON text (see `from_json`).
        """
        data = {
            "version": FORMAT_VERSION,
            "name": self.name,
            "lines": sorted(self.lines),
            "runs": [list(run) for run in self.runs],
        }
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str | bytes, /) -> TemplateStripper:
        """
        Load a template `to_json` wrote.

        The JSON object holds ``version`` (``1``), ``lines`` (a list of
        strings), ``runs`` (a list of lists of strings) and optionally
        ``name``; other keys are ignored.

        Raises:
            TemplateError: *text* is not JSON, or not a template of a version
                this pressparse reads. It is a `ValueError`.
        """
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise TemplateError(f"template is not valid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise TemplateError(f"template JSON must be an object, not {type(data).__name__}")
        version = data.get("version")
        if version != FORMAT_VERSION:
            raise TemplateError(
                f"template JSON version {version!r} is not supported (expected {FORMAT_VERSION})"
            )
        lines = data.get("lines")
        if not _is_str_list(lines):
            raise TemplateError("template JSON 'lines' must be a list of strings")
        runs = data.get("runs", [])
        if not isinstance(runs, list) or not all(_is_str_list(run) for run in runs):
            raise TemplateError("template JSON 'runs' must be a list of lists of strings")
        name = data.get("name", "template")
        if not isinstance(name, str) or not name:
            raise TemplateError("template JSON 'name' must be a non-empty string")
        return cls(lines=lines, runs=runs, name=name)

    def save(self, path: str | pathlib.Path, /) -> None:
        """
        Write the template to the file *path* as UTF-8 JSON.
        """
        with open(path, "w", encoding="utf-8") as file:
            file.write(self.to_json())

    @classmethod
    def load(cls, path: str | pathlib.Path, /) -> TemplateStripper:
        """
        Read a template `save` wrote.

        Raises:
            TemplateError: The file does not hold a template.
            OSError: The file cannot be read.
        """
        with open(path, encoding="utf-8") as file:
            return cls.from_json(file.read())


def _is_str_list(value: object) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _sequence(page: Page) -> list[str | None]:
    """
    The keys of *page*'s lines of at least `MIN_LINE_CHARS` characters, in
    order; ``None`` for a line that may never be learned (it breaks runs).
    """
    keys: list[str | None] = []
    for line in page.lines:
        if len(line.text) < MIN_LINE_CHARS:
            continue
        keys.append(None if _END_MARK.fullmatch(line.raw.strip()) else _line_key(line))
    return keys


def _protected(page: Page, metadata: Sequence[MetaField], source: str | None) -> set[str]:
    """
    The keys of *page*'s lines the structure reader needs: kind labels,
    metadata labels and values, label lines above the body, and header
    lines naming the issuer *source*.
    """
    folded_labels: set[str] = set()
    folded_values: set[str] = set()
    for field in metadata:
        label = field.label.casefold()
        folded_labels.add(label)
        folded_values.update(value.casefold() for value in field.values)
    issuer = source.casefold() if source else None
    protected: set[str] = set()
    in_header = True
    for line in page.lines:
        text = line.text
        if len(text) < MIN_LINE_CHARS:
            continue
        if in_header and is_prose(text) and not line.marker:
            in_header = False
        folded = text.casefold()
        label, sep, _value = folded.partition(":")
        if (
            (len(text) <= _vocab.MAX_KIND_CHARS and _vocab.key(text) in _vocab.KINDS)
            or folded in folded_values
            or (sep and label.strip() in folded_labels)
            or (sep and _vocab.key(label) in _vocab.KNOWN_LABELS)
            or (in_header and is_label(text))
            or (in_header and issuer is not None and issuer in folded)
        ):
            protected.add(_line_key(line))
    return protected


def _pairs_in(keys: Sequence[str | None], learned: set[str]) -> Iterable[tuple[str, str]]:
    """
    The neighbouring pairs of learned keys in one page's key sequence.
    """
    for first, second in itertools.pairwise(keys):
        if first is not None and second is not None and first in learned and second in learned:
            yield first, second


def _chains(
    sequences: Sequence[Sequence[str | None]], pairs: set[tuple[str, str]]
) -> list[tuple[str, ...]]:
    """
    The maximal runs of learned *pairs* the pages print, in order of first
    appearance; a run printed inside a longer one is left out.
    """
    found: dict[tuple[str, ...], None] = {}
    for keys in sequences:
        chain: list[str] = []
        for first, second in itertools.pairwise(keys):
            if first is not None and second is not None and (first, second) in pairs:
                if not chain:
                    chain.append(first)
                chain.append(second)
            else:
                if chain:
                    found.setdefault(tuple(chain))
                chain = []
        if chain:
            found.setdefault(tuple(chain))
    runs = list(found)
    return [run for run in runs if not any(run != other and _inside(run, other) for other in runs)]


def _inside(run: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """
    ``True`` when *run* appears as consecutive items of *other*.
    """
    size = len(run)
    return any(other[start : start + size] == run for start in range(len(other) - size + 1))
