"""What a heading line looks like: short, one line, no closing punctuation.

Shared by the headline, subheads (sections) and teaser boxes (related).
"""

from __future__ import annotations

import re

from archivist.parse.blocks import Block

_MAX_HEADING_CHARS = 90
_MAX_HEADING_WORDS = 12
_HEADING_START = re.compile(r"[‘“\"']?[^\W_]")
_LIST_BULLET = re.compile(r"[-*•·▪–—]\s")


def is_heading_like(block: Block) -> bool:
    """A single short line that does not end like a sentence or a clause."""
    if not block.is_single_line or len(block.text) > _MAX_HEADING_CHARS:
        return False
    text = block.text
    if len(text.split()) > _MAX_HEADING_WORDS or not _HEADING_START.match(text):
        return False
    if text[0].islower():
        return False
    return not text.endswith((".", ",", ";", ":", "!", '"', "”", "'", "’", ")", "-", "—", "–", "…"))


def is_list_item(block: Block) -> bool:
    """A line of a related-links list: a bullet, or a short single line."""
    return block.is_single_line and (bool(_LIST_BULLET.match(block.text)) or len(block.text) <= 150)


def same_heading(first: Block, second: Block) -> bool:
    return first.text.strip().casefold() == second.text.strip().casefold()
