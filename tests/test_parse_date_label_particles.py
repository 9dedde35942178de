"""The particle a house prints between an updated label and its date (``dateblock``): the Spanish contracted
``al`` reads as ``el`` does."""

from __future__ import annotations

import pytest

from archivist.parse.dateblock import read_date_block


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("28/02/2025 18:05 Actualizado al 28/02/2025 19:40", ["2025-02-28", "2025-02-28"]),
        ("28/02/2025 18:05 Actualizado el 28/02/2025 19:40", ["2025-02-28", "2025-02-28"]),
        (
            "Publicado el 28 de febrero de 2025. Actualizado al 1 de marzo de 2025",
            ["2025-02-28", "2025-03-01"],
        ),
    ],
)
def test_updated_label_with_a_contracted_particle(line: str, values: list[str]) -> None:
    found = read_date_block(line, 0, len(line))
    assert found is not None
    assert [date.date.value for date in found.dates] == values


def test_a_sentence_is_no_date_line() -> None:
    line = "Actualizado al día, el mapa del metro muestra las obras de 2025."
    found = read_date_block(line, 0, len(line))
    assert found is None or not found.dates
