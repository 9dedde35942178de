"""The buttons that show and hide a picture's caption copied with blank lines between every line
(``toggle caption`` / credit / caption / credit / ``hide caption``): the lines between the two buttons are
the lead picture's caption and its credit. All articles here are written for these tests."""

from __future__ import annotations

from archivist.parse import parse_text
from parse_helpers import FERRY_HEADLINE, FERRY_STORY, rule

_STORY = "\n\n".join(FERRY_STORY)
_CAPTION = "A deckhand ties up the morning ferry at the island pier on Monday."


def _text(
    *between: str, over: tuple[str, ...] = ("By Jane Doe", "Published March 4, 2025 at 5:04 AM")
) -> str:
    return (
        FERRY_HEADLINE
        + "\n\n"
        + "\n\n".join((*over, "Enlarge this image", *between))
        + "\n\n"
        + _STORY
        + "\n"
    )


def test_the_credit_said_over_and_under_the_caption_between_the_buttons() -> None:
    article = parse_text(_text("toggle caption", "Jane Doe/KHRB", _CAPTION, "Jane Doe/KHRB", "hide caption"))
    image = article.image
    assert image is not None and image.caption is not None and image.credit is not None
    assert (image.caption.text, image.credit.text) == (_CAPTION, "Jane Doe/KHRB")
    assert rule(article, "image") == "caption-credit-between-caption-toggles"
    assert all(
        _CAPTION not in paragraph.text for section in article.sections for paragraph in section.paragraphs
    )


def test_the_caption_over_its_credit_between_the_buttons() -> None:
    article = parse_text(_text("toggle caption", _CAPTION, "John Roe for KHRB", "hide caption"))
    image = article.image
    assert image is not None and image.caption is not None and image.credit is not None
    assert (image.caption.text, image.credit.text) == (_CAPTION, "John Roe for KHRB")


def test_two_credits_between_the_buttons_are_no_caption() -> None:
    # two lines each a credit: no caption described between the buttons
    article = parse_text(_text("toggle caption", "Jane Doe/KHRB", "John Roe/KHRB", "hide caption"))
    assert rule(article, "image") != "caption-credit-between-caption-toggles"


def test_a_paragraph_between_distant_buttons_is_left_to_the_story() -> None:
    # more lines between the buttons than a credit, a caption and the credit again: no picture read there
    article = parse_text(
        _text("toggle caption", "Jane Doe/KHRB", _CAPTION, FERRY_STORY[0], "Jane Doe/KHRB", "hide caption")
    )
    assert rule(article, "image") != "caption-credit-between-caption-toggles"
