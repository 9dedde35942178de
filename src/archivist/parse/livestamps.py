"""The time stamps of a live page's entries: a live blog copied from the browser prints each entry under its
time of day on a line of its own (``09:05``, ``10.15am``, ``14h32``, ``11:20 Uhr``, ``3:42 PM SAST``), then
the entry's paragraphs. The stamps are no subheads (a subhead names its section in words), no paragraphs and
no date lines of the story: the page's furniture.

The evidence is the shape, in any language: at least two lines that are only a time of day, each over a
line of prose (a paragraph, long and worded). A player's clock (``00:00`` over ``03:21``) stands over no
prose, and a date line's time set apart under its date is one line alone: neither is taken.
"""

from __future__ import annotations

import re

# A time of day alone: 24-hour or 12-hour, with the separators houses use (":" "." "h"), a zone or a word
# for the clock after it.
_STAMP = re.compile(
    r"(?:[01]?\d|2[0-3])[:.hH][0-5]\d(?:\s?(?:[AaPp]\.?[Mm]\.?|Uhr|hrs?\.?|horas|uur|ora|godz\.?))?"
    r"(?:\s?(?:[A-Z]{2,5}(?:[+-]\d{1,2})?))?"
)
_MAX_STAMP = 16
_MIN_STAMPS = 2
_MIN_PROSE = 60  # an entry's first paragraph; a caption's credit or a button is shorter


def _stamp(block: str) -> bool:
    # (the cheap tests first: a stamp is short and opens with a digit)
    return len(block) <= _MAX_STAMP and block[:1].isdigit() and _STAMP.fullmatch(block) is not None


def live_stamps(blocks: list[str], short: list[int]) -> set[int]:
    """The positions among ``blocks`` (the text of each) of a live page's entry stamps, or none. ``short``:
    the positions of the short blocks (``sidebar.short_blocks``), where the stamps are sought."""
    candidates = [
        index for index in short if len(blocks[index]) <= _MAX_STAMP and blocks[index][:1].isdigit()
    ]
    if len(candidates) < _MIN_STAMPS:
        return set()  # (most pages: no line a time alone, or one under a date)
    stamps = {
        index
        for index in candidates
        if index + 1 < len(blocks)
        and _STAMP.fullmatch(blocks[index]) is not None
        and len(blocks[index + 1]) >= _MIN_PROSE
        and not _stamp(blocks[index + 1])
    }
    return stamps if len(stamps) >= _MIN_STAMPS else set()
