"""Month names of the languages added from CLDR (``scripts/cldr_calendar_words.py``) and by hand
(``parse.calendar``), read in dates of several shapes: a sample of scripts and languages."""

from __future__ import annotations

import pytest

from archivist.parse.dates import full_date, search_dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("22 մայիսի, 2025", "2025-05-22"),  # Armenian
        ("17 აპრილი 2025", "2025-04-17"),  # Georgian
        ("6 мамыр 2025, 10:17", "2025-05-06"),  # Kazakh
        ("12 червня 2025", "2025-06-12"),  # Ukrainian (already read)
        ("3 ఏప్రిల్ 2025", "2025-04-03"),  # Telugu
        ("3 ஏப்ரல் 2025", "2025-04-03"),  # Tamil (already read)
        ("14 ಮೇ 2025", "2025-05-14"),  # Kannada
        ("14 ਮਈ 2025", "2025-05-14"),  # Punjabi
        ("22 មេសា 2025", "2025-04-22"),  # Khmer
        ("ថ្ងៃអង្គារ ទី២២ ខែមេសា ឆ្នាំ២០២៥", "2025-04-22"),  # Khmer: weekday, "the", "month", "year"
        ("2025 මාර්තු 13", "2025-03-13"),  # Sinhala: year first, the English month's name
        ("2025eko urriaren 8a", "2025-10-08"),  # Basque: "-eko", the month's genitive, "-a"
        ("2025eko martxoaren 14an", "2025-03-14"),
        ("03 İyul 2025 11:47", "2025-07-03"),  # Azerbaijani: a dotted capital I
        ("17 NİSAN 2025", "2025-04-17"),  # Turkish in capitals
        ("12 Iyul 2025", "2025-07-12"),  # Uzbek (wide names only)
    ],
)
def test_read(text: str, value: str) -> None:
    found = full_date(text) or search_dates(text)[0]
    assert found.value == value


@pytest.mark.parametrize("text", ["few 12 2025", "Anna 5 2025", "pay 3 2025"])
def test_common_words_of_abbreviations_not_months(text: str) -> None:
    # Turkmen's and Uzbek's abbreviations ("few", "pay") and Turkmen's "anna" are no names read
    assert full_date(text) is None
