"""The cheap tests the reader makes before a costlier one, for speed (issue 11), find what it found without
them: the quotation marks looked for only among those an article holds, the marks beyond ASCII never looked
for in an ASCII text, a spelt-out zone's words taken possessively, a domain looked for only in a name
holding a stop."""

from __future__ import annotations

import re

import pytest

from archivist.parse import dateblock
from archivist.parse.agencies import is_publication
from archivist.parse.words import holds_any, present_marks

_TEXTS = (
    'He said: "We will rebuild the bridge." The mayor\'s office agreed.',
    "“Wir bauen die Brücke wieder auf”, sagte sie. „Nie wieder“, rief er — »so« steht es da.",
    "« Nous reconstruirons le pont », a-t-il dit. ‘Never,’ she said; it’s done.",
    "No quotation mark at all here, nor any apostrophe.",
    "Прем'єр заявив: «Ми відбудуємо міст». 総理は「橋を再建する」と述べた。",
    "",
)
_DOUBLE = '“”"„«»'
_SINGLE = "‘’'"


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("marks", [_DOUBLE, _SINGLE, "|/•·", "-–—"])
def test_present_marks_find_in_every_span_what_the_whole_class_finds(text: str, marks: str) -> None:
    whole = re.compile("[" + re.escape(marks) + "]")
    present = present_marks(marks, text)
    if present is None:
        assert whole.search(text) is None
        return
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1, 7):
            assert [m.span() for m in present.finditer(text, start, end)] == [
                m.span() for m in whole.finditer(text, start, end)
            ]


def test_present_marks_is_one_literal_for_one_mark() -> None:
    pattern = present_marks(_DOUBLE, 'A "straight" quote')
    assert pattern is not None and pattern.pattern == re.escape('"')
    assert present_marks(_DOUBLE, "none") is None


_MARK_STRINGS = ("|/•·", "●•·|", ",", "|·•-–—", "|/›»>→·•・-–—")


@pytest.mark.parametrize("text", [*_TEXTS, "Daily Nation | 05:08 AM", "NOS Nieuws•Binnenland", "A – B"])
@pytest.mark.parametrize("marks", _MARK_STRINGS)
def test_holds_any_answers_as_looking_for_every_mark(text: str, marks: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1, 5):
            assert holds_any(text, start, end, marks) == any(mark in text[start:end] for mark in marks)


def test_zone_in_words_is_read_as_before() -> None:
    # The filler pattern as it was written, each word's letters given back one by one.
    before = re.compile(dateblock._FILLER.pattern.replace("[a-z]++", "[a-z]+"), dateblock._FILLER.flags)
    lines = (
        "Posted 08:30 AM Eastern Standard Time",
        "12:05 pm British Summer Time",
        "4 p.m. Greenwich Mean Time (GMT)",
        "The company has struggled to recruit drivers, the union said on Monday.",
        "Pacific Daylight Timetable  Central  Standard Time",
        "Mountain Standardtime, Atlantic Standard  Time",
        "ſtandard Kelvin Standard Time",  # letters IGNORECASE reads as ASCII's
    )
    for line in lines:
        for position in range(len(line)):
            found, expected = dateblock._FILLER.match(line, position), before.match(line, position)
            assert (found and found.span()) == (expected and expected.span()), (line, position)
    assert dateblock._FILLER.match(lines[0], 16).group() == "Eastern Standard Time"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Example.com", True),
        ("news.example.co.uk", True),
        ("example", False),
        ("The Harbour Times", True),
        ("Jane Doe", False),
        ("Jane Doe.", False),
        ("AP", True),
    ],
)
def test_publication_domains(name: str, expected: bool) -> None:
    assert is_publication(name) is expected
