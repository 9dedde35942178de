"""Two byline shapes: a desk naming no one with the place it wrote from (``Staff Correspondent, Rajshahi``,
``Our Correspondent, Mombasa``), a byline without authors; and a reporter's title line under her name in
the languages that put the role first (Welsh ``Gohebydd addysg BBC Cymru Fyw``, French ``Correspondante à
Bruxelles``, Polish ``Dziennikarka działu gospodarczego``), part of the byline, no second author. Texts
written for the test, with lines the rules must leave alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.bylinestyle import is_title

_BODY = (
    "\n\nThe first paragraph of the story tells what happened, where and when it happened, all in one.\n\n"
    "The second paragraph goes on with what the officials said about it, and what comes next for them.\n"
)


@pytest.mark.parametrize(
    "line", ["Staff Correspondent, Rajshahi", "Our Correspondent, Mombasa", "Staff Reporter, Lahore"]
)
def test_desk_with_its_place_names_no_one(line: str) -> None:
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is not None and found.byline.text.text == line and not found.byline.authors


@pytest.mark.parametrize("line", ["Jane Doe, Lahore", "Staff Correspondent, 12 June"])
def test_lines_that_are_no_desk_with_place(line: str) -> None:
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is None or found.rule != "byline-desk-with-place"


def test_desk_with_place_under_the_headline() -> None:
    article = parse_text(
        "Onion prices double in a week as imports stall at the border\n\nStaff Correspondent, Dinajpur\n\n"
        "Thu Jun 12, 2025 09:15 PM" + _BODY
    )
    assert article.byline is not None and article.byline.text == "Staff Correspondent, Dinajpur"
    assert not article.authors


@pytest.mark.parametrize(
    "title",
    [
        "Gohebydd addysg BBC Cymru Fyw",
        "Correspondante permanente à Bruxelles",
        "Dziennikarka działu gospodarczego",
        "Periodista de la sección de Economía",
        "Wartawan Kompas di Surabaya",
        "Кореспондентка відділу економіки",
    ],
)
def test_role_first_titles(title: str) -> None:
    assert is_title(title)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence (its stop), a line with a figure, a long line: no title
        "Periodista desde hace veinte años, ha cubierto tres guerras en África.",
        "Journaliste depuis 2004",
        "Gohebydd sydd wedi bod yn gweithio i'r gorfforaeth ers blynyddoedd lawer iawn",
    ],
)
def test_lines_that_are_no_role_first_title(line: str) -> None:
    assert not is_title(line)


@pytest.mark.parametrize(
    ("name", "title", "headline"),
    [
        (
            "Gwenllian Rhys",
            "Gohebydd addysg BBC Cymru Fyw",
            "Cynllun newydd i achub siop olaf y pentref rhag cau",
        ),
        (
            "Claire Dubois",
            "Correspondante à Bruxelles",
            "L'Union européenne durcit les règles sur les emballages",
        ),
        ("Anna Kowalska", "Dziennikarka działu gospodarczego", "Ceny masła w sklepach wzrosły o jedną piątą"),
    ],
)
def test_name_over_role_first_title(name: str, title: str, headline: str) -> None:
    article = parse_text(f"{headline}\n\n{name}\n{title}\n\n12.06.2025" + _BODY)
    assert article.byline is not None and article.byline.text == f"{name}\n{title}"
    assert [author.name for author in article.authors] == [name]
