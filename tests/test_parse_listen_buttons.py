"""The read-aloud button under a headline or standfirst (``Escuchar esta nota``, ``Слушать``,
``Artikel vorlesen``), in many languages: page furniture, never a line of the standfirst over it. Texts
written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.furniture import is_furniture

_BODY = (
    "The first paragraph of the story tells what happened, where and when it happened, in one sentence.\n"
    "The second paragraph goes on with what the officials said about it, and what comes next for them.\n"
    "The third paragraph closes the story with a word from a resident who saw it all from her window.\n"
)


# (paragraphs too long for a wrap: the page was never hard-wrapped, each line a block of its own)
_LONG_BODY = _BODY.replace(" in one sentence.", " in one sentence, as the story's first paragraph does.")
_LONG_BODY = _LONG_BODY.replace(" for them.", " for them and for the town.")
_LONG_BODY = _LONG_BODY.replace(" her window.", " her window on the first floor.")


@pytest.mark.parametrize(
    "button",
    [
        "Listen to this article",
        "Escuchar esta nota",
        "Ouvir esta notícia",
        "Artikel vorlesen",
        "Ascolta questo articolo",
        "Posłuchaj tego artykułu",
        "Слушать",
        "Тыңдау",
        "Bu haberi dinle",
        "استمع إلى المقال",
        "खबर सुनें",
        "Dengarkan artikel ini",
        "기사 듣기",
        "მოსმენა",
    ],
)
def test_listen_buttons_are_furniture(button: str) -> None:
    assert is_furniture(button)


@pytest.mark.parametrize(
    "line",
    ["Listen to the people of the valley, the mayor said.", "Escuchar a los vecinos", "Слушания в суде"],
)
def test_sentences_about_listening_are_no_buttons(line: str) -> None:
    assert not is_furniture(line)


def test_button_under_standfirst_is_left_out_of_it() -> None:
    standfirst = "La Conred mantiene la alerta y el instituto reporta diez explosiones por hora."
    article = parse_text(
        "Volcán de Fuego: la ceniza obliga a suspender clases en veinte escuelas\n"
        f"{standfirst}\nEscuchar esta nota\nPor Ana López\n10 de junio de 2025 a las 08:15h\n" + _LONG_BODY
    )
    assert article.summary is not None and article.summary.text == standfirst
