"""The Ethiopian calendar's conversion (``archivist.parse.ethiopian``) against dates whose Gregorian day is
known, and its reading in text (``archivist.parse.dates``): only where the month is named in Ge'ez script or,
transliterated, where the text marks the calendar."""

from __future__ import annotations

import datetime

import pytest

from archivist.parse.dates import full_date, search_dates
from archivist.parse.ethiopian import is_leap, month_number, to_gregorian


@pytest.mark.parametrize(
    ("year", "month", "day", "gregorian"),
    [
        (2017, 1, 1, "2024-09-11"),  # Enkutatash 2017
        (2016, 1, 1, "2023-09-12"),  # before the Gregorian leap year 2024: 12 September
        (2012, 1, 1, "2019-09-12"),  # before 2020
        (2015, 1, 1, "2022-09-11"),
        (2000, 1, 1, "2007-09-12"),  # the Ethiopian millennium
        (1983, 9, 20, "1991-05-28"),  # Genbot 20, 1983
        (2015, 13, 6, "2023-09-11"),  # Pagume 6 of a leap year
        (2011, 13, 6, "2019-09-11"),
        (2017, 7, 5, "2025-03-14"),  # Megabit 5, 2017
        (2017, 4, 29, "2025-01-07"),  # Genna (Christmas), Tahsas 29
        (2017, 5, 11, "2025-01-19"),  # Timket (Epiphany), Tir 11
    ],
)
def test_known_dates(year: int, month: int, day: int, gregorian: str) -> None:
    assert to_gregorian(year, month, day) == datetime.date.fromisoformat(gregorian)


@pytest.mark.parametrize(
    ("year", "month", "day"), [(2016, 13, 6), (2017, 1, 31), (2017, 14, 1), (2017, 1, 0)]
)
def test_no_such_date(year: int, month: int, day: int) -> None:
    assert to_gregorian(year, month, day) is None


def test_every_day_follows_the_one_before() -> None:
    previous = to_gregorian(2005, 1, 1)
    assert previous is not None
    for year in range(2005, 2020):
        for month in range(1, 14):
            for day in range(1, 31):
                date = to_gregorian(year, month, day)
                if date is None or (year, month, day) == (2005, 1, 1):
                    continue
                assert date == previous + datetime.timedelta(days=1)
                previous = date
    assert is_leap(2015) and not is_leap(2016)


def test_month_names() -> None:
    assert month_number("መጋቢት") == 7
    assert month_number("ታህሳስ") == month_number("ታኅሣሥ") == 4
    assert month_number("Genbot") == month_number("ginbot") == 9
    assert month_number("ጳጉሜን") == 13
    assert month_number("March") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ዓርብ፣ መጋቢት 5 ቀን 2017 ዓ.ም", "2025-03-14"),  # Amharic: weekday, month, day, "day", year, era
        ("መጋቢት 5/2017", "2025-03-14"),  # a wire's dateline
        ("ጳጉሜ 6 ቀን 2015 ዓ.ም", "2023-09-11"),
        ("መስከረም 1, 2017", "2024-09-11"),
        ("Megabit 5, 2017 E.C.", "2025-03-14"),  # an English page of Ethiopia
        ("Genbot 20, 1983 EC", "1991-05-28"),
        ("Sene 30, 2016 (Ethiopian calendar)", "2024-07-07"),
    ],
)
def test_read_in_text(text: str, value: str) -> None:
    found = full_date(text) or search_dates(text)[0]
    assert found.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Megabit 5, 2017",  # transliterated, no calendar marked: no date
        "Tir 5 2017 was",
        "ጳጉሜ 6 ቀን 2016 ዓ.ም",  # 2016 is no leap year
    ],
)
def test_not_read(text: str) -> None:
    assert full_date(text) is None
    assert search_dates(text) == []
