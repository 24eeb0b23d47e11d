"""
The standard dateline parser.

A dateline is read left to right as a few small pieces, each matched by
its own anchored, bounded pattern:

    place [, region]... [, date] [agency] separator [trailing agency]

or a date alone followed by a separator. Every piece but the first is
optional; what was found decides whether the result is trusted (a place
alone needs an all-capitals name or a region, a date or an agency is
enough by itself). Nothing here backtracks across pieces, so the cost is
linear in the length of the dateline, and only the head of the text is
ever looked at.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Final

import attrs
import regex

from .. import _lexicon
from .._models import Dateline
from ._agencies import (
    AGENCIES,
    TRAILING_AGENCIES,
    agency_key,
    is_known_agency,
    normalise_agency,
)
from ._dates import DateGrammar, DateRead, grammar

__all__ = ["StandardDatelineParser"]

#: How much of a paragraph the parser looks at.
HEAD: Final = 300

_HS: Final = r"[^\S\r\n]"

# A place word: capitalised, letters with inner hyphens, apostrophes and
# full stops (NUR-SULTAN, St., D.C., Ill., O'Hare).
_PWORD: Final = r"[\p{Lu}\p{Lt}][\p{L}\p{M}'’]*+(?:[-.][\p{L}\p{M}'’]++)*+\.?"
# Lower-case words that join the words of one place or several places.
_CONN: Final = (
    r"(?:and|und|et|y|e|i|&|de|del|della|di|da|do|dos|das|du|des|la|le|les|el|"
    r"sur|upon|on|am|an|der|den|of|van|von|aan|op|bei|и|ve)"
)
_CONNECTORS: Final = frozenset(_CONN[3:-1].split("|"))
# Two places may be joined by a slash (SKOPJE/VIENNA); a word that a slash
# closes again is an agency (NEW YORK/PRNewswire/), not a place.
_PLACE_WORDS: Final = rf"{_PWORD}(?:{_HS}(?:{_CONN}{_HS})?{_PWORD}|/{_PWORD}(?!/)){{0,5}}+"

_FLAGS: Final = regex.V1

_PLACE: Final = regex.compile(rf"{_PLACE_WORDS}(?![\p{{L}}\p{{N}}])", _FLAGS)
_REGION: Final = regex.compile(
    rf"{_PWORD}(?:{_HS}(?:{_CONN}{_HS})?{_PWORD}){{0,3}}+(?![\p{{L}}\p{{N}}])", _FLAGS
)
_COMMA: Final = regex.compile(rf"{_HS}*+,{_HS}*+", _FLAGS)
_SPACES: Final = regex.compile(rf"{_HS}++", _FLAGS)
_DASH: Final = r"(?:-{2,3}+|[–—―]{1,2}+|-)"
_SEPARATOR: Final = regex.compile(rf"{_HS}*+(?:\.{_HS}*+)?(?P<dash>{_DASH}){_HS}*+", _FLAGS)
_PAREN_AGENCY: Final = regex.compile(rf"{_HS}*+\((?P<agency>[^()\r\n]{{0,60}}+)\)", _FLAGS)
# An agency in capitals, as a wire prints it in brackets after the place's
# comma: "Podgorica, (MINA-BUSINESS) – ".
_CAPITALS_AGENCY: Final = regex.compile(
    r"\p{Lu}[\p{Lu}\p{N}&.]*+(?:[- ]\p{Lu}[\p{Lu}\p{N}&.]*+){0,3}+", _FLAGS
)
# A paragraph opening with its agency or place in brackets: "(Reuters) — ",
# "(UTV | COLOMBO) – ", "(Leipzig) - ". One or two names, a bar, slash or
# comma between them.
_BRACKET_OPENING: Final = regex.compile(
    rf"\((?P<first>[^()|/,\r\n]{{2,40}}+)(?:{_HS}*+[|/,]{_HS}*+(?P<second>[^()|/,\r\n]{{2,40}}+))?+\)",
    _FLAGS,
)
# A short name in capitals in such brackets is an agency (UTV, LBO, AFP).
_SHORT_CAPITALS: Final = regex.compile(r"\p{Lu}{2,5}+", _FLAGS)
# An agency nobody knows, in three to five capitals, after a place (SID).
_AGENCY_CAPITALS: Final = regex.compile(r"\p{Lu}{3,5}+", _FLAGS)
# A domain name in brackets is the site that wrote it (Motorsport-Total.com).
_DOMAIN: Final = regex.compile(r"(?:[\p{L}\p{N}-]++\.)++\p{Ll}{2,6}+", _FLAGS)
# Two places printed with a spaced slash ("ROMA / NUEVA YORK, "): the
# slash and the second place.
_SPACED_SLASH: Final = regex.compile(rf"{_HS}/{_HS}(?={_PWORD})", _FLAGS)
_SLASH_AGENCY: Final = regex.compile(rf"{_HS}*+/(?P<agency>[^/()\r\n]{{1,40}}+)/", _FLAGS)
# (A wire may print a dash after the closing slash: "... / March 5, 2020 / -- ".)
_SLASH_SEPARATOR: Final = regex.compile(rf"{_HS}*+/{_HS}*+(?:{_DASH}{_HS}*+)?+", _FLAGS)
# SAN FRANCISCO--(BUSINESS WIRE)--
_WIRE_AGENCY: Final = regex.compile(
    rf"{_HS}*+{_DASH}{_HS}*+\((?P<agency>[^()\r\n]{{0,60}}+)\){_HS}*+{_DASH}{_HS}*+", _FLAGS
)
_TRAILING_AGENCY: Final = regex.compile(
    r"(?P<agency>\L<agencies>)\.[^\S\r\n]++", _FLAGS, agencies=TRAILING_AGENCIES
)
# First characters of the patterns above, for cheap tests before a match.
_DASHES: Final = frozenset("-–—―")
_SEPARATOR_LEADS: Final = _DASHES | {"."}
_TRAILING_LEADS: Final = frozenset(agency[:1] for agency in TRAILING_AGENCIES)
_TRAILING_LENGTH: Final = max(map(len, TRAILING_AGENCIES))
# What may end a dateline that has a date but no dash.
_SOFT_END: Final = regex.compile(rf"{_HS}*+[.:]{_HS}*+|{_HS}*+\r?\n\s*+|{_HS}++", _FLAGS)
# An agency name in brackets: a few words, no digits.
_AGENCY_NAME: Final = regex.compile(r"[\p{L}][\p{L}\p{M}.&'’ -]{0,40}+", _FLAGS)
_TOKEN: Final = regex.compile(r"[\p{L}][\p{L}\p{M}\p{N}.&-]{0,30}+", _FLAGS)
_ROMAN: Final = regex.compile(r"[IVXLCDM]++\.?", _FLAGS)
_END: Final = regex.compile(r"\s*+\Z", _FLAGS)
_SENTENCE_END: Final = regex.compile(r"[.!?…][\"'”’»)]?(?:\s|\Z)", _FLAGS)

# Words of titles, offices and events: a "place" holding one is a person
# or a headline ("Senator Nettle, 14th August 2006").
_NOT_PLACE_WORDS: Final = (
    # A person's styles ("Senator", "Dr"), from the lexicon, and "MP": of the
    # post-nominal letters only that one, as "QC" is also Quebec's code in a
    # dateline ("SHERBROOKE, QC, le 12 mars 2024 /CNW/ - ").
    _lexicon.words("person_styles")
    | {"mp"}
    | frozenset(
        {
            "ambassador",
            "chairman",
            "chairperson",
            "committee",
            "communique",
            "communiqué",
            "date",
            "dated",
            "details",
            "issued",
            "media",
            "published",
            "posted",
            "received",
            "release",
            "released",
            "report",
            "review",
            "statement",
            "commissioner",
            "conference",
            "congress",
            "meeting",
            "minister",
            "president",
            "remarks",
            "secretary",
            "seminar",
            "speech",
            "spokesperson",
            "spokesman",
            "symposium",
            "transcript",
            "workshop",
            # Date labels in the other languages of the date grammar ("Publié le
            # 03/04/2024", "Publicado el ..."): a label, never a place.
            "publié",
            "publiée",
            "modifié",
            "veröffentlicht",
            "aktualisiert",
            "publicado",
            "publicada",
            "actualizado",
            "atualizado",
            "pubblicato",
            "aggiornato",
            "опубликовано",
            "обновлено",
        }
    )
)

# Words that open headlines and labels in capitals, never a place.
_NOT_PLACES: Final = frozenset(
    {
        "advisory",
        "after",
        "alert",
        "as",
        "at",
        "before",
        "by",
        "during",
        "end",
        "ends",
        "for",
        "from",
        "if",
        "in",
        "on",
        "since",
        "to",
        "until",
        "when",
        "analysis",
        "breaking",
        "correction",
        "corrected",
        "editorial",
        "exclusive",
        "factbox",
        "flash",
        "interview",
        "live",
        "media",
        "news",
        "note",
        "notice",
        "opinion",
        "photo",
        "photos",
        "press",
        "refile",
        "release",
        "statement",
        "update",
        "updated",
        "urgent",
        "video",
        "watch",
    }
)


def _lead(text: str, pos: int) -> str:
    """
    The first character after the white space at *pos*, or ``""``.
    """
    # Most leads stand within a few characters: look there before copying
    # the rest of the text.
    near = text[pos : pos + 8].lstrip()
    if near:
        return near[:1]
    return text[pos:].lstrip()[:1]


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    return pos


@attrs.define
class _Found:
    # What has been read so far, while reading one dateline.
    place_end: int = 0
    place: str | None = None
    regions: int = 0
    date: DateRead | None = None
    agency: str | None = None
    known_agency: bool = False
    # An agency in capitals in brackets after the place (or its comma).
    capitals_agency: bool = False


def _language_codes(languages: Iterable[str] | None) -> tuple[str, ...]:
    # (The converter of `StandardDatelineParser.languages`.)
    return grammar(languages).languages


@attrs.frozen(kw_only=True)
class StandardDatelineParser:
    """
    Reads the datelines of press releases, news agencies and wires.

    Understands, among others::

        GENEVA, 17 September 2008 -
        Brussels, 4 April 2019
        SPRINGFIELD, Ill. —
        NEW YORK (AP) —
        LONDON, March 5 (Reuters) -
        SAN FRANCISCO--(BUSINESS WIRE)--
        NEW YORK, March 5, 2020 /PRNewswire/ --
        OSLO, Norway, March 5, 2020 (GLOBE NEWSWIRE) --
        NUR-SULTAN. KAZINFORM –
        МОСКВА, 20 ноя - ПРАЙМ.
        9.3.2020 –

    with month names in every built-in language (see `LANGUAGES`).

        >>> dateline = StandardDatelineParser().parse("GENEVA, 17 September 2008 - The OSCE")
        >>> dateline.raw, dateline.place, dateline.date
        ('GENEVA, 17 September 2008 - ', 'GENEVA', datetime.date(2008, 9, 17))

    Instances are immutable (like the `pressparse.Parser` holding them),
    compare and hash by value, and pickle. Build another one, or use
    `attrs.evolve`, for other settings.

    Attributes:
        dayfirst: Read an ambiguous numeric date (``04/05/2020``) day
            first; with ``False``, month first.
        reference_date: The default reference for datelines that print no
            year, used when `parse` is given none.
        languages: Language codes whose month and day names are known
            (default: all of `LANGUAGES`); given as any iterable, kept as a
            tuple.

    Raises:
        LookupError: *languages* names an unknown language.
    """

    dayfirst: bool = True
    reference_date: dt.date | None = None
    languages: tuple[str, ...] = attrs.field(default=None, converter=_language_codes)
    _grammar: DateGrammar = attrs.field(init=False, repr=False, eq=False)

    @_grammar.default
    def _compile(self) -> DateGrammar:
        return grammar(self.languages)

    def parse(self, text: str, /, *, reference_date: dt.date | None = None) -> Dateline | None:
        """
        Return the dateline *text* opens with, or ``None``.

        The dateline's `Dateline.raw` is a prefix of *text*: everything up
        to and including the first separator and the white space after it,
        or the whole line (trailing white space excluded) when the dateline
        stands alone.

        Args:
            text: A candidate paragraph or line.
            reference_date: Supplies the year of a dateline that prints
                none; defaults to the parser's own *reference_date*.

        Returns:
            The dateline, or ``None`` when *text* does not open with one.
        """
        reference = reference_date if reference_date is not None else self.reference_date
        head = text[:HEAD]
        start = len(head) - len(head.lstrip())
        if start >= len(head):
            return None
        if not head[start].isalnum():
            return self._bracket_opening(text, head, start) if head[start] == "(" else None
        found = _Found()
        pos = self._read_date(head, start, found, reference)
        if pos is None:
            pos = self._read_place(head, start, found, reference)
            if pos is None:
                return None
        return self._finish(text, head, pos, found, reference)

    # -- pieces --------------------------------------------------------

    def _wire_date(
        self, head: str, wire: regex.Match[str], found: _Found, reference: dt.date | None
    ) -> str:
        """
        The agency of a wire dateline's brackets, without the date a wire
        may print after it inside them behind a dash (``--(Marketwire -
        March 5, 2010) -``); that date is recorded when the dateline has
        none. The brackets' text is returned whole when no date fills the
        rest of them.
        """
        agency = wire["agency"]
        for mark in (" - ", " – ", " — "):
            cut = agency.find(mark)
            if cut > 0:
                break
        else:
            return agency
        start = wire.start("agency") + cut + len(mark)
        hit = self._date_at(head, start, reference)
        if hit is None or hit[0] != wire.end("agency"):
            return agency
        if found.date is None:
            found.date = hit[1]
        return agency[:cut]

    def _date_at(
        self, head: str, pos: int, reference: dt.date | None
    ) -> tuple[int, DateRead] | None:
        simple = self._grammar.read_simple(head, pos)
        if simple is not None:
            end, found = simple
            return None if found is None else (end, found)
        if not self._grammar.may_start(head, pos):
            return None
        m = self._grammar.pattern.match(head, pos)
        if m is None:
            return None
        read = self._grammar.read(m, reference_date=reference, dayfirst=self.dayfirst)
        if read is None:
            return None
        return m.end(), read

    def _read_date(
        self, head: str, pos: int, found: _Found, reference: dt.date | None
    ) -> int | None:
        hit = self._date_at(head, pos, reference)
        if hit is None:
            return None
        end, read = hit
        # A bare numeric date opens a dateline only with a four-digit year:
        # "1.2.10 - " is a section number more often than a date.
        if read.numeric and not read.long_year:
            return None
        found.date = read
        found.place_end = pos
        return end

    def _read_place(
        self, head: str, pos: int, found: _Found, reference: dt.date | None
    ) -> int | None:
        m = _PLACE.match(head, pos)
        if m is None:
            return None
        found.place_end = p = m.end()
        if head[p : p + 3].strip() == "/":
            p = self._spaced_slash(head, p, reference)
            found.place_end = p
        # "CANBERRA Thursday, 30 January 2014": the place words ran into a
        # date that follows without a comma.
        space = head.find(" ", pos, p)
        while space != -1:
            if self._date_at(head, space + 1, reference) is not None:
                found.place_end = p = space
                break
            space = head.find(" ", space + 1, p)
        words = [w.casefold().strip(".") for w in head[pos:p].split() if w != "/"]
        if words[0] in _NOT_PLACES or _NOT_PLACE_WORDS.intersection(words):
            return None
        if len([w for w in words if w not in _CONNECTORS]) > 4:
            return None
        while True:
            comma = _COMMA.match(head, p) if _lead(head, p) == "," else None
            if comma is not None:
                q = comma.end()
                hit = self._date_at(head, q, reference)
                if hit is not None:
                    p, found.date = hit
                    break
                region = _REGION.match(head, q)
                if (
                    region is not None
                    and found.regions < 3
                    and not _NOT_PLACE_WORDS
                    & {w.casefold().strip(".") for w in region.group().split()}
                ):
                    found.regions += 1
                    found.place_end = p = region.end()
                    continue
                break
            spaces = _SPACES.match(head, p) if head[p : p + 1].isspace() else None
            if spaces is not None:
                # "Hobart 9 May 2002" but not "AFTER SEPTEMBER 11" or a
                # headline followed by its date.
                hit = self._date_at(head, spaces.end(), reference)
                if (
                    hit is not None
                    and hit[1].has_year
                    and len([w for w in words if w not in _CONNECTORS]) <= 3
                ):
                    p, found.date = hit
            break
        found.place = head[pos : found.place_end]
        return p

    def _finish(
        self, text: str, head: str, pos: int, found: _Found, reference: dt.date | None
    ) -> Dateline | None:
        p = pos
        # Each pattern below opens with one character after optional white
        # space; testing that character first skips most regex calls, which
        # cost more than the tests themselves.
        lead = _lead(head, p)
        if lead == "," and (found.date is not None or found.place is not None):
            comma = _COMMA.match(head, p)
            agency_at = comma.end() if comma is not None else p
            paren = _PAREN_AGENCY.match(head, agency_at) if comma is not None else None
            if paren is not None and found.date is not None:
                p = agency_at
            elif paren is not None and (
                is_known_agency(paren["agency"])
                or _CAPITALS_AGENCY.fullmatch(paren["agency"].strip())
            ):
                # "Podgorica, (MINA-BUSINESS) – ": a wire's agency after the
                # place's comma, trusted before a dash and a sentence.
                found.capitals_agency = True
                p = agency_at
        separated = False
        # Agency forms, the wire form bringing its own separators.
        # (The wire form brackets its agency: no bracket, no match.)
        wire = _WIRE_AGENCY.match(head, p) if lead in _DASHES and head.find("(", p) != -1 else None
        if wire is not None:
            found.agency = normalise_agency(self._wire_date(head, wire, found, reference))
            found.agency = found.agency or "Business Wire"
            found.known_agency = True
            p, separated = wire.end(), True
        else:
            lead = _lead(head, p)
            paren = _PAREN_AGENCY.match(head, p) if lead == "(" else None
            slash = _SLASH_AGENCY.match(head, p) if lead == "/" else None
            if paren is not None:
                found.agency = normalise_agency(paren["agency"])
                found.known_agency = is_known_agency(paren["agency"])
                if not found.known_agency and not _AGENCY_NAME.fullmatch(
                    paren["agency"].split(",")[0].strip()
                ):
                    return None  # a bracketed aside ("page 6"), not an agency
                if not found.known_agency and _AGENCY_CAPITALS.fullmatch(paren["agency"].strip()):
                    # "Melbourne (SID) – ": an agency in capitals, trusted
                    # before a dash and a sentence. (Two capitals are a
                    # state's: "Recife (PE) – " is the lead parser's.)
                    found.capitals_agency = True
                p = paren.end()
            elif slash is not None:
                found.known_agency = is_known_agency(slash["agency"])
                if not found.known_agency and not _TOKEN.fullmatch(slash["agency"].strip()):
                    return None  # "Services / Health, including preventive /"
                found.agency = normalise_agency(slash["agency"])
                p = slash.end()
                if found.date is None:
                    # NEW YORK, NY / ACCESSWIRE / March 5, 2020 /
                    space = _skip_spaces(head, p)
                    hit = self._date_at(head, space, reference)
                    if hit is not None:
                        after = _SLASH_SEPARATOR.match(head, hit[0])
                        if after is not None:
                            found.date = hit[1]
                            p, separated = after.end(), True
            elif found.place is not None and found.date is None:
                self._split_dotted_agency(found)
        if not separated and _lead(head, p) in _SEPARATOR_LEADS:
            sep = _SEPARATOR.match(head, p)
            if sep is not None:
                if self._glued_hyphen(head, sep):
                    return None
                p, separated = sep.end(), True
        if separated:
            # (A trailing agency ends on a full stop within its length.)
            trailing = (
                _TRAILING_AGENCY.match(head, p)
                if head[p : p + 1] in _TRAILING_LEADS
                and head.find(".", p, p + _TRAILING_LENGTH + 1) != -1
                else None
            )
            if trailing is not None and found.agency is None:
                found.agency = normalise_agency(trailing["agency"])
                found.known_agency = True
                p = trailing.end()
            elif found.place is None and found.date is not None and found.agency is None:
                p = self._place_after_date(head, p, found)
        return self._decide(text, head, p, separated, found, reference)

    def _spaced_slash(self, head: str, p: int, reference: dt.date | None) -> int:
        # "ROMA / NUEVA YORK, 20 de abril de 2015- ": two places joined by a
        # spaced slash, read as one place only before a comma and a date
        # (a spaced slash is a menu's or a title's more often). Returns the
        # end of the second place, or *p* unchanged.
        slash = _SPACED_SLASH.match(head, p)
        second = _PLACE.match(head, slash.end()) if slash is not None else None
        if second is None or _lead(head, second.end()) != ",":
            return p
        comma = _COMMA.match(head, second.end())
        if comma is None or self._date_at(head, comma.end(), reference) is None:
            return p
        return second.end()

    def _bracket_opening(self, text: str, head: str, start: int) -> Dateline | None:
        # "(Reuters) — ", "(UTV | COLOMBO) – ", "(Leipzig) - ": an agency,
        # a place or both in brackets opening the paragraph, then a dash.
        m = _BRACKET_OPENING.match(head, start)
        if m is None or _lead(head, m.end()) not in _DASHES:
            return None
        sep = _SEPARATOR.match(head, m.end())
        if sep is None or self._glued_hyphen(head, sep):
            return None
        agency: str | None = None
        place: str | None = None
        known = False
        for name in (m["first"], m["second"]):
            if name is None:
                continue
            name = " ".join(name.split())
            if agency is None and (
                is_known_agency(name) or _DOMAIN.fullmatch(name) or _SHORT_CAPITALS.fullmatch(name)
            ):
                agency, known = name, is_known_agency(name)
                continue
            words = [w.casefold().strip(".") for w in name.split()]
            if (
                place is not None
                or _PLACE.fullmatch(name) is None
                or words[0] in _NOT_PLACES
                or _NOT_PLACE_WORDS.intersection(words)
                or len(words) > 3
            ):
                return None
            place = name
        p = sep.end()
        if not known and not _prose_follows(text, p):
            return None
        return Dateline(
            raw=text[:p],
            place=place,
            agency=normalise_agency(agency) if agency is not None else None,
        )

    @staticmethod
    def _place_after_date(head: str, p: int, found: _Found) -> int:
        # A date-first dateline names its place after the dash: "March 12,
        # 2024 – Regina, Saskatchewan", alone on its line with a region, or
        # before a second dash; three words at most before the region. A
        # place that runs on into words ("12 March 2024 - The OSCE said") or
        # a title alone on the line ("4 June 2021 - Harbour Works Begin") is
        # the body, and *p* is returned unchanged.
        m = _PLACE.match(head, p)
        if m is None:
            return p
        words = [w.casefold().strip(".") for w in m.group().split()]
        if words[0] in _NOT_PLACES or _NOT_PLACE_WORDS.intersection(words):
            return p
        if len([w for w in words if w not in _CONNECTORS]) > 3:
            return p
        q = m.end()
        regions = 0
        while regions < 3 and _lead(head, q) == ",":
            comma = _COMMA.match(head, q)
            region = _REGION.match(head, comma.end()) if comma is not None else None
            if region is None:
                break
            q, regions = region.end(), regions + 1
        end = _skip_spaces(head, q)
        if end < len(head) and head[end] not in "\r\n":
            sep = _SEPARATOR.match(head, q) if _lead(head, q) in _DASHES else None
            if sep is None or not head[sep.end() : sep.end() + 1].isupper():
                return p
            found.place = head[p:q]
            found.regions = regions
            return sep.end()
        if not regions:
            return p
        found.place = head[p:q]
        found.regions = regions
        return q

    def _split_dotted_agency(self, found: _Found) -> None:
        # NUR-SULTAN. KAZINFORM - : the place pattern read both words.
        place = found.place or ""
        dot = place.rfind(". ")
        if dot > 0 and agency_key(place[dot + 2 :]) in AGENCIES:
            found.agency = normalise_agency(place[dot + 2 :])
            found.known_agency = True
            found.place = place[:dot]

    @staticmethod
    def _glued_hyphen(head: str, sep: regex.Match[str]) -> bool:
        # "COVID-19", "WASHINGTON-based": a lone hyphen with no space on
        # either side joins words, it does not end a dateline.
        if sep.group(0) != "-":
            return False
        after = head[sep.end() : sep.end() + 1]
        return after.isalnum()

    def _decide(
        self,
        text: str,
        head: str,
        p: int,
        separated: bool,
        found: _Found,
        reference: dt.date | None,
    ) -> Dateline | None:
        if p >= len(head) and len(text) > len(head):
            return None  # the dateline runs past the head: not a dateline
        has_date = found.date is not None
        # An agency nobody knows, in brackets, is trusted only before a dash:
        # "Mental Illness Fellowship (MIFSA)" alone is not a dateline.
        sure = has_date or (found.agency is not None and found.known_agency)
        # Alone on its line, perhaps closed by a full stop as Spanish and
        # Portuguese letters print it ("Buenos Aires, 5 de mayo de 2024.").
        stop = p + 1 if has_date and text[p : p + 1] == "." else p
        alone = stop >= len(text) or (
            (stop > p or text[p].isspace()) and _END.match(text, stop) is not None
        )
        raw_end = p
        if separated:
            if alone:
                raw_end = len(text.rstrip())
            next_char = text[p : p + 1]
            if has_date and next_char.isdigit():
                return None  # "29 September - 1 October 2004": a range
            if not sure and not self._weak_place_ok(text, p, found):
                return None
            if not has_date and self._date_at(head, p, reference) is not None:
                return None  # "AMBASSADOR - 31 MAY 2013 ...": the date is elsewhere
            if found.place is None and next_char.islower():
                return None
        elif alone:
            if not sure:
                return None
            raw_end = len(text.rstrip())
        else:
            if not has_date and (not sure or found.place is None):
                return None
            soft = _SOFT_END.match(text, p)
            if soft is None:
                return None
            next_char = text[soft.end() : soft.end() + 1]
            if not next_char or next_char.islower() or next_char.isdigit():
                return None
            if found.date is not None and not found.date.has_year:
                return None  # "REAR ADMIRAL SMITH, APRIL 11: " needs a dash
            raw_end = soft.end()
        date = found.date
        return Dateline(
            raw=text[:raw_end],
            place=found.place,
            date=date.date if date is not None else None,
            agency=found.agency,
            year_inferred=date.year_inferred if date is not None else False,
        )

    @staticmethod
    def _weak_place_ok(text: str, p: int, found: _Found) -> bool:
        # A place with neither date nor agency: WASHINGTON — , Washington, DC - .
        place = found.place
        if place is None:
            return False
        words = place.split()
        if words[0].casefold().strip(".") in _NOT_PLACES:
            return False
        names = [w for w in words if w not in _CONNECTORS]
        capitals = all(c.isupper() for w in names for c in w if c.isalpha())
        if found.capitals_agency:
            return len(names) <= 4 and _prose_follows(text, p)
        if not (found.regions or (capitals and len(names) <= 4)):
            return False
        if not found.regions and (len(place) < 3 or _ROMAN.fullmatch(place)):
            return False  # IV - , UN - : numbering and acronyms
        rest = text[p : p + HEAD]
        if not rest.strip():
            return True  # the dateline alone on its line, dash included
        return _prose_follows(text, p)


def _prose_follows(text: str, p: int) -> bool:
    # What follows a dateline with no date reads as prose, not as the second
    # half of a title: a capital (or a quote), three words, a sentence's end.
    rest = text[p : p + HEAD]
    if not (rest[:1].isalnum() or rest[:1] in "\"'“‘«„") or rest[:1].islower():
        return False
    return len(rest.split()) >= 3 and _SENTENCE_END.search(rest) is not None
