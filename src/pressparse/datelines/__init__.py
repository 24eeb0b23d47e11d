"""
Dateline parsers and date reading.

A dateline is the place/date line that opens a release body:
``GENEVA, 17 September 2008 - The OSCE ...`` opens with
``GENEVA, 17 September 2008 - ``. `StandardDatelineParser` reads it into a
`pressparse.Dateline`, and is registered as the dateline parser
``"standard"`` when this package is imported; `LeadDatelineParser`, a
lead-only parser of mixed-case places with a dash and no date, as ``"lead"``.

`parse_date` and `find_date` read dates in the same languages and formats
for the rest of the library (metadata ``Date:`` fields, letterheads).
"""

from __future__ import annotations

from ..plugins import register_dateline_parser
from ._agencies import normalise_agency
from ._dates import FoundDate, find_date, parse_date
from ._lang import LANGUAGES, LanguageData, load_language
from ._lead import LeadDatelineParser
from ._parser import StandardDatelineParser

__all__ = [
    "LANGUAGES",
    "FoundDate",
    "LanguageData",
    "LeadDatelineParser",
    "StandardDatelineParser",
    "find_date",
    "load_language",
    "normalise_agency",
    "parse_date",
]

register_dateline_parser("standard", StandardDatelineParser)
register_dateline_parser("lead", LeadDatelineParser)
