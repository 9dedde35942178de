"""The general rules round 20 added to bylines, date lines, datelines, sign-offs and credits of pages not in
East Asian scripts, on articles written here, each with the case it must leave alone: a wire's tag between
slashes (``/ritzau/``), an agency with its desk's credits in brackets (``AGERPRES/(…)``), the Spanish wires'
``(FIN)`` with the desk's initials, an editor's initials in lower case run on after the last sentence
(``/cb``), the page's date line printed again under the sign-off; a credit without ``Copyright`` spelled out
before it or the caption's stop after it."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from parse_helpers import BRIDGE_BODY, front

_LAST = "The survey results will be shared with research institutions abroad, the academy said."


def _closed(last: str, *under: str) -> str:
    """The bridge story by Ann Lee, its last paragraph ``last``, then the blocks ``under`` it."""
    body = BRIDGE_BODY + "\n" + last + "\n" + "".join("\n" + block + "\n" for block in under)
    return front("By Ann Lee", "March 3, 2026", body=body)


# --------------------------------------------------------------------------- sign-offs


@pytest.mark.parametrize(
    "mark",
    [
        "/ritzau/",  # a listed agency between slashes, in lower case
        "/Agerpres/",
        "/NTB/",
        "AGERPRES/(AS - autor: Ana Vlad, editor: Dan Pop, editor online: Ion Marin)",
        "Reuters/(jd/mk)",
        "(FIN) ABC/DEF",  # the Spanish wires' end word and the desk's initials
        "(FIN)",
    ],
)
def test_wire_tag_alone_under_the_story_is_the_signoff(mark: str) -> None:
    article = parse_text(_closed(_LAST, mark))
    assert article.signoff is not None and article.signoff.text == mark
    assert article.paragraphs[-1].text == _LAST


@pytest.mark.parametrize(
    "line",
    [
        "/weather/",  # a word between slashes is no agency's tag
        "Harbour Times/(see page 4)",  # a publication, no listed agency
        "Reuters/(The ministry said the plan. It will start)",  # a sentence in the brackets
    ],
)
def test_other_lines_alone_under_the_story_are_no_signoff(line: str) -> None:
    article = parse_text(_closed(_LAST, line))
    assert article.signoff is None or article.signoff.text != line


@pytest.mark.parametrize("mark", ["/cb", "/ra", "/dl/atm"])
def test_editor_initials_run_on_after_the_last_sentence_are_the_signoff(mark: str) -> None:
    article = parse_text(_closed(_LAST + " " + mark))
    assert article.signoff is not None and article.signoff.text == mark
    assert article.paragraphs[-1].text == _LAST


@pytest.mark.parametrize(
    "last",
    [
        "The route runs through the old town and/or the harbour, the council said",  # a slash inside
        "Commuters can read the timetable at example.org /en",  # no stop before the slash
    ],
)
def test_slash_words_inside_a_paragraph_are_no_signoff(last: str) -> None:
    article = parse_text(_closed(last))
    assert article.signoff is None


def test_date_line_under_the_signoff_is_left_out_and_the_signoff_read() -> None:
    article = parse_text(_closed(_LAST, "(FIN) ABC/DEF", "Publicado: 14/3/2026"))
    assert article.signoff is not None and article.signoff.text == "(FIN) ABC/DEF"
    assert article.paragraphs[-1].text == _LAST
    assert article.published is not None and article.published.date.value == "2026-03-03"


def test_date_line_under_a_paragraph_is_no_signoff() -> None:
    article = parse_text(_closed(_LAST, "Publicado: 14/3/2026"))
    assert article.signoff is None
    assert article.paragraphs[-1].text == _LAST


# --------------------------------------------------------------------------- credits

_CAPTION = "Workers inspect the damaged pier from a boat"


def _credit(line: str) -> str | None:
    article = parse_text(front("By Ann Lee", "March 3, 2026", line))
    image = article.image
    return image.credit.text if image is not None and image.credit is not None else None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (f"{_CAPTION} - Copyright AP Photo/Jane Roe", "AP Photo/Jane Roe"),
        (f"{_CAPTION}. Foto: ANDINA/Difusión.", "ANDINA/Difusión"),
        (f"{_CAPTION}. Photo: Harbour Works Inc.", "Harbour Works Inc."),  # an abbreviation keeps its stop
        (f"{_CAPTION}. Photo: Jane Q.", "Jane Q."),  # an initial keeps it
    ],
)
def test_credit_without_copyright_word_and_closing_stop(line: str, credit: str) -> None:
    assert _credit(line) == credit
