"""
What follows a release's body: the lines its sign-off may stand on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from .._header import SIGN_OFF_UNITS
from .._models import Boilerplate
from .._page import Line

#: Removed blocks whose first lines may hold a sign-off: what follows the
#: body (under a media contact, for a date).
SIGN_OFF_SOURCE_BLOCKS: Final = frozenset({"footer", "end-mark", "after-end"})
SIGN_OFF_DATE_BLOCKS: Final = SIGN_OFF_SOURCE_BLOCKS | {"contact"}


def sign_off_lines(
    body: Sequence[Line], removed: Sequence[Boilerplate], kinds: frozenset[str]
) -> list[str]:
    """
    The lines a sign-off may stand on: the last unmarked units of the body,
    then the first lines of each removed block of one of *kinds*.
    """
    lines = [line.text for line in body[-SIGN_OFF_UNITS:] if not line.marker]
    for block in removed:
        if block.kind in kinds:
            texts = [text.strip() for text in block.lines]
            lines += [text for text in texts if text][:SIGN_OFF_UNITS]
    return lines
