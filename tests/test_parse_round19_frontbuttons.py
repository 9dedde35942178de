"""The page's buttons on the front told by their shape (``parse/frontbuttons.py``), on short articles written
here with button words the furniture vocabulary does not hold: one to three short words with no stop, over the
lead picture's caption or set as a column, are left out (``front-buttons-shape-left-out``), not read as the
caption, its credit or the standfirst. A caption of two words with its credit, a byline of two bare names
and a one-word line over the story are left alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.furniture import is_furniture

_RULE = "front-buttons-shape-left-out"


def _evidence(article: object) -> dict[str, str]:
    return {field: found.rule for field, found in article.evidence}  # type: ignore[attr-defined]


def _article(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


_DE_BODY = (
    "Krefeld. Die Stadtwerke legen zwei Bauabschnitte auf Eis, wie das Unternehmen am Dienstag mitteilte.\n\n"
    "Grund seien ausbleibende Zusagen aus einem Förderprogramm des Landes, sagte eine Sprecherin.\n\n"
    "Die Arbeiten sollen im kommenden Frühjahr wieder aufgenommen werden."
)
_EN_BODY = (
    "The ferry between the two islands will sail once a day from next month, the operator said on Monday.\n\n"
    "The operator blamed a shortage of crew and the rising cost of fuel for the cut to the timetable.\n\n"
    "Islanders said the change would make it harder to reach the hospital on the mainland in winter."
)
_ES_BODY = (
    "Un incendio forestal obligó este viernes a evacuar a los vecinos de tres poblaciones de la comuna.\n\n"
    "Según informó la corporación forestal, en el combate de las llamas trabajan catorce brigadas.\n\n"
    "Las autoridades pidieron a los vecinos no regresar a sus casas hasta nuevo aviso."
)


@pytest.mark.parametrize("words", ["Vorlesen lassen", "Weiterleiten", "Envoyer", "Pass it on", "Ir al sitio"])
def test_the_button_words_here_are_unknown_to_the_vocabulary(words: str) -> None:
    assert not is_furniture(words)  # the shape, not the words, must tell them


def test_german_buttons_over_caption_and_credit() -> None:
    text = _article(
        "Stadtwerke stoppen Fernwärme-Ausbau im Süden",
        "Von Katrin Möllenbeck",
        "24. November 2026 um 17:42 Uhr",
        "Vorlesen lassen\nWeiterleiten",
        "Bauarbeiter verlegen Fernwärmerohre an der Kölner Straße. Im Süden ruhen die Arbeiten nun.\n"
        "Foto: Dirk Jansen",
        _DE_BODY,
    )
    article = parse_text(text)
    assert article.image is not None
    assert article.image.caption.text.startswith("Bauarbeiter verlegen")
    assert article.image.credit.text == "Dirk Jansen"
    assert _evidence(article)["front"] == _RULE
    assert article.paragraphs[0].text.startswith("Krefeld. Die Stadtwerke")


def test_french_buttons_and_notice_over_run_on_credit() -> None:
    text = _article(
        "Dans la Drôme, la maternité de Die ferme ses portes",
        "Par Hélène Marchetti",
        "Publié le 24 novembre 2026 à 06h00",
        "Lire ensuite\nEnvoyer",
        "Article pour les abonnés",
        "Rassemblement devant le centre hospitalier de Die, le 21 novembre. CLÉMENT VARNIER / HANS LUCAS",
        "Ils étaient près de deux mille, samedi, massés devant les grilles du centre hospitalier de Die.\n\n"
        "Les élus dénoncent une décision prise sans concertation, selon un communiqué publié lundi.",
    )
    article = parse_text(text)
    assert article.summary is None
    assert article.image is not None and article.image.caption.text.startswith("Rassemblement devant")
    assert _evidence(article)["front"] == _RULE


def test_spanish_single_button_over_piped_caption() -> None:
    text = _article(
        "Incendio forestal en Quilpué obliga a evacuar tres sectores",
        "Por Tomás Araneda Pino",
        "Viernes 27 noviembre de 2026 | 16:20",
        "Ir al sitio",
        "Brigadistas trabajan en el sector Los Pinos de Quilpué | Sebastián Pérez | Agencia Uno",
        _ES_BODY,
    )
    article = parse_text(text)
    assert article.summary is None
    assert article.image is not None and article.image.caption.text.startswith("Brigadistas trabajan")
    assert _evidence(article)["front"] == _RULE


@pytest.mark.parametrize(
    "column", ["Pass it on\nSend on\nKeep for later", "Pass it on\nBigger Type\nKeep for later"]
)
def test_english_column_of_buttons_no_picture(column: str) -> None:
    text = _article(
        "Harbour ferry timetable cut for the winter",
        "2026-11-27 HKT 14:05",
        column,
        _EN_BODY,
    )
    article = parse_text(text)
    assert article.image is None
    assert article.summary is None
    assert _evidence(article)["front"] == _RULE
    assert len(article.paragraphs) == 3


def test_two_word_caption_with_credit_is_the_picture() -> None:
    text = _article(
        "Harbour ferry timetable cut for the winter",
        "By Jane Doe",
        "Dec. 22, 2023",
        "Flooded streets\nReuters",
        _EN_BODY,
    )
    article = parse_text(text)
    assert _evidence(article).get("front") != _RULE
    assert article.image is not None
    assert article.image.caption.text == "Flooded streets"
    assert article.image.credit.text == "Reuters"


def test_two_bare_names_over_the_caption_are_the_byline() -> None:
    text = _article(
        "Harbour ferry timetable cut for the winter",
        "Dec. 22, 2023",
        "Jane Doe\nJohn Roe",
        "Passengers wait for the last ferry of the day at the island's harbour.\nPhoto: Mary Major",
        _EN_BODY,
    )
    article = parse_text(text)
    assert _evidence(article).get("front") != _RULE


@pytest.mark.parametrize(
    ("kicker", "body"),
    [("Hintergrund", _DE_BODY), ("Winter", _EN_BODY), ("Incendios", _ES_BODY)],
)
def test_one_word_line_over_the_story_is_no_button_row(kicker: str, body: str) -> None:
    text = _article(
        "Harbour ferry timetable cut for the winter", "By Jane Doe", "Dec. 22, 2023", kicker, body
    )
    article = parse_text(text)
    assert _evidence(article).get("front") != _RULE
