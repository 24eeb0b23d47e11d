"""
Bytes to text: telling binary data from a page, decoding crawled text by
the evidence of its bytes, and bounding what a page may cost.

The binary sniff and the bounds run on every input and look at a bounded
prefix or count one character in C; the evidence for a decoding is only
gathered for pages that are not clean UTF-8.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

#: How many bytes `binary_kind` looks at.
BINARY_SNIFF_SIZE: Final = 8192
#: Share of control bytes (other than tab, line and page breaks and escape)
#: in the sniffed prefix above which the input is taken for binary data.
MAX_CONTROL_SHARE: Final = 0.02
#: ... when there are at least this many of them (a short text page with a
#: stray control character or two is still text).
MIN_CONTROL_BYTES: Final = 4

#: Lines of crawled text read into the line model; the text after them is
#: kept unread, as one `Boilerplate` record of kind `UNREAD`. No real page
#: comes near (the largest shared page has 13,000 lines): the bound keeps a
#: page of millions of short lines (a 10 MB page of menu items) within
#: about ten times its size in memory.
MAX_LINES: Final = 200_000
#: `Boilerplate.kind` of the text past `MAX_LINES` lines (or past
#: `pressparse.html._reader.MAX_TAGS` tags of HTML), kept as one string.
UNREAD: Final = "unread"
#: `Boilerplate.stripper` of that record: the reader, before any stripper.
READER: Final = "reader"

#: `Release.decoding` of bytes taken for binary data and not read.
BINARY: Final = "binary"
#: The suffix of `Release.decoding` when some bytes were replaced by U+FFFD.
REPLACED: Final = "+replace"

# Signatures of common binary formats at the start of a file, longest
# first where one is the prefix of another.
_MAGIC: Final = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"PK\x03\x04", "ZIP archive (or an office document)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"(\xb5/\xfd", "zstd data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (older office formats)"),
    (b"\x7fELF", "ELF executable"),
    (b"\x1a\x45\xdf\xa3", "Matroska or WebM media"),
    (b"OggS\x00", "Ogg media"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_MAGIC_PREFIXES: Final = tuple(magic for magic, _ in _MAGIC)
# Signatures found a few bytes in: RIFF containers and ISO media files.
_RIFF: Final = re.compile(rb"RIFF....(WEBP|WAVE|AVI )", re.DOTALL)
_ISO_MEDIA: Final = re.compile(rb"....ftyp[a-zA-Z0-9 ]{4}", re.DOTALL)
_ID3: Final = re.compile(rb"ID3[\x02-\x04]\x00")
# Control bytes that no text holds: C0 controls but tab, LF, VT, FF, CR and
# ESC (terminal colours), and DEL.
_CONTROL_BYTES: Final = bytes([*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])

_TEXT_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ESCAPED: Final = re.compile("[\udc80-\udcff]")


def binary_kind(data: bytes) -> str | None:
    """
    Return what *data* is when it looks like binary data rather than a
    page (``"PDF document"``, ``"PNG image"``, ``"NUL bytes"``,
    ``"control bytes"``, ...), else ``None``.

    Looks at the first `BINARY_SNIFF_SIZE` bytes only: a known signature
    at the start, a NUL byte (unless a UTF-16 or UTF-32 byte-order mark
    opens the data), or control characters making up more than
    `MAX_CONTROL_SHARE` of them.
    """
    head = data[:BINARY_SNIFF_SIZE]
    if head.startswith(_MAGIC_PREFIXES):
        for magic, kind in _MAGIC:  # pragma: no branch - one of them matched
            if head.startswith(magic):
                return kind
    if _RIFF.match(head):
        return "RIFF media"
    if _ISO_MEDIA.match(head):
        return "MP4 or QuickTime media"
    if _ID3.match(head):
        return "MP3 audio"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # UTF-16 and UTF-32 text is full of NUL bytes
    if b"\x00" in head:
        return "NUL bytes"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls >= MIN_CONTROL_BYTES and controls > MAX_CONTROL_SHARE * len(head):
        return "control bytes"
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """
    Decode crawled text; return the text and how it was decoded (the value
    of `Release.decoding`). Never raises.

    1. A byte-order mark decides (UTF-8, UTF-16).
    2. Valid UTF-8 is UTF-8 (``"utf-8"``).
    3. Bytes that are mostly UTF-8 (more valid multi-byte UTF-8 sequences
       than bytes that fit none) are UTF-8 with the stray bytes replaced by
       U+FFFD (``"utf-8+replace"``): one bad byte does not turn a UTF-8
       page into Windows-1252 mojibake.
    4. Otherwise Windows-1252 (``"cp1252"``), or Latin-1 (``"latin-1"``,
       which maps every byte) when a byte is undefined in Windows-1252.
    """
    for bom, codec in _TEXT_BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return body.decode(codec), codec
            except UnicodeDecodeError:
                return body.decode(codec, errors="replace"), codec + REPLACED
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", errors="surrogateescape")
    invalid = sum(1 for _ in _ESCAPED.finditer(escaped))
    # Characters the bytes spell in UTF-8, beyond ASCII and the bad bytes.
    valid = len(escaped) - len(escaped.encode("ascii", errors="ignore")) - invalid
    del escaped  # as large as the text: free it before decoding again
    if valid > invalid:
        return data.decode("utf-8", errors="replace"), "utf-8" + REPLACED
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


_FIRST_LINES: Final = re.compile(rf"(?:[^\n]*\n){{{MAX_LINES}}}")


_FIRST_LINES_ANY_BREAK: Final = re.compile(rf"(?:[^\r\n]*(?:\r\n|\r|\n)){{{MAX_LINES}}}")


def split_overflow(text: str) -> tuple[str, str | None]:
    """
    Split *text* after its first `MAX_LINES` lines: the lines to read, and
    the rest as printed (``None`` when the page is shorter). CR and CRLF
    count as line breaks too.
    """
    if text.count("\n") < MAX_LINES and ("\r" not in text or text.count("\r") < MAX_LINES):
        return text, None
    match = (_FIRST_LINES_ANY_BREAK if "\r" in text else _FIRST_LINES).match(text)
    if match is None:
        return text, None
    end = match.end()
    head = end - 2 if text[end - 2 : end] == "\r\n" else end - 1
    return text[:head], text[end:]
