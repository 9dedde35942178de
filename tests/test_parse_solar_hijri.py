"""The Solar Hijri calendar's conversion (``archivist.parse.solarhijri``) against dates whose Gregorian day is
known: Nowruz (1 Farvardin) of several years, leap and common Esfands, and dates of record."""

from __future__ import annotations

import datetime

import pytest

from archivist.parse.solarhijri import MONTH_NUMBERS, to_gregorian


@pytest.mark.parametrize(
    ("year", "month", "day", "gregorian"),
    [
        (1354, 1, 1, "1975-03-21"),  # Nowruz
        (1357, 11, 22, "1979-02-11"),  # 22 Bahman 1357
        (1395, 1, 1, "2016-03-20"),
        (1399, 1, 1, "2020-03-20"),
        (1400, 7, 1, "2021-09-23"),  # 1 Mehr
        (1402, 12, 29, "2024-03-19"),  # the last day of a common year
        (1403, 1, 1, "2024-03-20"),
        (1403, 10, 11, "2024-12-31"),
        (1403, 12, 30, "2025-03-20"),  # 30 Esfand of a leap year
        (1404, 1, 1, "2025-03-21"),
        (1410, 1, 1, "2031-03-21"),
    ],
)
def test_known_dates(year: int, month: int, day: int, gregorian: str) -> None:
    assert to_gregorian(year, month, day) == datetime.date.fromisoformat(gregorian)


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [
        (1402, 12, 30),  # 1402 is a common year: Esfand has 29 days
        (1403, 7, 31),  # the second half's months have 30 days
        (1403, 13, 1),
        (1403, 0, 1),
        (1403, 1, 0),
        (3200, 1, 1),  # beyond the algorithm's table
    ],
)
def test_no_such_date(year: int, month: int, day: int) -> None:
    assert to_gregorian(year, month, day) is None


def test_every_day_of_a_span_follows_the_one_before() -> None:
    # 1390 to 1410 day by day: each day the next Gregorian day, no gap nor overlap at a year's turn
    previous = to_gregorian(1390, 1, 1)
    assert previous is not None
    for year in range(1390, 1411):
        for month in range(1, 13):
            for day in range(1, 32):
                date = to_gregorian(year, month, day)
                if date is None or (year, month, day) == (1390, 1, 1):
                    continue
                assert date == previous + datetime.timedelta(days=1)
                previous = date


def test_month_names_iranian_and_dari() -> None:
    assert MONTH_NUMBERS["اسفند"] == 12
    assert MONTH_NUMBERS["فروردین"] == 1
    assert MONTH_NUMBERS["فروردين"] == 1  # typed with the Arabic yeh
    assert MONTH_NUMBERS["حوت"] == 12  # Dari
    assert MONTH_NUMBERS["میزان"] == 7
