"""The label of the writer's address alone over it, under the byline and the date (``Email:`` over
``jane.doe@example.ie``, ``Courriel :``, ``Correo:``): the address is left out of the story as a lower-case
fragment, and its label goes with it (no subhead, no paragraph). Pages written for the test, in several
languages, with a label that must stay (a subhead over its paragraph)."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_STORY = (
    "Councillors have clashed over the preferred route for a proposed greenway linking the two towns, "
    "with some members warning that landowners have not been consulted.\n\n"
    "The 19km walking and cycling route would follow sections of the old canal and a disused rail "
    "embankment, according to a report presented to the March meeting.\n\n"
    "A second round of public consultation is due to open in April, with information evenings planned "
    "for both towns.\n"
)


@pytest.mark.parametrize(
    ("label", "address"),
    [
        ("Email:", "siobhan.delaney@midlandsexpress.ie"),
        ("E-mail:", "jan.devries@regiobode.nl"),
        ("Courriel :", "claire.martin@lecourrier.fr"),
        ("Correo:", "lucia.ortega@diariodelsur.es"),
    ],
)
def test_contact_label_goes_with_the_address(label: str, address: str) -> None:
    page = (
        "Councillors clash over greenway route through farmland\n\n"
        f"Siobhán Delaney\n\n06 Mar 2026 5:40 PM\n\n{label}\n\n{address}\n\n{_STORY}"
    )
    article = parse_text(page)
    assert all(section.heading is None for section in article.sections)
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert label not in texts and address not in texts
    assert len(texts) == 3


def test_contact_heading_over_its_paragraph_stays() -> None:
    # "Contact:" over a sentence of the story (no address under it): the story's own, kept
    page = (
        "Councillors clash over greenway route through farmland\n\n"
        f"Siobhán Delaney\n\n06 Mar 2026 5:40 PM\n\n{_STORY}\n"
        "Contact:\n\n"
        "Residents can send their views to the council's planning office until the end of April.\n"
    )
    article = parse_text(page)
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert any(text.startswith("Residents can send") for text in texts)
