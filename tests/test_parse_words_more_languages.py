"""Month, weekday and label words of languages no held-out round had read yet (Igbo, Xhosa, Shona,
Kinyarwanda, Malagasy, Tigrinya, Scottish Gaelic, West Frisian, Javanese, Tongan, Uyghur from the CLDR;
Yoruba's counted months, Samoan, Haitian Creole, Māori and Dhivehi written by hand), and the by-words and
picture labels of their press, sampled over several languages, with lines that must stay no date or byline."""

from __future__ import annotations

import pytest

from archivist.parse.bylineblock import read_byline_block
from archivist.parse.dateblock import read_date_block


def _dates(line: str) -> list[str] | None:
    block = read_date_block(line, 0, len(line))
    return None if block is None else [date.date.value for date in block.dates]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("12 Oṣù Kẹta 2026", "2026-03-12"),  # Yoruba, the BBC's counted month
        ("Ọjọ́ Ajé, 9 Oṣù Ẹrẹ̀nà 2026", "2026-03-09"),  # Yoruba, CLDR's name and weekday
        ("Mbipụta: 4 Epreel 2026", "2026-04-04"),  # Igbo, with its "published" label
        ("Matshi 18, 2026", "2026-03-18"),  # Xhosa, month first
        ("Ku wa 3 Werurwe 2026 saa 09:40", "2026-03-03"),  # Kinyarwanda, "on the" and the clock word
        ("Alakamisy 19 Martsa 2026", "2026-03-19"),  # Malagasy weekday and month
        ("21 An Giblean 2026", "2026-04-21"),  # Scottish Gaelic
        ("Fernijd: 9 april 2026, 10.15 oere", "2026-04-09"),  # West Frisian, "o'clock" after the time
        ("Setu, 14 Maret 2026 | 08:30 WIB", "2026-03-14"),  # Javanese weekday
        ("Aso Lulu, 25 Mati 2026", "2026-03-25"),  # Samoan (no CLDR locale)
        ("Madi 7 avril 2026", "2026-04-07"),  # Haitian Creole weekday
        ("12 desanm 2026", "2026-12-12"),  # Haitian Creole month
        ("Rāhina, 16 Poutū-te-rangi 2026", "2026-03-16"),  # Māori month's own name
        ("15 މާރިޗު 2026", "2026-03-15"),  # Dhivehi
        ("tarehe 3 Machi 2026", "2026-03-03"),  # Swahili "date"
    ],
)
def test_date_lines(line: str, value: str) -> None:
    found = _dates(line)
    assert found is not None
    assert [date[:10] for date in found] == [value]


@pytest.mark.parametrize(
    "line",
    [
        "Aso Lulu na o mai ai le au faipule",  # a weekday's words in a sentence
        "Ku wa gatatu abahinzi bagiye ku isoko",
        "Pipiri is the month the stars rise",
    ],
)
def test_sentences_stay_no_date_line(line: str) -> None:
    assert _dates(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Site n'aka Chinonso Eze", "Chinonso Eze"),  # Igbo
        ("NGU SIPHO MTHEMBU", None),  # Zulu, in capitals (the name as the page writes it)
        ("Yanditswe na Jean Claude Nkurunziza", "Jean Claude Nkurunziza"),  # Kinyarwanda
        ("Nosoratan'i Hery Rakotomalala", "Hery Rakotomalala"),  # Malagasy
        ("Pa Wideline Jean-Baptiste", "Wideline Jean-Baptiste"),  # Haitian Creole
        ("Troch Sjoerd de Vries", "Sjoerd de Vries"),  # West Frisian
        ("Dening Slamet Riyadi", "Slamet Riyadi"),  # Javanese
        ("Tusia e Losa Faleolo", "Losa Faleolo"),  # Samoan
        ("Nā Hēmi Walker", "Hēmi Walker"),  # Māori
    ],
)
def test_by_words(line: str, name: str | None) -> None:
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is not None
    names = [person.name for person in found.byline.authors]
    assert len(names) == 1
    if name is not None:
        assert names == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Pa gen dlo nan katye a depi de semèn.",  # Haitian "not", a sentence
        "Troch de wyn en de rein wie de dyk ticht.",  # Frisian "through"
        "Dening para tani ing desa iki ora ana sing seneng.",
        "Nā te kāwanatanga i whakatau te take nei.",
    ],
)
def test_sentences_opening_with_a_by_word_are_no_byline(line: str) -> None:
    assert read_byline_block(line, 0, len(line), bare_ok=False) is None
