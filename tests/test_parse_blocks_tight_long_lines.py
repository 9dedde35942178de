"""A page copied with a blank line only here and there (under a box, between a few paragraphs), its
paragraphs too long for any wrap set tight under one another: it was never hard-wrapped, and its short
lines (headline, standfirst, date line) are blocks of their own. A text wrapped at a column keeps its
wrapped paragraphs. Texts written for the test."""

from __future__ import annotations

import pytest

from archivist.parse.blocks import split_blocks

_LONG = (
    "Ce paragraphe de l'article est beaucoup trop long pour avoir été coupé par un logiciel qui aligne "
    "le texte sur une colonne de soixante-dix caractères, comme le faisaient les vieux courriels. {}"
)


@pytest.mark.parametrize(
    ("headline", "standfirst", "date"),
    [
        (
            "Сайрам ауданында 12 шақырымдық канал қайта жаңартылды",
            "Жөндеуден кейін 4 мың гектар егістік жерге су жеткізу жақсарады",
            "6 мамыр 2025, 10:17",
        ),
        (
            "Le canal de la vallée rouvre après deux ans de travaux",
            "Les agriculteurs pourront irriguer quatre mille hectares de plus",
            "6 mai 2025, 10:17",
        ),
    ],
)
def test_tight_long_paragraphs_mean_an_unwrapped_page(headline: str, standfirst: str, date: str) -> None:
    text = (
        f"Accueil\n/\nRégion\n{headline}\n{standfirst}\n{date}\n"
        + _LONG.format(1)
        + "\n"
        + _LONG.format(2)
        + "\n\n"
        + _LONG.format(3)
        + "\n\n"
        + _LONG.format(4)
        + "\n\n"
        + _LONG.format(5)
        + "\n"
        + _LONG.format(6)
        + "\n\n"
        + _LONG.format(7)
        + "\n"
    )
    texts = [block.text for block in split_blocks(text)]
    assert headline in texts and standfirst in texts and date in texts


def test_wrapped_text_with_one_long_line_stays_wrapped() -> None:
    text = (
        "Council keeps the night buses\n\n"
        "The mayor said on Wednesday that she would block any budget that cuts\n"
        "the city's night buses, which carry hospital and hotel workers home.\n\n"
        "Details: https://example.org/council/budget/2026/night-buses/"
        "public-consultation/responses/summary.html\n"
        "The board will vote on the plan at the end of the month, after a\n"
        "consultation that drew more than two thousand replies from riders.\n"
    )
    blocks = split_blocks(text)
    assert blocks[1].text.startswith("The mayor") and len(blocks[1].lines) == 2
    assert len(blocks[3].lines) == 2
