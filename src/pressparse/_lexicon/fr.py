"""
French words of press-release pages.
"""

from __future__ import annotations

from ._types import Language

DATA: Language = {
    "code": "fr",
    # Concepts with no entry: the language has no such words, or no page
    # pressparse has read prints any yet (see docs/how-to/add-a-language.md).
    "unattested": (
        "action_calls",
        "affiliate_words",
        "staff_posts",
        "date_connectors",
        "year_suffixes",
        "contact_labels",
        "enquiry_headings",
        "notes_headings",
        "person_styles",
        "post_nominals",
        "office_prefixes",
        "house_offices",
        "street_types",
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
    ),
    # Dates: twelve tuples of months (January first) and seven of weekdays (Monday first).
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
        (
            "févr",
            "fév",
        ),
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
        ("lundi",),
        ("mardi",),
        ("mercredi",),
        ("jeudi",),
        ("vendredi",),
        ("samedi",),
        ("dimanche",),
    ),
    "weekday_abbreviations": (
        ("lun",),
        ("mar",),
        ("mer",),
        ("jeu",),
        ("ven",),
        ("sam",),
        ("dim",),
    ),
    "ordinal_suffixes": (
        "er",
        "re",
        "e",
        "ème",
        "eme",
    ),
    "date_articles": ("le",),
    "date_connectors": (),
    "year_suffixes": (),
    # What a page calls itself: a line equal to one of these is its kind label.
    "kinds": (
        "Communiqué de presse",
        "Communiqué conjoint",
        "Communiqué",
        "Déclaration",
        "Discours",
        "Avis aux médias",
    ),
    # Metadata labels (``Label: value``), by the field they fill.
    "date_labels": (
        "Date",
        "Date de publication",
        "Publié le",
    ),
    "place_labels": ("Lieu",),
    "source_labels": (
        "Source",
        "Auteur",
    ),
    "topic_labels": (
        "Thèmes",
        "Sujets",
    ),
    "type_labels": (
        "Type de contenu",
        "Type",
    ),
    "contact_labels": (),
    # Words before a date that make it a stamp of a change, not of the release.
    "stamp_words": (
        "mis à jour",
        "modifié",
    ),
    # Headings of the sections that close a release after its body.
    "about_headings": (
        "à propos de",
        "à propos du",
        "à propos d'",
        "a propos de",
        "a propos du",
        "a propos d'",
    ),
    "disclaimer_headings": (
        "déclarations prospectives",
        "avertissement",
    ),
    "contact_headings": (
        "contact",
        "contacts",
        "contact presse",
        "contacts presse",
        "service de presse",
        "service de communication",
        "bureau de presse",
        "bureau de communication",
        "bureau de la presse",
        "bureau de la communication",
        "renseignements",
        "adresse pour l'envoi de questions",
    ),
    "enquiry_headings": (),
    "contact_heading_ends": ("contacter",),
    "notes_headings": (),
    "tag_headings": (
        "mots-clés",
        "mots clés",
        "thèmes",
    ),
    "related_headings": ("à lire aussi",),
    "end_words": ("fin",),
    "board_sign_offs": (
        "au nom du conseil d'administration",
        "pour le compte du conseil d'administration",
        "pour le conseil d'administration",
    ),
    # People, offices and bodies of a letterhead.
    "person_styles": (),
    "post_nominals": (),
    "office_heads": ("Ministre",),
    "office_prefixes": (),
    "house_offices": (),
    "body_heads": ("ministère",),
    # Small words of running text.
    "articles": (
        "le",
        "la",
        "les",
    ),
    "connectors": (
        "et",
        "ou",
        "pour",
        "de",
        "des",
        "du",
        "le",
        "la",
        "les",
    ),
    # Navigation.
    "nav_words": (
        "accueil",
        "recherche",
        "actualités",
        "communiqués",
        "plan",
    ),
    # Buttons and widgets: share, comment and menu buttons, one word a form.
    "interface_words": ("partager",),
    # Postal addresses.
    "street_types": (),
    # Pictures and authors.
    "credit_labels": ("Photo",),
    "byline_words": ("Par",),
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
    # A comment form's heading: "Laisser un commentaire" (infocomcgt.fr,
    # soundofscience.fr).
    "comment_calls": ("Laisser un commentaire",),
}
