"""The one shape of an e-mail address (``words.EMAIL``) the page's prompts (furniture) and the sign-offs
read: both find the same addresses."""

from __future__ import annotations

import pytest

from archivist.parse import furniture, signoff
from archivist.parse.furniture import appeal_or_prompt
from archivist.parse.words import EMAIL


def test_the_readers_share_one_pattern() -> None:
    assert furniture.EMAIL is EMAIL and signoff.EMAIL is EMAIL


@pytest.mark.parametrize(
    "address", ["jdoe@example.org", "news.desk+tips@harbour-herald.co.uk", "hnchoi@yna.co.kr", "a_b@x-y.z"]
)
def test_an_address(address: str) -> None:
    assert EMAIL.fullmatch(address) is not None


@pytest.mark.parametrize("text", ["jdoe@example", "jdoe@.org", "@harbourherald", "jdoe@example..org"])
def test_no_address(text: str) -> None:
    assert EMAIL.fullmatch(text) is None


def test_a_prompt_answered_with_an_address_of_several_parts() -> None:
    assert appeal_or_prompt("Got a story for us? Email newsdesk@harbour-herald.co.uk")
    assert not appeal_or_prompt("Got a story for us? Email the newsdesk at harbour herald")
