"""The lead picture's caption where a copy sets boxes around it (``archivist.parse.credit``,
``frontsummary``, ``front``): a paragraph over a related box's label ("Related") is no caption over a
credit; a caption closed by its credit's own word ("PHOTO/JANE DOE") under a labelled summary box is the
picture, not one of the box's points; a caption pasted twice is one caption and no paragraph."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.credit import read_caption_block
from parse_helpers import FERRY_HEADLINE, FERRY_STORY


@pytest.mark.parametrize("label", ["Related", "Read more", "Lees ook", "Ver también"])
def test_paragraph_over_related_label_is_no_caption(label: str) -> None:
    text = FERRY_STORY[0] + "\n" + label
    assert read_caption_block(text, 0, len(text), credit_only_ok=False) is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Islanders wait for the ferry at the harbour on April 7, 2024. PHOTO/JANE DOE", "JANE DOE"),
        ("Passagiere warten am Hafen auf die Fähre. FOTO/JANE DOE", "JANE DOE"),
    ],
)
def test_caption_under_summary_box(caption: str, credit: str) -> None:
    lines = [
        FERRY_HEADLINE,
        "Tuesday, April 09, 2024",
        "By Ann Lee",
        "What you need to know:",
        "The ferry will sail once a day from next month because of a shortage of crew and fuel costs.",
        caption,
        *FERRY_STORY,
    ]
    article = parse_text("\n".join(lines) + "\n")
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == credit
    assert [p.text for s in article.sections for p in s.paragraphs] == list(FERRY_STORY)


@pytest.mark.parametrize(
    "caption",
    [
        "Islanders wait for the ferry at the harbour on Saturday. Photo: Jane Doe",
        "Islanders wait for the ferry at the harbour on Saturday. (Jane Doe/Harbour Times)",
        "Passagiere warten am Hafen auf die Fähre. Foto: Jane Doe",
    ],
)
def test_caption_pasted_twice(caption: str) -> None:
    lines = [FERRY_HEADLINE, "Ann Lee and Tom Roe", "9th March 2025", caption, caption, *FERRY_STORY]
    article = parse_text("\n".join(lines) + "\n")
    assert [p.text for s in article.sections for p in s.paragraphs] == list(FERRY_STORY)
