"""
The issuing office or organisation: its rules, in order of preference.

A ``Source:`` field wins; then an issuer named after the body (a
newswire's ``SOURCE`` line, a ``Herausgeber`` label); then the header's
letterhead (an office, a byline, an organisation, a public body over the
headline); then the page's hints and the site named after the headline.
With none of these, the body's first paragraphs name who speaks, then the
sign-off (an office, then the organisation a signature, contact block or
copyright line names), then the headline's line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from .. import _letterhead, _vocab
from .._header import SIGN_OFF_UNITS, SIGN_OFF_WORDS
from .._models import Boilerplate
from .._page import Line
from .._sections import WIRE_SOURCE_LABEL
from .._text import is_prose, word_count
from ._closing import SIGN_OFF_DATE_BLOCKS, SIGN_OFF_SOURCE_BLOCKS, sign_off_lines
from ._evidence import Evidence
from ._rules import Found, RuleList


def _sign_off_source(body: Sequence[Line], removed: Sequence[Boilerplate]) -> str | None:
    """
    The office in a letterhead printed under the release instead of above
    it (``Senator Jane Roe Minister for Trade``, ``PRIME MINISTER``): a
    short line of the sign-off (the last units of the body, then what the
    footer stripper removed) that names an office and reads as no sentence.
    """
    for text in sign_off_lines(body, removed, SIGN_OFF_SOURCE_BLOCKS):
        if not text or word_count(text) > SIGN_OFF_WORDS or text[-1] in ".!?" or is_prose(text):
            continue
        found = _letterhead.office(text)
        if found is not None:
            return found
    return None


def _sign_off_organisation_source(
    body: Sequence[Line], removed: Sequence[Boilerplate], page_text: str, body_text: str
) -> str | None:
    """
    The organisation whoever signs the release off names as theirs
    (`_letterhead.signed_organisation`), else the holder of the page's
    copyright (`_letterhead.copyright_holder`) where the release names it
    too (a news site's publisher holds the copyright of articles that
    speak of others). The lines read are the body's last units, then the
    first paragraphs of what the footer and contact strippers removed
    after it (a contact block's lines joined, as it wraps a name: ``Office
    of Senator Jo Roe | Australian`` / ``Greens Senator for NSW``). A unit
    that ends as a sentence or a quotation does is no signature, nor a
    name that runs a person's into a body's (`_names_a_person`).
    """
    texts = [line.text for line in body[-SIGN_OFF_UNITS:] if not line.marker]
    for block in removed:
        if block.kind in SIGN_OFF_DATE_BLOCKS:
            texts += _paragraphs(block.lines)[:SIGN_OFF_UNITS]
    folded = body_text.casefold()
    for text in texts:
        text = " ".join(text.split())
        if not text:
            continue
        holder = _letterhead.copyright_holder(text)
        if holder is not None and holder.casefold() in folded:
            return holder
        if text[-1] in _SENTENCE_CLOSE:
            continue
        found = _letterhead.signed_organisation(text)
        if found is not None and not _names_a_person(found, page_text):
            return found
    return None


def _names_a_person(name: str, page_text: str) -> bool:
    """
    ``True`` when *name* runs a person's name into a body's (``Jo Roe
    Greens``, ``Office of Jo Roe``): a word of it is a surname the page
    names after a person's style (``Senator Roe``, ``Senator Jo Roe``),
    or its words before the body word, two or more, stand elsewhere on
    the page without it (``More information: Jo Roe.``).
    """
    words = name.split(" ")
    for word in words[:-1]:
        mention = _letterhead.SURNAME_MENTION + _GIVEN_NAME + regex.escape(word) + r"\b"
        if word[:1].isupper() and regex.search(mention, page_text):
            return True
    if len(words) < 3:
        return False
    alone = regex.escape(" ".join(words[:-1])) + r"(?!\s++" + regex.escape(words[-1]) + r")\b"
    return regex.search(alone, page_text) is not None


# A given name between a person's style and the surname ("Senator Jo Roe"),
# or none ("Senator Roe"): not possessive, so a surname alone is not taken
# for the given name.
_GIVEN_NAME: Final = r"(?:\p{Lu}[\p{L}'’.-]*+\s++)?"


# The marks a sentence or a quotation ends with.
_SENTENCE_CLOSE: Final = ".!?\"”’'"


def _paragraphs(lines: Sequence[str]) -> list[str]:
    """
    *lines* joined into paragraphs at their blank lines: a line of at
    least `WRAPPED_LINE_CHARS` runs on into the next (a contact wrapped
    by its printer), a shorter one is a field of its own (a contact
    block's name, then its organisation), set off by a comma.
    """
    out: list[str] = []
    run = ""
    for text in (*lines, ""):
        text = text.strip()
        if not text:
            if run:
                out.append(run)
            run = ""
        elif not run:
            run = text
        else:
            wrapped = len(run) - run.rfind(_FIELD_BREAK) >= WRAPPED_LINE_CHARS
            run += (" " if wrapped else _FIELD_BREAK) + text
    return out


#: A removed line this long runs on into the next one: wrapped, not a
#: field of its own.
WRAPPED_LINE_CHARS: Final = 50

_FIELD_BREAK: Final = ", "


def _closing_wire_source(removed: Sequence[Boilerplate]) -> str | None:
    """
    The company a newswire's closing ``SOURCE`` line names, as a stripper
    read it in what it removed (`Boilerplate.fields`, label
    ``SOURCE``): the last such line; ``None`` when there is none.
    """
    for block in reversed(removed):
        for field in reversed(block.fields):
            if field.label == WIRE_SOURCE_LABEL and field.values:
                return field.values[0]
    return None


def _closing_labelled_source(removed: Sequence[Boilerplate]) -> str | None:
    """
    The issuer a page names after its body under a source label, as a
    stripper read it in what it removed (`Boilerplate.fields`: ``Issued
    by: ...``, ``Herausgeber`` with the name on the next line). The name
    must read as an issuer's: a public body's (`_letterhead.body_name`), an
    organisation heading letterheads or an office; ``None`` when there is
    no such pair.
    """
    for block in removed:
        for field in block.fields:
            if field.label == WIRE_SOURCE_LABEL or not field.values:
                continue
            if _vocab.key(field.label) not in _vocab.SOURCE_LABELS:
                continue
            value = field.values[0]
            name = _letterhead.body_name(value) or _letterhead.letterhead_organisation(value)
            if name is None and _letterhead.office(value) == value:
                name = value
            if name is not None:
                return name
    return None


# -- the rules -----------------------------------------------------------------


def _metadata(ev: Evidence) -> Found[str] | None:
    """
    A ``Source:`` field (``Issued by``, ``Herausgeber``, ...) of the header.
    """
    field = ev.field(_vocab.SOURCE_LABELS)
    return Found(field.value) if field is not None and field.value else None


def _closing(ev: Evidence) -> Found[str] | None:
    """
    The issuer named after the body: a newswire's closing ``SOURCE`` line,
    or a source label with its name (``Herausgeber`` / a public body).
    """
    removed = ev.page.removed
    return _found(_closing_wire_source(removed) or _closing_labelled_source(removed))


def _letterhead_office(ev: Evidence) -> Found[str] | None:
    """
    An office the letterhead names (``Minister for Health``): of those a
    letterhead line lists, the one the body names; its portfolio closed and
    a holder's name after it dropped; a spokesperson's party or body where
    the letterhead names one.
    """
    header = ev.header
    # (An office in lower case is a headline's words read as a letterhead
    # column: "... need a competent  experienced minister for a change".)
    source = next((name for name in header.offices if name[:1].isupper()), None)
    if source is None:
        return None
    paragraphs = ev.opening.paragraphs
    if header.first_line_offices > 1 and paragraphs:
        named = _letterhead.office_named_in(
            header.offices[: header.first_line_offices], " ".join(paragraphs[:3])
        )
        source = named or source
    source = _letterhead.substantive_office(_letterhead.close_portfolio(source))
    if paragraphs:
        source = _letterhead.drop_trailing_name(source, " ".join(paragraphs))
    if header.organisations and _letterhead.speaks_for_a_body(source):
        # A spokesperson speaks for the party or body the letterhead names.
        source = header.organisations[0]
    return Found(source)


def _byline(ev: Evidence) -> Found[str] | None:
    """
    A ``Headline Name - Office`` byline: on the headline's line, or on any
    header line where the letterhead names no office (a page that prints
    its headline twice, once with the byline).
    """
    title = ev.header.title_text
    byline = _letterhead.byline_office(title) if title else None
    if byline is None and not ev.header.offices:
        for unit in ev.header_units:
            byline = _letterhead.byline_office(unit.text)
            if byline is not None:
                return Found(byline, unit.number)
    if byline is None:
        return None
    return Found(byline, ev.header.title.number if ev.header.title else None)


def _organisation(ev: Evidence) -> Found[str] | None:
    """
    An organisation heading the letterhead, without a person's name the
    letterhead runs into it (`_without_person`) unless the body prints the
    name whole (``Palmer United Party``: a party named after its leader).
    """
    if not ev.header.organisations:
        return None
    name = ev.header.organisations[0]
    if name in " ".join(ev.opening.paragraphs):
        return Found(name)  # a name the release prints ("the Palmer United Party")
    page_text = " ".join(line.text for line in ev.page.lines)
    return _found(_without_person(name, page_text))


def _without_person(name: str, page_text: str) -> str | None:
    """
    *name* without the person's name a letterhead runs into it (``Sarah
    Hanson-Young Australian Greens``, ``Hanson-Young Greens``): the words
    up to the last that the page names as a surname after a person's style
    (``Senator Hanson-Young``) go. What is left must still be an
    organisation of two words or more (``Australian Greens``); a body word
    left alone (``Senator Vicki Bourne Party Whip``: ``Party``) names none,
    so ``None``. *name* as it is when no word of it is such a surname.
    """
    words = name.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        word = words[cut - 1]
        mention = _letterhead.SURNAME_MENTION + _GIVEN_NAME + regex.escape(word) + r"\b"
        if word[:1].isupper() and regex.search(mention, page_text):
            rest = " ".join(words[cut:])
            return rest if " " in rest and _letterhead.organisation(rest) == rest else None
    return name


def _public_body(ev: Evidence) -> Found[str] | None:
    """
    Of the public bodies named over the headline, the nearest to it
    ("Government of India" over "Ministry of ...").
    """
    return Found(ev.header.bodies[-1]) if ev.header.bodies else None


def _hints(ev: Evidence) -> Found[str] | None:
    """
    A publisher the page states outside its running text (`Hints.source`).
    """
    source = ev.page.hints.source
    return Found(source, locate=False) if source else None


def _site_suffix(ev: Evidence) -> Found[str] | None:
    """
    The site named after the headline (``... | Ministry of Energy``), when
    it reads as an organisation's name.
    """
    title = ev.header.title_text
    suffix = _letterhead.strip_site_suffix(title)[1] if title else None
    if suffix is not None and _letterhead.organisation(suffix) is not None:
        return Found(suffix, ev.header.title.number if ev.header.title else None)
    return None


#: An issuer's name printed before a kind label has at most this many words.
MAX_BANNER_NAME_WORDS: Final = 5


def _banner_name(text: str) -> str | None:
    """
    The name printed before a kind label on a header line (``AMNESTY
    INTERNATIONAL PRESS RELEASE``, ``Save Our Schools Media Release``):
    two to `MAX_BANNER_NAME_WORDS` capitalised words, no digits, no office
    and no person's name or role (``Leader``). ``None`` for any other line.
    """
    words = text.split()
    for size in (1, 2, 3):
        if len(words) <= size + 1 or _vocab.key(" ".join(words[-size:])) not in _vocab.KINDS:
            continue
        name = words[:-size]
        if name[-1].casefold() in ("joint", "&", "and"):
            return None
        joined = " ".join(name)
        if (
            len(name) > MAX_BANNER_NAME_WORDS
            or not all(w[:1].isupper() or w.casefold() in _CONNECTING for w in name)
            or any(ch.isdigit() for ch in joined)
            or _letterhead.office(joined) is not None
            or _letterhead.is_person(joined)
            or any(w.casefold() in _ROLE_WORDS for w in name)
        ):
            return None
        return joined
    return None


_CONNECTING: Final = frozenset("of the for and on".split())


# A person's role in a banner ("Australian Greens Leader media release"):
# the banner names who speaks, not the issuing organisation alone.
_ROLE_WORDS: Final = frozenset(
    "leader deputy spokesperson spokesman spokeswoman senator member president chair".split()
)


def _banner(ev: Evidence) -> Found[str] | None:
    """
    No letterhead: an issuer named before the kind label on a header line
    (``AMNESTY INTERNATIONAL PRESS RELEASE``) that the first paragraphs
    name too (``Amnesty International is appealing ...``), as they print it.
    """
    body = " ".join(ev.opening.paragraphs[:3])
    if not body:
        return None
    for unit in ev.header_units:
        name = _banner_name(unit.text) if unit.text else None
        if name is None:
            continue
        named = regex.search(
            r"(?<![\p{L}])" + r"\s++".join(map(regex.escape, name.split())) + r"(?![\p{L}])",
            body,
            regex.IGNORECASE,
        )
        if named is not None:
            return Found(named.group(), unit.number)
    return None


def _lead_issuer(ev: Evidence) -> str | None:
    paragraphs = ev.opening.paragraphs
    return _letterhead.issuer_in_lead(paragraphs[0]) if paragraphs else None


def _lead(ev: Evidence) -> Found[str] | None:
    """
    No letterhead: the first paragraph names who speaks (``The Minister for
    Trade, Jane Roe, said ...``), unless it names only a government.
    """
    source = _lead_issuer(ev)
    if source is None or _letterhead.is_government(source):
        return None
    return Found(_as_office(ev, source), _line(ev, 0))


def _lead_next(ev: Evidence) -> Found[str] | None:
    """
    A lead that names no issuer or only a government ("The Federal
    Government has ...") leaves the office to the next paragraph ("The
    Minister for Veterans' Affairs, ..., said"), where a speech verb is
    the office's (`_letterhead.speaker_in_lead`): one the paragraph names
    only as its subject ("Prime Minister Jo Roe and ... are") is no issuer.
    """
    paragraphs = ev.opening.paragraphs
    if len(paragraphs) < 2:
        return None
    first = _lead_issuer(ev)
    if first is not None and not _letterhead.is_government(first):
        return None
    following = _letterhead.speaker_in_lead(paragraphs[1])
    if following is None or _letterhead.office(following) is None:
        return None
    if _letterhead.is_government(following) and _sign_off(ev) is not None:
        return None  # an office signing off beats a government
    return Found(_as_office(ev, following), _line(ev, 1))


def _sign_off(ev: Evidence) -> Found[str] | None:
    """
    An office signing the release off under the body (``Senator Jane Roe
    Minister for Trade``): before a government named as a whole.
    """
    return _found(_sign_off_source(ev.opening.body, ev.page.removed))


def _sign_off_organisation(ev: Evidence) -> Found[str] | None:
    """
    An organisation named for whoever signs the release off (``Jo Roe,
    Director, Human Rights Law Centre``, ``Office of Senator Jo Roe |
    Australian Greens Senator for NSW``, ``© 2010 Australian Workers'
    Union``): after an office signing off, before a government the lead
    names as a whole.
    """
    page_text = " ".join(line.text for line in ev.page.lines)
    body_text = " ".join(ev.opening.paragraphs)
    return _found(
        _sign_off_organisation_source(ev.opening.body, ev.page.removed, page_text, body_text)
    )


def _lead_government(ev: Evidence) -> Found[str] | None:
    """
    A government the first paragraph names as a whole and makes the
    speaker ("The Federal Government today announced ..."), the last
    choice in the body. A government the lead only speaks about ("called
    on the Howard Government to ...", "The Government will provide $5
    million") is no issuer: of the 94 trove releases where such a lead
    gave the source, none was issued by the government it names.
    """
    source = _lead_issuer(ev)
    if source is None or not _letterhead.speaks_in_lead(ev.opening.paragraphs[0], source):
        return None
    return Found(_as_office(ev, source), _line(ev, 0))


def _headline(ev: Evidence) -> Found[str] | None:
    """
    Last, the headline's line, where a page prints its letterhead or a
    byline there ("MINISTER FOR HEALTH CLINICS REOPEN", "Address by the
    Minister for Health, Jane Roe, to ...").
    """
    title = ev.header.title_text
    source = _letterhead.office_in_headline(title) if title else None
    if source is None:
        return None
    return Found(_as_office(ev, source), ev.header.title.number if ev.header.title else None)


def _as_office(ev: Evidence, source: str) -> str:
    """
    *source* with its portfolio closed and a holder's name after it dropped,
    when it names an office. (An organisation's name is no portfolio:
    "Community Affairs References Committee" runs on past "Affairs".)
    """
    if _letterhead.office(source) is None:
        return source
    source = _letterhead.substantive_office(_letterhead.close_portfolio(source))
    return _letterhead.drop_trailing_name(source, " ".join(ev.opening.paragraphs))


def _line(ev: Evidence, paragraph: int) -> int | None:
    body = ev.opening.body
    return body[paragraph].number if len(body) > paragraph else None


def _found(source: str | None) -> Found[str] | None:
    return Found(source) if source is not None else None


#: The source's rules, in order of preference.
RULES: Final = RuleList[str](
    "source",
    [
        ("source.metadata", _metadata),
        ("source.closing", _closing),
        ("source.letterhead", _letterhead_office),
        ("source.byline", _byline),
        ("source.organisation", _organisation),
        ("source.public-body", _public_body),
        ("source.hints", _hints),
        ("source.site-suffix", _site_suffix),
        ("source.banner", _banner),
        ("source.lead", _lead),
        ("source.lead-next", _lead_next),
        ("source.sign-off", _sign_off),
        ("source.sign-off-organisation", _sign_off_organisation),
        ("source.lead-government", _lead_government),
        ("source.headline", _headline),
    ],
)
