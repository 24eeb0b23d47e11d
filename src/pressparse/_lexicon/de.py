"""
German words of press-release pages (Germany, Austria, Switzerland).
"""

from __future__ import annotations

from ._types import Language

DATA: Language = {
    "code": "de",
    # Concepts with no entry: the language has no such words, or no page
    # pressparse has read prints any yet (see docs/how-to/add-a-language.md).
    "unattested": (
        "staff_posts",
        "ordinal_suffixes",
        "date_connectors",
        "year_suffixes",
        "contact_labels",
        "person_styles",
        "post_nominals",
        "office_prefixes",
        "house_offices",
        "street_types",
        "mention_roles",
        "former_words",
        "object_prepositions",
    ),
    # Dates: twelve tuples of months (January first) and seven of weekdays (Monday first).
    # (An umlaut is spelt out with an "e" where a site's text has none:
    # "Maerz", "Jaenner".)
    "months": (
        (
            "Januar",
            "Jänner",
            "Jaenner",
        ),
        (
            "Februar",
            "Feber",
        ),
        (
            "März",
            "Maerz",
        ),
        ("April",),
        ("Mai",),
        ("Juni",),
        ("Juli",),
        ("August",),
        ("September",),
        ("Oktober",),
        ("November",),
        ("Dezember",),
    ),
    "month_abbreviations": (
        (
            "Jan",
            "Jän",
        ),
        (
            "Feb",
            "Febr",
        ),
        (
            "Mär",
            "Mrz",
        ),
        ("Apr",),
        (),
        ("Jun",),
        ("Jul",),
        ("Aug",),
        (
            "Sep",
            "Sept",
        ),
        ("Okt",),
        ("Nov",),
        ("Dez",),
    ),
    "weekdays": (
        ("Montag",),
        ("Dienstag",),
        ("Mittwoch",),
        ("Donnerstag",),
        ("Freitag",),
        (
            "Samstag",
            "Sonnabend",
        ),
        ("Sonntag",),
    ),
    "weekday_abbreviations": (
        ("Mo",),
        ("Di",),
        ("Mi",),
        ("Do",),
        ("Fr",),
        ("Sa",),
        ("So",),
    ),
    "ordinal_suffixes": (),
    "date_articles": (
        "den",
        "am",
        "vom",
    ),
    "date_connectors": (),
    "year_suffixes": (),
    # What a page calls itself: a line equal to one of these is its kind label.
    "kinds": (
        "Pressemitteilung",
        "Presseinformation",
        "Pressemeldung",
        "Medienmitteilung",
        "Rede",
        "Medienhinweis",
    ),
    # Metadata labels (``Label: value``), by the field they fill.
    "date_labels": (
        "Datum",
        "Veröffentlicht",
        "Veröffentlicht am",
        "Erscheinungsdatum",
    ),
    "place_labels": ("Ort",),
    "source_labels": (
        "Quelle",
        "Herausgeber",
    ),
    "topic_labels": (
        "Themen",
        "Schlagwörter",
    ),
    "type_labels": ("Inhaltstyp",),
    "contact_labels": (),
    # Words before a date that make it a stamp of a change, not of the release.
    "stamp_words": (
        "Stand",
        "aktualisiert",
        "geändert",
    ),
    # Headings of the sections that close a release after its body.
    "about_headings": (
        "über",
        "ueber",
    ),
    "disclaimer_headings": (
        "Haftungsausschluss",
        "zukunftsgerichtete Aussagen",
    ),
    "contact_headings": (
        "Pressekontakt",
        "Kontakt",
        "Pressestelle",
        "Adresse für Rückfragen",
    ),
    "enquiry_headings": (
        "Rückfragen",
        "Auskünfte",
    ),
    "contact_heading_ends": ("kontaktieren Sie",),
    "notes_headings": ("Hinweis für Redaktionen",),
    "tag_headings": (
        "Schlagwörter",
        "Themen",
    ),
    "related_headings": (
        "weitere Meldungen",
        "Weitere Informationen",
        "Ähnliche Beiträge",
        "Ähnliche Artikel",
        "Verwandte Artikel",
        "Weitere Artikel",
        "Auch interessant",
        "Mehr zum Thema",
        "Lesen Sie auch",
        "Das könnte Sie auch interessieren",
        "Das könnte Dich auch interessieren",
    ),
    "end_words": ("Ende",),
    "board_sign_offs": (
        "im Namen des Vorstand",
        "im Namen des Vorstands",
        "im Namen des Aufsichtsrat",
        "im Namen des Aufsichtsrats",
    ),
    # People, offices and bodies of a letterhead.
    "person_styles": (),
    "post_nominals": (),
    "office_heads": (
        "Bundesminister",
        "Bundesministerin",
    ),
    "office_prefixes": (),
    "house_offices": (),
    "body_heads": ("Ministerium",),
    # Small words of running text.
    "articles": (
        "der",
        "die",
        "das",
    ),
    "connectors": (
        "und",
        "oder",
        "für",
        "von",
        "mit",
        "zu",
        "im",
    ),
    # Navigation.
    "nav_words": (
        "startseite",
        "kontakt",
        "impressum",
        "datenschutz",
        "suche",
        "aktuelles",
        "presse",
    ),
    # Buttons and widgets: share, comment and menu buttons, one word a form.
    "interface_words": (
        "teilen",
        "schließen",
        "drucken",
        "kommentar",
        "kommentare",
        "hinterlassen",
        "hinterlasse",
        "antworten",
        "abbrechen",
        "schreibe",
        "anzeigen",
        "zurück",
        "übersicht",
        "beitrag",
        "artikel",
        "menü",
        "suchen",
    ),
    # Postal addresses.
    "street_types": (),
    # Pictures and authors.
    "credit_labels": ("Foto", "Fotos", "Bild", "Bildquelle", "Symbolbild", "Quelle"),
    "byline_words": ("Von",),
    # Lines between or under an article that are never its text.
    "ad_labels": ("Anzeige", "Werbung"),
    "back_links": ("Zurück zur Übersicht", "Zurück zur Startseite"),
    "click_calls": ("hier klicken", "klicken Sie hier"),
    # The verb a shop's or a sign-up's button ends with: "Ausgabe kaufen"
    # (brandeins.de), "Buch bestellen" (digitalcourage.de), "Jetzt
    # bestellen" (abenteuer-astronomie.de), "HIER KOSTENLOS ANMELDEN"
    # (changenow.de).
    "action_calls": ("kaufen", "bestellen", "anmelden", "abonnieren"),
    # What a site earns on its links: chip.de, mixed.de.
    "affiliate_words": ("Provision", "Provisionen", "Partnerlink", "Partnerlinks"),
    "mention_roles": (),
    "former_words": (),
    "object_prepositions": (),
    # A blog's comment template: "Jane Roe sagt:" (frau-sabienes.de,
    # frolleinherr.com, gnadlib.wordpress.com, uebermedien.de).
    "comment_verbs": ("sagt",),
    # A share button's label: "Teilen" (scienceblogs.de, a Swiss news site
    # 0b96fc66), "Artikel teilen" (helmholtz-klima.de).
    "share_calls": ("Teilen", "Artikel teilen"),
    "staff_posts": (),
    # A comment thread's heading: "11 Antworten zu “...”" (frolleinherr.com),
    # "4 Gedanken zu „...“" (frau-sabienes.de), "0 Kommentare zu “...”"
    # (piratenpartei.de), "5 Kommentare on “...”" (gnadlib.wordpress.com):
    # the blog software's German strings.
    "thread_headings": ("Antworten zu", "Gedanken zu", "Kommentare zu", "Kommentare on"),
    # Beside "Cookies", a cookie notice's (zoo-berlin.de, sprechwaisen.com,
    # journalistenwatch.com, enwb.com, lbv.de, kirche-und-leben.de,
    # sheego.de, bayrische-bembel.de).
    "cookie_words": (
        "Website",
        "Webseite",
        "Internetseite",
        "Homepage",
        "Browser",
        "Browsing",
        "Zustimmung",
        "Einstellungen",
        "Datenschutz",
    ),
    # A figure's caption: "Abbildung 4: ..." (slf.ch, gipfelbuch.ch,
    # baechli-bergsport.ch).
    "figure_labels": ("Abbildung", "Abb."),
    # A comment form's heading: "Schreibe einen Kommentar Antworten
    # abbrechen" (piratenpartei.de, journalistenwatch.com, strafprozess.ch,
    # frau-sabienes.de, tafelblog.de and more), "Schreiben Sie einen
    # Kommentar" (a German blog 0afd671f, management-circle.de),
    # "Kommentar verfassen" (bunterepublik.wordpress.com,
    # zahlenzauberin.wordpress.com, arsnova.thm.de).
    "comment_calls": (
        "Schreibe einen Kommentar",
        "Schreiben Sie einen Kommentar",
        "Kommentar verfassen",
    ),
}
