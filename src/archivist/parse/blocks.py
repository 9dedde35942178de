"""Lines and paragraph blocks of a plain-text article, each with its span in the original text.

Paragraphs are separated by blank lines; inside a run of non-blank lines, a line break is a paragraph
break unless the line was hard-wrapped (the next line's first word would not have fitted on it).
LF, CRLF and CR line endings are all handled on the original text, so every span indexes it directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from archivist.parse.words import SCRIPT_STOPS

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_FIRST_WORD = re.compile(r"\S+")
# A line opening with a Han character, kana or a CJK bracket or stop: text that wraps after any character.
_CJK_STOPS = "。！？」』）"
_WRAPS_ANYWHERE = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]")
# Lines longer than this were not hard-wrapped by a typewriter-style formatter: each is a paragraph.
_MAX_WRAP_WIDTH = 100
# A page copied whole with no blank line anywhere and several lines longer than any wrap: each line is
# one of the page's own elements (a paragraph, the headline, a tag, a button), none a wrapped piece.
_MIN_UNWRAPPED_LINES = 3
_MIN_TIGHT_LONG_PAIRS = 2
_MIN_CARRIED_LINES = 3  # lines carried on in lower case that tell the column a text was wrapped at
# The marks opening a list's item (a dash is left out: a wrapped sentence carries a dash on to its next line).
_BULLETS = frozenset("*•▪●◦")
# No text is wrapped narrower: a shorter line over one in lower case is a list's or a tag's ("rural health"
# over "maternity care"), or a credit over a button ("Jane Doe for NPR" over "hide caption").
_MIN_WRAP_WIDTH = 50


@dataclass(frozen=True)
class Line:
    """One line's content, leading and trailing white space excluded."""

    start: int
    end: int
    indented: bool


@dataclass(frozen=True)
class Block:
    """A paragraph-like unit: one or more lines, ``text`` being the exact source slice."""

    start: int
    end: int
    text: str
    lines: tuple[Line, ...]
    blank_lines_before: int
    # Set once, not a property: read about ten times of each block by the front's and body's readers, where
    # a property's call costs more than the block's making (issue 11).
    is_single_line: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "is_single_line", len(self.lines) == 1)


def split_lines(text: str) -> list[Line | None]:
    """Every line of ``text`` in order; ``None`` stands for a blank line."""
    lines: list[Line | None] = []
    position = 0
    if "\r" in text:
        for match in _LINE_BREAK.finditer(text):
            lines.append(_line(text, position, match.start()))
            position = match.end()
    else:
        # LF alone (most files): the same breaks found by str.find, several times cheaper than the pattern
        newline = text.find("\n")
        while newline != -1:
            lines.append(_line(text, position, newline))
            position = newline + 1
            newline = text.find("\n", position)
    if position < len(text):
        lines.append(_line(text, position, len(text)))
    return lines


def _line(text: str, start: int, end: int) -> Line | None:
    raw = text[start:end]
    stripped_left = raw.lstrip()
    if not stripped_left:
        return None
    content_start = start + (len(raw) - len(stripped_left))
    content_end = start + len(raw.rstrip())
    return Line(content_start, content_end, indented=content_start > start)


def split_blocks(text: str) -> list[Block]:
    """The paragraph blocks of ``text`` in order."""
    lines = split_lines(text)
    width = None if _unwrapped_page(lines, text) else _wrap_width(text, lines)
    blocks: list[Block] = []
    current: list[Line] = []
    blank_run = 0
    blank_before = 0

    def flush() -> None:
        nonlocal current
        if current:
            start, end = current[0].start, current[-1].end
            blocks.append(Block(start, end, text[start:end], tuple(current), blank_before))
            current = []

    for line in lines:
        if line is None:
            flush()
            blank_run += 1
            continue
        if current and not _continues(text, current, line, width):
            flush()
            blank_run = 0
        if not current:
            blank_before = blank_run
            blank_run = 0
        current.append(line)
    flush()
    return blocks


def _unwrapped_page(lines: list[Line | None], text: str | None = None) -> bool:
    """At least three lines too long to have been wrapped, and blank lines between the lines fewer than half
    as many as those: the page's lines were never hard-wrapped, so a short line after a short line ("… next
    Monday." over "Tags") starts a block of its own. A page copied "mostly without blank lines" keeps one or
    two (over the tags, around a box): a wrapped text's paragraphs are never so many lines too long, and a
    page that sets its paragraphs apart has a blank line for each of them."""
    start, end = 0, len(lines)
    while start < end and lines[start] is None:
        start += 1
    while end > start and lines[end - 1] is None:
        end -= 1
    blank_lines = long_lines = tight_long = 0
    above_long = False
    for line in lines[start:end]:
        if line is None:
            blank_lines += 1
            above_long = False
        elif line.end - line.start > _MAX_WRAP_WIDTH:
            long_lines += 1
            tight_long += above_long
            above_long = True
        else:
            above_long = False
    # (paragraphs too long for any wrap set tight under one another, twice: the copy keeps a blank line
    # only here and there, under a box or between a few paragraphs, and was never wrapped either)
    if long_lines >= _MIN_UNWRAPPED_LINES and (
        2 * blank_lines < long_lines or tight_long >= _MIN_TIGHT_LONG_PAIRS
    ):
        return True
    # (``text`` None: the lines' characters unknown, the page judged by its lines' lengths alone)
    return text is not None and blank_lines == 0 and _never_carried(text, lines[start:end])


# A short page copied whole, no blank line at all: whether its lines are carried on or not tells.
_MIN_CAPITAL_AFTER = 2
_SENTENCE_ENDS = '.!?"”»'


def _never_carried(text: str, lines: list[Line | None]) -> bool:
    """No line of a wrapped line's length is carried on by a line opening in lower case (a sentence wrapped
    mid-way), and at least two close their sentence over a line opening with a capital: each line is one of
    the page's elements (a paragraph of 90 characters ending with its stop over the next paragraph's first
    word), not a wrapped piece. (Uncased scripts, Hangul, Devanagari, Arabic, give neither sign: the rule
    stays silent.)"""
    capital_after = 0
    for line, below in pairwise(lines):
        if line is None or below is None or line.end - line.start < _MIN_WRAP_WIDTH:
            continue
        opening = text[below.start]
        if opening.islower():
            return False
        capital_after += opening.isupper() and text[line.end - 1] in _SENTENCE_ENDS
    if capital_after >= _MIN_CAPITAL_AFTER:
        return True
    return not text.isascii() and _uncased_lines_closed(text, lines)


# An uncased script's sentence stops: the full stop, the Arabic and Urdu ones, the danda, Ethiopic's, the
# Armenian, Burmese and Khmer ones.
_UNCASED_STOPS = frozenset('.!?"”»' + SCRIPT_STOPS)
_MIN_UNCASED_LINE = 30  # (Ethiopic, Indic and Arabic scripts fit a sentence in fewer characters)
_MIN_CLOSED_LINES = 3


def _uncased_lines_closed(text: str, lines: list[Line | None]) -> bool:
    """``هەولێر - … ڕایگەیاند کە ….`` over ``کارەکە لە ….``: a page in a script without capitals (Arabic,
    Ethiopic, the Indic scripts) gives neither sign of ``_never_carried``; its lines longer than a label
    closing their sentence, three of them at least and two in three (a wrapped text closes few of its lines
    with a stop, its sentences running on over the breaks), tell a page of whole lines."""
    closed = open_ = 0
    for line in lines:
        if line is None or line.end - line.start < _MIN_UNCASED_LINE:
            continue
        first = text[line.start]
        if first.isascii() or first.isupper() or first.islower():
            continue  # (a cased script's line is told by the capitals)
        if text[line.end - 1] in _UNCASED_STOPS:
            closed += 1
        else:
            open_ += 1
    return closed >= _MIN_CLOSED_LINES and closed >= 2 * open_


def _wrap_width(text: str, lines: list[Line | None]) -> int:
    """The column the text was wrapped at. Where three lines or more (of a wrapped line's length) are
    carried on by a line opening in lower case (a sentence wrapped mid-way), the longest of those: a caption
    or headline alone on its line may run past the column. Else the longest line short enough to have been
    wrapped."""
    carried = [
        length
        for line, below in pairwise(lines)
        if line is not None
        and below is not None
        and _MIN_WRAP_WIDTH <= (length := line.end - line.start) <= _MAX_WRAP_WIDTH
        and text[below.start].islower()
    ]
    if len(carried) >= _MIN_CARRIED_LINES:
        return max(carried)
    lengths = [line.end - line.start for line in lines if line is not None]
    wrapped = [length for length in lengths if length <= _MAX_WRAP_WIDTH]
    return max(wrapped, default=0)


def _continues(text: str, current: list[Line], line: Line, width: int | None) -> bool:
    """Whether ``line`` continues the paragraph whose last line is ``current[-1]`` (hard wrap; ``width``
    None: the page was never wrapped)."""
    if width is None:
        return False
    previous = current[-1]
    previous_length = previous.end - previous.start
    if previous_length > _MAX_WRAP_WIDTH or line.end - line.start > _MAX_WRAP_WIDTH:
        return False
    if line.indented and not previous.indented and len(current) > 1:
        return False
    if text[line.start] >= "\u3000" and _WRAPS_ANYWHERE.match(text, line.start):
        # Chinese and Japanese run without spaces and wrap after any character: a line carries the one
        # above on only when that one filled the column (the whole line is no word that would not fit) and
        # did not close its sentence.
        return previous_length + 1 > width - 1 and text[previous.end - 1] not in _CJK_STOPS
    if text[line.start] in _BULLETS and text.startswith(" ", line.start + 1):
        return False  # "* Always wash hands …": a list's next item, however short the item over it
    word = _FIRST_WORD.match(text, line.start)
    word_length = (word.end() - word.start()) if word else 0
    return previous_length + 1 + word_length > width


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each non-blank line of ``text[start:end]``, white space trimmed."""
    spans: list[tuple[int, int]] = []
    position = start
    for match in [*_LINE_BREAK.finditer(text, start, end), None]:
        line_end = end if match is None else match.start()
        line = _line(text, position, line_end)
        if line is not None:
            spans.append((line.start, line.end))
        if match is not None:
            position = match.end()
    return spans


def line_breaks(text: str, start: int, end: int) -> int:
    """How many line breaks (LF, CRLF or CR) ``text[start:end]`` holds."""
    # Counted by str.count rather than by _LINE_BREAK.finditer (the same count: each CRLF holds one CR
    # and one LF and is one break), several times cheaper on the front reader's many short lines.
    span = text[start:end]
    return span.count("\n") + span.count("\r") - span.count("\r\n")


def block_from(text: str, block: Block, start: int) -> Block:
    """The part of ``block`` from ``start`` on (text run on after a caption on the same line)."""
    lines = tuple(
        Line(max(line.start, start), line.end, line.indented) for line in block.lines if line.end > start
    )
    return Block(start, block.end, text[start : block.end], lines, block.blank_lines_before)
