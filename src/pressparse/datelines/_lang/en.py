"""
English date words.
"""

from __future__ import annotations

from . import LanguageData

DATA: LanguageData = {
    "code": "en",
    "months": (
        ("January",),
        ("February",),
        ("March",),
        ("April",),
        ("May",),
        ("June",),
        ("July",),
        ("August",),
        ("September",),
        ("October",),
        ("November",),
        ("December",),
    ),
    "month_abbreviations": (
        ("Jan",),
        ("Feb", "Febr"),
        ("Mar",),
        ("Apr",),
        (),
        ("Jun",),
        ("Jul",),
        ("Aug",),
        ("Sep", "Sept"),
        ("Oct",),
        ("Nov",),
        ("Dec",),
    ),
    "weekdays": (
        ("Monday", "Mon"),
        ("Tuesday", "Tue", "Tues"),
        ("Wednesday", "Wed"),
        ("Thursday", "Thu", "Thur", "Thurs"),
        ("Friday", "Fri"),
        ("Saturday", "Sat"),
        ("Sunday", "Sun"),
    ),
    # "‘h": "th" with its "t" read as a quote mark by OCR ("17‘h October").
    "ordinal_suffixes": ("st", "nd", "rd", "th", "‘h", "’h", "'h"),
    "articles": ("the",),
    "connectors": ("of",),
    "year_suffixes": (),
}
