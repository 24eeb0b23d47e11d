"""
Reading dates in the supported languages and formats.

One grammar, compiled once per set of languages, reads every date shape
pressparse knows: ``17 September 2008``, ``Sept. 5, 2020``,
``le 1er mars 2019``, ``4 de abril de 2019``, ``20 ноября 2009 г.``,
``Wed, 24th February 2010``, ``18 th September 2014``, ``9.3.2020``,
``29/09/10``, ``2024-04-10``, a day range (``3-4 March 2006``, ``10th -
11th December 2001``, ``29 September - 1 October 2004`` are read as their
first day), a day number a scan split in two after a weekday or at the
start (``Tuesday, 1 6th November 2004``) and, closing a line, a two-digit
year after the month (``29th Apr 04``). Words come from the per-language data in `._lang`; they are
matched through the `regex` module's named lists, so the pattern stays a
handful of bounded, possessive pieces whatever the vocabulary size.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Iterable
from typing import Any, Final, NamedTuple

import attrs
import regex

from ._lang import LANGUAGES, load_language

__all__ = [
    "DateGrammar",
    "DateRead",
    "FoundDate",
    "find_date",
    "grammar",
    "normalise_word",
    "parse_date",
]

# Horizontal white space: a date never spans a line break.
_HS: Final = r"[^\S\r\n]"

# A word as `DateGrammar.may_start` looks at it.
_WORD: Final = regex.compile(r"[\p{L}\p{M}]{1,16}+")

# The capturing groups of the date pattern, in order (DateGrammar.read).
_GROUPS: Final = (
    "wd", "iy", "isep", "im", "id", "n1", "nsep", "n2", "ny", "nyy",
    "dd", "ds", "dr", "dm", "mr", "dy", "dy4", "dyy", "dsy", "mm", "md", "my", "ysuf",
)  # fmt: skip

_ARTICLE_GAP: Final = regex.compile(r"[^\S\r\n]++")

# Letters that do not decompose under NFKD but have a plain-Latin twin.
_FOLD: Final = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss"})


@functools.lru_cache(maxsize=4096)
def normalise_word(word: str) -> str:
    """
    Return the lookup form of a date word: case-folded, without
    diacritics and without a trailing full stop.

    Results are cached: pages repeat the same few month and weekday words,
    and the Unicode decomposition costs more than the lookup.

    ``"Février"``, ``"FEVRIER"`` and ``"févr."`` become ``"fevrier"`` and
    ``"fevr"``; Turkish ``"MAYIS"`` and ``"Mayıs"`` both become ``"mayis"``.
    """
    folded = unicodedata.normalize("NFKD", word.casefold().translate(_FOLD))
    return "".join(c for c in folded if not unicodedata.combining(c)).rstrip(".")


def _variants(words: Iterable[str]) -> set[str]:
    # The named lists match literally (case-insensitive matching makes the
    # whole pattern several times slower), so list each word as written,
    # without diacritics, in lower, upper and title case, composed and
    # decomposed.
    out: set[str] = set()
    for word in words:
        for form in (word, normalise_word(word)):
            for cased in (form, form.lower(), form.upper(), form.capitalize()):
                out.add(unicodedata.normalize("NFC", cased))
                out.add(unicodedata.normalize("NFD", cased))
    out.discard("")
    return out


def two_digit_year(yy: int) -> int:
    """
    Expand a two-digit year the POSIX way: 69-99 are 1969-1999, 00-68 are
    2000-2068.
    """
    return yy + (1900 if yy >= 69 else 2000)


def infer_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """
    Return the valid date with *month* and *day* nearest to *reference*,
    looking in the reference year and the years either side.

    ``Dec 30`` with a reference of 2 January 2020 is 30 December 2019.
    Returns ``None`` when no such date exists (30 February).
    """
    best: dt.date | None = None
    for year in (reference.year, reference.year - 1, reference.year + 1):
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            continue
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs(candidate - reference) < abs(best - reference):
            best = candidate
    return best


class DateRead(NamedTuple):
    """
    What a date expression says.

    A named tuple: one is built for every date candidate read, and a
    tuple is built several times faster than a frozen attrs record.

    Attributes:
        date: The calendar date, or ``None`` when it is impossible or its
            year is missing and no reference supplied one.
        has_year: ``True`` when the expression printed a year.
        year_inferred: ``True`` when the year of *date* came from the
            reference date.
        numeric: ``True`` for an all-digit date (``9.3.2020``).
        long_year: ``True`` when the year was printed with four digits.
    """

    date: dt.date | None
    has_year: bool
    year_inferred: bool = False
    numeric: bool = False
    long_year: bool = False


class FoundDate(NamedTuple):
    """
    A date found inside a longer text by `find_date`.

    Attributes:
        date: The calendar date.
        span: Start and end offsets of the date expression in the text.
    """

    date: dt.date
    span: tuple[int, int]


def _date_pattern(hs: str) -> str:
    # Shared by the anchored and the searching use. Every repetition is
    # bounded or possessive; the alternatives start with different
    # characters or fail within a few characters, so matching is linear.
    # Month and weekday names are matched as any word and looked up by
    # `DateGrammar.read`: named lists of hundreds of words are slow to try
    # at every position, a dict lookup per candidate is not.
    word = r"[\p{L}\p{M}]{2,13}+(?![\p{L}\p{M}])"
    return rf"""
    (?<![\p{{L}}\p{{N}}])
    (?:\L<art>{hs}++)?
    (?:(?P<wd>{word}(?:-{word})?)\.?,?{hs}++(?:\L<art>{hs}++)?)?
    (?:
        (?P<iy>\d{{4}})(?P<isep>[-/.])(?P<im>\d{{1,2}})(?P=isep)(?P<id>\d{{1,2}})(?!\d)
      |
        (?P<n1>\d{{1,2}})(?P<nsep>[./-])(?P<n2>\d{{1,2}})(?P=nsep)
        (?:(?P<ny>\d{{4}})|(?P<nyy>\d{{2}}))(?![\d])
      |
        (?P<dd>\d{{1,2}})(?:{hs}(?P<ds>\d))?(?:{hs}?+\L<ord>)?(?![\p{{L}}\p{{N}}])
        (?:{hs}?+[-–—]{hs}?+(?P<dr>\d{{1,2}})(?:{hs}?+\L<ord>)?(?![\p{{L}}\p{{N}}]))?
        (?:\.?{hs}++(?:\L<conn>{hs}++)?|[-/.])
        (?P<dm>{word})\.?
        (?:{hs}?+[-–—]{hs}?+\d{{1,2}}(?:{hs}?+\L<ord>)?{hs}++(?P<mr>{word})\.?
            (?=,?{hs}++\d{{4}}(?!\d)))?
        (?:
            (?:,?{hs}++(?:\L<conn>{hs}++)?|,)(?P<dy>\d{{4}})(?!\d)
          |
            [-/.](?:(?P<dy4>\d{{4}})|(?P<dyy>\d{{2}}))(?!\d)
          |
            {hs}++(?P<dsy>\d{{2}})(?={hs}*+$)
        )?
      |
        (?P<mm>{word})\.?{hs}*+
        (?P<md>\d{{1,2}})(?:\L<ord>)?(?![\p{{L}}\p{{N}}])
        (?:(?:,?{hs}++|,)(?P<my>\d{{4}})(?!\d))?
    )
    (?:{hs}*+(?P<ysuf>\L<ysuf>)(?![\p{{L}}\p{{M}}]))?
    """


_TIME: Final = rf"""
    (?:(?:,?{_HS}++|T)
        \d{{1,2}}[:.h]\d{{2}}(?::\d{{2}}(?:\.\d{{1,6}})?)?
        (?:{_HS}*+[AaPp]\.?[Mm]\.?)?
        (?:{_HS}*+(?:Z|[+-]\d{{2}}:?\d{{2}}|\p{{Lu}}{{2,5}}))?
    )?
"""


@attrs.frozen(eq=False)
class DateGrammar:
    """
    The compiled date grammar of a set of languages.

    Build one with `grammar`; it is cached per language set.

    Attributes:
        languages: The language codes whose words it knows.
        months: Lookup form (`normalise_word`) of every month name and
            abbreviation, mapped to the month number.
        pattern: Matches one date expression at a position.
        full: Matches a whole string that is one date (a time may follow).
        starters: Case-folded month and weekday words, for the cheap
            `may_start` test.
        articles: Case-folded articles that may open a date.
        weekdays: Lookup forms of every weekday name and abbreviation.
        bare_words: The ordinal suffixes and connectors as `pattern`
            matches them, for `read_simple`.
        suffix_leads: The first characters of the year suffixes as
            `pattern` matches them, for `read_simple`.
    """

    languages: tuple[str, ...]
    months: dict[str, int] = attrs.field(repr=False)
    pattern: regex.Pattern[str] = attrs.field(repr=False)
    full: regex.Pattern[str] = attrs.field(repr=False)
    starters: frozenset[str] = attrs.field(repr=False)
    articles: frozenset[str] = attrs.field(repr=False)
    weekdays: frozenset[str] = attrs.field(repr=False)
    bare_words: frozenset[str] = attrs.field(repr=False)
    suffix_leads: frozenset[str] = attrs.field(repr=False)

    def may_start(self, text: str, pos: int, *, article: bool = True) -> bool:
        """
        Cheaply tell whether a date expression could start at *pos*: a
        digit, or a word that is a month, a weekday or an article.

        `pattern` is an order of magnitude slower than this test, and most
        paragraphs open with neither.
        """
        if text[pos : pos + 1].isdigit():
            return True  # (no word opens with a digit: skip the match)
        m = _WORD.match(text, pos)
        if m is None:
            return pos < len(text) and text[pos].isdigit()
        word = m.group().casefold()
        if article and word in self.articles:
            # "The OSCE ..." opens most paragraphs: look past the article.
            after = _ARTICLE_GAP.match(text, m.end())
            return after is not None and self.may_start(text, after.end(), article=False)
        return word in self.starters or (
            not word.isascii() and normalise_word(word) in self.starters
        )

    def read_simple(self, text: str, pos: int) -> tuple[int, DateRead | None] | None:
        """
        Read the commonest date shape at *pos* without `pattern`: a day
        number, a word, a four-digit year, one space between each
        (``17 September 2008``). Returns the end of the expression and what
        `read` makes of it (``None`` when the word is no month), exactly as
        `pattern` and `read` would; or ``None`` when the text at *pos* has
        another shape (or might: a dot, a mark, an ordinal or connector for
        a word, a year suffix after the year), for `pattern` to read.

        `pattern` costs several times more than this test.
        """
        if not text[pos : pos + 1].isdecimal() or (pos and text[pos - 1].isalnum()):
            return None
        # Four pieces at most, the last the rest of the window, which is
        # longer than any expression of this shape.
        parts = text[pos : pos + 40].split(" ", 3)
        if len(parts) < 3:
            return None
        day, month, year = parts[0], parts[1], parts[2]
        if (
            not day.isdecimal()
            or len(day) > 2
            or not month.isalpha()
            or not 2 <= len(month) <= 13
            or month in self.bare_words
            or not year[:4].isdecimal()
            or len(year) < 4
        ):
            return None
        after = year[4:5]
        if after:
            # A digit makes the year longer; white space other than a
            # space, or a suffix's first letter, may start a year suffix.
            if after.isdecimal() or after.isspace() or after in self.suffix_leads:
                return None
        elif len(parts) > 3 and (parts[3][:1] in self.suffix_leads or not parts[3][:1].strip()):
            # A space follows the year: a suffix may follow it, or more
            # white space, or the end of the window.
            return None
        end = pos + len(day) + len(month) + 6
        month_number = self.months.get(normalise_word(month))
        if month_number is None:
            return end, None
        return end, DateRead(
            date=_safe_date(int(year[:4]), month_number, int(day)), has_year=True, long_year=True
        )

    def read(
        self,
        m: regex.Match[str],
        *,
        reference_date: dt.date | None = None,
        dayfirst: bool = True,
    ) -> DateRead | None:
        """
        Interpret a match of `pattern`.

        Args:
            m: A match of `pattern` or `full`.
            reference_date: Supplies a missing year.
            dayfirst: Read ``04/05/2020`` as 4 May (else as April 5).

        Returns:
            What the match says, or ``None`` when its month word is not a
            month after all.
        """
        # One groups() call costs less than a single lookup of a named group
        # in the regex module; _GROUPS is the pattern's group order.
        (wd, iy, _, im, id_, n1, _, n2, ny, nyy,
         dd, ds, dr, dm, mr, dy, dy4, dyy, dsy, mm, md, my, _) = m.groups()  # fmt: skip
        if wd is not None and normalise_word(wd) not in self.weekdays:
            return None
        if iy is not None:
            year, month, day = int(iy), int(im), int(id_)
            return DateRead(
                date=_safe_date(year, month, day), has_year=True, numeric=True, long_year=True
            )
        if n1 is not None:
            first, second = int(n1), int(n2)
            long_year = ny is not None
            year = int(ny) if long_year else two_digit_year(int(nyy))
            day, month = (first, second) if dayfirst else (second, first)
            date = _safe_date(year, month, day)
            if date is None and month > 12:
                date = _safe_date(year, day, month)
            return DateRead(date=date, has_year=True, numeric=True, long_year=long_year)
        year_back = 0
        if dd is not None:
            day_text, month_text = dd, dm
            year_text = dy or dy4
            short_year = dyy or dsy
            if ds is not None:
                # A day number split by the scan ("Tuesday, 1 6th November",
                # "2 1 November 2005" opening a line): read as one only
                # after a weekday or at the start of the text.
                if len(dd) > 1 or (wd is None and m.start() > 0):
                    return None
                day_text = dd + ds
            if dr is not None and not _is_range(m, int(day_text), int(dr), wd is not None):
                return None
            if mr is not None:
                # A range over two months ("29 September - 1 October 2003"):
                # its first day, in the year before when the range crosses it.
                end_month = self.months.get(normalise_word(mr))
                if end_month is None:
                    return None
                month_number = self.months.get(normalise_word(month_text))
                year_back = 1 if month_number is not None and end_month < month_number else 0
        else:
            day_text, month_text = md, mm
            year_text, short_year = my, None
        month_number = self.months.get(normalise_word(month_text))
        if month_number is None:
            return None
        day = int(day_text)
        if year_text is not None:
            return DateRead(
                date=_safe_date(int(year_text) - year_back, month_number, day),
                has_year=True,
                long_year=True,
            )
        if short_year is not None:
            return DateRead(
                date=_safe_date(two_digit_year(int(short_year)), month_number, day),
                has_year=True,
            )
        if reference_date is None or not 1 <= day <= 31:
            return DateRead(date=None, has_year=False)
        inferred = infer_year(month_number, day, reference_date)
        return DateRead(date=inferred, has_year=False, year_inferred=inferred is not None)


def _is_range(m: regex.Match[str], first: int, last: int, weekday: bool) -> bool:
    """
    Whether the day range of match *m* (days *first* to *last*) is one,
    not a number and a date: it runs forward, its first day ends no
    reference number (``H68/03 - 23 May``), and with spaces around the dash
    it stands after a weekday, at the start, or after a comma, colon or
    bracket, not after a word (``Page 2 of 5 - 12 March``, ``No. 12 - 15
    May``).
    """
    start = m.start()
    before = m.string[max(0, start - 2) : start]
    if last <= first or before[-1:] in ("/", "."):
        return False
    if weekday or " " not in m.string[m.end("dd") : m.start("dr")]:
        return True
    return before.rstrip()[-1:] in ("", ",", ";", ":", "(", "[")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _normalised_languages(languages: Iterable[str] | None) -> tuple[str, ...]:
    if languages is None:
        return LANGUAGES
    wanted = tuple(dict.fromkeys(languages))
    for code in wanted:
        load_language(code)  # raises LookupError for an unknown code
    return wanted


def grammar(languages: Iterable[str] | None = None) -> DateGrammar:
    """
    Return the date grammar of *languages* (all built-in ones by default),
    compiling it on first use.

    Raises:
        LookupError: A code is not a built-in language.
        ValueError: Two languages give one month word different months.
    """
    return _grammar(_normalised_languages(languages))


@functools.cache
def _grammar(languages: tuple[str, ...]) -> DateGrammar:
    months: dict[str, int] = {}
    owner: dict[str, str] = {}
    month_words: set[str] = set()
    weekdays: set[str] = set()
    ordinals: set[str] = set()
    articles: set[str] = set()
    connectors: set[str] = set()
    year_suffixes: set[str] = set()
    for code in languages:
        data = load_language(code)
        for number, (names, abbreviations) in enumerate(
            zip(data["months"], data["month_abbreviations"], strict=True), start=1
        ):
            for word in (*names, *abbreviations):
                key = normalise_word(word)
                if months.setdefault(key, number) != number:
                    raise ValueError(
                        f"month word {word!r} ({code}) is month {number}, but "
                        f"{owner[key]} makes it month {months[key]}"
                    )
                owner.setdefault(key, code)
                month_words.add(word)
        for names in data["weekdays"]:
            weekdays.update(names)
        ordinals.update(data["ordinal_suffixes"])
        articles.update(data["articles"])
        connectors.update(data["connectors"])
        year_suffixes.update(data["year_suffixes"])
    lists: dict[str, Any] = {
        "ord": _variants(ordinals),
        "art": _variants(articles),
        "conn": _variants(connectors),
        "ysuf": _variants(year_suffixes),
    }
    # An empty named list would never match; a sentinel keeps the slot.
    lists = {name: words or {"\x00"} for name, words in lists.items()}
    flags = regex.VERBOSE | regex.V1
    body = _date_pattern(_HS)
    starters = frozenset(normalise_word(w) for w in (*month_words, *weekdays)) | frozenset(
        w.casefold() for w in (*month_words, *weekdays)
    )
    pattern = regex.compile(body, flags, **lists)
    if sorted(pattern.groupindex, key=pattern.groupindex.__getitem__) != list(_GROUPS):
        raise AssertionError("the date pattern's groups differ from DateGrammar.read's")
    return DateGrammar(
        languages,
        months,
        pattern,
        regex.compile(rf"\s*+(?:{body}){_TIME}[.,]?\s*+", flags, **lists),
        starters,
        frozenset(w.casefold() for w in articles),
        frozenset(normalise_word(w) for w in weekdays),
        frozenset(lists["ord"] | lists["conn"]),
        frozenset(word[:1] for word in lists["ysuf"]),
    )


def parse_date(
    text: str,
    *,
    reference_date: dt.date | None = None,
    dayfirst: bool = True,
    languages: Iterable[str] | None = None,
) -> dt.date | None:
    """
    Read *text* as one date, in any supported language or format.

    Understands ``17 September 2008``, ``Wed, 24th February 2010``,
    ``Sept. 5, 2020``, ``le 1er mars 2019``, ``4 de abril de 2019``,
    ``20 ноября 2009 г.``, ``9.3.2020``, ``29/09/10`` and ``2024-04-10``
    (a time of day may follow and is ignored).

        >>> parse_date("4 de abril de 2019")
        datetime.date(2019, 4, 4)
        >>> parse_date("29/09/10")
        datetime.date(2010, 9, 29)
        >>> parse_date("Nov 22nd", reference_date=datetime.date(2010, 12, 1))
        datetime.date(2010, 11, 22)

    Args:
        text: The date, alone (surrounding white space is ignored).
        reference_date: Supplies the year when *text* prints none.
        dayfirst: Read an ambiguous numeric date (``04/05/2020``) day
            first; with ``False``, month first.
        languages: Restrict month and day names to these language codes
            (default: all built-in languages).

    Returns:
        The date, or ``None`` when *text* is not one date, the date is
        impossible (31 February), or it has no year and no reference.
    """
    g = grammar(languages)
    m = g.full.fullmatch(text)
    if m is None:
        return None
    read = g.read(m, reference_date=reference_date, dayfirst=dayfirst)
    return read.date if read is not None else None


def find_date(
    text: str,
    *,
    reference_date: dt.date | None = None,
    dayfirst: bool = True,
    languages: Iterable[str] | None = None,
) -> FoundDate | None:
    """
    Find the first valid date anywhere in *text* (a letterhead or short
    line such as ``Wednesday, 4 May 2011`` or ``06/00 5 January 2000``).

        >>> find_date("MEDIA RELEASE 06/00 5 January 2000")
        FoundDate(date=datetime.date(2000, 1, 5), span=(20, 34))

    Args:
        text: Text to search; meant for a line or a short paragraph.
        reference_date: Supplies the year of a date that prints none;
            without it such dates are skipped.
        dayfirst: Read an ambiguous numeric date day first.
        languages: Restrict month and day names to these language codes.

    Returns:
        The date and the span of its expression, or ``None``.
    """
    g = grammar(languages)
    for m in g.pattern.finditer(text, overlapped=True):
        read = g.read(m, reference_date=reference_date, dayfirst=dayfirst)
        if read is not None and read.date is not None:
            return FoundDate(read.date, m.span())
    return None
