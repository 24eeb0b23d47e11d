"""
German date words (Germany, Austria, Switzerland).
"""

from __future__ import annotations

from . import LanguageData

DATA: LanguageData = {
    "code": "de",
    # (An umlaut is spelt out with an "e" where a site's text has none:
    # "Maerz", "Jaenner".)
    "months": (
        ("Januar", "Jänner", "Jaenner"),
        ("Februar", "Feber"),
        ("März", "Maerz"),
        ("April",),
        ("Mai",),
        ("Juni",),
        ("Juli",),
        ("August",),
        ("September",),
        ("Oktober",),
        ("November",),
        ("Dezember",),
    ),
    "month_abbreviations": (
        ("Jan", "Jän"),
        ("Feb", "Febr"),
        ("Mär", "Mrz"),
        ("Apr",),
        (),
        ("Jun",),
        ("Jul",),
        ("Aug",),
        ("Sep", "Sept"),
        ("Okt",),
        ("Nov",),
        ("Dez",),
    ),
    "weekdays": (
        ("Montag", "Mo"),
        ("Dienstag", "Di"),
        ("Mittwoch", "Mi"),
        ("Donnerstag", "Do"),
        ("Freitag", "Fr"),
        ("Samstag", "Sonnabend", "Sa"),
        ("Sonntag", "So"),
    ),
    "ordinal_suffixes": (),
    "articles": ("den", "am", "vom"),
    "connectors": (),
    "year_suffixes": (),
}
