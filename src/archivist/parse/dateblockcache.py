"""``archivist.parse.dateblock.read_date_block`` remembered per span.

The front reader asks it of the same line several times: as the dateline's guard, as a front line, beside a
byline (``archivist.parse.bylinedate``), under a name line and inside a metadata line
(``archivist.parse.frontsegments``); about half the calls repeat one already made. The reading depends on
nothing but ``text[start:end]`` and the text around it, and ``DateBlock`` is frozen, so one answer serves
them all. Kept apart from ``dateblock`` so that the reader itself stays a plain function.
"""

from __future__ import annotations

from functools import lru_cache

from archivist.parse import dateblock
from archivist.parse.dateblock import DateBlock


# Bounded: one article's front asks about a few dozen spans, and each entry holds its whole text alive, so
# only the last few articles' texts are kept (as archivist.parse.frontsegments' cache does).
@lru_cache(maxsize=64)
def read_date_block(text: str, start: int, end: int) -> DateBlock | None:
    """``archivist.parse.dateblock.read_date_block(text, start, end)``, read once per span."""
    return dateblock.read_date_block(text, start, end)
