"""An interview marked by its page (``archivist.parse.interview``): a label over the headline, the headline's
kicker or the byline says it is one, and its questions between the answers are paragraphs, not subheads,
whoever they are put to. Articles written for this test, in several languages."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.interview import interview_marked

_QA = {
    "de": [
        "Seit Mitte Januar sind in den Alpen elf Menschen in Lawinen ums Leben gekommen, mehr als im ganzen"
        " letzten Winter.",
        "Frau Keller, ist dieser Winter aussergewöhnlich?",
        "Was die Schneemengen betrifft, ja. Wir haben im Wallis teilweise das Doppelte des Durchschnitts.",
        "Was bedeutet das für Tourengänger?",
        "Dass schon ein einzelner Skifahrer eine Lawine auslösen kann, auch an Hängen, die befahren sind.",
        "Sollte man gefährdete Gebiete sperren?",
        "Die Berge sind kein Freizeitpark. Jeder muss das Bulletin lesen und danach handeln, sagt sie.",
    ],
    "fr": [
        "Le festival de Locarno fête cette année sa 78e édition, avec un budget en baisse de dix pour cent.",
        "Comment avez-vous choisi les films de la compétition ?",
        "Nous avons vu près de trois mille films. Le choix s'est fait en équipe, pendant quatre mois.",
        "Le public sera-t-il au rendez-vous malgré la hausse des prix ?",
        "Les préventes sont bonnes. Nous avons gardé des billets à dix francs pour les étudiants.",
        "Quel film attend-on le plus sur la Piazza Grande ?",
        "Je ne peux pas choisir entre mes enfants, mais la soirée d'ouverture sera très particulière.",
    ],
    "es": [
        "La escritora publica esta semana su tercera novela, ambientada en el puerto de Valparaíso en 1973.",
        "¿Por qué volver a Valparaíso?",
        "Porque es la ciudad de mi madre. Crecí escuchando sus historias de los cerros y del puerto.",
        "¿Cuánto tiempo le llevó escribirla?",
        "Casi seis años. La reescribí tres veces, y la última versión la terminé durante la pandemia.",
        "¿Qué espera de los lectores chilenos?",
        "Que discutan. Es una novela sobre la memoria, y la memoria en Chile sigue siendo un campo abierto.",
    ],
}


@pytest.mark.parametrize(
    ("front", "language"),
    [
        ("Interview\n\n«Die Berge sind kein Freizeitpark»\n\nVon Urs Meier\n\n13.02.2025\n\n", "de"),
        (
            "Le directeur : « Nous avons vu trois mille films »\n\nPropos recueillis par Luc Favre"
            "\n\n3 août 2025\n\n",
            "fr",
        ),
        ("ENTREVISTA | La novelista que volvió a Valparaíso\n\nPor Ana Ríos\n\n9 de julio de 2025\n\n", "es"),
    ],
)
def test_questions_of_a_marked_interview_are_paragraphs(front: str, language: str) -> None:
    article = parse_text(front + "\n\n".join(_QA[language]) + "\n")
    assert all(section.heading is None for section in article.sections)
    assert [p.text for section in article.sections for p in section.paragraphs] == _QA[language]


def test_marks() -> None:
    assert interview_marked(["Kultur", "Interview"], "«Wir können nicht jeden Hang sperren»", [])
    assert interview_marked([], "Die Berge", ["Interview: Matthias Zbinden", "13.02.2025"])
    assert interview_marked([], "INTERVIEW | Jane Doe on her first novel", ["By John Roe"])
    assert interview_marked(["Wywiad"], "Nowy rektor", [])
    assert interview_marked([], "Le directeur", ["Propos recueillis par Luc Favre"])
    assert not interview_marked(["News"], "Gespräch über Waffenruhe gescheitert", ["Von Eva Huber"])
    assert not interview_marked(["Politik"], "Interviews with voters show a divided town", ["By John Roe"])
    assert not interview_marked([], "Entrevista con el ministro", [])  # a headline, no kicker's mark


def test_an_unmarked_explainer_keeps_its_question_subheads() -> None:
    body = "\n\n".join(
        [
            "Der Bund erhöht ab Juli die Abgabe auf Heizöl, wie der Bundesrat am Mittwoch beschlossen hat.",
            "Was ändert sich?",
            "Die Abgabe steigt um zwölf Franken pro Tonne CO2. Für einen Haushalt sind das rund 60 Franken.",
            "Wer ist betroffen?",
            "Vor allem Haushalte mit Ölheizung auf dem Land, wo es weniger Fernwärme gibt.",
            "Wann gilt das?",
            "Die neue Abgabe gilt vom 1. Juli an und wird im Herbst des nächsten Jahres erneut überprüft.",
        ]
    )
    article = parse_text("Heizöl wird teurer\n\nVon Eva Huber\n\n13.02.2025\n\n" + body + "\n")
    assert [section.heading.text for section in article.sections if section.heading] == [
        "Was ändert sich?",
        "Wer ist betroffen?",
        "Wann gilt das?",
    ]
