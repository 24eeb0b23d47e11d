"""
The HTML path: detect, decode and read HTML pages into the line model.

`parse` sends a page here when `looks_like_html` says so (or when asked to
with ``format="html"``): `decode_html` turns bytes into text, `read_html`
turns the text into a `Page` whose lines carry the element they came from
and the page region they sit in, with metadata in `Page.hints`. The
``html-regions`` stripper (`HtmlRegionStripper`, registered when this
module is imported) then removes navigation, headers, footers, sidebars
and the like before the same strippers and readers as for crawled text
run.
"""

from __future__ import annotations

from .. import plugins
from ._hints import parse_hint_date, strip_site_name
from ._reader import read_html
from ._sniff import declared_charset, decode_html, looks_like_html
from ._stripper import NAME as STRIPPER_NAME
from ._stripper import HtmlRegionStripper
from ._zones import BOILERPLATE_ZONES

__all__ = [
    "BOILERPLATE_ZONES",
    "STRIPPER_NAME",
    "HtmlRegionStripper",
    "declared_charset",
    "decode_html",
    "looks_like_html",
    "parse_hint_date",
    "read_html",
    "strip_site_name",
]

# replace=True: re-importing this module (importlib.reload) must not fail.
plugins.register_stripper(STRIPPER_NAME, HtmlRegionStripper, replace=True)
