"""A key-points box copied as plain lines set tight, the lead picture's caption closed by its credit set
tight under its last item (a page copied without blank lines): the caption is the picture's, no item of the
box. Texts written for the test, in several languages."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_LONG = (
    "Paragraph {} of the story is far too long to have been wrapped by any program that sets text "
    "in a column, as old mail programs did."
)


@pytest.mark.parametrize(
    ("front", "label", "items", "caption", "credit"),
    [
        (
            "Rue du Pont : les commerçants réclament des indemnités après sept mois de chantier\n"
            "Par Jeanne Dupont\nPublié le 21/10/2025 à 06:00\n",
            "L'essentiel",
            [
                "Une vingtaine de commerces ont vu leur chiffre d'affaires chuter depuis mars.",
                "La Ville promet une prime de 2.500 euros, jugée insuffisante.",
                "Les travaux devraient se terminer fin janvier.",
            ],
            "La rue du Pont, en chantier depuis le mois de mars. ©Paul Martin",
            "Paul Martin",
        ),
        (
            "Harbour dredging to start in spring after years of delay\nBy Jane Doe\nMarch 3, 2025\n",
            "Key points",
            [
                "Work on the outer harbour will begin in April.",
                "The council will pay a third of the cost.",
                "Fishing boats will use the north quay meanwhile.",
            ],
            "Boats moored in the outer harbour on Monday. Photo: John Roe",
            "John Roe",
        ),
    ],
)
def test_credited_caption_under_box_is_no_item(
    front: str, label: str, items: list[str], caption: str, credit: str
) -> None:
    text = (
        front
        + label
        + "\n"
        + "\n".join(items)
        + "\n"
        + caption
        + "\n"
        + _LONG.format(1)
        + "\n"
        + _LONG.format(2)
        + "\n"
        + _LONG.format(3)
        + "\n"
    )
    article = parse_text(text)
    assert article.summary is not None and article.summary.text == "\n".join(items)
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == credit


def test_box_items_without_caption_all_stay() -> None:
    items = [
        "Work on the outer harbour will begin in April.",
        "The council will pay a third of the cost.",
        "Fishing boats will use the north quay meanwhile.",
    ]
    article = parse_text(
        "Harbour dredging to start in spring after years of delay\nBy Jane Doe\nMarch 3, 2025\n\n"
        "Key points\n" + "\n".join(items) + "\n\n" + _LONG.format(1) + "\n\n" + _LONG.format(2) + "\n"
    )
    assert article.summary is not None and article.summary.text == "\n".join(items)


@pytest.mark.parametrize(
    ("label", "items"),
    [
        (
            "Key points:",
            [
                "Potato yields across the highlands are down by as much as 40 per cent",
                "Growers without access to irrigation have been hit hardest",
                "A processor says the shortfall will not push up supermarket prices",
            ],
        ),
        (
            "Das Wichtigste",
            [
                "Die Kartoffelernte im Hochland fällt um bis zu 40 Prozent geringer aus",
                "Betriebe ohne Bewässerung trifft es am härtesten",
                "Ein Verarbeiter erwartet keine höheren Preise im Supermarkt",
            ],
        ),
    ],
)
def test_paragraph_with_a_stop_under_unstopped_items_is_no_item(label: str, items: list[str]) -> None:
    # the items close no sentence; the story's first paragraph, set tight under them, closes its own
    article = parse_text(
        "Potato growers count losses after the driest spring in a decade\nBy Jane Doe\n"
        "Posted Fri 7 Feb 2025 at 4:12pm\n"
        + label
        + "\n"
        + "\n".join(items)
        + "\n"
        + _LONG.format(1)
        + "\n"
        + _LONG.format(2)
        + "\n"
        + _LONG.format(3)
        + "\n"
    )
    assert article.summary is not None and article.summary.text == "\n".join(items)


def test_items_of_mixed_habit_from_the_start_are_read_as_before() -> None:
    # the first two items disagree (one with a stop, one without): no habit to cut the box by
    items = [
        "Work on the outer harbour will begin in April.",
        "The council will pay a third of the cost",
        "Fishing boats will use the north quay meanwhile.",
    ]
    article = parse_text(
        "Harbour dredging to start in spring after years of delay\nBy Jane Doe\nMarch 3, 2025\n\n"
        "Key points\n" + "\n".join(items) + "\n\n" + _LONG.format(1) + "\n\n" + _LONG.format(2) + "\n"
    )
    assert article.summary is not None and article.summary.text == "\n".join(items)
