"""
Spanish words of press-release pages.
"""

from __future__ import annotations

from ._types import Language

DATA: Language = {
    "code": "es",
    # Concepts with no entry: the language has no such words, or no page
    # pressparse has read prints any yet (see docs/how-to/add-a-language.md).
    "unattested": (
        "action_calls",
        "affiliate_words",
        "staff_posts",
        "year_suffixes",
        "type_labels",
        "contact_labels",
        "disclaimer_headings",
        "enquiry_headings",
        "notes_headings",
        "person_styles",
        "post_nominals",
        "office_prefixes",
        "house_offices",
        "street_types",
        "back_links",
        "click_calls",
        "mention_roles",
        "former_words",
        "object_prepositions",
        "comment_verbs",
        "share_calls",
        "thread_headings",
        "cookie_words",
        "figure_labels",
        "comment_calls",
    ),
    # Dates: twelve tuples of months (January first) and seven of weekdays (Monday first).
    "months": (
        ("enero",),
        ("febrero",),
        ("marzo",),
        ("abril",),
        ("mayo",),
        ("junio",),
        ("julio",),
        ("agosto",),
        (
            "septiembre",
            "setiembre",
        ),
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
        (
            "sep",
            "sept",
            "set",
        ),
        ("oct",),
        ("nov",),
        ("dic",),
    ),
    "weekdays": (
        ("lunes",),
        ("martes",),
        ("miércoles",),
        ("jueves",),
        ("viernes",),
        ("sábado",),
        ("domingo",),
    ),
    "weekday_abbreviations": (
        ("lun",),
        ("mar",),
        ("mié",),
        ("jue",),
        ("vie",),
        ("sáb",),
        ("dom",),
    ),
    "ordinal_suffixes": (
        "º",
        "ª",
        "°",
        "o",
    ),
    "date_articles": ("el",),
    "date_connectors": (
        "de",
        "del",
    ),
    "year_suffixes": (),
    # What a page calls itself: a line equal to one of these is its kind label.
    "kinds": (
        "Comunicado de prensa",
        "Nota de prensa",
        "Boletín de prensa",
        "Comunicado",
        "Declaración",
        "Discurso",
        "Aviso a los medios",
    ),
    # Metadata labels (``Label: value``), by the field they fill.
    "date_labels": (
        "Fecha",
        "Fecha de publicación",
        "Publicado",
    ),
    "place_labels": ("Lugar",),
    "source_labels": ("Fuente",),
    "topic_labels": (
        "Temas",
        "Tema",
    ),
    "type_labels": (),
    "contact_labels": (),
    # Words before a date that make it a stamp of a change, not of the release.
    "stamp_words": (
        "actualizado",
        "actualizada",
    ),
    # Headings of the sections that close a release after its body.
    "about_headings": (
        "acerca de",
        "sobre",
    ),
    "disclaimer_headings": (),
    "contact_headings": (
        "contacto",
        "contacto de prensa",
        "gabinete de prensa",
        "gabinete de comunicación",
    ),
    "enquiry_headings": (),
    "contact_heading_ends": (
        "contactar con",
        "contacte con",
    ),
    "notes_headings": (),
    "tag_headings": (
        "etiquetas",
        "tema",
        "temas",
    ),
    "related_headings": (
        "noticias relacionadas",
        "Te puede interesar",
        "Le puede interesar",
    ),
    "end_words": ("fin",),
    "board_sign_offs": (
        "en nombre del consejo",
        "en nombre del consejo de administración",
    ),
    # People, offices and bodies of a letterhead.
    "person_styles": (),
    "post_nominals": (),
    "office_heads": (
        "Ministro",
        "Ministra",
    ),
    "office_prefixes": (),
    "house_offices": (),
    "body_heads": ("ministerio",),
    # Small words of running text.
    "articles": (
        "el",
        "los",
    ),
    "connectors": (
        "y",
        "o",
        "para",
        "con",
        "en",
        "de",
        "del",
        "el",
    ),
    # Navigation.
    "nav_words": (
        "inicio",
        "contacto",
        "noticias",
        "buscar",
        "prensa",
    ),
    "interface_words": (
        "menú",
        "buscar",
        "compartir",
        "comentarios",
    ),
    # Postal addresses.
    "street_types": (),
    # Pictures and authors.
    "credit_labels": ("Foto",),
    "byline_words": ("Por",),
    # Lines between or under an article that are never its text.
    "ad_labels": ("Publicidad",),
    "back_links": (),
    "click_calls": (),
    "action_calls": (),
    "affiliate_words": (),
    "mention_roles": (),
    "former_words": (),
    "object_prepositions": (),
    "comment_verbs": (),
    "share_calls": (),
    "staff_posts": (),
    "thread_headings": (),
    "cookie_words": (),
    "figure_labels": (),
    "comment_calls": (),
}
