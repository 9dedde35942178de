"""A picture's caption over the buttons that hide and show it (``hide caption`` / ``toggle caption``),
its credit under the buttons: caption and credit, whatever the page's language of buttons. Texts written
for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_FRONT = "County clinic to close its maternity ward at the end of April\nJane Doe\nMarch 3, 2025\n"
_BODY = (
    "The clinic will stop delivering babies at the end of April, its board said on Monday, citing staff.\n"
    "Expectant parents will have to drive to the city to give birth, a trip of more than an hour.\n"
    "The board said it would keep offering prenatal visits at its women's clinic in the town.\n"
)
_CAPTION = "A nurse stands in an empty delivery room at the clinic on Friday."


@pytest.mark.parametrize("buttons", ["hide caption\ntoggle caption\n", "hide caption\n", "toggle caption\n"])
def test_credit_under_the_caption_buttons(buttons: str) -> None:
    article = parse_text(_FRONT + _CAPTION + "\n" + buttons + "John Roe/Valley Public Radio\n" + _BODY)
    assert article.image is not None
    assert article.image.caption is not None and article.image.caption.text == _CAPTION
    assert article.image.credit is not None and article.image.credit.text == "John Roe/Valley Public Radio"
    assert article.summary is None


def test_paragraph_under_the_buttons_is_no_credit() -> None:
    # under the buttons a sentence of the story, no credit: the buttons name no picture's credit here
    article = parse_text(_FRONT + _CAPTION + "\nhide caption\n" + _BODY)
    assert (
        article.image is None
        or article.image.credit is None
        or "clinic will stop" not in (article.image.credit.text)
    )
