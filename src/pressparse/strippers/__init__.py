"""
The built-in boilerplate strippers.

========== ================================================================
name       what it removes
========== ================================================================
``menus``  runs of short bulleted lines that are navigation (`MenuStripper`)
``footer`` end marks and what follows them, copyright lines, trailing
           share/follow links (`FooterStripper`)
========== ================================================================
"""

from __future__ import annotations

from ..plugins import register_stripper
from ._footer import FooterStripper
from ._menus import MenuStripper

__all__ = ["FooterStripper", "MenuStripper"]

register_stripper("menus", MenuStripper)
register_stripper("footer", FooterStripper)
