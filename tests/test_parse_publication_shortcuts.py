"""The shortcuts ``parse.publication`` takes for speed (issue 11) read what it read without them: a segment
without a digit holds no date, and a line without a separator's mark is one segment."""

from __future__ import annotations

import re

import pytest

from archivist.parse import publication
from regex_openings import opening_characters


def test_separator_mark_is_every_character_a_separator_needs() -> None:
    after_space = re.compile(publication._SEGMENT_SEPARATOR.pattern.removeprefix(r"\s+"))
    assert opening_characters(after_space) == frozenset(publication._SEPARATOR_MARKS)


_LINES = (
    "November 30, 2005",
    "Published: 30 Nov 2005 14:05 GMT",
    "14:05 GMT, Wednesday, 30 November 2005",
    "By Jane Doe | Nov. 30, 2005",
    "16 Nov 2026 | By Jane Doe | 3 min read",
    "By Jane Doe · Share",
    "Updated — Jane Doe",
    "Jane Doe - Correspondent",
    "The ferry will sail once a day from next month, the operator said on Monday.",
    "Updated on Monday",
    "",
)


@pytest.mark.parametrize("line", _LINES)
def test_meta_line_reads_as_without_the_shortcuts(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = publication.read_meta_line(line, 0, len(line))
    monkeypatch.setattr(publication, "holds_digit", lambda text, start, end: True)
    monkeypatch.setattr(publication, "holds_any", lambda text, start, end, marks: True)
    assert publication.read_meta_line(line, 0, len(line)) == found
