"""Dates written in another script's digits, in the Buddhist era of Thai pages and in the Solar Hijri calendar
of Iranian and Afghan pages; the month names of two letters (May in Hindi, Bengali, Persian). Each with the
near-misses the rules must not take. Every line here is written for the test."""

from __future__ import annotations

import pytest

from archivist.parse.dateblock import read_date_block
from archivist.parse.dates import full_date, match_date


def _dates(line: str) -> list[str] | None:
    block = read_date_block(line, 0, len(line))
    return None if block is None else [date.date.value for date in block.dates]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("৩ মার্চ ২০২৪", "2024-03-03"),  # Bengali digits
        ("প্রকাশ: ৯ মে ২০২৪, ০৮: ১৫", "2024-05-09"),  # Bengali label, May of two letters, a spaced clock
        ("९ मई २०२४, ११:१५", "2024-05-09"),  # Devanagari digits, Hindi May
        ("9 मई 2024", "2024-05-09"),
        ("١٢ فبراير ٢٠٢٤", "2024-02-12"),  # Arabic-Indic digits
        ("۳ مه ۲۰۲۴", "2024-05-03"),  # Persian digits and the Gregorian May in Persian
        ("２０２４年８月９日", "2024-08-09"),  # full-width digits of a Japanese page
        # the Buddhist era: Gregorian year + 543, read only with a Thai month's name
        ("9 ส.ค. 2567 14:20 น.", "2024-08-09"),
        ("วันศุกร์ที่ 9 สิงหาคม พ.ศ. 2567", None),  # (the weekday run on to "ที่": no date line)
        ("9 สิงหาคม พ.ศ. 2567", "2024-08-09"),
        ("เผยแพร่: 1 ม.ค. 2567", "2024-01-01"),
        ("๙ ส.ค. ๒๕๖๗", "2024-08-09"),  # Thai digits
        # the Solar Hijri calendar, converted
        ("۱۸ مرداد ۱۴۰۳، ۱۴:۲۰", "2024-08-08"),
        ("تاریخ انتشار: ۱ فروردین ۱۴۰۳", "2024-03-20"),
        ("سه‌شنبه ۳۰ اسفند ۱۴۰۳", "2025-03-20"),
        ("12 حوت 1402", "2024-03-02"),  # Dari month name, ASCII digits
    ],
)
def test_date_lines(line: str, value: str | None) -> None:
    assert _dates(line) == (None if value is None else [value])


def test_spans_stay_the_texts() -> None:
    line = "نشر: ۱۸ مرداد ۱۴۰۳"
    block = read_date_block(line, 0, len(line))
    assert block is not None
    (date,) = block.dates
    assert date.date.text == "۱۸ مرداد ۱۴۰۳"
    assert line[date.date.span.start : date.date.span.end] == date.date.text
    found = match_date("در تاریخ ۱۸ مرداد ۱۴۰۳ گفت", 9)
    assert found is not None and (found.start, found.end) == (9, 22)


@pytest.mark.parametrize(
    "line",
    [
        "9 August 2567",  # a Buddhist-era year with no Thai month
        "9 มีนาคม 3567",  # no such era's year
        "۳۰ اسفند ۱۴۰۲",  # 1402 is a common year: no 30 Esfand
        "۳۲ مهر ۱۴۰۳",  # no 32nd day
        "۱۸ مرداد ۲۰۲۴",  # a Solar Hijri month with a Gregorian year
        "15 رمضان 1446",  # the lunar Hijri calendar: no rule to convert by
        "۲۵ روز برای کشت",  # "25 days for planting": a number, no date
    ],
)
def test_near_misses(line: str) -> None:
    assert full_date(line) is None
    assert not _dates(line)
