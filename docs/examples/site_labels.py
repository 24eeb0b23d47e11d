"""
A stripper plugin that reads one site's own metadata labels.

pressparse's lexicons hold the labels that many publishers print
(``Source:``, ``Topics:``, ``Fecha:``). A label only your site prints
(``Where we are:`` over the country, ``What we do:`` over the theme) belongs
in your code, not in the library: this stripper takes such a label and the
value lines under it off the page, keeps them inspectable as boilerplate,
and hands the values to the field stage as the page's hints, which fill
the source and the topics where the page's text names none.

Used by the "Add your own site's labels" guide, which imports it.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

import pressparse
from pressparse.plugins import Line, Page

__all__ = ["FIELDS", "SiteLabels"]

#: The fields a site label may fill.
FIELDS = ("source", "topics")


def _normal(label: str) -> str:
    return " ".join(label.split()).casefold()


class SiteLabels:
    """
    Reads the metadata labels of one site: a label on its own line (with
    or without its colon) over its value lines, or ``Label: value`` on one
    line.

    Args:
        labels: Each label as the site prints it, without its colon, and
            the field it fills: ``"source"`` or ``"topics"``
            (``{"Where we are": "source"}``).
        max_value_words: A value line has at most this many words; a
            longer line is the body.

    Raises:
        ValueError: A label names a field other than those in `FIELDS`.
    """

    def __init__(self, labels: Mapping[str, str], *, max_value_words: int = 8) -> None:
        unknown = sorted(set(labels.values()) - set(FIELDS))
        if unknown:
            raise ValueError(f"site labels fill only {FIELDS}, not {unknown}")
        self.labels = {_normal(label): field for label, field in labels.items()}
        self.max_value_words = max_value_words

    def _values(self, lines: tuple[Line, ...], start: int) -> list[Line]:
        """
        The value lines under the label at *start*: short lines, up to the
        next label or the first long one.
        """
        values: list[Line] = []
        for line in lines[start + 1 :]:
            if not line.text:
                continue
            if (
                line.text.endswith(":")
                or _normal(line.text) in self.labels
                or len(line.text.split()) > self.max_value_words
            ):
                break
            values.append(line)
        return values

    def strip(self, page: Page, /) -> Page:
        """
        Return *page* without this site's label lines and their values,
        which become the page's source and topics hints.
        """
        taken: set[int] = set()
        found: dict[str, list[str]] = {field: [] for field in FIELDS}
        for index, line in enumerate(page.lines):
            label, _, value = line.text.partition(":")
            field = self.labels.get(_normal(label))
            if field is None:
                continue
            taken.add(line.number)
            if value.strip():  # "Label: value" on one line
                found[field].append(value.strip())
                continue
            values = self._values(page.lines, index)
            taken.update(value.number for value in values)
            found[field].extend(value.text for value in values)
        if not taken:
            return page
        stripped = page.remove(taken, kind="site-labels", stripper="site-labels")
        hints = page.hints
        if found["source"] and hints.source is None:
            hints = attrs.evolve(hints, source=found["source"][0])
        if found["topics"] and not hints.topics:
            hints = attrs.evolve(hints, topics=tuple(found["topics"]))
        return attrs.evolve(stripped, hints=hints)


def site_parser(labels: Mapping[str, str]) -> pressparse.Parser:
    """
    A parser that reads *labels* (see `SiteLabels`) after the built-in
    strippers have taken the menus off the page (a site's menu may hold a
    heading worded like one of its labels).
    """
    return pressparse.Parser(strippers=[*pressparse.Parser().strippers, SiteLabels(labels)])
