"""
The classes of the built-in strippers.

Each class is the documented, registered face of a function of `_menus` or
`_footer`, where the work is done; those modules also hold the helpers the
header reader shares (`is_label`, `section_kind`, ...).
"""

from __future__ import annotations

import attrs

from .._page import Page
from ._blocks import Model, default_model, strip_blocks
from ._footer import strip_footer
from ._menus import strip_menus


@attrs.frozen
class MenuStripper:
    """
    Remove runs of short bulleted lines that are navigation, not body.

    A run of at least `MIN_ITEMS` bulleted items whose items are short and
    do not end like sentences is a menu unless it sits inside the body: a
    run with running prose both before and after it is a list in the body
    and stays. A run introduced by a line ending in a colon is a list as far
    as its shape holds (`list_length`); what follows in the same run is
    judged as a run of its own (a footer menu right after a closing list).
    A run that uses bare markers as section headings is always a menu. At
    the top of the page, before anything but menus, even one or two short
    items are a menu (a language switch, a breadcrumb). Metadata blocks
    (``- Date:``, ``- Place:``, ``- Place: GENEVA`` ...) are left for the
    metadata reader.

    Attributes:
        name: The name the stripper records on its `Boilerplate`.
    """

    name: str = "menus"

    def strip(self, page: Page, /) -> Page:
        """
        Return *page* without its navigation menus.
        """
        return strip_menus(page, self.name)


@attrs.frozen
class FooterStripper:
    """
    Remove what follows the body of a release.

    * An end mark (``###``, ``-30-``, ``ENDS``) and every line after it,
      unless more of the page's running prose stands under the mark than
      over it: then it breaks the body's sections (``***``) and the body
      goes on.
    * The sections that close a release, from their heading to the next
      such heading or the end: "About <organisation>", forward-looking
      statement disclaimers, media contacts, notes to editors, tags,
      lists of related releases, a newswire's source and closing lines and
      a company's sign-off on its board's behalf (``section_kind``), each kept as its own
      `Boilerplate` record of that kind. Only headings in the later half
      of the page count, after some prose.
    * After the last line of running prose: copyright lines, and short lines
      that do not read as sentences or metadata (share and follow links,
      footer headings, "Back to top"); a short line that still ends like a
      sentence ("Tickets are sold on board.") stays, and so does the last
      line of a hard-wrapped paragraph (lynx leaves a few words such as
      "zugesagt wird." on a line of their own), which heads no section
      either. When that prose line
      ends in a colon,
      the bulleted list it introduces is body and stays (see `list_length`).

    Lines after an end mark often hold media contacts; they stay
    inspectable on `Release.boilerplate` with kind ``"after-end"``.

    Attributes:
        name: The name the stripper records on its `Boilerplate`.
    """

    name: str = "footer"

    def strip(self, page: Page, /) -> Page:
        """
        Return *page* without its end mark, footer and trailing chrome.
        """
        return strip_footer(page, self.name)


@attrs.frozen
class BlockStripper:
    """
    Remove the chrome of any site from crawled text, told from content by
    the evidence of its blocks (see *How the blocks stripper works* in the
    docs).

    The page is cut into blocks (wrapped paragraphs, list items, headings);
    a fitted linear model sums each block's evidence and its neighbours'
    (length, stop-word density in the page's language, link density where
    Markdown shows links, punctuation, capitals, digits, bullet marker,
    position, repetition) into a probability of content; uncertain blocks
    then take the label of their nearest reliable neighbours, as jusText
    revises its labels. Blocks labelled ``bad`` are removed as
    `Boilerplate` of kind ``"chrome"``; a teaser heading (``Mehr zum
    Thema``, ``Related stories``) with the run of teasers under it as
    `Boilerplate` of kind ``"related"``; a blog's comment thread (``1. Jane
    Roe says:``) as `Boilerplate` of kind ``"comments"``. Pages read from
    HTML, and pages
    where no block reads as content, are returned unchanged.

    Attributes:
        model: The fitted numbers; by default those shipped in
            ``pressparse.strippers._blocks_weights`` (refit them with
            ``tools/fit_blocks.py``).
        name: The name the stripper records on its `Boilerplate`.
    """

    model: Model = attrs.field(factory=default_model)
    name: str = "blocks"

    def strip(self, page: Page, /) -> Page:
        """
        Return *page* without the blocks it labels chrome.
        """
        return strip_blocks(page, self.name, self.model)
