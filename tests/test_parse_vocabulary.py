"""The reader's vocabulary of every language: CLDR month and weekday names (``parse.calendar``, from the
generated ``parse.calendar_words``), dates read in the article's language, and the labels of bylines,
credits and date lines (``parse.labelwords``). Every line and article here is written for these tests; each
case has a neighbour the vocabulary must leave alone."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from archivist.parse import parse_text
from archivist.parse.calendar import reading_article
from archivist.parse.dateblock import read_date_block
from archivist.parse.dates import search_dates
from archivist.parse.words import alternation

ROOT = Path(__file__).resolve().parents[1]


def _generator():  # the script is no package module: load it from its file
    spec = importlib.util.spec_from_file_location(
        "cldr_calendar_words", ROOT / "scripts" / "cldr_calendar_words.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_table_is_what_the_generator_gives_from_cldr() -> None:
    generator = _generator()
    assert generator.TABLE.read_text(encoding="utf-8") == generator.table_source()


def test_the_cldr_licence_beside_the_table_is_babels_copy() -> None:
    import babel

    shipped = Path(babel.__file__).parent / "locale-data" / "LICENSE.unicode"
    assert (ROOT / "src" / "archivist" / "parse" / "CLDR-LICENSE.txt").read_bytes() == shipped.read_bytes()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vydáno 3. března 2025", "2025-03-03"),  # Czech, genitive
        ("Joi, 7 februarie 2025", "2025-02-07"),  # Romanian, weekday first
        ("Torsdag 2 oktober 2025", "2025-10-02"),  # Swedish
        ("12. toukokuuta 2025", "2025-05-12"),  # Finnish, partitive
        ("2025. március 4.", "2025-03-04"),  # Hungarian, year first
        ("9. veljače 2025.", "2025-02-09"),  # Croatian
        ("4 Mart 2025 Salı", "2025-03-04"),  # Turkish
        ("Senin, 3 Maret 2025", "2025-03-03"),  # Indonesian
        ("5 d’abril de 2025", "2025-04-05"),  # Catalan, the preposition joined to the month
        ("Thứ hai, 24/03/2025, 14:20 (GMT+7)", "2025-03-24T14:20:00+07:00"),  # Vietnamese weekday
        ("Thứ hai, 03/03/2025", "2025-03-03"),  # the day and the month the same: no order to tell
        ("Ijumaa, 14 Machi 2025", "2025-03-14"),  # Swahili
        ("3 maart 2025 om 09.15 CET", "2025-03-03T09:15:00+01:00"),  # Dutch: the clock's word before the time
    ],
)
def test_month_and_weekday_names_of_many_languages(text: str, value: str) -> None:
    found = search_dates(text)
    assert [date.value for date in found] == [value]


def test_a_word_that_is_no_month_is_no_date() -> None:
    # "set" is September in Portuguese and Italian: with no year after it, a score is no date
    assert search_dates("they won 6 set points in the final of 2025") == []
    assert search_dates("18 marathons in 2025") == []  # a word that merely begins like a month name


def test_a_short_abbreviation_is_no_weekday() -> None:
    # "Mo." is German for Monday, and Missouri's abbreviation: names of one or two letters are left out.
    assert search_dates("MO., March 24, 2025")[0].value == "2025-03-24"
    assert search_dates("MO., March 24, 2025")[0].start == 5


def test_an_ambiguous_month_name_is_read_in_the_articles_language() -> None:
    # "listopada": November in Polish, October in Croatian
    polish = (
        "Rada miasta zebrała się we wtorek. Jak podała, nie jest to już tylko plan, który został przyjęty."
    )
    croatian = "Gradsko vijeće je odlučilo da koji su prijedlozi bili prihvaćeni, ali što nije bilo jasno."
    with reading_article(lambda: "pl"):
        assert search_dates("12 listopada 2025")[0].value == "2025-11-12"
    with reading_article(lambda: "hr"):
        assert search_dates("12. listopada 2025.")[0].value == "2025-10-12"
    assert search_dates("12 listopada 2025")[0].value == "2025"  # no language: the year only
    article = parse_text(f"Most zamknięty\n\n12 listopada 2025, 08:10\n\n{polish}\n\n{polish}\n")
    assert article.published is not None and article.published.date.value == "2025-11-12"
    article = parse_text(f"Most zatvoren\n\n12. listopada 2025.\n\n{croatian}\n\n{croatian}\n")
    assert article.published is not None and article.published.date.value == "2025-10-12"


def test_a_numeric_date_is_read_day_first_in_a_day_first_language_only() -> None:
    body_pt = "A prefeitura disse que a obra vai começar em março, segundo o secretário, e que não há atraso."
    body_en = "The council said that the work would start in March, and that it was not late at all for it."
    article = parse_text(f"Obra começa\n\n05/03/2025 10h30\n\n{body_pt}\n\n{body_pt}\n")
    assert article.published is not None and article.published.date.value == "2025-03-05"
    # English: 05/03 is 3 May in the United States and 5 March elsewhere; only the year is kept
    article = parse_text(f"Work begins\n\n05/03/2025 10:30\n\n{body_en}\n\n{body_en}\n")
    assert article.published is None or article.published.date.value == "2025"
    # a day over 12 tells the order in any language
    article = parse_text(f"Work begins\n\n25/03/2025 10:30\n\n{body_en}\n\n{body_en}\n")
    assert article.published is not None and article.published.date.value == "2025-03-25"


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Publicerad 3 mars 2025 kl. 07.15", "published", "2025-03-03"),
        ("Actualizat: 4 martie 2025, 10:00", "updated", "2025-03-04"),
        ("Julkaistu 12.5.2025 klo 8.15", "published", "2025-05-12"),
        ("Objavljeno: 9. veljače 2025. u 10:15", "published", "2025-02-09"),
        ("Diterbitkan pada 3 Maret 2025 pukul 10.00 WIB", "published", "2025-03-03T10:00:00+07:00"),
    ],
)
def test_published_and_updated_labels_of_many_languages(line: str, kind: str, value: str) -> None:
    block = read_date_block(line, 0, len(line))
    assert block is not None
    assert [(date.kind, date.date.value) for date in block.dates] == [(kind, value)]


def test_a_numeric_date_line_needs_the_articles_language_when_day_and_month_could_swap() -> None:
    line = "Atualizado em 05/03/2025"
    assert read_date_block(line, 0, len(line)) is None  # no language: 5 March or 3 May?
    with reading_article(lambda: "pt"):
        block = read_date_block(line, 0, len(line))
    assert block is not None and block.dates[0].date.value == "2025-03-05"


def test_a_sentence_opening_with_a_label_is_no_date_line() -> None:
    for line in ("Publicat de o editură locală în martie 2025", "Publicerad av kommunen den 3 mars 2025"):
        assert read_date_block(line, 0, len(line)) is None


_BODY_AF = (
    "Die munisipaliteit het Maandag gesê die water sal teen die einde van die week weer aangeskakel word, "
    "en dat inwoners intussen by die skool water kan kry."
)


def test_by_word_of_another_language_opens_a_byline() -> None:
    article = parse_text(
        f"Water terug teen Vrydag\n\nDeur Johan Botha\n\n3 Maart 2025\n\n{_BODY_AF}\n\n{_BODY_AF}\n"
    )
    assert article.byline is not None and article.byline.text == "Deur Johan Botha"
    assert [author.name for author in article.authors] == ["Johan Botha"]
    assert article.published is not None and article.published.date.value == "2025-03-03"


def test_a_sentence_opening_with_a_by_word_is_no_byline() -> None:
    body = "Los vecinos dijeron que el agua volverá el viernes, según la empresa, y que no hay otra opción."
    article = parse_text(f"Vuelve el agua\n\nPor la mañana llegaron los técnicos.\n\n{body}\n\n{body}\n")
    assert article.byline is None
    assert article.authors == ()


def test_a_role_label_of_another_language_opens_a_byline() -> None:
    body = "Městská rada ve středu rozhodla, že oprava mostu začne na jaře a potrvá podle plánu dva roky."
    article = parse_text(f"Most se opraví\n\nAutor: Petr Novák\n\n3. března 2025\n\n{body}\n\n{body}\n")
    assert [author.name for author in article.authors] == ["Petr Novák"]


@pytest.mark.parametrize(
    ("credit_line", "credit"),
    [("Fot. Anna Kowalska", "Anna Kowalska"), ("Kuva: Mikko Lahtinen", "Mikko Lahtinen")],
)
def test_picture_labels_of_many_languages(credit_line: str, credit: str) -> None:
    body = "Rada miasta zebrała się we wtorek. Jak podała, nie jest to już tylko plan, który został przyjęty."
    text = f"Most zamknięty\n\nNowy most nad rzeką w centrum miasta.\n{credit_line}\n\n{body}\n\n{body}\n"
    article = parse_text(text)
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == credit


def test_a_picture_word_inside_prose_is_no_credit() -> None:
    body = (
        "Foto op de voorpagina van de krant toonde de brug, die volgens de gemeente in maart weer opengaat."
    )
    article = parse_text(f"Brug weer open\n\n{body}\n\n{body}\n")
    assert article.image is None


def test_alternation_matches_each_name_and_the_longest_first() -> None:
    names = ["jan", "januar", "january", "tháng 1", "tháng 10", "mar"]
    pattern = re.compile(f"(?:{alternation(names)})(?!\\w)")
    for name in names:
        assert pattern.fullmatch(name) is not None
    assert pattern.match("january 5").group() == "january"
    assert pattern.match("tháng  10 năm").group() == "tháng  10"
    assert pattern.match("janus") is None
