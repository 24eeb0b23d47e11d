"""
Russian words of press-release pages.
"""

from __future__ import annotations

from ._types import Language

DATA: Language = {
    "code": "ru",
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
        "date_articles",
        "date_connectors",
        "type_labels",
        "contact_labels",
        "stamp_words",
        "disclaimer_headings",
        "enquiry_headings",
        "notes_headings",
        "person_styles",
        "post_nominals",
        "office_prefixes",
        "house_offices",
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
        (
            "январь",
            "января",
        ),
        (
            "февраль",
            "февраля",
        ),
        (
            "март",
            "марта",
        ),
        (
            "апрель",
            "апреля",
        ),
        (
            "май",
            "мая",
        ),
        (
            "июнь",
            "июня",
        ),
        (
            "июль",
            "июля",
        ),
        (
            "август",
            "августа",
        ),
        (
            "сентябрь",
            "сентября",
        ),
        (
            "октябрь",
            "октября",
        ),
        (
            "ноябрь",
            "ноября",
        ),
        (
            "декабрь",
            "декабря",
        ),
    ),
    "month_abbreviations": (
        ("янв",),
        (
            "фев",
            "февр",
        ),
        ("мар",),
        ("апр",),
        (),
        ("июн",),
        ("июл",),
        ("авг",),
        (
            "сен",
            "сент",
        ),
        ("окт",),
        (
            "ноя",
            "нояб",
        ),
        ("дек",),
    ),
    "weekdays": (
        ("понедельник",),
        ("вторник",),
        ("среда",),
        ("четверг",),
        ("пятница",),
        ("суббота",),
        ("воскресенье",),
    ),
    "weekday_abbreviations": (
        ("пн",),
        ("вт",),
        ("ср",),
        ("чт",),
        ("пт",),
        ("сб",),
        ("вс",),
    ),
    "ordinal_suffixes": (
        "-го",
        "-е",
    ),
    "date_articles": (),
    "date_connectors": (),
    "year_suffixes": (
        "г.",
        "г",
        "года",
        "гг.",
    ),
    # What a page calls itself: a line equal to one of these is its kind label.
    "kinds": (
        "Пресс-релиз",
        "Заявление",
        "Сообщение для прессы",
        "Новость",
        "Выступление",
        "Информация для СМИ",
    ),
    # Metadata labels (``Label: value``), by the field they fill.
    "date_labels": (
        "Дата",
        "Дата публикации",
    ),
    "place_labels": ("Место",),
    "source_labels": ("Источник",),
    "topic_labels": (
        "Темы",
        "Тема",
    ),
    "type_labels": (),
    "contact_labels": (),
    # Words before a date that make it a stamp of a change, not of the release.
    "stamp_words": (),
    # Headings of the sections that close a release after its body.
    "about_headings": (
        "о компании",
        "о",
        "об",
    ),
    "disclaimer_headings": (),
    "contact_headings": (
        "пресс-служба",
        "контакты",
        "контакты для прессы",
        "для справок",
    ),
    "enquiry_headings": (),
    "contact_heading_ends": ("обращайтесь",),
    "notes_headings": (),
    "tag_headings": (
        "теги",
        "темы",
    ),
    "related_headings": ("читайте также",),
    "end_words": (),
    "board_sign_offs": (),
    # People, offices and bodies of a letterhead.
    "person_styles": (),
    "post_nominals": (),
    # (The ministry heads a letterhead as its minister does: "Министерство финансов".)
    "office_heads": (
        "министр",
        "министерство",
    ),
    "office_prefixes": (),
    "house_offices": (),
    "body_heads": ("министерство",),
    # Small words of running text.
    "articles": (),
    "connectors": (
        "и",
        "в",
        "на",
        "с",
        "по",
        "для",
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
