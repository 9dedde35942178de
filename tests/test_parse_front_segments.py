"""The front metadata line reader and the byline vocabulary round 10 asked for, on lines written here in
several house styles, each with the case it must leave alone: a line stringing byline, date, time, outlet
and section together (cut into segments, each classified); byline labels in other languages and role
labels; a name followed by its desk, bureau or role (the person only); a section's label over the byline;
an outlet in brackets under the byline; month names in more languages; masthead nouns that name no one."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks
from archivist.parse.frontsegments import read_metadata_line

_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n\n"
    "The old crossing will stay open to walkers until the new one is ready next winter.\n"
)
_HEADLINE = "Bridge over the river to be repaired next year"


def _front(*lines: str, body: str = _BODY, headline: str = _HEADLINE) -> str:
    return headline + "\n\n" + "\n\n".join(lines) + "\n\n" + body


def _authors(article: object) -> list[str]:
    return [person.name for person in article.authors]  # type: ignore[attr-defined]


def _date(article: object) -> str | None:
    published = article.published  # type: ignore[attr-defined]
    return None if published is None else published.date.value[:10]


def _byline(article: object) -> str | None:
    byline = article.byline  # type: ignore[attr-defined]
    return None if byline is None else byline.text


# --------------------------------------------------------------------------- one line, many kinds


@pytest.mark.parametrize(
    ("line", "byline", "authors"),
    [
        ("By Marta Lindqvist · 3 March 2026 · Culture", "By Marta Lindqvist", ["Marta Lindqvist"]),
        ("HARBOUR WIRE - Mar 3, 2026 - 09:40 | Business, Asia", None, []),
        ("Mar 3, 2026 Sport", None, []),
        ("Tuesday March 3 2026, 6.00pm GMT, The Weekly Courier", None, []),
        ("DPN / By Tomasz Kowal, 3 March 2026 09:40", "DPN / By Tomasz Kowal", ["Tomasz Kowal"]),
        ("By Jane Roe | 5 min read | March 3, 2026 | Opinion", "By Jane Roe", ["Jane Roe"]),
        ("Posted on March 3, 2026 | World News", None, []),
        ("By Jane Roe, Senior Writer | March 3, 2026 | Politics", "By Jane Roe, Senior Writer", ["Jane Roe"]),
        ("Publicado el 3 de marzo de 2026 | Economía", None, []),  # a label in another language
        ("Door Jan de Vries · 3 maart 2026 · Binnenland", "Door Jan de Vries", ["Jan de Vries"]),
    ],
)
def test_a_front_line_of_several_kinds_of_metadata_gives_its_date_and_byline(
    line: str, byline: str | None, authors: list[str]
) -> None:
    article = parse_text(_front(line))
    assert _date(article) == "2026-03-03"
    assert _byline(article) == byline
    assert _authors(article) == authors
    assert article.paragraphs[0].text.startswith("The council approved")  # type: ignore[attr-defined]
    found = dict(article.evidence)
    assert found["published"].rule in ("date-segment-of-metadata-line", "date-line")


@pytest.mark.parametrize(
    "line",
    [
        "March 3, 2026 09:40 AM Pacific Standard Time",  # a zone in words
        "March 3, 2026 | 09:40 hrs.",  # hours marked as such
        "(Latest Update March 3, 2026)",  # a label and the date in brackets
        "Marso 3, 2026 | 9:40am",  # Tagalog
        "3 marca 2026, 09:40",  # Polish
        "3 Maret 2026 09:40",  # Indonesian
    ],
)
def test_date_lines_in_more_shapes_and_languages(line: str) -> None:
    assert _date(parse_text(_front("By Jane Roe", line))) == "2026-03-03"


@pytest.mark.parametrize(
    "line",
    [
        "March 3, 2026 Council votes to repair the old bridge",  # a phrase beside the date is no section
        "PARIS, March 3, 2026 (AFP)",  # a wire's dateline: the dateline reader's
        "Paris, 3 March 2026 (Reuters)",
        "The council met on March 3, 2026, and voted.",  # a sentence
    ],
)
def test_a_line_with_more_than_metadata_is_no_metadata_line(line: str) -> None:
    block = split_blocks(line)[0]
    assert read_metadata_line(line, block) is None


def test_a_sentence_dated_in_the_front_gives_no_date() -> None:
    article = parse_text(_front("On March 3, 2026 the council voted to close the bridge for a year of work."))
    assert _date(article) is None


def test_a_bare_name_over_a_metadata_date_line_is_the_byline() -> None:
    standfirst = "After forty years at the oars the ferryman is retiring, and nobody wants the job"
    article = parse_text(
        _front(standfirst, "Ada Pennick", "Sunday March 1 2026, 12.01am GMT, The Weekly Courier")
    )
    assert _byline(article) == "Ada Pennick"
    assert _date(article) == "2026-03-01"


# --------------------------------------------------------------------------- byline labels


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Ni Marites Santos", "Marites Santos"),  # Tagalog
        ("Przez Anna Nowak", "Anna Nowak"),  # Polish
        ("Av Erik Holm", "Erik Holm"),  # Swedish
        ("Af Mette Lund", "Mette Lund"),  # Danish
        ("WRITER: Somchai Rattana", "Somchai Rattana"),
        ("Reporter: Grace Otieno", "Grace Otieno"),
        ("Edited by Priya Nair", "Priya Nair"),  # the only name the page gives
    ],
)
def test_byline_labels_in_other_languages_and_role_labels(line: str, author: str) -> None:
    article = parse_text(_front(line, "March 3, 2026"))
    assert _authors(article) == [author]
    assert _byline(article) == line


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Von Hans Meier, Berlin", "Hans Meier"),
        ("Par Jean Dupont, Paris", "Jean Dupont"),
        ("Ni Ana Cruz, Maynila", "Ana Cruz"),
    ],
)
def test_a_foreign_label_before_a_name_and_its_town_is_no_part_of_the_name(line: str, author: str) -> None:
    assert _authors(parse_text(_front(line, "March 3, 2026"))) == [author]


def test_edited_by_under_a_byline_names_no_second_author() -> None:
    article = parse_text(_front("By Jane Roe", "Edited by Priya Nair", "March 3, 2026"))
    assert _authors(article) == ["Jane Roe"]


def test_a_sentence_opening_with_a_label_word_is_no_byline() -> None:
    article = parse_text(
        _front(
            "Por la mañana el puente estuvo cerrado al tráfico durante tres horas.",
            body="El ayuntamiento dijo que las obras durarán un año.\n\nLos vecinos piden una pasarela.\n",
            headline="El puente del río será reparado",
        )
    )
    assert _authors(article) == []


# --------------------------------------------------------------------------- a name and its desk


@pytest.mark.parametrize(
    ("block", "authors"),
    [
        ("Jane Roe, Coastal Bureau", ["Jane Roe"]),
        ("Lucía Ferrer\nCorresponsal en Valencia", ["Lucía Ferrer"]),
        ("by Sam Roe, Senior Staff Writer, HealthBeat", ["Sam Roe"]),
        ("Jane Roe, John Doe", ["Jane Roe", "John Doe"]),  # two people, no desk: both kept
    ],
)
def test_a_name_followed_by_its_desk_or_role_keeps_the_person(block: str, authors: list[str]) -> None:
    article = parse_text(_front(block, "March 3, 2026"))
    assert _authors(article) == authors


def test_a_desk_after_the_name_is_her_affiliation() -> None:
    article = parse_text(_front("Jane Roe, Coastal Bureau", "March 3, 2026"))
    assert [p.affiliation for p in article.authors] == ["Coastal Bureau"]


def test_a_section_label_over_the_byline_is_no_byline_nor_credit() -> None:
    article = parse_text(_front("March 3, 2026 2:05 PM", "In Business", "By Chidi Obi"))
    assert _byline(article) == "By Chidi Obi"
    assert article.image is None
    assert dict(article.evidence)["front"].rule == "front-section-label-left-out"


def test_an_outlet_in_brackets_under_the_byline_belongs_to_it() -> None:
    article = parse_text(_front("By Jane Roe\n(The Valley Times)", "March 3, 2026"))
    assert _byline(article) == "By Jane Roe\n(The Valley Times)"
    assert _authors(article) == ["Jane Roe"]
    assert article.image is None


@pytest.mark.parametrize("masthead", ["Valley Standard", "Morning Express", "Coast Mirror"])
def test_a_masthead_noun_over_the_date_names_no_author(masthead: str) -> None:
    assert _authors(parse_text(_front(masthead, "March 3, 2026"))) == []


def test_a_bare_name_over_the_date_is_still_an_author() -> None:
    assert _authors(parse_text(_front("Jane Roe", "March 3, 2026"))) == ["Jane Roe"]
