"""
Italian date words.
"""

from __future__ import annotations

from . import LanguageData

DATA: LanguageData = {
    "code": "it",
    "months": (
        ("gennaio",),
        ("febbraio",),
        ("marzo",),
        ("aprile",),
        ("maggio",),
        ("giugno",),
        ("luglio",),
        ("agosto",),
        ("settembre",),
        ("ottobre",),
        ("novembre",),
        ("dicembre",),
    ),
    "month_abbreviations": (
        ("gen",),
        ("feb",),
        ("mar",),
        ("apr",),
        ("mag",),
        ("giu",),
        ("lug",),
        ("ago",),
        ("set", "sett"),
        ("ott",),
        ("nov",),
        ("dic",),
    ),
    "weekdays": (
        ("lunedì", "lun"),
        ("martedì", "mar"),
        ("mercoledì", "mer"),
        ("giovedì", "gio"),
        ("venerdì", "ven"),
        ("sabato", "sab"),
        ("domenica", "dom"),
    ),
    "ordinal_suffixes": ("º",),
    "articles": ("il",),
    "connectors": (),
    "year_suffixes": (),
}
