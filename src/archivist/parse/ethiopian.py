"""The Ethiopian calendar (Ethiopia's civil calendar, and Eritrea's church one): its month names and its
dates turned into the Gregorian calendar's.

Why written here: as for the Solar Hijri calendar (``parse.solarhijri``), the project depends on no calendar
library and the conversion is a short piece of arithmetic. The calendar has thirteen months, twelve of 30
days and Pagume of 5 days (6 in a leap year); every fourth year is leap, with no exception, the year before
the Julian leap year (an Ethiopian year ``y`` with ``y % 4 == 3``: Pagume 6, 2015 was 11 September 2023).
Its years are counted from the Incarnation as Ethiopia dates it (Amete Mihret): 1 Meskerem of year 1 is
Julian 29 August 8, the day number ``_EPOCH`` below (a Julian Day Number, the count of days Python's
``date.toordinal`` shifts by ``_ORDINAL_TO_JDN``). So 1 Meskerem (Enkutatash, the new year) is 11 September
Gregorian, or 12 September before a Gregorian leap year, and the Ethiopian year is the Gregorian one minus 8
from September to December and minus 7 from January to September.
``tests/test_parse_ethiopian_calendar.py`` checks it against known dates.

Nothing is guessed: a date whose day its month does not have (31 Meskerem, Pagume 6 of a common year) is no
date, and ``parse.dates`` reads a date in this calendar only where its month is named in Ge'ez script (no
other calendar has those words) or, transliterated (``Megabit 5, 2017``), where the text marks the
calendar (``E.C.``, ``EC``, ``Ethiopian calendar``, Amharic ``ዓ.ም``).
"""

from __future__ import annotations

import datetime

# The Julian Day Number of 1 Meskerem, year 1 (Amete Mihret), and what turns ``date.toordinal()`` into one.
_EPOCH = 1724221
_ORDINAL_TO_JDN = 1721425

# The months' names, Meskerem to Pagume, as Amharic pages write them in Ge'ez script (with the spellings
# that differ only by one of the letters Amharic pronounces alike: ኅ/ህ, ሣ/ሳ, ሐ/ሃ/ሀ, ዝ/ዚ), as Tigrinya
# pages write the ones that differ (ጥቅምቲ, ጥሪ, ለካቲት, ሰነ, ሓምለ, ነሓሰ), and transliterated as English pages
# of Ethiopia write them (several spellings each).
_GEEZ = (
    "መስከረም",
    "ጥቅምት ጥቅምቲ",
    "ኅዳር ህዳር ሕዳር",
    "ታኅሣሥ ታህሳስ ታህሣሥ ታኅሳስ ታሕሳስ",
    "ጥር ጥሪ",
    "የካቲት ለካቲት",
    "መጋቢት",
    "ሚያዝያ ሚያዚያ",
    "ግንቦት",
    "ሰኔ ሰነ",
    "ሐምሌ ሃምሌ ሀምሌ ሓምለ",
    "ነሐሴ ነሃሴ ነሀሴ ነሓሰ",
    "ጳጉሜ ጳጉሜን",
)
_LATIN = (
    "meskerem maskaram meskeram",
    "tikimt tikemt tekemt tiqimt teqemt",
    "hidar hedar",
    "tahsas tahisas tahesas",
    "tir ter",
    "yekatit yakatit yekkatit",
    "megabit magabit",
    "miazia miyazya miyazia miyaziya",
    "ginbot genbot ginbott",
    "sene senie",
    "hamle hamile hamlie",
    "nehase nehasse nahase nehassie",
    "pagume pagumen paguemen pagumé",
)

GEEZ_MONTH_NUMBERS: dict[str, int] = {
    name: number for number, names in enumerate(_GEEZ, start=1) for name in names.split()
}
LATIN_MONTH_NUMBERS: dict[str, int] = {
    name: number for number, names in enumerate(_LATIN, start=1) for name in names.split()
}
# The weekdays in Amharic (Sunday to Saturday), written before a date ("ዓርብ፣ መጋቢት 5 ቀን 2017 ዓ.ም").
WEEKDAYS = ("እሑድ", "እሁድ", "ሰኞ", "ማክሰኞ", "ረቡዕ", "ሐሙስ", "ሀሙስ", "ዓርብ", "አርብ", "ቅዳሜ")


def month_number(name: str) -> int | None:
    """The month (1…13) ``name`` is in the Ethiopian calendar, in Ge'ez script or transliterated."""
    return GEEZ_MONTH_NUMBERS.get(name) or LATIN_MONTH_NUMBERS.get(name.casefold())


def is_leap(year: int) -> bool:
    """``year`` (Ethiopian) has a Pagume of six days."""
    return year % 4 == 3


def to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    """The Gregorian date of ``day`` ``month`` ``year`` (Ethiopian), or None for no such date."""
    if year < 1 or not 1 <= month <= 13 or day < 1:
        return None
    if day > (30 if month < 13 else 6 if is_leap(year) else 5):
        return None
    jdn = _EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1
    return datetime.date.fromordinal(jdn - _ORDINAL_TO_JDN)
