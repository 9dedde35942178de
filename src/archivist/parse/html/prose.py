"""The plain-text readers run over a page's body paragraphs: the wire dateline opening the first paragraph
(``archivist.parse.dateline``) and the spoken quotations with their speakers (``archivist.parse.quotes``).

They read a string with offsets; a page's paragraphs are element texts whose spans point into the markup.
So each reader runs on the paragraphs' texts joined by blank lines, and every span it returns is mapped
back into the page: a slice of one paragraph's text is found in the page at or after where the paragraph
stands, after the paragraph's text up to the slice (so a word met twice maps to the right one). The
slice's text is unchanged, so each span keeps the contract in ``locations``.
"""

from __future__ import annotations

import bisect

from archivist.parse.dateline import find_dateline
from archivist.parse.html.locations import PageText
from archivist.parse.quotes import find_quotes
from archivist.record.model import Dateline, DateValue, Quote, Span, Text

_GAP = "\n\n"


class ProseMap:
    """The body paragraphs as one string, and the way back from its offsets to the page's."""

    def __init__(self, paragraphs: list[Text], page: PageText) -> None:
        self.paragraphs = paragraphs
        self.page = page
        self.starts: list[int] = []
        offset = 0
        for paragraph in paragraphs:
            self.starts.append(offset)
            offset += len(paragraph.text) + len(_GAP)
        self.text = _GAP.join(p.text for p in paragraphs)

    def ranges(self) -> list[tuple[int, int]]:
        return [(start, start + len(p.text)) for start, p in zip(self.starts, self.paragraphs, strict=True)]

    def span(self, start: int, end: int) -> Span | None:
        """The page span of ``text[start:end]`` (within one paragraph), or None if it cannot be found: it
        ends where the paragraph's text up to ``end`` ends, and starts where the text before it ends (what
        lies between is markup or white space, which the span contract leaves out)."""
        index = bisect.bisect_right(self.starts, start) - 1
        paragraph = self.paragraphs[index]
        inner_start, inner_end = start - self.starts[index], end - self.starts[index]
        through = self.page.find(paragraph.text[:inner_end], paragraph.span.start)
        if through is None:
            return None
        begin = through[0].start
        if inner_start > 0:
            # Anchored where the longer prefix was found, so both readings are of the same occurrence.
            before = self.page.find(paragraph.text[:inner_start], begin)
            if before is None or before[0].start != begin:
                return None
            begin = before[1]
        return Span(begin, through[1]) if begin < through[1] else None

    def text_at(self, start: int, end: int) -> Text | None:
        span = self.span(start, end)
        return Text(self.text[start:end], span) if span is not None else None

    def boundary(self, start: int, end: int) -> Span | None:
        """The page span from ``start`` to ``end``, which may lie in different paragraphs."""
        first, last = self.span(start, start + 1), self.span(end - 1, end)
        return Span(first.start, last.end) if first is not None and last is not None else None


def read_dateline(prose: ProseMap, published: str | None = None) -> Dateline | None:
    """The dateline opening the first paragraph (``WASHINGTON, March 3 (Reuters) —``), spans in the page.
    A date without its year (``XXXX-03-03``) takes the publication date's year when their month and day
    are the same (never a guessed one)."""
    if not prose.paragraphs:
        return None
    found = find_dateline(prose.text, 0, len(prose.paragraphs[0].text))
    if found is None:
        return None
    span = prose.span(found.span.start, found.span.end)
    if span is None:
        return None
    place = prose.text_at(found.place.span.start, found.place.span.end) if found.place else None
    agency = prose.text_at(found.agency.span.start, found.agency.span.end) if found.agency else None
    date = None
    if found.date is not None:
        date_span = prose.span(found.date.span.start, found.date.span.end)
        value = found.date.value
        if value.startswith("XXXX") and published and published[4:10] == value[4:10]:
            value = published[:4] + value[4:]
        date = DateValue(value, found.date.text, date_span) if date_span else None
    return Dateline(found.text, span, place, date, agency)


def read_quotes(prose: ProseMap) -> list[Quote]:
    """The spoken quotations in the body with their speakers, spans in the page; a quotation any of whose
    pieces cannot be found in the page is left out rather than pointed at the wrong place."""
    quotes = []
    for quote in find_quotes(prose.text, prose.ranges()):
        parts = [prose.text_at(p.span.start, p.span.end) for p in quote.parts]
        span = prose.boundary(quote.span.start, quote.span.end)
        speaker_span = (
            prose.span(quote.speaker_span.start, quote.speaker_span.end) if quote.speaker_span else None
        )
        if span is None or any(p is None for p in parts) or (quote.speaker_span and speaker_span is None):
            continue
        kept = tuple(p for p in parts if p is not None)
        quotes.append(Quote(quote.text, span, kept, quote.speaker, speaker_span))
    return quotes
