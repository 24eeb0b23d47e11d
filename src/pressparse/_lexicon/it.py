"""
Italian words of press-release pages.
"""

from __future__ import annotations

from ._types import Language

DATA: Language = {
    "code": "it",
    # Concepts with no entry: the language has no such words, or no page
    # pressparse has read prints any yet (see docs/how-to/add-a-language.md).
    "unattested": (
        "staff_posts",
        "interface_words",
        "end_words",
        "date_connectors",
        "year_suffixes",
        "type_labels",
        "contact_labels",
        "stamp_words",
        "about_headings",
        "disclaimer_headings",
        "enquiry_headings",
        "notes_headings",
        "related_headings",
        "person_styles",
        "post_nominals",
        "office_prefixes",
        "house_offices",
        "body_heads",
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
        (
            "set",
            "sett",
        ),
        ("ott",),
        ("nov",),
        ("dic",),
    ),
    "weekdays": (
        ("lunedì",),
        ("martedì",),
        ("mercoledì",),
        ("giovedì",),
        ("venerdì",),
        ("sabato",),
        ("domenica",),
    ),
    "weekday_abbreviations": (
        ("lun",),
        ("mar",),
        ("mer",),
        ("gio",),
        ("ven",),
        ("sab",),
        ("dom",),
    ),
    "ordinal_suffixes": ("º",),
    "date_articles": ("il",),
    "date_connectors": (),
    "year_suffixes": (),
    # What a page calls itself: a line equal to one of these is its kind label.
    "kinds": (
        "Comunicato stampa",
        "Nota stampa",
    ),
    # Metadata labels (``Label: value``), by the field they fill.
    "date_labels": (
        "Data",
        "Data di pubblicazione",
    ),
    "place_labels": ("Luogo",),
    "source_labels": ("Fonte",),
    "topic_labels": ("Temi",),
    "type_labels": (),
    "contact_labels": (),
    # Words before a date that make it a stamp of a change, not of the release.
    "stamp_words": (),
    # Headings of the sections that close a release after its body.
    "about_headings": (),
    "disclaimer_headings": (),
    "contact_headings": (
        "ufficio stampa",
        "indirizzo cui rivolgere domande",
    ),
    "enquiry_headings": (),
    "contact_heading_ends": ("contattare",),
    "notes_headings": (),
    "tag_headings": (
        "tema",
        "temi",
    ),
    "related_headings": (),
    "end_words": (),
    "board_sign_offs": ("per il consiglio di amministrazione",),
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
    "articles": (
        "il",
        "lo",
    ),
    "connectors": (
        "e",
        "per",
        "di",
        "da",
        "il",
        "lo",
    ),
    # Navigation.
    "nav_words": (
        "contatti",
        "notizie",
        "cerca",
        "stampa",
    ),
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
