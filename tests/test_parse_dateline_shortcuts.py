"""The shortcut ``parse.dateline`` takes for speed: ``_has_ending`` looks for the characters of
``_DATELINE_ENDINGS`` one by one, without a generator, and answers as the look through the table did, over
lines written here and every line and paragraph of ``tests/articles``."""

from __future__ import annotations

from archivist.parse import dateline
from parse_helpers import article_spans

_LINES = [
    "LONDON - The council said on Monday",
    "PARIS – Le maire a dit",
    "BERLIN — Die Stadt",
    "ROME ― Il sindaco",
    "MADRID: El alcalde",
    "សៀមរាប៖ គ្រួសារប្រជាពលរដ្ឋ",
    "ሐዋሳ፣ መጋቢት 5/2017 (አዲስ ዜና)፦ በሐዋሳ",
    "ആലപ്പുഴ ∙ സംസ്ഥാനത്തെ എല്ലാ ഹൗസ്ബോട്ടുകളിലും",
    "NEW YORK (AP/.) The mayor",
    "KYIV, Dec 1 (Reuters) -The mayor",
    # near misses: none of the endings' characters
    "The council met on Monday. It said the plan would go ahead.",
    "LONDON The council met",
    "A slash / alone",
    "",
]


def _old_has_ending(text: str, start: int, end: int) -> bool:
    stop = min(end, start + 160)
    window = text[start:stop]
    return (
        any(ending in window for ending in dateline._DATELINE_ENDINGS)
        and dateline._DATELINE_ENDING.search(text, start, stop) is not None
    )


def _spans() -> list[tuple[str, int, int]]:
    spans = [(line, 0, len(line)) for line in _LINES]
    spans.extend((f"{line} x", 0, len(line)) for line in _LINES)  # bounded short of the text's end
    spans.extend(article_spans())
    return spans


def test_the_endings_are_found_as_the_table_finds_them() -> None:
    for text, start, end in _spans():
        assert dateline._has_ending(text, start, end) == _old_has_ending(text, start, end), text[start:end]


def test_each_ending_of_the_table_is_looked_for() -> None:
    for ending in dateline._DATELINE_ENDINGS:
        window = f"x{ending}"
        chained = (
            "-" in window
            or "–" in window
            or "—" in window
            or "―" in window
            or ":" in window
            or "/." in window
            or "៖" in window
            or "፦" in window
            or "∙" in window
        )
        assert chained, ending
    assert dateline._DATELINE_ENDINGS == (
        "-",
        "–",
        "—",
        "―",
        ":",
        "/.",
        "៖",
        "፦",
        "∙",
    )  # the chain in _has_ending spells these
