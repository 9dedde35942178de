"""A note on the byline's author closing the page (``Katharina Pichler ist Redakteurin …``, ``Jeanne Roux est
journaliste …``), in the verbs of other languages than English: the page's box on its writer, no paragraph.
A closing paragraph about someone else stays the story's. Articles written for the tests."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

PAGES = {
    "de": (
        "Leerstand in Graz: Stadt will Abgabe verdoppeln",
        "Von Katharina Pichler",
        "Die Stadt Graz will die Abgabe auf leerstehende Wohnungen im kommenden Jahr verdoppeln, wie die "
        "zuständige Stadträtin am Montag ankündigte.",
        "Nach Schätzungen des Wohnungsamts stehen in der Stadt rund 8.000 Wohnungen länger als ein halbes "
        "Jahr leer, die meisten davon in den inneren Bezirken.",
        "Ob die Verdoppelung kommt, entscheidet letztlich der Landtag, der sich im Herbst mit der Novelle "
        "befassen soll.",
        "{name} ist Redakteurin im Ressort Österreich und schreibt über Wohnen und Gemeinden.",
    ),
    "fr": (
        "Logements vides : la ville veut doubler la taxe",
        "Par Jeanne Roux",
        "La ville veut doubler la taxe sur les logements vacants dès l'an prochain, a annoncé lundi "
        "l'adjointe chargée du logement lors du conseil municipal.",
        "Selon le service du logement, quelque 8 000 appartements sont vides depuis plus de six mois, la "
        "plupart dans les quartiers du centre.",
        "Le conseil municipal doit se prononcer sur la mesure à l'automne, après une consultation des "
        "propriétaires.",
        "{name} est journaliste au service Société et couvre le logement.",
    ),
    "es": (
        "Viviendas vacías: el ayuntamiento quiere duplicar el impuesto",
        "Por Ana Ruiz",
        "El ayuntamiento quiere duplicar el impuesto sobre las viviendas vacías el próximo año, anunció el "
        "lunes la concejala de Vivienda durante el pleno.",
        "Según el servicio municipal, unas 8.000 viviendas llevan más de seis meses vacías, la mayoría "
        "en los barrios del centro.",
        "El pleno votará la medida en otoño, después de una consulta con los propietarios y las "
        "asociaciones de vecinos.",
        "{name} es periodista de la sección Sociedad y escribe sobre vivienda.",
    ),
}
NAMES = {"de": "Katharina Pichler", "fr": "Jeanne Roux", "es": "Ana Ruiz"}


def _page(language: str, name: str) -> str:
    *lines, note = PAGES[language]
    return "\n\n".join((*lines, note.format(name=name))) + "\n"


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_note_on_the_author_closing_the_page_is_no_paragraph(language: str) -> None:
    article = parse_text(_page(language, NAMES[language]))
    paragraphs = [paragraph.text for section in article.sections for paragraph in section.paragraphs]
    assert len(paragraphs) == 3
    assert not paragraphs[-1].startswith(NAMES[language])


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_closing_paragraph_about_someone_else_stays(language: str) -> None:
    article = parse_text(_page(language, "Herbert Kainz"))
    paragraphs = [paragraph.text for section in article.sections for paragraph in section.paragraphs]
    assert len(paragraphs) == 4
    assert paragraphs[-1].startswith("Herbert Kainz")
