"""Visible date lines near the headline: ``November 30, 2005``, ``30 Nov 2005 14:05 GMT``,
``Published: ...``, ``Updated ...``, alone or beside a byline (``By Jane Doe | Nov. 30, 2005``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from archivist.parse.blocks import Block
from archivist.parse.byline import Byline, find_byline
from archivist.parse.dates import full_date, holds_digit, with_time
from archivist.parse.furniture import is_furniture
from archivist.parse.words import holds_any
from archivist.record.model import DateValue, Span

_LABEL = re.compile(
    r"(?P<label>(?P<updated>(?:Page\s+)?(?:Last\s+)?Updated(?:\s+on|\s+at)?|Modified|Aktualisiert(?:\s+am)?|Mis\s+à\s+jour(?:\s+le)?"
    r"|Actualizado(?:\s+(?:el|al))?|Aggiornato(?:\s+il)?|Bijgewerkt(?:\s+op)?|Atualizado(?:\s+em)?)"
    r"|(?P<published>(?:First\s+)?Published(?:\s+on)?|Posted(?:\s+on)?|Veröffentlicht(?:\s+am)?|Publié(?:\s+le)?"
    r"|Publicado(?:\s+el|\s+em)?|Pubblicato(?:\s+il)?|Gepubliceerd(?:\s+op)?)"
    r"|(?P<plain>Date|Dated|Datum|Fecha|Data))\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
_LEADING_TIME = re.compile(
    r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?\s*"
    # "4:05 PM EST • March 5, 2026": a comma, a bullet or a bar between the time and its date
    r"(?P<zone>GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT)?\s*[,•·|]?\s*(?:on\s+)?"
)
# The white space before the mark factored out of the two alternatives (the same matches: the space runs
# up to the mark in either), so that each space is tried once, not once per alternative.
_SEGMENT_SEPARATOR = re.compile(r"\s+(?:[|·•]|[-–—]{1,2})\s+")
# Its marks alone, looked for first (``holds_any``): ``str.find`` skips to each in C, where the separator's
# white space is tried at every space of the line (most lines read hold no mark).
_SEPARATOR_MARKS = "|·•-–—"
_MAX_LINE = 160


@dataclass(frozen=True)
class DateLine:
    """A visible date: ``kind`` is ``published`` (labelled), ``updated``, or ``date`` (a bare date line)."""

    kind: str
    date: DateValue


@dataclass(frozen=True)
class MetaLine:
    """A front line made only of date lines and at most one byline."""

    dates: tuple[DateLine, ...]
    byline: Byline | None


def read_meta_line(text: str, start: int, end: int) -> MetaLine | None:
    """Read ``text[start:end]`` (one line) as dates and a byline, or None if it holds anything else."""
    if end - start > _MAX_LINE:
        return None
    whole = _date_segment(text, start, end)
    if whole is not None:
        return MetaLine((whole,), None)
    if (glued := _COMMA_LABEL.search(text, start, end)) is not None and (
        meta := _byline_comma_date(text, start, glued.start(), glued.end(), end)
    ) is not None:
        return meta
    if not holds_any(text, start, end, _SEPARATOR_MARKS):
        return None  # one segment, the whole line, read above
    dates: list[DateLine] = []
    byline: Byline | None = None
    position = start
    segments: list[tuple[int, int]] = []
    for separator in _SEGMENT_SEPARATOR.finditer(text, start, end):
        segments.append((position, separator.start()))
        position = separator.end()
    segments.append((position, end))
    if len(segments) == 1:
        return None
    for segment_start, segment_end in segments:
        if is_furniture(text[segment_start:segment_end]):
            continue  # "16 Nov 2026 | By Jane Doe | 3 min read": the page's reading time belongs to no field
        date = _date_segment(text, segment_start, segment_end)
        if date is not None:
            dates.append(date)
            continue
        found = find_byline(text, segment_start, segment_end) if byline is None else None
        if found is None:
            return None
        byline = found
    return MetaLine(tuple(dates), byline)


# "By Jane Doe Globe Staff,Updated March 4, 2025, 6:12 p.m.": a page's template sets the byline and the
# labelled date line on one line with a comma between them (no space after it at times); the label opens
# with its capital after the comma, as no sentence's word does there ("…, updated daily" stays prose).
_COMMA_LABEL = re.compile(
    r",\s*(?=(?:Last\s+)?Updated|Published|Posted|Aktualisiert|Veröffentlicht|Actualizado|Atualizado"
    r"|Publicado|Publié|Mis à jour|Aggiornato|Pubblicato|Bijgewerkt|Gepubliceerd)"
)


def _byline_comma_date(text: str, start: int, comma: int, label: int, end: int) -> MetaLine | None:
    """The line read as a byline before ``comma`` and a labelled date line from ``label``, or None unless
    both are read."""
    date = _date_segment(text, label, end)
    if date is None or date.kind == "date":
        return None
    byline = find_byline(text, start, comma)
    return MetaLine((date,), byline) if byline is not None else None


def _date_segment(text: str, start: int, end: int) -> DateLine | None:
    if not holds_digit(text, start, end):
        return None  # no date without a digit: most segments, told before their label is looked for
    label = _LABEL.match(text, start, end)
    kind = "date"
    date_start = start
    if label is not None:
        kind = "updated" if label.group("updated") else ("published" if label.group("published") else "date")
        date_start = label.end()
    time = _LEADING_TIME.match(text, date_start, end)
    date = full_date(text, time.end() if time else date_start, end)
    if date is None:
        return None
    if time is None:
        return DateLine(kind, DateValue(date.value, text[date.start : date.end], Span(date.start, date.end)))
    # "14:05 GMT, Wednesday, 30 November 2005": the time comes first.
    value = with_time(
        date.value, int(time.group("hour")), time.group("minute"), time.group("ampm"), time.group("zone")
    )
    return DateLine(kind, DateValue(value, text[time.start() : date.end], Span(time.start(), date.end)))


# "Ends/Wednesday, July 9, 2025" closing a government's press release: the release's closing mark and its date
# on one line at the foot, the only date such a release gives.
_CLOSING_MARK = re.compile(r"(?:Ends|ENDS|End|END|-\s*[Ee]nds\s*-)\s*/\s*")
_FOOT_BLOCKS = 4


def foot_date_line(text: str, blocks: Sequence[Block]) -> DateLine | None:
    """The date after a release's closing mark (``Ends/Wednesday, July 9, 2025``) on a line of the last few
    blocks, or None."""
    for block in reversed(blocks[-_FOOT_BLOCKS:]):
        for line in block.lines:
            mark = _CLOSING_MARK.match(text, line.start, line.end)
            if mark is None:
                continue
            date = full_date(text, mark.end(), line.end)
            if date is not None and date.has_year and date.day is not None:
                return DateLine(
                    "date", DateValue(date.value, text[date.start : date.end], Span(date.start, date.end))
                )
    return None
