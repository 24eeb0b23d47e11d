"""
Words pages use for their own structure: kind labels and metadata labels.

Plain data, compared case-insensitively after `key` normalisation. These are
the words of page templates in general (many sites, many languages), never
the words of one page.
"""

from __future__ import annotations

import functools
from typing import Final

import regex

_KEY_STRIP: Final = regex.compile(r"[\p{P}\p{S}\s]+")


@functools.lru_cache(maxsize=4096)
def key(text: str) -> str:
    """
    Normalise a label for lookup: case-folded, punctuation and spaces
    collapsed to single spaces.
    """
    return _KEY_STRIP.sub(" ", text.casefold()).strip()


def _keys(*words: str) -> frozenset[str]:
    return frozenset(key(w) for w in words)


#: What a page calls itself. A line equal to one of these is its kind label.
KINDS: Final = _keys(
    "Press release",
    "Press releases",
    "News release",
    "Media release",
    "Joint press release",
    "Joint media release",
    "Joint statement",
    "Press statement",
    "Media statement",
    "Statement",
    "Media advisory",
    "Press advisory",
    "Media alert",
    "Note to correspondents",
    "Note to editors",
    "Press briefing",
    "Readout",
    "Fact sheet",
    "Communiqué",
    "Communique",
    "Press communiqué",
    "Final communiqué",
    "Announcement",
    "News item",
    "News story",
    "News article",
    # Document types of statistics offices and listed companies' investor
    # pages: the label over the headline as on a release.
    "Statistical bulletin",
    "Statistical release",
    "Ad hoc announcement",
    "Speech",
    "Feature story",
    "Interview",
    "Op-ed",
    # German, French, Spanish, Italian, Portuguese, Dutch
    "Pressemitteilung",
    "Presseinformation",
    "Pressemeldung",
    "Medienmitteilung",
    "Communiqué de presse",
    "Communiqué conjoint",
    "Déclaration",
    "Comunicado de prensa",
    "Nota de prensa",
    "Boletín de prensa",
    "Comunicado",
    "Declaración",
    "Comunicato stampa",
    "Nota stampa",
    "Comunicado de imprensa",
    "Nota à imprensa",
    "Persbericht",
    "Nieuwsbericht",
    "Rede",
    "Medienhinweis",
    "Discours",
    "Avis aux médias",
    "Discurso",
    "Aviso a los medios",
    # Russian, Polish, Turkish
    "Пресс-релиз",
    "Заявление",
    "Сообщение для прессы",
    "Новость",
    "Выступление",
    "Информация для СМИ",
    "Komunikat prasowy",
    "Informacja prasowa",
    "Basın bülteni",
    "Basın açıklaması",
)

#: No kind label is longer than this (a cheap test before the lookup).
MAX_KIND_CHARS: Final = max(map(len, KINDS)) + 4

#: Metadata labels that state the publication date.
DATE_LABELS: Final = _keys(
    "Date",
    "Dated",
    "Published",
    "Published on",
    "Publishing date",
    "Publication date",
    "Date published",
    "Date of publication",
    "Posted",
    "Posted on",
    "Release date",
    "Released",
    "Issued",
    "Issued on",
    "Datum",
    "Veröffentlicht",
    "Veröffentlicht am",
    "Erscheinungsdatum",
    "Date de publication",
    "Publié le",
    "Fecha",
    "Fecha de publicación",
    "Publicado",
    "Data",
    "Data di pubblicazione",
    "Data de publicação",
    "Дата",
    "Дата публикации",
    "Tarih",
)

#: Metadata labels that state where the release was issued.
PLACE_LABELS: Final = _keys(
    "Place", "Location", "Dateline", "City", "Ort", "Lieu", "Lugar", "Luogo", "Local", "Место"
)

#: Metadata labels that name the issuing office.
SOURCE_LABELS: Final = _keys(
    "Source",
    "From",
    "Issued by",
    "Released by",
    "News provided by",
    "Author",
    "Authors",
    "Publisher",
    "Office",
    "Organisation",
    "Organization",
    "Department",
    "Agency",
    "Ministry",
    "Where we are",
    "Quelle",
    "Herausgeber",
    "Fuente",
    "Fonte",
    "Auteur",
    "Источник",
    "Źródło",
    "Kaynak",
)

#: Metadata labels that list subject terms.
TOPIC_LABELS: Final = _keys(
    "Fields of work",
    "Field of work",
    "What we do",
    "Topics",
    "Topic",
    "Related topics",
    "Tags",
    "Tagged",
    "Keywords",
    "Subjects",
    "Subject",
    "Themes",
    "Theme",
    "Categories",
    "Category",
    "Issues",
    "Sectors",
    "Themen",
    "Schlagwörter",
    "Arbeitsbereiche",
    "Tätigkeitsbereiche",
    "Thèmes",
    "Sujets",
    "Domaines d'action",
    "Domaines d'activité",
    "Temas",
    "Tema",
    "Ámbitos de trabajo",
    "Áreas de trabajo",
    "Temi",
    "Onderwerpen",
    "Темы",
    "Тема",
    "Направления деятельности",
    "Направления работы",
    "Tematy",
    "Konular",
)

#: Metadata labels that state the kind of document.
KIND_LABELS: Final = _keys(
    "Content type", "Type", "Document type", "Release type", "Inhaltstyp", "Type de contenu"
)

#: Metadata labels that give whom reporters may call or write to.
CONTACT_LABELS: Final = _keys(
    "Contact", "Contacts", "Media contact", "Press contact", "Email", "E-mail", "Phone"
)

#: Every label pressparse knows: a one-line ``Label: value`` is metadata
#: only when its label is known or it stands in a block of labels.
KNOWN_LABELS: Final = (
    DATE_LABELS | PLACE_LABELS | SOURCE_LABELS | TOPIC_LABELS | KIND_LABELS | CONTACT_LABELS
)

#: Articles in the languages of the kind labels: an article opens no second
#: line of a headline alone, and is no part of a body's name ("Le Conseil
#: fédéral").
ARTICLES: Final = frozenset("the a an le la les el los il lo der die das".split())
