"""
The headline's standfirst (a deck printed under the headline, no sentence,
right over the first paragraph) opens the body: the header reader no longer
sets it aside as a subtitle. Over a dateline it stays in the header.
"""

from __future__ import annotations

import pressparse

BODY = (
    "Erleichterung breitet sich aus: Der seit fast zwei Monaten verstummte "
    "Sender ist wieder aktiv, und die Daten zeigen einen gesunden Vogel."
)
DECK = "Seit November ausgefallener Sender wieder aktiv – Erfreuliche Flugdaten aus den Alpen"


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_deck_opens_the_body() -> None:
    release = pressparse.parse(_page("# Lebenszeichen nach Funkstille", f"## {DECK}", BODY))
    assert release.title == "Lebenszeichen nach Funkstille"
    assert release.paragraphs[:2] == (DECK, BODY)


def test_deck_over_a_dateline_stays_in_the_header() -> None:
    lead = "BERLIN, 5. März 2024 – " + BODY
    release = pressparse.parse(_page("# Lebenszeichen nach Funkstille", DECK, lead))
    assert release.dateline is not None
    assert release.dateline.place == "BERLIN"
    assert release.paragraphs[0] == BODY


def test_short_or_dated_line_under_headline_stays_in_the_header() -> None:
    byline = "Von Max Mustermann und Erika Musterfrau, 5. März 2024, zuletzt aktualisiert am Abend"
    for line in ("Ein kurzer Untertitel", byline):
        release = pressparse.parse(_page("# Lebenszeichen nach Funkstille", line, BODY))
        assert release.paragraphs[0] == BODY
        assert any(line in raw for block in release.boilerplate for raw in block.lines)


def test_deck_that_is_the_title_leaves_the_body() -> None:
    # The header reader's first title is a kicker (a section's name); the
    # line under it is the headline (a level-one heading), not a standfirst.
    headline = "Scientists use a telescope in Hawaii to spot water vapor on a distant moon"
    menu = ("[Home](https://example.org/)", "[News](https://example.org/news)")
    # (Two paragraphs, not one printed twice: neighbouring twins are chrome.)
    second = (
        "Die Forscher werten die Daten nun aus und rechnen mit ersten Ergebnissen im Frühjahr."
    )
    release = pressparse.parse(_page(*menu, "La interna oficial", f"# {headline}", BODY, second))
    assert release.title == headline
    assert release.paragraphs[0] == BODY


def test_a_quotation_over_the_first_paragraph_opens_the_body() -> None:
    for quote in (
        "„Außen knusprig, innen cremig“",
        "“Es ist nicht zu wenig Zeit, die wir haben.”1",
    ):
        page = _page("# Lebenszeichen nach Funkstille", "Ein kurzer Untertitel", quote, BODY)
        assert pressparse.parse(page).paragraphs[:2] == (quote, BODY)


def test_a_short_quote_or_a_quote_and_more_stays_in_the_header() -> None:
    for line in ("„Bravo“", "„Bravo“, sagt der Minister zum Bericht"):
        page = _page("# Lebenszeichen nach Funkstille", line, BODY)
        assert pressparse.parse(page).paragraphs[0] == BODY
