"""
``python -m pressparse``: the same as the ``pressparse`` command.
"""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
