"""Screen-reader labels copied with a lead image (``Image caption,`` / ``Image source,``), each before its
value: the caption and the credit they name."""

from __future__ import annotations

import re

from archivist.record.model import Span, Text

# "Image source, Jane Doe" / "Image caption, Anglers on the lough": the labels a page writes for screen
# readers, copied with the picture, each before its value (on the same line or the next one), in any order.
_SPOKEN_LABEL = re.compile(r"(?i:(?:image|media|video|picture)\s+)?(?P<kind>(?i:caption|source))\s*,\s*")
_PICTURE_WORD = re.compile(r"(?i:image|media|video|picture)\s")


def opens_with_spoken_label(line: str) -> bool:
    """Whether ``line`` is a spoken label, or opens with one named for the picture (``Image source, Jane
    Doe``: the value on the same line), the first line of such a run."""
    found = _SPOKEN_LABEL.match(line.strip())
    return found is not None and (
        found.end() == len(line.strip()) or _PICTURE_WORD.match(line.strip()) is not None
    )


def spoken_labels(text: str, lines: list[tuple[int, int]]) -> tuple[Text | None, Text | None] | None:
    """The (caption, credit) of a block made only of spoken labels and their values, or None."""
    found: dict[str, Text] = {}
    position = 0
    while position < len(lines):
        line_start, line_end = lines[position]
        label = _SPOKEN_LABEL.match(text, line_start, line_end)
        if label is None or label.group("kind").lower() in found:
            return None
        value_start, value_end = label.end(), line_end
        if value_start >= line_end:  # the value on the next line
            position += 1
            if position >= len(lines):
                return None
            value_start, value_end = lines[position]
        found[label.group("kind").lower()] = Text(text[value_start:value_end], Span(value_start, value_end))
        position += 1
    if "caption" not in found:
        return None
    return found["caption"], found.get("source")
