"""
Regular expressions compiled on first use.

The ``regex`` module compiles a large pattern in milliseconds; compiled at
import, the patterns of letterheads and closing sections alone cost tens of
milliseconds that every process pays, also those whose pages never reach
them. A `LazyPattern` compiles once, when first asked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import regex


class LazyPattern:
    """
    A ``regex`` pattern compiled when one of its methods is first called.

    Args:
        pattern: The pattern, as for `regex.compile`.
        flags: The flags, as for `regex.compile`.
        named_lists: The named lists the pattern matches with ``\\L<name>``,
            as for `regex.compile` (a long list of words compiles and
            matches faster that way than as an alternation).
    """

    __slots__ = ("_compiled", "_flags", "_lists", "_pattern")

    def __init__(self, pattern: str, flags: int = 0, **named_lists: Iterable[str]) -> None:
        self._pattern = pattern
        self._flags = flags
        # (Typed Any: regex.compile takes the lists as **kwargs.)
        self._lists: dict[str, Any] = {
            name: frozenset(words) for name, words in named_lists.items()
        }
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        """
        The compiled pattern (compiled now if it was not yet).
        """
        if self._compiled is None:
            self._compiled = regex.compile(self._pattern, self._flags, **self._lists)
        return self._compiled

    @property
    def pattern(self) -> str:
        """
        The pattern's source text.
        """
        return self._pattern

    def search(self, string: str, pos: int = 0) -> regex.Match[str] | None:
        """
        As `regex.Pattern.search`.
        """
        return self.compiled.search(string, pos)

    def match(self, string: str, pos: int = 0) -> regex.Match[str] | None:
        """
        As `regex.Pattern.match`.
        """
        return self.compiled.match(string, pos)

    def fullmatch(self, string: str) -> regex.Match[str] | None:
        """
        As `regex.Pattern.fullmatch`.
        """
        return self.compiled.fullmatch(string)

    def finditer(self, string: str, *, overlapped: bool = False) -> Iterator[regex.Match[str]]:
        """
        As `regex.Pattern.finditer`.
        """
        return self.compiled.finditer(string, overlapped=overlapped)

    def findall(self, string: str) -> list[str]:
        """
        As `regex.Pattern.findall`, for patterns without groups.
        """
        found: list[str] = self.compiled.findall(string)
        return found

    def sub(self, replacement: str, string: str) -> str:
        """
        As `regex.Pattern.sub`.
        """
        return self.compiled.sub(replacement, string)
