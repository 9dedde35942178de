"""Shortcuts the readers take for speed, each answering as the generator over its table it replaces did,
over lines written here and every line and paragraph of ``tests/articles``: ``creditwords.may_hold_label``
and ``image._holds_photo_word`` look through their tables in plain loops, and
``dateblock._masthead_and_sections`` looks for its marks in one slice of the line."""

from __future__ import annotations

from archivist.parse import creditwords, dateblock, image
from archivist.parse.agencies import is_publication
from parse_helpers import article_spans

_LINES = [
    "Photo: Jane Doe/Reuters",
    "Firefighters at the scene. Photo by Jane Doe",
    "Firefighters at the scene. Fot. Jan Nowak",
    "Firefighters at the scene. PİCTURE BY JANE DOE",
    "Firefighters at the scene. pıcture by Jane Doe",
    "Credit... Jane Doe for The Paper",
    "Image courtesy of the council",
    "NOS Nieuws•Binnenland• 30 november 2026, 14:05",
    "Daily Nation | News | 05:08 AM November 20, 2026",
    "Le Monde · Politique · 30 novembre 2026",
    # near misses: no mark, no picture word
    "Firefighters gathered by the river",
    "The council met on Monday",
    "",
]


def _old_may_hold_label(text: str, start: int, end: int) -> bool:
    span = text[start:end]
    if any(mark in span for mark in creditwords._LABEL_MARKS):
        return True
    if "." in span and ("..." in span or creditwords._ABBREVIATED_LABEL.search(span) is not None):
        return True
    if any(char in span for char in creditwords._FOLDS_ODDLY):
        return True
    lowered = span.lower()
    return any(word in lowered for word in creditwords._BY_PICTURE_WORDS)


def _old_holds_photo_word(text: str, start: int, end: int) -> bool:
    return any(text.find(word, start, end) >= 0 for word in image._PHOTO_WORD_OPENINGS)


def _old_masthead_and_sections(text: str, start: int, end: int) -> int | None:
    if (start > 0 and text[start - 1] not in "\r\n") or not any(mark in text[start:end] for mark in "|•·"):
        return None
    bar = dateblock._TIGHT_BAR.search(text, start, end)
    if bar is None or bar.start() == start or not is_publication(text[start : bar.start()]):
        return None
    position, sections = bar.end(), 0
    while sections < dateblock._MAX_SECTIONS:
        section = dateblock._SECTION.match(text, position, end)
        after = dateblock._TIGHT_BAR.match(text, section.end(), end) if section is not None else None
        if section is None or after is None:
            break
        position, sections = after.end(), sections + 1
    return position if sections else None


def _spans() -> list[tuple[str, int, int]]:
    spans = [(line, 0, len(line)) for line in _LINES]
    spans.extend((f"x {line}", 2, len(line) + 2) for line in _LINES)  # a line not opening the text
    spans.extend(article_spans())
    return spans


def test_the_loops_answer_as_the_generators_did() -> None:
    for text, start, end in _spans():
        line = text[start:end]
        assert creditwords.may_hold_label(text, start, end) == _old_may_hold_label(text, start, end), line
        assert image._holds_photo_word(text, start, end) == _old_holds_photo_word(text, start, end), line
        expected = _old_masthead_and_sections(text, start, end)
        assert dateblock._masthead_and_sections(text, start, end) == expected, line


def test_the_loops_find_what_is_written_here() -> None:
    assert creditwords.may_hold_label("Firefighters at the scene. Photo by Jane Doe", 0, 44)
    assert not creditwords.may_hold_label("The council met on Monday", 0, 25)
    line = "Image courtesy of the council"
    assert image._holds_photo_word(line, 0, len(line))
    assert not image._holds_photo_word("The council met on Monday", 0, 25)
