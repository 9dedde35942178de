"""The link beside a byline to the writer's other stories (``More by this Author``), in several
languages: a button of the page, never the standfirst. Texts written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.furniture import is_furniture


@pytest.mark.parametrize(
    "line",
    [
        "More by this Author",
        "More from this author",
        "Alle Artikel der Autorin",
        "Plus d’articles de cet auteur",
        "Más artículos del autor",
        "Další články autora",
        "Усі статті автора",
        "Yazarın diğer yazıları",
    ],
)
def test_author_links_are_buttons(line: str) -> None:
    assert is_furniture(line)


def test_author_link_is_no_standfirst() -> None:
    text = (
        "Nakuru traders move to new market\nTuesday, March 03, 2026\nBy Jane Wanjiru\nMore by this Author\n"
        "Share\n\n"
        "Hundreds of traders in Nakuru moved into the new Wakulima market on Monday, two years after the "
        "old market was destroyed by fire.\n\n"
        "The county government said the market has space for 1,200 traders and a cold room for fresh "
        "produce.\n\n"
        "Traders welcomed the move but complained about the rent, which they said was twice what they paid "
        "in the old market.\n"
    )
    article = parse_text(text)
    assert article.summary is None
    assert article.paragraphs[0].text.startswith("Hundreds of traders")
