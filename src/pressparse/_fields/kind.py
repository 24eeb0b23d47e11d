"""
The release's kind (``Press release``, ``Communiqué``): its rules, in order
of preference.
"""

from __future__ import annotations

from typing import Final

from .. import _vocab
from ._evidence import Evidence
from ._rules import Found, RuleList


def _label(ev: Evidence) -> Found[str] | None:
    """
    The kind label the header prints (``Press release``), as the header
    reader read it.
    """
    return Found(ev.header.kind) if ev.header.kind else None


def _metadata(ev: Evidence) -> Found[str] | None:
    """
    A kind field of the header's metadata (``Type: Press release``).
    """
    field = ev.field(_vocab.KIND_LABELS)
    return Found(field.value) if field is not None and field.value else None


def _hints(ev: Evidence) -> Found[str] | None:
    """
    A page type the page states outside its running text (`Hints.kind`).
    """
    kind = ev.page.hints.kind
    return Found(kind, locate=False) if kind else None


#: The kind's rules, in order of preference.
RULES: Final = RuleList[str](
    "kind",
    [
        ("kind.label", _label),
        ("kind.metadata", _metadata),
        ("kind.hints", _hints),
    ],
)
