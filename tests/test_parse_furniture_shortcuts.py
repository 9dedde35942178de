"""The shortcut ``parse.furniture`` takes for speed: ``_FURNITURE`` is tried only at a line opening with a
character its matches may open with (``_FURNITURE_FIRST`` or a digit), and finds what it found without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivist.parse import furniture
from regex_openings import opening_characters

_ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))


class _Everything:
    """A set holding every character: the gate as if it were not there."""

    def __contains__(self, char: object) -> bool:
        return True


def test_the_gate_is_every_character_the_pattern_opens_with() -> None:
    openings = opening_characters(furniture._FURNITURE)
    assert {char for char in openings if not char.isdecimal()} == set(furniture._FURNITURE_FIRST)
    assert not any(char.isdecimal() for char in furniture._FURNITURE_FIRST)


_LINES = [
    "Advertisement",
    "ADVERTISEMENT 2",
    "advertisement",
    "Sponsored content",
    "Story continues below advertisement",
    "Continue reading the main story",
    "Share this article",
    "Écouter cet article",
    "écouter cet article",
    "2 min read",
    "3-minute read",
    "٣ min read",
    "Reading time: 4 minutes",
    "ſhare",  # a long s: "s" to a pattern that ignores case
    "\u212aeep reading",  # the Kelvin sign: "k"
    "Print",
    "Ad",
    "Teilen",
    "Partager",
    # near misses, opening with a letter the gate lets through or not
    "Advertisements are everywhere",
    "The story continues below",
    "Bank shares fell",
    "In print",
    "“Share this article,” she said.",
    "Iadvertisement",
    "   Advertisement   ",
    "\u00a0Print",
]


def _lines() -> list[str]:
    lines = list(_LINES)
    for path in _ARTICLES:
        text = path.read_bytes().decode("utf-8", errors="replace")
        lines.extend(text.splitlines())
        lines.extend(text.split("\n\n"))  # blocks of several lines too
    return [line for line in lines if line.strip()]  # a block is never blank


def test_lines_are_furniture_as_they_were_without_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines()
    gated = [furniture.is_furniture(line) for line in lines]
    parts = [furniture.is_furniture(line, whole=False) for line in lines]
    monkeypatch.setattr(furniture, "_FURNITURE_FIRST", _Everything())
    assert [furniture.is_furniture(line) for line in lines] == gated
    assert [furniture.is_furniture(line, whole=False) for line in lines] == parts


def test_every_line_the_pattern_matches_passes_the_gate() -> None:
    for line in _lines():
        stripped = line.strip()
        if furniture._FURNITURE.fullmatch(stripped) is not None:
            assert stripped[:1] in furniture._FURNITURE_FIRST or stripped[:1].isdecimal(), line
