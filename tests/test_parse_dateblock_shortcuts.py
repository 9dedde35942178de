"""The shortcuts ``parse.dateblock`` takes for speed (issue 11) find what the patterns found without them: at
each position of a date line the reader tries only the patterns that can open with its character (a letter, a
digit, anything else), in the order it tried them all."""

from __future__ import annotations

import re

import pytest

from archivist.parse import dateblock
from regex_openings import opening_characters

# The order the date line's other words were tried in, every pattern at every position.
_ALL_WORDS = (
    dateblock._TIME,
    dateblock._RELATIVE,
    dateblock._WEEKDAY,
    dateblock._FILLER,
    dateblock._MORE_WORDS,
)


def _kind(char: str) -> str:
    return "letter" if char.isalpha() else ("digit" if char.isdecimal() else "elsewhere")


_TRIED = {
    "letter": dateblock._WORDS_AT_LETTER,
    "digit": dateblock._WORDS_AT_DIGIT,
    "elsewhere": dateblock._WORDS_ELSEWHERE,
}


@pytest.mark.parametrize("kind", sorted(_TRIED))
def test_words_tried_at_a_character_are_every_pattern_that_opens_there_in_order(kind: str) -> None:
    opening_there = tuple(
        pattern for pattern in _ALL_WORDS if any(_kind(char) == kind for char in opening_characters(pattern))
    )
    assert _TRIED[kind] == opening_there


@pytest.mark.parametrize(("name", "kind"), [("_LABEL", "letter"), ("_SHORT_YEAR", "digit")])
def test_labels_open_with_a_letter_and_short_dates_with_a_digit(name: str, kind: str) -> None:
    pattern: re.Pattern[str] = getattr(dateblock, name)
    assert {_kind(char) for char in opening_characters(pattern)} == {kind}


def test_opening_characters_reads_the_pattern() -> None:
    assert opening_characters(re.compile(r"(?:ab|\d)?c")) == frozenset("ac" + "".join(_decimals()))
    assert opening_characters(re.compile(r"(?=x)[x-z]", re.IGNORECASE)) == frozenset("xyzXYZ")


def _decimals() -> list[str]:
    return [char for char in map(chr, range(0x110000)) if char.isdecimal()]


_LINES = (
    "Published 3:05 PM EST, Fri December 22, 2023",
    "Updated Dec. 23, 2023 / Published Dec. 22, 2023 at 7:35 PM",
    "04:22, 24 Dec 2023 | 2 min read",
    "12/18/23 4:02pm",
    "Dec 20th 2023 | SHENZHEN",
    "5 days ago",
    "Aktualisiert gestern, 14:32 Uhr",
    "NOS Nieuws•Binnenland•Vandaag, 14:32",
    "Chennai, November 30, 2026",
    "Source: Xinhua | 2026-11-27 | Editor: Jane Doe",
    "12 March 2026 | 1,204 views | 3 comments",
    "Thứ Sáu, ngày 27/11/2026",
    "The ferry will sail once a day from next month, the operator said on Monday.",
    "Daily Nation / 05:08 AM November 20, 2026",
)


def _every_word_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("_WORDS_AT_LETTER", "_WORDS_AT_DIGIT", "_WORDS_ELSEWHERE"):
        monkeypatch.setattr(dateblock, name, _ALL_WORDS)


@pytest.mark.parametrize("line", _LINES)
def test_date_block_reads_as_with_every_pattern_tried(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = dateblock.read_date_block(line, 0, len(line))
    _every_word_tried(monkeypatch)
    assert dateblock.read_date_block(line, 0, len(line)) == found


def test_bar_mark_is_every_character_the_bar_needs() -> None:
    after_space = re.compile(dateblock._BAR.pattern.removeprefix(r"\s+"))
    assert opening_characters(after_space) == frozenset(dateblock._BAR_MARKS)


def test_leading_places_open_with_a_capital() -> None:
    capitals = frozenset(map(chr, [*range(ord("A"), ord("Z") + 1), *range(ord("À"), ord("Þ") + 1)]))
    for pattern, _ in dateblock._LEADING_PLACES:
        assert opening_characters(pattern) == capitals
