"""A side column glued between the story's paragraphs by a two-column page copied whole
(``archivist.parse.sidebar``): a foot label over a list of headlines, with the story going on under it.
Articles written for this test, in several languages."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.sidebar import glued_sidebars as _glued_sidebars
from archivist.parse.sidebar import short_blocks

_STORIES = {
    "de": (
        "Bahn sperrt Strecke bei Krems für eine Woche\nVon Eva Huber\n3. März 2025\n",
        [
            "Die Bahn sperrt die Strecke zwischen Krems und Spitz von Montag an"
            " für eine Woche, weil Gleise und"
            " Weichen erneuert werden.",
            "Für die Fahrgäste wird ein Ersatzverkehr mit Bussen eingerichtet, die"
            " Fahrzeit verlängert sich um"
            " rund zwanzig Minuten.",
            "Die Gemeinden im Tal kritisieren den Zeitpunkt, weil viele Betriebe"
            " gerade die Saison vorbereiten.",
            "Die Bahn verweist darauf, dass die Arbeiten nur vor dem"
            " Sommerfahrplan möglich seien und im Herbst"
            " der Güterverkehr zu dicht sei.",
            "Die Arbeiten kosten rund sechs Millionen Euro und sollen die Strecke für weitere dreissig Jahre"
            " sichern.",
        ],
        ["Meistgelesen", "1", "Wohnbau: Mieten steigen im April", "2", "Schnee im Mühlviertel: Heer hilft"],
    ),
    "es": (
        "El subte aumentará su tarifa desde el lunes\nPor Juan Pérez\n28/02/2025\n",
        [
            "El pasaje de subte costará más a partir del lunes, luego de que la"
            " Legislatura aprobara este jueves"
            " el nuevo cuadro tarifario.",
            "Los usuarios que realicen más de veinte viajes por mes pagarán menos"
            " desde el viaje veintiuno, según"
            " el esquema aprobado.",
            "Los jubilados con tarifa social seguirán pagando la mitad del boleto,"
            " al igual que los estudiantes"
            " secundarios.",
            "Desde la empresa señalaron que los fondos se destinarán a renovar"
            " escaleras mecánicas en la línea E.",
            "La oposición votó en contra y sostuvo que el aumento supera la inflación del período anterior.",
        ],
        ["Más leídas", "Alerta por tormentas para el fin de semana", "Quiénes cobran el aguinaldo en marzo"],
    ),
    "en": (
        "Harbour ferry fares to rise from April\nBy Kate Moran\n3 March 2025\n",
        [
            "Fares on the harbour ferry will rise by 40 cents from April, the regional council confirmed on"
            " Monday after a long debate.",
            "Councillors said the increase was needed to pay for two new vessels"
            " ordered last year from a yard"
            " in Whangārei.",
            "Commuters who use a monthly pass will not pay more until July, when"
            " the pass price is reviewed by"
            " the transport committee.",
            "The ferry operator said the new boats would cut crossing times by"
            " about five minutes at peak hours.",
            "Opposition councillors argued the fare rise would push more commuters"
            " back into their cars again.",
        ],
        ["Most read", "Storm warning for Northland", "Why petrol prices keep rising", "School zones change"],
    ),
}


def glued_sidebars(blocks: list[str]) -> set[int]:
    return _glued_sidebars(blocks, short_blocks(blocks))


@pytest.mark.parametrize("language", sorted(_STORIES))
def test_a_sidebar_glued_between_paragraphs_is_left_out(language: str) -> None:
    front, paragraphs, sidebar = _STORIES[language]
    lines = [*paragraphs[:2], *sidebar, *paragraphs[2:]]
    article = parse_text(front + "\n".join(lines) + "\n")
    got = [p.text for section in article.sections for p in section.paragraphs]
    assert got == paragraphs
    assert all(section.heading is None for section in article.sections)


@pytest.mark.parametrize("language", sorted(_STORIES))
def test_a_list_under_the_story_is_still_the_foot(language: str) -> None:
    front, paragraphs, sidebar = _STORIES[language]
    texts = [*paragraphs, *sidebar]
    assert not glued_sidebars(texts)  # no story under the list: the page's foot
    article = parse_text(front + "\n".join(texts) + "\n")
    assert [p.text for section in article.sections for p in section.paragraphs] == paragraphs


def test_a_label_over_one_headline_or_over_the_story_is_no_sidebar() -> None:
    _, paragraphs, _ = _STORIES["en"]
    # one headline only: too little to tell a list
    assert not glued_sidebars([*paragraphs[:2], "Most read", "Storm warning for Northland", *paragraphs[2:]])
    # the label over the story's first paragraphs: nothing of the story above it
    assert not glued_sidebars(["Most read", "Storm warning", "Petrol prices", *paragraphs])
