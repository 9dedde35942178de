"""The short forms houses print over an advertisement's slot (``PUB`` in Portuguese and French, ``Publi`` in
Spanish): page furniture, no subhead, like the long ones."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.furniture import is_furniture


@pytest.mark.parametrize("line", ["PUB", "Pub", "Publi", "PUBLICIDADE", "Publicité", "Publicidad"])
def test_ad_slot_labels_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Pubs", "Publicações", "Public"])
def test_words_like_them_are_not(line: str) -> None:
    assert not is_furniture(line)


def test_a_slot_between_paragraphs_is_no_subhead() -> None:
    text = (
        "Greve suprime comboios na Linha de Sintra\n\nMarta Lopes\n\n12 de junho de 2025\n\n"
        "A greve dos trabalhadores obrigou esta quinta-feira à supressão de dois terços dos comboios.\n\n"
        "Nas estações do Rossio e de Sete Rios, centenas de passageiros procuravam alternativas.\n\n"
        "PUB\n\n"
        "A paralisação, convocada por quatro sindicatos, prolonga-se até às 24h de sexta-feira.\n\n"
        "Os serviços mínimos abrangem apenas os comboios de longo curso da manhã, disse a empresa.\n"
    )
    article = parse_text(text)
    assert all(section.heading is None for section in article.sections)
    assert sum(len(section.paragraphs) for section in article.sections) == 4
