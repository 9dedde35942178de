"""``author_note``: a byline author's name, literally, then a verb about them (one fixed pattern)."""

from __future__ import annotations

import pytest

from archivist.parse.signoff import author_note


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Jane Doe is a writer and former councillor.", ["Jane Doe"], True),
        ("  Jane Doe\thas  been teaching since 1990.  ", ["", "Ann Roe", "Jane Doe"], True),
        ("J. (Doe)+ writes about courts.", ["J. (Doe)+"], True),  # regex characters in a name are literal
        ("Jane Doe isn't here.", ["Jane Doe"], False),  # the verb must end a word
        ("Jane Does is a writer.", ["Jane Doe"], False),  # the name must be followed by a space
        ("jane doe is a writer.", ["Jane Doe"], False),  # the name as written
        ("Jane Doe", ["Jane Doe"], False),
        ("Jane Doe is a writer.", [], False),
        ("Jane Doe is a writer. She lives here. And there.", ["Jane Doe"], True),  # up to three sentences
        ("Jane Doe is a writer. She lives here. And there. Or here.", ["Jane Doe"], False),  # more than three
        ("Jane Doe says the vote is close.", ["Jane Doe"], False),  # a quotation's verb
    ],
)
def test_author_note(text: str, names: list[str], expected: bool) -> None:
    assert author_note(text, names) is expected
