"""A wire's bracket in the dateline holding its name, a comma and the day's full date (``KABUL (Bakhtar, 5 May
2024):``, ``جلال آباد (سخا، ۱۶ غویی ۱۴۰۳):``): the agency is the name, the date the dateline's. A bracket of
two agencies, or a name and no full date, stays the agency. Every line here is written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.dateline import find_dateline


@pytest.mark.parametrize(
    ("line", "place", "agency", "date"),
    [
        ("KABUL (Bakhtar, 5 May 2024): The canal was rebuilt.", "KABUL", "Bakhtar", "2024-05-05"),
        ("LAGOS (NAN, May 5, 2024) - The market reopened.", "LAGOS", "NAN", "2024-05-05"),
        ("کندهار (باختر، ۲ وری ۱۴۰۴): د ښار سړکونه جوړ شول.", "کندهار", "باختر", "2025-03-22"),
        ("هرات (آژانس، ۱۶ ثور ۱۴۰۳): کار سړک پیل شو.", "هرات", "آژانس", "2024-05-05"),
    ],
)
def test_the_date_in_the_agency_bracket(line: str, place: str, agency: str, date: str) -> None:
    found = find_dateline(line, 0, len(line))
    assert found is not None and found.place is not None and found.place.text == place
    assert found.agency is not None and found.agency.text == agency
    assert found.date is not None and found.date.value == date


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("PARIS (AFP, Reuters) - The talks resumed.", "AFP, Reuters"),  # two agencies, no date
        ("NAIROBI (KNA, Nakuru) - The talks resumed.", "KNA, Nakuru"),  # no date after the comma
    ],
)
def test_no_date_in_the_bracket(line: str, agency: str) -> None:
    found = find_dateline(line, 0, len(line))
    assert found is not None and found.date is None
    assert found.agency is not None and found.agency.text == agency


def test_the_dateline_dates_an_undated_article() -> None:
    text = (
        "Canal rebuilt in Kama district after floods\n\n"
        "KABUL (Bakhtar, 5 May 2024): The canal that floods destroyed last year has been rebuilt, officials "
        "said on Sunday.\n\n"
        "The work took eight months and cost 24 million afghanis, the provincial director said.\n"
    )
    article = parse_text(text)
    assert article.published is not None and article.published.date.value == "2024-05-05"
