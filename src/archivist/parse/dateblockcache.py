"""``archivist.parse.dateblock.read_date_block`` remembered per span.

The front reader asks it of the same line several times: as the dateline's guard, as a front line, beside a
byline (``archivist.parse.bylinedate``), under a name line and inside a metadata line
(``archivist.parse.frontsegments``); about half the calls repeat one already made. The reading depends on
``text[start:end]``, the text around it and, for an ambiguous date (``12/11/2026``, ``listopad``), on the
language of the article being read (``archivist.parse.calendar``): the key holds all three, and
``DateBlock`` is frozen, so one answer serves every caller. Kept apart from ``dateblock`` so that the reader
itself stays a plain function.
"""

from __future__ import annotations

from functools import lru_cache

from archivist.parse import dateblock
from archivist.parse.calendar import article_being_read
from archivist.parse.dateblock import DateBlock


def read_date_block(text: str, start: int, end: int) -> DateBlock | None:
    """``archivist.parse.dateblock.read_date_block(text, start, end)``, read once per span and article."""
    return _read(text, start, end, article_being_read())


# Bounded: one article's front asks about a few dozen spans, and each entry holds its whole text alive, so
# only the last few articles' texts are kept (as archivist.parse.frontsegments' cache does).
@lru_cache(maxsize=64)
def _read(text: str, start: int, end: int, article: object) -> DateBlock | None:
    return dateblock.read_date_block(text, start, end)
