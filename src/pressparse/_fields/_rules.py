"""
Named, ordered rules that choose one field's value, and the record of why.

Each field module (`title`, `date`, `source`, ...) declares its rules as a
literal table of ``(name, function)`` rows, in order of preference, and
builds a `RuleList` from it. A rule function reads the page's `Evidence`
and returns a `Found` (the value and the line it was read from) or ``None``.
The first rule that finds something sets the field.

With an explanation asked for, every rule is asked and what the others
found is kept as the candidates the winner was weighed against; without
one, the list stops at the first finding. Rules are therefore pure: they
read the evidence and never change it.

The names are stable slugs (``date.metadata``, ``source.letterhead``):
tests and explanations refer to rules by name, never by message text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

import attrs

from .._explain import Candidate, FieldExplanation
from .._models import Dateline

if TYPE_CHECKING:
    from ._evidence import Evidence

T = TypeVar("T")


@attrs.frozen
class Found(Generic[T]):
    """
    What one rule found: the value, and the page line it was read from.

    Attributes:
        value: The field's value.
        line: The page line (`Line.number`) the value was read from, or
            ``None`` when the rule did not keep it.
        locate: With no *line*, whether an explanation looks for the first
            line that prints the value (`Evidence.locate`); ``False`` for a
            value read from outside the running text (structured data).
    """

    value: T
    line: int | None = None
    locate: bool = True

    def line_on(self, evidence: Evidence) -> int | None:
        """
        The line the value was read from, or the first that prints it.
        """
        if self.line is not None or not self.locate:
            return self.line
        return evidence.locate(self.value)


@attrs.frozen
class Rule(Generic[T]):
    """
    One named rule of a field.

    Attributes:
        name: A stable slug, ``<field>.<what it reads>``.
        find: The function that applies it.
    """

    name: str
    find: Callable[[Evidence], Found[T] | None]

    @property
    def doc(self) -> str:
        """
        The first paragraph of the rule function's docstring.
        """
        text = (self.find.__doc__ or "").strip()
        return " ".join(text.split("\n\n", 1)[0].split())


class RuleList(Generic[T]):
    """
    The ordered rules of one field (after markdown-it-py's ``Ruler``).

    Rules are looked up by name; an unknown name raises `KeyError`.
    `before`, `after` and `replace` edit a copy-safe list, so a preset can
    be derived from the defaults without touching them.
    """

    def __init__(
        self, field: str, rules: Iterable[tuple[str, Callable[[Evidence], Found[T] | None]]]
    ):
        self.field = field
        self._rules: list[Rule[T]] = []
        for name, find in rules:
            self._add(len(self._rules), name, find)

    def _add(self, index: int, name: str, find: Callable[[Evidence], Found[T] | None]) -> None:
        if not name.startswith(f"{self.field}."):
            raise ValueError(f"rule {name!r} of field {self.field!r} must be named {self.field}.*")
        if name in self.names:
            raise ValueError(f"rule {name!r} is already in the {self.field} rules")
        self._rules.insert(index, Rule(name, find))

    @property
    def names(self) -> tuple[str, ...]:
        """
        The rules' names, in order.
        """
        return tuple(rule.name for rule in self._rules)

    def __iter__(self) -> Iterator[Rule[T]]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def index(self, name: str) -> int:
        """
        The position of the rule *name*.

        Raises:
            KeyError: No rule has that name.
        """
        for index, rule in enumerate(self._rules):
            if rule.name == name:
                return index
        raise KeyError(f"no rule {name!r} in the {self.field} rules; they are {self.names}")

    def before(self, name: str, new: str, find: Callable[[Evidence], Found[T] | None]) -> None:
        """
        Insert the rule *new* right before the rule *name*.
        """
        self._add(self.index(name), new, find)

    def after(self, name: str, new: str, find: Callable[[Evidence], Found[T] | None]) -> None:
        """
        Insert the rule *new* right after the rule *name*.
        """
        self._add(self.index(name) + 1, new, find)

    def replace(self, name: str, find: Callable[[Evidence], Found[T] | None]) -> None:
        """
        Give the rule *name* a new function, keeping its place.
        """
        self._rules[self.index(name)] = Rule(name, find)

    def resolve(
        self, evidence: Evidence, *, start: str | None = None, stop: str | None = None
    ) -> tuple[Found[T] | None, str]:
        """
        The first finding of the rules in order, and the name of the rule
        that made it (``""`` when none did).

        Args:
            evidence: The page.
            start: Begin with the rule of this name.
            stop: Ask only the rules before the rule of this name.
        """
        rules = self._rules[self.index(start) :] if start is not None else self._rules
        for rule in rules:
            if rule.name == stop:
                break
            found = rule.find(evidence)
            if found is not None:
                return found, rule.name
        return None, ""

    def explain(
        self, evidence: Evidence, value: object, rule: str, line: int | None
    ) -> FieldExplanation:
        """
        The record of how the field got *value*: the rule and line that set
        it and what every other rule of the list would have given.
        """
        candidates = []
        for other in self._rules:
            if other.name == rule:
                continue
            found = other.find(evidence)
            if found is not None:
                candidates.append(
                    Candidate(
                        rule=other.name, value=_plain(found.value), line=found.line_on(evidence)
                    )
                )
        return explanation(evidence, self.field, value, rule, line, candidates)


def explanation(
    evidence: Evidence,
    field: str,
    value: object,
    rule: str,
    line: int | None,
    candidates: Iterable[Candidate] = (),
) -> FieldExplanation:
    """
    A field's `FieldExplanation`, its value made JSON-ready and its line's
    text looked up.
    """
    return FieldExplanation(
        field=field,
        value=_plain(value),
        rule=rule or None,
        line=line,
        text=evidence.line_text(line),
        candidates=tuple(candidates),
    )


def _plain(value: object) -> object:
    """
    *value* as JSON-ready data: tuples as lists, dates as ISO strings,
    a `Dateline` as its dict.
    """
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Dateline):
        return value.to_dict()
    return value
