"""
Polish date words (nominative and genitive month names).
"""

from __future__ import annotations

from . import LanguageData

DATA: LanguageData = {
    "code": "pl",
    "months": (
        ("styczeń", "stycznia"),
        ("luty", "lutego"),
        ("marzec", "marca"),
        ("kwiecień", "kwietnia"),
        ("maj", "maja"),
        ("czerwiec", "czerwca"),
        ("lipiec", "lipca"),
        ("sierpień", "sierpnia"),
        ("wrzesień", "września"),
        ("październik", "października"),
        ("listopad", "listopada"),
        ("grudzień", "grudnia"),
    ),
    "month_abbreviations": (
        ("sty",),
        ("lut",),
        ("mar",),
        ("kwi",),
        (),
        ("cze",),
        ("lip",),
        ("sie",),
        ("wrz",),
        ("paź",),
        ("lis",),
        ("gru",),
    ),
    "weekdays": (
        ("poniedziałek", "pon"),
        ("wtorek", "wt"),
        ("środa", "śr"),
        ("czwartek", "czw"),
        ("piątek", "pt"),
        ("sobota", "sob"),
        ("niedziela", "niedz", "ndz"),
    ),
    "ordinal_suffixes": (),
    "articles": ("dnia",),
    "connectors": (),
    "year_suffixes": ("r.", "r", "roku"),
}
