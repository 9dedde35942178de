"""Date words of the world's press the date lines name their day with: the months' own names of Southern and
West African papers (Zulu, Xhosa, Sesotho, Yoruba), Afghanistan's Pashto names of the Solar Hijri months, a
weekday written in three words (Kinyarwanda), the Arabic comma after a weekday, the clock's morning and
evening marks of Arabic and Persian, the full-width colon after a label, the Chinese, Japanese and Korean
labels naming the "time" or "date" of publication, the Indian press's "date" word before the day, and a
second calendar's date set after a bar. Each with lines that must not be read so. Every line here is
written for the test."""

from __future__ import annotations

import pytest

from archivist.parse.dateblock import read_date_block
from archivist.parse.dates import full_date


def _dates(line: str) -> list[str] | None:
    block = read_date_block(line, 0, len(line))
    return None if block is None else [date.date.value for date in block.dates]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Lwesibili, 14 Nhlaba 2025", "2025-05-14"),  # Zulu: May
        ("3 Masingana 2026", "2026-01-03"),  # Zulu: January
        ("Mvulo, 9 EyeKhala 2025", "2025-07-09"),  # Xhosa: July
        ("21 Mphalane 2024", "2024-10-21"),  # Sesotho: October
        ("Ọjọ́ Ajé, 3 Ọ̀wàrà, 2025", "2025-10-03"),  # Yoruba without "oṣù": October
        ("15 Agemo 2025", "2025-07-15"),  # Yoruba without its tone marks
        ("Ku wa Gatatu, 12 Werurwe 2025 09:30", "2025-03-12"),  # Kinyarwanda weekday in three words
        ("۲ وری ۱۴۰۴", "2025-03-22"),  # Pashto: Wray (Hamal), 2 Hamal 1404
        ("۱۰ چنگاښ ۱۴۰۳", "2024-06-30"),  # Pashto's Saratan with the Persian gaf typed
    ],
)
def test_months_and_weekdays_of_the_press(line: str, value: str) -> None:
    assert _dates(line) == [value]


@pytest.mark.parametrize(
    "line",
    [
        "The Ogun state governor spoke on 12 May",  # a word of a name, in a sentence
        "Nhlaba was the month of the harvest",  # the month's name in prose, no day nor year
        "Mphalane 21",  # no year: no page's date line
    ],
)
def test_month_words_in_prose_are_no_date_line(line: str) -> None:
    assert read_date_block(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("الخميس، 3 أبريل 2025 10:20 ص", ["2025-04-03"]),  # the Arabic comma, the morning mark
        ("الأحد، 6 يوليو 2025 - 07:45 م", ["2025-07-06"]),  # the evening mark
        ("۲۵ اسفند ۱۴۰۳ - ۱۰:۳۰ ق.ظ", ["2025-03-15"]),  # Persian's "before noon"
        ("發佈時間：2025年3月4日 08:15", ["2025-03-04"]),  # a Chinese label with "time", full-width colon
        ("发布时间：2025年3月4日 08:15　更新时间：2025年3月4日 10:00", ["2025-03-04", "2025-03-04"]),
        ("公開日：2025年3月4日", ["2025-03-04"]),  # Japanese "day of publication"
        ("입력일 2025.03.04 08:15", ["2025-03-04"]),  # Korean "day of input"
        ("શુક્રવાર, તા. ૭ માર્ચ, ૨૦૨૫", ["2025-03-07"]),  # Gujarati "date" abbreviated, native digits
        ("दिनांक 7 मार्च 2025", ["2025-03-07"]),  # Hindi "date" written out
    ],
)
def test_date_line_words_of_other_houses(line: str, values: list[str]) -> None:
    assert _dates(line) == values


def test_the_time_label_reads_as_a_published_label() -> None:
    line = "發佈時間：2025年3月4日 08:15"
    block = read_date_block(line, 0, len(line))
    assert block is not None and [date.kind for date in block.dates] == ["published"]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Thursday, March 6, 2025 | Falgun 22, 1431 BS", "2025-03-06"),  # the Bengali calendar
        ("السبت 8 مارس 2025 | 8 رمضان 1446 هـ", "2025-03-08"),  # the lunar Hijri one
        ("સોમવાર, ૧૦ માર્ચ, ૨૦૨૫ | વિ.સં. ૨૦૮૧, ફાગણ સુદ ૧૧", "2025-03-10"),  # the Vikram Samvat
        ("Friday, 7 March 2025 | Falgun 23, 2081", "2025-03-07"),  # the Nepali one
    ],
)
def test_a_second_calendar_after_a_bar_closes_the_date_line(line: str, value: str) -> None:
    assert _dates(line) == [value]


@pytest.mark.parametrize(
    "line",
    [
        "12 March 2026 | 1,204 people attended",  # a counter's sentence
        "12 March 2026 | the council met for 3 hours in 2025",  # words in lower case
        "12 March 2026 | Jane Doe",  # a name, no number
        "12 March 2026 | Page 12",  # no year of another calendar
    ],
)
def test_other_things_after_a_bar_are_no_second_calendar(line: str) -> None:
    assert read_date_block(line, 0, len(line)) is None


def test_the_marks_are_read_only_after_a_clock() -> None:
    assert read_date_block("م 3 أبريل 2025", 0, len("م 3 أبريل 2025")) is None
    assert full_date("۱۶ غویی ۱۴۰۳").value == "2024-05-05"  # type: ignore[union-attr]
