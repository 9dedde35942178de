"""A standfirst's key-points box labelled "in short" in more languages (``archivist.parse.standfirst``),
and the year-first date lines of Latvian and Lithuanian pages (``archivist.parse.dates``). Pages and lines
written here; each rule has the case it must leave alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.dates import match_date
from archivist.parse.publication import read_meta_line
from parse_helpers import rule as _rule

_POINTS = (
    "The bridge will close to traffic from June 16.",
    "One lane will stay open to walkers and cyclists.",
    "The work must be finished by October 15.",
)
_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber, most for it.\n\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n\n"
    "The old crossing will stay open to walkers until the new one is ready next winter, the mayor told "
    "residents at a meeting on Wednesday night.\n"
)


_LABELS = ["Īsumā", "Trumpai", "Lühidalt", "W skrócie", "Ukratko", "Коротко", "Lyhyesti", "Röviden"]


@pytest.mark.parametrize("label", [*_LABELS, "Pe scurt", "Kort fortalt", "I korthet:"])
def test_an_in_short_box_under_the_headline_is_the_summary(label: str) -> None:
    headline = "Bridge over the river to close for four months while its piers are repaired"
    text = f"{headline}\n\n{label}\n" + "\n".join(f"• {point}" for point in _POINTS) + "\n\n" + _BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is not None
    assert article.summary.text.splitlines()[0].endswith(_POINTS[0])
    assert _rule(article, "summary") == "standfirst-labelled-box"


def test_a_sentence_opening_with_in_short_is_no_box() -> None:
    headline = "Bridge over the river to close for four months while its piers are repaired"
    text = f"{headline}\n\nКоротко говоря, мост закроют на четыре месяца.\n\n" + _BODY
    article = parse_text(text)
    assert article.summary is None or _rule(article, "summary") != "standfirst-labelled-box"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("2025. gada 3. jūnijs 09:15", "2025-06-03"),  # Latvian: year, "gada", day, month
        ("2024. gada 12. decembris", "2024-12-12"),
        ("2025 m. birželio 3 d.", "2025-06-03"),  # Lithuanian: "m." after the year, "d." after the day
        ("2025 m. gegužės 14 d. 10:05", "2025-05-14"),
        ("2025. június 3.", "2025-06-03"),  # Hungarian, as before
    ],
)
def test_year_first_date_lines(line: str, value: str) -> None:
    found = match_date(line)
    assert found is not None and found.value.startswith(value)


@pytest.mark.parametrize("line", ["2025. gada budžets", "2025 m. pabaigoje", "2025. gada 3. ceturksnī"])
def test_year_first_phrases_without_a_month_are_no_date(line: str) -> None:
    found = match_date(line)
    assert found is None or found.month is None


# ------------------------------------------------------------------------ a byline and its date after a comma


@pytest.mark.parametrize(
    ("line", "byline", "value"),
    [
        ("By Jane Doe Globe Staff,Updated March 4, 2025, 6:12 p.m.", "By Jane Doe Globe Staff", "2025-03-04"),
        ("By Jane Doe, Published 3 March 2026", "By Jane Doe", "2026-03-03"),
        ("Von Anna Berger, Aktualisiert 3. März 2026", "Von Anna Berger", "2026-03-03"),
        ("Por Ana Souza, Atualizado 3 de março de 2026", "Por Ana Souza", "2026-03-03"),
    ],
)
def test_a_byline_and_a_labelled_date_after_a_comma(line: str, byline: str, value: str) -> None:
    meta = read_meta_line(line, 0, len(line))
    assert meta is not None and meta.byline is not None
    assert meta.byline.text.text == byline
    assert [date.date.value[:10] for date in meta.dates] == [value]


@pytest.mark.parametrize(
    "line",
    [
        "The rates, updated March 4, 2025, are on the site",  # a lower-case word in a sentence
        "Jane Doe,Updated yesterday",  # no calendar date
        "Council votes, Published plans due March 4, 2025",  # no byline before the comma
    ],
)
def test_lines_a_comma_date_rule_must_leave_alone(line: str) -> None:
    meta = read_meta_line(line, 0, len(line))
    assert meta is None or meta.byline is None
