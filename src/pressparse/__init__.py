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
from ._batch import parse_many
from ._explain import Candidate, Explanation, FieldExplanation
from ._models import Boilerplate, CrawlHeader, Dateline, MetaField, Release
from ._page import Hints, Line, Page
from ._pipeline import Parser, explain, parse
from ._version import __version__
from .exceptions import (
    DuplicatePluginError,
    InputTypeError,
    ParseError,
    PluginError,
    PluginNotFoundError,
    PressParseError,
    TemplateError,
)

__all__ = [
    "Boilerplate",
    "Candidate",
    "CrawlHeader",
    "Dateline",
    "DuplicatePluginError",
    "Explanation",
    "FieldExplanation",
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
    "Release",
    "TemplateError",
    "__version__",
    "explain",
    "parse",
    "parse_many",
    "plugins",
]
