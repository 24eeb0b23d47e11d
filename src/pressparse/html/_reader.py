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

import re
from collections.abc import Callable
from typing import Final

import lxml.etree as etree
import lxml.html

from .._page import Hints, Line, Page
from ._hints import HintCollector
from ._sniff import decode_html
from ._zones import BOILERPLATE_ZONES, ROLE_ZONES, TAG_ZONES, names_main, zone_of_words

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

#: Nesting the reader keeps when the parser reports excessive depth.
MAX_DEPTH: Final = 1000

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
_CONTROL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
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


def _parser() -> lxml.html.HTMLParser:
    """
    A fresh recovering HTML parser that reaches no network and keeps no
    comments or processing instructions.

    ``huge_tree`` lifts libxml2's limits on text-node and attribute size (a
    20 MB attribute would otherwise end the document there) and raises its
    depth limit; the HTML parser expands no entities, so it cannot turn
    into an entity bomb.
    """
    return lxml.html.HTMLParser(
        recover=True,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
        collect_ids=False,
        encoding="utf-8",
    )


# Frame kinds on the element stack.
_BLOCK, _CELL, _LINK, _INLINE, _DROP = range(5)


def _clean_source(text: str) -> bytes:
    """
    Make *text* safe to hand to libxml2: no XML declaration, no DOCTYPE
    internal subset (its entity declarations would leak as text), no
    control characters, UTF-8 bytes.
    """
    head = text[:4096]
    match = _XML_DECL.match(head)
    if match:
        text = text[match.end() :]
    match = _DOCTYPE_SUBSET.search(text, 0, 4096)
    if match:
        end = text.find("]>", match.end())
        if end != -1:
            text = text[: match.start()] + text[end + 2 :]
    if not text.isascii() or _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    return text.encode("utf-8", errors="replace")


def _cap_depth(source: bytes) -> bytes:
    """
    Drop start and end tags nested deeper than `MAX_DEPTH`, keeping all text.

    Only used when libxml2 gave up on nesting depth; a linear scan that
    tracks open tags by name.
    """
    text = source.decode("utf-8", errors="replace")
    out: list[str] = []
    open_tags: list[str] = []
    dropped: dict[str, int] = {}
    pos = 0
    for match in _TAG_TOKEN.finditer(text):
        closing, name = match.group(1), match.group(2).lower()
        keep = True
        if name in _VOID or match.group(0).endswith("/>"):
            pass
        elif not closing:
            if len(open_tags) >= MAX_DEPTH:
                dropped[name] = dropped.get(name, 0) + 1
                keep = False
            else:
                open_tags.append(name)
        elif dropped.get(name):
            dropped[name] -= 1
            keep = False
        else:
            for index in range(len(open_tags) - 1, -1, -1):
                if open_tags[index] == name:
                    del open_tags[index:]
                    break
        if not keep:
            out.append(text[pos : match.start()])
            pos = match.end()
    out.append(text[pos:])
    return "".join(out).encode("utf-8")


def parse_tree(text: str) -> etree._Element:
    """
    Parse *text* with a safe, recovering lxml HTML parser and return the
    root element (an empty ``<html>`` for input with no markup at all).
    """
    source = _clean_source(text)
    parser = _parser()
    root: etree._Element | None
    try:
        root = lxml.html.document_fromstring(source, parser=parser)
    except etree.ParserError:
        root = None
    if any("depth" in entry.message.lower() for entry in parser.error_log):
        parser = _parser()
        try:
            root = lxml.html.document_fromstring(_cap_depth(source), parser=parser)
        except etree.ParserError:
            root = None
    if root is None:
        empty: etree._Element = lxml.html.Element("html")
        return empty
    return root


def _is_hidden(get: Callable[[str], str | None]) -> bool:
    if get("hidden") is not None:
        return True
    if get("aria-hidden") == "true":
        return True
    style = get("style")
    if style:
        squeezed = style.replace(" ", "").lower()
        return "display:none" in squeezed or "visibility:hidden" in squeezed
    return False


class _Reader:
    """
    The state of one pass over a parsed page.
    """

    def __init__(self) -> None:
        # lines
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
        self.hints: list[str | None] = [None]
        self.strong: list[bool] = [False]
        self.mains: list[bool] = [False]
        self.h1_lines: list[int] = []
        # text gathering
        self.buf: list[str] = []
        self.buf_links = 0
        self.block_tag = "body"
        self.node = 0
        self.pending_marker = ""
        self.indent = 0
        self.pre_depth = 0

    def add_text(self, text: str, in_link: bool) -> None:
        self.buf.append(text)
        if in_link:
            self.buf_links += len(text)

    def flush(self) -> None:
        if not self.buf:
            return
        joined = "".join(self.buf)
        links = self.buf_links
        self.buf = []
        self.buf_links = 0
        if not joined.isascii():
            joined = joined.translate(_INVISIBLE)
        if self.pre_depth:
            pieces = [piece.rstrip() for piece in joined.replace(_CELL_MARK, " ").split("\n")]
            while pieces and not pieces[0].strip():
                pieces.pop(0)
            while pieces and not pieces[-1].strip():
                pieces.pop()
            for piece in pieces:
                self.emit(" ".join(piece.split()), piece, 0)
            return
        if _CELL_MARK in joined:
            cells = [" ".join(cell.split()) for cell in joined.split(_CELL_MARK)]
            text = CELL_SEPARATOR.join(cell for cell in cells if cell)
        else:
            text = " ".join(joined.split())
        if text:
            self.emit(text, None, links)

    def emit(self, text: str, raw: str | None, links: int) -> None:
        marker = self.pending_marker
        self.pending_marker = ""
        indent = self.indent
        if raw is None:
            raw = text
            if marker:
                raw = f"{marker} {text}"
            if indent:
                raw = " " * indent + raw
        if self.block_tag == "h1":
            self.h1_lines.append(len(self.texts))
        self.texts.append(text)
        self.raws.append(raw)
        self.markers.append(marker)
        self.indents.append(indent)
        self.tags.append(self.block_tag)
        self.line_nodes.append(self.node)
        self.line_links.append(links)

    def new_node(self, tag: str, get: Callable[[str], str | None]) -> None:
        zone = TAG_ZONES.get(tag)
        strong = zone is not None
        main = tag == "main" or tag == "article"
        role = get("role")
        if role:
            role = role.strip().lower()
            if role == "main" or role == "article":
                main = True
            elif zone is None:
                zone = ROLE_ZONES.get(role)
                strong = zone is not None
        words = get("class")
        ident = get("id")
        if ident:
            words = f"{words} {ident}" if words else ident
        if words:
            words = words.lower()
            if zone is None and tag != "body" and tag != "html":
                zone = zone_of_words(words)
            if not main and names_main(words):
                main = True
        if not main and get("itemprop") == "articleBody":
            main = True
        if main:
            zone = None  # the element says it is the text, whatever its class
        self.parents.append(self.node)
        self.node_tags.append(tag)
        self.hints.append(zone)
        self.strong.append(strong)
        self.mains.append(main)
        self.node = len(self.parents) - 1


def _walk(root: etree._Element, collector: HintCollector) -> _Reader:
    reader = _Reader()
    # Per open element: (frame kind, saved block tag, saved node, saved indent).
    stack: list[tuple[int, str, int, int]] = []
    link_depth = 0
    list_depth = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            tag = el.tag
            if not isinstance(tag, str):
                stack.append((_DROP, "", 0, 0))
                walker.skip_subtree()
                continue
            get = el.get
            if tag in DROPPED_TAGS:
                collector.dropped(tag, el)
                stack.append((_DROP, "", 0, 0))
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                if _is_hidden(get):
                    stack.append((_DROP, "", 0, 0))
                    walker.skip_subtree()
                    continue
                reader.flush()
                stack.append((_BLOCK, reader.block_tag, reader.node, reader.indent))
                reader.new_node(tag, get)
                reader.block_tag = tag
                if tag == "li" or tag == "dd":
                    reader.pending_marker = "-" if tag == "li" else ""
                    reader.indent = max(0, 2 * (list_depth - 1))
                elif tag == "ul" or tag == "ol":
                    list_depth += 1
                elif tag == "pre":
                    reader.pre_depth += 1
                elif tag == "time" or tag == "h1":
                    pass
            elif tag in CELL_TAGS:
                if _is_hidden(get):
                    stack.append((_DROP, "", 0, 0))
                    walker.skip_subtree()
                    continue
                stack.append((_CELL, reader.block_tag, reader.node, reader.indent))
                reader.new_node(tag, get)
            elif tag == "br":
                reader.flush()
                stack.append((_INLINE, "", 0, 0))
                continue
            elif tag == "a":
                link_depth += 1
                stack.append((_LINK, "", 0, 0))
            else:
                if tag == "time" or tag == "meta":
                    collector.inline(tag, el, len(reader.texts))
                elif el.attrib and _is_hidden(get):
                    stack.append((_DROP, "", 0, 0))
                    walker.skip_subtree()
                    continue
                stack.append((_INLINE, "", 0, 0))
            text = el.text
            if text:
                reader.add_text(text, link_depth > 0)
        else:
            kind, saved_tag, saved_node, saved_indent = stack.pop()
            if kind == _BLOCK:
                reader.flush()
                tag = el.tag
                if tag == "ul" or tag == "ol":
                    list_depth -= 1
                elif tag == "pre":
                    reader.pre_depth -= 1
                reader.block_tag = saved_tag
                reader.node = saved_node
                reader.indent = saved_indent
                reader.pending_marker = ""
            elif kind == _CELL:
                reader.add_text(_CELL_MARK, False)
                reader.node = saved_node
            elif kind == _LINK:
                link_depth -= 1
            tail = el.tail
            if tail:
                reader.add_text(tail, link_depth > 0)
    reader.flush()
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
    in_main = [False] * count
    zone_of: list[str | None] = [None] * count
    own_hint = [False] * count
    for node in range(1, count):
        parent = parents[node]
        in_main[node] = in_main[parent] or reader.mains[node]
        hint = hints[node]
        if hint is not None:
            share = prose[node] / total
            if reader.strong[node]:
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
        if reader.mains[node] and zone_of[node] is None and good[node] > best:
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
    # 5. Short lines that are all link text ("Print", "Back to overview").
    for line, (text, links) in enumerate(zip(reader.texts, reader.line_links, strict=True)):
        size = len(text)
        if (
            links
            and links >= LINK_LINE_SHARE * size
            and size < LINK_LINE_MAX_CHARS
            and zones[line] in (None, "main")
            and reader.tags[line] not in _HEADINGS
        ):
            zones[line] = "links"
    return zones


def read_html(text: str | bytes) -> Page:
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
    stated in metadata. Bytes are decoded with `decode_html` first.
    Never raises on any input.
    """
    if not isinstance(text, str):
        text = decode_html(bytes(text))
    root = parse_tree(text)
    collector = HintCollector(root)
    reader = _walk(root, collector)
    zones = _zones(reader)
    lines = [
        Line(
            number=number,
            raw=reader.raws[number],
            text=reader.texts[number],
            marker=reader.markers[number],
            indent=reader.indents[number],
            tag=reader.tags[number],
            zone=zones[number],
        )
        for number in range(len(reader.texts))
    ]
    hints: Hints = collector.finish(reader.texts, zones, reader.h1_lines)
    return Page(lines=lines, hints=hints, format="html")


__all__ = ["BOILERPLATE_ZONES", "parse_tree", "read_html"]
