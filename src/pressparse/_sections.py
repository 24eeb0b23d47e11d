"""
Closing sections and label lines: shapes that strippers and the field
stage both read.

A release closes with sections under headings (``About ...``, ``Media
contact``, ``Notes to editors``, ``Tags:``, ``Related news``), a newswire's
``SOURCE`` line, a company's sign-off on its board's behalf; its header
holds ``Label:`` lines, and a picture's credit or a byline stands among
its lines (``Foto: Jane Roe``, ``By Jane Roe``). The footer stripper takes closing sections off the
page by these shapes, and the field stage reads the topics and issuers they
name by the same shapes; the menu stripper and the header reader tell a
metadata block from a menu by them; the blocks stripper drops a credit
between paragraphs, and the title rules never take a credit or a byline
for a headline. They sit below both, so that neither
reads the other's internals.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from . import _lexicon, _vocab
from ._lazy import LazyPattern
from ._models import MetaField
from ._page import Line
from ._text import SENTENCE_END, has_digit, is_sentence, word_count

# Headings of the sections that close a release after its body, by kind
# (the words are in the language lexicons):
# "About <organisation>", the disclaimer companies add, media contacts,
# notes to editors, tags and lists of other releases. A heading is a short
# line on its own (a label ending in a colon may carry its value).
_SECTION_PATTERNS: Final = (
    # "About" and the organisation's name ("About Acme", "À propos d'Acme";
    # a Russian preposition only before a space: "О компании", "Об ...").
    ("about", rf"(?:{_lexicon.pattern('about_headings')})(?:(?<!\p{{Cyrillic}})\s*+|\s++)\S"),
    ("disclaimer", rf"(?:{_lexicon.pattern('disclaimer_headings')})\b"),
    (
        "contact",
        rf"(?:{_lexicon.pattern('contact_headings')}"
        # Where to send questions: the bare word only as the whole heading
        # or a label ("Enquiries:", "Rückfragen").
        rf"|(?:{_lexicon.pattern('enquiry_headings')})(?=[^\S\n]*+(?::|$)))\b",
    ),
    ("notes", rf"(?:{_lexicon.pattern('notes_headings')})\b"),
    # Topic labels: after the body only, like tags (a link section).
    ("tags", rf"(?:{_lexicon.pattern('tag_headings')})\s*+:"),
    ("related", rf"(?:{_lexicon.pattern('related_headings')})\b"),
)
# The kinds' patterns as one, an alternative per kind in the order above:
# the first that matches names the kind (Match.lastgroup), as trying them
# in turn would, for one regex call instead of six.
_SECTION: Final = LazyPattern(
    "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _SECTION_PATTERNS), regex.IGNORECASE
)
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
    rf"(?:{_lexicon.pattern('board_sign_offs', space=' ')})[,:]?+", regex.IGNORECASE
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
_SIGN_OFF_OR_WIRE_FIRST: Final = frozenset(
    letter
    for opening in (*_lexicon.forms("board_sign_offs"), "to view", "view")
    for letter in (opening[0].lower(), opening[0].upper())
)


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
_CONTACT_HEADING_ENDS: Final = tuple(
    form.casefold() for form in _lexicon.forms("contact_heading_ends")
)


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


#: The label of an inline ``- Label: value`` metadata item has at most this
#: many words.
MAX_INLINE_LABEL_WORDS: Final = 4


#: General words of site navigation (``Home``, ``About``, ``Contact``,
#: ``Media Releases``, ``Site map``), in the languages of the kind labels:
#: the vocabulary of web menus, not of any one site. Sections are named in
#: the plural (``Speeches``); the singular is a kind label (``Speech``).
NAV_WORDS: Final = _lexicon.words("nav_words")


#: Lower-case words a menu item may hold (``Contact the Minister``,
#: ``About us``).
_MENU_CONNECTORS: Final = frozenset("the of and & us a to in for our".split())


def is_label(text: str) -> bool:
    """
    ``True`` for a metadata label such as ``Date:`` or ``Fields of work:``.
    """
    # word_count() inline: a text of two characters or more has one word
    # more than spaces.
    return text.endswith(":") and len(text) > 1 and text.count(" ") < 5


#: The label sets of a metadata block, one per field: a block printed
#: without colons names each field once.
_LABEL_FIELDS: Final = (
    _vocab.DATE_LABELS,
    _vocab.PLACE_LABELS,
    _vocab.SOURCE_LABELS,
    _vocab.TOPIC_LABELS,
    _vocab.KIND_LABELS,
    _vocab.CONTACT_LABELS,
)


#: A value under a label of a block without colons has at most this many words.
MAX_BARE_VALUE_WORDS: Final = 16


def _label_field(text: str) -> int:
    """
    The index in `_LABEL_FIELDS` of the field whose label *text* is (a
    short line, no colon), or ``-1``.
    """
    if len(text) > 40 or word_count(text) > MAX_INLINE_LABEL_WORDS:
        return -1
    label = _vocab.key(text)
    for index, labels in enumerate(_LABEL_FIELDS):
        if label in labels:
            return index
    return -1


def is_bare_label_block(run: Sequence[Line]) -> bool:
    """
    Whether the bulleted lines *run*, printed right under a headline, are a
    metadata block whose labels have lost their colons (``- Date``,
    ``- Place``, ``- GENEVA``, ``- Source``, ``- OSCE Secretariat``).

    Its shape: every line marked and with text (a bare marker heads a menu
    section); the first line a known label (`_vocab.KNOWN_LABELS`); labels
    of at least two different fields, none twice; the last line a value,
    and every value short and no sentence. A menu whose items happen to be
    label words (``- Topics``, ``- Events``, ``- Contact``, ``- Subscribe``)
    fails on its other items: a value that is only words of site
    navigation (`NAV_WORDS`), or a date label's value without a digit,
    makes the run a menu.
    """
    if len(run) < 3 or not run[0].text or _label_field(run[0].text) < 0:
        return False  # (cheap: most runs do not open with a label word)
    fields: set[int] = set()
    field = -1
    values = 0
    for line in run:
        text = line.text
        if not text or not line.marker or text.endswith(":"):
            return False
        found = _label_field(text)
        if found >= 0:
            if found in fields:
                return False
            fields.add(found)
            field = found
            values = 0
            continue
        if (
            word_count(text) > MAX_BARE_VALUE_WORDS
            or is_sentence(text)
            or (field == 0 and not has_digit(text))
            or all(nav_word(word) or word in _MENU_CONNECTORS for word in text.split(" "))
        ):
            return False
        values += 1
    return len(fields) >= 2 and values > 0


def nav_word(word: str) -> bool:
    """
    ``True`` for a general word of site navigation (`NAV_WORDS`), in any
    case and with a possessive (``Minister's``) or brackets cut.
    """
    folded = word.casefold().strip("[]()\"'’")
    if folded.endswith(("'s", "’s")):
        folded = folded[:-2]
    return folded in NAV_WORDS


#: The label `closing_fields` gives the company of a newswire's ``SOURCE``
#: line, as the wire prints it.
WIRE_SOURCE_LABEL: Final = "SOURCE"
#: A publisher label printed alone on its line after the body has at most
#: this many words (``Herausgeber``, ``Issued by``).
MAX_CLOSING_LABEL_WORDS: Final = 3


def closing_fields(lines: Sequence[str]) -> tuple[MetaField, ...]:
    """
    The label/value pairs a closing topic section (``Tags:``, ``Related
    topics:``) prints for the field stage (`Boilerplate.fields`): the topic
    pair its first line opens with (``Tags: Astronomy, Engineering``, or a
    closing bar's ``Topics:`` piece), then its `source_fields`. The built-in
    strippers pass it to `Page.remove` as ``read`` for such sections.
    """
    out: list[MetaField] = []
    if lines:
        first = " ".join(lines[0].split())
        if "|" in first:
            first = bar_topics(first) or first
        label, colon, value = first.partition(":")
        value = value.strip()
        if colon and value and _vocab.key(label) in _vocab.TOPIC_LABELS:
            out.append(MetaField(label=label.strip(), values=(value,)))
    return (*out, *source_fields(lines))


def source_fields(lines: Sequence[str]) -> tuple[MetaField, ...]:
    """
    The issuers a run of removed *lines* names for the field stage
    (`Boilerplate.fields`): a newswire's ``SOURCE`` line (label
    ``SOURCE``, value the company), and each source label with its
    value (``Issued by: ...``, or ``Herausgeber`` alone with the name on the
    next line). The built-in strippers pass it to `Page.remove` as ``read``
    for what follows a body and for page regions that are not navigation.
    """
    out: list[MetaField] = []
    last = len(lines) - 1
    for index, line in enumerate(lines):
        text = line.strip()
        if text.startswith("SOURCE"):
            name = wire_source(" ".join(text.split()))
            if name is not None:
                out.append(MetaField(label=WIRE_SOURCE_LABEL, values=(name,)))
                continue
        if ":" not in text and index >= last:
            continue
        label, _, value = text.partition(":")
        # (The label is looked up before its value is read: most are none.)
        if (
            not label
            # word_count(label) > MAX_CLOSING_LABEL_WORDS, inline: a label
            # has one word more than spaces.
            or label.count(" ") >= MAX_CLOSING_LABEL_WORDS
            or _vocab.key(label) not in _vocab.SOURCE_LABELS
        ):
            continue
        if not value.strip():
            if index >= last:
                continue
            value = lines[index + 1]  # the label alone, its value below
        value = " ".join(value.split())
        if value:
            out.append(MetaField(label=label.strip(), values=(value,)))
    return tuple(out)


# A picture's credit line: a credit label and a colon ("Foto: Jane Roe/dpa",
# "(Photo: AFP)", "Bildquelle: ..."), or a copyright sign ("© Jane Roe /
# stock.adobe.com").
_CREDIT: Final = regex.compile(
    r"(?:^|[\s(\[|])(?i:" + _lexicon.alternation(_lexicon.forms("credit_labels")) + r")"
    r"[^\S\n]*+:|©"
    # A Creative Commons licence is a credit too ("Jane Roe cc-by 4.0",
    # "In Flickr CC by jroe").
    r"|(?i:\bcc[- ]by\b)",
    regex.V1,
)
# A byline: a byline word, then a name of capitalised words (or an e-mail
# address), perhaps joined by "&" or "and" ("By Jane Roe and John Doe",
# "By JANE ROE and JOHN DOE"), and nothing after it but what a
# separator sets off ("By Jane Roe", "Par Jane Roe", "Por Jane Roe
# jroe@example.org", "Von Jane Roe, Redakteurin"). "Von der Leyen ...",
# "By the numbers" and "Von Berlin nach Hamburg" are no bylines.
_NAME_WORD: Final = r"(?:\p{Lu}[\p{L}\p{M}.'’-]*+|[^\s@]++@[^\s@]++|&|and|und)"
_BYLINE: Final = regex.compile(
    r"(?i:" + _lexicon.alternation(_lexicon.forms("byline_words")) + r")[^\S\n]++"
    r"\p{Lu}[\p{L}\p{M}.'’-]*+(?:[^\S\n]++" + _NAME_WORD + r"){0,4}+"
    r"[^\S\n]*+(?:[,|/·•–-].*+)?+",
    regex.V1,
)


def is_credit(text: str) -> bool:
    """
    Whether *text* is, or holds, a picture's credit (``Foto: Jane Roe``,
    ``(Photo: AFP)``, ``© Jane Roe``): a caption or a credit, never a
    headline.
    """
    return _CREDIT.search(text) is not None


def is_byline(text: str) -> bool:
    """
    Whether *text* is a byline: a byline word and an author's name
    (``By Jane Roe``, ``Von Jane Roe, Redakteurin``).
    """
    return _BYLINE.fullmatch(text) is not None


# A telephone number: five digits or more, perhaps set apart by spaces,
# slashes, dots, hyphens or brackets ("030 1234-56", "+49 (0)30 1234").
_PHONE: Final = regex.compile(r"\d(?:[\s/.()-]*+\d){4,}")
#: A row of links has at least this many items ...
MIN_LINK_ROW_ITEMS: Final = 3
#: ... of at most this many words each.
MAX_LINK_ROW_ITEM_WORDS: Final = 4


def is_link_row(text: str) -> bool:
    """
    ``True`` for a row of short links set between bars (``Privacy Policy |
    Accessibility | Freedom of Information``, ``| Blog | Kontakt |``): at
    least `MIN_LINK_ROW_ITEMS` items of at most `MAX_LINK_ROW_ITEM_WORDS`
    words, none a sentence, no telephone number (`_PHONE`) or address (a
    contact's name, phone and e-mail set so stay; a row of tabs may count,
    ``Aktuell | 30 Tage | 3 Monate``).
    """
    if " | " not in text or "@" in text or _PHONE.search(text) is not None:
        return False
    items = text.strip(" |").split(" | ")
    return len(items) >= MIN_LINK_ROW_ITEMS and all(
        item.strip()
        and word_count(item) <= MAX_LINK_ROW_ITEM_WORDS
        and item.strip()[-1] not in SENTENCE_END
        and ":" not in item
        for item in items
    )
