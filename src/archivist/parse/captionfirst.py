"""The lead picture's caption printed OVER the headline: some houses set the picture first (the page opens on
it, or the copy starts at the image's block), so its caption and credit come before the headline
(``Motorists queue at a station in Lagos. Photo: Jane Doe`` over ``Fuel queues return …``; ``Passageiros
aguardam na estação.`` over ``Nuno Ferrão`` over ``Greve na CP …``).

The evidence is the shape, in any language: a sentence closed by its stop with a credit after it (labelled
on its line, or a credit-shaped line tight under it), then a line of a headline's shape (no closing stop).
A headline never ends with a stop and a credit, so the caption is not taken for it; a standfirst does not
stand over the headline. Only section labels (short lines without a stop) may stand over the caption.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from archivist.parse.blocks import Block
from archivist.parse.credit import read_caption_block
from archivist.record.model import Image

_MAX_LABELS = 3  # section labels and topic tags over the picture
_MAX_LABEL = 40
_MAX_LABEL_WORDS = 3
_MIN_CAPTION_WORDS = 5  # a caption describes its picture in a clause
_STOPS = ".!?…"
# a sentence's stop inside the line, words after it: "… on Monday. Photo: Jane Doe", "… lundi. © Luc Dumont"
_INNER_STOP = re.compile(r"[.!?…][\"'”’»)]*\s+\S")
_MAX_CREDIT_LINE = 80
_ANY_STOP = re.compile(r"[.!?…]")
_CLOSERS = "\"'”’»)"


def _label(block: Block) -> bool:
    """A section label or topic tag: one short line of a few words with no sentence's stop (a headline over
    a standfirst is longer)."""
    line = block.text
    return (
        block.is_single_line
        and len(line) <= _MAX_LABEL
        and len(line.split()) <= _MAX_LABEL_WORDS
        and line.rstrip(_CLOSERS)[-1:] not in _STOPS
    )


def _caption_closed(caption: str) -> bool:
    """The caption is a sentence: closed by its stop, several words (a headline ends with none)."""
    return caption.rstrip(_CLOSERS)[-1:] in _STOPS and len(caption.split()) >= _MIN_CAPTION_WORDS


def caption_over_headline(
    text: str, blocks: list[Block], index: int, is_headline: Callable[[str, Block], bool]
) -> tuple[int, int, Image] | None:
    """The lead picture's caption and credit over the headline, from ``index`` (past at most a few section
    labels): where the caption starts, where the headline stands under it, and the picture; or None."""
    at = index
    last = min(index + _MAX_LABELS, len(blocks) - 3)
    # past the labels: the first block longer than a label is the caption or the headline
    while at <= last and len(blocks[at].text) <= _MAX_LABEL:
        if not _label(blocks[at]):
            return None
        at += 1
    # (the cheap tests first: most pages' first such block is the headline, one line with no stop at all)
    if at > last or not blocks[at].is_single_line or _ANY_STOP.search(blocks[at].text) is None:
        return None
    found = _caption_at(text, blocks, at, is_headline)
    return None if found is None else (at, found[0], found[1])


def _unclosed_line(block: Block) -> bool:
    """One line that closes with no stop: a headline's shape (or a credit's)."""
    return block.is_single_line and block.text.rstrip(_CLOSERS)[-1:] not in _STOPS


def _caption_at(
    text: str, blocks: list[Block], at: int, is_headline: Callable[[str, Block], bool]
) -> tuple[int, Image] | None:
    block = blocks[at]
    line = block.text
    closed = line.rstrip(_CLOSERS)[-1:] in _STOPS
    # the caption with its credit on its line (a stop inside the line, the credit after it), then the
    # caption closed by its stop over a credit's short line set tight under it (a blank line apart, a
    # byline's); a headline's shape under either. The cheap tests first: most first lines are headlines,
    # with no stop inside and none at their end.
    candidates = []
    if _INNER_STOP.search(line) is not None and _unclosed_line(blocks[at + 1]):
        candidates.append(at + 1)
    if (
        closed
        and at + 3 <= len(blocks) - 1
        and _unclosed_line(blocks[at + 1])
        and not blocks[at + 1].blank_lines_before
        and len(blocks[at + 1].text) <= _MAX_CREDIT_LINE
        and _unclosed_line(blocks[at + 2])
    ):
        candidates.append(at + 2)
    for end in candidates:
        read = read_caption_block(text, block.start, blocks[end - 1].end, credit_only_ok=False)
        if read is None or read.image.caption is None or read.image.credit is None:
            continue
        if not _caption_closed(read.image.caption.text):
            continue
        if is_headline(text, blocks[end]):
            return end, read.image
    return None
