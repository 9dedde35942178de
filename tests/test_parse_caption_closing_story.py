"""A story whose last lines the front would read as a picture's caption over its credit (``… the parks
department said.`` over ``(St. Louis)``): a story is never all front, so the caption's blocks are the
story's and the text is read, not refused as holding no body. Articles written for the tests."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from parse_helpers import rule

PAGES = {
    "en": (
        "Riverfront trail to reopen after flood repairs",
        "The riverfront trail will reopen on Saturday after three months of repairs to the flood wall, city "
        "officials said on Thursday.",
        "Crews replaced about 400 feet of railing and repaved the stretch between the arch and the old lock, "
        "the parks department said.",
        "(St. Louis)",
    ),
    "fr": (
        "La piste cyclable du canal rouvre après les travaux",
        "La piste cyclable qui longe le canal rouvrira samedi après trois mois de travaux sur les berges, a "
        "annoncé jeudi la mairie.",
        "Les ouvriers ont remplacé les garde-corps et refait le revêtement entre l'écluse et le vieux pont, "
        "selon le service des parcs.",
        "(Saint-Omer)",
    ),
    "es": (
        "Reabre el paseo del río tras las obras",
        "El paseo junto al río reabrirá el sábado después de tres meses de obras en el muro de contención, "
        "informó el jueves el ayuntamiento.",
        "Los operarios cambiaron las barandillas y repavimentaron el tramo entre el puente y la antigua "
        "esclusa, según el servicio de parques.",
        "(San Sebastián)",
    ),
}


@pytest.mark.parametrize("language", sorted(PAGES))
@pytest.mark.parametrize("joiner", ["\n\n", "\n"])
def test_a_story_closing_with_a_bracketed_line_keeps_a_body(language: str, joiner: str) -> None:
    headline, first, second, place = PAGES[language]
    text = headline + "\n\n" + first + "\n\n" + second + joiner + place + "\n"
    article = parse_text(text)
    paragraphs = [paragraph.text for section in article.sections for paragraph in section.paragraphs]
    assert second in paragraphs
    assert article.image is None
    if joiner == "\n":  # (set tight under the paragraph, the line is what the front took for a credit)
        assert rule(article, "caption-at-end") == "caption-closing-page-read-as-story"


def test_a_caption_over_the_story_is_still_read() -> None:
    headline, first, second, _ = PAGES["en"]
    text = (
        headline
        + "\n\nVolunteers paint the new railing on the riverfront trail on Wednesday.\nPhoto: Jane Roe\n\n"
        + first
        + "\n\n"
        + second
        + "\n"
    )
    article = parse_text(text)
    assert article.image is not None
    assert rule(article, "caption-at-end") is None
