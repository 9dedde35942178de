"""The shortcut ``dates.search_dates`` takes for speed: around each year it tries a date only where a
letter or a digit opens one (no pattern opens with anything else, and the scan for a digit is left out
elsewhere), and finds what ``match_date`` tried at every position found, over lines written here and
every line and paragraph of ``tests/articles``."""

from __future__ import annotations

from archivist.parse import dates
from parse_helpers import article_spans

_LINES = [
    "Published: Tues., Nov. 3, 2026 at 5:02 a.m. CT | Updated 2026-11-27 HKT 14:05",
    "Fri December 22, 2023 3:05 PM EST · 04:22, 24 Dec 2023 (GMT+7)",
    "segunda-feira, 30 de novembro de 2026 14:05; 29.nov.2026",
    "(30 November 2026) [12/11/2026] «1 March 2026» 2026年3月4日 ١٢ November 2026",
    "  —  30. 11. 2026, 2005.11.30, 26-11-2026 (updated: 27-11-2026)",
    # near misses: a year and no date, a date without its year
    "the year 1999, in 2026 the council met",
    "November 30 at the hall, 14:05",
    "",
]


def _old_search_dates(text: str, start: int, end: int) -> list[dates.DateMatch]:
    """``search_dates`` as it was before its shortcut: ``match_date`` at every position around a year."""
    found: list[dates.DateMatch] = []
    for match in dates._YEAR_ANCHOR.finditer(text, start, end):
        for begin in range(max(start, match.start() - 40), match.start() + 1):
            if begin > start and text[begin - 1].isalnum():
                continue
            date = dates.match_date(text, begin, end)
            if date is not None and date.has_year and date.end >= match.end():
                if not found or date.start >= found[-1].end:
                    found.append(date)
                break
    return found


def _spans() -> list[tuple[str, int, int]]:
    spans = [(line, 0, len(line)) for line in _LINES]
    spans.extend((line, 3, len(line) - 2) for line in _LINES if len(line) > 5)  # within the text
    spans.extend(article_spans())
    return spans


def test_search_dates_finds_what_it_found_at_every_position() -> None:
    for text, start, end in _spans():
        assert dates.search_dates(text, start, end) == _old_search_dates(text, start, end), text[start:end]


def test_search_dates_finds_the_dates_written_here() -> None:
    found = dates.search_dates(_LINES[1])
    assert [date.value for date in found] == ["2023-12-22T15:05:00-05:00", "2023-12-24"]
    assert dates.search_dates("the year 1999, in 2026 the council met") == []
