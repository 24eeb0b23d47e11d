"""
Pages shaped like the OSCE press releases but not built like the pages
already covered: the site's language versions, other kinds of page on the
same site, other header and body shapes, and the ways other crawls print
the same page (see ``tests/pages.py`` for the builder).

Menu items, labels, office and place names are facts about the site; every
sentence of headline and body text here is invented for these tests.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import sys

import attrs
import pytest

import pressparse
from pages import (
    BODY,
    COPYRIGHT,
    FOOTER_MENU,
    HEADLINE,
    LIST_INTRO,
    LIST_ITEMS,
    OSCE_MENU,
    Fixture,
    Menu,
    Metadata,
    Section,
    leaked,
    lost,
    observed,
)
from pressparse._text import split_lines
from test_menus import Example, page

# The OSCE's topic label in its language versions is the site's own word
# (no other publisher prints it), so the library's lexicons leave it out:
# these pages are read with the example plugin that adds a site's labels
# (docs/examples/site_labels.py, docs/how-to/site-labels.md).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "docs" / "examples"))
from site_labels import site_parser

#: The OSCE's "Fields of work" label in the languages of its sites.
OSCE_TOPIC_LABELS = {
    "Arbeitsbereiche": "topics",
    "Domaines d'action": "topics",
    "Ámbitos de trabajo": "topics",
    "Направления деятельности": "topics",
}
OSCE = site_parser(OSCE_TOPIC_LABELS)

TOPIC = ("Combating trafficking in human beings",)

# --- the site's language versions -------------------------------------------

RU_MENU = Menu(
    [
        Section("Наша работа", ()),
        Section(
            "Направления деятельности",
            (
                "Контроль над вооружениями",
                "Управление границами",
                "Борьба с торговлей людьми",
                "Предотвращение и урегулирование конфликтов",
                "Противодействие терроризму",
                "Демократизация",
                "Выборы",
                "Гендерное равенство",
                "Права человека",
                "Верховенство права",
                "Молодежь",
            ),
        ),
        Section("Страны", ("Все",)),
        Section("Государства-участники", ("Австрия", "Армения", "Казахстан", "Молдова")),
        Section("Полевые операции", ("Миссия в Скопье", "Программный офис в Бишкеке")),
        Section(None, ("Парламентская ассамблея", "Организационная структура", "О нас")),
    ]
)
RU_HEADLINE = "Региональные водные ведомства договорились обмениваться данными о состоянии рек"
RU_BODY = (
    "Представители двенадцати региональных водных ведомств договорились сегодня о единых "
    "правилах измерения качества рек, пересекающих государственные границы.",
    "Двухдневная встреча завершилась обязательством раз в квартал публиковать данные в едином "
    "формате.",
    "«Река не останавливается на пропускном пункте, и цифры, которые её защищают, тоже не "
    "должны там останавливаться», — сказал председатель рабочей группы.",
)
RU_METADATA = Metadata(
    labels=("Дата", "Место", "Источник"),
    place="ВЕНА",
    source="Секретариат ОБСЕ",
    topic_label="Направления деятельности",
    topics=("Борьба с торговлей людьми",),
)
RU_DATELINE = "ВЕНА, 17 сентября 2008 г. — "

DE_MENU = Menu(
    [
        Section("Unsere Arbeit", ()),
        Section(
            "Arbeitsbereiche",
            (
                "Rüstungskontrolle",
                "Grenzmanagement",
                "Bekämpfung des Menschenhandels",
                "Konfliktverhütung und -beilegung",
                "Demokratisierung",
                "Wahlen",
                "Menschenrechte",
                "Rechtsstaatlichkeit",
            ),
        ),
        Section("Länder", ("Alle",)),
        Section("Teilnehmerstaaten", ("Albanien", "Deutschland", "Österreich", "Schweiz")),
        Section(None, ("Parlamentarische Versammlung", "Über uns")),
    ]
)
DE_HEADLINE = "Regionale Wasserbehörden vereinbaren Austausch von Messdaten über Flüsse"
DE_BODY = (
    "Vertreter von zwölf regionalen Wasserbehörden haben sich heute auf gemeinsame Regeln für "
    "die Messung der Wasserqualität grenzüberschreitender Flüsse geeinigt.",
    "Das zweitägige Treffen endete mit der Zusage, die Messwerte jedes Quartal in einem "
    "gemeinsamen Format zu veröffentlichen.",
    "„Ein Fluss hält an keinem Grenzposten an, und die Zahlen, die ihn schützen, sollten es "
    "auch nicht tun“, sagte die Vorsitzende der Arbeitsgruppe.",
)
DE_METADATA = Metadata(
    labels=("Datum", "Ort", "Quelle"),
    place="WIEN",
    source="OSZE-Sekretariat",
    topic_label="Arbeitsbereiche",
    topics=("Bekämpfung des Menschenhandels",),
)
DE_DATELINE = "WIEN, 17. September 2008 – "

FR_MENU = Menu(
    [
        Section("Notre action", ()),
        Section(
            "Domaines d'action",
            (
                "Maîtrise des armements",
                "Gestion des frontières",
                "Lutte contre la traite des êtres humains",
                "Prévention et règlement des conflits",
                "Démocratisation",
                "Élections",
                "Droits de l'homme",
                "État de droit",
            ),
        ),
        Section("Pays", ("Tous",)),
        Section("États participants", ("Albanie", "Autriche", "France", "Suisse")),
        Section(None, ("Assemblée parlementaire", "Qui sommes-nous")),
    ]
)
FR_HEADLINE = "Les autorités régionales de l'eau vont partager leurs relevés sur les rivières"
FR_BODY = (
    "Les représentants de douze autorités régionales de l'eau se sont accordés aujourd'hui sur "
    "des règles communes pour mesurer la qualité des rivières transfrontalières.",
    "La réunion de deux jours s'est conclue par l'engagement de publier les relevés chaque "
    "trimestre dans un format commun.",
    "« Une rivière ne s'arrête pas à un poste-frontière, et les chiffres qui la protègent ne "
    "devraient pas s'y arrêter non plus », a déclaré la présidente du groupe de travail.",
)
FR_METADATA = Metadata(
    labels=("Date", "Lieu", "Source"),
    colon=" :",
    place="VIENNE",
    source="Secrétariat de l'OSCE",
    topic_label="Domaines d'action",
    topics=("Lutte contre la traite des êtres humains",),
)
FR_DATELINE = "VIENNE, 17 septembre 2008 – "

ES_MENU = Menu(
    [
        Section("Nuestro trabajo", ()),
        Section(
            "Ámbitos de trabajo",
            (
                "Control de armamentos",
                "Gestión de fronteras",
                "Lucha contra la trata de personas",
                "Prevención y resolución de conflictos",
                "Democratización",
                "Elecciones",
                "Derechos humanos",
                "Estado de derecho",
            ),
        ),
        Section("Países", ("Todos",)),
        Section("Estados participantes", ("Albania", "Austria", "España", "Suiza")),
        Section(None, ("Asamblea Parlamentaria", "Quiénes somos")),
    ]
)
ES_HEADLINE = "Las autoridades regionales del agua compartirán sus mediciones de los ríos"
ES_BODY = (
    "Representantes de doce autoridades regionales del agua acordaron hoy normas comunes para "
    "medir la calidad de los ríos que cruzan fronteras nacionales.",
    "La reunión de dos días concluyó con el compromiso de publicar las mediciones cada "
    "trimestre en un formato común.",
    "«Un río no se detiene en un puesto fronterizo, y las cifras que lo protegen tampoco "
    "deberían hacerlo», dijo la presidenta del grupo de trabajo.",
)
ES_METADATA = Metadata(
    labels=("Fecha", "Lugar", "Fuente"),
    place="VIENA",
    source="Secretaría de la OSCE",
    topic_label="Ámbitos de trabajo",
    topics=("Lucha contra la trata de personas",),
)
ES_DATELINE = "VIENA, 17 de septiembre de 2008 – "


def _version(
    menu: Menu,
    kind: str,
    headline: str,
    metadata: Metadata,
    dateline: str,
    body: tuple[str, ...],
    *,
    date: dt.date = dt.date(2008, 9, 17),
) -> Example:
    """
    A language version of the standard page and the fields it must give.
    """
    return Example(
        Fixture(
            top=menu,
            kind=kind,
            headline=headline,
            metadata=metadata,
            dateline=dateline,
            body=body,
        ),
        title=headline,
        kind=kind,
        date=date,
        place=metadata.place,
        source=metadata.source,
        topics=metadata.topics,
        dateline=dateline,
        paragraphs=body,
    )


LANGUAGE_EXAMPLES = {
    "russian": _version(RU_MENU, "Пресс-релиз", RU_HEADLINE, RU_METADATA, RU_DATELINE, RU_BODY),
    "german": _version(
        DE_MENU, "Pressemitteilung", DE_HEADLINE, DE_METADATA, DE_DATELINE, DE_BODY
    ),
    "german-themen": _version(
        DE_MENU,
        "Pressemitteilung",
        DE_HEADLINE,
        attrs.evolve(DE_METADATA, topic_label="Themen"),
        DE_DATELINE,
        DE_BODY,
    ),
    "french": _version(
        FR_MENU, "Communiqué de presse", FR_HEADLINE, FR_METADATA, FR_DATELINE, FR_BODY
    ),
    "french-inline": _version(
        FR_MENU,
        "Communiqué de presse",
        FR_HEADLINE,
        attrs.evolve(FR_METADATA, date=None, inline=True),
        FR_DATELINE,
        FR_BODY,
    ),
    "spanish": _version(
        ES_MENU, "Comunicado de prensa", ES_HEADLINE, ES_METADATA, ES_DATELINE, ES_BODY
    ),
    # A date filled in the metadata block wins over the dateline's.
    "russian-dated": _version(
        RU_MENU,
        "Пресс-релиз",
        RU_HEADLINE,
        attrs.evolve(RU_METADATA, date="18 сентября 2008 г."),
        RU_DATELINE,
        RU_BODY,
        date=dt.date(2008, 9, 18),
    ),
    "german-labels-without-colons": _version(
        DE_MENU,
        "Pressemitteilung",
        DE_HEADLINE,
        attrs.evolve(DE_METADATA, colon=""),
        DE_DATELINE,
        DE_BODY,
    ),
    "german-dated": _version(
        DE_MENU,
        "Pressemitteilung",
        DE_HEADLINE,
        attrs.evolve(DE_METADATA, date="18. September 2008"),
        DE_DATELINE,
        DE_BODY,
        date=dt.date(2008, 9, 18),
    ),
    "french-dated": _version(
        FR_MENU,
        "Communiqué de presse",
        FR_HEADLINE,
        attrs.evolve(FR_METADATA, date="18 septembre 2008"),
        FR_DATELINE,
        FR_BODY,
        date=dt.date(2008, 9, 18),
    ),
    "spanish-dated": _version(
        ES_MENU,
        "Comunicado de prensa",
        ES_HEADLINE,
        attrs.evolve(ES_METADATA, date="18 de septiembre de 2008"),
        ES_DATELINE,
        ES_BODY,
        date=dt.date(2008, 9, 18),
    ),
}

# --- other kinds and header shapes on the same site --------------------------

SPEECH_HEADLINE = "Opening address of the Secretary General to the river basin conference"
SPEECH_BODY = (
    "Excellencies, ladies and gentlemen,",
    "It is a pleasure to welcome you to the third conference on rivers shared by neighbours.",
    *BODY[1:],
)

#: A headline that names an office after "by", up to a body it addresses.
BYLINED_HEADLINE = "Address by the Secretary General to the Permanent Council"

#: Topics whose names hold ``and`` and a slash.
LONG_TOPICS = (
    "Conflict prevention and resolution",
    "Reform and co-operation in the security sector",
    "Cyber/ICT Security",
)

HEADER_EXAMPLES = {
    "news-item": Example(page(kind="News item"), kind="News item"),
    "statement": Example(page(kind="Statement"), kind="Statement"),
    "media-advisory": Example(page(kind="Media advisory"), kind="Media advisory"),
    "speech-with-salutation": Example(
        page(kind="Speech", headline=SPEECH_HEADLINE, dateline="", body=SPEECH_BODY),
        kind="Speech",
        title=SPEECH_HEADLINE,
        date=None,
        dateline=None,
        paragraphs=SPEECH_BODY,
    ),
    "speech-bylined-office": Example(
        page(kind="Speech", headline=BYLINED_HEADLINE),
        kind="Speech",
        title=BYLINED_HEADLINE,
    ),
    "speech-german": Example(page(kind="Rede"), kind="Rede"),
    "news-item-russian": Example(page(kind="Новость"), kind="Новость"),
    "advisory-spanish": Example(page(kind="Aviso a los medios"), kind="Aviso a los medios"),
    "two-places": Example(page(metadata=Metadata(place="VIENNA", places=("GENEVA",)))),
    "two-places-first": Example(
        page(
            metadata=Metadata(place="GENEVA", places=("VIENNA",)),
            dateline="PRAGUE, 17 September 2008 - ",
        ),
        dateline="PRAGUE, 17 September 2008 - ",
    ),
    "two-places-slash-dateline": Example(
        page(
            metadata=Metadata(place="SKOPJE", places=("VIENNA",), source="OSCE Mission to Skopje"),
            dateline="SKOPJE/VIENNA, 17 September 2008 - ",
        ),
        place="SKOPJE",
        source="OSCE Mission to Skopje",
        dateline="SKOPJE/VIENNA, 17 September 2008 - ",
    ),
    "no-place-block": Example(page(metadata=Metadata(place=None))),
    "field-office-source": Example(
        page(
            metadata=Metadata(place="SKOPJE", source="OSCE Mission to Skopje"),
            dateline="SKOPJE, 17 September 2008 - ",
        ),
        place="SKOPJE",
        source="OSCE Mission to Skopje",
        dateline="SKOPJE, 17 September 2008 - ",
    ),
    "long-topics-one-line": Example(
        page(metadata=Metadata(topics=[", ".join(LONG_TOPICS)])), topics=LONG_TOPICS
    ),
    "long-topics-stacked": Example(
        page(metadata=Metadata(topics=LONG_TOPICS)), topics=LONG_TOPICS
    ),
    "date-filled-wins": Example(
        page(metadata=Metadata(date="18 September 2008")), date=dt.date(2008, 9, 18)
    ),
    "no-date-label": Example(page(metadata=Metadata(date=None))),
    # The labels printed without their colons: the block's shape (label
    # words under the headline, values under them) still says metadata.
    "labels-without-colons": Example(page(metadata=Metadata(colon=""))),
    "labels-without-colons-dated": Example(
        page(metadata=Metadata(colon="", date="18 September 2008")), date=dt.date(2008, 9, 18)
    ),
    "labels-without-colons-bullets": Example(page(metadata=Metadata(colon="", marker="•"))),
    "labels-without-colons-long-topics": Example(
        page(metadata=Metadata(colon="", topics=LONG_TOPICS)), topics=LONG_TOPICS
    ),
    "labels-without-colons-no-kind": Example(
        page(kind=None, metadata=Metadata(colon="")), kind=None
    ),
    "undated": Example(page(dateline=""), date=None, dateline=None),
}

# --- body shapes ---------------------------------------------------------------

SUBHEAD_BODY = (BODY[0], BODY[1], "Next steps", *BODY[2:])
LIST_BODY = (BODY[0], LIST_INTRO, *(f"- {item}" for item in LIST_ITEMS), *BODY[1:])
RELATED = (
    "Related",
    "- Water governance in Central Asia",
    "- River basin councils meet in Almaty",
    "- Annual report on environmental activities",
)

BODY_EXAMPLES = {
    "subheads": Example(page(body=SUBHEAD_BODY), paragraphs=SUBHEAD_BODY),
    "list": Example(page(body=LIST_BODY), paragraphs=LIST_BODY),
    "related-list": Example(page(closing=RELATED)),
    "related-list-then-footer": Example(
        page(body=LIST_BODY, closing=RELATED, footer=FOOTER_MENU, copyright=COPYRIGHT),
        paragraphs=LIST_BODY,
    ),
}

# --- how other crawls print the page ---------------------------------------------

COOKIE_NOTICE = (
    "This website uses cookies to give you the best experience. By continuing to browse the "
    "site you agree to our use of cookies.",
    "Accept",
    "Decline",
)
COOKIE_NOTICE_TWO_LINES = (
    "We use cookies on this site to improve your experience",
    "By clicking any link on this page you are giving your consent for us to set cookies.",
    "OK, I agree",
    "More information",
)
LANGUAGE_SWITCH = "English Русский Français Deutsch"


def _glued(text: str) -> str:
    """
    Each ``- item`` of the top menu printed as a marker line and the item
    on the next line.
    """
    head, sep, rest = text.partition("\nPress release\n")
    return head.replace("\n- ", "\n- \n") + sep + rest


def _markers_glued(text: str) -> str:
    """
    Every bullet marker of the menus and the metadata block printed against
    its text (``-GENEVA``, ``•Human rights``).
    """
    return text.replace("\n- ", "\n-").replace("\n• ", "\n•")


def _tabs(text: str) -> str:
    """
    Menu and metadata lines indented with a tab.
    """
    return text.replace("\n-", "\n\t-")


CRAWL_EXAMPLES = {
    "star-menu-indented": Example(page(top=attrs.evolve(OSCE_MENU, marker="*", indent=4))),
    "bullet-menu-and-metadata": Example(
        page(top=attrs.evolve(OSCE_MENU, marker="•", indent=2), metadata=Metadata(marker="•"))
    ),
    "glued-markers": Example(transform=_glued),
    "breadcrumb": Example(page(crumb="Home > Newsroom > Press releases")),
    "breadcrumb-to-headline": Example(
        page(crumb=f"Home > Newsroom > Press releases > {HEADLINE}")
    ),
    "breadcrumb-slashes": Example(page(crumb="Home / Newsroom / Press releases")),
    "language-switch": Example(page(preamble=(LANGUAGE_SWITCH,))),
    "language-switch-bars": Example(page(preamble=("English | Русский | Français | Deutsch",))),
    "skip-link": Example(page(preamble=("Skip to main content",))),
    "cookie-notice": Example(page(preamble=COOKIE_NOTICE)),
    "cookie-notice-two-lines": Example(page(preamble=COOKIE_NOTICE_TWO_LINES)),
    "skip-link-cookie-notice-switch-crumb": Example(
        page(
            preamble=("Skip to main content", *COOKIE_NOTICE, LANGUAGE_SWITCH),
            crumb="Home > Newsroom > Press releases",
        )
    ),
    "crlf-trailing-spaces": Example(
        page(footer=FOOTER_MENU, copyright=COPYRIGHT),
        transform=lambda text: text.replace("\n", "  \r\n"),
    ),
    "tabs": Example(transform=_tabs),
    "hyphens-glued-to-text": Example(
        page(footer=FOOTER_MENU, copyright=COPYRIGHT), transform=_markers_glued
    ),
    "bullets-glued-to-text": Example(
        page(top=attrs.evolve(OSCE_MENU, marker="•"), metadata=Metadata(marker="•")),
        transform=_markers_glued,
    ),
    "hyphens-glued-to-text-list-in-body": Example(
        page(body=LIST_BODY), paragraphs=LIST_BODY, transform=_markers_glued
    ),
    "double-blank-lines": Example(transform=lambda text: text.replace("\n", "\n\n\n")),
}


def _ids(*tables: dict[str, Example]) -> list[object]:
    return [pytest.param(example, id=name) for table in tables for name, example in table.items()]


ALL = (LANGUAGE_EXAMPLES, HEADER_EXAMPLES, BODY_EXAMPLES, CRAWL_EXAMPLES)


class TestVariants:
    @pytest.mark.parametrize("example", _ids(*ALL))
    def test_fields(self, example: Example) -> None:
        """
        Every field comes back exactly: title, kind, date, place, source,
        topics, the dateline and the paragraphs (the first one included).
        """
        assert example.expected() == observed(OSCE.parse(example.text()))

    @pytest.mark.parametrize("example", _ids(*ALL))
    def test_no_menu_line_leaks(self, example: Example) -> None:
        """
        No menu or chrome line, with or without its marker, is a paragraph.
        """
        release = OSCE.parse(example.text())

        assert [] == leaked(release, example.fixture.boilerplate_lines())

    @pytest.mark.parametrize(
        "example",
        _ids(
            *(
                {name: ex for name, ex in table.items() if ex.transform is Example().transform}
                for table in ALL
            )
        ),
    )
    def test_nothing_lost(self, example: Example) -> None:
        """
        Every removed menu, notice, breadcrumb and related line is kept on
        the boilerplate.
        """
        release = OSCE.parse(example.text())

        assert [] == lost(release, example.fixture.boilerplate_lines())


class TestConsentNotice:
    def test_recorded_as_notice(self) -> None:
        """
        A cookie notice above the menu is one ``notice`` record of the
        menus stripper, buttons included.
        """
        release = pressparse.parse(page(preamble=COOKIE_NOTICE).text())

        assert [("notice", "menus", COOKIE_NOTICE)] == [
            (b.kind, b.stripper, b.lines) for b in release.boilerplate if b.kind == "notice"
        ]

    @pytest.mark.parametrize(
        "lines",
        [
            pytest.param(
                (
                    "Regulator fines retailers over cookie banners that hide the refuse button",
                    "The regulator fined four online shops today for cookie banners that made "
                    "refusing harder than accepting.",
                    "- Facebook",
                    "- X",
                    "- YouTube",
                ),
                id="headline-and-lead-then-footer",
            ),
            pytest.param(
                (
                    "The regulator fined four online shops today for cookie banners that made "
                    "refusing harder than accepting.",
                    "The shops have three months to change their banners, the regulator said.",
                ),
                id="lead-then-prose",
            ),
        ],
    )
    def test_release_about_cookies_kept(self, lines: tuple[str, ...]) -> None:
        """
        A headline or lead that speaks of cookies is no notice: nothing
        but a footer follows it, or more prose.
        """
        release = pressparse.parse("\n".join(lines))

        assert [] == [b for b in release.boilerplate if b.kind == "notice"]


class TestLabelWordMenus:
    """
    A menu right under the headline whose items happen to be metadata label
    words stays a menu: none of its items becomes metadata.
    """

    @pytest.mark.parametrize(
        "lines",
        [
            pytest.param(
                ("- Topics", "- Events", "- Contact", "- Subscribe"), id="tabs-navigation-words"
            ),
            pytest.param(("- Email", "- Print", "- Share"), id="share-bar-one-label"),
            pytest.param(("- Category", "- Type", "- Date"), id="labels-without-values"),
            pytest.param(
                ("- Date", "- Newest first", "- Topic", "- All"), id="sort-bar-date-no-digit"
            ),
            pytest.param(("-", "Topics", "- Migration", "- Source", "- Archive"), id="heading"),
        ],
    )
    def test_menu_kept_out_of_metadata(self, lines: tuple[str, ...]) -> None:
        """
        The run is removed as a menu and kept on the boilerplate; the
        release has no metadata.
        """
        fixture = page(metadata=None)
        text = fixture.text().replace(
            f"\n{HEADLINE}\n", f"\n{HEADLINE}\n" + "\n".join(lines) + "\n"
        )
        release = pressparse.parse(text)

        assert () == release.metadata
        assert (HEADLINE, None, (), BODY) == (
            release.title,
            release.source,
            release.topics,
            release.paragraphs,
        )
        assert [] == lost(release, lines)


class TestGluedMarkers:
    """
    A bullet marker printed against its text is split off as for ``- text``
    when the line's shape says it is a marker.
    """

    @pytest.mark.parametrize(
        ("printed", "expected"),
        [
            pytest.param(
                ("Place:", "- GENEVA", "-VIENNA", "-Source:"),
                [("", "Place:"), ("-", "GENEVA"), ("-", "VIENNA"), ("-", "Source:")],
                id="hyphen-in-a-run",
            ),
            pytest.param(
                ("-Home", "-About us", "", "-Contact"),
                [("-", "Home"), ("-", "About us"), ("", ""), ("-", "Contact")],
                id="run-of-glued-hyphens-with-a-blank",
            ),
            pytest.param(
                ("•Human rights",), [("•", "Human rights")], id="bullet-before-a-capital"
            ),
            pytest.param(
                ("  ▪“Open borders”",), [("▪", "“Open borders”")], id="indented-square-quote"
            ),
            pytest.param(
                ("Intro", "•rivers", "•lakes"),
                [("", "Intro"), ("•", "rivers"), ("•", "lakes")],
                id="bullets-before-lower-case-in-a-run",
            ),
            pytest.param(
                ("The evidence", "-based approach"),
                [("", "The evidence"), ("", "-based approach")],
                id="lone-broken-word",
            ),
            pytest.param(
                (
                    "• Themen",
                    "  ○ Klima",
                    "    □ Wasser",
                    "      ■ Meere",
                    "        ☆ Watt",
                    "◎ Alpen",
                    "★ Moore",
                ),
                [
                    ("•", "Themen"),
                    ("○", "Klima"),
                    ("□", "Wasser"),
                    ("■", "Meere"),
                    ("☆", "Watt"),
                    ("◎", "Alpen"),
                    ("★", "Moore"),
                ],
                id="a-text-browsers-nested-levels",
            ),
            pytest.param(("-30-",), [("", "-30-")], id="end-mark"),
            pytest.param(
                ("- one", "-5 degrees at night"),
                [("-", "one"), ("", "-5 degrees at night")],
                id="negative-number-after-an-item",
            ),
            pytest.param(("--", "-- ends --"), [("", "--"), ("", "-- ends --")], id="separators"),
            pytest.param(("*Terms apply.",), [("", "*Terms apply.")], id="lone-footnote"),
            pytest.param(
                ("a", "·discussion on", "b"),
                [("", "a"), ("", "·discussion on"), ("", "b")],
                id="lone-speck-before-lower-case",
            ),
        ],
    )
    def test_split_lines(self, printed: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
        """
        `split_lines` gives each line's marker and text.
        """
        lines = split_lines("\n".join(printed)).lines

        assert expected == [(line.marker, line.text) for line in lines]
