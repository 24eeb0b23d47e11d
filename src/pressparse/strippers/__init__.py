"""
The built-in boilerplate strippers.

========== ================================================================
name       what it removes
========== ================================================================
``menus``  runs of short bulleted lines that are navigation (`MenuStripper`)
``footer`` end marks and what follows them, copyright lines, trailing
           share/follow links (`FooterStripper`)
``blocks`` the chrome of any site in crawled text (menus, banners,
           footers, related links), told from content by the fitted
           evidence of each block and its neighbours (`BlockStripper`)
(none)     the lines a site prints on every page (plain-line menus, footers,
           "About us" paragraphs), learned from a handful of its pages
           (`TemplateStripper`); not registered by name, since it needs the
           learned data: pass the object to `Parser`
========== ================================================================
"""

from __future__ import annotations

from ..plugins import register_stripper
from ._builtin import BlockStripper, FooterStripper, MenuStripper
from ._template import TemplateStripper

__all__ = ["BlockStripper", "FooterStripper", "MenuStripper", "TemplateStripper"]

register_stripper("menus", MenuStripper)
register_stripper("footer", FooterStripper)
register_stripper("blocks", BlockStripper)
