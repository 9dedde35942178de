"""The Solar Hijri calendar (Iran's and Afghanistan's civil calendar): its month names and its dates turned
into the Gregorian calendar's.

Why written here: the project depends on no calendar library (``babel``, a test extra, gives CLDR's names of
the Gregorian calendar only; its data holds no Persian calendar), and the conversion is a short piece of
arithmetic. It is Kazimierz Borkowski's algorithm ("The Persian calendar for 3000 years", Earth, Moon and
Planets 74, 1996), the one the widely used ``jalaali`` libraries implement: the years whose first day
(1 Farvardin, the day of the March equinox at Tehran's noon) moves are listed as the ``_BREAKS`` between
which leap years fall every four years in 33-year cycles. It agrees with the astronomical calendar from
1 AP to 3177 AP; ``tests/test_parse_solar_hijri.py`` checks it against known dates.

Nothing is guessed: a date whose year is out of the table's range, or whose day its month does not have
(31 Mehr, 30 Esfand of a common year), is no date.
"""

from __future__ import annotations

import datetime

# The years (AP) at which the 33-year cycles of leap years are broken (Borkowski's table).
_BREAKS = (
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456,
    3178,
)  # fmt: skip

# The months' names, Farvardin to Esfand, as Iranian pages write them, and as Afghan (Dari) pages do (Hamal
# to Hut: the zodiac's signs, the same calendar's months). Written here by hand: CLDR's Persian calendar is
# not in Babel's data, which ``scripts/cldr_calendar_words.py`` reads. Each also with the Arabic letters
# yeh and kaf where a page types them for the Persian ones (``parse.calendar`` does the same for none:
# the Gregorian names CLDR gives are written in one way).
_IRANIAN = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)  # fmt: skip
_DARI = (
    "حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت",
)  # fmt: skip
# Afghan pages in Pashto name the same months in Pashto (Wray to Kab: "۱۶ غویی ۱۴۰۳", 16 Sawr), each also
# with the Pashto gaf (ګ) typed as the Persian one (گ).
_PASHTO = (
    "وری", "غویی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب",
)  # fmt: skip


def _spellings(name: str) -> set[str]:
    return {name, name.replace("ی", "ي").replace("ک", "ك"), name.replace("ګ", "گ")}


MONTH_NUMBERS: dict[str, int] = {
    spelling: number
    for names in (_IRANIAN, _DARI, _PASHTO)
    for number, name in enumerate(names, start=1)
    for spelling in _spellings(name)
}
# (Persian "مرداد" is also written "امرداد", as some Iranian pages do)
MONTH_NUMBERS["امرداد"] = 5


def _first_day(year: int) -> datetime.date:
    """The Gregorian date of 1 Farvardin of ``year`` (AP), which falls in March of ``year + 621``."""
    if not _BREAKS[0] <= year < _BREAKS[-1]:
        raise ValueError(f"year {year} out of range")
    gregorian = year + 621
    leap_years = -14
    previous = _BREAKS[0]
    jump = 0
    for brk in _BREAKS[1:]:
        jump = brk - previous
        if year < brk:
            break
        leap_years += jump // 33 * 8 + jump % 33 // 4
        previous = brk
    since = year - previous
    leap_years += since // 33 * 8 + (since % 33 + 3) // 4
    if jump % 33 == 4 and jump - since == 4:
        leap_years += 1
    gregorian_leaps = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return datetime.date(gregorian, 3, 20 + leap_years - gregorian_leaps)


def to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    """The Gregorian date of ``day`` ``month`` ``year`` (AP), or None for no such date."""
    if not 1 <= month <= 12 or not 1 <= day <= 31 or (month > 6 and day > 30):
        return None
    try:
        first, next_first = _first_day(year), _first_day(year + 1)
    except ValueError:
        return None
    # (the first six months have 31 days, the next five 30, Esfand 29 or 30)
    before = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    date = first + datetime.timedelta(days=before + day - 1)
    return date if date < next_first else None  # (30 Esfand only in a leap year)
