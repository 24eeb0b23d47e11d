"""
pressparse: turn the text or HTML of a press-release page into a typed record.

    >>> import pressparse
    >>> page = "Press release\\nA headline\\nGENEVA, 17 September 2008 - Text."
    >>> release = pressparse.parse(page)
    >>> release.title, release.place, release.date.isoformat()
    ('A headline', 'GENEVA', '2008-09-17')
"""

from __future__ import annotations

from . import plugins
from ._models import Boilerplate, CrawlHeader, Dateline, MetaField, Release
from ._page import Hints, Line, Page
from ._pipeline import Parser, parse
from ._version import __version__
from .exceptions import (
    DuplicatePluginError,
    InputTypeError,
    ParseError,
    PluginError,
    PluginNotFoundError,
    PressParseError,
    PressParseWarning,
    TemplateError,
)

__all__ = [
    "Boilerplate",
    "CrawlHeader",
    "Dateline",
    "DuplicatePluginError",
    "Hints",
    "InputTypeError",
    "Line",
    "MetaField",
    "Page",
    "ParseError",
    "Parser",
    "PluginError",
    "PluginNotFoundError",
    "PressParseError",
    "PressParseWarning",
    "Release",
    "TemplateError",
    "__version__",
    "parse",
    "plugins",
]
