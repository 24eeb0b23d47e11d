"""
Spanish date words.
"""

from __future__ import annotations

from . import LanguageData

DATA: LanguageData = {
    "code": "es",
    "months": (
        ("enero",),
        ("febrero",),
        ("marzo",),
        ("abril",),
        ("mayo",),
        ("junio",),
        ("julio",),
        ("agosto",),
        ("septiembre", "setiembre"),
        ("octubre",),
        ("noviembre",),
        ("diciembre",),
    ),
    "month_abbreviations": (
        ("ene",),
        ("feb",),
        ("mar",),
        ("abr",),
        ("may",),
        ("jun",),
        ("jul",),
        ("ago",),
        ("sep", "sept", "set"),
        ("oct",),
        ("nov",),
        ("dic",),
    ),
    "weekdays": (
        ("lunes", "lun"),
        ("martes", "mar"),
        ("miércoles", "mié"),
        ("jueves", "jue"),
        ("viernes", "vie"),
        ("sábado", "sáb"),
        ("domingo", "dom"),
    ),
    "ordinal_suffixes": ("º", "ª", "°", "o"),
    "articles": ("el",),
    "connectors": ("de", "del"),
    "year_suffixes": (),
}
