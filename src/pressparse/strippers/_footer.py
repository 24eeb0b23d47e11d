"""
What follows the body: end marks, copyright lines, social and share links.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from .._lazy import LazyPattern
from .._page import Line, Page
from .._text import SENTENCE_END, has_digit, is_copyright, is_sentence, word_count
from ._menus import list_length

# End-of-release marks as newsrooms type them: ###, # # #, -30-, - ends -,
# ENDS, * * *. A whole line, nothing else on it.
_END_MARK: Final = regex.compile(
    r"(?:#\s?){3}|[-–—]\s?30\s?[-–—]|[-–—]*\s*(?:ends?|fin|ende)\s*[-–—]*\.?|(?:\*\s?){3,}|\*\s\*{3}\s\*",
    regex.IGNORECASE,
)
# Headings of the sections that close a release after its body, by kind:
# "About <organisation>", the disclaimer companies add, media contacts,
# notes to editors, tags and lists of other releases. A heading is a short
# line on its own (a label ending in a colon may carry its value).
_SECTION_PATTERNS: Final = (
    (
        "about",
        r"(?:about|über|ueber|à propos d[eu']|a propos d[eu']|acerca de|sobre|о компании|об? )"
        r"\s*+\S",
    ),
    (
        "disclaimer",
        r"(?:forward[- ]looking statements?|safe harbou?r|cautionary (?:note|statement)"
        r"|disclaimer|haftungsausschluss|zukunftsgerichtete aussagen"
        r"|déclarations prospectives|avertissement)\b",
    ),
    (
        "contact",
        r"(?:(?:media|press|news)\s++(?:contacts?|enquiries|inquiries)|contacts?"
        r"|for (?:more|further) information"
        # Dutch and Polish: "Voor meer informatie", "Kontakt dla mediów".
        r"|voor meer informatie|persvoorlichting|kontakt dla (?:mediów|prasy)"
        r"|pressekontakt|kontakt|contact presse|contacts? presse|contacto(?: de prensa)?"
        # The press office named as the heading of its contact lines.
        r"|press office|media relations|pressestelle|service de (?:presse|communication)"
        r"|bureau de (?:la )?(?:presse|communication)"
        r"|gabinete de (?:prensa|comunicación)|ufficio stampa"
        r"|assessoria de (?:imprensa|comunicação)"
        r"|renseignements|пресс-служба"
        # Where to send questions: "Address for enquiries", "Rückfragen:"
        # (the bare word only as the whole heading or a label).
        r"|address for (?:enquiries|inquiries|questions)"
        r"|adresse (?:pour l'envoi de questions|für rückfragen)"
        r"|indirizzo cui rivolgere domande"
        r"|(?:enquiries|inquiries|rückfragen|auskünfte)(?=[^\S\n]*+(?::|$))"
        r"|контакты(?: для прессы)?|для справок)\b",
    ),
    (
        "notes",
        r"(?:notes? (?:to|for) editors|editors'? notes?|hinweis für redaktionen"
        r"|noot voor (?:de )?redactie)\b",
    ),
    (
        "tags",
        r"(?:tags|tagged|keywords|schlagwörter|mots[- ]clés|etiquetas|теги"
        # Topic labels: after the body only, like tags (a link section).
        r"|(?:related )?topics?|themen|thèmes|temas?|temi|темы|onderwerpen|tematy)\s*+:",
    ),
    (
        "related",
        r"(?:related(?: news| releases| content| articles| stories)?|latest news|more news"
        r"|read more|see also|weitere meldungen|à lire aussi|noticias relacionadas"
        r"|читайте также)\b",
    ),
)
# The kinds' patterns as one, an alternative per kind in the order above:
# the first that matches names the kind (Match.lastgroup), as trying them
# in turn would, for one regex call instead of six.
_SECTION: Final = LazyPattern(
    "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _SECTION_PATTERNS), regex.IGNORECASE
)
_LINK_SECTIONS: Final = frozenset({"related", "tags", "source"})
# The line a newswire closes a company's release with: the word SOURCE in
# capitals, then the company's name ("SOURCE Harbor Analytics, Inc.",
# "SOURCE: Maple Grid Ltd.").
_WIRE_SOURCE: Final = regex.compile(r"SOURCE(?::[^\S\n]*+|[^\S\n]++)(?P<name>\p{Lu}.*+)")
#: A newswire's source line names its company in at most this many words.
MAX_WIRE_SOURCE_WORDS: Final = 10


def wire_source(text: str) -> str | None:
    """
    The company a newswire's closing source line names (``SOURCE Harbor
    Analytics, Inc.`` gives ``Harbor Analytics, Inc.``), or ``None``.
    """
    if not text.startswith("SOURCE") or word_count(text) > MAX_WIRE_SOURCE_WORDS + 1:
        return None
    m = _WIRE_SOURCE.fullmatch(text)
    return None if m is None else m.group("name").strip()


# A company signing its release off on its board's behalf, the line over the
# signatory's name and post ("On behalf of the Board of Directors", "For and
# on behalf of the Board", "Au nom du conseil d'administration"): the whole
# line, perhaps with a comma or colon after it.
_SIGN_OFF: Final = regex.compile(
    r"(?:(?:for and )?on behalf of (?:the )?board(?: of directors)?"
    r"|by order of the board(?: of directors)?"
    r"|(?:au nom|pour le compte) du conseil d'administration|pour le conseil d'administration"
    r"|im namen des (?:vorstands?|aufsichtsrats?)"
    r"|en nombre del consejo(?: de administración)?|per il consiglio di amministrazione"
    r"|pelo conselho de administração)[,:]?+",
    regex.IGNORECASE,
)
#: A sign-off line has at most this many characters.
MAX_SIGN_OFF_CHARS: Final = 48
# The sentence a newswire closes a release with, pointing to its own copy
# ("To view the source version of this press release, please visit ...",
# "View original content to download multimedia: ...").
_WIRE_CLOSING: Final = regex.compile(
    r"(?:to )?view (?:the )?(?:source version of this press release|original content)\b",
    regex.IGNORECASE,
)


# The letters `_SIGN_OFF` and `_WIRE_CLOSING` open with, in either case
# ("On behalf", "For and", "By order", "Au nom", "Pour", "Im Namen", "En
# nombre", "Per il", "Pelo", "To view", "View"): a cheap test before them.
_SIGN_OFF_OR_WIRE_FIRST: Final = frozenset("OoFfBbAaPpIiEeTtVv")


def _sign_off_or_wire(text: str) -> str | None:
    """
    ``"sign-off"`` for a company's line signing its release off on the
    board's behalf (`_SIGN_OFF`), ``"wire"`` for a newswire's closing line
    pointing to its copy of the release (`_WIRE_CLOSING`), else ``None``.
    """
    if len(text) <= MAX_SIGN_OFF_CHARS and _SIGN_OFF.fullmatch(text) is not None:
        return "sign-off"
    if "iew " in text[:9] and _WIRE_CLOSING.match(text) is not None:
        return "wire"
    return None


# A heading that ends on an abbreviation (a capitalised word of at most four
# letters and its full stop: "Inc.", "Ltd.", "Corp.", "S.A.") ends on no sentence.
_ABBREVIATED_END: Final = regex.compile(r"(?:^|\s)(?:\p{Lu}[\p{L}]{0,3}\.){1,3}$")
#: A section heading has at most this many words (a label line may be
#: longer with its value: "Media contact: Jane Doe, +41 22 000 00 00").
MAX_SECTION_HEADING_WORDS: Final = 6
#: A heading ending on the word for "contact" and a colon may have up to
#: this many words ...
MAX_CONTACT_HEADING_WORDS: Final = 12
#: ... the word, in the languages of the kind labels.
_CONTACT_HEADING_ENDS: Final = (
    "contact",
    "contacts",
    "contacter",
    "contactar con",
    "contacte con",
    "contattare",
    "kontaktieren sie",
    "обращайтесь",
)
#: Trailing lines this short that do not read as sentences are page chrome.
MAX_CHROME_WORDS: Final = 8
#: A closing line of at least this many words that ends with a full stop,
#: question or exclamation mark is a short sentence of the body, not chrome.
MIN_SHORT_SENTENCE_WORDS: Final = 3


def section_kind(text: str) -> str | None:
    """
    The kind of closing section *text* heads (``"about"``, ``"disclaimer"``,
    ``"contact"``, ``"notes"``, ``"tags"``, ``"related"``; a newswire's
    ``"source"`` line, a company's ``"sign-off"`` and a wire's closing
    ``"wire"`` line), or ``None``.
    """
    if text.startswith("SOURCE") and wire_source(text) is not None:
        return "source"
    if text[:1] in _SIGN_OFF_OR_WIRE_FIRST:
        closing = _sign_off_or_wire(text)
        if closing is not None:
            return closing
    if "|" in text and bar_topics(text) is not None:
        return "tags"
    head, colon, _ = text.partition(":")
    # word_count(head) > MAX_SECTION_HEADING_WORDS, inline: a head has
    # one word more than spaces.
    if head.count(" ") >= MAX_SECTION_HEADING_WORDS and not (
        # A longer heading that asks the reader to get in touch ("For more
        # information on this topic, please contact:").
        colon
        and head.count(" ") < MAX_CONTACT_HEADING_WORDS
        and head.casefold().endswith(_CONTACT_HEADING_ENDS)
    ):
        return None
    if not colon and text[-1:] in ".!?" and _ABBREVIATED_END.search(text) is None:
        # A sentence; a company's name may still end on its abbreviated
        # legal form ("About Harbor Analytics, Inc.").
        return None
    m = _SECTION.match(text)
    return None if m is None else m.lastgroup


def bar_topics(text: str) -> str | None:
    """
    The ``Topics: ...`` pair of a closing bar that sets a byline, a date
    and a topic label with its values between bars (``By Jane Roe | 12
    March 2024 | Topics: Health, Schools``): the pair when one piece is a
    topic or tag label with its values and every other piece is short
    (at most `MAX_SECTION_HEADING_WORDS` words) and no sentence or label
    pair; else ``None``.
    """
    pieces = [piece.strip() for piece in text.split("|")]
    if len(pieces) < 2 or not all(pieces):
        return None
    found: str | None = None
    for piece in pieces:
        match = _SECTION.match(piece) if ":" in piece else None
        if match is not None and match.lastgroup == "tags" and piece[match.end() :].strip():
            if found is not None:
                return None
            found = piece
        elif (
            ":" in piece
            or piece.count(" ") >= MAX_SECTION_HEADING_WORDS
            or piece[-1] in SENTENCE_END
        ):
            return None
    return found


# A share or follow link, however it ends ("Share on Facebook (opens in new
# tab)", "Follow us on LinkedIn."), in the languages of the kind labels.
_SHARE: Final = regex.compile(
    r"(?:share|follow us|teilen|folgen sie uns|partager|suivez-nous|compartir|síguenos"
    r"|condividi|seguici|compartilh\w*+|siga-nos|поделиться)\b",
    regex.IGNORECASE,
)


def _is_share_line(text: str) -> bool:
    """
    ``True`` for a short share or follow link: never running prose.
    """
    return word_count(text) <= MAX_CHROME_WORDS and _SHARE.match(text) is not None


def _is_body_prose(line: Line) -> bool:
    """
    ``True`` for an unmarked line of running prose (`is_prose`) that is no
    share link (`_is_share_line`) and not mostly link text (`Line.link_chars`):
    the test the footer runs on every line,
    with the words counted once.
    """
    if line.marker:
        return False
    text = line.text
    # is_prose() and _is_share_line() inline: the spaces of a normalised
    # text are its words less one.
    spaces = text.count(" ")
    if spaces < 19 and (spaces < 5 or text[-1] not in SENTENCE_END):
        return False
    if line.link_chars * 2 > len(text):
        # (A line mostly link text is a link, however long: a related
        # article's headline, not the body's prose.)
        return False
    if spaces < MAX_CHROME_WORDS and _SHARE.match(text) is not None:
        return False
    return not is_copyright(text)


#: A row of footer links has at least this many items ...
MIN_LINK_ROW_ITEMS: Final = 3
#: ... of at most this many words each.
MAX_LINK_ROW_ITEM_WORDS: Final = 4


def _is_link_row(text: str) -> bool:
    """
    ``True`` for a row of short links set between bars after the body
    (``Privacy Policy | Accessibility | Freedom of Information``): at least
    three items of a few words, none a sentence, no digits or addresses
    (a contact's name, phone and e-mail set so stay).
    """
    if " | " not in text or "@" in text or has_digit(text):
        return False
    items = text.split(" | ")
    return len(items) >= MIN_LINK_ROW_ITEMS and all(
        item.strip()
        and word_count(item) <= MAX_LINK_ROW_ITEM_WORDS
        and item.strip()[-1] not in SENTENCE_END
        and ":" not in item
        for item in items
    )


def _is_short_sentence(text: str) -> bool:
    """
    ``True`` for a short line that still reads as a sentence
    (``Tickets are sold on board.``), unlike chrome (``Back to top``).
    """
    return text[-1:] in ".!?" and word_count(text) >= MIN_SHORT_SENTENCE_WORDS


def strip_footer(page: Page, name: str) -> Page:
    """
    Return *page* without its end mark, footer and trailing chrome, the
    removed lines recorded under stripper *name* (`FooterStripper`).
    """
    lines = [line for line in page.lines if line.text or line.marker]
    if not lines:
        return page
    prose = list(map(_is_body_prose, lines))
    # An end mark counts only after some prose: look from the line after
    # the first prose line on.
    first_prose = prose.index(True) if True in prose else len(lines)
    for index in range(first_prose + 1, len(lines)):
        raw = lines[index].raw
        if len(raw) <= 24 and _END_MARK.fullmatch(raw.strip()):
            page = page.remove([lines[index].number], kind="end-mark", stripper=name)
            rest = [later.number for later in lines[index + 1 :]]
            page = page.remove(rest, kind="after-end", stripper=name)
            lines = lines[:index]
            break
    lines, prose, page = _sections(page, lines, prose, name)
    last_prose = -1
    for index in range(len(lines)):
        if prose[index]:
            last_prose = index
    if last_prose < 0:
        # No body: only copyright lines are surely chrome.
        rights = [line.number for line in lines if is_copyright(line.text)]
        return page.remove(rights, kind="footer", stripper=name)
    tail = last_prose + 1
    if lines[last_prose].text.endswith(":"):
        # The body closes with a list its last prose line introduces.
        tail += list_length(lines, tail)
    chrome = [
        line.number
        for line in lines[tail:]
        if is_copyright(line.text)
        or _is_share_line(line.text)
        or _is_link_row(line.text)
        or (
            word_count(line.text) <= MAX_CHROME_WORDS
            and not is_sentence(line.text)
            and not _is_short_sentence(line.text)
            and not line.text.endswith(":")
            and ": " not in line.text
        )
    ]
    last = lines[-1]
    if (
        chrome
        and last.number != chrome[-1]
        and len(lines) > 1
        and lines[-2].number == chrome[-1]
        and last.text.endswith("?")
        and word_count(last.text) <= MAX_CHROME_WORDS
    ):
        # A short question closing the page under its chrome, its answer
        # buttons not crawled ("Share this page", "Is this page useful?").
        chrome.append(last.number)
    if chrome and lines[-1].number == chrome[-1]:
        # A label over nothing but chrome ("Share this:" over its links),
        # or a short question under chrome over the chrome of its
        # answers ("Is this page useful?" over "Yes", "No").
        removed = set(chrome)
        for line in reversed(lines[tail:]):
            if line.number in removed:
                continue
            if word_count(line.text) > MAX_CHROME_WORDS or not (
                line.text.endswith(":")
                or (line.text.endswith("?") and line.number > lines[tail].number)
            ):
                break
            chrome.append(line.number)
            removed.add(line.number)
    return page.remove(chrome, kind="footer", stripper=name)


#: A closing section stacked over another has at most this many lines
#: under its heading.
MAX_STACKED_SECTION_LINES: Final = 3
#: The kinds of section that may stand over another above the middle of a
#: short page: not links and tags, which a body may hold.
_STACKING: Final = frozenset({"about", "disclaimer", "contact", "notes"})


def _stacked_sections(lines: Sequence[Line], cut: int, first_prose: int) -> int:
    """
    Where the closing sections start, given the first found below the
    middle of the page at *cut*: a short section (an ``About ...``
    heading and a paragraph or two, a disclaimer) right over it closes the
    release too, even above the middle of a short page. Sections stack, so
    the look goes on upwards; never above the line after the first prose
    line.
    """
    while True:
        for back in range(cut - 1, max(first_prose, cut - 1 - MAX_STACKED_SECTION_LINES), -1):
            line = lines[back]
            if not line.marker and section_kind(line.text) in _STACKING:
                cut = back
                break
        else:
            return cut


def _sections(
    page: Page, lines: list[Line], prose: list[bool], name: str
) -> tuple[list[Line], list[bool], Page]:
    """
    Remove the closing sections; return the lines and prose flags left.
    """
    start = len(lines) // 2
    first_prose = next((i for i, flag in enumerate(prose) if flag), len(lines))
    cut = -1
    for index in range(max(start, first_prose + 1), len(lines)):
        line = lines[index]
        kind = None if line.marker else section_kind(line.text)
        if kind is None:
            continue
        # Links and tags close a page with short lines only: running
        # prose after a "Related:" line means it was a link set inside
        # the body, and the body goes on.
        if kind in _LINK_SECTIONS and any(prose[index + 1 :]):
            continue
        cut = index
        break
    if cut < 0:
        return lines, prose, page
    cut = _stacked_sections(lines, cut, first_prose)
    kind = section_kind(lines[cut].text) or "section"
    block: list[int] = []
    for line in lines[cut:]:
        following = None if line.marker else section_kind(line.text)
        if following is not None and block:
            page = page.remove(block, kind=kind, stripper=name)
            block = []
            kind = following
        block.append(line.number)
    page = page.remove(block, kind=kind, stripper=name)
    return lines[:cut], prose[:cut], page
