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

from collections.abc import Callable

from archivist.parse.blocks import Block
from archivist.parse.credit import read_caption_block
from archivist.record.model import Image

_MAX_LABELS = 3  # section labels and topic tags over the picture
_MAX_LABEL = 40
_MAX_LABEL_WORDS = 3
_MIN_CAPTION_WORDS = 5  # a caption describes its picture in a clause
_STOPS = ".!?…"
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
    for at in range(index, min(index + _MAX_LABELS + 1, len(blocks) - 2)):
        block = blocks[at]
        # (the cheap tests first: a caption's line is longer than a label's and holds a stop)
        if block.is_single_line and len(block.text) > _MAX_LABEL:
            found = _caption_at(text, blocks, at, is_headline)
            if found is not None:
                return at, found[0], found[1]
        if not _label(block):
            return None
    return None


def _caption_at(
    text: str, blocks: list[Block], at: int, is_headline: Callable[[str, Block], bool]
) -> tuple[int, Image] | None:
    block = blocks[at]
    if "." not in block.text and "!" not in block.text and "?" not in block.text:
        return None
    # the caption with its credit on its line, then the caption over a credit's line tight under it
    for end in (at + 1, at + 2):
        if end + 1 >= len(blocks):
            return None
        if end == at + 2 and (not blocks[at + 1].is_single_line or blocks[at + 1].blank_lines_before):
            return None  # (the credit's line set tight under its caption: a blank line apart, a byline's)
        read = read_caption_block(text, block.start, blocks[end - 1].end, credit_only_ok=False)
        if read is None or read.image.caption is None or read.image.credit is None:
            continue
        if not _caption_closed(read.image.caption.text):
            continue
        headline = blocks[end]
        if (
            headline.is_single_line
            and headline.text.rstrip(_CLOSERS)[-1:] not in _STOPS
            and is_headline(text, headline)
        ):
            return end, read.image
    return None
