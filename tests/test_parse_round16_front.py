"""The general rules round 16 added to the front matter (headline, summary, byline, authors), on lines
written here, each with the case it must leave alone: an agency signing after any language's by-word
("Af Ritzau", "Av TT")."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.byline import find_byline

_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n\n"
    "The old crossing will stay open to walkers until the new one is ready next winter.\n"
)
_HEADLINE = "Bridge over the river to be repaired next year"


def _front(*lines: str, body: str = _BODY, headline: str = _HEADLINE) -> str:
    return headline + "\n\n" + "\n\n".join(lines) + "\n\n" + body


def _authors(article: object) -> list[tuple[str, str | None]]:
    return [(person.name, person.affiliation) for person in article.authors]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- an agency after any by-word


@pytest.mark.parametrize("line", ["Af Ritzau", "Av TT", "Door ANP", "Deur AFP", "AF RITZAU"])
def test_an_agency_after_any_languages_by_word_signs_the_story(line: str) -> None:
    article = parse_text(_front(line, "27. november 2026"))
    assert article.byline is not None and article.byline.text == line
    assert article.authors == ()


def test_the_by_word_opening_a_sentence_is_no_byline() -> None:
    assert find_byline("Af og til regner det", 0, 20) is None
    assert find_byline("Av alla svar kom inget", 0, 22) is None
