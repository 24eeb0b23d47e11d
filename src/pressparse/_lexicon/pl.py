"""
Polish words of press-release pages.
"""

from __future__ import annotations

from ._types import Language

DATA: Language = {
    "code": "pl",
    # Concepts with no entry: the language has no such words, or no page
    # pressparse has read prints any yet (see docs/how-to/add-a-language.md).
    "unattested": (
        "action_calls",
        "affiliate_words",
        "staff_posts",
        "interface_words",
        "board_sign_offs",
        "end_words",
        "nav_words",
        "ordinal_suffixes",
        "date_connectors",
        "place_labels",
        "type_labels",
        "contact_labels",
        "stamp_words",
        "about_headings",
        "disclaimer_headings",
        "enquiry_headings",
        "contact_heading_ends",
        "notes_headings",
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
        (
            "styczeń",
            "stycznia",
        ),
        (
            "luty",
            "lutego",
        ),
        (
            "marzec",
            "marca",
        ),
        (
            "kwiecień",
            "kwietnia",
        ),
        (
            "maj",
            "maja",
        ),
        (
            "czerwiec",
            "czerwca",
        ),
        (
            "lipiec",
            "lipca",
        ),
        (
            "sierpień",
            "sierpnia",
        ),
        (
            "wrzesień",
            "września",
        ),
        (
            "październik",
            "października",
        ),
        (
            "listopad",
            "listopada",
        ),
        (
            "grudzień",
            "grudnia",
        ),
    ),
    "month_abbreviations": (
        ("sty",),
        ("lut",),
        ("mar",),
        ("kwi",),
        (),
        ("cze",),
        ("lip",),
        ("sie",),
        ("wrz",),
        ("paź",),
        ("lis",),
        ("gru",),
    ),
    "weekdays": (
        ("poniedziałek",),
        ("wtorek",),
        ("środa",),
        ("czwartek",),
        ("piątek",),
        ("sobota",),
        ("niedziela",),
    ),
    "weekday_abbreviations": (
        ("pon",),
        ("wt",),
        ("śr",),
        ("czw",),
        ("pt",),
        ("sob",),
        (
            "niedz",
            "ndz",
        ),
    ),
    "ordinal_suffixes": (),
    "date_articles": ("dnia",),
    "date_connectors": (),
    "year_suffixes": (
        "r.",
        "r",
        "roku",
    ),
    # What a page calls itself: a line equal to one of these is its kind label.
    "kinds": (
        "Komunikat prasowy",
        "Informacja prasowa",
    ),
    # Metadata labels (``Label: value``), by the field they fill.
    "date_labels": ("Data",),
    "place_labels": (),
    "source_labels": ("Źródło",),
    "topic_labels": ("Tematy",),
    "type_labels": (),
    "contact_labels": (),
    # Words before a date that make it a stamp of a change, not of the release.
    "stamp_words": (),
    # Headings of the sections that close a release after its body.
    "about_headings": (),
    "disclaimer_headings": (),
    "contact_headings": (
        "kontakt dla mediów",
        "kontakt dla prasy",
        "kontakt",
    ),
    "enquiry_headings": (),
    "contact_heading_ends": (),
    "notes_headings": (),
    "tag_headings": ("tematy",),
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
    "ad_labels": ("Reklama",),
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
