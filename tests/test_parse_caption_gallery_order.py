"""A gallery's count and button (``+5`` / ``View gallery``) printed with the lead picture: the caption over
them or under them, as a house sets it; told by the stop (these captions end with none, a paragraph with
its stop). All articles and lines here are written for these tests."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from parse_helpers import lead_image

_FRONT = (
    "Pensioner fined for feeding chips to gulls on the seafront\n"
    "By JANE ROE FOR EXAMPLEONLINE\n"
    "Published: 11:41 GMT, 3 March 2026 | Updated: 13:02 GMT, 3 March 2026\n"
)
_STORY = (
    "An 81-year-old great-grandmother has been handed a fine for feeding chips to gulls on the seafront.\n"
    "She was sitting on her usual bench near the clock on Saturday afternoon when two officers approached.\n"
    "'I've fed those birds every Saturday for 27 years,' she said. 'They wrote me a ticket.'\n"
)


@pytest.mark.parametrize(
    ("count", "button", "caption"),
    [
        (
            "+5",
            "View gallery",
            "Jane Roe, 81, pictured on the seafront where she was fined. "
            "She says she has 'never hurt a soul'",
        ),
        (
            "+12",
            "View gallery",
            "The bench by the clock tower where the pensioner has sat every week since 1998",
        ),
    ],
)
def test_the_caption_under_the_gallerys_count_at_the_top(count: str, button: str, caption: str) -> None:
    text = f"{_FRONT}e-mail\n212\nView comments\n{count}\n{button}\n{caption}\n{_STORY}"
    assert lead_image(text) == (caption, None)
    paragraphs = [p.text for section in parse_text(text).sections for p in section.paragraphs]
    assert caption not in paragraphs


def test_the_caption_under_the_count_in_the_body_is_no_paragraph_above() -> None:
    # the paragraph over the count ends with its stop; the line under the button has none: the caption
    paragraph = (
        "A neighbour, 74, said: 'Everyone round here knows her. She is the kindest woman you will meet.'"
    )
    caption = "The seafront at Weymouth, where gulls have been blamed for snatching food"
    tail = "The council said it had acted.\n"
    text = f"{_FRONT}\n{_STORY}\n{paragraph}\n\n+5\n\nView gallery\n\n{caption}\n\n{tail}"
    assert lead_image(text) == (caption, None)


def test_the_caption_over_the_count_stays_read() -> None:
    # the older order: the caption (no stop) over the count, a paragraph with its stop under the button
    caption = "Jane Roe, 81, said she waited six hours at the stop (pictured) for a bus that never came"
    under = (
        "'I'm not as young as I was and I couldn't feel my feet by the end,' the retired dinner lady said."
    )
    tail = "Residents say they have been caught out.\n"
    text = f"{_FRONT}\n{_STORY}\n{caption}\n+5\nView gallery\n{under}\n{tail}"
    assert lead_image(text) == (caption, None)


def test_a_paragraph_under_the_count_is_no_caption() -> None:
    # a line with its stop under the button and nothing over the count: no caption read
    under = "The council said it had acted after dozens of complaints about gulls snatching food."
    text = f"{_FRONT}+5\nView gallery\n{under}\n{_STORY}"
    assert lead_image(text) is None
