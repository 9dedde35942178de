"""A byline and a date line found together: on one line (``Jane Doe — May 2, 2024``), or a name line right
over the date line (a bare name there is a byline: under a standfirst the page's order is standfirst, names,
date), its reporter's title (``Transport Correspondent``) between them if the page gives one."""

from __future__ import annotations

import re

from archivist.parse.blocks import Block
from archivist.parse.bylineblock import BylineRead, is_title, read_byline_block
from archivist.parse.dateblock import DateBlock, read_date_block

# Where a byline and a date line on one line part: a comma, "on"/"at", a bar or dash, or before "by".
_PAIR_SEPARATOR = re.compile(r",\s+|\s+(?:on|at)\s+|\s+[|·•/]\s+|\s+[-–—]{1,2}\s+|\s+(?=[Bb]y\s)")
_MAX_META_LINE = 160


def over_date_line(text: str, blocks: list[Block], index: int) -> bool:
    """A one-line block right over a date line, or over a title line set tight over it: a bare name there is
    a byline."""
    if index + 1 >= len(blocks) or not blocks[index].is_single_line:
        return False
    following = blocks[index + 1]
    if is_title(following.text) and following.blank_lines_before == 0 and index + 2 < len(blocks):
        following = blocks[index + 2]  # "Jane Doe" / "Transport Correspondent" / the date line
    date_block = read_date_block(text, following.start, following.end)
    return date_block is not None and bool(date_block.dates)


def byline_beside_date(text: str, block: Block) -> tuple[BylineRead, DateBlock] | None:
    """``By Jane Doe, May 2, 2024``, ``Jane Doe — May 2, 2024``, ``By Jane Doe on May 2, 2024``, ``Posted on
    May 2, 2024 by Jane Doe``, ``May 2, 2024 | Jane Doe``, ``Jane Doe / May 2, 2024``: a byline and a date
    line on one line, split at the one separator that leaves a date line on one side and a byline (a bare
    name too) on the other."""
    if (
        not block.is_single_line
        or len(block.text) > _MAX_META_LINE
        or not any(c.isdigit() for c in block.text)
    ):
        return None
    for separator in _PAIR_SEPARATOR.finditer(text, block.start, block.end):
        left_end, right_start = _rstrip(text, block.start, separator.start()), separator.end()
        for name_span, date_span in (
            ((block.start, left_end), (right_start, block.end)),
            ((right_start, block.end), (block.start, left_end)),
        ):
            if name_span[0] >= name_span[1] or date_span[0] >= date_span[1]:
                continue
            date_block = read_date_block(text, *date_span)
            if date_block is None or not date_block.dates:
                continue
            found = read_byline_block(text, *name_span, bare_ok=True)
            if found is not None and found.byline.authors:
                return found, date_block
    return None


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
