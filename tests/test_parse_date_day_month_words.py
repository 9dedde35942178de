"""Dates whose day and month are joined by a word or a suffix of their language (Maltese "6 ta' Marzu",
Hausa "11 ga Fabrairu", Tagalog "15 ng Marso", Somali "15-ka Maajo"), the month names the press of a
language writes beside CLDR's (Hausa "Fabrairu", Somali "Maajo", Burmese "မတ်လ" with its word "month"), and
Burmese's year-first date line ("၂၀၂၄ ခုနှစ်၊ မတ်လ ၁၄ ရက်"). Texts written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.dateblockcache import read_date_block
from archivist.parse.dates import search_dates


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Il-Ħamis, 6 ta' Marzu 2025 – 14:32", "2025-03-06"),
        ("It-Tlieta, 14 ta’ Jannar 2025", "2025-01-14"),
        ("Talata, 11 ga Fabrairu, 2025", "2025-02-11"),
        ("Litinin, 3 ga Afrilu 2025", "2025-04-03"),
        ("Khamiis, 15-ka Maajo 2025 - 10:42", "2025-05-15"),
        ("Sabti, 2-da Agoosto 2025", "2025-08-02"),
        ("15 ng Marso 2025", "2025-03-15"),
        ("၂၀၂၄ ခုနှစ်၊ မတ်လ ၁၄ ရက်", "2024-03-14"),
        ("2025 ခုနှစ် ဇူလိုင်လ 3 ရက်နေ့", "2025-07-03"),
    ],
)
def test_date_lines_with_their_languages_words(line: str, value: str) -> None:
    found = read_date_block(line, 0, len(line))
    assert found is not None and [date.date.value for date in found.dates] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        # the joining words alone, with no month after them, read no date
        "Ya ce mutane 11 ga shi nan sun tsira.",
        "Il-kumpanija għandha 6 ta' impjegati biss.",
        "The 15-ka figure was a typo in the report.",
    ],
)
def test_joining_words_without_a_month_read_no_date(sentence: str) -> None:
    assert not [found for found in search_dates(sentence, 0, len(sentence)) if found.month is not None]


def test_a_hausa_front_gives_its_date_and_byline() -> None:
    article = parse_text(
        "Labarai\n\nGobara ta lalata shaguna a babbar kasuwar garin Zariya\n\n"
        "Daga Aminu Bello Kaura, Zariya\n\nLitinin, 3 ga Maris, 2025\n\n"
        "Wata gobara da ta tashi a daren Lahadi ta lalata shaguna da dama a babbar kasuwar garin.\n\n"
        "Jami'an kashe gobara sun ce sun isa wurin cikin mintuna ashirin bayan samun kiran gaggawa.\n"
    )
    assert article.published is not None and article.published.date.value == "2025-03-03"
    assert [author.name for author in article.authors] == ["Aminu Bello Kaura"]
