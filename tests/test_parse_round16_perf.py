"""Round 16, parse cost: shortcuts that must leave every outcome as it was.

``dates.match_date`` tries at a position only the patterns what opens there (a weekday's name, a month's
name, a digit) can open. Each test here compares it with the plain reading (every pattern tried, the longest
date kept) on lines written for the purpose: names of every language opening a date, in every case, digits of
other scripts, and characters no date opens with.
"""

from __future__ import annotations

import pytest

from archivist.parse import dates
from archivist.parse.calendar import AMBIGUOUS_MONTHS, MONTH_NUMBERS, WEEKDAY_NAMES


def _every_pattern(text: str, start: int = 0, end: int | None = None) -> dates.DateMatch | None:
    """``match_date`` as it read before the shortcut: every pattern tried."""
    end = len(text) if end is None else end
    best = None
    for pattern in dates._PATTERNS:
        found = pattern.match(text, start, end)
        if found is None:
            continue
        date = dates._to_date(found)
        if date is not None and (best is None or date.end > best.end):
            best = date
    return best


_TAILS = (
    " 30 November 2005",
    ", 30. November 2005, 14:05 CET",
    " 2005-11-30",
    " 30/11/2005",
    " 30, 2005 5 p.m. EST",
    " 2005",
    " 3",
)


def test_every_month_and_weekday_name_opens_its_patterns() -> None:
    for name in sorted({*WEEKDAY_NAMES, *MONTH_NUMBERS, *AMBIGUOUS_MONTHS}):
        for spelling in (name, name.upper(), name.capitalize(), name.title()):
            for tail in _TAILS:
                line = f"{spelling}{tail}"
                assert dates.match_date(line) == _every_pattern(line), line


@pytest.mark.parametrize(
    "line",
    [
        "2005-11-30T14:05:00Z",
        "2005.11.30 14:05",
        "30 de noviembre de 2005",
        "29.nov.2005",
        "Nov. 30 2005, 10:00 a.m. EDT",
        "30.11.2005",
        "11/30/2005",
        "12/11/2026",
        "2005. november 30. 10:00",
        "November 2005",
        "Dienstag, 3. März 2026",
        "zo 29 nov 2026",
        "Tues., Nov. 3",
        "٣ November 2005",  # a day in Arabic-Indic digits: ``\d`` reads it
        "３/11/2005",  # a fullwidth digit
        "ſeptember 2005",  # the long s: IGNORECASE matches it with "s"
        "İyun 2005",
        "\u212awiecień 2005",  # the Kelvin sign: IGNORECASE matches it with "k" (Polish "kwiecień")
        "— 30 November 2005",
        " 30 November 2005",
        "",
        "x",
        "By Ana Ruiz, 30 November 2005",
    ],
)
def test_dates_read_as_every_pattern_reads_them(line: str) -> None:
    for start in range(-1, len(line) + 2):
        assert dates.match_date(line, start) == _every_pattern(line, start), (line, start)
        for end in (start, start + 1, start + 12, len(line) - 1):
            assert dates.match_date(line, start, end) == _every_pattern(line, start, end), (line, start, end)
