"""
Turkish words of press-release pages.
"""

from __future__ import annotations

from ._types import Language

DATA: Language = {
    "code": "tr",
    # Concepts with no entry: the language has no such words, or no page
    # pressparse has read prints any yet (see docs/how-to/add-a-language.md).
    "unattested": (
        "interface_words",
        "board_sign_offs",
        "end_words",
        "nav_words",
        "ordinal_suffixes",
        "date_articles",
        "date_connectors",
        "year_suffixes",
        "place_labels",
        "type_labels",
        "contact_labels",
        "stamp_words",
        "about_headings",
        "disclaimer_headings",
        "contact_headings",
        "enquiry_headings",
        "contact_heading_ends",
        "notes_headings",
        "tag_headings",
        "related_headings",
        "person_styles",
        "post_nominals",
        "office_heads",
        "office_prefixes",
        "house_offices",
        "body_heads",
        "articles",
        "connectors",
        "street_types",
        "credit_labels",
        "byline_words",
        "ad_labels",
        "back_links",
        "click_calls",
        "comment_verbs",
    ),
    # Dates: twelve tuples of months (January first) and seven of weekdays (Monday first).
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
        ("Pazartesi",),
        ("Salı",),
        ("Çarşamba",),
        ("Perşembe",),
        ("Cuma",),
        ("Cumartesi",),
        ("Pazar",),
    ),
    "weekday_abbreviations": (
        ("Pzt",),
        ("Sal",),
        ("Çar",),
        ("Per",),
        ("Cum",),
        ("Cmt",),
        ("Paz",),
    ),
    "ordinal_suffixes": (),
    "date_articles": (),
    "date_connectors": (),
    "year_suffixes": (),
    # What a page calls itself: a line equal to one of these is its kind label.
    "kinds": (
        "Basın bülteni",
        "Basın açıklaması",
    ),
    # Metadata labels (``Label: value``), by the field they fill.
    "date_labels": ("Tarih",),
    "place_labels": (),
    "source_labels": ("Kaynak",),
    "topic_labels": ("Konular",),
    "type_labels": (),
    "contact_labels": (),
    # Words before a date that make it a stamp of a change, not of the release.
    "stamp_words": (),
    # Headings of the sections that close a release after its body.
    "about_headings": (),
    "disclaimer_headings": (),
    "contact_headings": (),
    "enquiry_headings": (),
    "contact_heading_ends": (),
    "notes_headings": (),
    "tag_headings": (),
    "related_headings": (),
    "end_words": (),
    "board_sign_offs": (),
    # People, offices and bodies of a letterhead.
    "person_styles": (),
    "post_nominals": (),
    "office_heads": (),
    "office_prefixes": (),
    "house_offices": (),
    "body_heads": (),
    # Small words of running text.
    "articles": (),
    "connectors": (),
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
    "comment_verbs": (),
}
