"""The shortcut ``parse.credit`` takes for speed: ``LABELLED`` is searched for only in a line that holds a
label's mark or a picture's word (``creditwords.may_hold_label``), and finds what it found without it."""

from __future__ import annotations

import re
import sys

from archivist.parse import creditwords
from archivist.parse.creditwords import LABELLED, may_hold_label
from parse_helpers import article_spans

_LINES = [
    "Photo: Jane Doe/Reuters",
    "Credit...Jane Doe for The Paper",
    "A man walks past the building on Tuesday. Photograph: Jane Doe/AP",
    "Firefighters at the scene. Photo by Jane Doe",
    "Firefighters at the scene. PHOTO BY JANE DOE",
    "Firefighters at the scene. Picha na Jane Doe",
    "Firefighters at the scene. Foto di Mario Rossi",
    "Firefighters at the scene. Larawan ni Juan dela Cruz",
    "Firefighters at the scene. Kuha ni Juan dela Cruz",
    "Firefighters at the scene. Gambar oleh Budi Santoso",
    "Firefighters at the scene. Video courtesy of the police",
    "Firefighters at the scene. Illustration by Jane Doe",
    "Firefighters at the scene. Photo-illustration by Jane Doe",
    "Firefighters at the scene. Fot. Jan Nowak",
    "Firefighters at the scene. Nuotr. Jonas Jonaitis",
    "Firefighters at the scene. Zdj. Jan Nowak",
    "Firefighters at the scene. PHOTO | JANE DOE",
    "Firefighters at the scene. Photo / Jane Doe",
    "Firefighters at the scene. (Image credit: Jane Doe)",
    "Firefighters at the scene. [File: Jane Doe/Reuters]",
    "Firefighters at the scene. Kuva: Matti Meikäläinen",
    "Firefighters at the scene. Ảnh: Nguyễn Văn A",
    "Firefighters at the scene. Photo… Jane Doe",
    # letters a pattern ignoring case reads as ASCII ones
    "Firefighters at the scene. PİCTURE BY JANE DOE",
    "Firefighters at the scene. pıcture by Jane Doe",
    "Firefighters at the scene. Photoſ by Jane Doe",
    "Firefighters at the scene. \u212auha ni Juan dela Cruz",
    # a label in another script with a hyphen set tight after it for the colon
    "बस अड्डे पर यात्री। फोटो- जागरण",
    # near misses: no label, or a label word without its mark
    "Firefighters at the scene on Tuesday.",
    "The photo was taken on Tuesday.",
    "Firefighters gathered by the river",
    "A picture of the town hall",
    "Fot Jan Nowak",
    "“We saw it,” she said.",
    "",
]


def _spans() -> list[tuple[str, int, int]]:
    spans = [(line, 0, len(line)) for line in _LINES]
    spans.extend(article_spans())  # every line, and blocks of several lines too
    return spans


def test_no_label_is_found_where_the_gate_says_none_is() -> None:
    gated = 0
    for text, start, end in _spans():
        if not may_hold_label(text, start, end):
            gated += 1
            assert LABELLED.search(text, start, end) is None, text[start:end]
    assert gated > 1000  # the gate does leave lines out


def test_every_line_written_with_a_label_passes_the_gate() -> None:
    for line in _LINES:
        if LABELLED.search(line) is not None:
            assert may_hold_label(line, 0, len(line)), line


def test_the_picture_words_are_every_word_the_by_branch_opens_with() -> None:
    opening = re.compile(rf"(?i:{creditwords.BY_LABEL})")
    for word in creditwords._BY_PICTURE_WORDS:
        assert opening.match(f"{word} by Jane Doe") is not None, word
    for word in {*creditwords._PICTURE_OF, "Photograph", "Photo", "Picture", "Pic", "Image", "Video"}:
        assert any(picture in word.lower() for picture in creditwords._BY_PICTURE_WORDS), word


def test_a_letter_read_ignoring_case_lowers_to_itself_but_the_odd_ones() -> None:
    letters = sorted({char for word in creditwords._BY_PICTURE_WORDS for char in word})
    for letter in letters:
        same = re.compile(f"(?i:{re.escape(letter)})")
        for char in map(chr, range(sys.maxunicode + 1)):
            if same.fullmatch(char) is not None and char.lower() != letter:
                assert char in creditwords._FOLDS_ODDLY, (letter, char)
