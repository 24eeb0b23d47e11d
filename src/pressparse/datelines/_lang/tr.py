"""
Turkish date words.
"""

from __future__ import annotations

from . import LanguageData

DATA: LanguageData = {
    "code": "tr",
    "months": (
        ("Ocak",),
        ("Şubat",),
        ("Mart",),
        ("Nisan",),
        ("Mayıs",),
        ("Haziran",),
        ("Temmuz",),
        ("Ağustos",),
        ("Eylül",),
        ("Ekim",),
        ("Kasım",),
        ("Aralık",),
    ),
    "month_abbreviations": (
        ("Oca",),
        ("Şub",),
        ("Mar",),
        ("Nis",),
        ("May",),
        ("Haz",),
        ("Tem",),
        ("Ağu",),
        ("Eyl",),
        ("Eki",),
        ("Kas",),
        ("Ara",),
    ),
    "weekdays": (
        ("Pazartesi", "Pzt"),
        ("Salı", "Sal"),
        ("Çarşamba", "Çar"),
        ("Perşembe", "Per"),
        ("Cuma", "Cum"),
        ("Cumartesi", "Cmt"),
        ("Pazar", "Paz"),
    ),
    "ordinal_suffixes": (),
    "articles": (),
    "connectors": (),
    "year_suffixes": (),
}
