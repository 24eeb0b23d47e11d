"""
Telling HTML from crawled text, and decoding HTML bytes.

Both run before any parsing, on every input, so they look at a bounded
prefix only and never raise.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

#: How many characters (or bytes) of the input `looks_like_html` inspects.
SNIFF_SIZE: Final = 2048
#: How many bytes `decode_html` searches for a charset declaration.
DECLARATION_WINDOW: Final = 4096

# A document opener is decisive on its own: a doctype, or an <html>,
# <head> or <body> tag among the first characters.
_OPENER: Final = re.compile(rb"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml\s)")
# Common element tags, opening or closing. An e-mail address or a URL in
# angle brackets (<jane@example.org>) never matches: a tag name is followed
# by white space, "/" or ">".
_TAG: Final = re.compile(
    rb"</?(?:p|div|span|a|br|hr|img|meta|link|script|style|title|table|tr|td|th|ul|ol|li"
    rb"|h[1-6]|section|article|main|nav|header|footer|aside|form|strong|em|b|i|font|center"
    rb"|iframe|noscript|blockquote|pre|figure|dl|dt|dd|tbody|thead|input|button|label)[\s/>]"
)
#: Tags needed in the sniffed prefix, without a document opener, to call the input HTML.
MIN_TAGS: Final = 3

_CHARSET: Final = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_XML_ENCODING: Final = re.compile(
    rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-z0-9_.:-]{1,40})"""
)

_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels browsers treat as Windows-1252 (the WHATWG Encoding Standard maps
# Latin-1 and ASCII labels to it); anything else is looked up in codecs.
_AS_CP1252: Final = frozenset(
    {
        "iso-8859-1",
        "iso8859-1",
        "latin1",
        "latin-1",
        "l1",
        "us-ascii",
        "ascii",
        "iso_8859-1",
        "windows-1252",
        "cp1252",
        "x-cp1252",
        "iso-8859-15",
        "iso8859-15",
        "latin-9",
    }
)
# Labels for which the WHATWG standard says "decode as UTF-8": a page that
# declares UTF-16 in a <meta> was read as ASCII-compatible bytes already.
_AS_UTF8: Final = frozenset(
    {"utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be"}
)


def _cp1252_byte(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # the five bytes Windows-1252 leaves undefined: Latin-1


_CP1252_TABLE: Final = tuple(_cp1252_byte(b) for b in range(256))


def _utf8_or_cp1252(error: UnicodeError) -> tuple[str, int]:
    """
    Decoding error handler: a byte that is not part of valid UTF-8 is read
    as Windows-1252, so pages mixing both lose nothing.
    """
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_CP1252_TABLE[b] for b in bad), error.end


#: Name of the codec error handler that reads stray non-UTF-8 bytes as Windows-1252.
ERROR_HANDLER: Final = "pressparse.utf8-or-cp1252"
codecs.register_error(ERROR_HANDLER, _utf8_or_cp1252)


def looks_like_html(data: str | bytes) -> bool:
    """
    Return ``True`` when *data* looks like an HTML document or fragment.

    Only the first `SNIFF_SIZE` characters are read. A doctype or an
    ``<html>``, ``<head>`` or ``<body>`` tag decides at once; otherwise at
    least `MIN_TAGS` common element tags (``<p>``, ``</div>``, ``<br>``, ...)
    must appear. A stray ``<`` or an e-mail address in angle brackets in
    crawled text does not count.
    """
    if isinstance(data, str):
        if "<" not in data[:SNIFF_SIZE]:
            return False  # no tag at all: the common case for crawled text
        head = data[:SNIFF_SIZE].encode("utf-8", errors="replace")
    else:
        head = bytes(data[:SNIFF_SIZE])
        for bom, codec in _BOMS[1:]:
            if head.startswith(bom):  # UTF-16/32: sniff the decoded text instead
                text = head.decode(codec, errors="ignore")
                head = text.encode("utf-8", errors="replace")
                break
    head = head.lower()
    if _OPENER.search(head, 0, 1024):
        return True
    return len(_TAG.findall(head)) >= MIN_TAGS


def _codec(label: bytes) -> str | None:
    """
    Return the Python codec name for a declared charset label, or ``None``.
    """
    name = label.decode("ascii", errors="ignore").strip().lower()
    if name in _AS_CP1252:
        return "cp1252"
    if name in _AS_UTF8:
        return "utf-8"
    if name in {"gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese"}:
        return "gb18030"  # a superset, as browsers decode them
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """
    Return the codec named by a ``<meta charset>``, an http-equiv
    ``Content-Type`` or an XML declaration in the first
    `DECLARATION_WINDOW` bytes, or ``None``.
    """
    window = data[:DECLARATION_WINDOW]
    for pattern in (_XML_ENCODING, _CHARSET):
        match = pattern.search(window)
        if match:
            codec = _codec(match.group(1))
            if codec is not None:
                return codec
    return None


def _is_ascii_compatible(codec: str) -> bool:
    return "a<".encode(codec, errors="ignore") == b"a<"  # excludes UTF-16/32 and the like


def decode_html(data: bytes) -> str:
    """
    Decode the bytes of an HTML page; never raises.

    In order:

    1. A byte-order mark decides (UTF-8, UTF-16, UTF-32).
    2. A declared single-byte charset (``<meta charset>``, http-equiv or an
       XML declaration) is used unless the bytes are valid UTF-8 with at
       least one non-ASCII character: a page that says Latin-1 but is UTF-8
       is common, the reverse coincidence is not. Latin-1 and ASCII labels
       mean Windows-1252, as in browsers.
    3. Another declared charset (Shift_JIS, GB18030, ...) is used if the
       bytes decode with it; else UTF-8 if they are valid UTF-8; else the
       declared charset with replacement characters.
    4. Otherwise (UTF-8 declared, or nothing declared, or an unknown label)
       UTF-8, where any byte that is not valid UTF-8 is read as
       Windows-1252 (and one of the five bytes that Windows-1252 leaves
       undefined as Latin-1). So a UTF-8 page with a Windows-1252 meta, a
       Windows-1252 page with a UTF-8 meta and a page mixing both all come
       out readable.
    """
    return decode_html_exact(data)[0]


def decode_html_exact(data: bytes) -> tuple[str, bool]:
    """
    `decode_html`, and whether the text encodes back to *data* exactly in
    UTF-8 (the bytes were valid UTF-8, or ASCII, with no BOM), so that the
    HTML reader can hand *data* to the parser instead of encoding the text
    again.
    """
    text, exact, _ = decode_html_named(data)
    return text, exact


#: How `decode_html_named` names UTF-8 with stray bytes read as Windows-1252.
UTF8_OR_CP1252: Final = "utf-8+cp1252"


def decode_html_named(data: bytes) -> tuple[str, bool, str]:
    """
    `decode_html_exact`, and how the bytes were decoded: a codec name
    (``"utf-8"``, ``"cp1252"``, ``"shift_jis"``, ...), that name with
    ``"+replace"`` when undecodable bytes became U+FFFD, or
    ``"utf-8+cp1252"`` for UTF-8 whose stray bytes were read as
    Windows-1252 (the value of `Release.decoding` for HTML bytes).
    """
    data = bytes(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return body.decode(codec), False, codec
            except UnicodeDecodeError:
                return body.decode(codec, errors="replace"), False, codec + "+replace"
    declared = declared_charset(data)
    if declared is not None and declared != "utf-8" and _is_ascii_compatible(declared):
        try:
            if data.isascii():
                return data.decode("ascii"), True, "utf-8"
            utf8 = data.decode("utf-8")
        except UnicodeDecodeError:
            utf8 = None
        if utf8 is not None:
            return utf8, True, "utf-8"
        try:
            return data.decode(declared), False, declared
        except UnicodeDecodeError:
            if declared == "cp1252":
                return data.decode("utf-8", errors=ERROR_HANDLER), False, UTF8_OR_CP1252
            return data.decode(declared, errors="replace"), False, declared + "+replace"
        except LookupError:  # pragma: no cover - codecs.lookup succeeded above
            pass
    try:
        return data.decode("utf-8"), True, "utf-8"
    except UnicodeDecodeError:
        # The error handler reads the bytes that are not UTF-8 as Windows-1252.
        return data.decode("utf-8", errors=ERROR_HANDLER), False, UTF8_OR_CP1252
