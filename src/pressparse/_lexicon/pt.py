"""
Portuguese words of press-release pages (Portugal, Brazil).
"""

from __future__ import annotations

from ._types import Language

DATA: Language = {
    "code": "pt",
    # Concepts with no entry: the language has no such words, or no page
    # pressparse has read prints any yet (see docs/how-to/add-a-language.md).
    "unattested": (
        "action_calls",
        "affiliate_words",
        "staff_posts",
        "interface_words",
        "end_words",
        "nav_words",
        "date_articles",
        "year_suffixes",
        "type_labels",
        "contact_labels",
        "disclaimer_headings",
        "enquiry_headings",
        "contact_heading_ends",
        "notes_headings",
        "related_headings",
        "person_styles",
        "post_nominals",
        "office_prefixes",
        "house_offices",
        "body_heads",
        "articles",
        "street_types",
        "credit_labels",
        "byline_words",
        "ad_labels",
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
        (
            "segunda-feira",
            "segunda",
        ),
        (
            "terça-feira",
            "terça",
        ),
        (
            "quarta-feira",
            "quarta",
        ),
        (
            "quinta-feira",
            "quinta",
        ),
        (
            "sexta-feira",
            "sexta",
        ),
        ("sábado",),
        ("domingo",),
    ),
    "weekday_abbreviations": (
        ("seg",),
        ("ter",),
        ("qua",),
        ("qui",),
        ("sex",),
        ("sáb",),
        ("dom",),
    ),
    "ordinal_suffixes": (
        "º",
        "ª",
        "°",
        "o",
    ),
    "date_articles": (),
    "date_connectors": ("de",),
    "year_suffixes": (),
    # What a page calls itself: a line equal to one of these is its kind label.
    "kinds": (
        "Comunicado de imprensa",
        "Nota à imprensa",
        "Comunicado",
        "Discurso",
    ),
    # Metadata labels (``Label: value``), by the field they fill.
    "date_labels": (
        "Data",
        "Data de publicação",
        "Publicado",
    ),
    "place_labels": ("Local",),
    "source_labels": ("Fonte",),
    "topic_labels": (
        "Temas",
        "Tema",
    ),
    "type_labels": (),
    "contact_labels": (),
    # Words before a date that make it a stamp of a change, not of the release.
    "stamp_words": (
        "atualizado",
        "atualizada",
    ),
    # Headings of the sections that close a release after its body.
    "about_headings": ("sobre",),
    "disclaimer_headings": (),
    "contact_headings": (
        "assessoria de imprensa",
        "assessoria de comunicação",
    ),
    "enquiry_headings": (),
    "contact_heading_ends": (),
    "notes_headings": (),
    "tag_headings": (
        "tema",
        "temas",
    ),
    "related_headings": (),
    "end_words": (),
    "board_sign_offs": ("pelo conselho de administração",),
    # People, offices and bodies of a letterhead.
    "person_styles": (),
    "post_nominals": (),
    "office_heads": (
        "Ministro",
        "Ministra",
    ),
    "office_prefixes": (),
    "house_offices": (),
    "body_heads": (),
    # Small words of running text.
    "articles": (),
    "connectors": (
        "e",
        "o",
        "a",
        "de",
        "da",
        "para",
    ),
    # Navigation.
    "nav_words": (),
    "interface_words": (),
    # Postal addresses.
    "street_types": (),
    # Pictures and authors.
    "credit_labels": (),
    "byline_words": (),
    # Lines between or under an article that are never its text.
    "ad_labels": (),
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
