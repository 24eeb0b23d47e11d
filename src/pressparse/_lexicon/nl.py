"""
Dutch words of press-release pages.
"""

from __future__ import annotations

from ._types import Language

DATA: Language = {
    "code": "nl",
    # Concepts with no entry: the language has no such words, or no page
    # pressparse has read prints any yet (see docs/how-to/add-a-language.md).
    "unattested": (
        "interface_words",
        "board_sign_offs",
        "end_words",
        "nav_words",
        "date_articles",
        "date_connectors",
        "year_suffixes",
        "place_labels",
        "source_labels",
        "type_labels",
        "contact_labels",
        "stamp_words",
        "about_headings",
        "disclaimer_headings",
        "enquiry_headings",
        "contact_heading_ends",
        "related_headings",
        "person_styles",
        "post_nominals",
        "office_heads",
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
        "comment_verbs",
        "share_calls",
        "thread_headings",
        "cookie_words",
        "figure_labels",
    ),
    # Dates: twelve tuples of months (January first) and seven of weekdays (Monday first).
    "months": (
        ("januari",),
        ("februari",),
        ("maart",),
        ("april",),
        ("mei",),
        ("juni",),
        ("juli",),
        ("augustus",),
        ("september",),
        ("oktober",),
        ("november",),
        ("december",),
    ),
    "month_abbreviations": (
        ("jan",),
        ("feb",),
        (
            "mrt",
            "mar",
        ),
        ("apr",),
        (),
        ("jun",),
        ("jul",),
        ("aug",),
        (
            "sep",
            "sept",
        ),
        ("okt",),
        ("nov",),
        ("dec",),
    ),
    "weekdays": (
        ("maandag",),
        ("dinsdag",),
        ("woensdag",),
        ("donderdag",),
        ("vrijdag",),
        ("zaterdag",),
        ("zondag",),
    ),
    "weekday_abbreviations": (
        ("ma",),
        ("di",),
        ("wo",),
        ("do",),
        ("vr",),
        ("za",),
        ("zo",),
    ),
    "ordinal_suffixes": (
        "e",
        "ste",
        "de",
    ),
    "date_articles": (),
    "date_connectors": (),
    "year_suffixes": (),
    # What a page calls itself: a line equal to one of these is its kind label.
    "kinds": (
        "Persbericht",
        "Nieuwsbericht",
    ),
    # Metadata labels (``Label: value``), by the field they fill.
    "date_labels": ("Datum",),
    "place_labels": (),
    "source_labels": (),
    "topic_labels": ("Onderwerpen",),
    "type_labels": (),
    "contact_labels": (),
    # Words before a date that make it a stamp of a change, not of the release.
    "stamp_words": (),
    # Headings of the sections that close a release after its body.
    "about_headings": (),
    "disclaimer_headings": (),
    "contact_headings": (
        "voor meer informatie",
        "persvoorlichting",
    ),
    "enquiry_headings": (),
    "contact_heading_ends": (),
    "notes_headings": (
        "noot voor redactie",
        "noot voor de redactie",
    ),
    "tag_headings": ("onderwerpen",),
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
    "connectors": (
        "en",
        "of",
        "in",
        "de",
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
    "comment_verbs": (),
    "share_calls": (),
    "thread_headings": (),
    "cookie_words": (),
    "figure_labels": (),
}
