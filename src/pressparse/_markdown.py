"""
Crawled Markdown read as the text it shows.

HTML-to-Markdown converters (html2text, markdownify, turndown in reader
services such as r.jina.ai) keep a page's structure in Markdown: ``#``
headings, ``[text](url)`` links, ``![alt](src)`` images, ``**emphasis**``,
``| a | b |`` tables, and paragraphs wrapped at a fixed width (html2text
wraps at 78 columns, link syntax included). `read_markdown` turns such a
page into the `Line` records the rest of the pipeline reads, as the HTML
reader does for HTML: one line per block (a paragraph, a heading, a list
item, a table row), holding the visible text, with the block's element in
`Line.tag` and how much of it was link text in `Line.link_chars`.

A page is read as Markdown only on evidence (`looks_like_markdown`):
plain text, lynx and inscriptis dumps never are, and read as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeAlias

import regex

from ._models import Boilerplate
from ._page import Line, Page

#: The name `Boilerplate.stripper` carries for what the Markdown reader
#: drops (image lines, link reference definitions).
READER_NAME: Final = "markdown"

#: A converter's wrap width is at most this: a line this long or longer
#: was not broken by wrapping (html2text wraps at 78 columns).
MAX_WRAP_CHARS: Final = 80
#: A line broken by wrapping is at least this long: the wrap width less
#: the longest word that did not fit.
MIN_WRAP_CHARS: Final = 50
#: A link or image left open is looked for on at most this many following
#: lines (a wrapped link text or address).
MAX_OPEN_LINES: Final = 12
#: What joins the cells of a table row on its line (as the HTML reader).
CELL_SEPARATOR: Final = " | "

# --- Detection -------------------------------------------------------------

# An inline link or image: "[text](" with a destination that opens right
# after the bracket.
_LINK_EVIDENCE: Final = regex.compile(r"\[[^\[\]\n]{0,500}\]\([^\s()]")
# An ATX heading followed by a blank line (converters always leave one), or
# a setext heading's "===" underline under a line that is not blank (its
# first character that is not a space found without backtracking: a page of
# long lines and no underline costs linear time).
_HEADING_EVIDENCE: Final = regex.compile(
    r"^\#{1,6}[ ]+\S[^\n]*+\n[ \t]*\n|^[^\S\n]*+\S[^\n]*+\n=={2,}[ \t]*$", regex.MULTILINE
)
#: A page needs this many pieces of evidence (links, images, headings) to
#: be read as Markdown, links being among them or headings making all of it.
MIN_EVIDENCE: Final = 2


def looks_like_markdown(text: str) -> bool:
    """
    ``True`` when *text* shows Markdown's marks: two inline links or
    images (``[text](url)``, ``![alt](src)``), two headings (``# Title``
    followed by a blank line, or a title underlined with ``===``), or one
    of each.

    Plain text is never taken for Markdown on a lone bracket, a ``#``
    comment line or a rule of ``-``: costs three one-character searches on
    a page with no ``]``, ``#`` or ``=``.
    """
    # A search for one character is several times as fast as for two on a
    # page that is not ASCII: most plain pages hold no "]", "#" or "=".
    links = text.count("](") if "]" in text else 0
    headed = ("#" in text and (text[:1] == "#" or "\n#" in text)) or (
        "=" in text and "\n==" in text
    )
    if links < MIN_EVIDENCE and not headed:
        return False
    if links and _LINK_EVIDENCE.search(text) is None:
        links = 0
    if links >= MIN_EVIDENCE:
        return True
    headings = 0
    if headed:
        for _ in _HEADING_EVIDENCE.finditer(text):
            headings += 1
            if headings + links >= MIN_EVIDENCE:
                return True
    return False


# --- Inline markup -----------------------------------------------------------

# A backslash escape of ASCII punctuation ("27\. Januar", "\*", "\_") is
# replaced by a private-use stand-in while the markup is read, so that the
# escaped character takes no part in it, and restored at the end.
_ESCAPE: Final = regex.compile(r"\\([!-/:-@\[-`{-~])")
_STAND_IN: Final = 0xF0000
# Link text is wrapped in these while the rest is read, to count it.
_OPEN: Final = "\U000f0100"
_CLOSE: Final = "\U000f0101"
_LINK_TEXT: Final = regex.compile(f"{_OPEN}([^{_OPEN}{_CLOSE}]*){_CLOSE}")

# A link destination: anything up to the parenthesis that closes it, one
# level of parentheses inside allowed (a wrapped address holds spaces). All
# repetitions are possessive: a destination left open fails in linear time.
# (Written as runs between the inner pairs, "a(b)c", rather than as a
# choice repeated, "(?:a|(b))*": the same strings, matched a fifth faster.)
_DESTINATION: Final = r"\([^()]*+(?:\([^()]*+\)[^()]*+)*+\)"
# Alt text of at most 1,000 characters: "![" that never closes costs linear
# time.
_IMAGE: Final = regex.compile(r"!\[[^\]]{0,1000}+\](?:" + _DESTINATION + r"|\[[^\[\]]*+\])")
# Link text may hold brackets in pairs ("[[The Palace] Tale ...](url)").
_LINK: Final = regex.compile(
    r"\[([^\[\]]*+(?:\[[^\[\]]*+\][^\[\]]*+)*+)\](?:" + _DESTINATION + r"|\[[^\[\]]*+\])"
)
# The start of a link or image whose end stands in a later block.
_ORPHAN_START: Final = regex.compile(r"(?:!?\[[ \t]*+)+")
# The end of a link whose start stood in an earlier block (a link around
# several paragraphs): its text is what comes before it.
_ORPHAN_END: Final = regex.compile(r"\]" + _DESTINATION)
_AUTOLINK: Final = regex.compile(
    r"<((?:https?|ftp)://[^\s<>]++|mailto:[^\s<>]++|[\w.+-]++@[\w-]++(?:\.[\w-]++)++)>"
)
# Emphasis, at most 1,000 characters (so that marks that never close cost
# linear time). A closing mark that html2text follows with a space before
# punctuation ("**I Accept** , you") takes the space with it.
# An empty emphasis ("__", html2text's rendering of an icon) shows nothing.
_STRONG: Final = regex.compile(
    r"\*\*(?: (?=[,.;:!?)]))?|(?<!\w)__(?=\S)|(?<=\S)__(?![\w])|(?<!\S)__(?!\S)"
)
_EM_STAR: Final = regex.compile(
    r"(?<![\w*])\*([^\s*](?:[^*\n]{0,1000}?[^\s*])?)\*(?![\w*])(?: (?=[,.;:!?)]))?"
)
_EM_UNDERSCORE: Final = regex.compile(
    r"(?<![\w_])_([^\s_](?:[^\n]{0,1000}?[^\s_])?)_(?![\w_])(?: (?=[,.;:!?)]))?"
)
# A code span: a run of one to three backticks, the code, the same run.
_CODE: Final = regex.compile(r"(?<!`)(`{1,3})(?!`)([^`]{1,500})(?<!`)\1(?!`)")
_STRIKE: Final = regex.compile(r"~~([^~]{1,500})~~")


_STAND_INS: Final = regex.compile("[\U000f0021-\U000f007e]")


def _escaped(match: regex.Match[str]) -> str:
    return chr(_STAND_IN + ord(match.group(1)))


def _restored(match: regex.Match[str]) -> str:
    return chr(ord(match.group()) - _STAND_IN)


def _link(match: regex.Match[str]) -> str:
    text = match.group(1)
    return f"{_OPEN}{text}{_CLOSE}" if text and not text.isspace() else " "


_SENTINEL: Final = regex.compile(f"([{_OPEN}{_CLOSE}])")


def _outer_links(text: str) -> list[str]:
    """
    The text of each outermost link in *text*, sentinels removed.
    """
    found: list[str] = []
    depth = 0
    for piece in _SENTINEL.split(text):
        if piece == _OPEN:
            if not depth:
                found.append("")
            depth += 1
        elif piece == _CLOSE:
            depth = max(depth - 1, 0)
        elif depth:
            found[-1] += piece
    return found


def _autolink(match: regex.Match[str]) -> str:
    return f"{_OPEN}{match.group(1)}{_CLOSE}"


def _has_mark(text: str) -> bool:
    """
    Whether *text* holds a character other than ``[`` that `read_inline`
    reads as markup (one ``str`` search each: cheaper than a pattern).
    """
    return (
        "]" in text
        or "*" in text
        or "_" in text
        or "`" in text
        or "\\" in text
        or "<" in text
        or "~" in text
    )


def _lone_link(text: str) -> str | None:
    """
    The text of *text*, white space collapsed, when *text* is one link and
    nothing else (a menu item) simple enough to read at once: no escape,
    no mark in its text, no bracket or parenthesis in its destination (so
    that it leaves nothing open either, see `_opens`); else ``None``.
    """
    if (
        text[:1] != "["
        or text[-1:] != ")"
        or text.count("](") != 1
        or "![" in text
        or "\\" in text
    ):
        return None
    middle = text.index("](")
    destination = text[middle + 2 : -1]
    if "(" in destination or ")" in destination or "[" in destination:
        return None
    inner = text[1:middle]
    if "*" in inner or "_" in inner or "`" in inner or "[" in inner:
        return None
    return " ".join(inner.split())


def read_inline(text: str) -> tuple[str, int, bool]:
    """
    The visible text of one block's Markdown *text*, white space collapsed;
    how many of its characters are link text; and whether it held an image.

    Links (inline, reference-style, autolinks) read as their text, images
    are dropped, emphasis marks, code backticks and backslash escapes go.
    """
    if "[" not in text and not _has_mark(text):
        # No mark at all (a quarter of a converted page's blocks): only the
        # white space to collapse.
        return " ".join(text.split()), 0, False
    escaped = "\\" in text
    if escaped:
        text = _ESCAPE.sub(_escaped, text)
    else:
        lone = _lone_link(text)
        if lone is not None:
            return lone, len(lone), False
    images = False
    if "![" in text and ("](" in text or "][" in text):
        text, count = _IMAGE.subn("", text)
        images = count > 0
    links = False
    if "](" in text or "][" in text:
        for _ in range(3):  # a link inside a link's text: the inner one first
            text, count = _LINK.subn(_link, text)
            if not count:
                break
            links = True
            if "](" not in text and "][" not in text:
                break
        if "](" in text:
            m = _ORPHAN_END.search(text)
            if m is not None and "[" not in text[: m.start()]:
                text = f"{_OPEN}{text[: m.start()]}{_CLOSE}{text[m.end() :]}"
                links = True
    if "[" in text and "]" not in text:
        # The start of a link or image whose end stands in a later block: a
        # text with no "]" holds no bracket pair.
        text = _ORPHAN_START.sub("", text)
    if "<" in text and ("@" in text or "://" in text):
        text, count = _AUTOLINK.subn(_autolink, text)
        links = links or count > 0
    if "*" in text or "__" in text:
        text = _STRONG.sub("", text)
        if "*" in text:
            text = _EM_STAR.sub(r"\1", text)
    if "_" in text:
        text = _EM_UNDERSCORE.sub(r"\1", text)
        # An emphasis opened before a hard break and closed after it: each
        # block holds one mark.
        if text[:1] == "_" and text[1:2] not in ("_", " "):
            text = text[1:]
        if text[-1:] == "_" and text[-2:-1] not in ("_", " "):
            text = text[:-1]
    if "`" in text:
        text = _CODE.sub(lambda m: m.group(2).strip(), text)
    if "~~" in text:
        text = _STRIKE.sub(r"\1", text)
    link_chars = 0
    if links:
        inners = _LINK_TEXT.findall(text)
        if len(inners) < text.count(_OPEN):
            inners = _outer_links(text)  # a link inside a link's text
        for inner in inners:
            link_chars += len(" ".join(inner.split()))
        text = text.replace(_OPEN, "").replace(_CLOSE, "")
    if escaped:
        text = _STAND_INS.sub(_restored, text)
    text = " ".join(text.split())
    return text, min(link_chars, len(text)), images


# --- Blocks ------------------------------------------------------------------

_BLOCK_OPENING: Final = frozenset("#>*+-=_|`~0123456789")
_THEMATIC_BREAK: Final = regex.compile(r"(?:[-*_][ \t]*){3,}")
_SETEXT: Final = regex.compile(r"=+|-+")
_HEADING: Final = regex.compile(r"(#{1,6})(?:[ \t]+|$)")
_CLOSING_HASHES: Final = regex.compile(r"[ \t]+#+$")
_BULLET: Final = regex.compile(r"([*+-])(?:[ \t]+|$)")
_ORDINAL: Final = regex.compile(r"\d{1,9}[.)](?:[ \t]+|$)")
_TABLE_RULE: Final = regex.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?")
_FENCE: Final = regex.compile(r"(`{3,}|~{3,})")
_REFERENCE: Final = regex.compile(r"\[[^\]]+\]:[ \t]*\S")
# Words that follow a hyphen left hanging before them ("Bundes- und
# Landesebene", "pre- and post-war"): a line ending on such a hyphen goes
# on with a space. After any other word-hyphen html2text broke a
# hyphenated word ("Lebensmittel-" "Kennzeichnung") and nothing is added.
_AFTER_HANGING_HYPHEN: Final = frozenset(
    "und oder bis sowie bzw and or nor to et ou y o e i".split()
)


#: What `read_inline` gave for each block text already read on a page (a
#: menu repeated in the footer, the same link in every teaser).
_Read: TypeAlias = dict[str, tuple[str, int, bool]]


class _Block:
    """
    One block being read: its source lines and its content so far.
    """

    __slots__ = ("first", "hard", "indent", "kind", "marker", "open", "parts", "raws")

    def __init__(
        self, first: int, raw: str, part: str, kind: str, marker: str, indent: int
    ) -> None:
        self.first = first
        self.raws = [raw]
        self.parts = [part]
        self.kind = kind  # "p", "h1".."h6", "li", "tr", "blockquote", "ref"
        self.marker = marker
        self.indent = indent
        self.hard = raw[-1:] == "\\" or raw[-2:] == "  "
        # Whether a link or image is left open: only a part holding a
        # bracket can open one.
        self.open = "[" in part and _opens(part)

    def add(self, raw: str, part: str) -> None:
        self.raws.append(raw)
        self.parts.append(part)
        self.hard = raw[-1:] == "\\" or raw[-2:] == "  "
        if self.open and "]" not in part and ")" not in part and "\\" not in part:
            # What is open stays open: a part with no "]" or ")" closes
            # nothing (and takes no "](" across the space that joins it).
            self.open = len(self.raws) <= MAX_OPEN_LINES
        elif self.open or "[" in part or "(" in part:
            self.open = len(self.raws) <= MAX_OPEN_LINES and _opens(" ".join(self.parts))

    def in_title(self) -> bool:
        """
        Whether the open link's destination has a quoted title still open.
        """
        text = " ".join(self.parts)
        opened = text.rfind("](")
        return opened >= 0 and text.count('"', opened) % 2 == 1

    def content(self) -> str:
        parts = self.parts
        if len(parts) == 1:
            return parts[0]
        joined = parts[0]
        for part in parts[1:]:
            if (
                joined[-1:] == "-"
                and joined[-2:-1].isalpha()
                and part[:1].isalpha()
                and part.split(" ", 1)[0] not in _AFTER_HANGING_HYPHEN
            ):
                joined += part  # a word html2text broke at its hyphen
            else:
                joined = f"{joined} {part}"
        return joined


def read_markdown(raws: list[str], start: int = 0) -> Page:
    """
    Read the Markdown lines *raws* from *start* into a `Page` of format
    ``"markdown"``.

    Each block becomes one `Line`, numbered by its first source line, its
    `Line.raw` the source lines as printed joined with newlines:

    * a paragraph, its wrapped lines joined (a line ending in two spaces
      or a backslash is a hard break and ends it), ``tag="p"``; a quoted
      paragraph (``> ...``) ``tag="blockquote"``;
    * an ATX (``## Title``) or setext (``Title`` over ``===`` or ``---``)
      heading, ``tag="h1"``..``"h6"``;
    * a list item, ``tag="li"``: a bullet (``*``, ``-``, ``+``) goes to
      `Line.marker` as on plain pages, an ordinal (``1.``) stays in the
      text;
    * a table row, ``tag="tr"``: cells joined by ``" | "``, empty cells
      dropped; the ``---|---`` rule under the head joins the head row's raw;
    * a fenced code line, ``tag="pre"``, read as printed.

    A line that opens like a list item or heading right after a paragraph
    line a converter wrapped (50 to 80 characters, no hard break) goes on
    with that paragraph (html2text's wrap put ``- entweder`` or ``27.
    Januar`` there), and so does any line while a link or image is open.
    Links read as their text (`Line.link_chars` counts it), images are
    dropped, emphasis, code marks and escapes go (`read_inline`). A block
    that shows nothing once images are dropped is removed with ``kind=
    "image"`` (``"link"`` for an empty link); link reference definitions
    (``[1]: http://...``) with ``kind="link-reference"``; both by the
    ``markdown`` reader, so they stay in `Release.boilerplate`. Thematic
    breaks (``* * *``) read as blank lines.
    """
    lines: list[Line] = []
    append = lines.append
    removed: dict[str, list[int]] = {}
    inline: _Read = {}
    new = tuple.__new__
    block: _Block | None = None
    fence = ""
    table = False
    runs_on = _RUNS_ON

    for number, raw in enumerate(raws[start:], start):
        left = raw.lstrip()
        stripped = left.rstrip()
        if fence:
            if stripped.startswith(fence):
                fence = ""
                append(new(Line, (number, raw, "", "", 0, None, None, 0)))
            else:
                text = " ".join(stripped.split())
                append(new(Line, (number, raw, text, "", len(raw) - len(left), "pre", None, 0)))
            continue
        if not stripped:
            if block is not None and block.open and block.in_title():
                # A link's title in quotes holds the blank line (html2text
                # prints a title attribute's paragraphs as they are).
                block.add(raw, "")
                continue
            if block is not None:  # (a blank line ends a block, a link left open too)
                _finish(block, append, removed, inline)
                block = None
            table = False
            append(new(Line, (number, raw, "", "", 0, None, None, 0)))
            continue
        if block is not None and block.open:
            block.add(raw, stripped)
            continue
        first = stripped[0]
        if first not in _BLOCK_OPENING and not table and (first != "[" or "]:" not in stripped):
            # Plain text: a paragraph, or the next line of one.
            if block is not None:
                if not block.hard and block.kind in runs_on:
                    block.add(raw, stripped)
                    continue
                _finish(block, append, removed, inline)
            block = _Block(number, raw, stripped, "p", "", len(raw) - len(left))
            continue
        if (
            (first == "*" or first == "-" or first == "+")
            and stripped[1:2] == " "
            and not table
            and (block is None or block.hard or block.kind not in runs_on)
            and stripped.strip(first + " ")
        ):
            # A list item (the most common line of a converted page): done
            # at once unless a link in it goes on on the next line.
            if block is not None:
                _finish(block, append, removed, inline)
                block = None
            part = stripped[2:].lstrip()
            lone = _lone_link(part)  # (most items of a menu)
            if lone:
                indent = len(raw) - len(left)
                append(new(Line, (number, raw, lone, first, indent, "li", None, len(lone))))
            elif "[" in part and _opens(part):
                block = _Block(number, raw, part, "li", first, len(raw) - len(left))
            else:
                _emit(
                    number, raw, part, "li", first, len(raw) - len(left), append, removed, inline
                )
            continue
        wrapped = (
            block is not None
            and not block.hard
            and block.kind in runs_on
            and MIN_WRAP_CHARS <= len(block.raws[-1].rstrip()) <= MAX_WRAP_CHARS
        )
        kind = "p"
        marker = ""
        part = stripped
        if first == "`" or first == "~":
            m = _FENCE.match(stripped)
            if m is not None:
                if block is not None:
                    _finish(block, append, removed, inline)
                    block = None
                fence = m.group(1)
                append(new(Line, (number, raw, "", "", 0, None, None, 0)))
                continue
        elif (
            (first == "=" or first == "-")
            and block is not None
            and block.kind == "p"
            and not block.hard
            and _SETEXT.fullmatch(stripped) is not None
        ):
            block.kind = "h1" if first == "=" else "h2"
            block.raws.append(raw)
            _finish(block, append, removed, inline)
            block = None
            continue
        if (
            first in "-*_"
            and not stripped.strip(first + " \t")
            and _THEMATIC_BREAK.fullmatch(stripped) is not None
        ):
            if block is not None:
                _finish(block, append, removed, inline)
                block = None
            append(new(Line, (number, raw, "", "", 0, None, None, 0)))
            continue
        if table or "|" in stripped:
            if _TABLE_RULE.fullmatch(stripped) is not None:
                if block is not None and "|" in block.content():
                    # The rule under a table's head row: the row is the
                    # head, the lines after it rows.
                    block.kind = "tr"
                    block.raws.append(raw)
                    _finish(block, append, removed, inline)
                    block = None
                    table = True
                    continue
            elif table or (first == "|" and stripped.endswith("|") and len(stripped) > 1):
                if block is not None:
                    _finish(block, append, removed, inline)
                block = _Block(number, raw, stripped, "tr", "", len(raw) - len(left))
                continue
        if first == ">" and block is not None and block.kind == "blockquote" and not block.hard:
            block.add(raw, stripped.lstrip("> \t"))  # the quote goes on
            continue
        if first == "#":
            m = _HEADING.match(stripped)
            if m is not None and not wrapped:
                kind = f"h{len(m.group(1))}"
                part = stripped[m.end() :]
        elif first == ">":
            if not wrapped:
                kind = "blockquote"
                part = stripped.lstrip("> \t")
        elif first in "*+-":
            m = _BULLET.match(stripped)
            if m is not None and not wrapped:
                kind = "li"
                marker = m.group(1)
                part = stripped[m.end() :]
        elif first.isdigit():
            if not wrapped and _ORDINAL.match(stripped) is not None:
                kind = "li"
        elif first == "[" and "](" not in stripped and _REFERENCE.match(stripped) is not None:
            kind = "ref"
        if kind == "p" and block is not None and not block.hard and block.kind in runs_on:
            block.add(raw, stripped)
            continue
        if block is not None:
            _finish(block, append, removed, inline)
        block = _Block(number, raw, part, kind, marker, len(raw) - len(left))
    if block is not None:
        _finish(block, append, removed, inline)
    page = Page(lines=lines, format="markdown")
    for kind, numbers in removed.items():
        page = page.remove(numbers, kind=kind, stripper=READER_NAME)
    if len(removed) > 1:
        page = Page(
            lines=page.lines,
            removed=sorted(page.removed, key=_start),
            format="markdown",
        )
    return page


def _opens(text: str) -> bool:
    """
    Whether a link or image opened in *text* is left open: its text or
    its destination goes on on the next line.
    """
    if "\\" in text:
        text = _ESCAPE.sub("", text)
    if text.count("[") > text.count("]"):
        return True
    opened = text.rfind("](")
    return opened >= 0 and text.count("(", opened) > text.count(")", opened)


def _finish(
    block: _Block, append: Callable[[Line], None], removed: dict[str, list[int]], inline: _Read
) -> None:
    """
    `_emit` the `Line` of *block*.
    """
    raw = block.raws[0] if len(block.raws) == 1 else "\n".join(block.raws)
    _emit(
        block.first,
        raw,
        block.content(),
        block.kind,
        block.marker,
        block.indent,
        append,
        removed,
        inline,
    )


def _emit(
    number: int,
    raw: str,
    content: str,
    kind: str,
    marker: str,
    indent: int,
    append: Callable[[Line], None],
    removed: dict[str, list[int]],
    inline: _Read,
) -> None:
    """
    Append the `Line` of a block (its text read by `read_inline`, once per
    distinct text on a page: *inline* keeps what it gave); a block that
    shows nothing but held an image, an empty link or a link reference is
    also noted in *removed* under that kind.
    """
    new = tuple.__new__
    if kind == "ref":
        removed.setdefault("link-reference", []).append(number)
        append(new(Line, (number, raw, "", "", indent, None, None, 0)))
        return
    read = inline.get(content)
    if read is None:
        read = inline[content] = read_inline(content)
    text, link_chars, images = read
    if kind == "tr" and "|" in text:
        cells = [" ".join(cell.split()) for cell in text.strip("|").split("|")]
        text = CELL_SEPARATOR.join(cell for cell in cells if cell)
        link_chars = min(link_chars, len(text))
    elif kind[0] == "h" and text.endswith("#"):
        text = _CLOSING_HASHES.sub("", text)
    if text:
        append(new(Line, (number, raw, text, marker, indent, kind, None, link_chars)))
        return
    if images or "](" in content or "][" in content:
        removed.setdefault("image" if images else "link", []).append(number)
    append(new(Line, (number, raw, "", marker, indent, None, None, 0)))


#: Blocks the next plain line goes on with: a paragraph (a converter
#: wrapped it), a heading (html2text wraps those too) and a quote.
_RUNS_ON: Final = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})


def _start(record: Boilerplate) -> int:
    return record.start
