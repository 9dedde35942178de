"""Date expressions in article text → EDTF values (Library of Congress Extended Date/Time Format).

A date without a year is ``XXXX-MM-DD``; a time is kept only with a zone the text names (EDTF
date-times need one); a numeric date whose day and month cannot be told apart, by the numbers, by the
article's language (``parse.calendar``) or by the zone of the time after it, keeps only its year. Nothing
is ever guessed. Month and weekday names are every language's CLDR has (``parse.calendar``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archivist.parse import ethiopian
from archivist.parse.calendar import MONTH_NUMBERS as MONTH_NUMBERS  # frontline reads the names too
from archivist.parse.calendar import (
    MONTH_WORD,
    WEEKDAY_WORD,
    ambiguous_month,
    article_being_read,
    day_first,
    is_ambiguous_month,
    month_number,
)
from archivist.parse.labelwords import label_alternation
from archivist.parse.solarhijri import MONTH_NUMBERS as SOLAR_HIJRI_MONTHS
from archivist.parse.solarhijri import to_gregorian as solar_hijri_to_gregorian
from archivist.parse.words import alternation

_ZONES = {
    "GMT": "Z",
    "UTC": "Z",
    "Z": "Z",
    "WET": "Z",
    "WEST": "+01:00",
    "CET": "+01:00",
    "CEST": "+02:00",
    "EET": "+02:00",
    "EEST": "+03:00",
    "MSK": "+03:00",
    "WAT": "+01:00",
    "CAT": "+02:00",
    "SAST": "+02:00",
    "EAT": "+03:00",
    "PKT": "+05:00",
    "ICT": "+07:00",
    "WIB": "+07:00",
    "WITA": "+08:00",
    "WIT": "+09:00",
    "MYT": "+08:00",
    "SGT": "+08:00",
    "HKT": "+08:00",
    "PHT": "+08:00",
    "AWST": "+08:00",
    "JST": "+09:00",
    "KST": "+09:00",
    "ACST": "+09:30",
    "ACDT": "+10:30",
    "AEST": "+10:00",
    "AEDT": "+11:00",
    "NZST": "+12:00",
    "NZDT": "+13:00",
    "EST": "-05:00",
    "EDT": "-04:00",
    "CST": "-06:00",
    "CDT": "-05:00",
    "MST": "-07:00",
    "MDT": "-06:00",
    "PST": "-08:00",
    "PDT": "-07:00",
    "AKST": "-09:00",
    "AKDT": "-08:00",
    "HST": "-10:00",
    "BST": "+01:00",
}
# German pages' zones ("14:05 Uhr MESZ"): Central and Eastern European time, winter and summer.
_ZONES.update({"MEZ": "+01:00", "MESZ": "+02:00", "OEZ": "+02:00", "OESZ": "+03:00"})
# "3 AM PT", "5:02 a.m. CT": North American zones without their standard or daylight letter, read as part of
# the time in capitals only ("et" is French's "and"), but no offset guessed (winter's or summer's?).
_US_ZONES = "(?-i:ET|CT|MT|PT)(?!\\w)"
# Zones named in date lines whose abbreviation stands for several offsets (IST: India, Ireland, Israel;
# AST: Atlantic, Arabia; GST: Gulf, South Georgia): read as part of the time, but no offset is guessed.
_AMBIGUOUS_ZONES = ("IST", "AST", "GST")
_ZONE_NAMES = (*(name for name in _ZONES if name != "Z"), *_AMBIGUOUS_ZONES)
# Every zone abbreviation, for the date-line readers: a tree of shared beginnings (one try per first letter,
# where the flat list cost one per zone at every position tried), matching what the list longest first
# matched (``WITA`` before ``WIT``; names not each other's beginnings cannot both match at one place).
ZONE_ALTERNATION = alternation(_ZONE_NAMES)

# Every language's month and weekday names (``parse.calendar``); ``_to_date`` looks the month's number up.
_MONTH = rf"{MONTH_WORD}\.?(?!\w)"
_WEEKDAY = rf"{WEEKDAY_WORD}\.?,?\s+"
_TIME = (
    # the word some languages put before the time ("kl. 06.30", "pukul 10.00"), from ``parse.labelwords``
    # (and the Arabic comma, "۲۵ اسفند ۱۴۰۳، ۱۰:۳۰")
    rf"(?:\s*(?:[,،]|\b(?:{label_alternation('clock')})\b\.?|[-–—|/])?\s*"
    # "2026-11-27 HKT 14:05": the zone written before the time, in capitals (two capitals looked for first)
    rf"(?:(?=(?-i:[A-Z]{{2}}))(?P<zone_before>(?-i:{ZONE_ALTERNATION}))\s+)?(?P<hour>[01]?\d|2[0-3])"
    # ("10時30分", "10시 30분": the hour's and the minute's signs of Japanese, Chinese and Korean pages)
    r"(?:(?:[:.h]|\s?[時时시]\s?)(?P<minute>[0-5]\d)[分분]?(?::(?P<second>[0-5]\d))?(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
    # "5 a.m. EDT": a whole hour, its minutes left out, only with a.m./p.m. (a bare number is no time)
    r"|\s*(?P<hour_ampm>[AaPp]\.?\s?[Mm]\.?)(?!\w))"
    # "(GMT+7)": the offset inside the zone's brackets is part of the zone; "14:05 Uhr MESZ": the clock's word
    rf"(?:(?:\s*Uhr)?\s*\(?(?P<zone>{ZONE_ALTERNATION}|{_US_ZONES}|Z|[+-]\d{{2}}:?\d{{2}})"
    r"(?:\s*(?P<offset>[+-]\d{1,2}(?::?\d{2})?))?\)?)?)?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º)?\.?"
# "March 3, 20255:00 AM ET": a page's template may print the time glued to the year; a digit may follow the
# year only where a twelve-hour clock with its AM or PM opens there (no other number reads so).
_GLUED_CLOCK = r"(?=(?:1[0-2]|0?[1-9]):[0-5]\d\s?[AaPp]\.?[Mm])"
_YEAR = rf"(?P<year>(?:1[6-9]|2[0-1])\d\d)(?:(?!\d)|{_GLUED_CLOCK})"
# Two calendars whose years are told from the Gregorian's by their numbers and their months' names, and
# converted by a standard rule: Thailand's Buddhist era ("18 เม.ย. 2568", "พ.ศ. 2568": the Gregorian year plus
# 543), read only with a Thai month's name; and the Solar Hijri calendar of Iran and Afghanistan ("۲۵ اسفند
# ۱۴۰۳": its own months, its years 13xx and 14xx, converted by ``parse.solarhijri``). (The lunar Hijri
# calendar has no such rule, its months being set by sighting the moon, and Arabic pages' "رمضان 1446" is
# left unread.)
_BUDDHIST_YEAR = r"(?:พ\.ศ\.\s*)?(?P<buddhist_year>2[45]\d\d)(?!\d)"
_BUDDHIST_ERA = 543
_SOLAR_HIJRI_MONTH = rf"(?P<solar_hijri_month>{alternation(SOLAR_HIJRI_MONTHS)})(?!\w)"
_SOLAR_HIJRI_YEAR = r"(?P<solar_hijri_year>1[34]\d\d)(?!\d)"
# And the Ethiopian calendar (``parse.ethiopian``): "ዓርብ፣ መጋቢት 5 ቀን 2017 ዓ.ም" (weekday, month, day, "ቀን"
# "day", year, "ዓ.ም" "year of mercy", the calendar's era), "መጋቢት 5/2017", "Megabit 5, 2017 E.C.": the month
# first, its name in Ge'ez script (no other calendar's) or transliterated, the latter read only with the
# era's mark after the year (``_ethiopian_date``: "Sene", "Tir" are words or other calendars' months too).
_ETHIOPIAN_ERA = (
    r"(?P<ethiopian_era>\s*(?:ዓ\.?\s?ም\.?|\(?(?-i:E\.\s?C\.?|EC)(?!\w)\)?|\(?Ethiopian\s+calendar\)?))"
)
_ETHIOPIAN_PATTERN = (
    rf"(?:(?P<ethiopian_weekday>{alternation(ethiopian.WEEKDAYS)})[፣,]?\s+)?"
    rf"(?P<ethiopian_month>{alternation([*ethiopian.GEEZ_MONTH_NUMBERS, *ethiopian.LATIN_MONTH_NUMBERS])})"
    r"\s*(?P<day>[0-3]?\d)(?:\s*ቀን)?(?:\s*[,/]\s*|\s+)(?P<ethiopian_year>(?:1[89]|20)\d\d)(?!\d)"
    rf"{_ETHIOPIAN_ERA}?"
)
# (where a transliterated month may open: its first three letters, in small letters, capitalised or in
# capitals; looked up before the pattern is tried, for their first letters open a good share of a page's
# words: "Tir", "Sen", "Meg" open few)
_DAY_WORDS = ("ទី", "ທີ", "ວັນທີ")
_DAY_WORD_INITIALS = "ទທວ"
_ETHIOPIAN_LATIN_OPENINGS = frozenset(
    spelling
    for name in ethiopian.LATIN_MONTH_NUMBERS
    for spelling in (name[:3], name[:3].capitalize(), name[:3].upper())
)

_PATTERN_TEXTS = (
    # 2005-11-30, 2005-11-30T14:05:00Z; 2005.11.30 and 2005/11/30 (East Asian pages), 2005.11.30 14:05
    # (and "2025/9/24", "2025.7.6": Taiwanese and Chinese pages leave the month's and the day's zero out)
    rf"(?P<weekday>{_WEEKDAY})?{_YEAR}(?P<iso_separator>[-./])(?P<month_number>[01]?\d)(?P=iso_separator)"
    rf"{_DAY}(?:T(?P<iso_hour>[0-2]\d):(?P<iso_minute>[0-5]\d)(?::(?P<iso_second>[0-5]\d))?(?:\.\d+)?"
    rf"(?P<iso_zone>Z|[+-]\d\d:?\d\d)?|{_TIME})",
    # 30 November 2005, 30. November 2005, 30 de noviembre de 2005, 30 Nov; 29.nov.2005 (the day, the
    # month's word and the year joined by stops, as Brazilian papers write them)
    # (or ۲۵ اسفند ۱۴۰۳: a Solar Hijri month, its year always given, the date converted only with it; one
    # pattern with the Gregorian months', for every digit tried costs a call of each pattern opened by a day)
    # (ថ្ងៃអង្គារ ទី22 ខែមេសា ឆ្នាំ2025: Khmer and Lao set their words "the", "month", "year" before the day,
    # the month's name and the year)
    # (the word of "of" some languages set between the day and the month: Maltese "6 ta' Marzu", Hausa "11 ga
    # Fabrairu", Tagalog "15 ng Marso"; and Somali's article on the day's number, "15-ka Maajo", "1-da";
    # 1-декабрь, 2026-жыл, 1-dekabr 2026-yil: Kyrgyz, Uzbek and Kazakh join the day to the month's name by a
    # hyphen, as "30-Nov-2005" does)
    rf"(?P<weekday>{_WEEKDAY})?(?:ទី\s?|(?:ວັນ)?ທີ\s?)?{_DAY}(?:-(?:ka|da|ta)(?!\w))?"
    rf"(?:\s+|(?<=\.)(?=[^\W\d_])|-(?=[^\W\d_]))"
    rf"(?:(?:de\s+|d['’]|ta['’]\s?|ga\s+|ng\s+|ខែ|ເດືອນ\s?)?(?P<month>{_MONTH})"
    # ("22 اپریل ، 2025": Urdu pages set a space before the comma too)
    rf"(?:(?:,?\s+|\s[,،]\s+|(?<=\.)|\.|(?<=[^\W\d_])-(?=\d))(?:de\s+|ឆ្នាំ|ປີ\s?)?(?:{_YEAR}|{_BUDDHIST_YEAR}))?"
    rf"|{_SOLAR_HIJRI_MONTH}\s+{_SOLAR_HIJRI_YEAR}){_TIME}",
    # November 30, 2005, Nov. 30 2005, March 3; "மார் 14,2025" (no space after the comma, as some
    # templates print it)
    rf"(?P<weekday>{_WEEKDAY})?(?P<month>{_MONTH})\s+{_DAY}(?!\d)(?:(?:,?\s+|,){_YEAR})?{_TIME}",
    # 30.11.2005, 30/11/2005, 11/30/2005, 30-11-2005; 30. 11. 2005 (Croatian, Slovene, Czech: a space
    # after each stop)
    rf"(?P<weekday>{_WEEKDAY})?(?P<first>[0-3]?\d)(?P<separator>\.\ |[./-])(?P<second_number>[0-3]?\d)"
    rf"(?P=separator){_YEAR}{_TIME}",
    # 2005. november 30. (Hungarian: the year first, the month's name between); 2005 m. lapkričio 30 d.
    # (Lithuanian: the year's and the day's abbreviated words after them)
    # (2025 මාර්තු 13: Sinhala, Mongolian and some templates write the year, the month's name and the day with
    # spaces only; 2025eko urriaren 8a: Basque, the year with its "-(e)ko" "of", the month's genitive, the day
    # with its article "-a")
    # (၂၀၂၄ ခုနှစ်၊ မတ်လ ၁၄ ရက်: Burmese, the year with its word "year" and a comma, the day with "day")
    rf"{_YEAR}(?:\.|\s+m\.|e?ko|\s*ခုနှစ်\s*၊?)?\s+(?P<month>{_MONTH})\s+{_DAY}(?!\d)"
    rf"(?:\s*d\.|an?(?!\w)|\s*ရက်(?:နေ့)?)?{_TIME}",
    # 2005. gada 30. novembris (Latvian: the year, "year's", then the day and the month's name)
    rf"{_YEAR}\.\s+gada\s+{_DAY}\s+(?P<month>{_MONTH}){_TIME}",
    # November 2005
    rf"(?P<month>{_MONTH})\s+{_YEAR}",
    # 2025年3月4日, 2025년 4월 2일 (Japanese and Chinese, Korean: each number followed by its unit's sign),
    # with the weekday in brackets after it ("2025年3月4日(火)") and the time after that ("10時30分", "14:05")
    rf"{_YEAR}\s*[年년]\s*(?P<month_number>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]"
    r"(?:\s*[(（][^\W\d_]{1,3}[)）])?"
    rf"{_TIME}",
    _ETHIOPIAN_PATTERN,
)
_PATTERNS = tuple(re.compile(pattern, re.IGNORECASE) for pattern in _PATTERN_TEXTS)
# The patterns without their optional weekday, for positions no weekday's name opens (the most tried): the
# same matches there, without trying the weekdays' tree first.
_WEEKDAY_GROUP = f"(?P<weekday>{_WEEKDAY})?"
_PATTERNS_WITHOUT_WEEKDAY = tuple(
    re.compile(pattern.removeprefix(_WEEKDAY_GROUP), re.IGNORECASE) for pattern in _PATTERN_TEXTS
)


# What each pattern (in ``_PATTERNS``' order) may open with: a weekday's name, a year (its first digit), a day
# or a numeric date (a digit, ``\d``: any script's), a month's name. ``match_date`` tries at a position only
# the patterns what opens there can open (at most positions tried nothing does: a date is looked for at many
# words of the head lines), the names matched under IGNORECASE as the patterns match them.
_OPENED_BY = (
    {"weekday", "year"},
    {"weekday", "day"},
    {"weekday", "month"},
    {"weekday", "day"},
    {"year"},
    {"year"},
    {"month"},
    {"year"},
    {"ethiopian"},
)
_WEEKDAY_AT = re.compile(WEEKDAY_WORD, re.IGNORECASE)
_MONTH_AT = re.compile(MONTH_WORD, re.IGNORECASE)
_ETHIOPIAN_AT = re.compile(_ETHIOPIAN_PATTERN.split("(?P<day>")[0], re.IGNORECASE)
_KINDS = ("weekday", "month", "year", "day", "ethiopian")
_BY_OPENING: dict[tuple[bool, ...], tuple[re.Pattern[str], ...]] = {}
_DIGIT = re.compile(r"\d")
# ``_DIGIT`` in an ASCII text, whose only digits are 0-9: a range is told faster than ``\d``'s class.
_ASCII_DIGIT = re.compile(r"[0-9]")


def holds_digit(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds a digit (any script's), as every date pattern needs: at most words a date is
    looked for none is left before the line's end, and one scan rules out every pattern there."""
    return (_ASCII_DIGIT if text.isascii() else _DIGIT).search(text, start, end) is not None


def _patterns_opening(text: str, start: int, end: int) -> tuple[re.Pattern[str], ...]:
    """The patterns a date at ``start`` may match, in ``_PATTERNS``' order (``0 <= start < len(text)``)."""
    char = text[start]
    if char.isalpha():  # every month and weekday name opens with a letter (the tests check): tried only there
        opening = (  # in ``_KINDS``' order
            _WEEKDAY_AT.match(text, start, end) is not None,
            _MONTH_AT.match(text, start, end) is not None,
            False,
            # ("ទី22 ខែមេសា": Khmer and Lao write "the" before the day, a letter opening the date)
            char in _DAY_WORD_INITIALS and text.startswith(_DAY_WORDS, start),
            # (an Ethiopian month or weekday: a Ge'ez letter, or a transliterated month's first letters)
            ("\u1200" <= char <= "\u137f" or text[start : start + 3] in _ETHIOPIAN_LATIN_OPENINGS)
            and _ETHIOPIAN_AT.match(text, start, end) is not None,
        )
    else:
        opening = (False, False, char in "12", char.isdecimal(), False)  # ``isdecimal``: what ``\d`` matches
    patterns = _BY_OPENING.get(opening)
    if patterns is None:
        kinds = {kind for kind, opens in zip(_KINDS, opening, strict=True) if opens}
        candidates = _PATTERNS if opening[0] else _PATTERNS_WITHOUT_WEEKDAY
        patterns = tuple(p for p, opened_by in zip(candidates, _OPENED_BY, strict=True) if opened_by & kinds)
        _BY_OPENING[opening] = patterns
    return patterns


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: EDTF ``value`` and the ``[start, end)`` of its words."""

    value: str
    start: int
    end: int
    has_year: bool
    month: int | None = None
    day: int | None = None


def match_date(text: str, start: int = 0, end: int | None = None) -> DateMatch | None:
    """The longest date expression that begins exactly at ``start`` (and ends by ``end``), if any."""
    end = len(text) if end is None else end
    return _match_date(text, start, end, article_being_read())


# The front and foot readers ask for a date at the same place many times (a line as a dateline's guard, as a
# date line, beside a byline, as a sign-off). The reading depends on the text, the span and, for an
# ambiguous month or numeric date, on the article's language (``calendar``): the key holds all of them, and
# ``DateMatch`` is frozen, so one answer serves every caller. The digit check is inside: it scans the span.
@lru_cache(maxsize=8192)
def _match_date(text: str, start: int, end: int, article: object) -> DateMatch | None:
    if start < 0:  # ``re`` reads a negative start as 0, ``text[start]`` would not
        patterns = _PATTERNS
    elif start >= min(end, len(text)):
        return None
    else:
        ascii_text = text.isascii()
        digit = (_ASCII_DIGIT if ascii_text else _DIGIT).search(text, start, end)
        if digit is None:  # every pattern needs a digit
            return None
        if not ascii_text and digit.group() > "9":  # (another script's digit: read as ASCII's)
            return _match_native_digits(text, start, end, article)
        patterns = _patterns_opening(text, start, end)
    best: DateMatch | None = None
    for pattern in patterns:
        found = pattern.match(text, start, end)
        if found is None:
            continue
        date = _to_date(found)
        if date is not None and (best is None or date.end > best.end):
            best = date
    return best


# Pages in Persian, Arabic, Bengali, Hindi, Thai write their dates in their own script's digits ("۲۵ اسفند
# ۱۴۰۳", "১৪ মে ২০২৫", "٢٥ مارس ٢٠٢٥"), Japanese pages at times in full-width ones ("２０２５年３月４日"):
# the patterns read ASCII digits, so such a span is read with each digit as ASCII's (one character for one:
# the positions stay the text's).
_NATIVE_DIGIT_BLOCKS = (
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6,
    0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10,
)  # fmt: skip
NATIVE_DIGITS = {block + value: ord("0") + value for block in _NATIVE_DIGIT_BLOCKS for value in range(10)}
# (the blocks' digits as one class: a search opening with a class scans for it fast, where a look ahead
# before ``\d`` is tried at every position)
_NATIVE_DIGIT = re.compile(
    "[" + "".join(f"{chr(block)}-{chr(block + 9)}" for block in _NATIVE_DIGIT_BLOCKS) + "]"
)
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def as_ascii_digits(text: str, start: int, end: int) -> str | None:
    """``text[start:end]`` with every digit of another script (``۱۴۰۳``, ``২০২৫``) written as ASCII's, or
    None when it holds none."""
    line = text[start:end]
    if line.isascii() or _NATIVE_DIGIT.search(line) is None:
        return None  # (``isascii`` first, told in one pass: a page's lines in Latin letters are ASCII)
    return line.translate(NATIVE_DIGITS)


def _match_native_digits(text: str, start: int, end: int, article: object) -> DateMatch | None:
    line = text[start:end].translate(NATIVE_DIGITS)
    if _OTHER_DIGIT.search(line) is not None:
        return None  # (a digit of a script not listed)
    found = _match_date(line, 0, len(line), article)
    if found is None:
        return None
    return DateMatch(
        found.value, found.start + start, found.end + start, found.has_year, found.month, found.day
    )


def full_date(text: str, start: int = 0, end: int | None = None) -> DateMatch | None:
    """A date expression covering all of ``text[start:end]`` (white space aside), or None."""
    end = len(text) if end is None else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t.,":
        end -= 1
    date = match_date(text, start, end)
    return date if date is not None and date.end == end else None


def search_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """Every date expression in ``text[start:end]`` that carries a year, left to right."""
    end = len(text) if end is None else end
    found: list[DateMatch] = []
    for match in _YEAR_ANCHOR.finditer(text, start, end):
        # A year anchors the search; the date containing it starts at most 40 characters before.
        for begin in range(max(start, match.start() - 40), match.start() + 1):
            if begin > start and text[begin - 1].isalnum():
                continue
            char = text[begin]
            if not (char.isalpha() or char.isdecimal()):
                continue  # no pattern opens there (``_patterns_opening`` gives none): no digit looked for
            date = match_date(text, begin, end)
            if date is not None and date.has_year and date.end >= match.end():
                if not found or date.start >= found[-1].end:
                    found.append(date)
                break
    return found


_YEAR_ANCHOR = re.compile(rf"(?<!\d)(?:1[6-9]|2[0-1])\d\d(?:(?!\d)|{_GLUED_CLOCK})")


def _to_date(found: re.Match[str]) -> DateMatch | None:
    groups = found.groupdict()
    if groups.get("solar_hijri_month"):
        return _solar_hijri_date(found, groups)
    if groups.get("ethiopian_month"):
        return _ethiopian_date(found, groups)
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("buddhist_year"):
        if not _THAI_LETTER.match(groups["month"] or ""):
            return None  # a year of the Buddhist era only beside a Thai month's name
        year = int(groups["buddhist_year"] or 0) - _BUDDHIST_ERA
    month = _month(groups)
    day = int(groups["day"]) if groups.get("day") else None
    if groups.get("first"):
        first, second = int(groups["first"] or 0), int(groups["second_number"] or 0)
        if min(first, second) < 1 or (first > 12 and second > 12):
            return None
        month, day = _numeric_day_month(first, second, groups["separator"] or "/")
        if month is None and _day_first_zone(groups):
            month, day = second, first
        if month is None:
            return DateMatch(f"{year:04d}", found.start(), found.end(), True)
    if month is None and groups.get("month"):
        month = ambiguous_month(groups["month"] or "")  # "listopad": October or November, by the language
        if month is None and year is not None and is_ambiguous_month(groups["month"] or ""):
            return DateMatch(f"{year:04d}", found.start(), found.end(), True)
    if month is None or not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= _days_in(month, year):
        return None
    year_text = f"{year:04d}" if year is not None else "XXXX"
    if day is None:
        value = f"{year_text}-{month:02d}"
    else:
        value = f"{year_text}-{month:02d}-{day:02d}" + _time_suffix(groups, year is not None)
    end = found.end()
    while end > found.start() and found.string[end - 1].isspace():
        end -= 1
    return DateMatch(value, found.start(), end, year is not None, month, day)


_THAI_LETTER = re.compile("[\u0e00-\u0e7f]")


def _solar_hijri_date(found: re.Match[str], groups: dict[str, str | None]) -> DateMatch | None:
    """``۲۵ اسفند ۱۴۰۳``: the Gregorian date of a Solar Hijri one (``parse.solarhijri``), or None."""
    month = SOLAR_HIJRI_MONTHS.get(groups["solar_hijri_month"] or "")
    date = solar_hijri_to_gregorian(int(groups["solar_hijri_year"] or 0), month or 0, int(groups["day"] or 0))
    if date is None:
        return None
    end = found.end()
    while end > found.start() and found.string[end - 1].isspace():
        end -= 1
    return DateMatch(date.isoformat(), found.start(), end, True, date.month, date.day)


def _ethiopian_date(found: re.Match[str], groups: dict[str, str | None]) -> DateMatch | None:
    """``መጋቢት 5 ቀን 2017 ዓ.ም``: the Gregorian date of an Ethiopian one (``parse.ethiopian``), or None; a
    transliterated month's name (``Megabit``) only with the era's mark (``E.C.``) after the year."""
    name = groups["ethiopian_month"] or ""
    if name not in ethiopian.GEEZ_MONTH_NUMBERS and not groups.get("ethiopian_era"):
        return None
    month = ethiopian.month_number(name)
    date = ethiopian.to_gregorian(int(groups["ethiopian_year"] or 0), month or 0, int(groups["day"] or 0))
    if date is None:
        return None
    end = found.end()
    while end > found.start() and found.string[end - 1].isspace():
        end -= 1
    return DateMatch(date.isoformat(), found.start(), end, True, date.month, date.day)


def _month(groups: dict[str, str | None]) -> int | None:
    if groups.get("month_number"):
        return int(groups["month_number"] or 0)
    name = groups.get("month")
    if not name:
        return None
    return month_number(name)


def _numeric_day_month(first: int, second: int, separator: str) -> tuple[int | None, int | None]:
    if separator in (".", ". "):  # dotted dates are day.month.year wherever they are written
        return second, first
    if first > 12 >= second:
        return second, first
    if second > 12 >= first:
        return first, second
    if first == second:  # "03/03/2025": either order gives the same date
        return first, second
    if day_first():  # "12/11/2026" on a Brazilian page: the article's language tells
        return second, first
    return None, None


# Where the clock after a numeric date is set to UTC+0 to UTC+7 (Europe, Africa, the Middle East, South and
# most of South-East Asia: "11/03/2025 - 16:20 GMT+1"), the date is written day first; North America's
# zones and those from UTC+8 on (the Philippines write month first) tell nothing. IST is India's, Ireland's
# or Israel's: day first in each.
_DAY_FIRST_OFFSETS = range(0, 8)


def _day_first_zone(groups: dict[str, str | None]) -> bool:
    """The zone of the time after an ambiguous numeric date places it where dates are written day first."""
    name = groups.get("zone") or groups.get("zone_before")
    if not name or not groups.get("hour"):
        return False
    if name.upper() == "IST":
        return True
    zone = _zone(name, groups.get("offset"))
    if zone is None:
        return False
    if zone == "Z":
        return True
    return zone[0] == "+" and int(zone[1:3]) in _DAY_FIRST_OFFSETS


def _days_in(month: int, year: int | None) -> int:
    if month == 2:
        return 29 if year is None or (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _time_suffix(groups: dict[str, str | None], has_year: bool) -> str:
    if not has_year:
        return ""
    if groups.get("iso_hour"):
        zone = groups.get("iso_zone")
        if not zone:
            return ""
        zone = "Z" if zone == "Z" else f"{zone[:3]}:{zone[-2:]}"
        second = groups.get("iso_second") or "00"
        return f"T{groups['iso_hour']}:{groups['iso_minute']}:{second}{zone}"
    zone_name = groups.get("zone") or groups.get("zone_before")
    if not groups.get("hour") or not zone_name:
        return ""
    hour = int(groups["hour"] or 0)
    ampm = (groups.get("ampm") or groups.get("hour_ampm") or "").replace(".", "").replace(" ", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    zone = _zone(zone_name, groups.get("offset"))
    if zone is None:
        return ""
    second = groups.get("second") or "00"
    return f"T{hour:02d}:{groups.get('minute') or '00'}:{second}{zone}"


_OFFSET = re.compile(r"[+-]\d{2}:?\d{2}")  # "+05:30" as a zone's name


def _zone(name: str, offset: str | None) -> str | None:
    upper = name.upper()
    if upper in _ZONES:
        base = _ZONES[upper]
        if offset and base == "Z":  # "GMT+1", "UTC+05:30"
            sign, digits = offset[0], offset[1:].replace(":", "")
            hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
            return f"{sign}{int(hours):02d}:{minutes}"
        return base
    if _OFFSET.fullmatch(name):
        return f"{name[:3]}:{name[-2:]}"
    return None


def with_time(value: str, hour: int, minute: str, ampm: str | None, zone: str | None) -> str:
    """``value`` (a full date) with a time of day, when the zone is known; else ``value`` unchanged."""
    if len(value) != 10 or value.startswith("XXXX") or not zone:
        return value
    suffix = _time_suffix({"hour": str(hour), "minute": minute, "ampm": ampm, "zone": zone}, True)
    return value + suffix
