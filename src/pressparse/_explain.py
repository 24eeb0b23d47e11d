"""
Why each field of a `Release` has its value: the records `explain` returns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ._models import Release

#: The fields an `Explanation` accounts for, in the order it lists them.
EXPLAINED_FIELDS: tuple[str, ...] = (
    "title",
    "kind",
    "date",
    "place",
    "source",
    "topics",
    "dateline",
    "paragraphs",
)


@attrs.frozen(kw_only=True)
class Candidate:
    """
    A value a rule found for a field but that lost to another rule.

    Attributes:
        rule: The name of the rule that found it (``"date.sign-off"``).
        value: The value, as JSON-ready data (a date as an ISO string).
        line: The page line it was read from (`Line.number`), or ``None``.
    """

    rule: str
    value: object
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """
        The candidate as a JSON-ready `dict`.
        """
        return {"rule": self.rule, "value": self.value, "line": self.line}


def _candidates(value: Iterable[Candidate]) -> tuple[Candidate, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class FieldExplanation:
    """
    How one field got its value.

    Attributes:
        field: The field's name (``"date"``).
        value: The field's value, as JSON-ready data.
        rule: The name of the rule that set it, or ``None`` when no rule
            found anything (the field is empty).
        line: The page line the value was read from (`Line.number`), or
            ``None`` when it comes from outside the running text (an HTML
            page's structured data) or from no single line.
        text: That line's text as printed, or ``None``.
        candidates: What the other rules of the field found, in their order
            of preference.
    """

    field: str
    value: object
    rule: str | None
    line: int | None = None
    text: str | None = None
    candidates: tuple[Candidate, ...] = attrs.field(default=(), converter=_candidates)

    def to_dict(self) -> dict[str, Any]:
        """
        The explanation as a JSON-ready `dict`.
        """
        return {
            "value": self.value,
            "rule": self.rule,
            "line": self.line,
            "text": self.text,
            "candidates": [candidate.to_dict() for candidate in self.candidates],
        }


@attrs.frozen(kw_only=True)
class Explanation:
    """
    A `Release` with the reason for each of its fields.

    Returned by `pressparse.explain` and `Parser.explain`.

    Attributes:
        release: The release, exactly as `parse` returns it.
        fields: For each field (``title``, ``kind``, ``date``, ``place``,
            ``source``, ``topics``, ``dateline``, ``paragraphs``), its
            `FieldExplanation`.
    """

    release: Release
    fields: Mapping[str, FieldExplanation]

    def __getitem__(self, field: str) -> FieldExplanation:
        return self.fields[field]

    def to_dict(self) -> dict[str, Any]:
        """
        The release's `Release.to_dict` with an ``"explain"`` object keyed by
        field.
        """
        data = self.release.to_dict()
        data["explain"] = {name: self.fields[name].to_dict() for name in EXPLAINED_FIELDS}
        return data
