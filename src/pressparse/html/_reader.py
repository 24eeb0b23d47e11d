"""
Reading an HTML page into the line model.

One pass over the parsed tree with `lxml.etree.iterwalk` turns every block
element into `Line` records and keeps, for every block, a small node
record (parent, region evidence, amount of text). A second, linear pass
over those nodes decides which region each line sits in: boilerplate
(navigation, header, footer, sidebar, consent banner, ...), the main
text, or unknown. Nothing recurses in Python, so nesting depth is bounded
only by the parser.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from itertools import chain
from typing import Any, Final

import lxml.etree as etree
import regex

from .._decode import READER, UNREAD
from .._models import Boilerplate
from .._page import Hints, Line, Page
from ._hints import HintCollector
from ._sniff import decode_html_named
from ._zones import BOILERPLATE_ZONES, ROLE_ZONES, TAG_ZONES, words_evidence

#: Elements whose content is never page text.
DROPPED_TAGS: Final = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "canvas",
        "video",
        "audio",
        "map",
        "button",
        "select",
        "option",
        "optgroup",
        "datalist",
        "textarea",
        "input",
        "progress",
        "meter",
        "head",
        "title",
    }
)

#: Elements that start a new line.
BLOCK_TAGS: Final = frozenset(
    {
        "html",
        "body",
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hgroup",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "menu",
        "blockquote",
        "pre",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "form",
        "fieldset",
        "legend",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "figure",
        "figcaption",
        "address",
        "details",
        "summary",
        "center",
        "dialog",
        "hr",
        "noframes",
    }
)

#: Table cells: the cells of one row share a line, joined by `CELL_SEPARATOR`.
CELL_TAGS: Final = frozenset({"td", "th"})
#: What joins the cells of a table row on its line.
CELL_SEPARATOR: Final = " | "

#: Containers a main-text search may descend into.
CONTAINER_TAGS: Final = frozenset(
    {
        "html",
        "body",
        "div",
        "section",
        "article",
        "main",
        "td",
        "th",
        "table",
        "tbody",
        "tr",
        "center",
        "form",
        "blockquote",
        "header",
        "footer",
        "aside",
        "nav",
        "dl",
        "figure",
        "details",
    }
)

#: Tags (counted as ``<`` characters) of a page read into the tree; the
#: source after them is kept unread, as one `Boilerplate` record of kind
#: ``"unread"``. The largest shared page has 13,000: the bound keeps a page
#: of millions of elements (10 MB of menu items) within about ten times
#: its size in memory.
MAX_TAGS: Final = 200_000
_FIRST_TAGS: Final = re.compile(rf"(?:[^<]*<){{{MAX_TAGS + 1}}}")

#: Nesting the reader keeps when the parser reports excessive depth.
MAX_DEPTH: Final = 1000
#: Elements kept past `MAX_DEPTH` when no element of their name is open
#: (libxml2 accepts about 2,000 levels).
MAX_DEEP_KEPT: Final = 500

#: A region hint named by a class or id is ignored when its element holds
#: more than this share of the page's text (a wrapper like
#: ``<div class="page has-sidebar">``).
WEAK_HINT_MAX_SHARE: Final = 0.5
#: The same for a hint named by the tag or ARIA role.
STRONG_HINT_MAX_SHARE: Final = 0.75
#: The main text search steps into a child that holds at least this share
#: of its parent's text.
DESCEND_SHARE: Final = 0.85
#: A line counts as prose for the main-text search from this many characters...
PROSE_MIN_CHARS: Final = 40
#: ... when at most this share of it is link text.
PROSE_MAX_LINK_SHARE: Final = 0.3
#: A line whose text is at least this share link text is a link line
#: (zone ``"links"``) when it is shorter than `LINK_LINE_MAX_CHARS`.
LINK_LINE_SHARE: Final = 0.8
#: See `LINK_LINE_SHARE`.
LINK_LINE_MAX_CHARS: Final = 120
#: A lead paragraph joins the main text when an ``<h1>`` at most this many
#: lines before the main text precedes it.
LEAD_WINDOW: Final = 12
#: A picture credit line is at most this long.
CREDIT_MAX_CHARS: Final = 80
# A picture credit: a credit label and a colon or slash, or a copyright sign,
# opening a short line.
_CREDIT: Final = re.compile(
    r"(?:©|\(c\)\s|(?:fotos?|photos?|bild(?:er|quelle|nachweis)?|images?|credits?|crédits?"
    r"(?: photos?)?|titelbild|fotocredits?|photo credits?)\s*[:/|])",
    re.IGNORECASE,
)
# The ASCII characters a picture credit can open with (any case); a line
# opening with another ASCII character is no credit, and is not matched.
_CREDIT_FIRST: Final = frozenset("(fpbictFPBICT")
_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: A `<main>`/`<article>` counts as the main text when it holds at least
#: this share of the page's text outside boilerplate regions.
SEMANTIC_MAIN_SHARE: Final = 0.25

_CELL_MARK: Final = "\x00"
_INVISIBLE: Final = {
    0xAD: None,
    0x200B: None,
    0x200C: None,
    0x200D: None,
    0x2060: None,
    0xFEFF: None,
}
_INVISIBLE_RE: Final = re.compile("[\xad\u200b\u200c\u200d\u2060\ufeff]")
_XML_DECL: Final = re.compile(r"\A\s*<\?xml[^>]*>")
_DOCTYPE_SUBSET: Final = re.compile(r"<!doctype[^>\[]*\[", re.IGNORECASE)
_TAG_TOKEN: Final = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>")
_VOID: Final = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "keygen",
        "command",
        "basefont",
        "frame",
        "isindex",
    }
)


def _parser() -> etree.HTMLParser:
    """
    A fresh recovering HTML parser that reaches no network and keeps no
    comments or processing instructions.

    ``huge_tree`` lifts libxml2's limits on text-node and attribute size (a
    20 MB attribute would otherwise end the document there) and raises its
    depth limit; the HTML parser expands no entities, so it cannot turn
    into an entity bomb. A plain `lxml.etree` parser: `lxml.html`'s element
    classes cost a Python lookup per element and are not needed here.
    """
    return etree.HTMLParser(
        recover=True,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
        collect_ids=False,
        encoding="utf-8",
    )


def _any_case(word: str) -> str:
    return "".join(f"[{c}{c.upper()}]" for c in word)


# Raw-text elements and comments are cut out of the source before parsing:
# they are never page text, and on modern pages they are half the bytes or
# more. Script and style content ends at the first "</script" or "</style",
# as in the HTML standard; a comment swallows any tag inside it. The search
# runs on the UTF-8 bytes (no case folding, no decoding).
_RAW_OPEN: Final = re.compile(
    rf"<(?:!--|({_any_case('script')}|{_any_case('style')})(?=[\s/>]))".encode("ascii")
)
_RAW_CLOSE: Final = {
    b"c": re.compile(rf"</{_any_case('script')}[\s/>]".encode("ascii")),
    b"t": re.compile(rf"</{_any_case('style')}[\s/>]".encode("ascii")),
}
# C0 controls but tab, newline and carriage return, and DEL: never part of a
# multi-byte UTF-8 sequence, so they are replaced on the bytes.
_CONTROL_BYTES: Final = bytes.maketrans(bytes([*range(9), 11, 12, *range(14, 32), 127]), b" " * 30)


def _cut_raw_text(source: bytes, scripts: list[str]) -> bytes:
    """
    Remove comments, ``<script>`` and ``<style>`` elements from *source*;
    the content of JSON-LD scripts is appended to *scripts*. An element
    left open runs to the end, as in a browser; a comment left open is
    left to the parser.
    """
    pieces: list[bytes] = []
    pos = 0
    search = _RAW_OPEN.search
    while True:
        match = search(source, pos)
        if match is None:
            break
        start = match.start()
        name = match.group(1)
        if name is None:
            end = source.find(b"-->", start + 4)
            if end == -1:
                break
            end += 3
        else:
            opened = source.find(b">", match.end())
            if opened == -1:
                break
            close = _RAW_CLOSE[name[1:2].lower()].search(source, opened)
            # The end tag runs to the next ">" ("</script\n>" and
            # "</script foo>" are end tags too).
            end = -1 if close is None else source.find(b">", close.start())
            end = len(source) if end == -1 else end + 1
            if name[1:2] in b"cC" and b"ld+json" in source[match.end() : opened].lower():
                content = source[opened + 1 : len(source) if close is None else close.start()]
                scripts.append(content.decode("utf-8", errors="replace"))
        pieces.append(source[pos:start])
        pos = end
    if not pieces:
        return source
    pieces.append(source[pos:])
    return b"".join(pieces)


def _clean_source(text: str, scripts: list[str] | None = None, utf8: bytes | None = None) -> bytes:
    """
    Make *text* safe and cheap to hand to libxml2: no XML declaration, no
    DOCTYPE internal subset (its entity declarations would leak as text), no
    control characters, no comments, scripts or styles (JSON-LD script
    content goes to *scripts*), UTF-8 bytes. *utf8*, when given, is *text*
    encoded in UTF-8 already (the page's own bytes): used as it is when
    neither of the first two cuts applies, which spares encoding the page
    again.
    """
    head = text[:4096]
    match = _XML_DECL.match(head)
    if match:
        text = text[match.end() :]
        utf8 = None
    match = _DOCTYPE_SUBSET.search(text, 0, 4096)
    if match:
        end = text.find("]>", match.end())
        if end != -1:
            text = text[: match.start()] + text[end + 2 :]
            utf8 = None
    source = text.encode("utf-8", errors="replace") if utf8 is None else utf8
    source = _cut_raw_text(source, [] if scripts is None else scripts)
    return _cap_attributes(source.translate(_CONTROL_BYTES))


#: Attributes kept on one start tag. libxml2 and lxml take time quadratic in
#: the number of attributes of one element (a tag of 100,000 took minutes);
#: pages use a few dozen at most.
MAX_ATTRIBUTES: Final = 500
# A start tag that may hold more than MAX_ATTRIBUTES attributes: one runs
# at least two characters (" a"), so "<", a letter and 2 * MAX_ATTRIBUTES
# bytes that are neither "<" nor ">". The search looks for "<", a letter
# and that many bytes other than "<" (a one-byte test re runs in a tight
# loop, unlike the class [^<>]); `_long_tag` then rejects a window that
# holds a ">". Either scan stops at the next "<", so each byte is read at
# most twice.
_LONG_TAG: Final = re.compile(rb"<[a-zA-Z][^<]{%d}" % (2 * MAX_ATTRIBUTES))


def _long_tag(source: bytes, pos: int) -> int:
    """
    The start of the first "<" at or after *pos* followed by a letter and
    ``2 * MAX_ATTRIBUTES`` bytes that are neither "<" nor ">", or -1.
    """
    search = _LONG_TAG.search
    find = source.find
    size = 2 * MAX_ATTRIBUTES
    while True:
        match = search(source, pos)
        if match is None:
            return -1
        start = match.start()
        if find(b">", start + 2, start + 2 + size) == -1:
            return start
        # No "<" in the window, so the next candidate lies beyond it.
        pos = start + 1


_TAG_NAME: Final = regex.compile(rb"[a-zA-Z][^\s/>]*+")
# One attribute, with its value quoted or not. A quote left open fails the
# match, which ends the scan of the tag: the scan never reads a byte twice.
_ATTRIBUTE: Final = regex.compile(
    rb"""[\s/]*+[^\s"'<>/=][^\s"'<>/=]*+(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'<>]++))?+"""
)


def _cap_attributes(source: bytes) -> bytes:
    """
    Drop the attributes after the first `MAX_ATTRIBUTES` of any start tag.
    """
    start = _long_tag(source, 0)
    if start == -1:
        return source
    pieces: list[bytes] = []
    kept = 0  # source[:kept] is in pieces
    while start != -1:
        name = _TAG_NAME.match(source, start + 1)
        pos = name.end() if name is not None else start + 1
        count = 0
        cut = pos
        while True:
            attribute = _ATTRIBUTE.match(source, pos)
            if attribute is None:
                break
            pos = attribute.end()
            count += 1
            if count == MAX_ATTRIBUTES:
                cut = pos
        if count > MAX_ATTRIBUTES:
            pieces.append(source[kept:cut])
            kept = pos
        start = _long_tag(source, max(pos, start + 1))
    if not pieces:
        return source
    pieces.append(source[kept:])
    return b"".join(pieces)


def _cap_depth(source: bytes) -> bytes:
    """
    Drop start and end tags nested deeper than `MAX_DEPTH`, keeping all text.

    Only used when libxml2 gave up on nesting depth; a linear scan that
    tracks open tags by name. Past `MAX_DEPTH`, a start tag is still kept
    when no element of its name is open (the heading and the paragraphs
    inside thousands of wrapper ``<div>``), up to `MAX_DEPTH` +
    `MAX_DEEP_KEPT`: the page then reads as it would shallow, instead of
    running its heading and paragraphs together.
    """
    text = source.decode("utf-8", errors="replace")
    out: list[str] = []
    open_tags: list[str] = []
    open_count: dict[str, int] = {}
    dropped: dict[str, int] = {}
    pos = 0
    # Only up to the last ">": a "<" after it opens no tag, and tried against
    # the whole rest of the text each would make the scan quadratic.
    for match in _TAG_TOKEN.finditer(text, 0, text.rfind(">") + 1):
        closing, name = match.group(1), match.group(2).lower()
        keep = True
        if name in _VOID or match.group(0).endswith("/>"):
            pass
        elif not closing:
            depth = len(open_tags)
            if depth >= MAX_DEPTH and (open_count.get(name) or depth >= MAX_DEPTH + MAX_DEEP_KEPT):
                dropped[name] = dropped.get(name, 0) + 1
                keep = False
            else:
                open_tags.append(name)
                open_count[name] = open_count.get(name, 0) + 1
        elif dropped.get(name):
            dropped[name] -= 1
            keep = False
        elif open_count.get(name):
            for index in range(len(open_tags) - 1, -1, -1):
                if open_tags[index] == name:
                    for closed in open_tags[index:]:
                        open_count[closed] -= 1
                    del open_tags[index:]
                    break
        if not keep:
            out.append(text[pos : match.start()])
            pos = match.end()
    out.append(text[pos:])
    return "".join(out).encode("utf-8")


def _parse_source(source: bytes) -> etree._Element:
    parser = _parser()
    root: etree._Element | None
    try:
        root = etree.fromstring(source, parser=parser)
    except etree.XMLSyntaxError:
        root = None
    if any("depth" in entry.message.lower() for entry in parser.error_log):
        parser = _parser()
        try:
            root = etree.fromstring(_cap_depth(source), parser=parser)
        except etree.XMLSyntaxError:
            root = None
    if root is None:
        return etree.Element("html")
    return root


def parse_tree(text: str) -> etree._Element:
    """
    Parse *text* with a safe, recovering lxml HTML parser and return the
    root element (an empty ``<html>`` for input with no markup at all).
    Comments, scripts and styles are gone.
    """
    return _parse_source(_clean_source(text))


# What the walk does with an element, by tag (anything else is inline).
_INLINE, _BLOCK, _CELL, _DROP, _LINK, _BREAK, _META = range(7)
_KINDS: Final[dict[object, int]] = {
    **dict.fromkeys(BLOCK_TAGS, _BLOCK),
    **dict.fromkeys(CELL_TAGS, _CELL),
    **dict.fromkeys(DROPPED_TAGS, _DROP),
    "a": _LINK,
    "br": _BREAK,
    "time": _META,
    "meta": _META,
}


def _hidden_by(attributes: Sequence[tuple[str, str]]) -> bool:
    """
    ``True`` when an element's attributes hide it: ``hidden``,
    ``aria-hidden="true"``, or a style with ``display:none`` or
    ``visibility:hidden``.
    """
    for key, value in attributes:
        if key == "hidden":
            return True
        if key == "aria-hidden":
            if value.strip().lower() == "true":
                return True
        elif key == "style" and value:
            squeezed = value.replace(" ", "").lower()
            if "display:none" in squeezed or "visibility:hidden" in squeezed:
                return True
    return False


#: What a block's tag and attributes say: (hidden, zone, strong, main).
_Evidence = tuple[bool, str | None, bool, bool]
#: Block evidence by (tag, attributes), cached: pages repeat their class
#: names, and so do the pages of one site.
_EVIDENCE_CACHE: dict[tuple[str, tuple[tuple[str, str], ...]], _Evidence] = {}
_EVIDENCE_CACHE_SIZE: Final = 20_000
#: The evidence of a block that says nothing about its region.
_NO_EVIDENCE: Final[_Evidence] = (False, None, False, False)


def _block_evidence(key: tuple[str, tuple[tuple[str, str], ...]]) -> _Evidence:
    """
    The region evidence of a block element, keyed by its tag and attributes
    (see `_Evidence`); computed once per key and cached.
    """
    tag, attributes = key
    zone = TAG_ZONES.get(tag)
    strong = zone is not None
    main = tag == "main" or tag == "article"
    # One look at the attributes: what `_hidden_by` reads, and the role,
    # class, id and itemprop (the last of a name wins, as in a dict).
    hidden = False
    role = classes = ident = itemprop = None
    for name, value in attributes:
        if name == "class":
            classes = value
        elif name == "id":
            ident = value
        elif name == "role":
            role = value
        elif name == "itemprop":
            itemprop = value
        elif hidden:
            pass
        elif name == "hidden":
            hidden = True
        elif name == "aria-hidden":
            hidden = value.strip().lower() == "true"
        elif name == "style" and value:
            squeezed = value.replace(" ", "").lower()
            hidden = "display:none" in squeezed or "visibility:hidden" in squeezed
    if role:
        role = role.strip().lower()
        if role == "main" or role == "article":
            main = True
        elif zone is None:
            zone = ROLE_ZONES.get(role)
            strong = zone is not None
    words = (f"{classes} {ident}" if classes and ident else classes or ident or "").lower()
    if words:
        word_zone, names = words_evidence(words)
        if zone is None and tag != "body" and tag != "html":
            zone = word_zone
        main = main or names
    if not main and itemprop == "articleBody":
        main = True
    if main:
        zone = None  # the element says it is the text, whatever its class
    found = (hidden, zone, strong, main)
    if len(_EVIDENCE_CACHE) >= _EVIDENCE_CACHE_SIZE:
        _EVIDENCE_CACHE.clear()
    _EVIDENCE_CACHE[key] = found
    return found


#: A ``<noscript>`` is read as page text when it holds this many characters.
NOSCRIPT_MIN_CHARS: Final = 300


def _holds_prose(el: etree._Element) -> bool:
    """
    ``True`` when *el* holds `NOSCRIPT_MIN_CHARS` characters of text.
    """
    size = 0
    for text in el.itertext():
        size += len(text.strip())
        if size >= NOSCRIPT_MIN_CHARS:
            return True
    return False


class _Reader:
    """
    What one pass over a parsed page found: its lines and its block nodes.

    The walk appends one tuple per line to `rows` and one parent, tag and
    evidence per block node; `finish` turns them into the per-field lists
    the region pass reads (one tuple append per line is cheaper in the hot
    loop than one append per field).
    """

    def __init__(self) -> None:
        # lines: (text, raw, marker, indent, tag, node, link characters)
        self.rows: list[tuple[str, str, str, int, str, int, int]] = []
        self.texts: list[str] = []
        self.raws: list[str] = []
        self.markers: list[str] = []
        self.indents: list[int] = []
        self.tags: list[str] = []
        self.line_nodes: list[int] = []
        self.line_links: list[int] = []
        # nodes: one per block element, parents before children
        self.parents: list[int] = [-1]
        self.node_tags: list[str] = ["#root"]
        self.evidence: list[_Evidence] = [_NO_EVIDENCE]
        self.hints: list[str | None] = []
        self.strong: list[bool] = []
        self.mains: list[bool] = []
        self.h1_lines: list[int] = []

    def finish(self) -> None:
        """
        Fill the per-field lists of lines and nodes from `rows` and `evidence`.
        """
        if self.rows:
            (
                self.texts,
                self.raws,
                self.markers,
                self.indents,
                self.tags,
                self.line_nodes,
                self.line_links,
            ) = map(list, zip(*self.rows, strict=True))
        _, self.hints, self.strong, self.mains = map(list, zip(*self.evidence, strict=True))


def _emit_pre(reader: _Reader, joined: str, tag: str, node: int, marker: str) -> None:
    pieces = [piece.rstrip() for piece in joined.replace(_CELL_MARK, " ").split("\n")]
    while pieces and not pieces[0].strip():
        pieces.pop(0)
    while pieces and not pieces[-1].strip():
        pieces.pop()
    rows = reader.rows
    for piece in pieces:
        if tag == "h1":
            reader.h1_lines.append(len(rows))
        rows.append((" ".join(piece.split()), piece, marker, 0, tag, node, 0))
        marker = ""


#: Attributes that can hide an element (see `_hidden_by`).
_HIDING_KEYS: Final = frozenset({"hidden", "aria-hidden", "style"})


def _following(el: etree._Element, root: etree._Element, end: etree._Element) -> etree._Element:
    """
    The first element after *el*'s subtree in document order, within
    *root*; *end* when there is none.
    """
    while el is not root:
        after = el.getnext()
        if after is not None:
            return after
        parent = el.getparent()
        if parent is None:
            break
        el = parent
    return end


def _walk(root: etree._Element, collector: HintCollector) -> _Reader:
    """
    One pass over the tree: lines, block nodes and hints.

    The loop is the hot path of HTML parsing, so it keeps its state in
    local variables, reads an inline element's attribute values only when
    one of them can hide it, and looks a block's evidence up in a cache
    before computing it.
    """
    reader = _Reader()
    rows = reader.rows
    parents = reader.parents
    node_tags = reader.node_tags
    evidences = reader.evidence
    h1_lines = reader.h1_lines
    kinds_get = _KINDS.get
    evidence_get = _EVIDENCE_CACHE.get
    block_evidence = _block_evidence
    hidden_by = _hidden_by
    hiding_keys = _HIDING_KEYS.isdisjoint
    invisible = _INVISIBLE_RE
    cell_mark = _CELL_MARK

    buf: list[str] = []
    buf_links = 0
    # Whether the buffer holds more than white space: most buffers between
    # blocks hold only the source's indentation.
    filled = False
    block_tag = "body"
    node = 0
    last_node = 0
    marker = ""
    indent = 0
    pre_depth = 0
    link_depth = 0
    list_depth = 0
    # Per open element: its kind; per open block or cell: the saved state.
    kinds: list[int] = []
    push_kind = kinds.append
    pop_kind = kinds.pop
    saved: list[tuple[str, int, int]] = []

    def flush() -> None:
        nonlocal buf, buf_links, marker, filled
        joined = "".join(buf)
        links = buf_links
        buf = []
        buf_links = 0
        filled = False
        if not joined.isascii() and invisible.search(joined):
            joined = invisible.sub("", joined)
        if pre_depth:
            _emit_pre(reader, joined, block_tag, node, marker)
            marker = ""
            return
        if cell_mark in joined:
            cells = [" ".join(part.split()) for part in joined.split(cell_mark)]
            text = CELL_SEPARATOR.join(cell for cell in cells if cell)
        else:
            text = " ".join(joined.split())
        if not text:
            return
        raw = f"{marker} {text}" if marker else text
        if indent:
            raw = " " * indent + raw
        if block_tag == "h1":
            h1_lines.append(len(rows))
        rows.append((text, raw, marker, indent, block_tag, node, links))
        marker = ""

    # root.iter() gives the start of every element, in document order, at
    # a third of the cost of iterwalk's events. An element ends when the
    # next one's parent is not it: the open elements are kept on a stack
    # (their proxies stay alive, so `is` compares them), and an element
    # whose subtree is dropped is skipped up to the element after it.
    # `end` is an element of its own: its parent None closes everything.
    end = etree.Element("end")
    stack: list[Any] = [None]
    push = stack.append
    pop = stack.pop
    top: Any = None
    resume: etree._Element | None = None
    # Any: lxml-stubs type attribute names and values as str | bytes; the
    # HTML parser gives str.
    el: Any
    for el in chain(root.iter(), (end,)):
        if resume is not None:
            if el is not resume:
                continue
            resume = None
        parent = el.getparent()
        while top is not parent:
            # The end of `top`.
            kind = pop_kind()
            if kind == _BLOCK:
                if filled:
                    flush()
                elif buf:
                    buf = []
                    buf_links = 0
                if list_depth or pre_depth:
                    tag = top.tag
                    if tag == "ul" or tag == "ol":
                        list_depth -= 1
                    elif tag == "pre":
                        pre_depth -= 1
                block_tag, node, indent = saved.pop()
                marker = ""
            elif kind == _CELL:
                buf.append(cell_mark)
                node = saved.pop()[1]
            elif kind == _LINK:
                link_depth -= 1
            tail = top.tail
            if tail:
                buf.append(tail)
                if link_depth:
                    buf_links += len(tail)
                if not filled and not tail.isspace():
                    filled = True
            pop()
            top = stack[-1]
        if el is end:
            break
        push(el)
        top = el
        tag = el.tag
        kind = kinds_get(tag, _INLINE)
        if kind == _INLINE:
            if not isinstance(tag, str) or (not hiding_keys(el.keys()) and hidden_by(el.items())):
                push_kind(_DROP)
                resume = _following(el, root, end)
                continue
        elif kind in (_BLOCK, _CELL):
            key = (tag, tuple(el.items()))
            evidence = evidence_get(key)
            if evidence is None:
                evidence = block_evidence(key)
            if evidence[0]:  # hidden
                push_kind(_DROP)
                resume = _following(el, root, end)
                continue
            if kind == _BLOCK:
                if filled:
                    flush()
                elif buf:
                    buf = []
                    buf_links = 0
                saved.append((block_tag, node, indent))
                block_tag = tag
                if tag == "li":
                    marker = "-"
                    indent = 2 * list_depth - 2 if list_depth > 1 else 0
                elif tag == "dd":
                    marker = ""
                    indent = 2 * list_depth - 2 if list_depth > 1 else 0
                elif tag == "ul" or tag == "ol":
                    list_depth += 1
                elif tag == "pre":
                    pre_depth += 1
            else:
                saved.append((block_tag, node, indent))
            parents.append(node)
            node_tags.append(tag)
            evidences.append(evidence)
            last_node += 1
            node = last_node
        elif kind == _DROP:
            if tag != "noscript" or not _holds_prose(el):
                collector.dropped(tag, el)
                push_kind(_DROP)
                resume = _following(el, root, end)
                continue
            # A page whose text a script renders may print it in
            # <noscript> too: read it as a plain block.
            if filled:
                flush()
            elif buf:
                buf = []
                buf_links = 0
            saved.append((block_tag, node, indent))
            block_tag = "div"
            parents.append(node)
            node_tags.append("div")
            evidences.append(_NO_EVIDENCE)
            last_node += 1
            node = last_node
            kind = _BLOCK
        elif kind == _LINK:
            if not hiding_keys(el.keys()) and hidden_by(el.items()):
                push_kind(_DROP)
                resume = _following(el, root, end)
                continue
            rel = el.get("rel")
            if rel and "tag" in rel.lower().split():
                # A tag or category link (rel="tag", rel="category tag" in
                # WordPress themes, the microformats rel-tag convention).
                collector.tag_link(" ".join("".join(el.itertext()).split()), len(rows))
            link_depth += 1
        elif kind == _BREAK:
            if filled:
                flush()
            elif buf:
                buf = []
                buf_links = 0
            push_kind(_BREAK)
            continue
        else:  # <time>, <meta>
            collector.inline(tag, el, len(rows))
            if not hiding_keys(el.keys()) and hidden_by(el.items()):
                push_kind(_DROP)
                resume = _following(el, root, end)
                continue
        push_kind(kind)
        # The same steps as for a tail above, written out again: a function
        # call here would run once per element of every page.
        text = el.text
        if text:
            buf.append(text)
            if link_depth:
                buf_links += len(text)
            if not filled and not text.isspace():
                filled = True
    if filled:
        flush()
    reader.finish()
    return reader


def _zones(reader: _Reader) -> list[str | None]:
    """
    Decide the region of every line; see the module docstring.
    """
    parents = reader.parents
    count = len(parents)
    line_nodes = reader.line_nodes
    # Prose: lines long enough to be sentences and mostly not link text.
    prose_lines = [
        len(text) >= PROSE_MIN_CHARS
        and links <= PROSE_MAX_LINK_SHARE * len(text)
        and tag not in _HEADINGS
        for text, links, tag in zip(reader.texts, reader.line_links, reader.tags, strict=True)
    ]
    prose = [0] * count
    for node, text, is_prose in zip(line_nodes, reader.texts, prose_lines, strict=True):
        if is_prose:
            prose[node] += len(text)
    contains_main = reader.mains[:]
    for node in range(count - 1, 0, -1):
        parent = parents[node]
        prose[parent] += prose[node]
        if contains_main[node]:
            contains_main[parent] = True
    total = prose[0] or 1

    # 1. Region hints that survive the size guard; innermost hint wins.
    hints = reader.hints
    tags = reader.node_tags
    mains = reader.mains
    strong = reader.strong
    in_main = [False] * count
    zone_of: list[str | None] = [None] * count
    own_hint = [False] * count
    for node in range(1, count):
        parent = parents[node]
        in_main[node] = in_main[parent] or mains[node]
        hint = hints[node]
        if hint is not None:
            share = prose[node] / total
            if strong[node]:
                valid = share <= STRONG_HINT_MAX_SHARE or prose[node] < 200
            else:
                valid = (share <= WEAK_HINT_MAX_SHARE or prose[node] < 200) and not (
                    contains_main[node] and hint not in ("cookie", "dialog")
                )
            if valid and hint == "header" and in_main[parent]:
                valid = False  # an article's own header holds its headline
            if valid and hint == "form" and share > 0.3:
                valid = False  # one <form> around the whole page (ASP.NET)
            if valid:
                zone_of[node] = hint
                own_hint[node] = True
                continue
        zone_of[node] = zone_of[parent]

    # 2. Prose outside boilerplate, per node.
    good = [0] * count
    for node, text, is_prose in zip(line_nodes, reader.texts, prose_lines, strict=True):
        if is_prose and zone_of[node] is None:
            good[node] += len(text)
    for node in range(count - 1, 0, -1):
        good[parents[node]] += good[node]
    page_good = good[0]

    # 3. The main text: the biggest <main>/<article>, else the root; then
    # step down while one child container holds most of the prose.
    main = 0
    best = 0
    for node in range(1, count):
        if mains[node] and zone_of[node] is None and good[node] > best:
            main, best = node, good[node]
    if main and best < SEMANTIC_MAIN_SHARE * page_good:
        main = 0
    children: dict[int, list[int]] = {}
    for node in range(1, count):
        if tags[node] in CONTAINER_TAGS and zone_of[node] is None:
            children.setdefault(parents[node], []).append(node)
    while True:
        kids = children.get(main)
        if not kids:
            break
        child = max(kids, key=good.__getitem__)
        if good[child] < DESCEND_SHARE * good[main] or good[child] == 0:
            break
        main = child

    # 4. Lines under the main node and in no boilerplate region are "main".
    final: list[str | None] = [None] * count
    for node in range(1, count):
        if own_hint[node]:
            final[node] = zone_of[node]
        elif node == main and page_good:
            final[node] = "main"
        else:
            final[node] = final[parents[node]]
    zones = [final[node] for node in line_nodes]
    # Prose beside the main node, under the same parent, belongs to it (a
    # lead paragraph in its own box before the body).
    if main > 0 and page_good:
        parent = parents[main]
        beside = [False] * count
        beside[parent] = True
        for node in range(parent + 1, count):
            beside[node] = beside[parents[node]] and node != main
        for line, node in enumerate(line_nodes):
            if beside[node] and zones[line] is None and prose_lines[line]:
                zones[line] = "main"
    # A lead paragraph between the headline and the main node, in a box of
    # its own elsewhere in the tree (an article header, a teaser box).
    if page_good:
        first_main = next((n for n, zone in enumerate(zones) if zone == "main"), None)
        if first_main is not None:
            headline = next(
                (
                    n
                    for n in range(first_main - 1, max(-1, first_main - LEAD_WINDOW), -1)
                    if reader.tags[n] == "h1"
                ),
                None,
            )
            if headline is not None and zones[headline] in (None, "main"):
                for line in range(headline + 1, first_main):
                    if zones[line] is None and prose_lines[line]:
                        zones[line] = "main"
    # 5. Short lines that are all link text ("Print", "Back to overview"),
    # and picture credits ("Photo: Jane Doe", "© Agency"). A definition
    # list's value right under its term (<dt>From:</dt><dd><a>Office</a>)
    # is the term's value however much of it is a link.
    tags = reader.tags
    for line, (text, links) in enumerate(zip(reader.texts, reader.line_links, strict=True)):
        size = len(text)
        if (
            links
            and links >= LINK_LINE_SHARE * size
            and size < LINK_LINE_MAX_CHARS
            and zones[line] in (None, "main")
            and tags[line] not in _HEADINGS
            and not (tags[line] == "dd" and line > 0 and tags[line - 1] == "dt")
        ):
            zones[line] = "links"
        elif (
            size <= CREDIT_MAX_CHARS
            and zones[line] in (None, "main")
            and (text[:1] in _CREDIT_FIRST or not text[:1].isascii())
            and _CREDIT.match(text) is not None
        ):
            zones[line] = "caption"
    return zones


def read_html(text: str | bytes, *, reference_date: dt.date | None = None) -> Page:
    """
    Read an HTML page into a `Page` of format ``"html"``.

    Every block element (paragraph, heading, list item, table row,
    ``<pre>`` line, the loose text of a ``<div>``, ...) becomes one `Line`
    in document order, numbered from 0. `Line.text` is white space
    collapsed; `Line.raw` is the line as it would print: list items carry
    ``marker="-"`` and print as ``"- item"`` (indented two spaces per level
    of nesting), table cells are joined by ``" | "``. `Line.tag` is the
    block element, `Line.zone` the page region (``"nav"``, ``"header"``,
    ``"footer"``, ``"aside"``, ``"form"``, ``"cookie"``, ``"share"``,
    ``"related"``, ... for boilerplate; ``"main"`` for the main text;
    ``None`` when unknown).

    Scripts, styles, ``<noscript>``, ``<template>``, ``<svg>``,
    ``<iframe>``, form controls and hidden elements (``hidden``,
    ``aria-hidden="true"``, ``display:none``) are dropped. The parser
    reaches no network, expands no entities and keeps no comments.
    `Page.hints` holds the title, date, source, topics, kind and language
    stated in metadata; a date there more than a year after
    *reference_date* is not taken (`parse_hint_date`), and without one no
    date is too late: the result never depends on today's date. Bytes are
    decoded with `decode_html` first. Never raises on any input.
    """
    if not isinstance(text, str):
        return read_html_named(text, reference_date=reference_date)[0]
    return _read_html(text, None, reference_date)


def read_html_named(data: bytes, *, reference_date: dt.date | None = None) -> tuple[Page, str]:
    """
    `read_html` for bytes, and how they were decoded (see
    `decode_html_named`): the value of `Release.decoding`.
    """
    data = bytes(data)
    text, exact, decoding = decode_html_named(data)
    return _read_html(text, data if exact else None, reference_date), decoding


def _read_html(text: str, utf8: bytes | None, reference_date: dt.date | None) -> Page:
    """
    `read_html` of decoded *text*; *utf8* is the page's bytes when *text*
    is their exact UTF-8 decoding (handed to the parser as they are).
    """
    rest = None
    if text.count("<") > MAX_TAGS:
        match = _FIRST_TAGS.match(text)
        if match is not None:  # pragma: no branch - the count says it matches
            cut = match.end() - 1
            text, rest, utf8 = text[:cut], text[cut:], None
    scripts: list[str] = []
    root = _parse_source(_clean_source(text, scripts, utf8))
    collector = HintCollector(root, reference_date=reference_date)
    for script in scripts:
        collector.json_ld(script)
    reader = _walk(root, collector)
    zones = _zones(reader)
    # Built as tuple.__new__(Line, ...) as `split_lines` does: Line's own
    # constructor costs a Python call per line.
    new = tuple.__new__
    lines = [
        new(Line, (number, raw, text, marker, indent, tag, zone, min(links, len(text))))
        for number, (text, raw, marker, indent, tag, _, links), zone in zip(
            range(len(zones)), reader.rows, zones, strict=True
        )
    ]
    hints: Hints = collector.finish(reader.texts, zones, reader.h1_lines)
    removed = (
        ()
        if rest is None
        else (Boilerplate(kind=UNREAD, stripper=READER, lines=(rest,), start=len(lines)),)
    )
    return Page(lines=lines, removed=removed, hints=hints, format="html")


__all__ = ["BOILERPLATE_ZONES", "parse_tree", "read_html"]
