"""A sentence under the byline that the next paragraphs take up again is a standfirst, unless the page
sets it as its lede: opening with its first word in capitals (a newspaper's run-in, ``WAVUVI katika …``,
``THE council …``), or right under the lead picture's caption and credit. Texts written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.standfirst import capitals_lede

_FRONT = "Council keeps the night buses\n\nBy Ida Berg\n\nMarch 7, 2024\n\n"
_BELOW = (
    "Mayor Ruth Greaves said she would block any cut to the late routes.\n\n"
    "The city's new mayor spoke to drivers at the main depot before the board met.\n\n"
    "The board votes at the end of the month.\n"
)


@pytest.mark.parametrize(
    "lede",
    [
        "THE city's new mayor took her case to the depot on Wednesday.",
        "WAVUVI wa Kisumu: the city's new mayor took her case to the depot on Wednesday.",
    ],
)
def test_lede_opening_in_capitals_is_no_standfirst(lede: str) -> None:
    article = parse_text(_FRONT + lede + "\n\n" + _BELOW)
    assert article.summary is None
    assert len(article.paragraphs) == 4


def test_sentence_under_the_lead_picture_is_the_lede() -> None:
    article = parse_text(
        "Council keeps the night buses\n\nBy Ida Berg\n\nMarch 7, 2024\n\n"
        "Drivers wait at the main depot on Tuesday night.\nPhoto: John Roe\n\n"
        "The city's new mayor took her case to the depot on Wednesday.\n\n" + _BELOW
    )
    assert article.summary is None


def test_same_sentence_with_no_picture_above_stays_the_standfirst() -> None:
    sentence = "The city's new mayor took her case to the depot on Wednesday."
    article = parse_text(_FRONT + sentence + "\n\n" + _BELOW)
    assert article.summary is not None and article.summary.text.startswith("The city's new mayor took")


@pytest.mark.parametrize(
    ("passage", "lede"),
    [
        ("WAVUVI katika fuo za Ziwa Victoria wanakadiria hasara kubwa.", True),
        ("LE conseil municipal a voté mardi soir.", True),
        ("THE council has voted to keep the buses.", True),
        ("LONDON — The council has voted.", False),  # a dateline's place, a dash after it
        ("NASA Said On Monday It Would Fly", False),  # an acronym over capitalised words
        ("The council has voted.", False),
        ("A council has voted.", False),  # one capital letter: an article
    ],
)
def test_capitals_lede_shape(passage: str, lede: bool) -> None:
    assert capitals_lede(passage) is lede
