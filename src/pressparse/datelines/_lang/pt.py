"""
Portuguese date words (Portugal, Brazil).
"""

from __future__ import annotations

from . import LanguageData

DATA: LanguageData = {
    "code": "pt",
    "months": (
        ("janeiro",),
        ("fevereiro",),
        ("março",),
        ("abril",),
        ("maio",),
        ("junho",),
        ("julho",),
        ("agosto",),
        ("setembro",),
        ("outubro",),
        ("novembro",),
        ("dezembro",),
    ),
    "month_abbreviations": (
        ("jan",),
        ("fev",),
        ("mar",),
        ("abr",),
        ("mai",),
        ("jun",),
        ("jul",),
        ("ago",),
        ("set",),
        ("out",),
        ("nov",),
        ("dez",),
    ),
    "weekdays": (
        ("segunda-feira", "segunda", "seg"),
        ("terça-feira", "terça", "ter"),
        ("quarta-feira", "quarta", "qua"),
        ("quinta-feira", "quinta", "qui"),
        ("sexta-feira", "sexta", "sex"),
        ("sábado", "sáb"),
        ("domingo", "dom"),
    ),
    "ordinal_suffixes": ("º", "ª", "°", "o"),
    "articles": (),
    "connectors": ("de",),
    "year_suffixes": (),
}
