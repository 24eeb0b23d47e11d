"""
The header reader: where a stripped page's header ends and what it holds.

The strippers have taken out navigation and footers; what is left reads, top
to bottom, as a header (kind label, headline, metadata block, letterhead
lines naming the issuing office, a date line) and then the body.
`HeaderReader` walks the page's units once, top down, and collects what the
header prints into a `Header`: the kind label, the headline's line, the
metadata pairs, the dates, offices, organisations and bodies of a
letterhead, and the lines it set aside. The field rules
(`pressparse._fields`) choose each field's value from that evidence.

The reader is built in layers, each a module of its own, each able to ask
the ones below it: `_state` (the reading's state), `_headline`,
`_letterhead_lines`, `_labels`, and here the walk itself (`read`).
"""

from __future__ import annotations

from ._labels import LabelRules
from ._shapes import (
    HEADER_DATE_CHARS,
    HEADER_DATE_UNITS,
    MAX_TITLE_CHARS,
    SIGN_OFF_UNITS,
    SIGN_OFF_WORDS,
    Header,
)
from ._steps import BODY, STEPS, SUBTITLE

__all__ = [
    "HEADER_DATE_CHARS",
    "HEADER_DATE_UNITS",
    "MAX_TITLE_CHARS",
    "SIGN_OFF_UNITS",
    "SIGN_OFF_WORDS",
    "Header",
    "HeaderReader",
]


class HeaderReader(LabelRules):
    """
    Reads the header off the top of the units of one page.
    """

    def read(self) -> int:
        """
        Read the header; return the index of the first body unit.

        Each unit is offered to the steps of `STEPS` in order; the first
        that takes it says which unit comes next, or that the body starts.
        The step that took each unit is recorded in `Header.steps`.
        """
        units = self.units
        taken = self.header.steps
        index = 0
        while index < len(units):
            for name, step in STEPS:
                following = step(self, index, units[index])
                if following is not None:
                    if following == BODY:
                        return index
                    taken[units[index].number] = name
                    self.aside_run = self.aside_run + 1 if name == SUBTITLE else 0
                    index = following
                    break
            else:
                return index
        return index
