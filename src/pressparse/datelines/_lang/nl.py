"""
Dutch date words.
"""

from __future__ import annotations

from . import LanguageData

DATA: LanguageData = {
    "code": "nl",
    "months": (
        ("januari",),
        ("februari",),
        ("maart",),
        ("april",),
        ("mei",),
        ("juni",),
        ("juli",),
        ("augustus",),
        ("september",),
        ("oktober",),
        ("november",),
        ("december",),
    ),
    "month_abbreviations": (
        ("jan",),
        ("feb",),
        ("mrt", "mar"),
        ("apr",),
        (),
        ("jun",),
        ("jul",),
        ("aug",),
        ("sep", "sept"),
        ("okt",),
        ("nov",),
        ("dec",),
    ),
    "weekdays": (
        ("maandag", "ma"),
        ("dinsdag", "di"),
        ("woensdag", "wo"),
        ("donderdag", "do"),
        ("vrijdag", "vr"),
        ("zaterdag", "za"),
        ("zondag", "zo"),
    ),
    "ordinal_suffixes": ("e", "ste", "de"),
    "articles": (),
    "connectors": (),
    "year_suffixes": (),
}
