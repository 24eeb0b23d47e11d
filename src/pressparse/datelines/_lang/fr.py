"""
French date words.
"""

from __future__ import annotations

from . import LanguageData

DATA: LanguageData = {
    "code": "fr",
    "months": (
        ("janvier",),
        ("février",),
        ("mars",),
        ("avril",),
        ("mai",),
        ("juin",),
        ("juillet",),
        ("août",),
        ("septembre",),
        ("octobre",),
        ("novembre",),
        ("décembre",),
    ),
    "month_abbreviations": (
        ("janv",),
        ("févr", "fév"),
        (),
        ("avr",),
        (),
        (),
        ("juil",),
        (),
        ("sept",),
        ("oct",),
        ("nov",),
        ("déc",),
    ),
    "weekdays": (
        ("lundi", "lun"),
        ("mardi", "mar"),
        ("mercredi", "mer"),
        ("jeudi", "jeu"),
        ("vendredi", "ven"),
        ("samedi", "sam"),
        ("dimanche", "dim"),
    ),
    "ordinal_suffixes": ("er", "re", "e", "ème", "eme"),
    "articles": ("le",),
    "connectors": (),
    "year_suffixes": (),
}
