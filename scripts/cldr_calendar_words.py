"""Writes ``src/archivist/parse/calendar_words.py``: the month and weekday names of the languages news is
published in, taken from the Unicode CLDR through Babel (test extra: archivist runs without it).

    .venv/bin/python scripts/cldr_calendar_words.py            # rewrite the table
    .venv/bin/python scripts/cldr_calendar_words.py --check    # exit 1 when the table differs

Why a generated table rather than Babel at run time: the reader needs a few thousand words, not Babel's
locale machinery; a table compiled into a ``.pyc`` costs nothing at start-up (``archivist --help`` does not
load it) and the words an article is read with stay the same whatever Babel a user has installed.
``tests/test_parse_vocabulary.py`` checks that the table is what this script gives with the pinned Babel.

Every name CLDR has for a month (wide and abbreviated, in the format — genitive in Slavic and Baltic
languages — and stand-alone contexts) and for a weekday (wide and abbreviated, both contexts), lower case,
the abbreviation's stop left out; a name of several words (Vietnamese ``tháng 11``, ``thứ năm``) is kept as
CLDR writes it. And the words of a date line that gives no calendar date: each locale's yesterday, today and
day before yesterday, and its "{0} hours ago" for seconds, minutes, hours, days and weeks, every width.
"""

from __future__ import annotations

import sys
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_cldr_version

TABLE = Path(__file__).resolve().parent.parent / "src" / "archivist" / "parse" / "calendar_words.py"

# The locales news is published in: the EU's languages, Nordic, Baltic, Balkan, Turkish and
# Azerbaijani, Indonesian/Malay, Tagalog, Vietnamese, Swahili, Afrikaans, Albanian, Maltese, Irish, Welsh,
# Basque, Catalan, Galician, Luxembourgish, Icelandic, Faroese, Māori, Hausa, Yoruba, Somali, Zulu, and the
# variants whose names differ from their language's (Austrian German "Jänner", European Portuguese, Latin
# American Spanish, Swiss and Canadian French).
LOCALES = (
    "af", "az", "bs", "ca", "cs", "cy", "da", "de", "de_AT", "de_CH", "en", "en_AU", "en_GB", "es", "es_419",
    "es_MX", "es_US", "et", "eu", "fi", "fil", "fo", "fr", "fr_CA", "fr_CH", "ga", "gl", "ha", "hr", "hu",
    "id", "is", "it", "lb", "lt", "lv", "mi", "ms", "mt", "nb", "nl", "nn", "pl", "pt", "pt_PT", "ro", "sk",
    "sl", "so", "sq", "sr_Latn", "sv", "sw", "tr", "vi", "yo", "zu",
)  # fmt: skip
# --- other scripts: dates
# Other scripts' languages whose pages write the month's name between day and year as the Latin ones do
# ("07 Οκτωβρίου 2025", "5 листопада 2025", "29 أكتوبر 2025", "14 जुलाई 2025"): Greek, the Cyrillic
# languages, Arabic, Persian and Urdu, Hebrew, and the Devanagari and Bengali ones; their month and weekday
# names only. Left out: their relative words ("{0} часа назад": after the number, a tree of other scripts'
# words would cost every Latin page's "3 hours ago" tried), the East Asian calendars (numbers, "2025年3月4日",
# read by their own pattern).
# ("ar_JO": the Levant's and Iraq's month names, "22 آذار 2025", which Jordanian, Syrian, Lebanese,
# Palestinian and Iraqi pages write where others write "22 مارس 2025")
# ("th": Thai pages write the date with spaces around the month's name, full or abbreviated with its stops,
# "18 เม.ย. 2568", whatever the running text does; the year is the Buddhist era's, read by ``parse.dates``)
# ("ar_MA", "ar_DZ": the Maghreb's month names, "14 شتنبر 2025" in Morocco, "14 جوان 2025" in Algeria and
# Tunisia; "ta": Tamil, "மார் 14, 2025", its abbreviations written without their stop)
# --- the other scripts of the press: dates
# The rest of the languages news is published in, in other scripts: Armenian, Georgian, the Cyrillic
# languages of Central Asia and the Volga (Kazakh, Kyrgyz, Tajik, Uzbek's Cyrillic, Tatar, Bashkir,
# Mongolian), Khmer, Lao, Burmese, Sinhala, Amharic (its Gregorian months, transliterated: the Ethiopian
# calendar's are read by ``parse.ethiopian``), the other Indic languages (Telugu, Gujarati, Kannada,
# Malayalam, Punjabi, Odia, Assamese, Konkani, Maithili), Pashto, Sorani Kurdish, Sindhi, Uyghur and
# Kashmiri. (Tibetan and Dzongkha left out: their names hold digits, "ཟླ་༡". Tigrinya left out: Eritrea writes
# the Gregorian months with the Ethiopian calendar's names, "መጋቢት" for March, which ``parse.ethiopian``
# reads as Ethiopia's.)
OTHER_SCRIPT_LOCALES = (
    "el", "ru", "uk", "be", "bg", "mk", "sr", "ar", "ar_JO", "ar_MA", "ar_DZ", "fa", "ur", "he", "hi", "mr",
    "ne", "bn", "th", "ta",
    "hy", "ka", "kk", "ky", "tg", "uz_Cyrl", "tt", "ba", "mn", "km", "lo", "my", "si", "am", "te", "gu", "kn",
    "ml", "pa", "or", "as", "kok", "mai", "ps", "ckb", "sd", "ug", "ks",
)  # fmt: skip
# Latin-script languages of news whose CLDR abbreviations are common words elsewhere
# ("few", "pay", "mat", "kan", "rob"): their months' wide names only: Uzbek, Turkmen, Kurmanji, Igbo,
# Javanese, Sundanese, Kinyarwanda, Oromo, Malagasy, Xhosa, West Frisian.
WIDE_MONTH_LOCALES = ("uz", "tk", "ku", "ig", "jv", "su", "rw", "om", "mg", "xh", "fy")
# (their weekdays' wide names all the same, but for Uzbek's and Turkmen's: Turkmen's "anna", Friday, is a
# woman's name too)
WEEKDAY_WIDE_LOCALES = ("ku", "ig", "jv", "su", "rw", "om", "mg", "xh", "fy")
# Pages of languages no round had read yet: their months' and weekdays' wide names only (abbreviations
# such as Akan "sun", Setswana "mat" or Wolof "few" are words elsewhere, and the relative words are left
# out as for other scripts): Africa's (Shona, Wolof, Lingala, Akan, Setswana, Chichewa, Luganda), Europe's
# smaller ones (Scottish Gaelic, Breton, Romansh, Northern Sami), Cebuano, Tongan, Hawaiian, Quechua,
# Guarani, Kalaallisut. Left out: Ewe, Sesotho and Kirundi ("mas", "kol", "jan", "nyakanga" name another
# month elsewhere), and Tigrinya, whose Eritrean Gregorian months bear the Ethiopian calendar's names
# (its "መጋቢት" is March; in Ethiopia the seventh month of the Ethiopian calendar).
MORE_LOCALES = (
    "sn", "wo", "ln", "ak", "tn", "ny", "lg", "gd", "br", "rm", "se", "ceb", "to", "haw", "qu", "gn", "kl",
)  # fmt: skip


def _names(table: object, number: int, widths: tuple[str, ...] = ("wide", "abbreviated")) -> list[str]:
    names = []
    for context in ("format", "stand-alone"):
        for width in widths:
            name = table[context][width].get(number)  # type: ignore[index]
            if name:
                names.append(name.casefold().rstrip("."))
    return sorted(set(names))


def table_source() -> str:
    """The table module's text, as this Babel's CLDR gives it."""
    lines = [
        f'"""GENERATED by scripts/cldr_calendar_words.py from the Unicode CLDR {get_cldr_version()} '
        f"(through Babel {babel.__version__}): do not edit.",
        "",
        "Month names (1…12) and weekday names (Monday first) per CLDR locale, lower case; relative days",
        "(the day before yesterday, yesterday, today) and the relative past (``{0}`` for the number:",
        "``vor {0} stunden``) per locale. The data is the Unicode Consortium's, under the Unicode licence:",
        "CLDR-LICENSE.txt beside this file (Babel's copy).",
        '"""',
        "",
        "# ruff: noqa: E501",
        "# fmt: off",
        "MONTHS: dict[str, tuple[tuple[str, ...], ...]] = {",
    ]
    for code in LOCALES + OTHER_SCRIPT_LOCALES:
        locale = Locale.parse(code)
        months = tuple(tuple(_names(locale.months, number)) for number in range(1, 13))
        lines.append(f"    {code!r}: {months!r},")
    for code in WIDE_MONTH_LOCALES + MORE_LOCALES:
        locale = Locale.parse(code)
        months = tuple(tuple(_names(locale.months, number, ("wide",))) for number in range(1, 13))
        lines.append(f"    {code!r}: {months!r},")
    lines += ["}", "WEEKDAYS: dict[str, tuple[tuple[str, ...], ...]] = {"]
    for code in LOCALES + OTHER_SCRIPT_LOCALES:
        locale = Locale.parse(code)
        days = tuple(tuple(_names(locale.days, number)) for number in range(7))
        lines.append(f"    {code!r}: {days!r},")
    for code in WEEKDAY_WIDE_LOCALES + MORE_LOCALES:
        locale = Locale.parse(code)
        days = tuple(tuple(_names(locale.days, number, widths=("wide",))) for number in range(7))
        lines.append(f"    {code!r}: {days!r},")
    lines += ["}", "RELATIVE_DAYS: dict[str, tuple[str, ...]] = {"]
    for code in LOCALES:
        lines.append(f"    {code!r}: {_relative_days(Locale.parse(code))!r},")
    lines += ["}", "RELATIVE_PAST: dict[str, tuple[str, ...]] = {"]
    for code in LOCALES:
        lines.append(f"    {code!r}: {_relative_past(Locale.parse(code))!r},")
    lines += ["}", "# fmt: on", ""]
    return "\n".join(lines)


# --- round 16: dates
# A date line without a calendar date says when in words: "yesterday", "today", "the day before
# yesterday" (CLDR's relative days -1, 0, -2) and "3 hours ago" (its relative past of seconds to weeks, each
# width). Lower case; in a pattern "{0}" stands for the number; a no-break space is written as a space.
_RELATIVE_DAY_OFFSETS = (-2, -1, 0)
_RELATIVE_UNITS = ("second", "minute", "hour", "day", "week")
_WIDTHS = ("", "-short", "-narrow")
_MINUS = "-–−"


def _lower(name: str) -> str:
    return " ".join(name.replace("\u00a0", " ").replace("\u202f", " ").casefold().split())


def _relative_days(locale: Locale) -> tuple[str, ...]:
    fields = locale._data["date_fields"]  # Babel keeps CLDR's "fields" in its locale data only
    names = {
        _lower(fields[f"day{width}"]["relative"][offset])
        for width in _WIDTHS
        for offset in _RELATIVE_DAY_OFFSETS
        if offset in fields[f"day{width}"]["relative"]
    }
    return tuple(sorted(names))


def _relative_past(locale: Locale) -> tuple[str, ...]:
    fields = locale._data["date_fields"]
    # (a narrow "-{0} h", a minus before the number, is a chart's axis, no page's date line)
    patterns = {
        _lower(pattern)
        for unit in _RELATIVE_UNITS
        for width in _WIDTHS
        for pattern in fields[f"{unit}{width}"]["past"].values()
        if pattern[:1] not in _MINUS
    }
    return tuple(sorted(patterns))


def main(argv: list[str]) -> int:
    text = table_source()
    if "--check" in argv:
        same = TABLE.exists() and TABLE.read_text(encoding="utf-8") == text
        print("table up to date" if same else f"{TABLE} differs from the CLDR data: run this script")
        return 0 if same else 1
    TABLE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
