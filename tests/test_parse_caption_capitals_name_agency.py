"""A caption closed by the photographer's name in capitals and her agency in brackets (``… este lunes.
ANDREA COMAS (EFE)``, ``… à Lyon. JEAN DUPONT (AFP)``): one credit as the page prints it. Texts written for
the test (fictional people)."""

from __future__ import annotations

import pytest

from archivist.parse.credit import read_caption_block


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Carteles de alquiler en un portal de Lavapiés, en Madrid, este lunes. ANDREA COMAS (EFE)",
            "Carteles de alquiler en un portal de Lavapiés, en Madrid, este lunes.",
            "ANDREA COMAS (EFE)",
        ),
        (
            "Des manifestants devant la préfecture, à Lyon, le 2 mars. JEAN-MARC DUPONT (AFP)",
            "Des manifestants devant la préfecture, à Lyon, le 2 mars.",
            "JEAN-MARC DUPONT (AFP)",
        ),
        (
            "Manifestantes en la plaza de Mayo, en Buenos Aires, el martes. JUAN M. ROSAS (REUTERS)",
            "Manifestantes en la plaza de Mayo, en Buenos Aires, el martes.",
            "JUAN M. ROSAS (REUTERS)",
        ),
    ],
)
def test_capitals_name_and_bracketed_agency(line: str, caption: str, credit: str) -> None:
    found = read_caption_block(line, 0, len(line), credit_only_ok=False)
    assert found is not None
    assert found.image.caption is not None and found.image.caption.text == caption
    assert found.image.credit is not None and found.image.credit.text == credit


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # no stop before the capitals: the caption's own words (an acronym in it)
        ("Delegates arrive at the NATO summit in Vilnius (Reuters)", "Reuters"),
        # one word in capitals after the stop: an acronym maybe, no photographer's name
        ("Los líderes, durante la cumbre de Bruselas. EFE (ARCHIVO)", None),
    ],
)
def test_no_name_in_capitals(line: str, credit: str | None) -> None:
    found = read_caption_block(line, 0, len(line), credit_only_ok=False)
    if found is None or credit is None:
        assert found is None or found.rule != "caption-capitals-name-agency-credit"
        return
    assert found.image.credit is not None and found.image.credit.text == credit
    assert found.rule != "caption-capitals-name-agency-credit"
