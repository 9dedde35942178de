"""A front metadata line: one short line under the headline that strings the page's metadata together.

Pages print their byline, date, time, outlet and section on one line, in any order and with any separator:
``By Jane Doe | May 2, 2026 | Economy``, ``WIRE NEWS - May 2, 2026 - 18:05 | World, All``, ``May 2, 2026
News``, ``Sunday May 3 2026, 12.01am GMT, The Weekly Ledger``, ``ABC / By Jane Doe, 2 May 2026 14:05``.
The line is cut at its dates and then at its separators (bars, spaced dashes, slashes, bullets, commas,
brackets) into segments, and each segment is classified by its shape and vocabulary: a date, a time or
zone, a date label, a byline (``By``/a role label then names; a bare name only opening the line), a
publication or agency, a section label (one to three capitalised words), a reading time or print page.
The line is a metadata line when a calendar date is among its segments and every other segment is one of
those kinds: a sentence that mentions a date always leaves a segment that is none of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archivist.parse.agencies import AGENCY_ALTERNATION, is_agency, is_publication
from archivist.parse.blocks import Block
from archivist.parse.byline import Byline
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.calendar import article_being_read
from archivist.parse.dateblock import date_label
from archivist.parse.dateblockcache import read_date_block
from archivist.parse.dates import MONTH_NUMBERS, DateMatch, search_dates
from archivist.parse.furniture import is_furniture
from archivist.parse.labelwords import label_alternation
from archivist.parse.publication import DateLine
from archivist.record.model import DateValue, Span, Text

_MAX_LINE = 160
# Strong separators part the line's segments; a comma parts a segment only when it is none of a kind whole
# ("By Jane Roe, Senior Writer" is one byline, "World, Asia" two sections).
_SEPARATOR = re.compile(r"\s+[-–—/]\s+|\s*[|·•;()\[\]]\s*|\s*[–—]\s*")
_COMMA = re.compile(r"\s*,\s*")
# Words a date's label may hold beyond archivist.parse.dateblock's ("Issued on", "On", "At").
_DATE_LABEL = re.compile(r"(?i:(?:issued|released)(?:\s+(?:on|at))?|on|at)\s*:?")
_READING = re.compile(r"(?i:\d+\s*min(?:ute)?s?(?:\s+read)?|read(?:ing)?\s+time:?\s*\d+\s*min(?:ute)?s?)")
_PAGE = re.compile(r"(?i:page\s+[A-Z]?\d+[A-Z]?|p\.\s*\d+|print\s+edition)")
# A wire's dateline: a place in capitals and a comma opening the line, or the agency's name in brackets.
_WIRE_OPENING = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+){0,2},\s")
_AGENCY_IN_BRACKETS = re.compile(rf"\((?:{AGENCY_ALTERNATION})\)")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ]{3,}")
_PROSE_WORDS = 5
# "19" or "20" first, the digit before them checked after (the same test): searched for by its first
# characters rather than tried at every position.
_YEAR = re.compile(r"(?:19|20)(?<!\d..)\d\d(?!\d)")
_CAPITAL_WORD = r"[A-ZÀ-Þ][\w'’&.-]*"
# "Economy", "World News", "Arts & Culture", "In Business", "SECTION: Business": a section's label.
_SECTION = re.compile(
    rf"(?:(?i:in|filed\s+under|(?:newspaper\s+)?section|category|topics?)\s*:?\s+)?"
    rf"{_CAPITAL_WORD}(?:\s+(?:&|and|of)?\s*{_CAPITAL_WORD}){{0,2}}"
)
# "OLJ", "KYODO NEWS": a masthead or wire printed in capitals.
_CAPITALS = re.compile(r"[A-Z][A-Z&.]{1,7}(?:\s+[A-Z][A-Z&.]{1,9}){0,2}")


# "Nov 18,2026": a month, its day and the year after a comma without its space, as some sites' templates
# print it (the date readers want the space; only a metadata line is read with this shape).
_TIGHT_COMMA_DATE = re.compile(
    r"(?<![\w])(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>[0-3]?\d),(?P<year>(?:19|20)\d\d)(?!\d)"
)


def _tight_comma_dates(text: str, start: int, end: int) -> list[DateMatch]:
    found: list[DateMatch] = []
    for date in _TIGHT_COMMA_DATE.finditer(text, start, end):
        month = MONTH_NUMBERS.get(date.group("month").casefold())
        day, year = int(date.group("day")), int(date.group("year"))
        if month is not None and 1 <= day <= 31:
            value = f"{year:04d}-{month:02d}-{day:02d}"
            found.append(DateMatch(value, date.start(), date.end(), True, month, day))
    return found


@dataclass(frozen=True)
class Segment:
    kind: str  # date, time, label, byline, publication, section, furniture, page
    start: int
    end: int


@dataclass(frozen=True)
class MetadataLine:
    """A front metadata line read: its dates, its byline (if a segment is one) and every segment's kind."""

    dates: tuple[DateLine, ...]
    byline: Byline | None
    segments: tuple[Segment, ...]

    @property
    def note(self) -> str:
        return " | ".join(segment.kind for segment in self.segments)


def read_metadata_line(text: str, block: Block) -> MetadataLine | None:
    """Read ``block`` as a front metadata line, or return None when any segment is not metadata."""
    if not block.is_single_line or block.end - block.start > _MAX_LINE:
        return None
    if (
        text.find("19", block.start, block.end) < 0 and text.find("20", block.start, block.end) < 0
    ) or _YEAR.search(text, block.start, block.end) is None:
        return None  # no calendar date without its year: the common case, told cheaply
    if len(_LOWER_WORD.findall(text, block.start, block.end)) >= _PROSE_WORDS:
        return None  # words in lower case make a sentence (a label, a month or "min read" are a few)
    if _WIRE_OPENING.match(text, block.start, block.end) or _AGENCY_IN_BRACKETS.search(
        text, block.start, block.end
    ):
        return None  # "PARIS, May 2, 2026 (AFP)": a wire dateline, which archivist.parse.dateline reads
    return _read(text, block.start, block.end, article_being_read())


# Asked of a line as a dateline's guard, as a front line and under a name line. Keyed on the article being
# read too: its dates are read in the article's language (``calendar``), as ``dateblockcache`` keys them.
@lru_cache(maxsize=64)
def _read(text: str, start: int, end: int, article: object) -> MetadataLine | None:
    found_dates = [d for d in search_dates(text, start, end) if d.month is not None and d.has_year]
    if not found_dates and "," in text[start:end]:
        found_dates = _tight_comma_dates(text, start, end)
    if not found_dates:
        return None
    segments: list[Segment] = []
    dates: list[DateLine] = []
    position = start
    for date in [*found_dates, None]:
        gap_end = date.start if date is not None else end
        for piece_start, piece_end in _label_apart(text, _pieces(text, position, gap_end, _SEPARATOR)):
            kind = _kind(text, piece_start, piece_end, first=not segments)
            if kind is not None:
                segments.append(Segment(kind, piece_start, piece_end))
                continue
            for part_start, part_end in _pieces(text, piece_start, piece_end, _COMMA):
                kind = _kind(text, part_start, part_end, first=not segments)
                if kind is None:
                    return None
                segments.append(Segment(kind, part_start, part_end))
        if date is None:
            break
        label = date_label(text, segments[-1].start, segments[-1].end) if segments else None
        kind = "updated" if label == "updated" else "date"
        value = DateValue(date.value, text[date.start : date.end], Span(date.start, date.end))
        dates.append(DateLine(kind, value))
        segments.append(Segment("date", date.start, date.end))
        position = date.end
    return MetadataLine(tuple(dates), _byline(text, segments), tuple(segments))


# "Jane Doe Published": a date's label closing a piece after a space, the date right after it.
_TRAILING_DATE_LABEL = re.compile(
    rf"\s+(?P<label>(?:{label_alternation('published', capitalised=True)}"
    rf"|{label_alternation('updated', capitalised=True)})\s*:?)$"
)


def _label_apart(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``Tariq Memon Published December 2, 2026``: the name and the date's label set with no separator
    between; the label is a segment of its own (as it is after a bar), the name another."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        found = _TRAILING_DATE_LABEL.search(text, start, end) if end - start > _MIN_NAME_AND_LABEL else None
        if found is None:
            out.append((start, end))
        else:
            out.extend(((start, found.start()), found.span("label")))
    return out


_MIN_NAME_AND_LABEL = 8


def _pieces(text: str, start: int, end: int, separator_pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The non-empty segments of ``text[start:end]`` between separators, trimmed of spaces and stops."""
    out: list[tuple[int, int]] = []
    position = start
    for separator in [*separator_pattern.finditer(text, start, end), None]:
        piece_end = separator.start() if separator is not None else end
        a, b = position, piece_end
        while a < b and text[a] in " \t.:,":
            a += 1
        while b > a and text[b - 1] in " \t.:,":
            b -= 1
        if a < b:
            out.append((a, b))
        if separator is None:
            break
        position = separator.end()
    return out


def _kind(text: str, start: int, end: int, *, first: bool) -> str | None:
    """What one segment is, by its shape and vocabulary, or None when it is none of a metadata line's."""
    piece = text[start:end]
    if _DATE_LABEL.fullmatch(piece) or date_label(text, start, end) is not None:
        return "label"
    if _READING.fullmatch(piece) or is_furniture(piece):
        return "furniture"  # a reading time, the page's buttons
    if _PAGE.fullmatch(piece):
        return "page"
    if read_date_block(text, start, end) is not None:
        return "time"  # a time, a zone, a weekday (a date too would have been cut out before)
    found = read_byline_block(text, start, end, bare_ok=first)
    if found is not None and found.byline.authors:
        return "byline"
    if is_agency(piece) or is_publication(piece) or _CAPITALS.fullmatch(piece):
        return "publication"
    if _SECTION.fullmatch(piece):
        return "section"
    return None


def _byline(text: str, segments: list[Segment]) -> Byline | None:
    """The first byline segment's reading; its text runs over the outlet named right before or after it
    (``ABC / By Jane Doe``, ``By Jane Doe | ABC``), since the page prints them as one credit."""
    at = next((i for i, segment in enumerate(segments) if segment.kind == "byline"), None)
    if at is None:
        return None
    found = read_byline_block(text, segments[at].start, segments[at].end, bare_ok=True)
    if found is None:
        return None
    first = last = at
    while first > 0 and segments[first - 1].kind == "publication":
        first -= 1
    while last + 1 < len(segments) and segments[last + 1].kind == "publication":
        last += 1
    begin, end = segments[first].start, segments[last].end
    return Byline(Text(text[begin:end], Span(begin, end)), found.byline.authors)


def has_other_metadata(line: MetadataLine) -> bool:
    """Whether the line holds more than dates, times and labels (``archivist.parse.dateblock``'s lines)."""
    return any(segment.kind not in ("date", "time", "label") for segment in line.segments)


# "NOS Nieuws•Binnenland•Vandaag, 14:32": items joined by a bullet or middle dot set tight, with no space
_TIGHT_BULLET = re.compile(r"(?<=\S)[•·](?=\S)")
_CLOCK = re.compile(r"(?<!\d)[012]?\d[:.][0-5]\d(?!\d)")
_MIN_TIGHT_ITEMS = 3
_MAX_ITEM_WORDS = 5


def tight_bullet_line(text: str, block: Block) -> tuple[DateLine, ...] | None:
    """``NOS Nieuws•Binnenland•Vandaag, 14:32•Aangepast vandaag, 16:05``: a page's metadata (outlet, section,
    a date or time) strung on one line by bullets set tight, three items or more, each a few words ending
    no sentence, one of them holding a time or a date; the dates it gives (none for a relative day), or
    None when the line is no such line. It is no summary and no byline."""
    if (
        block.end - block.start > _MAX_LINE
        or ("•" not in block.text and "·" not in block.text)  # most lines: told without a pattern
        or not block.is_single_line
    ):
        return None
    bullets = list(_TIGHT_BULLET.finditer(text, block.start, block.end))
    if len(bullets) < _MIN_TIGHT_ITEMS - 1:
        return None
    edges = [block.start, *(b for bullet in bullets for b in (bullet.start(), bullet.end())), block.end]
    items = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]
    if any(
        not 1 <= len(text[a:b].split()) <= _MAX_ITEM_WORDS or text[a:b].rstrip().endswith((".", "!", "?"))
        for a, b in items
    ):
        return None
    if not any(_CLOCK.search(text, a, b) or _YEAR.search(text, a, b) for a, b in items):
        return None
    dates: list[DateLine] = []
    for a, b in items:
        found = read_date_block(text, a, b)
        if found is not None:
            dates.extend(found.dates)
    return tuple(dates)
