"""
The plugin seams: boilerplate strippers and dateline parsers.

A plugin is any object with the right method; it does not subclass
anything. Register a factory (a class works) under a name, in code with
`register_stripper` / `register_dateline_parser`, or from another package
through an entry point in the groups `STRIPPERS_GROUP` and
`DATELINES_GROUP`::

    [project.entry-points."pressparse.datelines"]
    mywire = "mypackage:MyWireDatelineParser"

Then ``Parser(datelines=["mywire", "standard"])`` uses it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from ._models import Dateline
from ._page import Hints, Line, Page
from ._registry import Registry

__all__ = [
    "DATELINES_GROUP",
    "STRIPPERS_GROUP",
    "BoilerplateStripper",
    "DatelineParser",
    "Hints",
    "Line",
    "Page",
    "Registry",
    "dateline_parsers",
    "register_dateline_parser",
    "register_stripper",
    "strippers",
]

#: Entry-point group searched for third-party boilerplate strippers.
STRIPPERS_GROUP = "pressparse.strippers"
#: Entry-point group searched for third-party dateline parsers.
DATELINES_GROUP = "pressparse.datelines"


@runtime_checkable
class BoilerplateStripper(Protocol):
    """
    Removes boilerplate lines from a `Page`.

    A stripper returns a new page, built with `Page.remove` so that what it
    takes out stays inspectable on `Release.boilerplate`. It must not drop
    lines any other way, and must return *page* itself when it finds
    nothing. Strippers run in the order the `Parser` lists them.
    """

    def strip(self, page: Page, /) -> Page:
        """
        Return *page* without the boilerplate this stripper recognises.
        """
        ...


@runtime_checkable
class DatelineParser(Protocol):
    """
    Reads a dateline from the start of a body paragraph.

    The parser is given one candidate paragraph at a time. It returns a
    `Dateline` whose `Dateline.raw` is a prefix of *text* (the whole
    paragraph, when the dateline stands alone on its line), or ``None``
    when *text* does not open with a dateline. It must never raise on any
    text.
    """

    def parse(self, text: str, /, *, reference_date: dt.date | None = None) -> Dateline | None:
        """
        Return the dateline *text* opens with, or ``None``.

        Args:
            text: A candidate paragraph.
            reference_date: Supplies the year of a dateline that prints
                none (the page's metadata date, or the caller's option).
        """
        ...


def _check_method(method: str) -> Callable[[object], str | None]:
    def check(plugin: object) -> str | None:
        if callable(getattr(plugin, method, None)):
            return None
        return f"{type(plugin).__qualname__} has no callable .{method}()"

    return check


#: The registry of boilerplate strippers, by name.
strippers: Registry[BoilerplateStripper] = Registry(
    "stripper", STRIPPERS_GROUP, _check_method("strip")
)
#: The registry of dateline parsers, by name.
dateline_parsers: Registry[DatelineParser] = Registry(
    "dateline parser", DATELINES_GROUP, _check_method("parse")
)


def register_stripper(
    name: str, factory: Callable[[], BoilerplateStripper], *, replace: bool = False
) -> None:
    """
    Register a boilerplate stripper *factory* (a class works) as *name*.

    Raises:
        DuplicatePluginError: *name* is taken and *replace* is false.
    """
    strippers.register(name, factory, replace=replace)


def register_dateline_parser(
    name: str, factory: Callable[[], DatelineParser], *, replace: bool = False
) -> None:
    """
    Register a dateline parser *factory* (a class works) as *name*.

    Raises:
        DuplicatePluginError: *name* is taken and *replace* is false.
    """
    dateline_parsers.register(name, factory, replace=replace)
