"""
The exceptions pressparse raises.

Every exception derives from `PressParseError` *and* from the nearest
builtin, so ``except ValueError`` and ``except PressParseError`` both work.
`parse` raises only for bad arguments (or, with ``strict=True``, for a page
that lacks required fields): a page that holds no release gives an empty
`Release`, not an exception.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "DuplicatePluginError",
    "InputTypeError",
    "ParseError",
    "PluginError",
    "PluginNotFoundError",
    "PressParseError",
    "TemplateError",
]


class PressParseError(Exception):
    """
    Base class of every exception pressparse raises.
    """


class InputTypeError(PressParseError, TypeError):
    """
    `parse` was given something other than `str` or `bytes`.

    Attributes:
        value_type: The type that was passed.
    """

    def __init__(self, value_type: type) -> None:
        self.value_type = value_type
        super().__init__(
            f"pressparse.parse() takes str or bytes, not {value_type.__module__}."
            f"{value_type.__qualname__}"
        )

    def __reduce__(self) -> tuple[type[InputTypeError], tuple[type]]:
        # Rebuilt from its argument, so that it crosses process boundaries.
        return type(self), (self.value_type,)


class ParseError(PressParseError, ValueError):
    """
    With ``strict=True``: the page lacks fields a release must have.

    Attributes:
        missing: The names of the missing fields, in `Release` order.
        release: What the parser did find.
    """

    def __init__(self, missing: Iterable[str], release: object) -> None:
        self.missing = tuple(missing)
        self.release = release
        super().__init__("page lacks required release fields: " + ", ".join(self.missing))

    def __reduce__(self) -> tuple[type[ParseError], tuple[tuple[str, ...], object]]:
        # Rebuilt from its arguments, so that it crosses process boundaries
        # (`parse_many` workers).
        return type(self), (self.missing, self.release)


class PluginError(PressParseError, TypeError):
    """
    A plugin is malformed: it lacks the method its protocol requires, or its
    entry point could not be loaded.

    Also the base class of the other plugin errors, `PluginNotFoundError`
    and `DuplicatePluginError`, so ``except PluginError`` catches every
    plugin problem.

    Attributes:
        kind: The kind of plugin.
        name: The plugin's registered name, or its repr.
    """

    def __init__(self, kind: str, name: str, reason: str) -> None:
        self.kind = kind
        self.name = name
        PressParseError.__init__(self, f"{kind} {name!r}: {reason}")


class PluginNotFoundError(PluginError, LookupError):
    """
    No plugin is registered under the requested name (a `PluginError`, and a
    `LookupError`).

    Attributes:
        kind: The kind of plugin looked up (``"stripper"``, ``"dateline parser"``).
        name: The name that was asked for.
        available: The names that are registered.
    """

    def __init__(self, kind: str, name: str, available: Iterable[str]) -> None:
        self.kind = kind
        self.name = name
        self.available = tuple(sorted(available))
        PressParseError.__init__(
            self, f"no {kind} named {name!r}; available: {', '.join(self.available) or '(none)'}"
        )

    def __str__(self) -> str:
        # LookupError would otherwise show only the first argument's repr.
        return str(self.args[0])


class DuplicatePluginError(PluginError, ValueError):
    """
    A plugin name is registered twice without ``replace=True`` (a
    `PluginError`, and a `ValueError`).

    Attributes:
        kind: The kind of plugin.
        name: The name registered twice.
    """

    def __init__(self, kind: str, name: str) -> None:
        self.kind = kind
        self.name = name
        PressParseError.__init__(
            self,
            f"a {kind} named {name!r} is already registered; pass replace=True to override it",
        )


class TemplateError(PressParseError, ValueError):
    """
    A site template could not be learned or loaded.

    Raised by `~pressparse.strippers.TemplateStripper.learn` when given too
    few pages or out-of-range options, and by
    `~pressparse.strippers.TemplateStripper.from_json` for text that is not
    a template this version reads.
    """
