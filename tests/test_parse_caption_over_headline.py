"""The lead picture's caption printed over the headline (``archivist.parse.captionfirst``): a sentence closed
by its stop with its credit (labelled on its line, or a credit's line tight under it), then a line of a
headline's shape. Articles written for this test, in several languages and house styles."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_BODY = {
    "en": (
        "The council said the work would start in the spring and last about eight months, with lanes closed"
        " at night only.\n"
        "Residents who spoke at the meeting asked for the noise limits to be written into the contract before"
        " the tender goes out.\n"
        "A final vote is expected at the council's next meeting, after the"
        " ward committees have had their say.\n"
    ),
    "fr": (
        "La commune a indiqué que les travaux commenceraient au printemps et"
        " dureraient environ huit mois, avec"
        " des fermetures de voies la nuit seulement.\n"
        "Les habitants présents à la séance ont demandé que les limites de"
        " bruit figurent dans le contrat avant"
        " l'appel d'offres.\n"
        "Un vote définitif est attendu lors de la prochaine séance du conseil"
        " communal, après l'avis des quartiers.\n"
    ),
    "es": (
        "El municipio informó que las obras comenzarán en primavera y durarán unos ocho meses, con cortes de"
        " carril solo durante la noche.\n"
        "Los vecinos presentes en la sesión pidieron que los límites de ruido queden escritos en el contrato"
        " antes de la licitación.\n"
        "La votación final se espera para la próxima sesión del concejo,"
        " después de escuchar a las juntas vecinales.\n"
    ),
    "de": (
        "Die Gemeinde teilte mit, die Arbeiten würden im Frühling beginnen und rund acht Monate dauern, mit"
        " Sperrungen nur in der Nacht.\n"
        "Anwohner verlangten an der Sitzung, dass die Lärmgrenzen vor der"
        " Ausschreibung im Vertrag festgehalten"
        " werden.\n"
        "Die Schlussabstimmung wird an der nächsten Sitzung des Gemeinderats erwartet, nach der Anhörung der"
        " Quartiere.\n"
    ),
}


@pytest.mark.parametrize(
    ("front", "language", "headline", "caption", "credit"),
    [
        (  # labelled credit on the caption's line, the page's first line
            "Workers resurface Main Street in Ashby on Monday. Photo: Lena Ortiz\n"
            "Ashby to rebuild Main Street bridge next year\nBy Tom Reyes\n12th March 2025\n",
            "en",
            "Ashby to rebuild Main Street bridge next year",
            "Workers resurface Main Street in Ashby on Monday.",
            "Lena Ortiz",
        ),
        (  # section labels over the caption, the photographer's name alone under it
            "Société\nTravaux\nDes ouvriers sur le pont de la Meuse, lundi matin, à Namur.\nLuc Dumont\n"
            "Namur refera le pont de la Meuse l'an prochain\nClaire Wauters\n12 mars 2025\n",
            "fr",
            "Namur refera le pont de la Meuse l'an prochain",
            "Des ouvriers sur le pont de la Meuse, lundi matin, à Namur.",
            "Luc Dumont",
        ),
        (  # a clean copy, blank lines between the blocks, a © credit
            "Ciudad\n\nObreros repavimentan la avenida principal de Rosario, este lunes. © Juan Gómez\n\n"
            "Rosario reconstruirá el puente de la avenida el año próximo\n\nPor Ana Ríos\n\n12/03/2025\n\n",
            "es",
            "Rosario reconstruirá el puente de la avenida el año próximo",
            "Obreros repavimentan la avenida principal de Rosario, este lunes.",
            "Juan Gómez",
        ),
        (
            "Arbeiter erneuern am Montag die Hauptstrasse in Thun. Foto: Urs Meier\n"
            "Thun baut die Brücke an der Hauptstrasse neu\nVon Anna Keller\n12.03.2025\n",
            "de",
            "Thun baut die Brücke an der Hauptstrasse neu",
            "Arbeiter erneuern am Montag die Hauptstrasse in Thun.",
            "Urs Meier",
        ),
    ],
)
def test_caption_over_the_headline(
    front: str, language: str, headline: str, caption: str, credit: str
) -> None:
    body = _BODY[language].replace("\n", "\n\n") if "\n\n" in front else _BODY[language]
    article = parse_text(front + body)
    assert article.headline is not None and article.headline.text == headline
    assert article.image is not None and article.image.caption is not None
    assert article.image.caption.text == caption
    assert article.image.credit is not None and article.image.credit.text == credit
    assert dict(article.evidence)["image"].rule == "caption-over-headline"
    assert article.summary is None
    assert sum(len(section.paragraphs) for section in article.sections) == 3


@pytest.mark.parametrize(
    "front",
    [
        # a headline asking a question over a standfirst: no credit, no caption
        "Will Ashby rebuild its bridge?\nThe council votes on Monday on a plan costing $4 million.\n",
        # a kicker with a colon over the headline: no sentence closed by its stop
        "Photo essay: Main Street at night\nAshby to rebuild Main Street bridge next year\n",
    ],
)
def test_no_caption_over_the_headline(front: str) -> None:
    article = parse_text(front + "By Tom Reyes\n12th March 2025\n" + _BODY["en"])
    found = dict(article.evidence).get("image")
    assert found is None or found.rule != "caption-over-headline"
